"""The drawing of each slide kind a role's own deck is written in: one module per kind.

A kind's content (what its slide holds, validated) lives below the renderer, in
:mod:`printworks.content`; its module here draws it. Each has ``describe(content, deck)``
(the alt text of what it shows, in the deck's words) and ``draw(deck, slide, frame,
content)``. Adding a kind is adding its content module, a module here of the same name, and a
line in :data:`~printworks.content.KINDS`.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from printworks.content import KINDS

__all__ = ["KINDS", "module"]


def module(kind: str) -> ModuleType:
    """The drawing module of ``kind``."""
    if kind not in KINDS:
        raise KeyError(kind)
    return import_module(f"{__name__}.{kind}")
