"""The org chart, as native boxes and connectors, with the pressure flow beside it.

A tree that fits is drawn top-down, one row a level. A tree too wide or too wordy for that is
drawn as an indented chart instead, which can run over as many slides as it needs.
"""

from __future__ import annotations

from printworks.deck import shapes
from printworks.deck.fit import Para
from printworks.deck.slides.parts import bullets
from printworks.deck.style import Rect
from printworks.facts import OrgEntry
from printworks.model import OrgNode

LEVEL_GAP = 24.0
SIBLING_GAP = 10.0
MAX_BOX = (150.0, 54.0)
MIN_BOX_WIDTH = 78.0
INDENT = 22.0


def _label(deck, node: OrgNode, light: bool) -> tuple[Para, ...]:
    ink = deck.colour("on_dark") if light else deck.colour("strong")
    paras = [
        deck.para(node.title.one_line(), bold=True, colour=ink, align="centre", space_after=0.2)
    ]
    if node.this_role:
        paras.insert(0, deck.para(deck.say("org.you"), colour=ink, align="centre", scale=0.75))
    return tuple(paras)


def _top_down(deck, nodes: list[OrgEntry], area: Rect) -> tuple[list[Rect], float] | None:
    leaves = [i for i, n in enumerate(nodes) if not n.children]
    levels = max(n.depth for n in nodes) + 1
    slot = area.width / len(leaves)
    width = min(MAX_BOX[0], slot - SIBLING_GAP)
    height = min(MAX_BOX[1], (area.height - LEVEL_GAP * (levels - 1)) / levels)
    if width < MIN_BOX_WIDTH or height < 30:
        return None
    x = [0.0] * len(nodes)  # each box's centre
    for number, leaf in enumerate(leaves):
        x[leaf] = area.left + slot * (number + 0.5)
    for index in reversed(range(len(nodes))):
        children = nodes[index].children
        if children:
            x[index] = sum(x[c] for c in children) / len(children)
    used = levels * height + (levels - 1) * LEVEL_GAP
    top = area.top + (area.height - used) / 2
    rects = [
        Rect(x[i] - width / 2, top + n.depth * (height + LEVEL_GAP), width, height)
        for i, n in enumerate(nodes)
    ]
    sizes = []
    for item, rect in zip(nodes, rects, strict=True):
        fitted = deck.fits(_label(deck, item.node, item.node.this_role), rect, "heading", top=12)
        if fitted is None:
            return None
        sizes.append(fitted.size)
    return rects, min(sizes)


def _draw_box(deck, slide, item: OrgEntry, rect: Rect, size: float) -> None:
    mine = item.node.this_role
    deck.text(
        slide,
        rect,
        _label(deck, item.node, mine),
        "heading",
        top=size,
        anchor="middle",
        fill=deck.colour("accent") if mine else deck.colour("panel"),
        line=None if mine else deck.colour("line"),
        kind="round",
    )


def _elbows(deck, slide, nodes: list[OrgEntry], rects: list[Rect]) -> None:
    colour = deck.colour("muted")
    for index, item in enumerate(nodes):
        if not item.children:
            continue
        parent = rects[index]
        bus = parent.bottom + LEVEL_GAP / 2
        centre = parent.left + parent.width / 2
        shapes.connector(slide, centre, parent.bottom, centre, bus, colour)
        xs = [rects[c].left + rects[c].width / 2 for c in item.children]
        if max(xs) - min(xs) > 0.5:
            shapes.connector(slide, min(xs), bus, max(xs), bus, colour)
        for child, x in zip(item.children, xs, strict=True):
            shapes.connector(slide, x, bus, x, rects[child].top, colour)


def _pressure(deck, slide, rect: Rect) -> None:
    flow = deck.role.org_chart.pressure_flow
    halves = rect.rows(2, 12)
    for half, key, items, arrow in (
        (halves[0], "down", flow.down, "down"),
        (halves[1], "up", flow.up, "up"),
    ):
        shapes.box(slide, half, "rect", fill=deck.colour("panel"))
        shapes.box(
            slide, Rect(half.left + 8, half.top + 8, 18, 22), arrow, fill=deck.colour("accent")
        )
        deck.text(
            slide,
            Rect(half.left + 30, half.top + 4, half.width - 34, 30),
            deck.para(deck.say(f"org.{key}"), bold=True, colour=deck.colour("strong")),
            "heading",
            anchor="middle",
            top=13,
        )
        deck.text(
            slide,
            Rect(half.left + 4, half.top + 36, half.width - 8, half.height - 40),
            tuple(bullets(deck, [t.one_line() for t in items])),
            "body",
            top=11,
        )


def org_chart(deck) -> None:
    nodes = deck.facts.org
    body = deck.body
    tree_area, panel = body.columns(3, 16)[0], body.columns(3, 16)[2]
    tree_area = Rect(tree_area.left, tree_area.top, panel.left - 16 - tree_area.left, body.height)
    title, notes = deck.say("org.title"), deck.say("org.notes")
    footnote = deck.say("org.footnote")
    placed = _top_down(deck, nodes, tree_area)
    if placed:
        slide = deck.slide("org", title, notes=notes, footnote=footnote)
        rects, size = placed
        _elbows(deck, slide, nodes, rects)
        for item, rect in zip(nodes, rects, strict=True):
            _draw_box(deck, slide, item, rect, size)
        _pressure(deck, slide, panel)
        return
    _indented(deck, nodes, tree_area, panel, title, notes, footnote)


def _indented(deck, nodes, area: Rect, panel: Rect, title, notes, footnote) -> None:
    """The chart as an outline of boxes, paged: for trees too large to draw top-down."""
    rows: list[tuple[int, Rect]] = []
    pages: list[list[tuple[int, Rect]]] = []
    y = area.top
    for index, item in enumerate(nodes):
        indent = min(item.depth, 8) * INDENT
        width = area.width - indent
        label = _label(deck, item.node, item.node.this_role)
        fitted = deck.fits(label, Rect(0, 0, width, area.height), "heading", top=11)
        height = max(26.0, (fitted.height if fitted else area.height) + 2 * deck.measure.inset + 2)
        height = min(height, area.height)
        if y + height > area.bottom and rows:
            pages.append(rows)
            rows, y = [], area.top
        rows.append((index, Rect(area.left + indent, y, width, height)))
        y += height + 6
    pages.append(rows)
    colour = deck.colour("muted")
    for number, page in enumerate(pages):
        slide = deck.slide("org", title, page=number, notes=notes, footnote=footnote)
        where = dict(page)
        for index, rect in page:
            parent = nodes[index].parent
            if parent in where:
                x = where[parent].left + 10
                mid = rect.top + rect.height / 2
                shapes.connector(slide, x, where[parent].bottom, x, mid, colour)
                shapes.connector(slide, x, mid, rect.left, mid, colour)
        for index, rect in page:
            _draw_box(deck, slide, nodes[index], rect, 11)
        if number == 0:
            _pressure(deck, slide, panel)
