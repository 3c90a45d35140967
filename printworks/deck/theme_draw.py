"""Drawing a theme's layouts (see :mod:`.theme_build`): colour expressions resolved against
the theme, fills and effects as DrawingML, and the shapes of a ``build:`` section's lists."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.util import Emu

from printworks import units
from printworks.deck import theme_spec as spec
from printworks.deck.contrast import mix

EMU_PER_PT = 12700
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
# the Office mark of a decorative shape: a screen reader skips the layouts' ornaments
DECORATIVE = etree.fromstring(
    f'<a:extLst xmlns:a="{A}"><a:ext uri="{{C183D7F6-B498-43B3-948B-1728B52AA6E4}}">'
    '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative"'
    ' val="1"/></a:ext></a:extLst>'
)


def emu(value: str | float) -> Emu:
    """A length (``"0.5in"``) or a number of points, in EMUs."""
    points = units.points(value) if isinstance(value, str) else value
    return Emu(round(points * EMU_PER_PT))


def resolver(theme) -> Callable[[str], str]:
    """A function giving the six hex digits a colour expression means in ``theme``."""
    colours = theme.colours.model_dump()
    lists = {"series": theme.series, "sticky": theme.sticky}

    def ref(name: str) -> str:
        if name.startswith("#"):
            return name[1:].upper()
        if "[" in name:
            key, index = name.rstrip("]").split("[")
            return lists[key][int(index)]
        return colours[name]

    def resolve(expression: str) -> str:
        parsed = spec.parse(expression)
        if parsed[0] != "mix":
            return ref(parsed[0])
        return mix(ref(parsed[1]), ref(parsed[2]), float(parsed[3]))

    return resolve


# --- fills and effects, as DrawingML ---------------------------------------------------------
def gradient(fill: spec.Gradient, colour: Callable[[str], str]):
    """A gradient fill's ``a:gradFill``."""
    if fill.ramp:
        last = len(fill.ramp) - 1
        stops = [(100 * i / last, c, 100) for i, c in enumerate(fill.ramp)]
    else:
        stops = fill.stops
    grad = etree.Element(qn("a:gradFill"), rotWithShape="1")
    listed = etree.SubElement(grad, qn("a:gsLst"))
    for position, expression, opacity in stops:
        stop = etree.SubElement(listed, qn("a:gs"), pos=str(round(position * 1000)))
        stop.append(_shade(colour(expression), opacity))
    if fill.radial:
        path = etree.SubElement(grad, qn("a:path"), path="circle")
        middle = {side: "50000" for side in ("l", "t", "r", "b")}
        etree.SubElement(path, qn("a:fillToRect"), **middle)
    else:
        etree.SubElement(grad, qn("a:lin"), ang=str(round(fill.angle * 60000)), scaled="0")
    return grad


def background(slide_like, fill: spec.Fill, colour: Callable[[str], str]) -> None:
    """Give a master or layout its own background: a solid colour or a gradient."""
    slide_like.background.fill.solid()
    if isinstance(fill, str):
        slide_like.background.fill.fore_color.rgb = RGBColor.from_string(colour(fill))
        return
    bg_pr = slide_like.element.cSld.bg.bgPr
    bg_pr.replace(bg_pr[0], gradient(fill, colour))


_SP_PR_ORDER = [
    qn(f"a:{tag}")
    for tag in (
        *("xfrm", "custGeom", "prstGeom"),
        *("noFill", "solidFill", "gradFill", "blipFill", "pattFill", "grpFill"),
        *("ln", "effectLst", "effectDag", "scene3d", "sp3d", "extLst"),
    )
]
_FILLS = {qn(f"a:{t}") for t in ("noFill", "solidFill", "gradFill", "blipFill", "pattFill")}


def _sp_pr_put(made, element) -> None:
    """Put ``element`` into the shape's spPr where the schema wants it, replacing its kind."""
    sp_pr = made.element.spPr
    for child in list(sp_pr):
        if child.tag == element.tag or (element.tag in _FILLS and child.tag in _FILLS):
            sp_pr.remove(child)
    rank = _SP_PR_ORDER.index(element.tag)
    for index, child in enumerate(sp_pr):
        if _SP_PR_ORDER.index(child.tag) > rank:
            sp_pr.insert(index, element)
            return
    sp_pr.append(element)


def _shade(colour: str, opacity: float):
    srgb = etree.Element(qn("a:srgbClr"), val=colour)
    if opacity < 100:
        etree.SubElement(srgb, qn("a:alpha"), val=str(round(opacity * 1000)))
    return srgb


def _effects(made, item, colour: Callable[[str], str]) -> None:
    """Glow, an outer shadow and soft edges, in the order DrawingML requires."""
    glow, shadow, soft = item.glow, getattr(item, "shadow", None), getattr(item, "soft", None)
    if not (glow or shadow or soft):
        return
    lst = etree.Element(qn("a:effectLst"))
    if glow:
        expression, radius, opacity = glow
        element = etree.SubElement(lst, qn("a:glow"), rad=str(emu(radius)))
        element.append(_shade(colour(expression), opacity))
    if shadow:
        opacity, blur, distance = shadow
        attributes = {"blurRad": str(emu(blur)), "dist": str(emu(distance)), "dir": "2700000"}
        element = etree.SubElement(
            lst, qn("a:outerShdw"), **attributes, algn="tl", rotWithShape="0"
        )
        element.append(_shade("000000", opacity))
    if soft:
        etree.SubElement(lst, qn("a:softEdge"), rad=str(emu(soft)))
    _sp_pr_put(made, lst)


def _bevel(made, width: str, height: str) -> None:
    """A bevelled top face (DrawingML 3-D: drawn by PowerPoint; Impress shows the flat fill)."""
    scene = etree.Element(qn("a:scene3d"))
    etree.SubElement(scene, qn("a:camera"), prst="orthographicFront")
    etree.SubElement(scene, qn("a:lightRig"), rig="threePt", dir="t")
    _sp_pr_put(made, scene)
    sp3d = etree.Element(qn("a:sp3d"))
    etree.SubElement(sp3d, qn("a:bevelT"), w=str(emu(width)), h=str(emu(height)), prst="circle")
    _sp_pr_put(made, sp3d)


def _no_style(made) -> None:
    """Drop the shape's theme style: its theme shadow is drawn by some viewers regardless."""
    style = made.element.find(qn("p:style"))
    if style is not None:
        made.element.remove(style)


# --- shapes ----------------------------------------------------------------------------------
def _shape(shapes, item: spec.Shape, colour: Callable[[str], str]):
    left, top, width, height = (emu(v) for v in item.box)
    made = shapes.add_shape(MSO_SHAPE[item.shape.upper()], left, top, width, height)
    made.line.fill.background()
    made.fill.solid()
    solid = colour(item.fill) if isinstance(item.fill, str) else "000000"
    made.fill.fore_color.rgb = RGBColor.from_string(solid)
    _no_style(made)
    transparency = round(100 - item.opacity)
    if transparency:
        srgb = made.element.spPr.find(".//" + qn("a:srgbClr"))
        etree.SubElement(srgb, qn("a:alpha"), val=str((100 - transparency) * 1000))
    if item.fill is None:
        made.fill.background()
    elif isinstance(item.fill, spec.Gradient):
        _sp_pr_put(made, gradient(item.fill, colour))
    if item.line:
        made.line.color.rgb = RGBColor.from_string(colour(item.line))
        made.line.width = emu(item.line_width)
    for index, value in enumerate(item.adjust):
        made.adjustments[index] = value
    if item.rotation:
        made.rotation = item.rotation
    if item.name:
        made.name = item.name
    _effects(made, item, colour)
    if item.margin:
        made.text_frame.margin_left = made.text_frame.margin_right = emu(item.margin)
    if item.text:
        _label(made, item.text, colour)
    if item.bevel:
        _bevel(made, *item.bevel)
    return made


def _label(made, label: spec.Label, colour: Callable[[str], str]) -> None:
    frame = made.text_frame
    frame.word_wrap = True
    run = frame.paragraphs[0].add_run()
    run.text = label.text
    run.font.size = emu(label.size)
    run.font.bold = label.bold
    run.font.color.rgb = RGBColor.from_string(colour(label.colour))
    made.element.txBody.find(".//" + qn("a:rPr")).get_or_add_latin().set("typeface", "+mj-lt")


def _line(shapes, item: spec.Line, colour: Callable[[str], str]):
    (x1, y1), (x2, y2) = item.line
    made = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, emu(x1), emu(y1), emu(x2), emu(y2))
    _no_style(made)
    made.line.color.rgb = RGBColor.from_string(colour(item.colour))
    made.line.width = emu(item.width)
    if item.opacity < 100:
        srgb = made.element.spPr.find(qn("a:ln")).find(".//" + qn("a:srgbClr"))
        etree.SubElement(srgb, qn("a:alpha"), val=str(round(item.opacity * 1000)))
    return made


def _path(shapes, item: spec.Path, colour: Callable[[str], str]):
    first, *rest = [(emu(x), emu(y)) for x, y in item.path]
    builder = shapes.build_freeform(*first, scale=1.0)
    builder.add_line_segments(rest, close=False)
    made = builder.convert_to_shape()
    _no_style(made)
    made.fill.background()
    made.line.color.rgb = RGBColor.from_string(colour(item.colour))
    made.line.width = emu(item.width)
    _effects(made, item, colour)
    return made


def draw(shapes, ornaments: list[spec.Ornament], colour: Callable[[str], str]) -> None:
    """Draw a layout's ornaments, in order, on ``shapes``."""
    for item in ornaments:
        if isinstance(item, spec.Shape):
            _shape(shapes, item, colour)
        elif isinstance(item, spec.Line):
            _line(shapes, item, colour)
        else:
            _path(shapes, item, colour)
