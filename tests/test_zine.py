"""The zine: every role built, one bad role reported without sinking the rest, work reused."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from printworks.cli import app
from printworks.errors import RenderError
from printworks.zine import BOOKLET_FILE, ZINE_FILE, ZineOptions, build_zine, ordered_role_paths

from .conftest import ROLES, SEED_SLUG

PICK = [SEED_SLUG, "sdet", "enterprise-architect"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A roles folder of three shipped roles, the seed linking to the other two."""
    out = tmp_path / "roles"
    out.mkdir()
    for slug in PICK:
        shutil.copy(ROLES / f"{slug}.yaml", out)
    return out


@pytest.fixture(scope="module")
def built(run_folder: Path):
    """One zine of the three roles, built once a run (by whichever worker asks first) for the
    tests that only read it, or start from it: (out, report)."""
    from tests.shared import once

    def make():
        root = run_folder / "zine-three"
        roles = root / "roles"
        roles.mkdir(parents=True)
        for slug in PICK:
            shutil.copy(ROLES / f"{slug}.yaml", roles)
        out = root / "out"
        return out, build_zine(roles, out, jobs=1)

    return once(run_folder, "zine-three", make)


def made(built, tmp_path: Path) -> Path:
    """A copy of the built zine's output folder: what a first run of the three roles left."""
    out = tmp_path / "out"
    shutil.copytree(built[0], out)
    return out


def outline_titles(pdf: Path) -> list[str]:
    return [i.title for i in PdfReader(pdf).outline if not isinstance(i, list)]


def test_every_role_is_built_and_combined_in_order(folder: Path, tmp_path: Path) -> None:
    (folder / "order.txt").write_text("# first the seed\nsdet\n" + SEED_SLUG + "\n", "utf-8")
    out = tmp_path / "out"
    report = build_zine(folder, out, jobs=1)
    assert [r.slug for r in report.roles] == ["sdet", SEED_SLUG, "enterprise-architect"]
    assert all(r.status == "built" and r.pages > 0 and r.slides > 0 for r in report.roles)
    for slug in PICK:
        assert (out / f"{slug}.pdf").read_bytes().startswith(b"%PDF")
        assert (out / f"{slug}.pptx").read_bytes().startswith(b"PK")
    titles = outline_titles(out / ZINE_FILE)
    assert titles == [
        "Cover",
        "Contents",
        "SDET [OTI-0004]",
        "Principal AI/ML Model Training Assistant [OTI-0001]",
        "Enterprise Architect [OTI-0003]",
        "Back cover",
    ]
    reader = PdfReader(out / ZINE_FILE)
    back = next(i for i in reader.outline if not isinstance(i, list) and i.title == "Back cover")
    assert reader.get_destination_page_number(back) == len(reader.pages) - 1, "the back is last"
    assert report.zine_pages == len(reader.pages)
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (420, 595), "A5 portrait"


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not installed")
def test_the_contents_gives_each_dossiers_first_page(built) -> None:
    out, _ = built
    reader = PdfReader(out / ZINE_FILE)
    contents = subprocess.run(
        ["pdftotext", "-layout", "-f", "2", "-l", "2", str(out / ZINE_FILE), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for item in reader.outline:
        if isinstance(item, list) or item.title in ("Cover", "Contents", "Back cover"):
            continue
        first = reader.get_destination_page_number(item) + 1
        title = item.title.rsplit(" [", 1)[0]
        line = next(line for line in contents.splitlines() if title in line)
        assert line.rstrip().endswith(str(first)), (title, line)


def test_related_specimens_link_to_their_dossier_in_the_zine(built) -> None:
    out, _ = built
    reader = PdfReader(out / ZINE_FILE)
    starts = {
        item.title.rsplit(" [", 1)[0]: reader.get_destination_page_number(item)
        for item in reader.outline
        if not isinstance(item, list)
    }
    refs = [p.indirect_reference for p in reader.pages]
    seed_start, sdet_start = starts["Principal AI/ML Model Training Assistant"], starts["SDET"]
    seed_end = min(s for s in starts.values() if s > seed_start)
    targets = {
        refs.index(annot.get_object()["/Dest"][0])
        for page in reader.pages[seed_start:seed_end]
        for annot in page.get("/Annots", [])
        if "/Dest" in annot.get_object()
    }
    assert sdet_start in targets and starts["Enterprise Architect"] in targets


def test_the_booklet_is_the_zine_imposed(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = build_zine(folder, out, ZineOptions(page_size="half-letter"), jobs=1)
    booklet = PdfReader(out / BOOKLET_FILE)
    padded = -(-report.zine_pages // 4) * 4
    assert len(booklet.pages) == padded // 2
    width, height = (float(v) for v in booklet.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (792, 612), "Letter landscape"
    # the first sheet's front: the back cover beside the cover; the blanks fall inside
    front = booklet.pages[0].extract_text()
    assert "END OF FILE" in front and "CASE FILES ENCLOSED" in front
    assert front.index("THIS ISSUE BY THE NUMBERS") < front.index("CASE FILES ENCLOSED")


def test_one_bad_role_never_sinks_the_batch(folder: Path, tmp_path: Path) -> None:
    broken = folder / "broken.yaml"
    sdet = (ROLES / "sdet.yaml").read_text("utf-8")
    broken.write_text(
        sdet.replace("percent:", "percnt:")
        .replace("title: SDET\n", "title: Broken SDET\n", 1)
        .replace("case_number: OTI-0004", "case_number: OTI-0904", 1)
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["zine", "--roles-dir", str(folder), "-o", str(out), "-j", "1"]
    )
    assert result.exit_code == 1
    assert any(
        line.startswith(f"{broken}:") and "flight_risk.percnt: unknown field" in line
        for line in result.stderr.splitlines()
    ), "one whole line per problem, naming the file"
    assert "Traceback" not in result.output
    for slug in PICK:
        assert (out / f"{slug}.pdf").is_file() and (out / f"{slug}.pptx").is_file()
    assert not (out / "broken.pdf").exists() and not (out / "broken.pptx").exists()
    assert len(outline_titles(out / ZINE_FILE)) == 3 + len(PICK)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")], "nothing half-written"


def test_a_second_run_reuses_what_is_up_to_date(built, folder: Path, tmp_path: Path) -> None:
    out = made(built, tmp_path)
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    again = build_zine(folder, out, jobs=1)
    assert {r.status for r in again.roles} == {"cached"} and again.zine_status == "cached"
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.suffix != ".json"} == {
        k: v for k, v in before.items() if not k.endswith(".json")
    }
    # a change to one role rebuilds that role and the zine, nothing else
    sdet = folder / "sdet.yaml"
    sdet.write_text(sdet.read_text("utf-8").replace("OTI-0004", "OTI-0404"), "utf-8")
    changed = build_zine(folder, out, jobs=1)
    assert {r.slug: r.status for r in changed.roles} == {
        SEED_SLUG: "cached",
        "sdet": "built",
        "enterprise-architect": "cached",
    }
    assert changed.zine_status == "built"
    forced = build_zine(folder, out, jobs=1, force=True)
    assert {r.status for r in forced.roles} == {"built"}


def test_other_options_are_other_outputs(built, folder: Path, tmp_path: Path) -> None:
    out = made(built, tmp_path)
    gray = build_zine(folder, out, ZineOptions(grayscale=True), jobs=1)
    assert {r.status for r in gray.roles} == {"built"}


def test_workers_in_parallel_give_the_same_files(built, folder: Path, tmp_path: Path) -> None:
    one, two = built[0], tmp_path / "two"
    build_zine(folder, two, jobs=2)
    for name in [
        ZINE_FILE,
        BOOKLET_FILE,
        *(f"{s}.pdf" for s in PICK),
        *(f"{s}.pptx" for s in PICK),
    ]:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_an_order_file_naming_no_role_is_a_warning(folder: Path) -> None:
    (folder / "order.txt").write_text("sdet\nnobody\n", "utf-8")
    warnings: list[str] = []
    paths = ordered_role_paths(folder, warnings)
    assert [p.stem for p in paths] == ["sdet", "enterprise-architect", SEED_SLUG]
    assert warnings == [f"{folder / 'order.txt'}:2:1: no role 'nobody.yaml' in {folder}"]


def test_the_shipped_order_puts_the_seed_first() -> None:
    assert ordered_role_paths(ROLES)[0].stem == SEED_SLUG


def test_grayscale_zine_has_no_colour(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_zine(folder, out, ZineOptions(grayscale=True), jobs=1)
    reader = PdfReader(io.BytesIO((out / ZINE_FILE).read_bytes()))
    for page in reader.pages[:6]:
        data = page.get_contents().get_data().decode("latin-1")
        for r, g, b in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG)\b", data):
            assert r == g == b, (r, g, b)


def test_a_zine_that_cannot_be_made_fails_the_run_and_keeps_the_old_one(
    built, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = made(built, tmp_path)
    good = (out / ZINE_FILE).read_bytes()
    sdet = folder / "sdet.yaml"
    sdet.write_text(sdet.read_text("utf-8").replace("OTI-0004", "OTI-0404"), "utf-8")

    def broken(*args, **kwargs):
        raise RenderError("could not lay out the case file: too much synergy")

    monkeypatch.setattr("printworks.casefile.render_collection", broken)
    args = ["zine", "--roles-dir", str(folder), "-o", str(out), "-j", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "zine.pdf: could not lay out the case file: too much synergy" in result.stderr
    assert (out / ZINE_FILE).read_bytes() == good, "the previous good zine is kept"
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf not installed (Debian: qpdf)")
def test_the_zine_and_booklet_pass_qpdf_check(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_zine(folder, out, ZineOptions(crop_marks=True, creep="0.5mm"), jobs=1)
    for name in (ZINE_FILE, BOOKLET_FILE):
        check = subprocess.run(["qpdf", "--check", str(out / name)], capture_output=True, text=True)
        assert check.returncode == 0, (name, check.stdout, check.stderr)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not installed")
def test_the_printed_booklet_folds_into_the_zines_reading_order(built):
    """Each half of each printed side is matched to the zine page it shows, then the sheets
    are folded in simulation and read: the zine's pages in order, covers outside."""
    from .test_casefile import squeeze
    from .test_impose import fold, half_text

    out, report = built
    assert report.zine_pages % 4 == 0, "blank pages fill the last sheet"
    done = subprocess.run(
        ["pdftotext", str(out / ZINE_FILE), "-"], capture_output=True, text=True, check=True
    )
    pages = [squeeze(page) for page in done.stdout.split("\f")][: report.zine_pages]
    assert len(set(pages)) == len(pages), "every page can be told apart"

    def shown(side: int, half: str) -> int:
        return pages.index(squeeze(half_text(out / BOOKLET_FILE, side, half))) + 1

    from printworks.impose import Sheet, Side

    sides = [
        Side(shown(n, "left"), shown(n, "right"))
        for n in range(1, len(PdfReader(out / BOOKLET_FILE).pages) + 1)
    ]
    sheets = [Sheet(front, back) for front, back in zip(sides[::2], sides[1::2], strict=True)]
    assert fold(sheets) == list(range(1, report.zine_pages + 1))


def test_the_summary_gives_the_sheets_and_the_creep(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["zine", "--roles-dir", str(folder), "-o", str(out), "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    report = build_zine(folder, out, jobs=1)
    sheets = report.zine_pages // 4
    creep = (sheets - 1) * 0.1
    assert f"({sheets} sheets, creep {creep:.2f} mm)" in " ".join(result.output.split())
    assert report.creep_mm == pytest.approx(creep)


def test_mini_writes_each_roles_mini_zine(folder: Path, tmp_path: Path) -> None:
    from printworks.zine import MINI_SUFFIX

    out = tmp_path / "out"
    build_zine(folder, out, ZineOptions(mini=True), jobs=1)
    for slug in PICK:
        assert (out / f"{slug}{MINI_SUFFIX}").read_bytes().startswith(b"%PDF")
    again = build_zine(folder, out, ZineOptions(mini=True), jobs=1)
    assert {r.status for r in again.roles} == {"cached"}
    (out / f"sdet{MINI_SUFFIX}").unlink()
    rebuilt = build_zine(folder, out, ZineOptions(mini=True), jobs=1)
    assert {r.slug for r in rebuilt.roles if r.status == "built"} == {"sdet"}


def _collection(count: int) -> list:
    """``count`` shipped roles (again under new slugs when there are fewer), for a zine."""
    from printworks.loader import load_role, role_paths

    shipped = [load_role(p) for p in role_paths(ROLES)]
    roles = []
    for n in range(count):
        role = shipped[n % len(shipped)].model_copy()
        role.with_slug(f"{role.slug}-{n}")
        roles.append(role)
    return roles


@pytest.mark.parametrize(("count", "summaries"), [(8, True), (16, False)])
def test_the_contents_is_one_page_with_summaries_when_they_fit(count, summaries) -> None:
    from printworks.casefile import CasefileOptions, render_collection
    from printworks.layout import shipped

    roles = _collection(count)
    pdf = PdfReader(io.BytesIO(render_collection(roles, shipped(), CasefileOptions("a5"))))
    contents = " ".join(pdf.pages[1].extract_text().split())
    for role in roles:
        assert " ".join(str(role.title).split()) in contents
        assert (" ".join(role.summary.visible.split())[:40] in contents) is summaries
    dossier = " ".join(pdf.pages[2].extract_text().split())
    assert f"CASE No. {roles[0].case_number}" in dossier, "the first dossier starts on page 3"
