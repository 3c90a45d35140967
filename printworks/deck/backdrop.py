"""What is behind a place on a slide, and text made to read on it.

A slide's text is set in the theme's colours, but what a run stands on depends on where the
kind put it: the slide's background, a card, a banner, a chip. The backdrop is worked out from
what the slide has painted so far (its layout's background and ornaments, then its own shapes
in order); a run whose colour would read below 4.5:1 on it (WCAG AA) is taken toward black or
white, in its own hue, until it reads.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from printworks.deck.contrast import GRAPHIC, TEXT, mix, ratio
from printworks.deck.fit import Para
from printworks.deck.style import Rect
from printworks.deck.units import EMU_PER_PT

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_EVERYWHERE = (-1e9, -1e9, 1e9, 1e9)

Layer = tuple[tuple[float, float, float, float], tuple[tuple[str, float], ...]]


@lru_cache(maxsize=4096)
def legible(colour: str, behind: tuple[str, ...], least: float = TEXT) -> str:
    """``colour``, or the nearest shade or tint of it that reads at ``least``:1 on every one
    of the colours ``behind`` it."""
    if not behind or min(ratio(colour, b) for b in behind) >= least:
        return colour
    best = colour
    for toward in ("000000", "FFFFFF"):
        for step in range(1, 51):
            shade = mix(colour, toward, step / 50)
            if min(ratio(shade, b) for b in behind) >= least:
                if best == colour or _distance(shade, colour) < _distance(best, colour):
                    best = shade
                break
    return best


def _distance(one: str, other: str) -> int:
    return sum(abs(int(one[i : i + 2], 16) - int(other[i : i + 2], 16)) for i in (0, 2, 4))


def readable(paras: tuple[Para, ...], ink: str | None, behind: tuple[str, ...]):
    """``paras`` and their default ``ink``, each colour made to read on ``behind``."""
    if not behind:
        return paras, ink
    out = []
    for para in paras:
        spans = tuple(_readable(s, behind) for s in para.spans)
        out.append(para if spans == para.spans else replace(para, spans=spans))
    return tuple(out), (legible(ink, behind) if ink else ink)


def _readable(span, behind: tuple[str, ...]):
    """A span made to read on ``behind``: its letters at 4.5:1, a redaction's bar at 3:1."""
    if span.highlight:
        bar = legible(span.highlight, behind, GRAPHIC)
        return span if bar == span.highlight else replace(span, colour=bar, highlight=bar)
    if not span.colour:
        return span
    colour = legible(span.colour, behind)
    return span if colour == span.colour else replace(span, colour=colour)


def _colours(fill) -> tuple[tuple[str, float], ...]:
    if fill is None:
        return ()
    out = []
    for srgb in fill.iter(f"{_A}srgbClr"):
        alpha = srgb.find(f"{_A}alpha")
        out.append(
            (srgb.get("val").upper(), int(alpha.get("val")) / 100000 if alpha is not None else 1.0)
        )
    return tuple(out)


def _fill(props):
    if props is None:
        return None
    for child in props:
        if child.tag in (f"{_A}solidFill", f"{_A}gradFill"):
            return child
    return None


_SP = f"{_P}sp"
_SP_PR = f"{_P}spPr"
_XFRM = f"{_A}xfrm"
_FILLS = frozenset((f"{_A}solidFill", f"{_A}gradFill"))
_NO_FILLS = frozenset((f"{_A}noFill", f"{_A}ln"))


def _layer(element) -> Layer | None:
    """Where a shape element paints, and in what, or None when it paints no fill (looked at
    child by child: a deck asks this of every shape it draws)."""
    props = element[1] if len(element) > 1 else None
    if props is None or props.tag != _SP_PR:
        return None
    xfrm = fill = None
    for child in props:
        tag = child.tag
        if tag == _XFRM:
            xfrm = child
        elif tag in _FILLS:
            fill = child
            break
        elif tag in _NO_FILLS:
            return None
    if fill is None or xfrm is None:
        return None
    off, ext = xfrm[0], xfrm[1]
    x, y = int(off.get("x")) / EMU_PER_PT, int(off.get("y")) / EMU_PER_PT
    right = x + int(ext.get("cx")) / EMU_PER_PT
    return (x, y, right, y + int(ext.get("cy")) / EMU_PER_PT), _colours(fill)


def base(layout) -> list[Layer]:
    """A layout's background (its master's when it has none) and its ornaments, bottom first."""
    layers: list[Layer] = []
    for part in (layout, layout.slide_master):
        props = part.element.find(f"{_P}cSld/{_P}bg/{_P}bgPr")
        if props is not None:
            layers.append((_EVERYWHERE, _colours(_fill(props))))
            break
    else:
        layers.append((_EVERYWHERE, (("FFFFFF", 1.0),)))
    for element in layout.shapes.element.iter(f"{_P}sp"):
        if element.find(f"{_P}nvSpPr/{_P}nvPr/{_P}ph") is None:
            layer = _layer(element)
            if layer:
                layers.append(layer)
    return layers


class Backdrop:
    """What a slide has painted so far, asked what is behind a box."""

    def __init__(self, slide, layers: list[Layer]):
        self._tree = slide.shapes.element
        self._seen = len(self._tree)
        self._layers = list(layers)

    def _catch_up(self) -> None:
        tree = self._tree
        count = len(tree)
        if count > self._seen:
            for element in tree[self._seen :]:
                shapes = (element,) if element.tag == _SP else element.iter(_SP)
                for shape in shapes:
                    layer = _layer(shape)
                    if layer:
                        self._layers.append(layer)
        self._seen = count

    def behind(self, rect: Rect) -> tuple[str, ...]:
        """The colours behind the middle of ``rect`` (several where a gradient is)."""
        self._catch_up()
        x, y = rect.centre
        least = 0.3 * max(1.0, rect.width * rect.height)  # a layer smaller is a detail on it
        layers = self._layers
        for index in range(len(layers) - 1, 0, -1):
            (left, top, right, bottom), colours = layers[index]
            if (
                left <= x <= right
                and top <= y <= bottom
                and (right - left) * (bottom - top) >= least
            ):
                return self._opaque(index, colours)
        (left, top, right, bottom), colours = layers[0]  # the background, of any size
        return self._opaque(0, colours) if left <= x <= right and top <= y <= bottom else ()

    def _opaque(self, index: int, colours) -> tuple[str, ...]:
        out: list[str] = []
        for colour, alpha in colours:
            if alpha >= 0.999 or index == 0:
                out.append(colour)
                continue
            box = self._layers[index][0]
            below = Rect(box[0], box[1], box[2] - box[0], box[3] - box[1])
            under = self._below(index, below)
            out += [mix(u, colour, alpha) for u in under] or [colour]
        return tuple(dict.fromkeys(out))

    def _below(self, index: int, rect: Rect) -> tuple[str, ...]:
        x, y = rect.centre
        for below in range(index - 1, -1, -1):
            box, colours = self._layers[below]
            if box[0] <= x <= box[2] and box[1] <= y <= box[3]:
                return self._opaque(below, colours)
        return ()
