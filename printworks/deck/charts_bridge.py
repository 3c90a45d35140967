"""A native bridge (waterfall) chart: stacked columns on an invisible base, the house's axes.

Beside :mod:`printworks.deck.charts` (whose frame and house look it uses), as its own module:
a bridge is a stacked chart of four series, one of them not drawn.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.oxml.ns import qn
from pptx.util import Pt

from printworks.deck import chart_look
from printworks.deck.charts import Look, _frame, _house
from printworks.deck.style import Rect

FORMAT = "#,##0"


def bridge(
    slide,
    rect: Rect,
    categories: Sequence[str],
    bars: Sequence[tuple[float, float, bool]],
    names: tuple[str, str, str, str],
    colours: tuple[str, str, str],
    paper: str,
    describe: str,
    look: Look,
):
    """Columns from ``bars`` (each from, to, and whether it stands on zero: a start, a total),
    stacked on an invisible base: a rise in the first of ``colours``, a fall in the second, a
    standing bar in the third, each bar's figure on it in ``ink`` on a label of ``paper``;
    ``names``: the base's, the rise's, the fall's and the totals' series."""
    base, up, down, whole = [], [], [], []
    for low, high, standing in bars:
        base.append(0 if standing else min(low, high))
        up.append(high - low if high > low and not standing else 0)
        down.append(low - high if high < low and not standing else 0)
        whole.append(high if standing else 0)
    data = CategoryChartData(number_format=FORMAT)
    data.categories = [str(c) for c in categories]
    for name, values in zip(names, (base, up, down, whole), strict=True):
        data.add_series(str(name), values)
    frame, chart = _frame(slide, XL_CHART_TYPE.COLUMN_STACKED, rect, data, describe, look.made)
    ink = look.ink
    _house(chart, look, 11, "b")
    chart_look.axes(chart.element, look.line, FORMAT)
    chart_look.bars(chart.element, 50, 100)
    drawn = list(chart.plots[0].series)
    elements = list(chart.element.iter(qn("c:ser")))
    drawn[0].format.fill.background()
    drawn[0].format.line.fill.background()
    for series, element, colour in zip(drawn[1:], elements[1:], colours, strict=True):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = RGBColor.from_string(colour)
        labels = series.data_labels
        labels.number_format = f"{FORMAT};-{FORMAT};;"  # a zero (no bar) says nothing
        labels.number_format_is_linked = False
        labels.position = XL_LABEL_POSITION.INSIDE_END
        labels.font.size = Pt(10)
        labels.font.bold = True
        labels.font.color.rgb = RGBColor.from_string(ink)
        labels.show_value = True
        _label_fill(element, paper)
    _legend_without_base(chart)
    return frame


def _label_fill(element, paper: str) -> None:
    """A series' (its ``c:ser`` element's) figures on labels of ``paper``: they read on any bar."""
    labels = element.find(qn("c:dLbls"))
    props = etree.Element(qn("c:spPr"))
    fill = etree.SubElement(props, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr"), val=paper)
    anchor = labels.find(qn("c:numFmt"))
    if anchor is not None:
        anchor.addnext(props)
    else:
        labels.insert(0, props)


def _legend_without_base(chart) -> None:
    """The legend leaves out the invisible base series (a legend entry marked deleted)."""
    legend = chart.element.find(".//" + qn("c:legend"))
    entry = etree.Element(qn("c:legendEntry"))
    etree.SubElement(entry, qn("c:idx"), val="0")
    etree.SubElement(entry, qn("c:delete"), val="1")
    legend.find(qn("c:legendPos")).addnext(entry)
