"""Drawing for the theme builder (tools/make_theme.py): lengths, colour arithmetic, fills and
effects as DrawingML, and the shapes a theme's layouts are decorated with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR
from pptx.oxml.ns import qn
from pptx.util import Emu

ROOT = Path(__file__).resolve().parent.parent
THEMES = ROOT / "layouts" / "deck" / "themes"
EMU_PER_PT = 12700
IN = 72.0  # points per inch: decoration is placed in inches, as `x * IN`
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def pt(value: str) -> float:
    units = {"pt": 1.0, "in": 72.0, "mm": 72 / 25.4, "cm": 72 / 2.54}
    for suffix, factor in units.items():
        if value.endswith(suffix):
            return float(value[: -len(suffix)]) * factor
    raise ValueError(f"{value!r} has no unit")


def emu(value: str | float) -> Emu:
    points = pt(value) if isinstance(value, str) else value
    return Emu(round(points * EMU_PER_PT))


# --- colour arithmetic -----------------------------------------------------------------------
def mix(a: str, b: str, share: float) -> str:
    """The colour ``share`` of the way from ``a`` to ``b`` (0: a, 1: b), as six hex digits."""
    pa = [int(a[i : i + 2], 16) for i in (0, 2, 4)]
    pb = [int(b[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(x + (y - x) * share):02X}" for x, y in zip(pa, pb, strict=True))


def luminance(hex_value: str) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(hex_value[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


# --- fills and effects, as DrawingML ---------------------------------------------------------
@dataclass(frozen=True)
class Gradient:
    """A gradient fill: stops as (position %, colour, opacity %), linear at ``angle`` degrees
    (0: left to right, 90: top to bottom) or radial from the middle when ``radial``."""

    stops: tuple[tuple[float, str, float], ...]
    angle: float = 90
    radial: bool = False

    def element(self):
        grad = etree.Element(qn("a:gradFill"), rotWithShape="1")
        stops = etree.SubElement(grad, qn("a:gsLst"))
        for position, colour, opacity in self.stops:
            stop = etree.SubElement(stops, qn("a:gs"), pos=str(round(position * 1000)))
            srgb = etree.SubElement(stop, qn("a:srgbClr"), val=colour)
            if opacity < 100:
                etree.SubElement(srgb, qn("a:alpha"), val=str(round(opacity * 1000)))
        if self.radial:
            path = etree.SubElement(grad, qn("a:path"), path="circle")
            middle = {side: "50000" for side in ("l", "t", "r", "b")}
            etree.SubElement(path, qn("a:fillToRect"), **middle)
        else:
            etree.SubElement(grad, qn("a:lin"), ang=str(round(self.angle * 60000)), scaled="0")
        return grad


def ramp(*colours: str, angle: float = 90) -> Gradient:
    """An opaque linear gradient through ``colours``, evenly spaced."""
    last = len(colours) - 1
    return Gradient(tuple((100 * i / last, c, 100) for i, c in enumerate(colours)), angle)


def _background(slide_like, fill: str | Gradient) -> None:
    """Give a master or layout its own background: a solid colour or a gradient."""
    slide_like.background.fill.solid()
    if isinstance(fill, str):
        slide_like.background.fill.fore_color.rgb = RGBColor.from_string(fill)
        return
    bg_pr = slide_like._element.cSld.bg.bgPr
    bg_pr.replace(bg_pr[0], fill.element())


_SP_PR_ORDER = [
    qn(f"a:{tag}")
    for tag in (
        *("xfrm", "custGeom", "prstGeom"),
        *("noFill", "solidFill", "gradFill", "blipFill", "pattFill", "grpFill"),
        *("ln", "effectLst", "effectDag", "scene3d", "sp3d", "extLst"),
    )
]


def _sp_pr_put(shape, element) -> None:
    """Put ``element`` into the shape's spPr where the schema wants it, replacing its kind."""
    sp_pr = shape._element.spPr
    fills = {qn(f"a:{t}") for t in ("noFill", "solidFill", "gradFill", "blipFill", "pattFill")}
    for child in list(sp_pr):
        if child.tag == element.tag or (element.tag in fills and child.tag in fills):
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


def effects(shape, *, glow=None, shadow=None, soft: float = 0) -> None:
    """Glow (colour, radius pt, opacity %), an outer shadow (opacity %, blur pt, distance pt),
    and soft edges (radius pt), in the order DrawingML requires."""
    lst = etree.Element(qn("a:effectLst"))
    if glow:
        colour, radius, opacity = glow
        element = etree.SubElement(lst, qn("a:glow"), rad=str(emu(radius)))
        element.append(_shade(colour, opacity))
    if shadow:
        opacity, blur, distance = shadow
        element = etree.SubElement(
            lst,
            qn("a:outerShdw"),
            blurRad=str(emu(blur)),
            dist=str(emu(distance)),
            dir="2700000",
            algn="tl",
            rotWithShape="0",
        )
        element.append(_shade("000000", opacity))
    if soft:
        etree.SubElement(lst, qn("a:softEdge"), rad=str(emu(soft)))
    _sp_pr_put(shape, lst)


def bevel(shape, width: float = 5, height: float = 2.5, kind: str = "circle") -> None:
    """A bevelled top face (DrawingML 3-D: drawn by PowerPoint; Impress shows the flat fill)."""
    scene = etree.Element(qn("a:scene3d"))
    etree.SubElement(scene, qn("a:camera"), prst="orthographicFront")
    etree.SubElement(scene, qn("a:lightRig"), rig="threePt", dir="t")
    _sp_pr_put(shape, scene)
    sp3d = etree.Element(qn("a:sp3d"))
    etree.SubElement(sp3d, qn("a:bevelT"), w=str(emu(width)), h=str(emu(height)), prst=kind)
    _sp_pr_put(shape, sp3d)


# --- shapes ----------------------------------------------------------------------------------
def _rect(shapes, kind, left, top, width, height, colour, transparency: int = 0):
    shape = shapes.add_shape(kind, emu(left), emu(top), emu(width), emu(height))
    shape.line.fill.background()
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(colour)
    style = shape._element.find(qn("p:style"))
    if style is not None:  # its theme shadow is drawn by some viewers despite overrides
        shape._element.remove(style)
    if transparency:
        srgb = shape.fill._xPr.find(".//" + qn("a:srgbClr"))
        etree.SubElement(srgb, qn("a:alpha"), val=str((100 - transparency) * 1000))
    return shape


def shape(
    shapes,
    kind,
    box: tuple[float, float, float, float],
    fill: str | Gradient | None,
    *,
    line: str | None = None,
    line_width: float = 1,
    opacity: float = 100,
    rotation: float = 0,
    adjust: tuple[float, ...] = (),
    name: str | None = None,
):
    """A preset shape on ``box`` (left, top, width, height in inches): filled with a colour or
    a gradient, or unfilled (None); outlined when ``line`` is given."""
    left, top, width, height = (v * IN for v in box)
    colour = fill if isinstance(fill, str) else "000000"
    made = _rect(shapes, kind, left, top, width, height, colour, round(100 - opacity))
    if fill is None:
        made.fill.background()
    elif isinstance(fill, Gradient):
        _sp_pr_put(made, fill.element())
    if line:
        made.line.color.rgb = RGBColor.from_string(line)
        made.line.width = emu(line_width)
    for index, value in enumerate(adjust):
        made.adjustments[index] = value
    if rotation:
        made.rotation = rotation
    if name:
        made.name = name
    return made


def text_on(made, text: str, colour: str, size: float, *, bold: bool = True):
    """A short label on a decoration shape, in the theme's heading font."""
    frame = made.text_frame
    frame.word_wrap = True
    paragraph = frame.paragraphs[0]
    run = paragraph.add_run()
    run.text = text
    run.font.size = emu(size)
    run.font.bold = bold
    run.font.color.rgb = RGBColor.from_string(colour)
    latin = run.font._rPr.get_or_add_latin()
    latin.set("typeface", "+mj-lt")
    return made


def line(shapes, start, end, colour: str, width: float, *, opacity: float = 100):
    """A straight line from ``start`` to ``end`` (inches)."""
    (x1, y1), (x2, y2) = start, end
    made = shapes.add_connector(
        MSO_CONNECTOR.STRAIGHT, emu(x1 * IN), emu(y1 * IN), emu(x2 * IN), emu(y2 * IN)
    )
    style = made._element.find(qn("p:style"))
    if style is not None:
        made._element.remove(style)
    made.line.color.rgb = RGBColor.from_string(colour)
    made.line.width = emu(width)
    if opacity < 100:
        srgb = made.line._ln.find(".//" + qn("a:srgbClr"))
        etree.SubElement(srgb, qn("a:alpha"), val=str(round(opacity * 1000)))
    return made


def path(shapes, points, colour: str, width: float, *, closed=False, fill=None):
    """A freeform through ``points`` (inches): a stroke, or a filled outline when ``fill``."""
    first, *rest = [(round(x * IN * EMU_PER_PT), round(y * IN * EMU_PER_PT)) for x, y in points]
    builder = shapes.build_freeform(*first, scale=1.0)
    builder.add_line_segments(rest, close=closed)
    made = builder.convert_to_shape()
    style = made._element.find(qn("p:style"))
    if style is not None:
        made._element.remove(style)
    if fill:
        made.fill.solid()
        made.fill.fore_color.rgb = RGBColor.from_string(fill)
    else:
        made.fill.background()
    made.line.color.rgb = RGBColor.from_string(colour)
    made.line.width = emu(width)
    return made


Draw = Callable[[object, dict], None]  # (shapes, theme) -> None
# the Office mark of a decorative shape: a screen reader skips the layouts' ornaments
DECORATIVE = etree.fromstring(
    f'<a:extLst xmlns:a="{A}"><a:ext uri="{{C183D7F6-B498-43B3-948B-1728B52AA6E4}}">'
    '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative"'
    ' val="1"/></a:ext></a:extLst>'
)


@dataclass(frozen=True)
class Recipe:
    """What a theme is beyond theme.yaml: its name inside the file, its backgrounds, the
    default sizes of its placeholders, and the decoration drawn on each layout."""

    scheme: str  # the theme's name in the file, as PowerPoint's Design tab shows it
    backgrounds: Callable[[dict], dict[str, str | Gradient]]  # master/cover/content/statement
    cover: Draw
    content: Draw
    statement: Draw
    subtitle_size: float = 20
    statement_size: float | None = None  # default: the cover title's largest size
    statement_body_size: float = 18
    painter: bool = True
