"""The notes master and notes pages in the deck's theme: the truth edition.

Print -> Notes Pages (PowerPoint or Impress) gives a page a slide: a header with the role
and the edition's name over an accent rule, the slide's picture, the speaker notes below it
in the theme's face and ink, and a footer with the deck's office and the slide's number (a
field, so it follows the slide when slides move). Made at render time from the theme's data,
so every theme (and every imported one) prints its handout in its own look; the template's
own notes master, if it has one, is replaced.
"""

from __future__ import annotations

from copy import copy as clone  # an lxml element copied with all it holds (its copy is deep)
from dataclasses import dataclass
from typing import ClassVar
from xml.sax.saxutils import escape, quoteattr

from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn

from printworks.deck.shapes import _DECORATIVE
from printworks.deck.style import Theme

IN = 914400  # EMU an inch
PT = 12700  # EMU a point
_NOTES_SIZE = (6858000, 9144000)  # 7.5 x 10 in, the size PowerPoint gives a notes page
_FURNITURE = ("hdr", "dt", "ftr", "sldNum")


@dataclass(frozen=True)
class HandoutWords:
    """What the notes pages say of their own (from the deck's copy)."""

    header: str  # the role, top left
    edition: str  # the edition's name, top right
    footer: str  # bottom left
    number: str  # the word before the slide's number, bottom right


@dataclass(frozen=True)
class _Place:
    x: int
    y: int
    cx: int
    cy: int

    def xfrm(self) -> str:
        return (
            f'<a:xfrm><a:off x="{self.x}" y="{self.y}"/><a:ext cx="{self.cx}" cy="{self.cy}"/>'
            "</a:xfrm>"
        )


def _places(page: tuple[int, int], slide: tuple[int, int]) -> dict[str, _Place]:
    """Where each part of a notes page sits, for a page and a slide of these sizes (EMU)."""
    width, height = page
    margin = round(0.5 * IN)
    inner = width - 2 * margin
    band = round(0.4 * IN)
    image_height = round(inner * slide[1] / slide[0])
    image_top = margin + band + round(0.2 * IN)
    body_top = image_top + image_height + round(0.3 * IN)
    foot = height - margin - band
    return {
        "hdr": _Place(margin, margin, round(inner * 0.74), band),
        "dt": _Place(margin + round(inner * 0.74), margin, inner - round(inner * 0.74), band),
        "rule": _Place(margin, margin + band + round(0.04 * IN), inner, round(2 * PT)),
        "sldImg": _Place(margin, image_top, inner, image_height),
        "body": _Place(margin, body_top, inner, max(IN, foot - body_top - round(0.15 * IN))),
        "ftr": _Place(margin, foot, round(inner * 0.7), band),
        "sldNum": _Place(margin + round(inner * 0.7), foot, inner - round(inner * 0.7), band),
    }


def _run(text: str, size: float, colour: str, family: str, bold: bool = False) -> str:
    return (
        f'<a:r><a:rPr lang="en-US" sz="{round(size * 100)}" b="{int(bold)}" dirty="0">'
        f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
        f"<a:latin typeface={quoteattr(family)}/></a:rPr><a:t>{escape(text)}</a:t></a:r>"
    )


def _number(label: str, size: float, colour: str, family: str) -> str:
    """The label and the slide-number field after it."""
    props = (
        f'<a:rPr lang="en-US" sz="{round(size * 100)}" b="1" dirty="0"><a:solidFill>'
        f'<a:srgbClr val="{colour}"/></a:solidFill><a:latin typeface={quoteattr(family)}/></a:rPr>'
    )
    lead = _run(label + " ", size, colour, family, True) if label else ""
    field = (
        '<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">'
        f"{props}<a:t>‹#›</a:t></a:fld>"
    )
    return lead + field


def _holder(kind: str, idx: int, shape_id: int, place: _Place, align: str, paragraph: str) -> str:
    anchor = "b" if kind in ("ftr", "sldNum") else "t"
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{kind.title()} Placeholder"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f'<p:nvPr><p:ph type="{kind}" sz="quarter" idx="{idx}"/></p:nvPr></p:nvSpPr>'
        f'<p:spPr>{place.xfrm()}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
        f'<p:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" anchor="{anchor}"/>'
        f'<a:lstStyle><a:lvl1pPr algn="{align}"/></a:lstStyle><a:p>{paragraph}</a:p></p:txBody>'
        "</p:sp>"
    )


class NotesDesign:
    """The notes master of one deck, and the furniture each of its notes pages carries."""

    IDX: ClassVar[dict[str, int]] = {
        "hdr": 0,
        "dt": 1,
        "sldImg": 2,
        "body": 3,
        "ftr": 4,
        "sldNum": 5,
    }

    def __init__(self, prs, theme: Theme, words: HandoutWords):
        self.theme, self.words = theme, words
        size = prs.element.find(qn("p:notesSz"))
        page = (int(size.get("cx")), int(size.get("cy"))) if size is not None else _NOTES_SIZE
        self.places = _places(page, (prs.slide_width, prs.slide_height))
        self.family = theme.font.family
        self._furniture = {
            kind: self._furniture_xml(kind, 900 + n) for n, kind in enumerate(_FURNITURE)
        }
        self._furniture["rule"] = self._rule_xml()
        self._parsed = {
            kind: parse_xml(xml.replace("<p:sp>", f"<p:sp {nsdecls('p', 'a')}>", 1))
            for kind, xml in self._furniture.items()
        }
        self._style = parse_xml(f"<a:lstStyle {nsdecls('a')}>{self.levels}</a:lstStyle>")
        self._master(prs.notes_master)

    @property
    def levels(self) -> str:
        """The notes text's paragraph levels: the theme's face and ink, 12 pt, flush left."""
        colours, family = self.theme.colours, self.family
        return "".join(
            f'<a:lvl{n}pPr marL="{(n - 1) * 228600}" indent="0" algn="l"><a:spcAft>'
            f'<a:spcPts val="600"/></a:spcAft><a:buNone/><a:defRPr sz="1200">'
            f'<a:solidFill><a:srgbClr val="{colours.ink}"/></a:solidFill>'
            f"<a:latin typeface={quoteattr(family)}/>"
            f"<a:cs typeface={quoteattr(self.theme.font.complex)}/></a:defRPr></a:lvl{n}pPr>"
            for n in range(1, 10)
        )

    def _paragraph(self, kind: str) -> str:
        colours, words, family = self.theme.colours, self.words, self.family
        if kind == "hdr":
            return _run(words.header, 10, colours.strong, family, True)
        if kind == "dt":
            return _run(words.edition, 10, colours.accent, family, True)
        if kind == "ftr":
            return _run(words.footer, 8, colours.muted, family)
        return _number(words.number, 9, colours.strong, family)

    def _furniture_xml(self, kind: str, shape_id: int) -> str:
        align = "r" if kind in ("dt", "sldNum") else "l"
        return _holder(
            kind, self.IDX[kind], shape_id, self.places[kind], align, self._paragraph(kind)
        )

    def _rule_xml(self) -> str:
        """The accent rule under the header (on every page: Impress leaves out a notes
        master's own drawings)."""
        rule, colours = self.places["rule"], self.theme.colours
        return (
            f'<p:sp><p:nvSpPr><p:cNvPr id="899" name="Rule">{_DECORATIVE}</p:cNvPr>'
            "<p:cNvSpPr/><p:nvPr/></p:nvSpPr>"
            f'<p:spPr>{rule.xfrm()}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="{colours.accent}"/></a:solidFill>'
            "<a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
        )

    def _master(self, master) -> None:
        """Replace the notes master's page with this deck's design."""
        colours, levels = self.theme.colours, self.levels
        image, body = self.places["sldImg"], self.places["body"]
        shapes = "".join(self._furniture.values())
        shapes += (
            '<p:sp><p:nvSpPr><p:cNvPr id="21" name="Slide Image Placeholder"/>'
            '<p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr>'
            f'<p:nvPr><p:ph type="sldImg" idx="{self.IDX["sldImg"]}"/></p:nvPr></p:nvSpPr>'
            f'<p:spPr>{image.xfrm()}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
            f'<a:ln w="{PT}"><a:solidFill><a:srgbClr val="{colours.line}"/></a:solidFill></a:ln>'
            "</p:spPr></p:sp>"
            '<p:sp><p:nvSpPr><p:cNvPr id="22" name="Notes Placeholder"/>'
            '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            f'<p:nvPr><p:ph type="body" sz="quarter" idx="{self.IDX["body"]}"/></p:nvPr>'
            f'</p:nvSpPr><p:spPr>{body.xfrm()}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '</p:spPr><p:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0"/>'
            f"<a:lstStyle>{levels}</a:lstStyle>"
            '<a:p><a:r><a:rPr lang="en-US"/><a:t>Notes</a:t></a:r></a:p></p:txBody></p:sp>'
        )
        xml = (
            f"<p:notesMaster {nsdecls('p', 'a', 'r')}><p:cSld><p:bg><p:bgPr><a:solidFill>"
            f'<a:srgbClr val="{colours.paper}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>'
            '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>'
            '</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
            f"{shapes}</p:spTree></p:cSld>"
            '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" '
            'accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" '
            'accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            f"<p:notesStyle>{levels}</p:notesStyle></p:notesMaster>"
        )
        designed = parse_xml(xml)
        element = master.element
        for child in list(element):
            element.remove(child)
        for child in list(designed):
            element.append(child)

    def furnish(self, page) -> None:
        """The header, edition, footer and number on a notes page (the ``p:notes`` element):
        PowerPoint prints on a notes page only the furniture the page itself has, as on a
        slide. The notes text is styled on the page too, as Impress reads it."""
        tree = page.find(f"{qn('p:cSld')}/{qn('p:spTree')}")
        present = {ph.get("type") for ph in tree.iter(qn("p:ph")) if ph.get("type") in _FURNITURE}
        for ph in list(tree.iter(qn("p:ph"))):
            if ph.get("type") in present:  # python-pptx's empty clone: replaced by ours
                shape = ph.getparent().getparent().getparent()
                shape.getparent().remove(shape)
        for kind in (*_FURNITURE, "rule"):
            tree.insert_element_before(clone(self._parsed[kind]), "p:extLst")
        for ph in tree.iter(qn("p:ph")):
            if ph.get("type") == "body":
                body = ph.getparent().getparent().getparent().find(qn("p:txBody"))
                style = body.find(qn("a:lstStyle")) if body is not None else None
                if style is not None:
                    body.replace(style, clone(self._style))
