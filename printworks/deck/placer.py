"""The shape placer: native shapes, cards and boxes of fitted text on the slide being made,
in points and in the theme's colours; and text put into the layout's placeholders."""

from __future__ import annotations

from typing import Any

from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from printworks.deck import lettering, shapes
from printworks.deck.fit import Para
from printworks.deck.fitter import TextFitter
from printworks.deck.overflow import Page
from printworks.deck.style import Rect, Theme

_DML = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_XFRM, _OFF, _EXT = f"{_DML}xfrm", f"{_DML}off", f"{_DML}ext"
_PML = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_PH = f"{_PML}nvPr/{_PML}ph"  # a placeholder's mark, in the first child of its element

_SHAPED_TEXT = {
    "chevron": lambda r: Rect(
        r.left + r.height * 0.5, r.top, max(8.0, r.width - r.height), r.height
    ),
    "pentagon": lambda r: Rect(r.left, r.top, max(8.0, r.width - r.height * 0.5), r.height),
    "oval": lambda r: r.inset(r.width * 0.15, r.height * 0.15),
}


class Placer:
    """What a slide kind draws with, on the last of ``pages`` (the slide being made)."""

    def __init__(self, theme: Theme, fitter: TextFitter, pages: list[Page], holder_rects: dict):
        self.theme = theme
        self.fitter = fitter
        self.pages = pages
        self._holder_rects = holder_rects  # the template's, filled in as placeholders are met

    def text(
        self,
        slide,
        rect: Rect,
        content: Para | tuple[Para, ...],
        size: str = "body",
        *,
        colour: str | None = None,
        anchor: str = "top",
        fill: str | None = None,
        line: str | None = None,
        kind: str = "rect",
        top: float | None = None,
        name: str | None = None,
        titles: bool = False,
    ):
        """A box of fitted text; what does not fit continues on a following slide; with
        ``titles``, measured and set in the face the theme sets titles in."""
        paras = (content,) if isinstance(content, Para) else tuple(content)
        if kind in _SHAPED_TEXT:
            # such shapes keep text in a smaller rectangle of their own; write over their middle
            shapes.box(slide, rect, kind, fill, line, name=name)
            rect, fill, line = _SHAPED_TEXT[kind](rect), None, None
        fitter, page = self.fitter.titles if titles else self.fitter, self.pages[-1]
        fitted = fitter.fit(page, rect, paras, size, top)
        fitted, ink = fitter.readable(fitted, colour or self.theme.colour("ink"), rect, page, fill)
        text = lettering.Lettering(fitted, fitter.measure, fitter.family, ink, anchor)
        if fill or line:
            return shapes.box(slide, rect, kind, fill, line, name=name, text=text)
        return shapes.textbox(slide, rect, name, text)

    def lettering(self, fitted, ink: str | None, anchor: str) -> lettering.Lettering:
        """``fitted`` text set in the theme's family and ``ink``."""
        return lettering.Lettering(fitted, self.fitter.measure, self.theme.font.family, ink, anchor)

    def card(self, slide, rect: Rect, accent: str | None = None, fill: str | None = None):
        """A card as the theme draws cards, with an accent rule down its left side."""
        cards = self.theme.cards
        panel = shapes.box(
            slide,
            rect,
            cards.kind,
            fill=fill or self.theme.colour("panel"),
            bevel=cards.bevel,
            shadow=cards.shadow,
        )
        if accent:
            shapes.box(slide, Rect(rect.left, rect.top, 4, rect.height), "rect", fill=accent)
        return panel

    def fill(self, holder, paras: tuple[Para, ...], size: str, colour: str, anchor: str) -> None:
        """Put fitted text into a placeholder of the layout, measured in its own box."""
        fitter, page = self.fitter, self.pages[-1]
        rect = self.holder_rect(holder)
        fitted, colour = fitter.readable(fitter.fit(page, rect, paras, size), colour, rect, page)
        lettering.write(holder, fitted, fitter.measure, self.theme.font.family, colour, anchor)

    def holder_rect(self, holder) -> Rect:
        """Where a placeholder sits; one that inherits its place is looked up once a template."""
        if holder.element.spPr.find(_XFRM) is not None:
            return placeholder_rect(holder)
        key = (holder.part.part_related_by(RT.SLIDE_LAYOUT).partname, _placeholder_idx(holder))
        if key not in self._holder_rects:
            self._holder_rects[key] = placeholder_rect(holder)
        return self._holder_rects[key]


class Group:
    """A ``with`` block that groups what is drawn on ``slide`` in it, as one described thing."""

    def __init__(self, slide, describe: str):
        self.slide, self.describe = slide, describe

    def __enter__(self) -> Group:
        self.start = len(self.slide.shapes.element)
        return self

    def __exit__(self, kind, *_exc: Any) -> None:
        if kind is None:
            shapes.group(self.slide, self.start, self.describe)


def _placeholder_idx(holder) -> int:
    """``holder.placeholder_format.idx``, found without python-pptx's XPath query: the index
    on the placeholder's p:ph mark (0 when it states none)."""
    mark = holder.element[0].find(_PH)
    return int(mark.get("idx", "0"))


def placeholder_rect(holder) -> Rect:
    """Where a placeholder sits (inherited from its layout when the slide does not say)."""
    return Rect(
        holder.left / shapes.EMU_PER_PT,
        holder.top / shapes.EMU_PER_PT,
        holder.width / shapes.EMU_PER_PT,
        holder.height / shapes.EMU_PER_PT,
    )


def resize(holder, rect: Rect) -> None:
    """Move and size placeholder ``holder`` to ``rect``: the transform python-pptx's
    ``left``, ``top``, ``width`` and ``height`` setters write, one after another, written at
    once (each setter finds or adds the transform and its point anew)."""
    if rect.width < 0 or rect.height < 0:
        raise ValueError(f"a placeholder cannot be {rect.width} by {rect.height} points")
    properties = holder.element.spPr
    xfrm = properties.find(_XFRM)
    if xfrm is None:  # first in the shape's properties, where python-pptx puts it
        xfrm = properties.makeelement(_XFRM)
        properties.insert(0, xfrm)
    point = xfrm.find(_OFF)
    if point is None:
        point = xfrm.makeelement(_OFF)
        xfrm.insert(0, point)
    point.set("x", str(shapes.emu(rect.left)))
    point.set("y", str(shapes.emu(rect.top)))
    extent = xfrm.find(_EXT)
    if extent is None:
        extent = xfrm.makeelement(_EXT)
        point.addnext(extent)
    extent.set("cx", str(shapes.emu(rect.width)))
    extent.set("cy", str(shapes.emu(rect.height)))
