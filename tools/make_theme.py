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
from datetime import datetime
from pathlib import Path

import yaml
from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from theme_drawing import (
    DECORATIVE,
    IN,
    ROOT,
    THEMES,
    A,
    Draw,
    Recipe,
    _background,
    emu,
    luminance,
    pt,
)
from theme_recipes import RECIPES

__all__ = ["contrast", "main", "make", "problems", "pt"]


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
