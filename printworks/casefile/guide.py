"""The back cover's folding guide: three small drawings, each filling the box it is given
(x, y, width, height): the outer sheet printed both sides, the stack folded, the booklet
stapled."""

from __future__ import annotations

from .styles import Kit
from .text import Piece, draw_pieces


def _sheet(canv, kit: Kit, x: float, y: float, w: float, h: float) -> None:
    canv.setFillColor(kit.colour("card"))
    canv.setStrokeColor(kit.colour("ink"))
    canv.setLineWidth(kit.zine("guide_line"))
    canv.rect(x, y, w, h, stroke=1, fill=1)


def _fold_line(canv, kit: Kit, x: float, y0: float, y1: float) -> None:
    canv.setStrokeColor(kit.colour("danger"))
    canv.setLineWidth(kit.hairline("dash"))
    canv.setDash(2, 2)
    canv.line(x, y0, x, y1)
    canv.setDash()


def _arrow(canv, kit: Kit, x0: float, x1: float, y: float, lift: float) -> None:
    """A curved arrow from ``x0`` to ``x1`` arching ``lift`` above ``y``, head at ``x1``."""
    canv.setStrokeColor(kit.colour("danger"))
    canv.setFillColor(kit.colour("danger"))
    canv.setLineWidth(kit.zine("guide_line"))
    path = canv.beginPath()
    path.moveTo(x0, y)
    path.curveTo(x0, y + lift, x1, y + lift, x1, y + lift * 0.15)
    canv.drawPath(path, stroke=1, fill=0)
    head = kit.zine("guide_line") * 3
    tip = canv.beginPath()
    tip.moveTo(x1, y)
    tip.lineTo(x1 - head, y + head * 1.6)
    tip.lineTo(x1 + head, y + head * 1.6)
    tip.close()
    canv.drawPath(tip, stroke=0, fill=1)


def _numbered(canv, kit: Kit, x: float, y: float, text: str) -> None:
    size = kit.size("small")
    draw_pieces(
        canv, kit, [Piece(kit.font("display"), text=text)], x, y, size, "ink", align="centre"
    )


def draw_print(
    canv, kit: Kit, x: float, y: float, w: float, h: float, *, outer: tuple[str, str] = ("", "")
) -> None:
    """The outer landscape sheet, its two pages (the back cover, the cover: ``outer``) up,
    turned over on its short edge."""
    sheet_w = w * 0.82
    sheet_h = sheet_w * 0.5
    sx, sy = x + (w - sheet_w) / 2, y + h * 0.08
    _sheet(canv, kit, sx + sheet_w * 0.06, sy + sheet_h * 0.1, sheet_w, sheet_h)  # the back
    _sheet(canv, kit, sx, sy, sheet_w, sheet_h)
    _fold_line(canv, kit, sx + sheet_w / 2, sy, sy + sheet_h)
    _numbered(canv, kit, sx + sheet_w * 0.25, sy + sheet_h * 0.4, outer[0])
    _numbered(canv, kit, sx + sheet_w * 0.75, sy + sheet_h * 0.4, outer[1])
    _arrow(canv, kit, sx + sheet_w, sx, sy + sheet_h * 1.15, h - sheet_h * 1.25 - h * 0.08)


def draw_fold(canv, kit: Kit, x: float, y: float, w: float, h: float) -> None:
    """A stack of sheets, folded in half at the middle."""
    sheet_w = w * 0.78
    sheet_h = sheet_w * 0.5
    sx, sy = x + (w - sheet_w) / 2, y + h * 0.08
    step = sheet_h * 0.08
    for n in range(3, 0, -1):
        _sheet(canv, kit, sx + n * step, sy + n * step, sheet_w, sheet_h)
    _sheet(canv, kit, sx, sy, sheet_w, sheet_h)
    _fold_line(canv, kit, sx + sheet_w / 2, sy - step, sy + sheet_h + 4 * step)
    _arrow(canv, kit, sx + sheet_w * 0.92, sx + sheet_w * 0.12, sy + sheet_h + 4 * step, h * 0.3)


def draw_staple(canv, kit: Kit, x: float, y: float, w: float, h: float) -> None:
    """The folded booklet, stapled twice on its spine."""
    book_h = h * 0.84
    book_w = min(w * 0.5, book_h * 0.72)
    bx, by = x + (w - book_w) / 2, y + h * 0.08
    _sheet(canv, kit, bx + book_w * 0.05, by - book_w * 0.03, book_w, book_h)
    _sheet(canv, kit, bx, by, book_w, book_h)
    canv.setStrokeColor(kit.colour("ink"))
    canv.setLineWidth(kit.stroke("spine"))
    canv.line(bx, by, bx, by + book_h)
    canv.setStrokeColor(kit.colour("danger"))
    canv.setLineWidth(kit.zine("guide_line") * 2)
    for at in (0.25, 0.75):
        canv.line(bx, by + book_h * at - book_h * 0.06, bx, by + book_h * at + book_h * 0.06)
