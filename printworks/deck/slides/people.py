"""Who the role is and whom it serves: the many hats, and the 2x2 of target segments."""

from __future__ import annotations

from printworks.deck import backdrop, shapes
from printworks.deck.slides.parts import bullets, card, card_pages, list_pages, standing_slide
from printworks.deck.style import Rect

ICON = 64.0


def _hat(deck, slide, left: float, top: float) -> None:
    """A hat, in stock shapes: a crown on a brim."""
    crown, brim = Rect(left + 14, top, 30, 22), Rect(left + 4, top + 22, 50, 6)
    hat = deck.legible(deck.colour("dark"), crown, 3.0)  # it must show on its card
    shapes.box(slide, crown, "trapezoid", fill=hat)
    band = Rect(left + 14, top + 14, 30, 4)
    shapes.box(slide, band, "rect", fill=backdrop.legible(deck.colour("accent"), (hat,), 3.0))
    shapes.box(slide, brim, "round", fill=hat)


def hats(deck) -> None:
    aliases = [a.one_line() for a in deck.role.aliases]
    items = list(enumerate(aliases, start=1))

    def paras(item):
        number, alias = item
        return (
            deck.para(
                deck.say("hats.label", number=number),
                bold=True,
                colour=deck.colour("accent"),
                scale=0.7,
            ),
            deck.para(alias, bold=True, colour=deck.colour("strong")),
        )

    def inner(rect: Rect) -> Rect:
        return Rect(rect.left + ICON + 8, rect.top + 6, rect.width - ICON - 14, rect.height - 12)

    pages = card_pages(deck, items, deck.body, 2, 2, paras, inner, "heading")
    for number, page in enumerate(pages):
        slide = standing_slide(deck, "hats", number)
        for item, rect in zip(page.items, page.rects, strict=True):
            card(deck, slide, rect, deck.colour("accent"))
            _hat(deck, slide, rect.left + 10, rect.top + rect.height / 2 - 16)
            deck.text(slide, inner(rect), paras(item), "heading", top=page.size, anchor="middle")


def segments(deck) -> None:
    body = deck.body
    matrix = Rect(body.left + 30, body.top, body.width * 0.64 - 30, body.height - 26)
    insight = Rect(matrix.right + 24, body.top, body.right - matrix.right - 24, body.height)
    cells = [c for row in matrix.rows(2, 6) for c in row.columns(2, 6)]
    target = cells[3]
    inner = Rect(target.left + 8, target.top + 30, target.width - 16, target.height - 36)
    items = bullets(deck, [h.one_line() for h in deck.role.habitat])
    pages = list_pages(deck, items, inner, "body")
    quadrants = deck.says("segments.quadrants")
    for number, page in enumerate(pages):
        slide = standing_slide(deck, "segments", number)
        for index, cell in enumerate(cells):
            hot = index == 3
            shapes.box(slide, cell, "rect", fill=deck.colour("good_pale" if hot else "panel"))
            label = deck.say("segments.target") if hot else quadrants[index % len(quadrants)]
            deck.text(
                slide,
                Rect(cell.left + 6, cell.top + 4, cell.width - 12, 26 if hot else cell.height - 8),
                deck.para(label, bold=True, colour=deck.colour("strong" if hot else "muted")),
                "heading",
                top=13 if hot else 12,
                anchor="top" if hot else "middle",
            )
        deck.text(slide, inner, page, "body", top=13)
        muted = deck.colour("muted")
        shapes.connector(
            slide, matrix.left, matrix.bottom + 6, matrix.right, matrix.bottom + 6, muted, 1.5
        )
        deck.text(
            slide,
            Rect(matrix.left, matrix.bottom + 4, matrix.width, 23),
            deck.para(deck.say("segments.x_axis"), colour=muted, align="centre"),
            "eyebrow",
        )
        # the y axis reads bottom to top: a box as long as the matrix is tall, turned a quarter
        centre_y = matrix.top + matrix.height / 2
        axis = deck.text(
            slide,
            Rect(body.left + 14 - matrix.height / 2, centre_y - 12, matrix.height, 24),
            deck.para(deck.say("segments.y_axis"), colour=muted, align="centre"),
            "eyebrow",
            anchor="middle",
        )
        axis.rotation = 270
        card(deck, slide, insight, deck.colour("good"))
        deck.text(
            slide,
            insight.inset(12),
            (
                deck.para(
                    deck.say("segments.insight_head"),
                    bold=True,
                    colour=deck.colour("good"),
                    scale=1.6,
                ),
                deck.para(deck.say("segments.insight"), colour=deck.colour("strong")),
            ),
            "body",
            top=14,
            anchor="middle",
        )
