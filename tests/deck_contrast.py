"""Contrast as a reader meets it on a slide: each text run against what is behind it, and each
graphic (a shape with no text of its own that nothing sits on) against what is behind it,
worked out from the colours written in the deck (the layout's background and decoration, then
the slide's shapes in the order they are painted).

What is behind a thing is the topmost thing painted before it that holds its middle and is not
much smaller than it, down to the slide's background. A gradient counts as each of its stops,
the worst taken; a see-through fill is mixed with what is behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
TEXT_RATIO = 4.5
GRAPHIC_RATIO = 3.0


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(one: str, other: str) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(top: str, under: str, alpha: float) -> str:
    a = [int(top[i : i + 2], 16) for i in (0, 2, 4)]
    b = [int(under[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(x * alpha + y * (1 - alpha)):02X}" for x, y in zip(a, b, strict=True))


@dataclass
class Layer:
    """Something painted: where, and its colours (several for a gradient), each with opacity."""

    box: tuple[float, float, float, float]  # left, top, right, bottom
    colours: list[tuple[str, float]]
    name: str = ""
    under: list[Layer] = field(default_factory=list)  # set when something was found on it

    def holds(self, x: float, y: float) -> bool:
        left, top, right, bottom = self.box
        return left <= x <= right and top <= y <= bottom

    @property
    def area(self) -> float:
        left, top, right, bottom = self.box
        return max(0.0, right - left) * max(0.0, bottom - top)


def _colours(fill) -> list[tuple[str, float]]:
    """The colours of a solidFill or gradFill element (hex, opacity), or [] for none."""
    if fill is None:
        return []
    out = []
    for srgb in fill.iter(f"{A}srgbClr"):
        alpha = srgb.find(f"{A}alpha")
        out.append(
            (srgb.get("val").upper(), int(alpha.get("val")) / 100000 if alpha is not None else 1)
        )
    return out


def _fill(props):
    if props is None:
        return None
    return next((c for c in props if c.tag in (f"{A}solidFill", f"{A}gradFill")), None)


def _box(element) -> tuple[float, float, float, float] | None:
    xfrm = element.find(f"{P}spPr/{A}xfrm")
    if xfrm is None:
        xfrm = element.find(f"{P}grpSpPr/{A}xfrm")
    if xfrm is None:
        xfrm = element.find(f"{P}xfrm")
    if xfrm is None:
        return None
    off, ext = xfrm.find(f"{A}off"), xfrm.find(f"{A}ext")
    x, y = int(off.get("x")), int(off.get("y"))
    return x, y, x + int(ext.get("cx")), y + int(ext.get("cy"))


class Painter:
    """A slide painted layer by layer, asked what is behind each new thing."""

    def __init__(self, background: Layer):
        self.layers = [background]

    def behind(self, box) -> Layer:
        x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        area = max(1.0, (box[2] - box[0]) * (box[3] - box[1]))
        for layer in reversed(self.layers):
            if layer.holds(x, y) and (layer is self.layers[0] or layer.area >= 0.3 * area):
                return layer
        return self.layers[0]

    def solid(self, layer: Layer) -> list[str]:
        """The opaque colours ``layer`` shows (a see-through one mixed with what is behind)."""
        out = []
        for colour, alpha in layer.colours:
            if alpha >= 0.999 or layer is self.layers[0]:
                out.append(colour)
            else:
                under = self.solid(self.behind_of(layer))
                out += [mix(colour, u, alpha) for u in under]
        return out

    def behind_of(self, layer: Layer) -> Layer:
        index = self.layers.index(layer)
        x, y = (layer.box[0] + layer.box[2]) / 2, (layer.box[1] + layer.box[3]) / 2
        for below in reversed(self.layers[:index]):
            if below.holds(x, y) and (below is self.layers[0] or below.area >= 0.3 * layer.area):
                return below
        return self.layers[0]

    def add(self, layer: Layer) -> None:
        if layer.colours:
            self.layers.append(layer)


@dataclass(frozen=True)
class Finding:
    what: str  # "text" or "graphic"
    name: str
    said: str
    colour: str
    against: str
    ratio: float


def _background(slide) -> Layer:
    for part in (slide, slide.slide_layout, slide.slide_layout.slide_master):
        bg = part.element.find(f"{P}cSld/{P}bg/{P}bgPr")
        if bg is not None:
            return Layer((-1e12, -1e12, 1e12, 1e12), _colours(_fill(bg)), "background")
    return Layer((-1e12, -1e12, 1e12, 1e12), [("FFFFFF", 1)], "background")


def _leaves(tree):
    for element in tree:
        if element.tag == f"{P}grpSp":
            yield from _leaves(element)
        elif element.tag in (f"{P}sp", f"{P}cxnSp", f"{P}graphicFrame", f"{P}pic"):
            yield element


def _runs(element):
    """The runs (and fields) with visible text in a shape or cell, and their colours; a
    redaction (a highlighted run of spaces) is its bar, in the highlight's colour."""
    for run in element.iter(f"{A}r", f"{A}fld"):
        text = run.findtext(f"{A}t") or ""
        bar = run.find(f"{A}rPr/{A}highlight/{A}srgbClr")
        if bar is not None:
            yield "\u2588", bar.get("val").upper()
            continue
        if not text.strip():
            continue
        srgb = run.find(f"{A}rPr/{A}solidFill/{A}srgbClr")
        yield text, srgb.get("val").upper() if srgb is not None else None


def chart_colours(slide, frame) -> tuple[list[str], list[str]]:
    """The colours a chart's series are drawn in (fills, or lines when unfilled) and the
    colours its text is set in."""
    from lxml import etree

    chart = frame.find(f".//{C}chart")
    if chart is None:
        return [], []
    rid = chart.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    root = etree.fromstring(slide.part.related_part(rid).blob)
    series = []
    for ser in root.iter(f"{C}ser"):
        for props in [ser.find(f"{C}spPr"), *ser.iterfind(f"{C}dPt/{C}spPr")]:
            if props is None or props.find(f"{A}noFill") is not None:
                continue
            fill = _fill(props)
            colours = _colours(fill) or _colours(_fill(props.find(f"{A}ln")))
            series += [c for c, _ in colours]
    text = [
        srgb.get("val").upper()
        for rpr in root.iter(f"{A}defRPr")
        for srgb in rpr.iterfind(f"{A}solidFill/{A}srgbClr")
    ]
    return series, text


def check_slide(slide) -> list[Finding]:
    """Every text run below 4.5:1 and every graphic below 3:1 on ``slide``."""
    painter = Painter(_background(slide))
    for element in _leaves(slide.slide_layout.shapes.element):
        if element.find(f".//{P}ph") is None:
            box = _box(element)
            props = element.find(f"{P}spPr")
            if box is not None:
                painter.add(Layer(box, _colours(_fill(props)), "layout"))
    found: list[Finding] = []
    graphics: list[tuple[Layer, list[str], list[str]]] = []
    placed: list[tuple[float, float, float, float]] = []  # every shape's box, in paint order
    for element in _leaves(slide.shapes.element):
        box = _box(element)
        if box is None:  # a placeholder placed by its layout
            ph = element.find(f".//{P}ph")
            box = _layout_box(slide, ph)
        if box is None:
            continue
        name = element.find(f".//{P}cNvPr").get("name")
        props = element.find(f"{P}spPr")
        own = Layer(box, _colours(_fill(props)), name)
        placed.append(box)
        runs = list(_runs(element)) if element.tag == f"{P}sp" else []
        if element.tag == f"{P}graphicFrame":
            found += _frame(painter, slide, element, box, name)
            continue
        if runs:
            painter.add(own)
            under = painter.behind(box) if not own.colours else own
            behind = painter.solid(under)
            for text, colour in runs:
                if colour is None:
                    found.append(Finding("text", name, text, "none", "", 0.0))
                    continue
                worst = min(behind, key=lambda b, c=colour: ratio(c, b))
                least = GRAPHIC_RATIO if text == "\u2588" else TEXT_RATIO  # a bar is a graphic
                if ratio(colour, worst) < least:
                    found.append(Finding("text", name, text, colour, worst, ratio(colour, worst)))
            continue
        line = _colours(_fill(props.find(f"{A}ln"))) if props is not None else []
        if not own.colours and not line:
            continue
        under = painter.behind(box)
        behind = painter.solid(under)
        painter.add(own)
        shown = painter.solid(own) if own.colours else []
        strokes = [mix(c, behind[0], a) for c, a in line]
        graphics.append((own, behind, shown + strokes, len(placed)))
    for own, behind, colours, at in graphics:
        if any(_on(box, own) for box in placed[at:]):
            continue  # a backdrop (a card, a band): what is on it is checked against it
        best = max(
            (min(ratio(c, b) for b in behind) for c in colours),
            default=0.0,
        )
        if best < GRAPHIC_RATIO:
            found.append(Finding("graphic", own.name, "", colours[0], behind[0], best))
    return found


def _on(box, layer: Layer) -> bool:
    """Whether a shape in ``box`` stands on ``layer``: its middle inside, and not much larger."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    area = (box[2] - box[0]) * (box[3] - box[1])
    return layer.holds(x, y) and layer.area >= 0.3 * area


def _layout_box(slide, ph):
    if ph is None:
        return None
    idx = ph.get("idx", "0")
    for shape in slide.slide_layout.placeholders:
        if str(shape.placeholder_format.idx) == idx:
            return (shape.left, shape.top, shape.left + shape.width, shape.top + shape.height)
    return None


def _frame(painter: Painter, slide, element, box, name) -> list[Finding]:
    """A table's cells (text against each cell's fill) or a chart's series (each colour
    against what is behind the chart)."""
    found = []
    behind = painter.solid(painter.behind(box))
    for cell in element.iter(f"{A}tc"):
        fill = _colours(_fill(cell.find(f"{A}tcPr")))
        under = [c for c, _ in fill] or behind
        for text, colour in _runs(cell):
            if colour is None:
                found.append(Finding("text", name, text, "none", "", 0.0))
                continue
            worst = min(under, key=lambda b, c=colour: ratio(c, b))
            if ratio(colour, worst) < TEXT_RATIO:
                found.append(Finding("text", name, text, colour, worst, ratio(colour, worst)))
    series, text = chart_colours(slide, element)
    for colours, least, what in ((series, GRAPHIC_RATIO, "graphic"), (text, TEXT_RATIO, "text")):
        for colour in colours:
            worst = min(behind, key=lambda b, c=colour: ratio(c, b))
            if ratio(colour, worst) < least:
                found.append(Finding(what, name, "chart", colour, worst, ratio(colour, worst)))
    return found
