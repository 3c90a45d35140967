"""Native shapes on a slide, placed in points: boxes, chevrons, connectors, freeforms, groups.

Their text is set by :mod:`.lettering`; points become EMUs through :mod:`.units`. Shapes and
their text are written as DrawingML directly, the same elements python-pptx's setters would
make (one parse per shape instead of a descriptor walk per attribute): a deck places some
thousand of them.
"""

from __future__ import annotations

from functools import cache
from math import cos, radians, sin
from xml.sax.saxutils import quoteattr

from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls
from pptx.shapes.autoshape import AutoShapeType, Shape
from pptx.shapes.connector import Connector

from printworks.deck import compat
from printworks.deck.lettering import ANCHORS, Lettering, keep_empty_runs, write
from printworks.deck.style import Rect
from printworks.deck.units import EMU_PER_PT, emu

# emu and write are :mod:`.units`' and :mod:`.lettering`'s, named here for the kinds that draw
__all__ = ["KINDS", "box", "connector", "emu", "group", "path", "place", "textbox", "write"]

KINDS = {
    "rect": MSO_SHAPE.RECTANGLE,
    "round": MSO_SHAPE.ROUNDED_RECTANGLE,
    "chevron": MSO_SHAPE.CHEVRON,
    "pentagon": MSO_SHAPE.PENTAGON,
    "oval": MSO_SHAPE.OVAL,
    "trapezoid": MSO_SHAPE.TRAPEZOID,
    "down": MSO_SHAPE.DOWN_ARROW,
    "up": MSO_SHAPE.UP_ARROW,
    "right": MSO_SHAPE.RIGHT_ARROW,
}

_NS = nsdecls("a", "p")
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_EXT_LST = f"{_P}extLst"


@cache
def _geometry(kind: str) -> tuple[str, str]:
    """The preset geometry name of a shape kind, and the base of its default shape name."""
    preset = KINDS.get(kind)
    if preset is None:
        preset = getattr(MSO_SHAPE, kind.upper(), None)
    if preset is None:
        raise ValueError(f"no shape kind {kind!r}: use one of {', '.join(KINDS)} or MSO_SHAPE")
    shape = AutoShapeType(preset)
    return shape.prst, shape.basename


def _fill(colour: str | None, alpha: float = 1.0) -> str:
    if not colour:
        return "<a:noFill/>"
    if alpha < 1.0:
        opacity = f'<a:alpha val="{round(alpha * 100000)}"/>'
        return f'<a:solidFill><a:srgbClr val="{colour.upper()}">{opacity}</a:srgbClr></a:solidFill>'
    return f'<a:solidFill><a:srgbClr val="{colour.upper()}"/></a:solidFill>'


def _xfrm(left: int, top: int, width: int, height: int, flips: str = "") -> str:
    return (
        f'<a:xfrm{flips}><a:off x="{left}" y="{top}"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'
    )


def place(slide, xml: str, proxy):
    """Parse a shape element, add it on top of ``slide``'s shape tree, and return its proxy."""
    element = parse_xml(xml)
    if "<a:t></a:t>" in xml:
        keep_empty_runs(element)
    shapes = slide.shapes
    tree = shapes.element
    if len(tree) and tree[-1].tag == _EXT_LST:  # a tree's extensions stay last
        tree[-1].addprevious(element)
    else:
        tree.append(element)
    return proxy(element, shapes)


def _new_id(slide) -> tuple[int, str]:
    """A fresh shape id on ``slide`` and the number python-pptx gives a new shape's name."""
    shape_id = compat.next_shape_id(slide)
    return shape_id, str(shape_id - 1)


def box(
    slide,
    rect: Rect,
    kind: str = "rect",
    fill: str | None = None,
    line: str | None = None,
    line_width: float = 0.75,
    name: str | None = None,
    text: Lettering | None = None,
    *,
    adjust: dict[str, float] | None = None,
    rotation: float = 0.0,
    flip: str = "",
    alpha: float = 1.0,
    dash: str | None = None,
    bevel: bool = False,
    shadow: bool = False,
    decorative: bool = False,
    descr: str | None = None,
):
    """A native shape; ``fill`` and ``line`` are hex colours, None for none; ``text`` in it.

    ``kind`` is one of :data:`KINDS` or any preset name of python-pptx's ``MSO_SHAPE``
    (``"ISOSCELES_TRIANGLE"``, ``"BLOCK_ARC"``...); ``adjust`` sets its handles (DrawingML
    guide name -> value, e.g. ``{"adj": 25000}``). ``rotation`` is in degrees clockwise,
    ``flip`` holds "h" and/or "v", ``alpha`` is the fill's opacity, ``dash`` a preset dash
    such as "dash" or "sysDot". ``descr`` is its alt text; a shape with neither text nor alt
    text is marked decorative, for a screen reader to skip (what it means is said by the text
    or the described group it belongs to), as is one said to be ``decorative``.

    No theme style reference: its shadow is drawn by some viewers despite overrides.
    """
    prst, basename = _geometry(kind)
    shape_id, number = _new_id(slide)
    guides = ""
    if kind == "round" and not adjust:
        radius = min(0.5, 6 / max(1.0, min(rect.width, rect.height)))
        guides = f'<a:gd name="adj" fmla="val {int(radius * 100000.0)}"/>'
    for guide, value in (adjust or {}).items():
        guides += f'<a:gd name="{guide}" fmla="val {int(value)}"/>'
    if line:
        pattern = f'<a:prstDash val="{dash}"/>' if dash else ""
        outline = f'<a:ln w="{int(line_width * EMU_PER_PT)}">{_fill(line)}{pattern}</a:ln>'
    else:
        outline = "<a:ln><a:noFill/></a:ln>"
    attributes = (f' rot="{int(rotation * 60000)}"' if rotation else "") + "".join(
        f' flip{axis.upper()}="1"' for axis in flip
    )
    effects = ""
    if shadow:
        effects = (
            '<a:effectLst><a:outerShdw blurRad="38100" dist="25400" dir="5400000" '
            'algn="t" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="35000"/>'
            "</a:srgbClr></a:outerShdw></a:effectLst>"
        )
    if bevel:
        effects += (
            '<a:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" '
            'dir="t"/></a:scene3d><a:sp3d><a:bevelT w="38100" h="25400"/></a:sp3d>'
        )
    xml = (
        f"<p:sp {_NS}><p:nvSpPr>"
        f'<p:cNvPr id="{shape_id}" name={quoteattr(name or f"{basename} {number}")}'
        f"{_described(descr, decorative or (not descr and not (text and text.fitted.paras)))}"
        "<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>"
        f"{_xfrm(emu(rect.left), emu(rect.top), emu(rect.width), emu(rect.height), attributes)}"
        f'<a:prstGeom prst="{prst}"><a:avLst>{guides}</a:avLst></a:prstGeom>'
        f"{_fill(fill, alpha)}{outline}{effects}</p:spPr>{_shape_body(text)}</p:sp>"
    )
    return place(slide, xml, Shape)


_DECORATIVE = (
    '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
    '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative"'
    ' val="1"/></a:ext></a:extLst>'
)


def _described(descr: str | None, decorative: bool) -> str:
    """The rest of a cNvPr element: its alt text, or its mark as decorative, then its end."""
    alt = f" descr={quoteattr(descr)}" if descr else ""
    return f"{alt}>{_DECORATIVE}</p:cNvPr>" if decorative else f"{alt}/>"


def mark_decorative(shape) -> None:
    """Mark ``shape`` (already placed) as decorative: screen readers skip it."""
    props = shape.element.find(f".//{_P}cNvPr")
    props.append(parse_xml(f"<a:x {_NS}>{_DECORATIVE}</a:x>")[0])


def describe(shape, descr: str) -> None:
    """Give ``shape`` (already placed: a chart, a picture, a group) its alt text."""
    shape.element.find(f".//{_P}cNvPr").set("descr", descr)


def path(
    slide,
    points: list[tuple[float, float]],
    *,
    line: str | None = None,
    line_width: float = 1.5,
    fill: str | None = None,
    closed: bool = False,
    smooth: bool = False,
    name: str | None = None,
):
    """A freeform through ``points`` (slide points): a polyline, or a smooth curve through them
    (Catmull-Rom, as cubic Béziers) when ``smooth``; closed and filled when asked. Marked
    decorative: what it means is said by the text or the described group it belongs to."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    left, top = min(xs), min(ys)
    width, height = max(max(xs) - left, 1.0), max(max(ys) - top, 1.0)

    def at(x: float, y: float) -> str:
        return f'<a:pt x="{emu(x - left)}" y="{emu(y - top)}"/>'

    steps = [f"<a:moveTo>{at(*points[0])}</a:moveTo>"]
    if smooth and len(points) > 2:
        ends = [points[0], *points, points[-1]]
        for i in range(1, len(ends) - 2):
            p0, p1, p2, p3 = ends[i - 1], ends[i], ends[i + 1], ends[i + 2]
            c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
            c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
            steps.append(f"<a:cubicBezTo>{at(*c1)}{at(*c2)}{at(*p2)}</a:cubicBezTo>")
    else:
        steps += [f"<a:lnTo>{at(*p)}</a:lnTo>" for p in points[1:]]
    if closed:
        steps.append("<a:close/>")
    shape_id, number = _new_id(slide)
    outline = (
        f'<a:ln w="{int(line_width * EMU_PER_PT)}">{_fill(line)}</a:ln>'
        if line
        else "<a:ln><a:noFill/></a:ln>"
    )
    xml = (
        f'<p:sp {_NS}><p:nvSpPr><p:cNvPr id="{shape_id}" '
        f"name={quoteattr(name or f'Freeform {number}')}{_described(None, True)}"
        "<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>"
        f"{_xfrm(emu(left), emu(top), emu(width), emu(height))}"
        '<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>'
        f'<a:pathLst><a:path w="{emu(width)}" h="{emu(height)}">{"".join(steps)}</a:path>'
        f"</a:pathLst></a:custGeom>{_fill(fill)}{outline}</p:spPr>{_shape_body(None)}</p:sp>"
    )
    return place(slide, xml, Shape)


def group(slide, start: int, descr: str, name: str = "Diagram"):
    """Gather every shape added to ``slide`` since its tree held ``start`` elements into one
    group, with the alt text ``descr``: a diagram reads as one thing, in its place."""
    tree = slide.shapes.element
    members = [e for e in list(tree)[start:] if e.tag != _EXT_LST]
    if not members:
        return None
    boxes = [_shown(m.find(".//{*}xfrm")) for m in members]
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
    shape_id, _ = _new_id(slide)
    extent = (
        f'<a:off x="{left}" y="{top}"/><a:ext cx="{right - left}" cy="{bottom - top}"/>'
        f'<a:chOff x="{left}" y="{top}"/><a:chExt cx="{right - left}" cy="{bottom - top}"/>'
    )
    element = parse_xml(
        f'<p:grpSp {_NS}><p:nvGrpSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)} '
        f"descr={quoteattr(descr)}/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
        f"<p:grpSpPr><a:xfrm>{extent}</a:xfrm></p:grpSpPr></p:grpSp>"
    )
    members[0].addprevious(element)
    for member in members:
        element.append(member)
    return element


def _shown(xfrm) -> tuple[int, int, int, int]:
    """The box a shape shows in, as turned by its rotation: left, top, right, bottom in EMU.

    A text box turned a quarter to read upwards is long and thin the other way: its group must
    hold where it shows, not where it would stand unturned (which may be off the slide)."""
    off, ext = xfrm.find(f"{_A}off"), xfrm.find(f"{_A}ext")
    x, y, cx, cy = (int(v) for v in (off.get("x"), off.get("y"), ext.get("cx"), ext.get("cy")))
    turn = radians(int(xfrm.get("rot", "0")) / 60000)
    width = round(abs(cx * cos(turn)) + abs(cy * sin(turn)))
    height = round(abs(cx * sin(turn)) + abs(cy * cos(turn)))
    left, top = x + (cx - width) // 2, y + (cy - height) // 2
    return left, top, left + width, top + height


def _shape_body(text: Lettering | None) -> str:
    empty = '<a:p><a:pPr algn="ctr"/></a:p>'
    if text is None:
        return f'<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/>{empty}</p:txBody>'
    anchor = ANCHORS[text.anchor]
    return (
        f'<p:txBody><a:bodyPr rtlCol="0" anchor="{anchor}" wrap="square" {text.body_props()}>'
        f"<a:noAutofit/></a:bodyPr><a:lstStyle/>{text.xml(empty)}</p:txBody>"
    )


def textbox(slide, rect: Rect, name: str | None = None, text: Lettering | None = None):
    """An unfilled, unlined box for ``text``."""
    shape_id, number = _new_id(slide)
    xml = (
        f"<p:sp {_NS}><p:nvSpPr>"
        f'<p:cNvPr id="{shape_id}" name={quoteattr(name or f"TextBox {number}")}/>'
        '<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>'
        f"{_xfrm(emu(rect.left), emu(rect.top), emu(rect.width), emu(rect.height))}"
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        f"{_textbox_body(text)}</p:sp>"
    )
    return place(slide, xml, Shape)


def _textbox_body(text: Lettering | None) -> str:
    if text is None:
        return (
            '<p:txBody><a:bodyPr wrap="none"><a:spAutoFit/></a:bodyPr><a:lstStyle/><a:p/>'
            "</p:txBody>"
        )
    anchor = ANCHORS[text.anchor]
    return (
        f'<p:txBody><a:bodyPr wrap="square" {text.body_props()} anchor="{anchor}">'
        f"<a:noAutofit/></a:bodyPr><a:lstStyle/>{text.xml('<a:p/>')}</p:txBody>"
    )


def connector(slide, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 1.25):
    """A straight line from (x1, y1) to (x2, y2), marked decorative (what it joins says what
    it means)."""
    begin_x, begin_y, end_x, end_y = emu(x1), emu(y1), emu(x2), emu(y2)
    flips = (' flipH="1"' if begin_x > end_x else "") + (' flipV="1"' if begin_y > end_y else "")
    shape_id, number = _new_id(slide)
    xfrm = _xfrm(
        min(begin_x, end_x),
        min(begin_y, end_y),
        abs(end_x - begin_x),
        abs(end_y - begin_y),
        flips,
    )
    xml = (
        f'<p:cxnSp {_NS}><p:nvCxnSpPr><p:cNvPr id="{shape_id}" name="Connector {number}"'
        f"{_described(None, True)}"
        f"<p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr>{xfrm}"
        '<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
        f'<a:ln w="{int(width * EMU_PER_PT)}">{_fill(colour)}</a:ln></p:spPr></p:cxnSp>'
    )
    return place(slide, xml, Connector)
