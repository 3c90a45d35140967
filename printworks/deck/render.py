"""The deck pipeline, top to bottom: the template, then each slide in the running order."""

from __future__ import annotations

from printworks.deck import kinds
from printworks.deck.builder import Deck, DeckOptions
from printworks.deck.order import Step, running_order
from printworks.deck.slides import builder, habit_builder, present
from printworks.layout import Layouts
from printworks.model import Role


def render(role: Role, layouts: Layouts, options: DeckOptions) -> bytes:
    deck = Deck(role, layouts, options)
    standing = deck.plan.slides
    deck.running = running_order(role, standing, {n for n in standing if present(n, role)})
    for step in deck.running:
        draw(deck, step)
    return deck.finish()


def draw(deck: Deck, step: Step) -> None:
    """Make the slide (or slides) of one step of the running order."""
    if step.standing is not None:
        builder(step.standing)(deck)
    elif step.habit is not None:
        habit_builder(step.habit)(deck)
    else:
        own_slide(deck, deck.role.deck.slides[step.own])


def own_slide(deck: Deck, content) -> None:
    """One of the role's own slides: its kind draws it, as one described group."""
    kind = kinds.module(content.kind)
    slide = deck.slide(
        f"own.{content.kind}",
        content.title,
        notes=content.notes,
        footnote=content.footnote,
        eyebrow=content.eyebrow,
    )
    with deck.group(slide, kind.describe(content, deck)):
        kind.draw(deck, slide, deck.body, content)
