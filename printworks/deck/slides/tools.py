"""The toolkit: the strategic enablers, and the maturity scorecard they justify."""

from __future__ import annotations

from printworks.deck import shapes
from printworks.deck.slides.parts import banner, card, card_pages, chip, standing_slide
from printworks.deck.style import Rect

STRIP = 44.0


def enablers(deck) -> None:
    taglines = deck.says("enablers.taglines")
    items = list(enumerate(deck.role.weaponry, start=1))
    strong = deck.colour("strong")

    def paras(item):
        number, weapon = item
        return (
            deck.para(weapon.name.one_line(), bold=True, colour=strong),
            deck.para(
                taglines[(number - 1) % len(taglines)], colour=deck.colour("muted"), scale=0.8
            ),
        )

    def inner(rect: Rect) -> Rect:
        return Rect(
            rect.left + 12, rect.top + STRIP + 14, rect.width - 22, rect.height - STRIP - 24
        )

    pages = card_pages(deck, items, deck.body, 3, 2, paras, inner, "heading", max_height=230)
    for number, page in enumerate(pages):
        slide = standing_slide(deck, "enablers", number)
        for item, rect in zip(page.items, page.rects, strict=True):
            card(deck, slide, rect)
            chip(
                deck,
                slide,
                Rect(rect.left + 12, rect.top + 12, 84, STRIP - 8),
                f"{item[0]:02d}",
                deck.colour("dark"),
                deck.colour("on_dark"),
                kind="pentagon",
            )
            deck.text(slide, inner(rect), paras(item), "heading", top=page.size)
        banner(deck, slide, page.rects, "enablers")


def _levels(deck) -> list[tuple[str, int]]:
    """Each distinct unit of the org chart, rated by how close it sits to the role itself."""
    nodes = deck.facts.org
    mine = next(i for i, n in enumerate(nodes) if n.node.this_role)

    def path(index: int) -> list[int]:
        out = [index]
        while nodes[out[-1]].parent is not None:
            out.append(nodes[out[-1]].parent)
        return out

    own = path(mine)
    rated: dict[str, int] = {}
    for index in range(len(nodes)):
        theirs = path(index)
        common = next(i for i in theirs if i in own)
        distance = theirs.index(common) + own.index(common)
        title = nodes[index].node.title.one_line()
        rated[title] = max(rated.get(title, 1), max(1, 5 - distance))
    return sorted(rated.items(), key=lambda pair: -pair[1])


def maturity(deck) -> None:
    stages = deck.says("maturity.stages")
    body = deck.body
    strip = Rect(body.left, body.top, body.width, STRIP)
    area = Rect(body.left, strip.bottom + 16, body.width, body.height - STRIP - 16)
    label_width = area.width * 0.3  # the stages need the room to set each name whole at 10pt
    scale = Rect(area.left + label_width + 12, area.top, area.width - label_width - 12, 0)
    rows: list[tuple[str, int, float]] = []
    for title, level in _levels(deck):
        para = deck.para(title, bold=True, colour=deck.colour("strong"))
        fitted = deck.fits((para,), Rect(0, 0, label_width, area.height), "heading", top=12)
        height = max(28.0, (fitted.height if fitted else area.height) + 2 * deck.measure.inset)
        rows.append((title, level, min(height, area.height)))
    pages: list[list[tuple[str, int, float]]] = [[]]
    used = 0.0
    for row in rows:
        if pages[-1] and used + row[2] > area.height:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += row[2] + 6
    good, line = deck.colour("good"), deck.colour("line")
    for number, page in enumerate(pages):
        slide = deck.slide(
            "maturity",
            deck.say("maturity.title"),
            page=number,
            notes=deck.say(
                "maturity.notes",
                rows=[{"title": t, "level": lv} for t, lv, _ in rows],
                stages=stages,
            ),
            footnote=deck.say("maturity.footnote"),
        )
        chevrons = Rect(scale.left, strip.top, scale.width, strip.height).columns(len(stages), -6)
        labels = [
            (deck.para(stage, bold=True, colour=deck.colour("on_dark"), align="centre"),)
            for stage in stages
        ]
        inner = [Rect(c.left + c.height / 2, c.top, c.width - c.height, c.height) for c in chevrons]
        size = deck.common(labels, inner, "eyebrow")
        for index, (cell, label) in enumerate(zip(chevrons, labels, strict=True)):
            deck.text(
                slide,
                cell,
                label,
                "eyebrow",
                top=size,
                fill=deck.colour("dark" if index < len(stages) - 1 else "accent"),
                kind="chevron",
                anchor="middle",
            )
        deck.text(
            slide,
            Rect(area.left, strip.top, label_width, strip.height),
            deck.para(deck.say("maturity.unit_header"), bold=True, colour=deck.colour("muted")),
            "eyebrow",
            anchor="bottom",
        )
        y = area.top
        for title, level, height in page:
            deck.text(
                slide,
                Rect(area.left, y, label_width, height),
                deck.para(title, bold=True, colour=deck.colour("strong")),
                "heading",
                top=12,
                anchor="middle",
            )
            cells = Rect(scale.left, y + 4, scale.width, height - 8).columns(len(stages), 4)
            for index, cell in enumerate(cells):
                shapes.box(slide, cell, "rect", fill=good if index < level else line)
            shapes.connector(
                slide,
                area.left,
                y + height + 3,
                area.right,
                y + height + 3,
                deck.colour("line"),
                0.75,
            )
            y += height + 6
