"""Build ``template.pptx``: the master, theme and named layouts the deck renderer builds on.

Run it from anywhere: ``python3 layouts/deck/make_template.py``. The result is committed, so a
user may restyle it in PowerPoint or Impress (colours, fonts, the chevrons on the cover) and
re-render; the renderer finds each layout by its name and measures text into whatever title box
the layout has. Colours and the font family come from ``deck.yaml`` beside this script.
"""

from __future__ import annotations

import copy
import io
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Emu

HERE = Path(__file__).resolve().parent
EMU_PER_PT = 12700
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


def _theme(prs, style: dict) -> None:
    """Recolour the theme and set both theme fonts to the deck's family."""
    part = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    ns = {"a": A}
    colours = style["colours"]
    scheme = {
        "dk1": colours["ink"],
        "lt1": colours["paper"],
        "dk2": colours["navy"],
        "lt2": colours["panel"],
        "accent1": colours["accent"],
        "accent2": colours["navy"],
        "accent3": colours["green"],
        "accent4": colours["amber"],
        "accent5": colours["red"],
        "accent6": colours["muted"],
        "hlink": colours["accent"],
        "folHlink": colours["muted"],
    }
    clr = root.find(".//a:clrScheme", ns)
    clr.set("name", "Strategic Alignment")
    for name, hex_value in scheme.items():
        slot = clr.find(f"a:{name}", ns)
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, qn("a:srgbClr"), val=hex_value)
    family = style["font"]["family"]
    for latin in root.findall(".//a:fontScheme/*/a:latin", ns):
        latin.set("typeface", family)
    root.find(".//a:fontScheme", ns).set("name", family)
    root.set("name", "Strategic Alignment")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


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


def _place(shape, box: dict) -> None:
    shape.left, shape.top = emu(box["left"]), emu(box["top"])
    shape.width, shape.height = emu(box["width"]), emu(box["height"])


def _keep_only(layout, kinds: set[str]) -> None:
    for shape in list(layout.placeholders):
        if shape.placeholder_format.type.name not in kinds:
            shape._element.getparent().remove(shape._element)


def _decorate(prs, layout, draw) -> None:
    """Add plain shapes to ``layout``: drawn on a scratch slide, then moved onto the layout."""
    scratch = prs.slides.add_slide(prs.slide_layouts.get_by_name("Blank"))
    draw(scratch.shapes)
    tree = layout.shapes._spTree
    next_id = max(int(e.get("id")) for e in tree.iter(qn("p:cNvPr"))) + 1
    for sp in scratch.shapes._spTree.iterchildren(qn("p:sp"), qn("p:cxnSp")):
        moved = copy.deepcopy(sp)
        moved.find(".//" + qn("p:cNvPr")).set("id", str(next_id))
        next_id += 1
        # behind the placeholders, which sit at the end of the tree
        tree.insert(2, moved)
    ids = prs.slides._sldIdLst
    for sld_id in list(ids):
        prs.part.drop_rel(sld_id.rId)
        ids.remove(sld_id)


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


def _cover_art(colours: dict):
    def draw(shapes):
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
        _rect(shapes, MSO_SHAPE.RECTANGLE, "0.9in", "4.05in", "1.2in", "0.06in", colours["green"])

    return draw


def _content_art(colours: dict):
    def draw(shapes):
        _rect(shapes, MSO_SHAPE.RECTANGLE, "0in", "0in", "13.333in", "0.1in", colours["navy"])
        _rect(shapes, MSO_SHAPE.RECTANGLE, "0in", "0.1in", "3.2in", "0.04in", colours["accent"])
        _rect(shapes, MSO_SHAPE.RECTANGLE, "0.55in", "6.93in", "12.23in", "0.01in", colours["line"])

    return draw


def _statement_art(colours: dict):
    def draw(shapes):
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

    return draw


def build(style: dict) -> bytes:
    colours, names, frame = style["colours"], style["layouts"], style["frame"]
    prs = Presentation()
    prs.slide_width, prs.slide_height = emu(style["slide"]["width"]), emu(style["slide"]["height"])
    _theme(prs, style)
    master = prs.slide_master
    master.background.fill.solid()
    master.background.fill.fore_color.rgb = RGBColor.from_string(colours["paper"])
    title_size = pt(style["type"]["title"]["max"])

    by_name = {layout.name: layout for layout in prs.slide_layouts}
    plans = {
        "Title Slide": names["cover"],
        "Title Only": names["content"],
        "Section Header": names["statement"],
    }
    for old, new in plans.items():
        by_name[old]._element.cSld.set("name", new)

    cover = by_name["Title Slide"]
    cover.background.fill.solid()
    cover.background.fill.fore_color.rgb = RGBColor.from_string(colours["navy"])
    _keep_only(cover, {"CENTER_TITLE", "SUBTITLE"})
    title, subtitle = cover.placeholders
    _place(title, frame["cover_title"])
    _list_style(title, 40, colours["paper"], True, "l", "b")
    _place(subtitle, frame["cover_subtitle"])
    _list_style(subtitle, 20, colours["accent"], False, "l", "t")
    _decorate(prs, cover, _cover_art(colours))

    content = by_name["Title Only"]
    _keep_only(content, {"TITLE"})
    (title,) = content.placeholders
    _place(title, frame["title"])
    _list_style(title, title_size, colours["navy"], True, "l", "ctr")
    _decorate(prs, content, _content_art(colours))

    statement = by_name["Section Header"]
    statement.background.fill.solid()
    statement.background.fill.fore_color.rgb = RGBColor.from_string(colours["navy"])
    _keep_only(statement, {"TITLE", "BODY"})
    title, body = statement.placeholders
    _place(title, frame["statement_title"])
    _list_style(title, 44, colours["paper"], True, "l", "b")
    _place(body, frame["statement_body"])
    _list_style(body, 18, colours["accent"], False, "l", "t")
    _decorate(prs, statement, _statement_art(colours))

    for layout in list(prs.slide_layouts):
        if layout.name not in plans.values():
            prs.slide_layouts.remove(layout)

    props = prs.core_properties
    props.title, props.author, props.last_modified_by = "Strategic Alignment template", "", ""
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


def main() -> None:
    style = yaml.safe_load((HERE / "deck.yaml").read_text(encoding="utf-8"))
    target = HERE / style["template"]
    target.write_bytes(build(style))
    print(target)


if __name__ == "__main__":
    main()
