"""What an imported template's copy is given or lent so the deck can draw on it: one name per
chosen layout, a content layout with no body placeholder, a cover's and statement's subtitle
at index 1 without a bullet, a background dark enough for light titles. Each change is said
(``note``) as one located line; only the imported copy changes.
"""

from __future__ import annotations

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn

from printworks.deck import theme_colours as tc
from printworks.deck.style import Rect
from printworks.deck.theme_layouts import Candidate, Holder

KINDS = ["cover", "content", "statement"]
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def colour_of(element, scheme: tc.Scheme | None = None) -> str | None:
    """Six hex digits for a DrawingML colour element (modifiers are not applied)."""
    tag = etree.QName(element).localname
    if tag == "srgbClr":
        return element.get("val", "").upper() or None
    if tag == "sysClr":
        return (element.get("lastClr") or "").upper() or None
    if tag == "schemeClr" and scheme is not None:
        return scheme[element.get("val", "tx1")]
    return None


def background(part_element, scheme: tc.Scheme) -> str | bool | None:
    """The colour a layout's or master's own background is (None: a picture or a pattern,
    which cannot be told; False: it has no background of its own)."""
    bg = part_element.find(f"{qn('p:cSld')}/{qn('p:bg')}")
    if bg is None:
        return False
    pr = bg.find(qn("p:bgPr"))
    if pr is None:
        ref = bg.find(qn("p:bgRef"))
        return colour_of(ref[0], scheme) if ref is not None and len(ref) else None
    solid = pr.find(f"{_A}solidFill")
    if solid is not None and len(solid):
        return colour_of(solid[0], scheme)
    stops = pr.findall(f"{_A}gradFill/{_A}gsLst/{_A}gs")
    colours = [colour_of(s[0], scheme) for s in stops if len(s)]
    colours = [c for c in colours if c]
    if colours:
        return colours[len(colours) // 2]
    return None


def named_once(chosen: dict[str, Candidate], found: list[Candidate], note) -> None:
    """The deck finds its layouts by name: a chosen layout whose name is empty or shared with
    another is renamed (in the copy)."""
    names = [c.name for c in found]
    renamed: set[int] = set()
    for kind in KINDS:
        candidate = chosen[kind]
        if id(candidate) in renamed or (candidate.name and names.count(candidate.name) == 1):
            continue
        old, new = candidate.name, f"{candidate.name or 'Untitled'} ({kind})"
        candidate.layout.name = candidate.name = new
        renamed.add(id(candidate))
        note(f"layout '{old}'", f"its name is {'shared' if old else 'empty'}; renamed '{new}'")


def fit_content(chosen: dict[str, Candidate], note) -> None:
    """A content slide draws its own body: the content layout's other placeholders go (in
    the imported copy), unless the cover or statement is drawn on the same layout."""
    content = chosen["content"]
    shared = any(chosen[k] is content for k in ("cover", "statement"))
    extra = content.content
    if not extra or shared:
        return
    for holder in extra:
        holder.shape.element.getparent().remove(holder.shape.element)
    content.holders = [h for h in content.holders if h not in extra]
    note(
        f"layout '{content.name}'",
        f"{len(extra)} content placeholder{'s' * (len(extra) != 1)} taken out of the imported "
        "copy: the deck draws its own body there",
    )


def fit_second(candidate: Candidate, kind: str, chosen, slide: Rect, note) -> None:
    """The cover's and statement's second line goes into placeholder index 1: renumber the
    layout's own (and move aside what already has index 1), or add one below the title."""
    where = f"layout '{candidate.name}'"
    second = candidate.second
    if second is not None:
        _unbulleted(second.shape.element)
    if second is not None and second.idx == 1:
        return
    used = {h.idx for h in candidate.holders}
    for holder in candidate.holders:
        if holder.idx == 1 and holder is not second:
            holder.idx = max(used | {9}) + 1
            used.add(holder.idx)
            holder.shape.element.ph.set("idx", str(holder.idx))
    if second is not None:
        old = second.idx
        second.idx = 1
        second.shape.element.ph.set("idx", "1")
        note(where, f"its {second.kind} placeholder has index {old}; renumbered 1 for the {kind}")
        return
    title = candidate.title.rect or Rect(
        slide.width * 0.08, slide.height * 0.3, slide.width * 0.84, 80
    )
    top = min(title.bottom + 8, slide.height - 72)
    emu = [round(v * 12700) for v in (title.left, top, title.width, min(72, slide.height - top))]
    sp = parse_xml(
        f'<p:sp {nsdecls("p", "a")}><p:nvSpPr><p:cNvPr id="{900 + len(used)}" name="Subtitle"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/>'
        f'</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="{emu[0]}" y="{emu[1]}"/>'
        f'<a:ext cx="{emu[2]}" cy="{emu[3]}"/></a:xfrm></p:spPr>'
        '<p:txBody><a:bodyPr/><a:lstStyle><a:lvl1pPr marL="0" indent="0"><a:buNone/>'
        "</a:lvl1pPr></a:lstStyle><a:p/></p:txBody></p:sp>"
    )
    tree = candidate.layout.shapes.element
    tree.insert_element_before(sp, "p:extLst")
    candidate.holders.append(Holder("body", 1, Rect(*(v / 12700 for v in emu)), None))
    note(where, f"no subtitle placeholder for the {kind}; one added below the title")


_BULLETS = {qn(f"a:{t}") for t in ("buNone", "buAutoNum", "buChar", "buBlip")}


_AFTER_BULLET = {qn(f"a:{t}") for t in ("tabLst", "defRPr", "extLst")}


def _unbulleted(shape) -> None:
    """A subtitle's first level set flush and without a bullet (a body placeholder inherits
    the master's bullets; the deck writes a line, not a list)."""
    body = shape.find(qn("p:txBody"))
    if body is None:
        return
    style = body.find(qn("a:lstStyle"))
    if style is None:
        style = etree.SubElement(body, qn("a:lstStyle"))
        body.remove(style)
        body.insert(1, style)
    level = style.find(qn("a:lvl1pPr"))
    if level is None:
        level = etree.SubElement(style, qn("a:lvl1pPr"))
        style.remove(level)
        style.insert(0, level)
    level.set("marL", "0")
    level.set("indent", "0")
    for child in list(level):
        if child.tag in _BULLETS:
            level.remove(child)
    after = next((i for i, c in enumerate(level) if c.tag in _AFTER_BULLET), len(level))
    level.insert(after, etree.Element(qn("a:buNone")))


def darken(candidate: Candidate, kind: str, colours, scheme, master, note) -> None:
    """The deck writes the cover's and statement's title in the on-dark colour: a layout
    whose background is too light for it is given the theme's dark colour (in the copy)."""
    own = background(candidate.layout.element, scheme)
    seen = own if own is not False else background(master.element, scheme)
    if seen is False:
        seen = scheme["bg1"]
    if seen is None:
        note(
            f"layout '{candidate.name}'",
            f"its background is a picture or pattern; the {kind}'s title is set in "
            f"{colours['on_dark']} as if it were dark",
        )
        return
    if tc.contrast(seen, colours["on_dark"]) >= tc.TEXT:
        return
    fill = candidate.layout.background.fill
    fill.solid()
    fill.fore_color.rgb = RGBColor.from_string(colours["dark"])
    note(
        f"layout '{candidate.name}'",
        f"background {seen} too light for the {kind}'s light title; the imported copy's "
        f"is {colours['dark']}",
    )
