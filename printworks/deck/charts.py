"""Native, editable PowerPoint charts: columns, lines and a doughnut gauge.

Charts carry no role text: their series and categories come from the copy, so nothing a role
redacts can reach a chart's embedded workbook.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from lxml import etree
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE
from pptx.oxml.ns import qn
from pptx.util import Pt

from printworks.deck import chart_look, compat
from printworks.deck.style import Rect
from printworks.deck.units import emu

Series = tuple[str, Sequence[float], str]  # name, values, hex colour


@dataclass(frozen=True)
class Look:
    """What every chart of a deck is drawn with: the text's face and colour, the colour of its
    axes and gridlines, and the date its embedded workbook bears."""

    family: str
    ink: str
    line: str
    made: datetime


def _frame(slide, kind, rect: Rect, data, describe: str, made: datetime):
    """The chart's frame on ``slide`` with ``describe`` as its alt text, its workbook dated
    ``made``."""
    frame = compat.add_chart(
        slide, kind, emu(rect.left), emu(rect.top), emu(rect.width), emu(rect.height), data, made
    )
    frame.element.find(".//{*}cNvPr").set("descr", describe)
    _unsigned_axes(frame.chart)
    return frame, frame.chart


def _unsigned_axes(chart) -> None:
    """Axis ids as the schema types them (unsigned): python-pptx's bar chart writes negative
    ones, which PowerPoint's validator rejects; the same number without its sign pairs the same
    axes."""
    for tag in ("c:axId", "c:crossAx"):
        for element in chart.element.iter(qn(tag)):
            element.set("val", str(abs(int(element.get("val")))))


def _said(kind: str, categories: Sequence[str], series: Sequence[Series]) -> str:
    """A chart's alt text: its kind, what it plots, and over what."""
    names = [str(name) for name, _, _ in series]
    plotted = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    values = "; ".join(
        f"{name}: " + ", ".join(f"{c} {v:g}" for c, v in zip(categories, values, strict=False))
        for name, values, _ in series
    )
    return f"A {kind} of {plotted} by {', '.join(str(c) for c in categories)}. {values}."


def _house(chart, look: Look, size: float, legend: str | None) -> None:
    """What every chart of a deck shares: its text in the deck's face and ink at ``size``
    points, no title, its legend at ``legend`` (an ST_LegendPos: "b" below, "r" on the right;
    None: no legend)."""
    space = chart.element
    chart_look.text(space, look.family, Pt(size).centipoints, look.ink)
    chart_look.untitled(space)
    chart_look.legend(space, legend)


def _category_chart(
    slide,
    kind,
    rect: Rect,
    categories: Sequence[str],
    series: Sequence[Series],
    look: Look,
    *,
    size: float,
    legend: str,
    number_format: str | None,
):
    """A chart of ``series`` over ``categories`` with the house axes, legend at ``legend``
    (see :func:`_house`)."""
    number_format = str(number_format) if number_format else None
    data = CategoryChartData(number_format=number_format or "General")
    data.categories = [str(c) for c in categories]
    for name, values, _ in series:
        data.add_series(str(name), list(values))
    title = "column chart" if kind == XL_CHART_TYPE.COLUMN_CLUSTERED else "line chart"
    frame, chart = _frame(slide, kind, rect, data, _said(title, categories, series), look.made)
    _house(chart, look, size, legend)
    chart_look.axes(chart.element, look.line, number_format)
    return frame, chart


def columns(
    slide,
    rect: Rect,
    categories: Sequence[str],
    series: Sequence[Series],
    look: Look,
    *,
    number_format: str | None = None,
):
    """A clustered column chart, legend at the bottom."""
    frame, chart = _category_chart(
        slide,
        XL_CHART_TYPE.COLUMN_CLUSTERED,
        rect,
        categories,
        series,
        look,
        size=11,
        legend="b",
        number_format=number_format,
    )
    chart_look.bars(chart.element, 60, -10, [colour for _, _, colour in series])
    return frame


def lines(
    slide,
    rect: Rect,
    categories: Sequence[str],
    series: Sequence[Series],
    look: Look,
    *,
    number_format: str | None = None,
):
    """A line chart with markers, legend on the right."""
    frame, chart = _category_chart(
        slide,
        XL_CHART_TYPE.LINE_MARKERS,
        rect,
        categories,
        series,
        look,
        size=10,
        legend="r",
        number_format=number_format,
    )
    chart_look.lines(chart.element, Pt(2.5), [colour for _, _, colour in series])
    return frame


def gauge(
    slide,
    rect: Rect,
    percent: float,
    names: tuple[str, str],
    colours: tuple[str, str],
    look: Look,
):
    """A half-ring gauge: a doughnut whose lower half is an invisible third slice."""
    data = CategoryChartData(number_format="0")
    data.categories = [str(names[0]), str(names[1]), ""]
    data.add_series(str(names[0]), [percent, 100 - percent, 100])
    said = f"A gauge at {percent:g}%: {names[0]} {percent:g}%, {names[1]} {100 - percent:g}%."
    frame, chart = _frame(slide, XL_CHART_TYPE.DOUGHNUT, rect, data, said, look.made)
    _house(chart, look, 10, None)
    doughnut = chart.element.find(".//" + qn("c:doughnutChart"))
    angle = doughnut.find(qn("c:firstSliceAng"))
    if angle is None:
        angle = etree.SubElement(doughnut, qn("c:firstSliceAng"))
    angle.set("val", "270")
    hole = doughnut.find(qn("c:holeSize"))
    if hole is None:
        hole = etree.SubElement(doughnut, qn("c:holeSize"))
    hole.set("val", "62")
    points = chart.plots[0].series[0].points
    for index, colour in enumerate((*colours, None)):
        fill = points[index].format.fill
        if colour:
            fill.solid()
            fill.fore_color.rgb = RGBColor.from_string(colour)
        else:
            fill.background()
        points[index].format.line.fill.background()
    return frame
