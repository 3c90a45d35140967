"""The deck pipeline, top to bottom: template, then each slide the role has content for."""

from __future__ import annotations

import gc
from pathlib import Path

from printworks.deck.builder import Deck
from printworks.deck.slides import builder, present
from printworks.model import Role


def render(role: Role, folder: Path | None = None) -> bytes:
    # A deck is some ten thousand small, short-lived objects (XML proxies, measured words) and
    # holds no reference cycles worth collecting mid-render; the cyclic collector, run every
    # few hundred allocations, cost about a tenth of the render. It is paused for the render
    # and put back as it was; whatever garbage a render left is collected afterwards as usual.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        deck = Deck(role, folder)
        for name in deck.style.slides:
            if present(name, role):
                builder(name)(deck)
        return deck.finish()
    finally:
        if was_enabled:
            gc.enable()
