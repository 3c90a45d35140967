"""Booklet imposition: the reader's pages, reordered and placed two up for saddle stitching.

The reader's copy is read page after page (A5, say). The printer's copy holds, for each sheet
of paper, its front side and then its back side: landscape pages twice the reader's size, each
with two reader's pages side by side. Printed duplex, flipped on the short edge, stacked in
order, folded in the middle and stapled on the fold, the sheets read 1, 2, 3 ... again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from io import BytesIO
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

from printworks import units
from printworks.errors import RenderError
from printworks.forms import Named, NonNegativeLength, not_negative
from printworks.pdfx import PdfX
from printworks.pypdf_compat import add_object, forget_parsed, set_identifier

# ---------------------------------------------------------------------------------------------
# Page order (pure)


class Side(NamedTuple):
    """One side of a sheet: the reader's page on its left half and on its right half."""

    left: int | None
    right: int | None


class Sheet(NamedTuple):
    """One sheet of paper: its front side, then its back side."""

    front: Side
    back: Side


def booklet_order(pages: int) -> list[Sheet]:
    """The sheets of a saddle-stitched booklet of ``pages`` reader's pages, in printing order.

    Sheet 1 is the outermost (it carries the covers); pages count from 1, ``None`` is a blank.
    Eight pages give ``[((8, 1), (2, 7)), ((6, 3), (4, 5))]``.

    Blanks: a booklet's pages come in fours, so the reader's copy is padded with blank pages.
    They go just before the reader's last page, so that the back cover stays on the back and the
    blanks fall inside, facing the inner side of that cover. A single page stays the front cover.

    Duplex: the back side is meant to be printed flipped on the short edge. Each side is a
    landscape page; its short edges are its left and right edges, so turning the sheet over on
    a short edge is turning it like a book's leaf, about a vertical axis. The back then comes up
    the right way round, with no rotation, and each half of the back lies behind the *other*
    half of the front: behind the front's right page (1) is the back's left page (2), behind the
    front's left page (8) the back's right page (7). (Flipped on the long edge, the back would
    come up upside down and would need turning through 180°.)
    """
    if pages < 1:
        raise ValueError(f"a booklet needs at least one page, not {pages}")
    total = -(-pages // 4) * 4
    blanks: list[int | None] = [None] * (total - pages)
    reading = [1, *blanks] if pages == 1 else [*range(1, pages), *blanks, pages]

    def at(position: int) -> int | None:
        return reading[position - 1]

    sheets = []
    for k in range(total // 4):
        outer, inner = 2 * k + 1, total - 2 * k
        front = Side(left=at(inner), right=at(outer))
        back = Side(left=at(outer + 1), right=at(inner - 1))
        sheets.append(Sheet(front, back))
    return sheets


# ---------------------------------------------------------------------------------------------
# Lengths and the layout


def points(length: str) -> float:
    """A length of the imposition (never negative), in points."""
    return units.points(not_negative(length))


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SheetSize(_Model):
    """A printer's sheet, landscape."""

    width: NonNegativeLength
    height: NonNegativeLength

    @model_validator(mode="after")
    def _landscape(self) -> SheetSize:
        if points(self.width) <= points(self.height):
            raise ValueError("a sheet is given landscape: width greater than height")
        return self


class Marks(_Model):
    """Crop and fold marks: their size, their gap to the page, and the printer's bare edge."""

    length: NonNegativeLength
    offset: NonNegativeLength
    weight: NonNegativeLength
    sheet_margin: NonNegativeLength


class Press(_Model):
    """The print shop's edition: how far backgrounds run past the trim, the room around the
    bleed for crop marks on each page's larger sheet, and the PDF/X it conforms to."""

    bleed: NonNegativeLength
    slug: NonNegativeLength
    pdfx: PdfX


SheetName = Literal["a4", "letter"]


class Sheets(Named, _Model):
    """The printer's sheets a booklet is printed on."""

    a4: SheetSize
    letter: SheetSize


class SheetFor(_Model):
    """For each of the zine's page sizes, the sheet that folds in half to it."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    a5: SheetName
    half_letter: SheetName = Field(alias="half-letter")


class Imposition(_Model):
    """layouts/imposition.yaml: the sheets, the paper (for creep), the marks, the press."""

    sheets: Sheets
    sheet_for: SheetFor
    paper_thickness: NonNegativeLength
    marks: Marks
    press: Press


def sheets_for(pages: int) -> int:
    """How many sheets a saddle-stitched booklet of ``pages`` reader's pages takes."""
    return -(-pages // 4)


def creep_for(layout: Imposition, pages: int) -> float:
    """The creep, in points, of a booklet of ``pages`` pages on the layout's paper.

    Each sheet folded around the ones inside it pushes them out at the fore-edge by about the
    paper's thickness: the innermost of n sheets stands out by (n - 1) thicknesses.
    """
    return max(sheets_for(pages) - 1, 0) * points(layout.paper_thickness)


def sheet_for(layout: Imposition, page_size: str) -> str:
    """The sheet that folds to the reader's ``page_size``: ``"a5"`` -> ``"a4"``."""
    key = page_size.replace("-", "_")
    if key not in SheetFor.model_fields:
        raise RenderError(f"no sheet is set for page size {page_size!r}")
    return getattr(layout.sheet_for, key)


# ---------------------------------------------------------------------------------------------
# Placing pages on sheets

Half = Literal["left", "right"]
Box = tuple[float, float, float, float]  # left, bottom, right, top, in points


class _Frame(NamedTuple):
    """The sheet, in points."""

    width: float
    height: float

    @property
    def spine(self) -> float:
        return self.width / 2

    def cell(self, half: Half) -> Box:
        """The half of the sheet that ``half`` is (the fold runs between the two)."""
        return (
            (0, 0, self.spine, self.height)
            if half == "left"
            else (self.spine, 0, self.width, self.height)
        )

    def place(self, half: Half, size: tuple[float, float], shift: float) -> tuple[Box, float]:
        """Where a page of ``size`` goes in ``half``, and its scale.

        A page larger than the half-sheet is scaled down to fit; it is never enlarged, and
        never scaled for marks. Its spine edge lies on the fold, so the two pages of a side
        meet there with no gap (an A5 page is 148 mm, half an A4 sheet 148.5 mm: the slack
        goes to the fore-edge, where the sheet is trimmed or left); it is centred from top to
        bottom. Then ``shift`` (creep) moves it toward the spine.
        """
        width, height = size
        scale = min(1.0, self.spine / width, self.height / height)
        w, h = width * scale, height * scale
        bottom = (self.height - h) / 2
        left = self.spine - w + shift if half == "left" else self.spine - shift
        return (left, bottom, left + w, bottom + h), scale

    def safe(self, half: Half, margin: float, shift: float) -> Box:
        """What of ``half`` a home printer prints: ``margin`` clear of the sheet's top,
        bottom and outer edges (and, on a crept sheet, of its page's fore-edge, moved in with
        it), up to the fold."""
        top = self.height - margin
        if half == "left":
            return (margin + shift, margin, self.spine, top)
        return (self.spine, margin, self.width - margin - shift, top)


def read_pages(pdf: bytes) -> tuple[list[PageObject], PdfReader]:
    """The reader's copy's pages, each upright (a /Rotate is applied to its content)."""
    try:
        reader = PdfReader(BytesIO(pdf))
        pages = list(reader.pages)
        if any(page.rotation % 360 for page in pages):
            # pypdf rewrites a page's contents only in a writer: a scratch one will do
            pages = list(PdfWriter(clone_from=reader).pages)
            for page in pages:
                if page.rotation % 360:
                    page.transfer_rotation_to_content()
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise RenderError(
            f"cannot impose: the reader's copy is not a readable PDF: {exc}"
        ) from None
    if not pages:
        raise RenderError("cannot impose: the reader's copy has no pages")
    return pages, reader


def trim_box(page: PageObject) -> Box:
    box = page.trimbox
    if box.width <= 0 or box.height <= 0:
        raise RenderError("cannot impose: the reader's copy has a page with no area")
    return float(box.left), float(box.bottom), float(box.right), float(box.top)


def page_form(
    writer: PdfWriter,
    page: PageObject,
    trim: Box,
    rewrite: Callable[[bytes, PdfReader], bytes] | None = None,
) -> IndirectObject:
    """``page`` as a form XObject in ``writer``: drawn by reference, its content never parsed
    (unless ``rewrite`` is given: then its content is what ``rewrite`` makes of it).

    A single content stream is copied as it is, still compressed; links and notes are left
    behind, since they mean nothing on a printer's sheet. What the page's reader parsed so far
    is let go: every caller makes a form of each page once, and reads it no more.
    """
    contents = page.get("/Contents")
    raw = contents.get_object() if contents is not None else None
    if rewrite is not None:
        form = DecodedStreamObject()
        data = page.get_contents().get_data() if raw is not None else b""
        form.set_data(rewrite(data, page.pdf))
        form = form.flate_encode()
    elif isinstance(raw, StreamObject):
        form = raw.clone(writer, force_duplicate=True)
    else:
        form = DecodedStreamObject()
        form.set_data(page.get_contents().get_data() if raw is not None else b"")
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in trim)
    resources = page.get("/Resources")
    if resources is not None:
        form[NameObject("/Resources")] = resources.get_object().clone(writer)
    reference = getattr(form, "indirect_reference", None)
    reference = reference if reference is not None else add_object(writer, form)
    if isinstance(page.pdf, PdfReader):  # made a form once: what was parsed for it is let go
        forget_parsed(page.pdf)
    return reference


def _within(box: Box, cell: Box) -> Box:
    """What of ``box`` shows in ``cell``."""
    return (max(box[0], cell[0]), max(box[1], cell[1]), min(box[2], cell[2]), min(box[3], cell[3]))


def _put(name: str, trim: Box, box: Box, scale: float, cell: Box) -> str:
    """Operators that draw form ``name`` (page area ``trim``) scaled into ``box``, clipped to
    what of it shows in ``cell``."""
    show = _within(box, cell)
    x, y = box[0] - trim[0] * scale, box[1] - trim[1] * scale
    return (
        f"q {show[0]:.3f} {show[1]:.3f} {show[2] - show[0]:.3f} {show[3] - show[1]:.3f} re W n "
        f"{scale:.5f} 0 0 {scale:.5f} {x:.3f} {y:.3f} cm {name} Do Q"
    )


def _marks(frame: _Frame, placed: dict[Half, Box], shift: float, marks: Marks) -> list[str]:
    """Fold marks on the spine, and trim marks where creep has the fore-edge trimmed, each
    drawn inward from the bare edge a printer leaves, over the pages' top and bottom margins.

    The pages fill the sheet, so nothing can go outside them: the marks are short ticks in
    the margin the page keeps anyway (its banner is inset further than they reach).
    """
    length, edge = points(marks.length), points(marks.sheet_margin)
    top, bottom = frame.height - edge, edge
    ticks = [(top, top - length), (bottom, bottom + length)]
    dashed = [f"{frame.spine:.2f} {a:.2f} m {frame.spine:.2f} {b:.2f} l S" for a, b in ticks]
    solid = []
    if shift > 0:  # this sheet stands out at the fore-edge: trimmed flush, it is cut at the
        # edge of what it prints (its pages, or the home margin), which the creep moved in by
        # as much
        for half, (left, _, right, _) in placed.items():
            x = left if half == "left" else right
            solid += [f"{x:.2f} {a:.2f} m {x:.2f} {b:.2f} l S" for a, b in ticks]
    return [*solid, "[2 1.5] 0 d", *dashed]


def impose(
    pdf: bytes,
    layout: Imposition,
    *,
    sheet: str = "a4",
    creep: str | None = None,
    crop_marks: bool = False,
    home: bool = True,
) -> bytes:
    """The printer's copy of the reader's copy ``pdf``: a saddle-stitched booklet's sheets.

    Each side of each sheet (``sheet``: a key of layouts/imposition.yaml, ``"a4"`` or
    ``"letter"``) is one landscape page holding two reader's pages in :func:`booklet_order`:
    front, back, front, back... Print it duplex, flipped on the short edge.

    ``creep`` (a length; default: :func:`creep_for` the sheet count, from the layout's paper
    thickness) is how far the innermost sheet's pages move toward the spine. Folded, the
    sheets nest: each outer sheet wraps around the ones inside it, so the inner sheets stick
    out at the fore-edge, and trimming the booklet flush cuts the most from the innermost.
    Moving their content toward the spine by as much keeps the outer margins even. Sheet k of
    n (0 the outermost) moves ``creep * k / (n - 1)``; content pushed past the fold is cut off
    there.

    ``crop_marks`` draws dashed fold marks on the spine, above and below, and trim marks on
    each crept page's fore-edge, in the sheet's printable margin. The pages keep their size:
    marks never scale them (the print shop's edition, :func:`printworks.press.press`, puts
    marks outside the trim on a larger sheet).

    ``home`` (the default) keeps every page clear of the bare edge a home printer leaves
    (the layout's ``marks.sheet_margin``) at the sheet's top, bottom and outer edges: what
    runs to the page's edge (the paper's tint, a cover's band) stops there in one straight
    line, the same on every sheet, rather than wherever the printer gives up. The pages keep
    their size; only what lies in that margin is left out. ``home=False`` prints to the
    sheet's edge, for a printer that can.

    The output is deterministic and keeps only the Title, Author, Subject and Keywords of the
    reader's copy.
    """
    if sheet not in layout.sheets:
        known = ", ".join(layout.sheets.names())
        raise RenderError(f"unknown sheet {sheet!r}: choose from {known}")
    marks = layout.marks
    size = layout.sheets[sheet]
    frame = _Frame(points(size.width), points(size.height))
    margin = points(marks.sheet_margin)

    pages, reader = read_pages(pdf)
    try:
        creep_pt = points(creep) if creep is not None else creep_for(layout, len(pages))
    except ValueError as exc:
        raise RenderError(f"creep: {exc}") from None
    trims = [trim_box(page) for page in pages]
    order = booklet_order(len(pages))
    writer = PdfWriter()
    writer.pdf_header = reader.pdf_header
    forms: dict[int, IndirectObject] = {}
    for k, paper in enumerate(order):
        shift = creep_pt * k / (len(order) - 1) if len(order) > 1 else 0.0
        for side in paper:
            out = writer.add_blank_page(frame.width, frame.height)
            placed: dict[Half, Box] = {}
            operators: list[str] = []
            used = DictionaryObject()
            for half, number in (("left", side.left), ("right", side.right)):
                trim = trims[number - 1] if number else trims[0]
                box, scale = frame.place(half, (trim[2] - trim[0], trim[3] - trim[1]), shift)
                cell = frame.safe(half, margin, shift) if home else frame.cell(half)
                placed[half] = _within(box, cell)
                if number:
                    if number not in forms:
                        forms[number] = page_form(writer, pages[number - 1], trim)
                    name = f"/P{number}"
                    used[NameObject(name)] = forms[number]
                    operators.append(_put(name, trim, box, scale, cell))
            if crop_marks:
                weight = points(marks.weight)
                operators += [f"{weight:.2f} w 0 G 0 J", *_marks(frame, placed, shift, marks)]
            content = DecodedStreamObject()
            content.set_data("\n".join(operators).encode() + b"\n")
            out[NameObject("/Contents")] = add_object(writer, content.flate_encode())
            out[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): used})
    return write_pdf(writer, reader, pdf, repr((sheet, creep_pt, crop_marks, home)))


def write_pdf(
    writer: PdfWriter,
    source: PdfReader,
    pdf: bytes,
    options: str,
    declare: Callable[[PdfWriter], None] | None = None,
) -> bytes:
    """The writer's bytes, with only the reader's descriptive metadata (then whatever
    ``declare`` adds) and an /ID that is a hash of what went in."""
    kept = {}
    info = source.metadata
    for key in ("/Title", "/Author", "/Subject", "/Keywords"):
        if info and info.get(key):
            kept[key] = str(info[key])
    writer.metadata = kept
    if declare is not None:
        declare(writer)
    # a file identifier made from what went in, so the same input gives the same bytes
    set_identifier(writer, hashlib.sha256(pdf + options.encode()).digest())
    final = BytesIO()
    writer.write(final)
    return final.getvalue()
