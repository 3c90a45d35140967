"""A business case as a table: each period's cost and benefit, the net, and the NPV and payback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.business_case import Content, cumulative, nets, npv, payback
from printworks.deck import clip
from printworks.deck.kinds._table import Cell, table
from printworks.deck.style import Rect
from printworks.markup import Text

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


ROW = 46.0  # a row at its tallest
WIDTHS = (34.0, 16.5, 16.5, 16.5, 16.5)  # label, cost, benefit, net, cumulative
HEADS = ("item", "cost", "benefit", "net", "cumulative")


def figure(content: Content, value: float) -> str:
    """A sum as the case prints it: its currency first, thousands grouped, a loss in brackets."""
    sign = content.currency.visible if content.currency else ""
    said = f"{sign}{abs(value):,.0f}"
    return f"({said})" if round(value) < 0 else said


def label(content: Content, deck: Deck, index: int):
    line = content.lines[index]
    return line.label or deck.say("kinds.business_case.period", number=index + 1)


def paid_back(content: Content, deck: Deck):
    """When the case pays for itself: that line's label, or the copy's 'never'."""
    at = payback(content)
    return deck.say("kinds.business_case.never") if at is None else label(content, deck, at)


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    tbc = deck.say("kinds.business_case.tbc")
    lines = "; ".join(
        f"{spoken(label(content, deck, i))}: cost {figure(content, line.cost)}, benefit "
        + (figure(content, line.benefit) if line.benefit is not None else str(tbc))
        for i, line in enumerate(content.lines)
    )
    return (
        f"A business case of {len(content.lines)} lines: {lines}. "
        f"{deck.say('kinds.business_case.npv', rate=content.discount)}: "
        f"{figure(content, npv(content))}. {deck.say('kinds.business_case.payback')}: "
        f"{spoken(paid_back(content, deck))}."
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A native table (a line a period: cost, benefit or TBC, net, cumulative), and beside it
    two cards: the net present value, large, and when the case pays back."""
    paper, panel = deck.colour("paper"), deck.colour("panel")
    dark = deck.colour("dark")
    sheet, side = frame.split(frame.width * 0.68, 22)
    height = min(ROW, sheet.height / (len(content.lines) + 1))
    rect = Rect(sheet.left, sheet.top, sheet.width, height * (len(content.lines) + 1))
    widths = [w * rect.width / sum(WIDTHS) for w in WIDTHS]

    def cell(text, width, fill, bold=False, align="right", italic=False) -> Cell:
        ink = deck.ink_on(fill)
        text = Text.plain(text) if isinstance(text, str) else text

        def paras(t):
            return (deck.para(t, bold=bold, italic=italic, colour=ink, align=align),)

        box = Rect(0, 0, width, height)
        return Cell(paras(clip.within(deck, text, paras, box, "body", 14)), fill, ink)

    grid = [
        [
            cell(deck.say(f"kinds.business_case.{h}"), w, dark, True, "left" if not i else "right")
            for i, (h, w) in enumerate(zip(HEADS, widths, strict=True))
        ]
    ]
    tbc = deck.say("kinds.business_case.tbc")
    for i, (line, net, level) in enumerate(
        zip(content.lines, nets(content), cumulative(content), strict=True)
    ):
        fill = paper if i % 2 == 0 else panel
        benefit = figure(content, line.benefit) if line.benefit is not None else tbc
        grid.append(
            [
                cell(label(content, deck, i), widths[0], fill, bold=True, align="left"),
                cell(figure(content, line.cost), widths[1], fill),
                cell(benefit, widths[2], fill, italic=line.benefit is None),
                cell(figure(content, net), widths[3], fill),
                cell(figure(content, level), widths[4], fill, bold=True),
            ]
        )
    table(deck, slide, rect, widths, grid, describe(content, deck), "Business Case")
    _cards(deck, slide, side, content)


def _cards(deck: Deck, slide: Slide, side: Rect, content: Content) -> None:
    """The NPV (in the bad colour when it is below zero) and the payback, a card each."""
    value = npv(content)
    colour = deck.colour("bad" if value < 0 else "good")
    upper, lower = side.rows(2, 14)
    muted, strong = deck.colour("muted"), deck.colour("strong")
    for card, kicker, said, note in (
        (
            upper,
            deck.say("kinds.business_case.npv", rate=content.discount),
            figure(content, value),
            deck.say("kinds.business_case.npv_note"),
        ),
        (lower, deck.say("kinds.business_case.payback"), paid_back(content, deck), None),
    ):
        deck.card(slide, card, colour if note else deck.colour("accent"))
        inner = card.inset(18, 12)
        deck.text(
            slide,
            Rect(inner.left, inner.top, inner.width, 26),
            deck.para(kicker, bold=True, colour=muted),
            "eyebrow",
            anchor="bottom",
        )
        big = Rect(inner.left, inner.top + 30, inner.width, 64 if note else inner.height - 30)
        ink = colour if note else strong
        top = 36 if note else 24

        def paras(t, ink=ink):
            return (deck.para(t, bold=True, colour=ink),)

        said = clip.within(
            deck, Text.plain(said) if isinstance(said, str) else said, paras, big, "heading", top
        )
        deck.text(slide, big, paras(said), "heading", top=top, anchor="middle")
        if note:
            deck.text(
                slide,
                Rect(inner.left, big.bottom + 4, inner.width, inner.bottom - big.bottom - 4),
                deck.para(note, colour=muted),
                "footnote",
                top=11,
            )
