"""Fitted text as DrawingML: the paragraphs and runs of a text body, each size, spacing and
font stated, and fitted text written into a frame a shape or placeholder already has."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape, quoteattr

from lxml import etree
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls

from printworks.deck.fit import Fitted, Measurer, Span
from printworks.deck.units import centipoints, emu
from printworks.scripts import base_level, has_rtl, slots

ANCHORS = {"top": "t", "middle": "ctr", "bottom": "b"}
ALIGNS = {"left": "l", "centre": "ctr", "right": "r"}

_NS = nsdecls("a", "p")
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_AUTOFITS = {f"{_A}noAutofit", f"{_A}normAutofit", f"{_A}spAutoFit"}
_AFTER_AUTOFIT = {f"{_A}scene3d", f"{_A}sp3d", f"{_A}flatTx", f"{_A}extLst"}
_SPACING = {f"{_A}lnSpc", f"{_A}spcBef", f"{_A}spcAft"}
_CONTENT = {f"{_A}r", f"{_A}br", f"{_A}fld"}
_T = f"{_A}t"
_CONTROL = str.maketrans({c: f"_x{c:04X}_" for c in (*range(0x09), *range(0x0B, 0x20))})


@dataclass(frozen=True)
class Lettering:
    """Fitted text and how to set it: the measurer's spacing, the family, ink and anchor."""

    fitted: Fitted
    measurer: Measurer
    family: str
    colour: str | None
    anchor: str = "top"

    def body_props(self) -> str:
        """The attributes python-pptx's text-frame setters add, in the order they add them."""
        inset = emu(self.measurer.inset)
        return f'lIns="{inset}" rIns="{inset}" tIns="{inset}" bIns="{inset}"'

    def paragraphs(self) -> list[tuple[str, str, str, str]]:
        """Each paragraph as its alignment, its spacing elements, its runs, and its direction
        (an attribute: ``rtl="1"`` for a right-to-left paragraph, else nothing)."""
        fitted, measurer = self.fitted, self.measurer
        families = {**measurer.families, "latin": self.family}
        last = len(fitted.paras) - 1
        out = []
        for index, para in enumerate(fitted.paras):
            pitch = measurer.pitch(para, fitted.size)
            gap = 0.0 if index == last else measurer.gap_after(para, fitted.size)
            spacing = (
                f'<a:lnSpc><a:spcPts val="{centipoints(pitch)}"/></a:lnSpc>'
                '<a:spcBef><a:spcPts val="0"/></a:spcBef>'
                f'<a:spcAft><a:spcPts val="{centipoints(gap)}"/></a:spcAft>'
            )
            size = _font_size(measurer.scaled(para, fitted.size))
            runs = "".join(_run(span, size, families, self.colour) for span in para.spans)
            text = para.text
            rtl = has_rtl(text) and base_level(text) == 1
            align = "right" if rtl and para.align == "left" else para.align
            out.append((ALIGNS[align], spacing, runs, ' rtl="1"' if rtl else ""))
        return out

    def xml(self, first: str) -> str:
        """Every paragraph, whole; ``first`` is the empty paragraph a new frame would keep."""
        paragraphs = [
            f'<a:p><a:pPr algn="{align}" marL="0" indent="0"{rtl}>{spacing}</a:pPr>{runs}</a:p>'
            for align, spacing, runs, rtl in self.paragraphs()
        ]
        return "".join(paragraphs) or first


def keep_empty_runs(element) -> None:
    """An empty run keeps an open-and-close a:t, as a run python-pptx writes does."""
    for text in element.iter(_T):
        if text.text is None:
            text.text = ""


def write(
    shape,
    fitted: Fitted,
    measurer: Measurer,
    family: str,
    colour: str | None,
    anchor: str = "top",
) -> None:
    """Put ``fitted`` into ``shape``'s text frame, with every size and spacing stated.

    The frame keeps its first paragraph's own properties (a placeholder's, a shape's), as
    clearing a text frame does; everything else in it is replaced.
    """
    element = shape.element if hasattr(shape, "element") else shape  # a shape, or a table cell
    body = element.get_or_add_txBody()
    props = body.find(f"{_A}bodyPr")
    props.set("wrap", "square")
    for child in [c for c in props if c.tag in _AUTOFITS]:
        props.remove(child)
    after = next((c for c in props if c.tag in _AFTER_AUTOFIT), None)
    if after is None:
        etree.SubElement(props, f"{_A}noAutofit")
    else:
        after.addprevious(props.makeelement(f"{_A}noAutofit"))
    inset = str(emu(measurer.inset))
    for side in ("lIns", "rIns", "tIns", "bIns"):
        props.set(side, inset)
    props.set("anchor", ANCHORS[anchor])

    paragraphs = body.findall(f"{_A}p")
    for extra in paragraphs[1:]:
        body.remove(extra)
    first = paragraphs[0] if paragraphs else etree.SubElement(body, f"{_A}p")
    for child in [c for c in first if c.tag in _CONTENT]:
        first.remove(child)

    if not fitted.paras:
        return
    # every paragraph's spacing and runs in one parse: the first paragraph's go into the
    # paragraph the frame already has, the others are whole new paragraphs after it
    paragraphs = Lettering(fitted, measurer, family, colour, anchor).paragraphs()
    xml = [f"<a:x {_NS}>"]
    for index, (align, spacing, runs, rtl) in enumerate(paragraphs):
        if index == 0:
            xml.append(f"<a:x>{spacing}</a:x><a:x>{runs}</a:x>")
        else:
            xml.append(
                f'<a:p><a:pPr algn="{align}" marL="0" indent="0"{rtl}>{spacing}</a:pPr>{runs}</a:p>'
            )
    xml.append("</a:x>")
    fragment = parse_xml("".join(xml))
    keep_empty_runs(fragment)
    spacing, runs, *others = fragment

    props = first.find(f"{_A}pPr")
    if props is None:
        props = first.makeelement(f"{_A}pPr")
        first.insert(0, props)
    props.set("algn", paragraphs[0][0])
    props.set("marL", "0")
    props.set("indent", "0")
    if paragraphs[0][3]:
        props.set("rtl", "1")
    for child in [c for c in props if c.tag in _SPACING]:
        props.remove(child)
    for position, child in enumerate(list(spacing)):
        props.insert(position, child)
    end = first.find(f"{_A}endParaRPr")
    for run in list(runs):
        if end is None:
            first.append(run)
        else:
            end.addprevious(run)
    for paragraph in others:
        body.append(paragraph)


_LANGUAGES = {"east_asian": "zh-CN", "complex": "ar-SA"}


def _run(span: Span, size: int, families: dict[str, str], colour: str | None) -> str:
    """The runs of ``span``: one a script, each naming the font its script is drawn in."""
    tint = span.colour or colour
    fill = f'<a:solidFill><a:srgbClr val="{tint.upper()}"/></a:solidFill>' if tint else ""
    if span.highlight:
        fill += f'<a:highlight><a:srgbClr val="{span.highlight.upper()}"/></a:highlight>'
    latin = _quoted(families["latin"])
    pieces = slots(span.text) if not span.text.isascii() else [("latin", span.text)]
    out = []
    for kind, text in pieces:
        lang, fonts = "", f"<a:latin typeface={latin}/>"
        if kind == "emoji":
            emoji = _quoted(families["emoji"])
            fonts = f"<a:latin typeface={emoji}/><a:ea typeface={emoji}/><a:cs typeface={emoji}/>"
        elif kind == "east_asian":
            lang = f' lang="{_LANGUAGES[kind]}" altLang="en-US"'
            fonts += f"<a:ea typeface={_quoted(families[kind])}/>"
        elif kind == "complex":
            lang = f' lang="{_LANGUAGES[kind]}" altLang="en-US"'
            fonts += f"<a:cs typeface={_quoted(families[kind])}/>"
        out.append(
            f'<a:r><a:rPr{lang} sz="{size}" b="{int(span.bold)}" i="{int(span.italic)}">'
            f"{fill}{fonts}</a:rPr><a:t>{escape(text.translate(_CONTROL))}</a:t></a:r>"
        )
    return "".join(out)


@cache
def _quoted(family: str) -> str:
    """A font family as an attribute value: a deck names a handful, in every run it writes."""
    return quoteattr(family)


def _font_size(points: float) -> int:
    size = centipoints(points)
    if not 100 <= size <= 400000:
        raise ValueError(f"font size {points}pt is outside 1pt to 4000pt")
    return size
