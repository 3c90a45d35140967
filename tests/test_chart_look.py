"""A chart's house look, written straight into its XML (printworks.deck.chart_look), is what
python-pptx's own chart setters write: each kind of chart a deck draws is made twice on one
slide, styled once each way, and the two chart parts compared byte for byte."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import etree
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.util import Pt

from printworks.deck import chart_look
from printworks.deck.charts import _frame
from printworks.deck.style import Rect

MADE = datetime(2024, 1, 1, tzinfo=UTC)
INK, RULE, FACE = "23262d", "787F8C", "Source Sans 3"
TEXT = "{http://schemas.openxmlformats.org/drawingml/2006/chart}txPr"
POSITIONS = {"b": XL_LEGEND_POSITION.BOTTOM, "r": XL_LEGEND_POSITION.RIGHT}


def _two_charts(kind, series: list[list[float]], number_format: str = "General"):
    """The same chart twice, on one new slide."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    made = []
    for _ in range(2):
        data = CategoryChartData(number_format=number_format)
        data.categories = ["Q1", "Q2", "Q3"]
        for number, values in enumerate(series):
            data.add_series(f"Series {number}", values)
        made.append(_frame(slide, kind, Rect(10, 10, 300, 200), data, "a chart", MADE)[1])
    return made


def _xml(chart) -> bytes:
    return etree.tostring(chart.element)


def _by_setters(chart, size: float, legend: str | None, number_format: str | None) -> None:
    """The look as python-pptx's chart proxies set it."""
    chart.font.name = FACE
    chart.font.size = Pt(size)
    chart.font.color.rgb = RGBColor.from_string(INK)
    chart.has_title = False
    chart.has_legend = legend is not None
    if legend is not None:
        chart.legend.position = POSITIONS[legend]
        chart.legend.include_in_layout = False
    if number_format is None and legend is None:
        return  # a gauge: no axes
    value = chart.value_axis
    value.has_major_gridlines = True
    value.major_gridlines.format.line.color.rgb = RGBColor.from_string(RULE)
    value.format.line.fill.background()
    value.has_minor_gridlines = False
    if number_format:
        value.tick_labels.number_format = number_format
        value.tick_labels.number_format_is_linked = False
    chart.category_axis.format.line.color.rgb = RGBColor.from_string(RULE)
    chart.category_axis.has_major_gridlines = False


def _by_hand(chart, size: float, legend: str | None, number_format: str | None) -> None:
    space = chart.element
    chart_look.text(space, FACE, Pt(size).centipoints, INK)
    chart_look.untitled(space)
    chart_look.legend(space, legend)
    if number_format is None and legend is None:
        return
    chart_look.axes(space, RULE, number_format)


COLOURS = ["A13D2D", "3c6b46"]


@pytest.mark.parametrize("count", [1, 2])
@pytest.mark.parametrize("number_format", [None, '"$"#,##0'])
@pytest.mark.parametrize(("gap", "overlap"), [(60, -10), (50, 100), (150, 0)])
def test_columns_look_as_python_pptx_sets_them(count, number_format, gap, overlap):
    series = [[1.0, 2.5, 4.0], [3.0, 0.0, 2.0]][:count]
    kind = XL_CHART_TYPE.COLUMN_CLUSTERED if overlap <= 0 else XL_CHART_TYPE.COLUMN_STACKED
    ours, theirs = _two_charts(kind, series, number_format or "General")
    _by_hand(ours, 11, "b", number_format)
    chart_look.bars(ours.element, gap, overlap, COLOURS[:count])
    _by_setters(theirs, 11, "b", number_format)
    plot = theirs.plots[0]
    plot.gap_width, plot.overlap = gap, overlap
    for drawn, colour in zip(plot.series, COLOURS, strict=False):
        drawn.format.fill.solid()
        drawn.format.fill.fore_color.rgb = RGBColor.from_string(colour)
    assert _xml(ours) == _xml(theirs)
    assert b'val="A13D2D"' in _xml(ours)  # and the look is there at all


@pytest.mark.parametrize("count", [1, 2])
def test_lines_look_as_python_pptx_sets_them(count):
    series = [[4.5, 3.0, 1.0], [1.0, 2.0, 2.5]][:count]
    ours, theirs = _two_charts(XL_CHART_TYPE.LINE_MARKERS, series)
    _by_hand(ours, 10, "r", None)
    chart_look.lines(ours.element, Pt(2.5), COLOURS[:count])
    _by_setters(theirs, 10, "r", None)
    for drawn, colour in zip(theirs.plots[0].series, COLOURS, strict=False):
        drawn.smooth = False
        drawn.format.line.color.rgb = RGBColor.from_string(colour)
        drawn.format.line.width = Pt(2.5)
        drawn.marker.format.fill.solid()
        drawn.marker.format.fill.fore_color.rgb = RGBColor.from_string(colour)
        drawn.marker.format.line.color.rgb = RGBColor.from_string(colour)
    assert _xml(ours) == _xml(theirs)
    assert b'w="31750"' in _xml(ours)


def test_a_gauge_looks_as_python_pptx_sets_it():
    ours, theirs = _two_charts(XL_CHART_TYPE.DOUGHNUT, [[40.0, 60.0, 100.0]])
    _by_hand(ours, 10, None, None)
    _by_setters(theirs, 10, None, None)
    assert _xml(ours) == _xml(theirs)
    assert b"<c:legend" not in _xml(ours)


def test_a_second_look_replaces_the_first():
    """Written over a chart already styled (another colour, fill and format), the look is the
    one python-pptx's setters leave, not a second fill beside the first."""
    ours, theirs = _two_charts(XL_CHART_TYPE.COLUMN_CLUSTERED, [[1.0, 2.0, 3.0]], "0%")
    for chart in (ours, theirs):
        _by_setters(chart, 12, "r", "0.0")
        chart.plots[0].series[0].format.fill.background()
    _by_hand(ours, 9, "b", "#,##0")
    chart_look.bars(ours.element, 60, -10, ["112233"])
    _by_setters(theirs, 9, "b", "#,##0")
    theirs.plots[0].gap_width, theirs.plots[0].overlap = 60, -10
    theirs.plots[0].series[0].format.fill.solid()
    theirs.plots[0].series[0].format.fill.fore_color.rgb = RGBColor.from_string("112233")
    assert _xml(ours) == _xml(theirs)
    assert _xml(ours).count(b"<a:solidFill>") == _xml(theirs).count(b"<a:solidFill>")


@pytest.mark.parametrize(
    "kind", [XL_CHART_TYPE.COLUMN_CLUSTERED, XL_CHART_TYPE.LINE_MARKERS, XL_CHART_TYPE.DOUGHNUT]
)
def test_a_chart_without_text_properties_gets_them_as_python_pptx_adds_them(kind):
    """python-pptx's charts come with their text properties; one without gets them where the
    schema puts them, made as python-pptx makes them."""
    ours, theirs = _two_charts(kind, [[1.0, 2.0, 3.0]])
    for chart in (ours, theirs):
        chart.element.remove(chart.element.find(TEXT))
    legend = None if kind == XL_CHART_TYPE.DOUGHNUT else "b"
    _by_hand(ours, 10, legend, None)
    _by_setters(theirs, 10, legend, None)
    assert _xml(ours) == _xml(theirs)
    assert ours.element.find(TEXT) is not None
