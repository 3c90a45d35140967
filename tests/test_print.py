"""The print shop's edition and what every output owes a printer: pages single and in reading
order, a bleed on every page with the background reaching it, crop marks outside it, every font
embedded, legible type, one colour space. Read back from the PDFs."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

from printworks.cli import app
from printworks.preflight import preflight
from printworks.zine import BOOKLET_FILE, PRINT_FILE, ZINE_FILE, ZineOptions, build_zine

from .conftest import ROLES, SEED_SLUG
from .test_casefile import need, squeeze

MM = 72 / 25.4
A5 = (148 * MM, 210 * MM)
PICK = [SEED_SLUG, "sdet", "enterprise-architect"]


def roles_folder(root: Path) -> Path:
    folder = root / "roles"
    folder.mkdir()
    for slug in PICK:
        shutil.copy(ROLES / f"{slug}.yaml", folder)
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """One zine with its print edition and mini-zines, built once for the module."""
    root = tmp_path_factory.mktemp("print")
    out = root / "out"
    report = build_zine(
        roles_folder(root), out, ZineOptions(for_print=True, mini=True, crop_marks=True), jobs=1
    )
    assert report.zine_status == "built" and not report.failed, report.zine_error
    return out


@pytest.fixture(scope="module")
def cmyk(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cmyk")
    out = root / "out"
    build_zine(roles_folder(root), out, ZineOptions(for_print=True, cmyk=True), jobs=1)
    return out / PRINT_FILE


def boxes(page) -> dict[str, tuple[float, ...]]:
    return {
        name: tuple(float(v) for v in getattr(page, name))
        for name in ("mediabox", "bleedbox", "trimbox")
    }


def test_every_page_has_a_3mm_bleed_around_an_a5_trim(built: Path) -> None:
    reader = PdfReader(built / PRINT_FILE)
    for number, page in enumerate(reader.pages, 1):
        assert "/TrimBox" in page and "/BleedBox" in page, number
        box = boxes(page)
        trim, bleed, media = box["trimbox"], box["bleedbox"], box["mediabox"]
        assert (trim[2] - trim[0], trim[3] - trim[1]) == pytest.approx(A5, abs=0.01)
        assert [trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]] == (
            pytest.approx([3 * MM] * 4, abs=0.01)
        ), number
        assert media[0] < bleed[0] and media[2] > bleed[2], "crop marks need room outside"


def test_pages_are_single_and_in_reading_order(built: Path, tmp_path: Path) -> None:
    zine = pages_text(built / ZINE_FILE)
    shop = pages_text(built / PRINT_FILE)
    assert len(zine) == len(shop) and len(zine) % 4 == 0
    assert shop == zine


def pages_text(path: Path) -> list[str]:
    need("pdftotext")
    done = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True)
    return [squeeze(page) for page in done.stdout.split("\f")][:-1]


def test_the_background_reaches_the_bleed_and_stops_there(built: Path, tmp_path: Path) -> None:
    """Rendered, the band between trim and bleed is the page's colour on every edge of every
    page; outside the bleed the sheet is white."""
    need("pdftoppm")
    dpi = 36
    prefix = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", str(built / PRINT_FILE), str(prefix)], check=True
    )
    reader = PdfReader(built / PRINT_FILE)
    scale = dpi / 72
    for number, page in enumerate(reader.pages, 1):
        image = next(tmp_path.glob(f"page-{number:0{len(str(len(reader.pages)))}d}.pgm"))
        width, _, pixels = read_pgm(image.read_bytes())
        box = boxes(page)
        trim, bleed = box["trimbox"], box["bleedbox"]
        sheet_h = float(page.mediabox.height)

        def at(x: float, y: float, pixels=pixels, width=width, sheet_h=sheet_h) -> int:
            col, row = int(x * scale), int((sheet_h - y) * scale)
            return pixels[row * width + col]

        middle_x, middle_y = (trim[0] + trim[2]) / 2, (trim[1] + trim[3]) / 2
        in_bleed = [
            (bleed[0] + 1.5 * MM * 0.5, middle_y),
            (bleed[2] - 1.5 * MM * 0.5, middle_y),
            (middle_x, bleed[1] + 1.5 * MM * 0.5),
            (middle_x, bleed[3] - 1.5 * MM * 0.5),
        ]
        outside = [(bleed[0] - 4 * MM, middle_y), (middle_x, bleed[3] + 4 * MM)]
        assert all(at(x, y) < 252 for x, y in in_bleed), f"page {number}: a white bleed"
        assert all(at(x, y) >= 252 for x, y in outside), f"page {number}: paint past the bleed"


def read_pgm(data: bytes) -> tuple[int, int, bytes]:
    magic, width, height, _depth, pixels = data.split(maxsplit=4)
    assert magic == b"P5"
    return int(width), int(height), pixels


def test_crop_marks_stand_outside_the_bleed(built: Path) -> None:
    reader = PdfReader(built / PRINT_FILE)
    page = reader.pages[0]
    bleed = boxes(page)["bleedbox"]
    lines = re.findall(
        rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l S", page.get_contents().get_data()
    )
    assert len(lines) == 8
    for x0, y0, x1, y1 in ((float(v) for v in line) for line in lines):
        for x, y in ((x0, y0), (x1, y1)):
            inside = bleed[0] + 0.01 < x < bleed[2] - 0.01 and bleed[1] + 0.01 < y < bleed[3] - 0.01
            assert not inside, (x, y)


def test_every_font_in_every_output_is_embedded(built: Path, cmyk: Path) -> None:
    need("pdffonts")
    outputs = [*sorted(built.glob("*.pdf")), cmyk]
    names = {p.name for p in outputs}
    assert {
        ZINE_FILE,
        BOOKLET_FILE,
        PRINT_FILE,
        f"{SEED_SLUG}.pdf",
        f"{SEED_SLUG}-mini.pdf",
    } <= names
    for path in outputs:
        table = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
        rows = [line.split() for line in table.splitlines()[2:] if line.strip()]
        assert rows, path.name
        unembedded = [row[0] for row in rows if row[-5] != "yes"]
        assert not unembedded, (path.name, unembedded)


def test_the_smallest_type_in_the_zine_is_at_least_6_5_points(built: Path) -> None:
    for name in (ZINE_FILE, PRINT_FILE, BOOKLET_FILE):
        smallest = preflight((built / name).read_bytes()).smallest_pt
        assert smallest is not None and smallest >= 6.5, (name, smallest)


def test_the_size_measure_sees_scaling_and_forms() -> None:
    """The measure used above reads a size through a scaled page and a scaled form."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A5, invariant=1)
    pdf.setFont("Courier", 10)
    pdf.drawString(50, 500, "ten points")
    pdf.beginForm("small")
    pdf.setFont("Courier", 8)
    pdf.drawString(0, 0, "eight, then halved")
    pdf.endForm()
    pdf.saveState()
    pdf.scale(0.5, 0.5)
    pdf.doForm("small")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    assert preflight(buffer.getvalue()).smallest_pt == pytest.approx(4.0)


def test_the_cmyk_edition_uses_cmyk_alone_and_pure_black_text(cmyk: Path) -> None:
    reader = PdfReader(cmyk)
    found = preflight(cmyk.read_bytes())
    assert found.colour_spaces == {"CMYK"}
    assert found.rich_black_text == 0
    fills = set()
    for page in reader.pages[:4]:
        form = page["/Resources"]["/XObject"]["/P"].get_object()  # the page, on its sheet
        for operands, op in ContentStream(form, reader).operations:
            if op == b"k":
                fills.add(tuple(float(v) for v in operands))
    assert (0.0, 0.0, 0.0, 1.0) in fills, "ink is black ink alone"


def test_the_cli_prints_the_preflight_and_says_what_it_is_not(tmp_path: Path) -> None:
    folder = roles_folder(tmp_path)
    out = tmp_path / "out"
    args = ["zine", "--roles-dir", str(folder), "-o", str(out), "-j", "1", "--for-print"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "zine-print.pdf" in text and "preflight" in text
    assert "all embedded" in text and "bleed 3.0 mm" in text
    assert "not certified PDF/X" in text
    assert re.search(r"\d+ sheets, creep \d\.\d\d mm", text)


def test_cmyk_without_the_print_edition_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["zine", "-o", str(tmp_path), "--cmyk"])
    assert result.exit_code == 2 and "--for-print" in result.output


def test_the_print_edition_is_the_same_bytes_every_run(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build_zine(roles_folder(tmp_path), again, ZineOptions(for_print=True), jobs=1)
    assert (again / PRINT_FILE).read_bytes() == (built / PRINT_FILE).read_bytes()
