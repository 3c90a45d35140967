"""Native shapes on a slide, placed in points: boxes, chevrons, connectors, and fitted text.

The only module besides :mod:`.charts` that turns points into EMUs.
"""

from __future__ import annotations

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from printworks.deck.fit import Fitted, Measurer
from printworks.deck.style import Rect

EMU_PER_PT = 12700
ANCHORS = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}
ALIGNS = {"left": PP_ALIGN.LEFT, "centre": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}
KINDS = {
    "rect": MSO_SHAPE.RECTANGLE,
    "round": MSO_SHAPE.ROUNDED_RECTANGLE,
    "chevron": MSO_SHAPE.CHEVRON,
    "pentagon": MSO_SHAPE.PENTAGON,
    "oval": MSO_SHAPE.OVAL,
    "trapezoid": MSO_SHAPE.TRAPEZOID,
    "down": MSO_SHAPE.DOWN_ARROW,
    "up": MSO_SHAPE.UP_ARROW,
    "right": MSO_SHAPE.RIGHT_ARROW,
}


def emu(points: float) -> Emu:
    return Emu(round(points * EMU_PER_PT))


def box(
    slide,
    rect: Rect,
    kind: str = "rect",
    fill: str | None = None,
    line: str | None = None,
    line_width: float = 0.75,
    name: str | None = None,
):
    """A plain native shape; ``fill`` and ``line`` are hex colours, None for none."""
    shape = slide.shapes.add_shape(
        KINDS[kind], emu(rect.left), emu(rect.top), emu(rect.width), emu(rect.height)
    )
    _unstyle(shape)
    if fill:
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(fill)
    else:
        shape.fill.background()
    if line:
        shape.line.color.rgb = RGBColor.from_string(line)
        shape.line.width = Pt(line_width)
    else:
        shape.line.fill.background()
    if kind == "round":
        shape.adjustments[0] = min(0.5, 6 / max(1.0, min(rect.width, rect.height)))
    if name:
        shape.name = name
    return shape


def connector(slide, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 1.25):
    line = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, emu(x1), emu(y1), emu(x2), emu(y2))
    _unstyle(line)
    line.line.color.rgb = RGBColor.from_string(colour)
    line.line.width = Pt(width)
    return line


def _unstyle(shape) -> None:
    """Drop the theme style reference: its shadow is drawn by some viewers despite overrides."""
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


def write(
    shape,
    fitted: Fitted,
    measurer: Measurer,
    family: str,
    colour: str | None,
    anchor: str = "top",
) -> None:
    """Put ``fitted`` into ``shape``'s text frame, with every size and spacing stated."""
    frame = shape.text_frame
    frame.clear()
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    inset = emu(measurer.inset)
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = inset
    frame.vertical_anchor = ANCHORS[anchor]
    for index, para in enumerate(fitted.paras):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = ALIGNS[para.align]
        props = paragraph._p.get_or_add_pPr()
        props.set("marL", "0")
        props.set("indent", "0")
        paragraph.line_spacing = Pt(measurer.pitch(para, fitted.size))
        paragraph.space_before = Pt(0)
        last = index == len(fitted.paras) - 1
        paragraph.space_after = Pt(0 if last else measurer.gap_after(para, fitted.size))
        for span in para.spans:
            run = paragraph.add_run()
            run.text = span.text
            font = run.font
            font.name = family
            font.size = Pt(fitted.size * para.scale)
            font.bold = span.bold
            font.italic = span.italic
            tint = span.colour or colour
            if tint:
                font.color.rgb = RGBColor.from_string(tint)
