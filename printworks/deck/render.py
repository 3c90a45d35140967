"""The deck pipeline, top to bottom: template, then each slide the role has content for."""

from __future__ import annotations

from printworks.deck.builder import Deck, DeckOptions
from printworks.deck.slides import builder, present
from printworks.layout import Layouts
from printworks.model import Role


def render(role: Role, layouts: Layouts, options: DeckOptions) -> bytes:
    deck = Deck(role, layouts, options)
    for name in deck.plan.slides:
        if present(name, role):
            builder(name)(deck)
    return deck.finish()
