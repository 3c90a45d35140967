"""A theme's template.pptx, made from its theme.yaml: ``printworks theme build NAME|FOLDER``.

A template is the master, the colour and font scheme, and three named layouts (cover,
content, statement) that the deck renders on: it finds each layout by name, puts text into
the title (and subtitle or body) placeholder, and draws everything else itself in the frames
named in theme.yaml. Everything in it is made here from theme.yaml, on python-pptx's own
default presentation as a neutral base: the theme part's colours (from ``colours``) and
fonts (``font``'s family, east_asian and complex), the master's and layouts' backgrounds and
placeholders (``frame``, ``type``, ``colours`` and the ``build:`` section) and the shapes the
``build:`` section draws on each layout. The same theme.yaml gives the same bytes on every
run, and a test checks each shipped theme's committed template against a build of it, so a
template never goes stale.

The template is committed, so that a user may restyle it in PowerPoint or Impress and
render on it; a theme imported from a company's template has no ``build:`` section, and keeps
the template it came with.
"""

from __future__ import annotations

import copy
import io
import zipfile
from datetime import datetime
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from printworks import units
from printworks.deck import compat, theme_draw
from printworks.deck.style import THEME_FILE, Theme, ThemeFolder
from printworks.deck.theme_colours import luminance
from printworks.deck.theme_draw import DECORATIVE, A, emu
from printworks.errors import LayoutError

FURNITURE = {"DATE": "footer_left", "FOOTER": "footer_centre", "SLIDE_NUMBER": "footer_right"}
# python-pptx's default layouts, renamed and reshaped into the theme's three
PLANS = {"Title Slide": "cover", "Title Only": "content", "Section Header": "statement"}


class ThemeBuildError(LayoutError):
    """A theme that cannot be built: it has no ``build:`` section."""


# --- the theme part --------------------------------------------------------------------------
def _theme_part(prs, theme: Theme, scheme_name: str) -> None:
    """Recolour the theme part and set both its fonts to the deck's family."""
    part = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    ns = {"a": A}
    colours = theme.colours
    # dk1/lt1 hold the darker and lighter of ink and paper; a dark theme maps its
    # background to dk1 (below), as PowerPoint's own dark themes do
    light, dark = colours.paper, colours.ink
    if luminance(light) < luminance(dark):
        light, dark = dark, light
    scheme = {
        "dk1": dark,
        "lt1": light,
        "dk2": colours.dark,
        "lt2": colours.panel,
        "accent1": colours.accent,
        "accent2": colours.dark,
        "accent3": colours.good,
        "accent4": colours.warn,
        "accent5": colours.bad,
        "accent6": colours.muted,
        "hlink": colours.accent,
        "folHlink": colours.muted,
    }
    clr = root.find(".//a:clrScheme", ns)
    clr.set("name", scheme_name)
    for name, hex_value in scheme.items():
        slot = clr.find(f"a:{name}", ns)
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, qn("a:srgbClr"), val=hex_value)
    font = theme.font
    faces = {"latin": font.family, "ea": font.east_asian, "cs": font.complex}
    for tag, face in faces.items():  # as the slides name them, for text typed in PowerPoint
        for named in root.findall(f".//a:fontScheme/*/a:{tag}", ns):
            named.set("typeface", face)
    # the heading (major) font: the titles' own family when the theme has one
    root.find(".//a:fontScheme/a:majorFont/a:latin", ns).set("typeface", font.for_titles().family)
    family = font.family
    root.find(".//a:fontScheme", ns).set("name", family)
    root.set("name", scheme_name)
    compat.set_blob(
        part, etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    )
    if light == colours.ink:
        clr_map = prs.slide_master.element.find(qn("p:clrMap"))
        for slot, value in (("bg1", "dk1"), ("tx1", "lt1"), ("bg2", "dk2"), ("tx2", "lt2")):
            clr_map.set(slot, value)


# --- placeholders ----------------------------------------------------------------------------
def _list_style(shape, size: float, colour: str, bold: bool, align: str, anchor: str) -> None:
    """Give a layout placeholder its default text look, as PowerPoint stores it."""
    body = shape.element.txBody
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


def _place(shape, box) -> None:
    shape.left, shape.top = emu(box.left), emu(box.top)
    shape.width, shape.height = emu(box.width), emu(box.height)


def _keep_only(layout, kinds: set[str]) -> None:
    """Keep the placeholders of ``kinds`` and the footer placeholders (date, footer, number)."""
    for shape in list(layout.placeholders):
        if shape.placeholder_format.type.name not in kinds | FURNITURE.keys():
            shape.element.getparent().remove(shape.element)


def _text_holders(layout) -> list:
    """A layout's placeholders but its footers, in their order."""
    return [s for s in layout.placeholders if s.placeholder_format.type.name not in FURNITURE]


def _furniture(slide_like, theme: Theme, colour: str) -> None:
    """Place a master's or layout's date, footer and slide-number placeholders in the theme's
    footer frames, in its footer size: the deck fills them (the date one with its marking),
    so that PowerPoint's Header & Footer and a screen reader know them for what they are."""
    size = units.points(theme.type.footer.max)
    aligns = {"DATE": "l", "FOOTER": "ctr", "SLIDE_NUMBER": "r"}
    for shape in slide_like.placeholders:
        kind = shape.placeholder_format.type.name
        if kind in FURNITURE:
            _place(shape, getattr(theme.frame, FURNITURE[kind]))
            _list_style(shape, size, colour, kind != "FOOTER", aligns[kind], "ctr")
            shape.element.txBody.find(".//" + qn("a:latin")).set("typeface", "+mn-lt")


def _decorate(prs, layout, draw, painter: bool) -> None:
    """Add plain shapes to ``layout``: drawn on a scratch slide, then moved onto the layout,
    behind its placeholders. In painter's order the first shape drawn is the backmost;
    otherwise each shape goes behind the ones drawn before it."""
    scratch = prs.slides.add_slide(prs.slide_layouts.get_by_name("Blank"))
    draw(scratch.shapes)
    tree = layout.shapes.element
    next_id = max(int(e.get("id")) for e in tree.iter(qn("p:cNvPr"))) + 1
    drawn = scratch.shapes.element.iterchildren(qn("p:sp"), qn("p:cxnSp"))
    for index, sp in enumerate(drawn):
        moved = copy.deepcopy(sp)
        props = moved.find(".//" + qn("p:cNvPr"))
        props.set("id", str(next_id))
        props.append(copy.deepcopy(DECORATIVE))
        next_id += 1
        # behind the placeholders, which sit at the end of the tree
        tree.insert(2 + index if painter else 2, moved)
    ids = prs.slides.element
    for sld_id in list(ids):
        prs.part.drop_rel(sld_id.rId)
        ids.remove(sld_id)


# --- the template ----------------------------------------------------------------------------
def build(theme: Theme, where: Path | str = "theme.yaml") -> bytes:
    """The template.pptx ``theme`` (read from ``where``) describes, as bytes."""
    recipe = theme.build
    if recipe is None:
        raise ThemeBuildError(
            f"{where}: build: none, so nothing to build: the theme's template is its own "
            "(an imported one, say); restyle it in PowerPoint or Impress"
        )
    colour = theme_draw.resolver(theme)
    colours, frame = theme.colours, theme.frame
    prs = Presentation()
    prs.slide_width, prs.slide_height = emu(theme.slide.width), emu(theme.slide.height)
    _theme_part(prs, theme, recipe.scheme)
    backgrounds = recipe.backgrounds
    theme_draw.background(prs.slide_master, backgrounds.master, colour)
    _furniture(prs.slide_master, theme, colours.muted)
    cover_size = units.points(theme.type.cover_title.max)
    sizes = recipe.sizes
    statement_size = units.points(sizes.statement_title) if sizes.statement_title else cover_size

    by_name = {layout.name: layout for layout in prs.slide_layouts}
    names = theme.layouts.model_dump()
    for old, kind in PLANS.items():
        by_name[old].element.cSld.set("name", names[kind])

    def decorate(layout, ornaments) -> None:
        def draw(shapes) -> None:
            theme_draw.draw(shapes, ornaments, colour)

        _decorate(prs, layout, draw, recipe.stacking == "painter")

    def dark_layout(layout, background, kinds, heading, text, ornaments) -> None:
        """The cover or the statement: on the dark, a title (light, set on its foot) over a
        text in the accent (set from its top); ``heading`` and ``text`` their frame and size."""
        theme_draw.background(layout, background, colour)
        _keep_only(layout, kinds)
        title, body = _text_holders(layout)
        _place(title, heading[0])
        _list_style(title, heading[1], colours.on_dark, True, "l", "b")
        _place(body, text[0])
        _list_style(body, text[1], colours.accent, False, "l", "t")
        _furniture(layout, theme, colours.on_dark)
        decorate(layout, ornaments)

    dark_layout(
        by_name["Title Slide"],
        backgrounds.cover,
        {"CENTER_TITLE", "SUBTITLE"},
        (frame.cover_title, cover_size),
        (frame.cover_subtitle, units.points(sizes.subtitle)),
        recipe.cover,
    )

    content = by_name["Title Only"]
    if backgrounds.content is not None:
        theme_draw.background(content, backgrounds.content, colour)
    _keep_only(content, {"TITLE"})
    (title,) = _text_holders(content)
    _place(title, frame.title)
    _list_style(title, units.points(theme.type.title.max), colours.strong, True, "l", "ctr")
    _furniture(content, theme, colours.muted)
    decorate(content, recipe.content)

    dark_layout(
        by_name["Section Header"],
        backgrounds.statement,
        {"TITLE", "BODY"},
        (frame.statement_title, statement_size),
        (frame.statement_body, units.points(sizes.statement_body)),
        recipe.statement,
    )

    for layout in list(prs.slide_layouts):
        if layout.name not in names.values():
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


def build_folder(found: ThemeFolder) -> tuple[Path, bool]:
    """Rebuild the theme's template from its theme.yaml, written whole (never half); the path,
    and whether its bytes changed."""
    data = build(found.theme, found.folder / THEME_FILE)
    target = found.template
    if target.is_file() and target.read_bytes() == data:
        return target, False
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(data)
    partial.replace(target)
    return target, True
