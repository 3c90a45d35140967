"""The PowerPoint renderer: a role's deck, the slides it would present about itself.

Importing this package is cheap; python-pptx, Pillow and Jinja2 load when a deck is rendered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import style  # noqa: F401  (registers layouts.deck; plain data, no python-pptx)

if TYPE_CHECKING:
    from printworks.layout import Layouts
    from printworks.model import Role

    from .builder import DeckOptions

__all__ = ["DeckOptions", "render_deck"]


def __getattr__(name: str):
    if name == "DeckOptions":  # a plain dataclass, but its module imports python-pptx
        from .builder import DeckOptions

        return DeckOptions
    raise AttributeError(name)


def render_deck(
    role: Role, layouts: Layouts | None = None, options: DeckOptions | None = None
) -> bytes:
    """``role``'s deck as the bytes of a 16:9 .pptx (default: the shipped layouts and theme)."""
    from printworks.layout import shipped

    from .builder import DeckOptions
    from .render import render

    return render(role, layouts or shipped(), options or DeckOptions())
