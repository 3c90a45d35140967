"""Page furniture: the paper, the classification banners, the running head and page numbers.

:class:`Furniture` holds the two page callbacks of a document: ``paper`` runs before a page's
flow is drawn, ``overlay`` after it. Which role a page belongs to is told by a
:class:`RunningHead` flowable in the story: pages from the next one on belong to that role
(the document notes it as it passes, and each page takes it up as it begins), so one document
may hold many roles, and each page's head is drawn first, in reading order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.platypus import Flowable

from printworks import templating
from printworks.markup import BLOCK, Text
from printworks.output import pdf_date

from .styles import Kit
from .text import Piece, draw_pieces, fit, line_pieces, pieces_width


@dataclass(frozen=True)
class Running:
    """What the running head of a page shows: the case number, the role title, the file."""

    case_number: str
    title: Text
    file_record: str


class RunningHead(Flowable):
    """Invisible: from the next page on, pages belong to this role's case file (None: to no
    role). First in a story, it is the first page's too."""

    def __init__(self, running: Running | None):
        super().__init__()
        self.running = running
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self) -> None:
        """Nothing to draw: the document reads ``running`` as this flowable passes."""


class Furniture:
    """The page callbacks of a case file.

    ``paper`` draws under a page's flow as the page begins; ``overlay`` draws over it as the
    page ends; ``plain`` is the paper alone, under a designed page. The page number, which
    names the total, is a form the canvas writes once the total is known (see
    :class:`~printworks.casefile.document.FormCanvas`). Everything is drawn in the trimmed
    page's coordinates; what reaches the edge runs on into the bleed, if there is one.
    ``facing``: the pages are a booklet's, right-hand (odd) and left-hand (even) in turn, and
    the binding side (holes, inner margin, the folio's opposite) is the spine's.
    """

    def __init__(self, kit: Kit, *, facing: bool = False):
        self.kit = kit
        self.facing = facing
        self._date = pdf_date(kit.date)

    def _pdf_date(self, *_ignored: int) -> str:
        return self._date

    def spine_on_right(self, page: int) -> bool:
        """Whether page ``page``'s binding side is its right (a booklet's left-hand page)."""
        return self.facing and page % 2 == 0

    def _ground(self, canv) -> None:
        """The paper, to the edge of the bleed."""
        kit = self.kit
        width, height = kit.page_size
        bleed = kit.bleed
        canv.setDateFormatter(self._pdf_date)
        canv.translate(bleed, bleed)
        canv.setFillColor(kit.colour("paper"))
        canv.rect(-bleed, -bleed, width + 2 * bleed, height + 2 * bleed, stroke=0, fill=1)

    def plain(self, canv, doc) -> None:
        """Under a designed page: the paper only."""
        doc.running = doc.next_running
        canv.saveState()
        self._ground(canv)
        canv.restoreState()

    # before the flow: paper and punch holes
    def paper(self, canv, doc) -> None:
        kit = self.kit
        width, height = kit.page_size
        bleed = kit.bleed
        doc.running = doc.next_running  # the role this page belongs to
        canv.saveState()
        self._ground(canv)
        on_right = self.spine_on_right(canv.getPageNumber())
        # a darker edge on the binding side, where the file has been held and punched
        edge = kit.figure("paper_edge")
        canv.setFillColor(kit.colour("paper_edge"))
        x = width - edge if on_right else -bleed
        canv.rect(x, -bleed, edge + bleed, height + 2 * bleed, stroke=0, fill=1)
        canv.setFillColor(kit.colour("hole"))
        radius = kit.figure("punch_hole")
        inset = kit.figure("punch_inset")
        x = width - inset if on_right else inset
        for fraction in (0.3, 0.7):
            canv.circle(x, height * fraction, radius, stroke=0, fill=1)
        # the top of the page is drawn first, so its text is read (and copied) first
        inset, band = kit.space("banner_inset"), kit.space("banner_height")
        self._banner(canv, inset, height - inset - band, width - 2 * inset, band)
        self._head(canv, canv.getPageNumber(), doc.running)
        canv.restoreState()

    def _head(self, canv, page: int, running: Running | None) -> None:
        """The running head of ``page``: the case number and title of the role it belongs to."""
        kit = self.kit
        size = kit.size("furniture")
        head_y = self._head_y()
        left, right, outer, inner, outer_align, inner_align = self._sides(page)
        strong = kit.font("strong")
        canv.setStrokeColor(kit.colour("rule"))
        canv.setLineWidth(kit.hairline("rule"))
        canv.line(left, head_y - size * 0.6, right, head_y - size * 0.6)
        if running is None:
            return
        case = [Piece(strong, text=f"{kit.words.case_label} {running.case_number}")]
        case_width = draw_pieces(canv, kit, case, inner, head_y, size, "ink", align=inner_align)
        room = right - left - case_width - kit.figure("head_gap")
        title = fit(kit, line_pieces(kit, running.title, "body", upper=True), size, room)
        draw_pieces(canv, kit, title, outer, head_y, size, "muted", align=outer_align)

    def _head_y(self) -> float:
        kit = self.kit
        height = kit.page_size[1]
        inset, band = kit.space("banner_inset"), kit.space("banner_height")
        return height - inset - band - kit.space("banner_gap") - kit.size("furniture")

    def _sides(self, page: int) -> tuple[float, float, float, float, str, str]:
        """The flow's left and right edges on ``page``; its outer and inner edges (the page
        number on the outer side, the file record on the binding side) and their aligns."""
        left_margin, right_margin = self.kit.side_margins(page, self.facing)
        left, right = left_margin, self.kit.page_size[0] - right_margin
        if self.spine_on_right(page):
            return left, right, left, right, "left", "right"
        return left, right, right, left, "right", "left"

    # after the flow: the bottom banner, the file record, page X of Y
    def overlay(self, canv, doc) -> None:
        kit = self.kit
        width = kit.page_size[0]
        inset = kit.space("banner_inset")
        band = kit.space("banner_height")
        page = canv.getPageNumber()
        running = doc.running
        canv.saveState()
        canv.translate(kit.bleed, kit.bleed)
        size = kit.size("furniture")
        left, right, outer, inner, outer_align, inner_align = self._sides(page)
        foot_y = inset + band + kit.space("banner_gap") + size * 0.35
        strong = kit.font("strong")
        canv.setStrokeColor(kit.colour("rule"))
        canv.setLineWidth(kit.hairline("rule"))
        canv.line(left, foot_y + size * 1.1, right, foot_y + size * 1.1)

        def folio(canv, total: int) -> None:
            text = templating.words(kit.words.page, page=page, total=total)
            pieces = [Piece(strong, text=text)]
            draw_pieces(canv, kit, pieces, outer, foot_y, size, "ink", align=outer_align)

        # the room the number takes, with the total not yet known: as wide as three digits
        widest = templating.words(kit.words.page, page=page, total=999)
        page_width = pieces_width([Piece(strong, text=widest)], size)
        if running:
            gap = kit.figure("head_gap")
            record = line_pieces(kit, running.file_record, "body")
            record = fit(kit, record, size, right - left - page_width - gap)
            draw_pieces(canv, kit, record, inner, foot_y, size, "muted", align=inner_align)
        canv.later(f"pw-folio-{page}", folio)
        self._banner(canv, inset, inset, width - 2 * inset, band)
        canv.restoreState()

    def _banner(self, canv, x: float, y: float, width: float, height: float) -> None:
        kit = self.kit
        canv.saveState()  # the banner's letter-spacing must not leak into later text
        canv.setFillColor(kit.colour("banner"))
        canv.rect(x, y, width, height, stroke=0, fill=1)
        size = kit.size("banner")
        text = kit.words.banner
        pieces = line_pieces(kit, text, "display")
        spacing = kit.space("banner_tracking")
        natural = pieces_width(pieces, size) + spacing * len(text)
        if natural > width * 0.96:
            spacing = 0
        pieces = fit(kit, pieces, size, width * 0.96)
        canv.setFillColor(kit.colour("banner_ink"))
        cursor = x + (width - min(natural, width * 0.96)) / 2
        baseline = y + (height - size * 0.7) / 2
        for piece in pieces:
            canv.setFont(piece.font, size)
            text_object = canv.beginText(cursor, baseline)
            text_object.setCharSpace(spacing)
            text_object.textOut(piece.text)
            canv.drawText(text_object)
            cursor = text_object.getX()
        canv.restoreState()


def draw_stamp(
    canv,
    kit: Kit,
    lines: list[list[Piece]],
    cx: float,
    cy: float,
    width: float,
    *,
    angle: float = 11.0,
    size: float | None = None,
) -> None:
    """A rubber stamp centred on (cx, cy): a double frame and its lines, rotated ``angle``°.

    Lines shrink to fit ``width``; one that is still too long at a legible size is cut with an
    ellipsis (the stamp repeats words printed in full in the body).
    """
    size = size or kit.size("stamp")
    pad = kit.figure("stamp_pad")
    inner = width - 2 * pad
    sizes = []
    for line in lines:
        natural = pieces_width(line, size) or 1
        # a hair under the exact fit, so that rounding never tips a fitted line into a cut
        sizes.append(max(min(size, size * inner / natural * 0.999), size * 0.55))
    fitted = [fit(kit, line, s, inner) for line, s in zip(lines, sizes, strict=True)]
    height = sum(s * 1.25 for s in sizes) + pad
    canv.saveState()
    canv.translate(cx, cy)
    canv.rotate(angle)
    begin_actual_text(canv, " ".join(pieces_text(line) for line in fitted))
    colour = kit.colour("stamp")
    canv.setStrokeColor(colour)
    canv.setLineWidth(kit.stroke("stamp_outer"))
    corner = kit.figure("stamp_corner")
    canv.roundRect(-width / 2, -height / 2, width, height, corner, stroke=1, fill=0)
    canv.setLineWidth(kit.stroke("stamp_inner"))
    inset = kit.figure("stamp_inset")
    canv.roundRect(
        -width / 2 + inset,
        -height / 2 + inset,
        width - 2 * inset,
        height - 2 * inset,
        kit.figure("stamp_corner_inner"),
        stroke=1,
        fill=0,
    )
    y = height / 2 - kit.figure("stamp_baseline")
    for line, s in zip(fitted, sizes, strict=True):
        y -= s * 1.02
        draw_pieces(canv, kit, line, 0, y, s, "stamp", align="centre")
        y -= s * 0.23
    end_actual_text(canv)
    canv.restoreState()


def pieces_text(pieces: list[Piece]) -> str:
    """What ``pieces`` read as: their text, a redaction bar as one block a cell."""
    return "".join(p.text or BLOCK * p.cells for p in pieces)


def begin_actual_text(canv, text: str) -> None:
    """Start a run of drawing that reads as ``text`` when its words are extracted or copied.

    Rotated words (a stamp at 11°) come out of a text extractor letter by letter, in the
    order of their heights; marked as one span with its actual text, they copy as they read.
    """
    encoded = ("\ufeff" + text).encode("utf-16-be").hex().upper()
    canv.addLiteral(f"/Span <</ActualText <{encoded}>>> BDC")


def end_actual_text(canv) -> None:
    canv.addLiteral("EMC")


def stamp_extent(width: float, height: float, angle: float) -> tuple[float, float]:
    """The width and height a ``width``×``height`` box covers once rotated by ``angle``°."""
    a = math.radians(angle)
    return (
        abs(width * math.cos(a)) + abs(height * math.sin(a)),
        abs(width * math.sin(a)) + abs(height * math.cos(a)),
    )
