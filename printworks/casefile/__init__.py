"""The PDF case file of a role (ReportLab): a leaked, redacted dossier.

Importing this package is cheap; ReportLab is loaded on the first render.

- :func:`render_casefile` gives the PDF bytes of one role.
- :func:`glyph_warnings` names every character of a role that no face can draw.
- :func:`casefile_story`, :func:`make_kit` and :func:`build_pdf` let another document (the
  zine) put many roles' case files into one PDF, with the same page furniture.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from reportlab.platypus import Flowable

    from printworks.model import Role

    from .config import CasefileLayout
    from .styles import Kit

__all__ = [
    "build_pdf",
    "casefile_story",
    "glyph_warnings",
    "make_kit",
    "render_casefile",
    "render_collection",
]


def render_casefile(
    role: Role,
    *,
    page_size: str = "a4",
    grayscale: bool = False,
    layout: CasefileLayout | None = None,
) -> bytes:
    """The case file of ``role`` as PDF bytes, on ``page_size`` paper, in colour or grey."""
    from .document import build_pdf, make_kit, role_metadata
    from .story import casefile_story

    kit = make_kit(layout, page_size=page_size, grayscale=grayscale)
    return build_pdf(lambda: casefile_story(role, kit), kit, role_metadata(role, kit))


def render_collection(
    roles: Sequence[Role], *, page_size: str = "a5", grayscale: bool = False
) -> bytes:
    """One PDF of many roles' case files, with a cover and a contents page (the zine)."""
    from .collection import render_collection as collection

    return collection(roles, page_size=page_size, grayscale=grayscale)


def glyph_warnings(role: Role, layout: CasefileLayout | None = None) -> list[str]:
    """One line per character of ``role`` no face of the case file has a glyph for."""
    from .faces import glyph_warnings as warnings

    return warnings(role, layout)


def casefile_story(role: Role, kit: Kit, *, level: int = 0) -> list[Flowable]:
    """The flowables of ``role``'s case file (see :mod:`printworks.casefile.story`)."""
    from .story import casefile_story as story

    return story(role, kit, level=level)


def make_kit(layout: CasefileLayout | None = None, **options) -> Kit:
    """The kit to draw with: ``page_size``, ``grayscale`` and ``link_slugs`` options."""
    from .document import make_kit as kit

    return kit(layout, **options)


def build_pdf(make_story, kit: Kit, meta) -> bytes:
    """PDF bytes of the story ``make_story()`` builds, with page furniture and 'page X of Y'."""
    from .document import build_pdf as build

    return build(make_story, kit, meta)
