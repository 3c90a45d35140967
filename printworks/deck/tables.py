"""Native tables on a slide, written as DrawingML directly: the frame, its grid and every cell
in one parse.

What python-pptx's ``add_table`` and its cell setters make (a table's first row marked as its
header, no banding, each cell's margins, anchor, fill and text), the same elements in the same
order; its setters walk a descriptor per attribute of each cell, which cost a tenth of a deck
with three tables. A cell's fitted words are set as every text in the deck is (:mod:`.lettering`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from pptx.oxml.ns import nsdecls
from pptx.shapes.graphfrm import GraphicFrame
from pptx.util import Pt

from printworks.deck import compat
from printworks.deck.lettering import ANCHORS, Lettering
from printworks.deck.shapes import place
from printworks.deck.units import emu

_NS = nsdecls("a", "p")
_TABLE = "http://schemas.openxmlformats.org/drawingml/2006/table"
# the table style python-pptx's new tables name (PowerPoint's Medium Style 2, Accent 1)
_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"
_ALIGNS = {"left": "l", "centre": "ctr", "right": "r"}


@dataclass(frozen=True)
class Look:
    """How a cell is dressed: its fill, its margins (points: left and right, top and bottom),
    where its words stand, and the colour of grid lines on its four sides (None: none)."""

    fill: str
    across: float
    down: float
    anchor: str = "middle"
    grid: str | None = None

    def xml(self) -> str:
        side, end = emu(self.across), emu(self.down)
        lines = ""
        if self.grid:
            rule = f'<a:solidFill><a:srgbClr val="{self.grid.upper()}"/></a:solidFill>'
            lines = "".join(
                f'<a:{edge} w="9525">{rule}</a:{edge}>' for edge in ("lnL", "lnR", "lnT", "lnB")
            )
        return (
            f'<a:tcPr marL="{side}" marR="{side}" marT="{end}" marB="{end}" '
            f'anchor="{ANCHORS[self.anchor]}">{lines}'
            f'<a:solidFill><a:srgbClr val="{self.fill.upper()}"/></a:solidFill></a:tcPr>'
        )


def lettered(text: Lettering, look: Look) -> str:
    """A cell holding fitted words, as :func:`~printworks.deck.lettering.write` sets them."""
    body = (
        f'<a:bodyPr wrap="square" {text.body_props()} anchor="{ANCHORS[text.anchor]}">'
        "<a:noAutofit/></a:bodyPr>"
    )
    return f"<a:tc><a:txBody>{body}<a:lstStyle/>{text.xml('<a:p/>')}</a:txBody>{look.xml()}</a:tc>"


def plain(
    runs: Sequence[tuple[str, bool, str | None]],
    size: float,
    line_height: float,
    family: str,
    align: str,
    look: Look,
) -> str:
    """A cell of short runs (text, bold, colour) in ``size`` points and ``family``, spaced
    ``line_height`` times its size, as python-pptx's paragraph and run setters write them."""
    spacing = Pt(size * line_height).centipoints
    out = []
    for text, bold, colour in runs:
        fill = f'<a:solidFill><a:srgbClr val="{colour.upper()}"/></a:solidFill>' if colour else ""
        out.append(
            f'<a:r><a:rPr sz="{Pt(size).centipoints}" b="{int(bold)}">{fill}'
            f"<a:latin typeface={quoteattr(family)}/></a:rPr><a:t>{escape(text)}</a:t></a:r>"
        )
    paragraph = (
        f'<a:p><a:pPr algn="{_ALIGNS[align]}"><a:lnSpc><a:spcPts val="{spacing}"/></a:lnSpc>'
        f"</a:pPr>{''.join(out)}</a:p>"
    )
    return f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{paragraph}</a:txBody>{look.xml()}</a:tc>"


def table(
    slide,
    left: float,
    top: float,
    widths: Sequence[float],
    heights: Sequence[float],
    cells: Sequence[Sequence[str]],
    name: str,
    describe: str,
):
    """A table at (``left``, ``top``), its columns ``widths`` and rows ``heights`` (points)
    wide and tall, holding ``cells`` (rows of :func:`lettered` or :func:`plain` cells); its
    first row is its header. Its frame, described for a screen reader, last on ``slide``."""
    columns = [emu(w) for w in widths]
    rows = [emu(h) for h in heights]
    grid = "".join(f'<a:gridCol w="{w}"/>' for w in columns)
    body = "".join(
        f'<a:tr h="{h}">{"".join(row)}</a:tr>' for h, row in zip(rows, cells, strict=True)
    )
    xml = (
        f'<p:graphicFrame {_NS}><p:nvGraphicFramePr><p:cNvPr id="{compat.next_shape_id(slide)}" '
        f"name={quoteattr(name)} descr={quoteattr(describe)}/>"
        '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
        f'</p:nvGraphicFramePr><p:xfrm><a:off x="{emu(left)}" y="{emu(top)}"/>'
        f'<a:ext cx="{sum(columns)}" cy="{sum(rows)}"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="{_TABLE}"><a:tbl><a:tblPr firstRow="1"><a:tableStyleId>{_STYLE}'
        f"</a:tableStyleId></a:tblPr><a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl>"
        "</a:graphicData></a:graphic></p:graphicFrame>"
    )
    return place(slide, xml, GraphicFrame).element
