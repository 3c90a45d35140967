"""The one-sheet mini-zine: read the sheet back from the PDF, fold it in simulation, and read
the pages in order, each the right way up. Plus its guide, its type and its command."""

from __future__ import annotations

import io
import re
import subprocess
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from printworks.cli import app
from printworks.errors import RenderError
from printworks.loader import load_role
from printworks.minizine import MiniOptions, mini_cells, render_minizine
from printworks.preflight import preflight

from .conftest import ROLES, SEED_SLUG
from .test_casefile import need

SLUGS = sorted(p.stem for p in ROLES.glob("*.yaml"))
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


@cache
def sheet(slug: str, paper: str = "a4") -> bytes:
    return render_minizine(load_role(ROLES / f"{slug}.yaml"), None, MiniOptions(paper))


def boxes(data: bytes, tmp: Path) -> tuple[float, float, list[tuple[float, ...]]]:
    """The sheet's width and height, and each word's box (x0, y0, x1, y1, from the top) and
    text."""
    need("pdftotext")
    path = tmp / "mini.pdf"
    path.write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    width, height = map(
        float, re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups()
    )
    found = [(*map(float, (x0, y0, x1, y1)), text) for x0, y0, x1, y1, text in WORD.findall(html)]
    return width, height, found


def words(data: bytes, tmp: Path) -> tuple[float, float, list[tuple[float, float, str]]]:
    """The sheet's width and height, and each word's centre (from the top) and text."""
    width, height, found = boxes(data, tmp)
    return width, height, [((x0 + x1) / 2, (y0 + y1) / 2, t) for x0, y0, x1, y1, t in found]


def read_sheet(data: bytes, tmp: Path) -> dict[tuple[int, int], tuple[int, bool]]:
    """For each panel (row from the top, column from the left) of the printed sheet: the page
    it shows and whether it is printed upside down, read from the words on it.

    A page is known by its folio (``n/8``, at an inside page's foot), the cover by its kicker
    and the back by its closing words; which way up, by where in the panel that mark sits.
    """
    width, height, found = words(data, tmp)
    cells: dict[tuple[int, int], tuple[int, bool]] = {}
    for x, y, text in found:
        column, row = int(x // (width / 4)), int(y // (height / 2))
        within = (y % (height / 2)) / (height / 2)  # 0 at the panel's top, 1 at its foot
        folio = re.fullmatch(r"([2-7])/8", text)
        if folio:
            cells[(row, column)] = (int(folio[1]), within < 0.5)  # a foot seen at the top
        elif text == "POCKET":
            cells[(row, column)] = (1, within > 0.5)  # a head seen at the foot
        elif text == "CLOSED":
            cells[(row, column)] = (8, within < 0.3)
    return cells


def fold(cells: dict[tuple[int, int], tuple[int, bool]]) -> list[tuple[int, bool]]:
    """The pages of a printed sheet as a reader meets them once it is folded, and whether each
    is the right way up then. Written from the folding, not from the layout's table.

    1. Fold the sheet in half along its length, print outside: the top row goes behind the
       bottom row, turned over top to bottom. Each column now has a front face (its bottom
       panel) and a back face (its top panel, its print now the other way up).
    2. Cut the fold between the first and last quarter and push the ends together: the two
       middle columns open into a wing to the front (their front faces) and one to the back
       (their back faces); the outer columns make wings to the left and to the right. Seen
       from above it is a cross: right wing at 0°, back at 90°, left at 180°, front at 270°.
    3. Fold it flat with the right wing's front face outside: that is the cover, and the pages
       follow round the cross. Each face sits in the quarter it looks into, beside its wing.
    """
    faces = []  # (wing's angle, the way the face looks, the panel, whether a back face)
    for column, wing in ((0, 180), (3, 0)):  # the outer columns: left and right wings
        faces.append((wing, 270, cells[(1, column)], False))
        faces.append((wing, 90, cells[(0, column)], True))
    for column, looks in ((1, 180), (2, 0)):  # the middle ones: a face each way, each wing
        faces.append((270, looks, cells[(1, column)], False))
        faces.append((90, looks, cells[(0, column)], True))
    placed = []
    for wing, looks, (page, upside_down), is_back in faces:
        turn = ((looks - wing + 180) % 360) - 180  # +90 or -90: the quarter it looks into
        angle = (wing + 0.4 * turn) % 360
        upright = upside_down if is_back else not upside_down  # the first fold turns the back
        placed.append((angle, page, upright, (wing, looks) == (0, 270)))
    cover = next(angle for angle, _, _, outside in placed if outside)
    placed.sort(key=lambda item: (item[0] - cover) % 360)
    return [(page, upright) for _, page, upright, _ in placed]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_folded_sheet_reads_in_order_the_right_way_up(paper, tmp_path):
    cells = read_sheet(sheet(SEED_SLUG, paper), tmp_path)
    assert len(cells) == 8, cells
    assert fold(cells) == [(page, True) for page in range(1, 9)]


def test_the_fold_would_catch_a_wrong_sheet():
    right = {(c.row, c.column): (c.page, c.upside_down) for c in mini_cells()}
    assert fold(right) == [(page, True) for page in range(1, 9)]
    not_turned = {key: (page, False) for key, (page, _) in right.items()}
    assert fold(not_turned) != [(page, True) for page in range(1, 9)]
    swapped = dict(right)
    swapped[(0, 0)], swapped[(0, 1)] = right[(0, 1)], right[(0, 0)]
    assert fold(swapped) != [(page, True) for page in range(1, 9)]


@pytest.mark.parametrize("slug", SLUGS)
def test_every_shipped_role_makes_a_whole_sheet(slug, tmp_path):
    data = sheet(slug)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (842, 595), "A4 landscape"
    found = preflight(data)
    assert found.embedded and found.smallest_pt >= 6.5, found.smallest_pt
    assert len(read_sheet(data, tmp_path)) == 8


def test_the_guide_marks_the_cut_in_the_middle_half_and_the_folds(tmp_path):
    data = sheet(SEED_SLUG)
    page = PdfReader(io.BytesIO(data)).pages[0]
    width, height = (float(v) for v in page.mediabox[2:])
    lines = {
        tuple(round(float(v), 1) for v in match)
        for match in re.findall(
            rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l S", page.get_contents().get_data()
        )
    }
    q, h = round(width / 4, 1), round(height / 2, 1)
    assert (q, h, round(3 * width / 4, 1), h) in lines, "the cut"
    assert (0.0, h, q, h) in lines and (q, 0.0, q, round(height, 1)) in lines, "folds"
    _, _, found = words(data, tmp_path)
    assert any(text == "CUT" for _, _, text in found)


def test_the_command_writes_the_sheet(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["minizine", "sdet", "--roles-dir", str(ROLES)])
    assert result.exit_code == 0, result.output
    path = Path("out") / "sdet-mini.pdf"
    assert result.output.strip() == str(path)
    assert path.read_bytes() == sheet("sdet")
    letter = tmp_path / "letter.pdf"
    args = ["minizine", "sdet", "--roles-dir", str(ROLES), "--paper", "letter", "-o", str(letter)]
    assert CliRunner().invoke(app, args).exit_code == 0
    width, _ = (float(v) for v in PdfReader(letter).pages[0].mediabox[2:])
    assert round(width) == 792


def test_an_unknown_paper_is_a_render_error():
    with pytest.raises(RenderError, match="unknown mini-zine paper"):
        render_minizine(load_role(ROLES / "sdet.yaml"), None, MiniOptions("a3"))


def test_a_role_too_long_for_its_pages_says_the_rest_is_in_the_case_file(tmp_path):
    from tests.test_casefile_hostile import _huge, variant

    data = render_minizine(variant(_huge))
    assert "case file" in " ".join(t for _, _, t in words(data, tmp_path)[2])


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("slug", SLUGS)
def test_folios_sit_6mm_or_more_from_the_sheets_edge(slug, paper, tmp_path):
    """Clear of the rim a home printer leaves unprinted: every folio's box 6 mm in."""
    need("pdftotext")
    path = tmp_path / "mini.pdf"
    path.write_bytes(sheet(slug, paper))
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html)[1])
    edge = 6 * 72 / 25.4
    folios = [(float(y0), float(y1)) for _, y0, _, y1, text in WORD.findall(html) if "/8" in text]
    assert len(folios) == 6
    assert all(y0 >= edge and height - y1 >= edge for y0, y1 in folios), folios


@pytest.mark.parametrize("slug", SLUGS)
def test_the_complaint_page_holds_what_fits(slug, tmp_path):
    """Page 7 shows the complaints it has room for: printed at least half way down, unless
    the role has no more to show."""
    data = sheet(slug)
    cells = read_sheet(data, tmp_path)
    (row, column), (_, upside_down) = next(c for c in cells.items() if c[1][0] == 7)
    width, height, found = boxes(data, tmp_path)
    panel_w, panel_h = width / 4, height / 2
    top = row * panel_h
    inside = [
        (y0 - top, y1 - top)
        for x0, y0, x1, y1, text in found
        if column * panel_w <= x0 < (column + 1) * panel_w
        and top <= y0 < top + panel_h
        and "/8" not in text
    ]
    assert not upside_down
    reach = max(y1 for _, y1 in inside) / panel_h
    role = load_role(ROLES / f"{slug}.yaml")
    assert reach >= 0.5 or len(role.burn_ward) <= 1, reach
