"""A roadmap or journey: milestones along a line, some of them moved to the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.roadmap import Content
from printworks.deck.kinds import _drawing as d
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


STEM = 30.0  # from the line to a milestone's card
LEGEND = 22.0  # the strip under the roadmap that keys its marks
MARK = 18.0  # a milestone's diamond


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    milestones = "; ".join(
        f"{spoken(m.label)}, {spoken(m.when)}" + (f" (moved from {spoken(m.was)})" if m.was else "")
        for m in content.milestones
    )
    moved = sum(1 for m in content.milestones if m.was)
    tail = f" {moved} of them moved right." if moved else ""
    return f"A roadmap of {len(content.milestones)} milestones, left to right: {milestones}.{tail}"


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """Milestones as diamonds along an arrow, their cards above and below it in turn; a moved
    milestone's old date stays greyed on the line, a hollow diamond with an arrow to its new
    place; a key under it all when anything moved."""
    count = len(content.milestones)
    moved = any(m.was for m in content.milestones)
    height = frame.height - (LEGEND + 6 if moved else 0)
    line_y = frame.top + height / 2
    spacing = frame.width / count
    card_w = min(2 * spacing - 14, 240.0)
    card_h = min(height / 2 - STEM, 116.0)
    accent, warn, muted = deck.colour("accent"), deck.colour("warn"), deck.colour("muted")

    deck.line(slide, frame.left, line_y, frame.right - 8, line_y, deck.colour("line"), 4)
    d.arrowhead(deck, slide, (frame.right, line_y), 0, 16, deck.colour("line"))

    cards, ghosts = [], []
    for index, milestone in enumerate(content.milestones):
        x = frame.left + spacing * (index + 0.5)
        up = index % 2 == 0
        colour = warn if milestone.was else accent
        top = line_y - STEM - card_h if up else line_y + STEM
        # a card is centred on its milestone, cut (not moved) at the frame's edges: it keeps
        # clear of the cards on its side, a milestone either way
        left, right = max(x - card_w / 2, frame.left), min(x + card_w / 2, frame.right)
        card = Rect(left, top, right - left, card_h)
        stem_from, stem_to = (line_y - MARK / 2, card.bottom) if up else (line_y + MARK / 2, top)
        deck.line(slide, x, stem_from, x, stem_to, colour, 1.5)
        deck.card(slide, card, colour)
        paras = (
            deck.para(milestone.when, bold=True, colour=colour, scale=1.15),
            deck.para(milestone.label, colour=deck.colour("strong")),
        )
        cards.append((Rect(card.left + 10, card.top + 4, card.width - 16, card.height - 8), paras))
        if milestone.was:
            ghost_x = max(x - spacing / 2, frame.left + MARK / 2 + 2)
            _diamond(deck, slide, ghost_x, line_y, muted, hollow=True)
            arrow = Rect(ghost_x + MARK / 2 + 3, line_y - 5, x - ghost_x - MARK - 6, 10)
            if arrow.width > 6:
                deck.shape(slide, arrow, "right", fill=warn)
            room = Rect(ghost_x - (spacing - 12) / 2, 0, spacing - 12, STEM - 8)
            where = line_y - MARK / 2 - room.height - 1 if up else line_y + MARK / 2 + 1
            box = d.within(Rect(room.left, where, room.width, room.height), frame)
            ghosts.append(
                (box, (deck.para(milestone.was, italic=True, colour=muted, align="centre"),))
            )
        _diamond(deck, slide, x, line_y, colour)
    d.write(deck, slide, cards, "heading", top=15, anchor="middle")
    d.write(deck, slide, ghosts, "eyebrow", top=10, anchor="middle")
    if moved:
        _key(deck, slide, Rect(frame.left, frame.bottom - LEGEND, frame.width, LEGEND))


def _diamond(
    deck: Deck, slide: Slide, x: float, y: float, colour: str, hollow: bool = False
) -> None:
    rect = Rect(x - MARK / 2, y - MARK / 2, MARK, MARK)
    if hollow:
        deck.shape(
            slide,
            rect,
            "DIAMOND",
            fill=deck.colour("paper"),
            line=colour,
            line_width=1.5,
            dash="dash",
        )
    else:
        deck.shape(slide, rect, "DIAMOND", fill=colour, line=deck.colour("paper"), line_width=1.5)


def _key(deck: Deck, slide: Slide, strip) -> None:
    """What the marks mean: a diamond is a milestone on plan; a greyed one moved right."""
    muted = deck.colour("muted")
    y = strip.top + strip.height / 2
    x = strip.left + MARK / 2
    _diamond(deck, slide, x, y, deck.colour("accent"))
    plan = Rect(x + MARK / 2 + 4, strip.top, 150, strip.height)
    _diamond(deck, slide, plan.right + 10, y, muted, hollow=True)
    deck.shape(
        slide, Rect(plan.right + 10 + MARK / 2 + 3, y - 4, 16, 8), "right", fill=deck.colour("warn")
    )
    _diamond(deck, slide, plan.right + 10 + MARK + 24, y, deck.colour("warn"))
    moved = Rect(plan.right + 10 + MARK * 1.5 + 30, strip.top, 300, strip.height)
    d.write(
        deck,
        slide,
        [
            (plan, (deck.para(deck.say("kinds.roadmap.on_plan"), colour=muted),)),
            (moved, (deck.para(deck.say("kinds.roadmap.moved"), colour=muted),)),
        ],
        "eyebrow",
        top=10,
        anchor="middle",
    )
