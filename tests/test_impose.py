"""Booklet imposition: the page order, proved by folding paper, and the printer's sheets."""

from __future__ import annotations

import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfgen import canvas

from printworks.errors import RenderError
from printworks.impose import Sheet, Side, booklet_order, sheet_for
from printworks.impose import impose as impose_with
from printworks.layout import shipped

LAYOUT = shipped().imposition


def impose(pdf: bytes, **options) -> bytes:
    """The booklet of ``pdf`` with the shipped imposition layout."""
    return impose_with(pdf, LAYOUT, **options)


HALF_LETTER = (396.0, 612.0)
A4_LANDSCAPE = (841.89, 595.28)
LETTER_LANDSCAPE = (792.0, 612.0)
MM = 72 / 25.4


# --- the page order --------------------------------------------------------------------------


def test_four_pages_make_one_sheet():
    assert booklet_order(4) == [((4, 1), (2, 3))]


def test_eight_pages_in_the_classic_order():
    assert booklet_order(8) == [((8, 1), (2, 7)), ((6, 3), (4, 5))]


def test_twelve_pages():
    assert booklet_order(12) == [
        ((12, 1), (2, 11)),
        ((10, 3), (4, 9)),
        ((8, 5), (6, 7)),
    ]


def test_thirteen_pages_get_three_blanks_before_the_back_cover():
    assert booklet_order(13) == [
        ((13, 1), (2, None)),
        ((None, 3), (4, None)),
        ((12, 5), (6, 11)),
        ((10, 7), (8, 9)),
    ]


def test_sheets_name_their_sides():
    first = booklet_order(8)[0]
    assert first == Sheet(front=Side(left=8, right=1), back=Side(left=2, right=7))
    assert first.front.right == 1


def test_a_single_page_stays_the_front_cover():
    assert booklet_order(1) == [((None, 1), (None, None))]


def test_no_pages_is_an_error():
    with pytest.raises(ValueError):
        booklet_order(0)


def fold(sheets: list[Sheet]) -> list[int | None]:
    """The pages of ``sheets`` as a reader meets them, found by folding paper.

    Written without the order function's arithmetic. Each sheet side is seen landscape, as
    printed. The sheets are laid on a table face down, the first at the bottom, with x across
    the table and z up: a sheet turned face down on its short edge (a book leaf's turn) puts
    the front's left half on the right, and leaves its back upright, back-left on the left.
    Then the right half of the whole stack is folded over onto the left half, about the spine
    at x = 0, and the faces are read from the bottom of the pile up: page 1 is the front cover,
    lying face down, and each face up meets the next face down above it.
    """
    faces = []  # (x, z, page)
    for z, sheet in enumerate(sheets):
        faces.append((+1, z - 0.25, sheet.front.left))  # face down
        faces.append((-1, z - 0.25, sheet.front.right))
        faces.append((-1, z + 0.25, sheet.back.left))  # face up
        faces.append((+1, z + 0.25, sheet.back.right))
    height = len(sheets)
    folded = [(x, z) if x < 0 else (-x, 2 * height - z) for x, z, _ in faces]
    assert all(x < 0 for x, _ in folded)
    order = sorted(range(len(faces)), key=lambda i: folded[i][1])
    return [faces[i][2] for i in order]


@pytest.mark.parametrize("pages", [1, 2, 3, 4, 5, 8, 12, 13, 16, 21, 40])
def test_folded_sheets_read_in_order(pages):
    total = -(-pages // 4) * 4
    expected = [1] + [None] * (total - 1) if pages == 1 else [*range(1, pages)]
    if pages > 1:
        expected += [None] * (total - pages) + [pages]
    assert fold(booklet_order(pages)) == expected


def test_the_fold_would_catch_a_wrong_order():
    wrong = [((8, 1), (7, 2)), ((6, 3), (4, 5))]  # back side not flipped
    assert fold([Sheet(Side(*f), Side(*b)) for f, b in wrong]) != [*range(1, 9)]


# --- the printer's sheets --------------------------------------------------------------------


def reader_copy(pages: int, size: tuple[float, float] = A5, **meta: str) -> bytes:
    """A reader's copy: one big page number a page."""
    buf = BytesIO()
    pdf = canvas.Canvas(buf, pagesize=size, invariant=1)
    for key, value in meta.items():
        getattr(pdf, f"set{key.title()}")(value)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica-Bold", 96)
        pdf.drawCentredString(size[0] / 2, size[1] / 2 - 30, str(number))
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(BytesIO(pdf)).pages
    ]


def test_a5_pages_impose_onto_a4_landscape():
    booklet = impose(reader_copy(13), sheet="a4")
    assert len(sizes(booklet)) == 8  # 4 sheets, 2 sides each
    for width, height in sizes(booklet):
        assert width > height
        assert (width, height) == pytest.approx(A4_LANDSCAPE, abs=0.5)


def test_half_letter_pages_impose_onto_letter_landscape():
    booklet = impose(reader_copy(8, HALF_LETTER), sheet=sheet_for(LAYOUT, "half-letter"))
    assert sizes(booklet) == [pytest.approx(LETTER_LANDSCAPE, abs=0.5)] * 4


def test_each_page_size_has_its_sheet():
    assert sheet_for(LAYOUT, "a5") == "a4"
    assert sheet_for(LAYOUT, "half-letter") == "letter"
    with pytest.raises(RenderError):
        sheet_for(LAYOUT, "a3")


def test_the_shipped_layout_is_valid():
    layout = LAYOUT
    assert set(layout.sheets.names()) >= {"a4", "letter"}


def need(tool: str) -> str:
    path = shutil.which(tool)
    if not path:
        pytest.skip(f"{tool} (poppler-utils) not installed")
    return path


def half_text(path: Path, page: int, half: str) -> str:
    """The text pdftotext finds on one half of one page of ``path`` (1-based page)."""
    width, height = sizes(path.read_bytes())[page - 1]
    middle = int(width / 2)
    x, w = (0, middle) if half == "left" else (middle, int(width) - middle)
    args = ["-f", str(page), "-l", str(page), "-x", str(x), "-y", "0", "-W", str(w)]
    args += ["-H", str(int(height)), str(path), "-"]
    done = subprocess.run([need("pdftotext"), *args], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_page_one_lands_on_the_right_of_the_first_front(tmp_path):
    path = tmp_path / "booklet.pdf"
    path.write_bytes(impose(reader_copy(8)))
    assert half_text(path, 1, "right") == "1"
    assert half_text(path, 1, "left") == "8"


def test_a_turned_page_is_imposed_upright_on_its_half(tmp_path):
    from pypdf import PdfWriter

    turned = PdfWriter(clone_from=PdfReader(BytesIO(reader_copy(4))))
    turned.pages[1].rotate(90)  # page 2 stands on its side in the reader's copy
    source = BytesIO()
    turned.write(source)
    path = tmp_path / "booklet.pdf"
    path.write_bytes(impose(source.getvalue()))
    assert [pytest.approx(A4_LANDSCAPE, abs=0.5)] * 2 == sizes(path.read_bytes())
    assert [half_text(path, 2, half) for half in ("left", "right")] == ["2", "3"]
    assert PdfReader(path).pages[1].get("/Rotate", 0) == 0


def test_the_printed_booklet_folds_into_reading_order(tmp_path):
    path = tmp_path / "booklet.pdf"
    path.write_bytes(impose(reader_copy(13)))

    def shown(page: int, half: str) -> int | None:
        text = half_text(path, page, half)
        return int(text) if text else None

    sides = [Side(shown(page, "left"), shown(page, "right")) for page in range(1, 9)]
    sheets = [Sheet(front, back) for front, back in zip(sides[::2], sides[1::2], strict=True)]
    assert fold(sheets) == [*range(1, 13), None, None, None, 13]


def number_boxes(path: Path) -> list[dict[str, tuple[float, float]]]:
    """For each page of ``path``: each page number shown, and where it starts and ends in x."""
    done = subprocess.run(
        [need("pdftotext"), "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    )
    pages = done.stdout.split("<page ")[1:]
    word = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(\d+)</word>')
    return [{text: (float(x0), float(x1)) for x0, x1, text in word.findall(p)} for p in pages]


def number_left_edges(path: Path) -> list[dict[str, float]]:
    return [{text: box[0] for text, box in page.items()} for page in number_boxes(path)]


def test_pages_larger_than_half_a_sheet_are_scaled_to_fit(tmp_path):
    a5, a4 = tmp_path / "a5.pdf", tmp_path / "a4.pdf"
    a5.write_bytes(impose(reader_copy(4, A5)))
    a4.write_bytes(impose(reader_copy(4, A4)))
    x0, x1 = number_boxes(a5)[0]["1"]
    y0, y1 = number_boxes(a4)[0]["1"]
    assert (y1 - y0) / (x1 - x0) == pytest.approx(A5[0] / A4[0], rel=0.02)
    assert x0 > A4_LANDSCAPE[0] / 2 and y0 > A4_LANDSCAPE[0] / 2


def test_creep_moves_inner_pages_toward_the_spine(tmp_path):
    plain, creeping = tmp_path / "plain.pdf", tmp_path / "creep.pdf"
    plain.write_bytes(impose(reader_copy(12), creep="0mm"))
    creeping.write_bytes(impose(reader_copy(12), creep="6mm"))
    before, after = number_left_edges(plain), number_left_edges(creeping)
    moved = [
        {number: after[side][number] - x for number, x in before[side].items()} for side in range(6)
    ]
    # sheet 1 (outermost, pages 12 1 / 2 11) stays; sheet 2 moves half; sheet 3 the full 6 mm
    assert moved[0] == pytest.approx({"12": 0, "1": 0})
    assert moved[1] == pytest.approx({"2": 0, "11": 0})
    assert moved[2] == pytest.approx({"10": 3 * MM, "3": -3 * MM}, abs=0.05)
    assert moved[5] == pytest.approx({"6": 6 * MM, "7": -6 * MM}, abs=0.05)


def dark_pixels_in_top_strip(path: Path, page: int, strip_pt: float) -> int:
    """How many dark pixels the top ``strip_pt`` points of a page show, rendered at 72 dpi."""
    out = path.with_suffix("")
    pages = ["-f", str(page), "-l", str(page)]
    subprocess.run(
        [need("pdftoppm"), "-gray", "-r", "72", *pages, "-singlefile", str(path), str(out)],
        check=True,
    )
    data = out.with_suffix(".pgm").read_bytes()
    magic, width, _height, _depth, pixels = data.split(maxsplit=4)
    assert magic == b"P5"
    strip = pixels[: int(width) * int(strip_pt)]
    return sum(1 for value in strip if value < 128)


def test_crop_marks_are_drawn_only_when_asked(tmp_path):
    plain, marked = tmp_path / "plain.pdf", tmp_path / "marked.pdf"
    plain.write_bytes(impose(reader_copy(8)))
    marked.write_bytes(impose(reader_copy(8), crop_marks=True))
    assert dark_pixels_in_top_strip(plain, 1, 30) == 0
    assert dark_pixels_in_top_strip(marked, 1, 30) > 0


def test_crop_marks_leave_the_pages_whole(tmp_path):
    path = tmp_path / "marked.pdf"
    path.write_bytes(impose(reader_copy(8), crop_marks=True))
    assert half_text(path, 1, "right") == "1"
    assert half_text(path, 1, "left") == "8"


def test_same_input_gives_the_same_bytes():
    source = reader_copy(13, title="Zine")
    first = impose(source, creep="2mm", crop_marks=True)
    assert impose(source, creep="2mm", crop_marks=True) == first
    ids = PdfReader(BytesIO(first)).trailer["/ID"]
    assert ids[0] == ids[1]
    assert impose(reader_copy(12, title="Zine"), creep="2mm", crop_marks=True) != first


def test_only_the_descriptive_metadata_is_kept():
    source = reader_copy(
        4, title="T", author="A", subject="S", keywords="K", creator="leak", producer="leak"
    )
    info = PdfReader(BytesIO(impose(source))).metadata
    assert dict(info) == {"/Title": "T", "/Author": "A", "/Subject": "S", "/Keywords": "K"}


@pytest.mark.parametrize(
    ("source", "options"),
    [
        (b"not a pdf", {}),
        (None, {"sheet": "a3"}),
        (None, {"creep": "3 furlongs"}),
    ],
)
def test_bad_input_is_a_render_error(source, options):
    with pytest.raises(RenderError):
        impose(source or reader_copy(4), **options)


def test_crop_marks_never_shrink_the_pages(tmp_path):
    plain, marked = tmp_path / "plain.pdf", tmp_path / "marked.pdf"
    plain.write_bytes(impose(reader_copy(8)))
    marked.write_bytes(impose(reader_copy(8), crop_marks=True))
    assert number_boxes(marked) == number_boxes(plain), "same place, same size"


def test_crop_marks_stay_in_the_printable_margin(tmp_path):
    """Fold marks on the spine, clear of the bare edge a printer leaves."""
    data = impose(reader_copy(8), crop_marks=True)
    page = PdfReader(BytesIO(data)).pages[0]
    lines = re.findall(
        rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l S", page.get_contents().get_data()
    )
    edge = 5 * MM
    spine = A4_LANDSCAPE[0] / 2
    assert lines
    for x0, y0, x1, y1 in ((float(v) for v in line) for line in lines):
        assert x0 == pytest.approx(spine, abs=0.01) == x1
        for y in (y0, y1):
            assert edge - 0.01 <= y <= A4_LANDSCAPE[1] - edge + 0.01


def test_crept_sheets_get_trim_marks_where_the_fore_edge_is_cut():
    data = impose(reader_copy(12), creep="3mm", crop_marks=True)
    pages = PdfReader(BytesIO(data)).pages

    def xs(page):
        found = re.findall(
            rb"([\d.]+) [\d.]+ m ([\d.]+) [\d.]+ l S", page.get_contents().get_data()
        )
        return sorted({round(float(a), 2) for a, _ in found})

    spine = round(A4_LANDSCAPE[0] / 2, 2)
    assert xs(pages[0]) == [spine], "the outermost sheet does not move: fold marks only"
    edge = 3 * MM + 5 * MM  # where the innermost sheet's paint stops: the home margin, crept
    assert xs(pages[4]) == pytest.approx([edge, spine, A4_LANDSCAPE[0] - edge], abs=0.01)
    pages = PdfReader(BytesIO(impose(reader_copy(12), creep="3mm", crop_marks=True, home=False)))
    edge = 3 * MM + (A4_LANDSCAPE[0] / 2 - A5[0])  # the page's fore-edge (spine on the fold), crept
    assert xs(pages.pages[4]) == pytest.approx([edge, spine, A4_LANDSCAPE[0] - edge], abs=0.01)


def test_creep_defaults_to_the_sheet_count_times_the_paper():
    from printworks.impose import creep_for, points, sheets_for

    assert sheets_for(56) == 14 and sheets_for(57) == 15
    thickness = points(LAYOUT.paper_thickness)
    assert creep_for(LAYOUT, 56) == pytest.approx(13 * thickness)
    assert creep_for(LAYOUT, 4) == 0


def test_the_default_creep_is_applied(tmp_path):
    from printworks.impose import creep_for

    plain, default = tmp_path / "plain.pdf", tmp_path / "default.pdf"
    plain.write_bytes(impose(reader_copy(12), creep="0mm"))
    default.write_bytes(impose(reader_copy(12)))
    moved = number_left_edges(default)[5]["6"] - number_left_edges(plain)[5]["6"]
    assert moved == pytest.approx(creep_for(LAYOUT, 12), abs=0.05)


# --- the home printer ------------------------------------------------------------------------


def full_bleed_copy(pages: int, size: tuple[float, float] = A5) -> bytes:
    """A reader's copy whose pages are grey to every edge, as the zine's paper is."""
    buf = BytesIO()
    pdf = canvas.Canvas(buf, pagesize=size, invariant=1)
    for _ in range(pages):
        pdf.setFillGray(0.5)
        pdf.rect(0, 0, *size, stroke=0, fill=1)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def rendered(pdf: bytes, folder: Path, dpi: int = 100) -> list[tuple[int, int, bytes]]:
    """Each page of ``pdf`` rendered grey: (width, height, pixels)."""
    path = folder / "sheets.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        [need("pdftoppm"), "-gray", "-r", str(dpi), str(path), str(folder / "side")], check=True
    )
    out = []
    for image in sorted(folder.glob("side-*.pgm")):
        magic, width, height, _depth, pixels = image.read_bytes().split(maxsplit=4)
        assert magic == b"P5"
        out.append((int(width), int(height), pixels))
    return out


def printed_within(side: tuple[int, int, bytes], margin_mm: float, dpi: int = 100) -> int:
    """How many pixels within ``margin_mm`` of a sheet side's edges are not white."""
    width, height, pixels = side
    edge = int(margin_mm * dpi / 25.4)
    inked = 0
    for row in range(height):
        line = pixels[row * width : (row + 1) * width]
        if row < edge or row >= height - edge:
            inked += sum(1 for v in line if v < 250)
        else:
            inked += sum(1 for v in line[:edge] + line[-edge:] if v < 250)
    return inked


def test_the_two_pages_of_a_side_meet_at_the_fold(tmp_path):
    """An A5 page is half a millimetre narrower than half an A4 sheet: the slack goes to the
    fore-edge, and the fold has paint on both sides of it on every side of every sheet."""
    for side in rendered(impose(full_bleed_copy(12)), tmp_path):
        width, height, pixels = side
        middle = pixels[(height // 2) * width : (height // 2 + 1) * width]
        spine = width // 2
        assert all(v < 200 for v in middle[spine - 2 : spine + 2]), "a gap at the fold"


def test_nothing_is_printed_in_the_margin_a_home_printer_cannot_reach(tmp_path):
    sides = rendered(impose(full_bleed_copy(12), creep="2mm"), tmp_path)
    assert len(sides) == 6
    for side in sides:
        assert printed_within(side, 4.5) == 0
        assert printed_within(side, 6) > 0, "the page's paint comes up to the margin"


def test_without_the_home_margin_the_pages_run_to_the_edge(tmp_path):
    """The measure above sees paint at the edge when there is some."""
    sides = rendered(impose(full_bleed_copy(4), home=False), tmp_path)
    assert all(printed_within(side, 4.5) > 0 for side in sides)


def test_the_home_margin_moves_in_with_a_crept_page(tmp_path):
    """On the innermost sheet the pages' fore-edges move in by the creep, and their paint
    stops that much further from the sheet's edge: folded, every sheet's edge of paint lines
    up with the outermost one's."""

    def first_paint(creep: str) -> float:
        """Where the innermost sheet's back first shows paint, from the left, in mm."""
        folder = tmp_path / creep
        folder.mkdir()
        width, height, pixels = rendered(impose(full_bleed_copy(12), creep=creep), folder)[-1]
        row = pixels[(height // 2) * width : (height // 2 + 1) * width]
        return next(i for i, v in enumerate(row) if v < 200) * 25.4 / 100

    assert first_paint("3mm") - first_paint("0mm") == pytest.approx(3, abs=0.3)
