"""Build deck themes: each ``layouts/deck/themes/<name>/template.pptx`` from its ``theme.yaml``.

    python tools/make_theme.py               # every theme
    python tools/make_theme.py agile startup # only these

A template is the master, the colour and font scheme, and three named layouts (Cover, Content,
Statement) that the deck renderer builds on: it finds each layout by name, puts text into the
title (and subtitle or body) placeholder, and draws everything else itself in the frames named
in theme.yaml. The result is committed, so a user may restyle it in PowerPoint or Impress and
re-render. Building is deterministic: the same theme.yaml gives the same bytes on every run.

What a theme looks like beyond its colours (backgrounds, the shapes on each layout) is a
``Recipe`` below, one per theme; its decoration takes its colours from the theme's roles,
``series`` and ``sticky`` (and tints and shades of them), so recolouring theme.yaml recolours
the decoration too.
"""

from __future__ import annotations

import copy
import io
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
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


# --- the template ----------------------------------------------------------------------------
def _theme(prs, style: dict, scheme_name: str) -> None:
    """Recolour the theme and set both theme fonts to the deck's family."""
    part = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    ns = {"a": A}
    colours = style["colours"]
    # dk1/lt1 hold the darker and lighter of ink and paper; a dark theme maps its
    # background to dk1 (below), as PowerPoint's own dark themes do
    light, dark = colours["paper"], colours["ink"]
    if luminance(light) < luminance(dark):
        light, dark = dark, light
    scheme = {
        "dk1": dark,
        "lt1": light,
        "dk2": colours["dark"],
        "lt2": colours["panel"],
        "accent1": colours["accent"],
        "accent2": colours["dark"],
        "accent3": colours["good"],
        "accent4": colours["warn"],
        "accent5": colours["bad"],
        "accent6": colours["muted"],
        "hlink": colours["accent"],
        "folHlink": colours["muted"],
    }
    clr = root.find(".//a:clrScheme", ns)
    clr.set("name", scheme_name)
    for name, hex_value in scheme.items():
        slot = clr.find(f"a:{name}", ns)
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, qn("a:srgbClr"), val=hex_value)
    family = style["font"]["family"]
    for latin in root.findall(".//a:fontScheme/*/a:latin", ns):
        latin.set("typeface", family)
    root.find(".//a:fontScheme", ns).set("name", family)
    root.set("name", scheme_name)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if light == colours["ink"]:
        clr_map = prs.slide_master._element.find(qn("p:clrMap"))
        clr_map.set("bg1", "dk1")
        clr_map.set("tx1", "lt1")
        clr_map.set("bg2", "dk2")
        clr_map.set("tx2", "lt2")


def _list_style(shape, size: float, colour: str, bold: bool, align: str, anchor: str) -> None:
    """Give a layout placeholder its default text look, as PowerPoint stores it."""
    body = shape.text_frame._txBody
    body_pr = body.find(qn("a:bodyPr"))
    body_pr.set("anchor", anchor)
    body_pr.set("wrap", "square")
    for side in ("lIns", "rIns", "tIns", "bIns"):
        body_pr.set(side, "0")
    for child in list(body_pr):
        body_pr.remove(child)
    etree.SubElement(body_pr, qn("a:noAutofit"))
    lst = body.find(qn("a:lstStyle"))
    for child in list(lst):
        lst.remove(child)
    lvl = etree.SubElement(lst, qn("a:lvl1pPr"), algn=align)
    spacing = etree.SubElement(lvl, qn("a:lnSpc"))
    etree.SubElement(spacing, qn("a:spcPct"), val="100000")
    etree.SubElement(lvl, qn("a:buNone"))
    rpr = etree.SubElement(lvl, qn("a:defRPr"), sz=str(round(size * 100)), b=str(int(bold)))
    fill = etree.SubElement(rpr, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr"), val=colour)
    etree.SubElement(rpr, qn("a:latin"), typeface="+mj-lt")


def _latin(shape, typeface: str) -> None:
    """Name ``typeface`` for a placeholder's default text."""
    shape.text_frame._txBody.find(".//" + qn("a:latin")).set("typeface", typeface)


def _place(shape, box: dict) -> None:
    shape.left, shape.top = emu(box["left"]), emu(box["top"])
    shape.width, shape.height = emu(box["width"]), emu(box["height"])


FURNITURE = {"DATE": "footer_left", "FOOTER": "footer_centre", "SLIDE_NUMBER": "footer_right"}


def _keep_only(layout, kinds: set[str]) -> None:
    """Keep the placeholders of ``kinds`` and the footer placeholders (date, footer, number)."""
    for shape in list(layout.placeholders):
        if shape.placeholder_format.type.name not in kinds | FURNITURE.keys():
            shape._element.getparent().remove(shape._element)


def _text_holders(layout) -> list:
    """A layout's placeholders but its footers, in their order."""
    return [s for s in layout.placeholders if s.placeholder_format.type.name not in FURNITURE]


def _furniture(slide_like, theme: dict, colour: str) -> None:
    """Place a master's or layout's date, footer and slide-number placeholders in the theme's
    footer frames, in its footer size: the deck fills them (the date one with its marking),
    so that PowerPoint's Header & Footer and a screen reader know them for what they are."""
    size = pt(theme["type"]["footer"]["max"])
    aligns = {"DATE": "l", "FOOTER": "ctr", "SLIDE_NUMBER": "r"}
    for shape in slide_like.placeholders:
        kind = shape.placeholder_format.type.name
        if kind in FURNITURE:
            _place(shape, theme["frame"][FURNITURE[kind]])
            _list_style(shape, size, colour, kind != "FOOTER", aligns[kind], "ctr")
            _latin(shape, "+mn-lt")


def _decorate(prs, layout, draw, painter: bool) -> None:
    """Add plain shapes to ``layout``: drawn on a scratch slide, then moved onto the layout,
    behind its placeholders. In painter's order the first shape drawn is the backmost;
    otherwise each shape goes behind the ones drawn before it."""
    scratch = prs.slides.add_slide(prs.slide_layouts.get_by_name("Blank"))
    draw(scratch.shapes)
    tree = layout.shapes._spTree
    next_id = max(int(e.get("id")) for e in tree.iter(qn("p:cNvPr"))) + 1
    drawn = scratch.shapes._spTree.iterchildren(qn("p:sp"), qn("p:cxnSp"))
    for index, sp in enumerate(drawn):
        moved = copy.deepcopy(sp)
        props = moved.find(".//" + qn("p:cNvPr"))
        props.set("id", str(next_id))
        props.append(copy.deepcopy(DECORATIVE))
        next_id += 1
        # behind the placeholders, which sit at the end of the tree
        tree.insert(2 + index if painter else 2, moved)
    ids = prs.slides._sldIdLst
    for sld_id in list(ids):
        prs.part.drop_rel(sld_id.rId)
        ids.remove(sld_id)


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


def build(theme: dict, recipe: Recipe) -> bytes:
    colours, names, frame = theme["colours"], theme["layouts"], theme["frame"]
    prs = Presentation()
    prs.slide_width, prs.slide_height = emu(theme["slide"]["width"]), emu(theme["slide"]["height"])
    _theme(prs, theme, recipe.scheme)
    backgrounds = recipe.backgrounds(theme)
    _background(prs.slide_master, backgrounds["master"])
    _furniture(prs.slide_master, theme, colours["muted"])
    title_size = pt(theme["type"]["title"]["max"])
    cover_size = pt(theme["type"]["cover_title"]["max"])

    by_name = {layout.name: layout for layout in prs.slide_layouts}
    plans = {
        "Title Slide": names["cover"],
        "Title Only": names["content"],
        "Section Header": names["statement"],
    }
    for old, new in plans.items():
        by_name[old]._element.cSld.set("name", new)

    def decorate(layout, draw: Draw) -> None:
        _decorate(prs, layout, lambda shapes: draw(shapes, theme), recipe.painter)

    cover = by_name["Title Slide"]
    _background(cover, backgrounds["cover"])
    _keep_only(cover, {"CENTER_TITLE", "SUBTITLE"})
    title, subtitle = _text_holders(cover)
    _place(title, frame["cover_title"])
    _list_style(title, cover_size, colours["on_dark"], True, "l", "b")
    _place(subtitle, frame["cover_subtitle"])
    _list_style(subtitle, recipe.subtitle_size, colours["accent"], False, "l", "t")
    _furniture(cover, theme, colours["on_dark"])
    decorate(cover, recipe.cover)

    content = by_name["Title Only"]
    if "content" in backgrounds:
        _background(content, backgrounds["content"])
    _keep_only(content, {"TITLE"})
    (title,) = _text_holders(content)
    _place(title, frame["title"])
    _list_style(title, title_size, colours["strong"], True, "l", "ctr")
    _furniture(content, theme, colours["muted"])
    decorate(content, recipe.content)

    statement = by_name["Section Header"]
    _background(statement, backgrounds["statement"])
    _keep_only(statement, {"TITLE", "BODY"})
    title, body = _text_holders(statement)
    _place(title, frame["statement_title"])
    _list_style(title, recipe.statement_size or cover_size, colours["on_dark"], True, "l", "b")
    _place(body, frame["statement_body"])
    _list_style(body, recipe.statement_body_size, colours["accent"], False, "l", "t")
    _furniture(statement, theme, colours["on_dark"])
    decorate(statement, recipe.statement)

    for layout in list(prs.slide_layouts):
        if layout.name not in plans.values():
            prs.slide_layouts.remove(layout)

    props = prs.core_properties
    props.title, props.author, props.last_modified_by = f"{recipe.scheme} template", "", ""
    props.revision = 1
    props.created = props.modified = datetime(1980, 1, 1)
    buffer = io.BytesIO()
    prs.save(buffer)
    return _fixed_times(buffer.getvalue())


def _fixed_times(data: bytes) -> bytes:
    """The same package with every zip entry dated 1980-01-01, so rebuilding is reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


# === consultancy: navy, chevrons =============================================================
def _consultancy_cover(shapes, theme: dict) -> None:
    colours = theme["colours"]
    _rect(shapes, MSO_SHAPE.RECTANGLE, "0in", "0in", "0.28in", "7.5in", colours["accent"])
    for index, left in enumerate(("8.1in", "9.5in", "10.9in")):
        _rect(
            shapes,
            MSO_SHAPE.CHEVRON,
            left,
            "1.6in",
            "2.2in",
            "4.3in",
            colours["accent"],
            transparency=78 - 18 * index,
        )
    _rect(shapes, MSO_SHAPE.RECTANGLE, "0.9in", "4.05in", "1.2in", "0.06in", colours["good"])


def _consultancy_content(shapes, theme: dict) -> None:
    colours = theme["colours"]
    _rect(shapes, MSO_SHAPE.RECTANGLE, "0in", "0in", "13.333in", "0.1in", colours["dark"])
    _rect(shapes, MSO_SHAPE.RECTANGLE, "0in", "0.1in", "3.2in", "0.04in", colours["accent"])
    _rect(shapes, MSO_SHAPE.RECTANGLE, "0.55in", "6.93in", "12.23in", "0.01in", colours["line"])


def _consultancy_statement(shapes, theme: dict) -> None:
    colours = theme["colours"]
    _rect(shapes, MSO_SHAPE.RECTANGLE, "0in", "7.36in", "13.333in", "0.14in", colours["accent"])
    for index, left in enumerate(("0.1in", "0.75in")):
        _rect(
            shapes,
            MSO_SHAPE.CHEVRON,
            left,
            "0.6in",
            "1.6in",
            "2.6in",
            colours["accent"],
            transparency=80 - 20 * index,
        )


CONSULTANCY = Recipe(
    scheme="Strategic Alignment",
    backgrounds=lambda t: {
        "master": t["colours"]["paper"],
        "cover": t["colours"]["dark"],
        "statement": t["colours"]["dark"],
    },
    cover=_consultancy_cover,
    content=_consultancy_content,
    statement=_consultancy_statement,
    statement_size=44,
    # its shapes have always been stacked each behind the last; kept, so the file stays the same
    painter=False,
)


# === agile: warm paper, sticky notes, tape ==================================================
def _sticky(shapes, theme, box, colour, rotation, label=None):
    """A sticky note with a soft shadow and a strip of tape across its top edge."""
    left, top, width, _ = box
    note = shape(shapes, MSO_SHAPE.RECTANGLE, box, colour, rotation=rotation, name="Sticky Note")
    effects(note, shadow=(22, 6, 3))
    if label:
        note.text_frame.margin_left = note.text_frame.margin_right = emu(8)
        text_on(note, label, theme["colours"]["strong"], 20)
    tape = (left + width / 2 - 0.45, top - 0.12, 0.9, 0.26)
    shape(
        shapes,
        MSO_SHAPE.RECTANGLE,
        tape,
        theme["colours"]["paper"],
        opacity=70,
        rotation=rotation * 1.6 + 2,
        name="Tape",
    )


def _agile_cover(shapes, theme: dict) -> None:
    colours, sticky = theme["colours"], theme["sticky"]
    # a faint board ruled into swim lanes behind the notes
    board = (8.25, 1.15, 4.55, 5.55)
    shape(shapes, MSO_SHAPE.ROUNDED_RECTANGLE, board, colours["paper"], adjust=(0.05,))
    for x in (9.77, 11.29):
        line(shapes, (x, 1.5), (x, 6.45), colours["line"], 1.25)
    notes = [
        ((8.45, 1.55, 1.25, 1.2), sticky[0], -4, "To do"),
        ((9.98, 1.75, 1.25, 1.2), sticky[1], 3, "Doing"),
        ((11.5, 1.5, 1.15, 1.15), sticky[2], -2, "Done?"),
        ((8.5, 3.2, 1.2, 1.2), sticky[3], 2, None),
        ((10.0, 3.45, 1.2, 1.2), sticky[0], -3, None),
        ((8.55, 4.85, 1.2, 1.2), sticky[2], 4, None),
    ]
    for box, colour, rotation, label in notes:
        _sticky(shapes, theme, box, colour, rotation, label)
    # the accent rule under the title, rounded
    shape(
        shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (0.9, 4.02, 1.3, 0.1), colours["accent"], adjust=(0.5,)
    )
    # a few round dots, like magnets on a whiteboard
    for x, colour in ((0.9, sticky[0]), (1.22, sticky[1]), (1.54, sticky[2]), (1.86, sticky[3])):
        shape(
            shapes,
            MSO_SHAPE.OVAL,
            (x, 0.7, 0.2, 0.2),
            colour,
            line=colours["line"],
            line_width=0.75,
        )


def _agile_content(shapes, theme: dict) -> None:
    colours, sticky = theme["colours"], theme["sticky"]
    band = (0.25, 0.18, 12.83, 1.24)
    shape(
        shapes,
        MSO_SHAPE.ROUNDED_RECTANGLE,
        band,
        colours["dark"],
        adjust=(0.28,),
        name="Title Band",
    )
    shape(
        shapes,
        MSO_SHAPE.RECTANGLE,
        (-0.14, 0.06, 0.9, 0.26),
        mix(sticky[1], colours["paper"], 0.25),
        opacity=85,
        rotation=-24,
        name="Tape",
    )
    # a strip of the four note colours along the foot of the slide
    width = 13.333 / 4
    for index, colour in enumerate(sticky):
        shape(shapes, MSO_SHAPE.RECTANGLE, (index * width, 7.38, width, 0.12), colour)


def _agile_statement(shapes, theme: dict) -> None:
    colours, sticky = theme["colours"], theme["sticky"]
    note = (1.35, 1.45, 10.65, 4.6)
    shape(shapes, MSO_SHAPE.RECTANGLE, note, sticky[0], rotation=-1.2, name="Sticky Note")
    effects(shapes[-1], shadow=(25, 10, 5))
    for x, rotation in ((1.2, -30), (11.2, 28)):
        shape(
            shapes,
            MSO_SHAPE.RECTANGLE,
            (x, 1.38, 1.05, 0.3),
            colours["paper"],
            opacity=72,
            rotation=rotation,
            name="Tape",
        )
    for x, colour in ((12.2, sticky[1]), (12.45, sticky[2]), (12.7, sticky[3])):
        shape(
            shapes,
            MSO_SHAPE.OVAL,
            (x, 6.6, 0.18, 0.18),
            colour,
            line=colours["line"],
            line_width=0.75,
        )


AGILE = Recipe(
    scheme="Sprint Zero",
    backgrounds=lambda t: {
        "master": t["colours"]["paper"],
        "cover": t["colours"]["dark"],
        "statement": t["colours"]["dark"],
    },
    cover=_agile_cover,
    content=_agile_content,
    statement=_agile_statement,
)


# === startup: dark gradient, one neon accent, a glowing hockey stick ========================
def _startup_cover(shapes, theme: dict) -> None:
    colours = theme["colours"]
    accent = colours["accent"]
    glow = Gradient(((0, accent, 55), (55, accent, 12), (100, accent, 0)), radial=True)
    blob = shape(shapes, MSO_SHAPE.OVAL, (8.2, -1.2, 6.6, 6.6), glow, name="Glow")
    effects(blob, soft=60)
    # a second, dimmer glow of the same accent, deeper into the dark
    second = mix(accent, colours["dark"], 0.45)
    halo = Gradient(((0, second, 55), (100, second, 0)), radial=True)
    blob = shape(shapes, MSO_SHAPE.OVAL, (9.6, 3.4, 4.6, 4.6), halo, name="Glow")
    effects(blob, soft=50)
    # up and to the right
    curve = [
        (8.4, 5.9),
        (9.3, 5.7),
        (10.1, 5.55),
        (10.8, 5.2),
        (11.35, 4.5),
        (11.8, 3.4),
        (12.2, 2.3),
        (12.45, 1.45),
    ]
    made = path(shapes, curve, accent, 4.5)
    effects(made, glow=(accent, 9, 45))
    shape(shapes, MSO_SHAPE.OVAL, (12.3, 1.3, 0.3, 0.3), accent, name="Dot")
    effects(shapes[-1], glow=(accent, 12, 55))
    shape(shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (0.9, 4.02, 1.6, 0.09), accent, adjust=(0.5,))
    effects(shapes[-1], glow=(accent, 6, 50))


def _startup_content(shapes, theme: dict) -> None:
    colours = theme["colours"]
    accent = colours["accent"]
    shape(shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (0.55, 1.36, 1.4, 0.06), accent, adjust=(0.5,))
    effects(shapes[-1], glow=(accent, 5, 45))
    line(shapes, (1.95, 1.39), (12.78, 1.39), colours["line"], 0.75)
    glow = Gradient(((0, accent, 30), (100, accent, 0)), radial=True)
    blob = shape(shapes, MSO_SHAPE.OVAL, (11.3, -1.3, 3.2, 2.4), glow, name="Glow")
    effects(blob, soft=30)


def _startup_statement(shapes, theme: dict) -> None:
    colours = theme["colours"]
    accent = colours["accent"]
    glow = Gradient(((0, accent, 50), (60, accent, 10), (100, accent, 0)), radial=True)
    blob = shape(shapes, MSO_SHAPE.OVAL, (-2.2, 3.6, 6.4, 6.4), glow, name="Glow")
    effects(blob, soft=60)
    ring = shape(shapes, MSO_SHAPE.DONUT, (11.0, 2.0, 1.7, 1.7), accent, adjust=(0.06,))
    effects(ring, glow=(accent, 10, 45))
    shape(shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (1.8, 4.0, 1.6, 0.09), accent, adjust=(0.5,))
    effects(shapes[-1], glow=(accent, 6, 50))


STARTUP = Recipe(
    scheme="Series A",
    backgrounds=lambda t: {
        "master": ramp(
            mix(t["colours"]["paper"], t["colours"]["dark"], 0.9),
            t["colours"]["paper"],
            mix(t["colours"]["paper"], "000000", 0.35),
            angle=60,
        ),
        "cover": ramp(
            mix(t["colours"]["dark"], t["colours"]["accent"], 0.18),
            t["colours"]["dark"],
            mix(t["colours"]["dark"], "000000", 0.7),
            angle=45,
        ),
        "statement": ramp(
            mix(t["colours"]["dark"], "000000", 0.6),
            t["colours"]["dark"],
            mix(t["colours"]["dark"], t["colours"]["accent"], 0.14),
            angle=315,
        ),
    },
    cover=_startup_cover,
    content=_startup_content,
    statement=_startup_statement,
)


# === enterprise: grey gradients, bevels, a crest and some clip art ==========================
def _crest(shapes, theme: dict, left: float, top: float, size: float) -> None:
    """A crest-like logo box: a bevelled plate holding a shield with a star on it."""
    colours = theme["colours"]
    plate = shape(
        shapes,
        MSO_SHAPE.BEVEL,
        (left, top, size, size),
        ramp("FFFFFF", mix(colours["panel"], colours["line"], 0.9)),
        line=colours["line"],
        line_width=0.75,
        adjust=(0.1,),
        name="Crest",
    )
    effects(plate, shadow=(30, 4, 2))
    inset = size * 0.22
    shield = shape(
        shapes,
        MSO_SHAPE.FLOWCHART_OFFPAGE_CONNECTOR,
        (left + inset, top + inset * 0.85, size - 2 * inset, size - 1.8 * inset),
        ramp(mix(colours["strong"], "FFFFFF", 0.25), colours["strong"]),
        line=colours["warn"],
        line_width=1,
        name="Shield",
    )
    bevel(shield, 3, 1.5)
    star = size * 0.28
    shape(
        shapes,
        MSO_SHAPE.STAR_5_POINT,
        (left + (size - star) / 2, top + size * 0.33, star, star),
        colours["warn"],
        name="Star",
    )


def _globe(shapes, theme: dict, left: float, top: float, size: float) -> None:
    colours = theme["colours"]
    blue = theme["series"][4]
    sea = Gradient(
        ((0, mix(blue, "FFFFFF", 0.65), 100), (100, mix(blue, "000000", 0.35), 100)), radial=True
    )
    globe = shape(
        shapes,
        MSO_SHAPE.OVAL,
        (left, top, size, size),
        sea,
        line=colours["on_dark"],
        line_width=1.25,
        name="Globe",
    )
    effects(globe, shadow=(35, 8, 4))
    for share in (0.62, 0.3):  # meridians
        width = size * share
        shape(
            shapes,
            MSO_SHAPE.OVAL,
            (left + (size - width) / 2, top, width, size),
            None,
            line=colours["on_dark"],
            line_width=1,
            name="Meridian",
        )
    line(shapes, (left + size / 2, top), (left + size / 2, top + size), colours["on_dark"], 1)
    for share in (0.25, 0.5, 0.75):  # parallels, as chords of the circle
        y = top + size * share
        half = size / 2 * (1 - (2 * share - 1) ** 2) ** 0.5
        line(
            shapes, (left + size / 2 - half, y), (left + size / 2 + half, y), colours["on_dark"], 1
        )
    # continents, after a fashion
    green = theme["series"][2]
    shape(
        shapes,
        MSO_SHAPE.CLOUD,
        (left + size * 0.2, top + size * 0.22, size * 0.32, size * 0.26),
        green,
        opacity=85,
    )
    shape(
        shapes,
        MSO_SHAPE.CLOUD,
        (left + size * 0.52, top + size * 0.55, size * 0.26, size * 0.22),
        green,
        opacity=85,
    )


def _sun(shapes, theme: dict, left: float, top: float, size: float) -> None:
    warn = theme["colours"]["warn"]
    rays = Gradient(((0, mix(warn, "FFFFFF", 0.7), 100), (100, warn, 100)), radial=True)
    sun = shape(
        shapes,
        MSO_SHAPE.SUN,
        (left, top, size, size),
        rays,
        line=mix(warn, "000000", 0.25),
        line_width=0.75,
        name="Sun",
    )
    effects(sun, glow=(warn, 8, 35))


def _bulb(shapes, theme: dict, left: float, top: float, size: float) -> None:
    """A light bulb: a glowing glass, a grey screw base, a few rays."""
    colours = theme["colours"]
    warn = colours["warn"]
    glass = Gradient(
        ((0, "FFFFFF", 100), (45, mix(warn, "FFFFFF", 0.55), 100), (100, warn, 100)), radial=True
    )
    bulb = shape(
        shapes,
        MSO_SHAPE.OVAL,
        (left, top, size, size),
        glass,
        line=mix(warn, "000000", 0.3),
        line_width=1,
        name="Bulb",
    )
    effects(bulb, glow=(warn, 10, 40))
    neck = size * 0.42
    metal, edge = colours["line"], mix(colours["muted"], colours["line"], 0.3)
    base = shape(
        shapes,
        MSO_SHAPE.ROUNDED_RECTANGLE,
        (left + (size - neck) / 2, top + size * 0.9, neck, size * 0.36),
        ramp(
            mix(metal, "FFFFFF", 0.85),
            mix(metal, "000000", 0.25),
            mix(metal, "FFFFFF", 0.4),
            angle=0,
        ),
        line=edge,
        line_width=0.75,
        adjust=(0.2,),
        name="Bulb Base",
    )
    bevel(base, 2, 1)
    for k in range(2):
        y = top + size * (1.0 + 0.1 * k)
        line(shapes, (left + (size - neck) / 2, y), (left + (size + neck) / 2, y), edge, 1)
    cx, cy, reach = left + size / 2, top + size / 2, size * 0.62
    for dx, dy in ((0, -1), (0.72, -0.72), (-0.72, -0.72), (1, 0.05), (-1, 0.05)):
        start = (cx + dx * reach, cy + dy * reach)
        end = (cx + dx * reach * 1.3, cy + dy * reach * 1.3)
        line(shapes, start, end, warn, 2.5)


def _silver(theme: dict) -> Gradient:
    panel, line_colour = theme["colours"]["panel"], theme["colours"]["line"]
    return ramp("FFFFFF", mix(panel, line_colour, 0.35), mix(panel, line_colour, 0.8))


def _enterprise_cover(shapes, theme: dict) -> None:
    colours = theme["colours"]
    # a bevelled band along the foot, with the footers on it
    band = shape(
        shapes,
        MSO_SHAPE.RECTANGLE,
        (0, 6.82, 13.333, 0.68),
        ramp(mix(colours["dark"], "FFFFFF", 0.18), mix(colours["dark"], "000000", 0.3)),
        name="Foot Band",
    )
    bevel(band, 4, 2)
    line(shapes, (0, 6.82), (13.333, 6.82), colours["warn"], 2)
    # a clip-art cluster on the right
    _sun(shapes, theme, 10.6, 1.15, 1.75)
    _globe(shapes, theme, 8.7, 2.0, 3.2)
    _bulb(shapes, theme, 11.4, 3.95, 1.05)
    _crest(shapes, theme, 0.9, 0.5, 0.8)
    # the rule under the title: a bevelled gold bar
    rule = shape(
        shapes,
        MSO_SHAPE.RECTANGLE,
        (0.9, 4.03, 2.4, 0.1),
        ramp(mix(colours["warn"], "FFFFFF", 0.4), colours["warn"]),
        name="Rule",
    )
    bevel(rule, 2, 1)


def _enterprise_content(shapes, theme: dict) -> None:
    colours = theme["colours"]
    bar = shape(
        shapes,
        MSO_SHAPE.BEVEL,
        (0.3, 0.14, 12.73, 1.28),
        _silver(theme),
        line=colours["line"],
        line_width=0.75,
        adjust=(0.045,),
        name="Title Bar",
    )
    bevel(bar, 6, 3)
    effects(bar, shadow=(28, 5, 2.5))
    _crest(shapes, theme, 0.5, 0.33, 0.9)
    line(shapes, (0.3, 1.52), (13.03, 1.52), colours["warn"], 1.5)
    line(shapes, (0.55, 6.93), (12.78, 6.93), colours["line"], 0.75)


def _enterprise_statement(shapes, theme: dict) -> None:
    colours = theme["colours"]
    plate = shape(
        shapes,
        MSO_SHAPE.BEVEL,
        (1.45, 1.6, 10.35, 4.35),
        ramp(mix(colours["dark"], "FFFFFF", 0.2), mix(colours["dark"], "FFFFFF", 0.05)),
        line=mix(colours["dark"], "FFFFFF", 0.35),
        line_width=0.75,
        adjust=(0.03,),
        name="Plate",
    )
    bevel(plate, 6, 3)
    effects(plate, shadow=(45, 8, 4))
    _crest(shapes, theme, 0.55, 0.45, 0.8)
    _bulb(shapes, theme, 0.4, 3.2, 0.85)
    band = shape(
        shapes,
        MSO_SHAPE.RECTANGLE,
        (0, 6.82, 13.333, 0.68),
        ramp(mix(colours["dark"], "FFFFFF", 0.18), mix(colours["dark"], "000000", 0.3)),
        name="Foot Band",
    )
    bevel(band, 4, 2)
    line(shapes, (0, 6.82), (13.333, 6.82), colours["warn"], 2)
    for box in ((12.05, 1.75, 0.8, 0.8), (12.35, 2.7, 0.42, 0.42), (11.95, 3.3, 0.3, 0.3)):
        star = shape(
            shapes,
            MSO_SHAPE.STAR_5_POINT,
            box,
            ramp(mix(colours["warn"], "FFFFFF", 0.5), colours["warn"]),
            line=mix(colours["warn"], "000000", 0.25),
            line_width=0.5,
        )
        effects(star, glow=(colours["warn"], 5, 30))


ENTERPRISE = Recipe(
    scheme="Corporate Standard 2003",
    backgrounds=lambda t: {
        "master": ramp("FFFFFF", t["colours"]["paper"], mix(t["colours"]["paper"], "000000", 0.11)),
        "cover": ramp(
            mix(t["colours"]["dark"], "FFFFFF", 0.28),
            t["colours"]["dark"],
            mix(t["colours"]["dark"], "000000", 0.35),
        ),
        "statement": ramp(
            mix(t["colours"]["dark"], "FFFFFF", 0.22),
            t["colours"]["dark"],
            mix(t["colours"]["dark"], "000000", 0.3),
        ),
    },
    cover=_enterprise_cover,
    content=_enterprise_content,
    statement=_enterprise_statement,
)


RECIPES = {
    "consultancy": CONSULTANCY,
    "agile": AGILE,
    "startup": STARTUP,
    "enterprise": ENTERPRISE,
}


KEYS = {
    "name", "description", "template", "slide", "font", "layouts", "colours",
    "series", "sticky", "cards", "fit", "type", "frame",
}  # fmt: skip
COLOURS = {
    "strong", "ink", "muted", "accent", "good", "good_pale", "warn", "warn_pale",
    "bad", "bad_pale", "paper", "dark", "on_dark", "panel", "line", "redaction",
}  # fmt: skip
FRAMES = {
    "title", "eyebrow", "stamp", "body", "footnote", "footer_left", "footer_centre",
    "footer_right", "cover_title", "cover_subtitle", "cover_meta", "statement_title",
    "statement_body",
}  # fmt: skip
SIZES = {"title", "cover_title", "eyebrow", "heading", "body", "footnote", "footer", "big", "hero"}


def contrast(a: str, b: str) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def problems(theme: dict) -> list[str]:
    """What is wrong with a theme.yaml, in words; empty when nothing is."""
    found = []

    def same(what: str, have, want: set[str]) -> None:
        missing, extra = sorted(want - set(have)), sorted(set(have) - want)
        if missing:
            found.append(f"{what}: missing {', '.join(missing)}")
        if extra:
            found.append(f"{what}: unknown {', '.join(extra)}")

    same("keys", theme, KEYS)
    font = theme.get("font", {})
    faces = yaml.safe_load((ROOT / "layouts" / "fonts.yaml").read_text(encoding="utf-8"))["faces"]
    for key in ("regular", "bold", "italic", "bold_italic", "fallback"):
        if key not in font and key != "fallback":
            found.append(f"font: missing {key}")
        elif key in font and font[key] not in faces:
            found.append(f"font {key}: no alias {font[key]!r} in layouts/fonts.yaml")
    same("colours", theme.get("colours", {}), COLOURS)
    same("frame", theme.get("frame", {}), FRAMES)
    same("type", theme.get("type", {}), SIZES)
    hexes = dict(theme.get("colours", {}))
    for key, count in (("series", 6), ("sticky", 4)):
        values = theme.get(key, [])
        if len(values) != count:
            found.append(f"{key}: {count} colours wanted, {len(values)} given")
        hexes.update({f"{key}[{i}]": v for i, v in enumerate(values)})
    for name, value in hexes.items():
        if not (
            isinstance(value, str)
            and len(value) == 6
            and all(c in "0123456789ABCDEFabcdef" for c in value)
        ):
            found.append(f"colour {name}: {value!r} is not six hex digits")
    if found:
        return found
    slide = theme["slide"]
    width, height = pt(slide["width"]), pt(slide["height"])
    for name, box in theme["frame"].items():
        left, top = pt(box["left"]), pt(box["top"])
        right, bottom = left + pt(box["width"]), top + pt(box["height"])
        if min(left, top) < 0 or right > width + 0.5 or bottom > height + 0.5:
            found.append(f"frame {name}: leaves the slide")
    body = theme["frame"]["body"]
    if pt(body["width"]) < 12 * IN or pt(body["height"]) < 4.6 * IN:
        found.append("frame body: smaller than 12in x 4.6in")
    colours = theme["colours"]
    for text, fill in (("ink", "paper"), ("on_dark", "dark")):
        ratio = contrast(colours[text], colours[fill])
        if ratio < 4.5:
            found.append(f"colours: {text} on {fill} is {ratio:.2f}:1, below WCAG AA 4.5:1")
    if theme["cards"].get("kind") not in ("rect", "round"):
        found.append(f"cards: kind {theme['cards'].get('kind')!r} is not rect or round")
    return found


def make(name: str) -> Path:
    """Rebuild the named theme's template from its theme.yaml; the path written."""
    folder = THEMES / name
    theme = yaml.safe_load((folder / "theme.yaml").read_text(encoding="utf-8"))
    wrong = problems(theme)
    if wrong:
        raise SystemExit(f"{folder / 'theme.yaml'}:\n  " + "\n  ".join(wrong))
    target = folder / theme["template"]
    target.write_bytes(build(theme, RECIPES[name]))
    return target


def main(argv: list[str]) -> int:
    names = argv or sorted(p.name for p in THEMES.iterdir() if (p / "theme.yaml").is_file())
    unknown = [n for n in names if n not in RECIPES]
    if unknown:
        print(
            f"make_theme: no recipe for {', '.join(unknown)} (known: {', '.join(RECIPES)})",
            file=sys.stderr,
        )
        return 2
    for name in names:
        print(make(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
