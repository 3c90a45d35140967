"""Current state and target state, side by side, with the bridge between."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.before_after import Content, State
from printworks.deck import clip
from printworks.deck.fit import Para
from printworks.deck.style import Rect
from printworks.markup import Text

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


BRIDGE = 150.0  # the width of the bridge between the two states
HEADER = 62.0


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    bridge = f", bridged by {spoken(content.bridge)}" if content.bridge else ""
    current, target = (
        spoken(state.label) if state.label else str(deck.say(f"kinds.before_after.{key}"))
        for state, key in ((content.current, "current"), (content.target, "target"))
    )
    return (
        f"Current state against target state{bridge}. {current}: "
        f"{listed(content.current.items)}. {target}: {listed(content.target.items)}."
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """Two cards, the current state (muted, each item crossed) and the target state (accented,
    each item ticked), and between them an arrow with what bridges them."""
    width = (frame.width - BRIDGE - 2 * 16) / 2
    left = Rect(frame.left, frame.top, width, frame.height)
    right = Rect(frame.right - width, frame.top, width, frame.height)
    _state(deck, slide, left, content.current, "current", deck.colour("muted"), "bad")
    _state(deck, slide, right, content.target, "target", deck.colour("accent"), "good")

    middle = Rect(left.right + 16, frame.top, BRIDGE, frame.height)
    accent = deck.colour("accent")
    arrow = Rect(middle.left, middle.top + middle.height / 2 - 36, middle.width, 72)
    deck.shape(slide, arrow, "right", fill=accent, adjust={"adj1": 56000, "adj2": 42000})
    above = Rect(middle.left, middle.top + 40, middle.width, arrow.top - middle.top - 48)

    def bridge(text):
        return (deck.para(text, bold=True, colour=deck.colour("strong"), align="centre"),)

    said = clip.within(
        deck, content.bridge or deck.say("kinds.before_after.bridge"), bridge, above, "heading"
    )
    deck.text(slide, above, bridge(said), "heading", anchor="bottom")
    deck.text(
        slide,
        Rect(middle.left, arrow.bottom + 8, middle.width, 60),
        deck.para(
            deck.say("kinds.before_after.under"), colour=deck.colour("muted"), align="centre"
        ),
        "eyebrow",
    )


def _state(deck: Deck, slide: Slide, rect, state: State, key: str, band: str, mark: str) -> None:
    """One state: a card with a coloured band (its kicker and label), then its items, each
    with its mark."""
    deck.card(slide, rect)
    head = Rect(rect.left, rect.top, rect.width, HEADER)
    if deck.theme.cards.kind == "round":  # the band keeps the card's rounded corners
        radius = {"adj1": 6 / min(head.width, head.height) * 100000, "adj2": 0}
        deck.shape(slide, head, "ROUND_2_SAME_RECTANGLE", fill=band, adjust=radius)
    else:
        deck.shape(slide, head, fill=band)
    on = deck.ink_on(band)

    def heading(label):
        kicker = deck.say(f"kinds.before_after.{key}")
        if label is None:  # the kicker alone names the state
            return (deck.para(kicker, bold=True, colour=on, space_after=0),)
        return (
            deck.para(kicker, bold=True, colour=on, scale=0.7),
            deck.para(label, bold=True, colour=on, space_after=0),
        )

    label = state.label
    if label is not None:
        label = clip.within(deck, label, heading, head.inset(16, 6), "heading", 20)
    deck.text(
        slide,
        head.inset(16, 6),
        heading(label),
        "heading",
        top=20,
        anchor="middle",
    )
    box = Rect(rect.left + 16, head.bottom + 12, rect.width - 32, rect.bottom - head.bottom - 24)
    sign = deck.para(
        deck.say(f"kinds.before_after.{key}_mark") + " ", bold=True, colour=deck.colour(mark)
    ).spans

    def items(texts: list[Text]) -> tuple[Para, ...]:
        out = []
        for text in texts:
            para = deck.para(text, colour=deck.colour("ink"), space_after=0.7)
            out.append(Para(sign + para.spans, para.scale, para.align, para.space_after))
        return tuple(out)

    texts = clip.fitted_all(
        list(state.items), lambda texts: deck.fits(items(texts), box, "heading", 18) is not None
    )
    deck.text(slide, box, items(texts), "heading", top=18)
