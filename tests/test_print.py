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
from pypdf.generic import ContentStream, NameObject
from reportlab.lib.colors import blue
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

from printworks.cli import app
from printworks.layout import shipped
from printworks.preflight import preflight
from printworks.zine import BOOKLET_FILE, PRINT_FILE, ZINE_FILE, ZineOptions, build_zine

from .conftest import ROLES, ROOT, SEED_SLUG
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
def built(run_folder: Path) -> Path:
    """One zine with its print edition and mini-zines, built once a run (by whichever worker
    asks first) for the tests that only read it."""
    from tests.shared import once

    def make() -> Path:
        root = run_folder / "print"
        root.mkdir()
        out = root / "out"
        options = ZineOptions(for_print=True, mini=True, crop_marks=True)
        report = build_zine(roles_folder(root), out, options, jobs=1)
        assert report.zine_status == "built" and not report.failed, report.zine_error
        return out

    return once(run_folder, "print-zine", make)


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


def test_every_font_in_every_output_is_embedded(built: Path) -> None:
    need("pdffonts")
    outputs = sorted(built.glob("*.pdf"))
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


def test_the_print_edition_uses_cmyk_alone_and_pure_black_text(built: Path) -> None:
    cmyk = built / PRINT_FILE
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


@pytest.fixture(scope="module")
def by_the_cli(run_folder: Path) -> tuple[int, str, Path]:
    """The same roles' zine and print edition made again, by the CLI, once a run: (its exit
    status, what it said, its output folder)."""
    from tests.shared import once

    def make() -> tuple[int, str, Path]:
        root = run_folder / "print-cli"
        root.mkdir()
        out = root / "out"
        folder = roles_folder(root)
        args = ["zine", "--roles-dir", str(folder), "-o", str(out), "-j", "1", "--for-print"]
        result = CliRunner().invoke(app, args)
        return result.exit_code, result.output, out

    return once(run_folder, "print-cli", make)


def test_the_cli_prints_the_preflight_and_says_what_it_is_not(by_the_cli) -> None:
    status, output, _ = by_the_cli
    assert status == 0, output
    text = " ".join(output.split())
    assert "zine-print.pdf" in text and "preflight" in text
    assert "all embedded" in text and "bleed 3.0 mm" in text
    assert "PDF/X-1a:2003, Trapped False" in text and "FOGRA39" in text
    assert "no certified PDF/X validator" in text
    assert len(re.findall(r"\bcheck\b", text)) == 1, "the column's title; no row says check"
    assert re.search(r"\d+ sheets, creep \d\.\d\d mm", text)


def test_cmyk_without_the_print_edition_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["zine", "-o", str(tmp_path), "--cmyk"])
    assert result.exit_code == 2 and "--for-print" in result.output


def test_the_print_edition_is_the_same_bytes_every_run(built: Path, by_the_cli) -> None:
    status, output, again = by_the_cli  # another run, without crop marks or mini-zines
    assert status == 0, output
    assert (again / PRINT_FILE).read_bytes() == (built / PRINT_FILE).read_bytes()


# --- PDF/X-1a ---------------------------------------------------------------------------------

PROFILE = ROOT / "layouts" / "print" / "FOGRA39L-printworks.icc"


def test_the_print_edition_declares_pdfx_1a_and_its_output_intent(built: Path) -> None:
    data = (built / PRINT_FILE).read_bytes()
    assert data.startswith(b"%PDF-1.3") or data.startswith(b"%PDF-1.4"), "X-1a: PDF 1.4 at most"
    reader = PdfReader(io.BytesIO(data))
    info = reader.trailer["/Info"].get_object()
    assert info["/GTS_PDFXVersion"] == "PDF/X-1a:2003"
    assert isinstance(info["/Trapped"], NameObject) and info["/Trapped"] == "/False"
    assert info["/Title"].strip()
    # no SOURCE_DATE_EPOCH for the fixture: the dates are the epoch's, the same every build
    assert info["/CreationDate"] == info["/ModDate"] == "D:19700101000000+00'00'"
    assert len(reader.trailer["/ID"]) == 2
    (intent,) = [i.get_object() for i in reader.trailer["/Root"]["/OutputIntents"]]
    assert intent["/S"] == "/GTS_PDFX" and intent["/OutputConditionIdentifier"] == "FOGRA39"
    assert intent["/RegistryName"] == "http://www.color.org"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 4
    embedded = profile.get_data()
    assert embedded == PROFILE.read_bytes()
    assert embedded[12:20] == b"prtrCMYK", "an output profile, CMYK"
    licence = PROFILE.with_name("FOGRA39L-printworks.LICENSE.txt").read_text()
    assert "zlib" in licence.lower() and "FOGRA39L" in licence


def test_the_dates_come_from_the_build_date(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from printworks.press import press

    page = io.BytesIO()  # a reader's copy of one page, with a bleed
    pdf = canvas.Canvas(page, pagesize=(A5[0] + 20, A5[1] + 20), invariant=1)
    pdf.setTitle("Dated")
    pdf.setTrimBox((10, 10, A5[0] + 10, A5[1] + 10))
    pdf.setCropBox((0, 0, A5[0] + 20, A5[1] + 20))
    pdf.showPage()
    pdf.save()
    layout = shipped().imposition
    when = datetime.fromtimestamp(1_700_000_000, tz=UTC)
    out = press(page.getvalue(), layout, profile=PROFILE.read_bytes(), when=when)
    info = PdfReader(io.BytesIO(out)).trailer["/Info"].get_object()
    assert info["/CreationDate"] == info["/ModDate"] == "D:20231114221320+00'00'"
    assert info["/Title"] == "Dated"


def test_no_rgb_anywhere_in_the_print_edition(built: Path) -> None:
    found = preflight((built / PRINT_FILE).read_bytes())
    assert found.colour_spaces == {"CMYK"} and found.rgb_objects == 0
    raw = qdf(built / PRINT_FILE)
    for name in (b"/DeviceRGB", b"/CalRGB", b"/Annots", b"/Shading", b"/SMask"):
        assert name not in raw, name


def qdf(path: Path) -> bytes:
    """``path`` uncompressed, every object in plain sight (qpdf's QDF form)."""
    need("qpdf")
    done = subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(path), "-"], capture_output=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_preflight_sees_rgb_in_an_annotation_and_in_content() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A5, invariant=1)
    pdf.setFillColorRGB(0, 0, 1)
    pdf.drawString(50, 500, "blue")
    pdf.linkURL("https://example.org", (50, 490, 150, 510), thickness=1, color=blue)
    pdf.showPage()
    pdf.save()
    found = preflight(buffer.getvalue())
    assert "RGB" in found.colour_spaces and found.rgb_objects >= 1


def test_black_text_overprints_and_nothing_else_does(built: Path) -> None:
    """Read back from the file: every run of text in 100% K is shown with overprint on (op,
    mode 1, from the graphics state); white never overprints (it would vanish)."""
    found = preflight((built / PRINT_FILE).read_bytes())
    assert found.black_text > 100 and found.knocked_out_black == 0
    raw = qdf(built / PRINT_FILE)
    assert re.search(rb"/PWOverprint <<\s*/OPM 1\s*/Type /ExtGState\s*/op true", raw) or (
        b"/op true" in raw and b"/OPM 1" in raw
    )
    # a white fill is always followed by the knock-out state before anything is painted
    assert not re.search(rb"0 0 0 0 k\s+/PWOverprint gs", raw)


def test_overprint_follows_the_fill_through_saves_and_restores() -> None:
    from printworks.pdfx import overprint_black

    content = b"0 0 0 1 k q 0 0 0 0 k BT (a) Tj ET Q BT (b) Tj ET 0 .5 .5 0 k BT (c) Tj ET"
    out = overprint_black(content, None).split()
    assert out[:6] == [b"0", b"0", b"0", b"1", b"k", b"/PWOverprint"]
    text = b" ".join(out)
    assert b"0 0 0 0 k /PWKnockout gs" in text
    assert b"Q BT" in text, "after Q the overprint state is the saved one: no switch needed"
    assert text.endswith(b"0.5 0.5 0 k /PWKnockout gs BT (c) Tj ET")


def test_small_and_reversed_type_is_on_at_most_two_plates(built: Path) -> None:
    found = preflight((built / PRINT_FILE).read_bytes())
    assert found.plates_over == []
    assert found.black_text and found.inks


def test_the_preflight_sees_small_type_reversed_out_of_four_plates() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A5, invariant=1)
    pdf.setFillColorCMYK(0.15, 0.95, 0.9, 0.4)
    pdf.rect(40, 480, 200, 30, stroke=0, fill=1)
    pdf.setFillColorCMYK(0, 0, 0, 0)
    pdf.setFont("Courier", 6.6)
    pdf.drawString(50, 490, "CONFIDENTIAL")
    pdf.setFillColorCMYK(0.9, 0.65, 0.25, 0.35)
    pdf.drawString(50, 400, "a four-colour link")
    pdf.showPage()
    pdf.save()
    found = preflight(buffer.getvalue())
    assert len(found.plates_over) == 2
    assert "reversed out of 15/95/90/40" in found.plates_over[0]


def test_no_tint_under_5_percent_and_ink_within_300(built: Path) -> None:
    found = preflight((built / PRINT_FILE).read_bytes())
    plates = [value for ink in found.inks for value in ink if value > 0]
    assert plates and min(plates) >= 0.05
    assert max(sum(ink) for ink in found.inks) <= 3.0
    limits = shipped().imposition.press.pdfx.limits
    rows = {check: ok for check, _, ok in found.rows(bleed=True, limits=limits)}
    assert all(rows.values()), rows
    assert {"PDF/X", "output intent", "overprint", "small type", "tints", "total ink"} <= set(rows)


def test_ghostscript_converts_the_print_edition_without_a_warning(
    built: Path, tmp_path: Path
) -> None:
    gs = shutil.which("gs")
    if not gs:
        pytest.skip("Ghostscript (gs) not installed (Debian: ghostscript)")
    out = tmp_path / "converted.pdf"
    args = [gs, "-dBATCH", "-dNOPAUSE", "-dPDFX", "-sDEVICE=pdfwrite"]
    args += ["-sColorConversionStrategy=CMYK", f"-sOutputFile={out}", str(built / PRINT_FILE)]
    done = subprocess.run(args, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    said = [
        line
        for line in (done.stdout + done.stderr).splitlines()
        if line.strip() and not GS_CHATTER.match(line)
    ]
    assert said == [], said
    assert out.stat().st_size > 0


GS_CHATTER = re.compile(
    r"^(GPL Ghostscript|Copyright|This software is supplied|see the file COPYING|Processing pages|"
    r"Page \d+$)"
)


def test_qpdf_finds_nothing_wrong_with_the_print_edition(built: Path) -> None:
    need("qpdf")
    done = subprocess.run(
        ["qpdf", "--check", str(built / PRINT_FILE)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors found" in done.stdout
    assert "WARNING" not in done.stdout + done.stderr


# --- the booklet at home --------------------------------------------------------------------


def test_the_booklet_leaves_a_home_printers_margin_bare_and_meets_at_the_fold(
    built: Path, tmp_path: Path
) -> None:
    """Every side of every sheet of the zine's booklet, rendered: nothing within 4 mm of the
    sheet's edges (the paper's tint and the red bands stop short of it, in a straight line),
    and paint on both sides of the fold: the two pages meet there."""
    need("pdftoppm")
    dpi = 50
    prefix = tmp_path / "sheet"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", str(built / BOOKLET_FILE), str(prefix)], check=True
    )
    images = sorted(tmp_path.glob("sheet-*.pgm"))
    assert images
    edge = round(4 * dpi / 25.4)
    for image in images:
        width, height, pixels = read_pgm(image.read_bytes())
        rows = [pixels[r * width : (r + 1) * width] for r in range(height)]
        border = [*rows[:edge], *rows[-edge:]]
        border += [row[:edge] + row[-edge:] for row in rows[edge:-edge]]
        assert all(v >= 250 for row in border for v in row), f"{image.name}: paint at the edge"
        # the paper reaches the margin's edge all round: the margin is even
        inner = rows[edge + 2]
        assert inner[width // 2] < 250 and inner[width // 4] < 250, image.name
        middle = rows[height // 2]
        spine = width // 2
        assert all(v < 250 for v in middle[spine - 1 : spine + 2]), f"{image.name}: a gap"
