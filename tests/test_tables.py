"""Tables written as DrawingML directly are the tables python-pptx's own setters make."""

from __future__ import annotations

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Pt

from printworks.deck import tables
from printworks.deck.fit import Fitted, Measurer, Para, Span
from printworks.deck.lettering import Lettering, write
from printworks.deck.units import emu

WIDTHS, HEIGHTS = (40.0, 120.5, 200.25), (18.0, 30.0)


def _slide():
    prs = Presentation()
    return prs.slides.add_slide(prs.slide_layouts[6])


def _measurer() -> Measurer:
    return Measurer({}, (), line_height=1.2, safety=0.97, inset=5.0, step=0.5)


def _fitted(text: str) -> Fitted:
    return Fitted(11.0, (Para((Span(text, bold=True, colour="112233"),)),), 14.0)


def _dressed(cell, look: tables.Look):
    """``cell`` filled, its margins and anchor set, as the kinds used to."""
    cell.fill.solid()
    cell.fill.fore_color.rgb = RGBColor.from_string(look.fill)
    cell.margin_left = cell.margin_right = emu(look.across)
    cell.margin_top = cell.margin_bottom = emu(look.down)
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    return cell


def _theirs(slide, look: tables.Look, grid: bool):
    """The table as python-pptx's setters make it, as the kinds used to."""
    frame = slide.shapes.add_table(2, 3, emu(10), emu(20), emu(300), emu(40))
    frame.name = "Sheet"
    frame.element.find(".//{*}cNvPr").set("descr", "A table & its <words>.")
    table = frame.table
    for flag in ("horz_banding", "first_col", "last_row", "last_col", "vert_banding"):
        setattr(table, flag, False)
    table.first_row = True
    for index, width in enumerate(WIDTHS):
        table.columns[index].width = emu(width)
    for index, height in enumerate(HEIGHTS):
        table.rows[index].height = emu(height)
    for column in range(3):
        cell = _dressed(table.cell(0, column), look)
        paragraph = cell.text_frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.CENTER
        paragraph.line_spacing = Pt(9 * 1.2)
        if column:
            run = paragraph.add_run()
            run.text = "AB"[column - 1]
            run.font.size = Pt(9)
            run.font.bold = False
            run.font.name = "Carlito"
            run.font.color.rgb = RGBColor.from_string("565D6B")
    cells = frame.element.xpath(".//a:tr/a:tc")
    for column in range(3):
        _dressed(table.cell(1, column), look)
        write(
            cells[3 + column], _fitted(f"cell {column}"), _measurer(), "Carlito", "445566", "middle"
        )
    if grid:
        from pptx.oxml.ns import qn

        for props in frame.element.iter(qn("a:tcPr")):
            for position, side in enumerate(("a:lnL", "a:lnR", "a:lnT", "a:lnB")):
                line = etree.Element(qn(side), w="9525")
                fill = etree.SubElement(line, qn("a:solidFill"))
                etree.SubElement(fill, qn("a:srgbClr"), val="787F8C")
                props.insert(position, line)
    return frame.element


def _ours(slide, look: tables.Look):
    head = [
        tables.plain([(t, False, "565D6B")] if t else [], 9, 1.2, "Carlito", "centre", look)
        for t in ("", "A", "B")
    ]
    body = [
        tables.lettered(
            Lettering(_fitted(f"cell {c}"), _measurer(), "Carlito", "445566", "middle"), look
        )
        for c in range(3)
    ]
    return tables.table(
        slide, 10, 20, WIDTHS, HEIGHTS, [head, body], "Sheet", "A table & its <words>."
    )


def test_a_table_written_directly_is_the_one_python_pptxs_setters_make():
    for grid in (None, "787F8C"):
        look = tables.Look("f3f4f1", 5.0, 1.5, grid=grid)
        theirs, ours = _theirs(_slide(), look, bool(grid)), _ours(_slide(), look)
        assert etree.tostring(ours) == etree.tostring(theirs)
