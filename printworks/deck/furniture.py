"""A slide's furniture as PowerPoint knows it: its footer, marking and slide number in its
layout's date, footer and slide-number placeholders (the number a field, so that it is right
when a slide moves), read after everything else on the slide."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls

from printworks.deck import compat
from printworks.deck.lettering import Lettering
from printworks.deck.style import Rect
from printworks.deck.units import emu

_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_NS = nsdecls("a", "p")
# the placeholder types a footer goes in, each in the order a slide reads them, and the index
# PowerPoint's own layouts give them (used when a layout has none of its own)
KINDS = ("dt", "ftr", "sldNum")
_USUAL_IDX = {"dt": 10, "ftr": 11, "sldNum": 12}
# the id PowerPoint's own masters give their slide-number field; a slide's field shares it
SLIDE_NUMBER_FIELD = "{C1FF6DA9-008F-8B48-92A6-B652298478BF}"


def footer_indices(layout) -> dict[str, int]:
    """The index of each footer placeholder on ``layout`` (a python-pptx slide layout), by
    type; the usual index for a type the layout lacks."""
    found = dict(_USUAL_IDX)
    for mark in layout.element.iter(f"{_P}ph"):
        kind = mark.get("type")
        if kind in found:
            found[kind] = int(mark.get("idx", found[kind]))
    return found


def footer(slide, kind: str, idx: int, name: str, rect: Rect, text: Lettering):
    """A footer placeholder of ``kind`` (dt, ftr or sldNum) holding ``text``, last on
    ``slide``: placed where its layout's stands, its text sized and coloured as fitted; a slide
    number is a field, which viewers fill with the slide's own number."""
    body = text.xml("<a:p/>")
    if kind == "sldNum":
        body = body.replace("<a:r>", f'<a:fld id="{SLIDE_NUMBER_FIELD}" type="slidenum">', 1)
        body = body.replace("</a:r>", "</a:fld>", 1)
    xml = (
        f"<p:sp {_NS}><p:nvSpPr>"
        f'<p:cNvPr id="{compat.next_shape_id(slide)}" name={quoteattr(name)}/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f'<p:nvPr><p:ph type="{kind}" sz="quarter" idx="{idx}"/></p:nvPr></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{emu(rect.left)}" y="{emu(rect.top)}"/>'
        f'<a:ext cx="{emu(rect.width)}" cy="{emu(rect.height)}"/></a:xfrm></p:spPr>'
        f'<p:txBody><a:bodyPr wrap="square" {text.body_props()} anchor="ctr">'
        f"<a:noAutofit/></a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>"
    )
    last(slide, parse_xml(xml))


def last(slide, element) -> None:
    """Put ``element`` (new, or moved) last in ``slide``'s reading order: at the end of its
    shape tree, before the tree's extensions."""
    tree = slide.shapes.element
    if len(tree) and tree[-1].tag == f"{_P}extLst":
        tree[-1].addprevious(element)
    else:
        tree.append(element)
