"""A chart's house look written straight into its XML: the text's face, size and colour, the
axes' rules, the legend, each series' colour.

python-pptx's chart proxies set each of these through a chain of objects (a chart's font, its
value axis's major gridlines' format's line's colour...), each step finding or adding its
element anew: a deck's four charts spent more on that than on the rest of their XML. Here each
element is found or added once, where the chart schema puts it, and written as python-pptx's
setters write it (the tests hold the two byte for byte).

Nothing here knows python-pptx: it works on the ``c:chartSpace`` element of a chart part.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _tags(prefix: str, names: str) -> tuple[str, ...]:
    return tuple(prefix + name for name in names.split())


# what may follow an element in its parent, in the schema's order: a new element goes before
# the first of them its parent has (python-pptx's ``insert_element_before``)
_FILLS = _tags(_A, "noFill solidFill gradFill blipFill pattFill grpFill")
_COLOURS = _tags(_A, "scrgbClr srgbClr hslClr sysClr schemeClr prstClr")
_AFTER_FILL = {  # by the fill's parent
    _C + "spPr": _tags(_A, "ln effectLst effectDag scene3d sp3d extLst"),
    _A + "ln": _tags(_A, "prstDash custDash round bevel miter headEnd tailEnd extLst"),
    _A + "defRPr": _tags(
        _A,
        "effectLst effectDag highlight uLnTx uLn uFillTx uFill latin ea cs sym hlinkClick "
        "hlinkMouseOver rtl extLst",
    ),
}
_AFTER_LN = _tags(_A, "effectLst effectDag scene3d sp3d extLst")
_AFTER_LATIN = _tags(_A, "ea cs sym hlinkClick hlinkMouseOver rtl extLst")
_AFTER_CHART_TEXT = _tags(_C, "externalData printSettings userShapes extLst")
_AFTER_TITLE_DELETED = _tags(
    _C,
    "pivotFmts view3D floor sideWall backWall plotArea legend plotVisOnly dispBlanksAs "
    "showDLblsOverMax extLst",
)
_AFTER_LEGEND = _tags(_C, "plotVisOnly dispBlanksAs showDLblsOverMax extLst")
_AFTER_AXIS_SHAPE = _tags(
    _C,
    "txPr crossAx crosses crossesAt crossBetween majorUnit minorUnit dispUnits auto lblAlgn "
    "lblOffset tickLblSkip tickMarkSkip noMultiLvlLbl extLst",
)
_AFTER_NUMBER_FORMAT = _tags(_C, "majorTickMark minorTickMark tickLblPos spPr") + _AFTER_AXIS_SHAPE
_AFTER_GRIDLINES = _tags(_C, "minorGridlines title numFmt") + _AFTER_NUMBER_FORMAT
_AFTER_SERIES_SHAPE = _tags(
    _C,
    "invertIfNegative pictureOptions marker dPt dLbls trendline errBars cat val xVal yVal "
    "shape smooth bubbleSize bubble3D explosion extLst",
)
_AFTER_MARKER = _tags(_C, "dPt dLbls trendline errBars cat val smooth extLst")
_AFTER_GAP = _tags(_C, "overlap serLines axId extLst")


def _got(parent, tag: str, successors: Iterable[str] = ()):
    """``parent``'s child ``tag``: the one it has, or a new one where the schema puts it."""
    found = parent.find(tag)
    if found is not None:
        return found
    element = parent.makeelement(tag)
    for child in parent:
        if child.tag in successors:
            child.addprevious(element)
            return element
    parent.append(element)
    return element


def _drop(parent, tag: str) -> None:
    for child in parent.findall(tag):
        parent.remove(child)


def _solid(parent, colour: str) -> None:
    """A solid fill of hex ``colour`` in ``parent``, in place of any other fill."""
    fill = parent.find(_A + "solidFill")
    if fill is None:
        for other in _FILLS:
            _drop(parent, other)
        fill = _got(parent, _A + "solidFill", _AFTER_FILL[parent.tag])
    colour_element = fill.find(_A + "srgbClr")
    if colour_element is None:
        for other in _COLOURS:
            _drop(fill, other)
        colour_element = _got(fill, _A + "srgbClr")
    colour_element.set("val", colour.upper())


def _no_fill(parent) -> None:
    if parent.find(_A + "noFill") is None:
        for other in _FILLS:
            _drop(parent, other)
        _got(parent, _A + "noFill", _AFTER_FILL[parent.tag])


def _shape(parent, successors: Iterable[str]):
    return _got(parent, _C + "spPr", successors)


def _line(shape):
    return _got(shape, _A + "ln", _AFTER_LN)


def text(space, family: str, centipoints: int, ink: str) -> None:
    """The chart's text: ``family`` at ``centipoints`` hundredths of a point, in ``ink``."""
    body = space.find(_C + "txPr")
    if body is None:
        body = _got(space, _C + "txPr", _AFTER_CHART_TEXT)
        for tag in ("bodyPr", "lstStyle", "p"):
            body.append(body.makeelement(_A + tag))
    paragraph = body.find(_A + "p")
    defaults = _got(_got(paragraph, _A + "pPr", _tags(_A, "r br fld endParaRPr")), _A + "defRPr")
    _got(defaults, _A + "latin", _AFTER_LATIN).set("typeface", family)
    defaults.set("sz", str(centipoints))
    _solid(defaults, ink)


def untitled(space) -> None:
    """No title, and none made up by a viewer."""
    chart = space.find(_C + "chart")
    _drop(chart, _C + "title")
    _got(chart, _C + "autoTitleDeleted", _AFTER_TITLE_DELETED).set("val", "1")


def legend(space, position: str | None) -> None:
    """A legend at ``position`` (an ST_LegendPos: "b", "r"...), outside the plot; None: none."""
    chart = space.find(_C + "chart")
    if position is None:
        _drop(chart, _C + "legend")
        return
    key = _got(chart, _C + "legend", _AFTER_LEGEND)
    place = _got(key, _C + "legendPos", _tags(_C, "legendEntry layout overlay spPr txPr extLst"))
    if position == "r":  # the schema's default: python-pptx writes it by leaving it out
        place.attrib.pop("val", None)
    else:
        place.set("val", position)
    _got(key, _C + "overlay", _tags(_C, "spPr txPr extLst")).set("val", "0")


def axes(space, rule: str, number_format: str | None) -> None:
    """Gridlines across the values in ``rule``, no value axis line, a category axis line in
    ``rule``; the values' numbers in ``number_format`` (else as the workbook has them)."""
    area = space.find(f"{_C}chart/{_C}plotArea")
    values = area.find(_C + "valAx")
    if values is None:
        raise ValueError("a chart without a value axis has no axes to draw")
    grid = _got(values, _C + "majorGridlines", _AFTER_GRIDLINES)
    _solid(_line(_got(grid, _C + "spPr", (_C + "extLst",))), rule)
    _no_fill(_line(_shape(values, _AFTER_AXIS_SHAPE)))
    _drop(values, _C + "minorGridlines")
    if number_format:
        numbers = _got(values, _C + "numFmt", _AFTER_NUMBER_FORMAT)
        numbers.set("formatCode", number_format)
        numbers.set("sourceLinked", "0")
    categories = area.find(_C + "catAx")
    if categories is None:
        raise ValueError("a chart without a category axis has no axes to draw")
    _solid(_line(_shape(categories, _AFTER_AXIS_SHAPE)), rule)
    _drop(categories, _C + "majorGridlines")


def bars(space, gap: int, overlap: int, colours: Sequence[str] = ()) -> None:
    """The first bar chart's bars ``gap`` apart and ``overlap`` over (percents of a bar); its
    first series filled each with its colour in ``colours``."""
    plot = space.find(f"{_C}chart/{_C}plotArea/{_C}barChart")
    gap_width = _got(plot, _C + "gapWidth", _AFTER_GAP)
    if gap == 150:  # the schema's default, left out as python-pptx leaves it out
        gap_width.attrib.pop("val", None)
    else:
        gap_width.set("val", str(gap))
    if overlap:
        _got(plot, _C + "overlap", _tags(_C, "serLines axId extLst")).set("val", str(overlap))
    else:
        _drop(plot, _C + "overlap")
    for series, colour in zip(plot.findall(_C + "ser"), colours, strict=False):
        _solid(_shape(series, _AFTER_SERIES_SHAPE), colour)


def lines(space, emus: int, colours: Sequence[str]) -> None:
    """The first line chart's series unsmoothed, ``emus`` wide, each with filled markers, all
    in its colour."""
    plot = space.find(f"{_C}chart/{_C}plotArea/{_C}lineChart")
    for series, colour in zip(plot.findall(_C + "ser"), colours, strict=True):
        _got(series, _C + "smooth", (_C + "extLst",)).set("val", "0")
        line = _line(_shape(series, _AFTER_SERIES_SHAPE))
        _solid(line, colour)
        line.set("w", str(emus))
        marker = _shape(_got(series, _C + "marker", _AFTER_MARKER), (_C + "extLst",))
        _solid(marker, colour)
        _solid(_line(marker), colour)
