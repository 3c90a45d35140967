"""The PowerPoint renderer: a role's deck, the slides it would present about itself.

Importing this package is cheap; python-pptx, Pillow and Jinja2 load when a deck is rendered.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from printworks.model import Role

__all__ = ["render_deck"]


def render_deck(role: Role, layout: Path | str | None = None) -> bytes:
    """``role``'s deck as the bytes of a 16:9 .pptx.

    ``layout`` is a folder holding ``deck.yaml``, ``copy.yaml`` and the template deck; by
    default the shipped ``layouts/deck``.
    """
    from printworks.deck.render import render

    return render(role, Path(layout) if layout else None)
