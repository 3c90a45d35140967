"""The deck pipeline, top to bottom: template, then each slide the role has content for."""

from __future__ import annotations

from pathlib import Path

from printworks.deck.builder import Deck
from printworks.deck.slides import builder, present
from printworks.model import Role


def render(role: Role, folder: Path | None = None) -> bytes:
    deck = Deck(role, folder)
    for name in deck.style.slides:
        if present(name, role):
            builder(name)(deck)
    return deck.finish()
