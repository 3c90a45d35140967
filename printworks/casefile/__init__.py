"""The PDF case file of a role (ReportLab): a leaked, redacted dossier.

Importing this package is cheap; ReportLab is loaded on the first render.

- :func:`render_casefile` gives the PDF bytes of one role.
- :func:`render_collection` gives one PDF of many roles (the zine's reader's copy).
- :func:`glyph_warnings` names every character of a role that no face can draw.
- :func:`coverage` is every character some face can draw (for checks that say where).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.facts import Facts
from printworks.layout import shipped

from . import config  # noqa: F401  (registers layouts.casefile; pydantic only, no ReportLab)

# The modules that draw (ReportLab) are imported by the functions below when they run:
# importing this package, which registers its layout, loads no ReportLab.

if TYPE_CHECKING:
    from collections.abc import Sequence

    from printworks.fonts import Coverage
    from printworks.issue import Issue
    from printworks.layout import Layouts
    from printworks.model import Role

    from .document import CasefileOptions

__all__ = ["CasefileOptions", "coverage", "glyph_warnings", "render_casefile", "render_collection"]


def __getattr__(name: str):
    if name == "CasefileOptions":  # a plain dataclass, but its module imports ReportLab
        from .document import CasefileOptions

        return CasefileOptions
    raise AttributeError(name)


def _layouts(layouts: Layouts | None) -> Layouts:
    return layouts or shipped()


def render_casefile(
    role: Role, layouts: Layouts | None = None, options: CasefileOptions | None = None
) -> bytes:
    """The case file of ``role`` as PDF bytes (default: the shipped layouts, A4, in colour)."""
    from .document import CasefileOptions, build_pdf, frame_top, make_kit, role_metadata
    from .pagination import Plan, Stories, tag, tail_breaks
    from .story import casefile_story

    layouts = _layouts(layouts)
    kit = make_kit(layouts, options or CasefileOptions())
    facts = Facts(role, layouts.dossier)
    slug = role.slug or "role"

    stories = Stories(lambda _: casefile_story(facts, kit))

    def story(plan: Plan):
        return tag(stories.story(0), slug, plan)

    def replan(record) -> Plan:
        least = kit.layout.breaks.least_fill
        return Plan(frozenset(tail_breaks(record, frame_top(kit), kit.frame_size[1], least)))

    return build_pdf(story, kit, role_metadata(facts, kit), replan=replan)


def render_collection(
    roles: Sequence[Role],
    layouts: Layouts | None = None,
    options: CasefileOptions | None = None,
    issue: Issue | None = None,
) -> bytes:
    """One PDF of many roles' case files with designed covers and a contents page: the zine,
    as issue ``issue`` describes it (default: the default issue)."""
    from .collection import render_collection as collection
    from .document import CasefileOptions

    options = options or CasefileOptions(page_size="a5")
    return collection(roles, _layouts(layouts), options, issue)


def glyph_warnings(role: Role, layouts: Layouts | None = None) -> list[str]:
    """One line per character of ``role`` no face of the case file has a glyph for."""
    from .faces import glyph_warnings as warnings

    layouts = _layouts(layouts)
    return warnings(role, layouts.casefile, layouts.fonts)


def coverage(layouts: Layouts | None = None) -> Coverage:
    """The code points some face of the case file can draw, read from the registered faces
    (which a render needs anyway, so a check before it costs nothing more)."""
    from .faces import coverage as faces_coverage

    layouts = _layouts(layouts)
    return faces_coverage(layouts.casefile, layouts.fonts)
