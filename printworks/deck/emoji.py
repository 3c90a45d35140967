"""Emoji drawn, not typed: a title's emoji as a native shape traced from a bundled face's
outline (Noto Emoji's, by default), so that it shows the same in PowerPoint, in Impress and in
Impress's PDF export, whatever emoji face (or none) the viewer has. Its title reads without it,
and the shape is marked decorative.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import quoteattr

from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls

from printworks.deck import compat
from printworks.deck.style import Rect
from printworks.deck.units import emu

_NS = nsdecls("a", "p")
_VARIATIONS = {0xFE0E, 0xFE0F}  # text or emoji presentation: the outline is the same
_DECORATIVE = (
    '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
    '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative"'
    ' val="1"/></a:ext></a:extLst>'
)


@cache
def _font(path: str):
    from fontTools.ttLib import TTFont

    return TTFont(path, lazy=True)


@cache
def outline(faces: tuple[str, ...], mark: str) -> tuple[str, int, int] | None:
    """The DrawingML path steps of ``mark`` in the first of ``faces`` that has it, with the
    width and height of its box (font units), or None when no face has it."""
    from fontTools.pens.boundsPen import BoundsPen
    from fontTools.pens.recordingPen import DecomposingRecordingPen

    points = [ord(c) for c in mark if ord(c) not in _VARIATIONS]
    if len(points) != 1:
        return None
    for path in faces:
        font = _font(path)
        name = font.getBestCmap().get(points[0])
        if name is None:
            continue
        glyphs = font.getGlyphSet()
        bounds = BoundsPen(glyphs)
        glyphs[name].draw(bounds)
        if bounds.bounds is None:
            continue
        left, bottom, right, top = bounds.bounds
        pen = DecomposingRecordingPen(glyphs)
        glyphs[name].draw(pen)
        return _steps(pen.value, left, top), round(right - left), round(top - bottom)
    return None


def _steps(recorded, left: float, top: float) -> str:
    """A glyph's recorded contours as DrawingML path steps (y downwards, from the box's
    top-left corner)."""
    from fontTools.pens.basePen import decomposeQuadraticSegment

    def at(point) -> str:
        return f'<a:pt x="{round(point[0] - left)}" y="{round(top - point[1])}"/>'

    out = []
    for verb, args in recorded:
        if verb == "moveTo":
            out.append(f"<a:moveTo>{at(args[0])}</a:moveTo>")
        elif verb == "lineTo":
            out.append(f"<a:lnTo>{at(args[0])}</a:lnTo>")
        elif verb == "qCurveTo" and args[-1] is not None:
            for control, end in decomposeQuadraticSegment(args):
                out.append(f"<a:quadBezTo>{at(control)}{at(end)}</a:quadBezTo>")
        elif verb == "curveTo":
            out.append(f"<a:cubicBezTo>{''.join(at(p) for p in args)}</a:cubicBezTo>")
        elif verb == "closePath":
            out.append("<a:close/>")
    return "".join(out)


def draw(slide, faces: tuple[str, ...], mark: str, room: Rect, colour: str) -> bool:
    """Draw ``mark`` as a filled shape of ``colour``, as large as fits ``room`` and centred in
    it, on top of ``slide``; False (nothing drawn) when no face has it."""
    traced = outline(faces, mark)
    if traced is None:
        return False
    steps, width, height = traced
    scale = min(room.width / width, room.height / height)
    shown = Rect(
        room.left + (room.width - width * scale) / 2,
        room.top + (room.height - height * scale) / 2,
        width * scale,
        height * scale,
    )
    shape_id = compat.next_shape_id(slide)
    xml = (
        f'<p:sp {_NS}><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(f"Emoji {mark}")}>'
        f"{_DECORATIVE}</p:cNvPr><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>"
        f'<a:xfrm><a:off x="{emu(shown.left)}" y="{emu(shown.top)}"/>'
        f'<a:ext cx="{emu(shown.width)}" cy="{emu(shown.height)}"/></a:xfrm>'
        '<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>'
        f'<a:pathLst><a:path w="{width}" h="{height}">{steps}</a:path></a:pathLst></a:custGeom>'
        f'<a:solidFill><a:srgbClr val="{colour.upper()}"/></a:solidFill><a:ln><a:noFill/></a:ln>'
        "</p:spPr></p:sp>"
    )
    tree = slide.shapes.element
    element = parse_xml(xml)
    if len(tree) and tree[-1].tag.endswith("}extLst"):
        tree[-1].addprevious(element)
    else:
        tree.append(element)
    return True
