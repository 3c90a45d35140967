"""The shape of a dialect's copy (``layouts/deck/dialects/*.yaml``): every key, required.

Each section holds the words of one slide (or of the furniture, the file's properties, a
habit); a value is a template (text) or a list of templates. ``kinds`` holds the words of the
role's own slide kinds, each kind's keys those its module asks for (``COPY``). The classic kinds'
words (org chart, hats, ...) are the words of a dialect's step that presents them.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator

from printworks import content
from printworks.layout import Strict

Template = str
Templates = list[str]


class FurnitureCopy(Strict):
    continued: Template
    again: Template
    continued_notes: Template
    confidential: Template
    draft: Template
    brand: Template
    number: Template


class HandoutCopy(Strict):
    """What the notes pages (the truth edition) say of their own."""

    header: Template
    edition: Template
    footer: Template
    number: Template


class PropertiesCopy(Strict):
    title: Template
    subject: Template
    author: Template
    keywords: Template
    category: Template
    revision: Template


class CoverCopy(Strict):
    title: Template
    subtitle: Template
    meta: Template
    notes: Template


class AgendaCopy(Strict):
    eyebrow: Template
    title: Template
    extras: Templates = Field(min_length=1)
    more: Template
    notes: Template


class OrgCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    you: Template
    down: Template
    up: Template
    footnote: Template
    notes: Template


class HatsCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    label: Template
    footnote: Template
    notes: Template


class SegmentsCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    target: Template
    quadrants: Templates = Field(min_length=1)
    x_axis: Template
    y_axis: Template
    insight_head: Template
    insight: Template
    footnote: Template
    notes: Template


class InvestmentCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    kicker: Template
    big: Template
    per: Template
    points: Templates = Field(min_length=1)
    quarters: Templates = Field(min_length=1)
    value_curve: list[float]
    series_cost: Template
    series_value: Template
    number_format: Template
    footnote: Template
    notes: Template


class RetentionCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    series_risk: Template
    series_rest: Template
    gauge_label: Template
    status: Template
    heat_title: Template
    levels: Templates = Field(min_length=1)
    marker: Template
    impact_axis: Template
    footnote: Template
    notes: Template


class KpisCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    label: Template
    value: Template
    status: Template
    quarters: Templates = Field(min_length=1)
    summary_head: Template
    summary: Template
    footnote: Template
    notes: Template


class EnablersCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    taglines: Templates = Field(min_length=1)
    banner_head: Template
    banner: Template
    footnote: Template
    notes: Template


class MaturityCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    stages: Templates = Field(min_length=1)
    unit_header: Template
    footnote: Template
    notes: Template


class CharterCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    pillar: Template
    source: Template
    source_redacted: Template
    banner_head: Template
    banner: Template
    footnote: Template
    notes: Template


class CadenceCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    banner_head: Template
    banner: Template
    footnote: Template
    notes: Template


class PlaybookCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    response: Template
    banner_head: Template
    banner: Template
    footnote: Template
    notes: Template


class FeedbackCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    channel: Template
    sentiments: Templates = Field(min_length=1)
    highlight: Template
    banner_head: Template
    banner: Template
    footnote: Template
    notes: Template


class PartnersCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    match: Template
    banner_head: Template
    banner: Template
    footnote: Template
    notes: Template


class TakeawaysCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    items: Templates = Field(min_length=1)
    footnote: Template
    notes: Template


class NextStepsCopy(Strict):
    eyebrow: Template
    title: Template
    agenda: Template
    steps: Templates = Field(min_length=1)
    owners: Templates = Field(min_length=1)
    footnote: Template
    notes: Template


class QuestionsCopy(Strict):
    title: Template
    subtitle: Template
    agenda: Template
    notes: Template


class HabitsCopy(Strict):
    pet_buzzword: Template
    emoji: Templates = Field(min_length=1)


class BurningPlatformCopy(Strict):
    title: Template
    agenda: Template
    headline: Template
    notes: Template


class LogoWallCopy(Strict):
    title: Template
    agenda: Template
    caption: Template
    logos: Templates = Field(min_length=1)
    notes: Template


class GlossaryCopy(Strict):
    title: Template
    agenda: Template
    term: Template
    meaning: Template
    notes: Template


def _has(copy: dict[str, Any], key: str) -> bool:
    """Whether ``copy`` holds the dotted ``key`` (letters.R: copy["letters"]["R"])."""
    for part in key.split("."):
        if not isinstance(copy, dict) or part not in copy:
            return False
        copy = copy[part]
    return True


class FrameCopy(Strict):
    """The words of a dialect that frame every deck: the furniture, the file's properties, the
    cover, agenda and ending, the habits' slides, and every kind's own words."""

    furniture: FurnitureCopy
    properties: PropertiesCopy
    handout: HandoutCopy
    cover: CoverCopy
    agenda: AgendaCopy
    takeaways: TakeawaysCopy
    next_steps: NextStepsCopy
    questions: QuestionsCopy
    habits: HabitsCopy
    burning_platform: BurningPlatformCopy
    logo_wall: LogoWallCopy
    glossary: GlossaryCopy
    kinds: dict[str, dict[str, Any]]

    @field_validator("kinds")
    @classmethod
    def _kinds_say_what_they_need(cls, given: dict) -> dict:
        def leaves(value: Any, where: str) -> None:
            if isinstance(value, dict):
                for key, item in value.items():
                    leaves(item, f"{where}.{key}")
            elif isinstance(value, list):
                if not all(isinstance(item, str) for item in value):
                    raise ValueError(f"{where}: a list of copy holds only text")
            elif not isinstance(value, str):
                raise ValueError(f"{where}: copy is text, a list of texts, or a mapping of them")

        leaves(given, "kinds")

        missing = []
        for kind in content.KINDS:
            wanted = getattr(content.module(kind), "COPY", ())
            have = given.get(kind, {})
            missing += [f"{kind}.{key}" for key in wanted if not _has(have, key)]
        if missing:
            raise ValueError(f"the slide kinds need copy for: {', '.join(missing)}")
        return given


# the classic kinds (presenting.CLASSIC): each one's key in the copy (its old standing slide's,
# which its drawing reads its words from) and the model of its words
CLASSIC_WORDS: dict[str, tuple[str, type[Strict]]] = {
    "org_chart": ("org", OrgCopy),
    "title_cards": ("hats", HatsCopy),
    "target_quadrant": ("segments", SegmentsCopy),
    "investment_case": ("investment", InvestmentCopy),
    "talent_outlook": ("retention", RetentionCopy),
    "kpi_board": ("kpis", KpisCopy),
    "enabler_cards": ("enablers", EnablersCopy),
    "maturity_grid": ("maturity", MaturityCopy),
    "charter_pillars": ("charter", CharterCopy),
    "operating_rhythm": ("cadence", CadenceCopy),
    "playbook_cards": ("playbook", PlaybookCopy),
    "stakeholder_voices": ("feedback", FeedbackCopy),
    "partner_network": ("partners", PartnersCopy),
}
