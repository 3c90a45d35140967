"""A role's case file as a list of flowables: the cover block, then each section in order.

:func:`casefile_story` is what a single case file and the zine both build from. Its first
flowable is the destination ``role-<slug>``; every section heading is a destination and an
outline entry of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, HRFlowable, Spacer

from printworks import templating
from printworks.facts import Facts
from printworks.layout import Section

from . import autopsy, gauge, orgchart, salary, sections, specimens, timeline
from .cover import cover
from .furniture import Running, RunningHead
from .panel import Marked, keep_with_next, role_key
from .styles import Kit
from .text import bound_tail, markup

SectionBody = Callable[[Facts, Kit], list[Flowable]]

BODIES: dict[str, SectionBody] = {
    "org_chart": orgchart.section,
    "habitat": sections.habitat,
    "salary": salary.section,
    "flight_risk": gauge.section,
    "metrics": sections.metrics,
    "weaponry": sections.weaponry,
    "encounter_guide": sections.encounter_guide,
    "jd_autopsy": autopsy.section,
    "day_log": timeline.section,
    "burn_ward": sections.burn_ward,
    "related": specimens.section,
}


def section_key(slug: str, section: Section) -> str:
    return f"{role_key(slug)}-{section.id.replace('_', '-')}"


def heading_rule(kit: Kit) -> Flowable:
    """The rule under a section's heading, full width."""
    return HRFlowable(
        width="100%",
        thickness=kit.stroke("heading_rule"),
        color=kit.colour("ink"),
        spaceBefore=kit.figure("rule_after"),
        spaceAfter=kit.space("section_after"),
    )


def heading(kit: Kit, slug: str, section: Section, level: int = 1) -> list[Flowable]:
    """A section's numbered heading (a destination and outline entry) and standing caption.

    The heading keeps with what follows it, down to the section's first item: a heading is
    never the last thing on a page, and never leaves its section's start behind.
    """
    paper, ink = kit.hex("paper"), kit.hex("ink")
    number = (
        f'<font name="{kit.font("display")}" size="{kit.size("number")}">'
        f'<span backColor="{ink}" color="{paper}">&nbsp;[{section.number}]&nbsp;</span></font>'
    )
    text = f"{number} {markup(kit, bound_tail(section.heading), 'heading')}"
    title = Marked(
        text,
        kit.style("heading", spaceBefore=kit.space("section_before")),
        key=section_key(slug, section),
        outline=f"[{section.number}] {section.heading}",
        level=level,
    )
    out = keep_with_next(title, heading_rule(kit))
    if section.caption:
        caption = sections.para(kit, section.caption, "caption")
        out += keep_with_next(caption, Spacer(1, kit.space("paragraph")))
    return out


def casefile_story(facts: Facts, kit: Kit, *, level: int = 0) -> list[Flowable]:
    """Every flowable of a role's case file, ready for any document built with ``kit``.

    ``level`` is the outline depth of the role's own entry (its sections sit one deeper).
    Related specimens whose slug is in ``kit.link_slugs`` link to that role's case file.

    A role's last page is never left nearly empty: the document plans a break that brings
    company along (see :mod:`.pagination`).
    """
    role = facts.role
    record = templating.text(kit.copy.file_record, slug=role.slug.upper())
    story: list[Flowable] = [
        RunningHead(Running(role.case_number, role.title, record)),
        *cover(facts, kit, key=role_key(role.slug), level=level),
    ]
    for section in facts.present:
        body = BODIES[section.id](facts, kit)
        if body:
            story += heading(kit, role.slug, section, level + 1) + body
    return story
