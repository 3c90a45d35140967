"""The role model: every part of a dossier, as validated data.

Pure data. It knows nothing of YAML files, PDFs or slides; section headings and standing
captions belong to the layout. Text fields are :class:`~printworks.markup.Text`, with their
``||redactions||`` already parsed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    PrivateAttr,
    field_validator,
    model_validator,
)
from pydantic.json_schema import SkipJsonSchema
from pydantic_core import CoreSchema

from printworks.currencies import ISO_4217
from printworks.markup import Text
from printworks.messages import CASE_NUMBER, CLOCK, CURRENCY, SLUG, padded_clock, unknown_currency
from printworks.part import Part
from printworks.sections import FRAME_COPY, FRAMES, SECTIONS

Percent = Annotated[int, Field(ge=0, le=100, description="A percentage from 0 to 100.")]
Slug = Annotated[
    str,
    Field(
        pattern=SLUG.pattern,
        max_length=120,
        description="A role's file name without .yaml: lowercase words joined by hyphens.",
    ),
]
Clock = Annotated[
    str,
    Field(pattern=CLOCK.pattern, description="A time of day, HH:MM (9:00 reads as 09:00)."),
    AfterValidator(padded_clock),
]


class OrgNode(Part):
    """One box of the org chart, with the boxes that report to it."""

    title: Text
    note: Text | None = Field(None, description="A short aside printed under the title.")
    this_role: bool = Field(False, description="True on the node of the role the file is about.")
    reports: list[OrgNode] = Field(default_factory=list)

    def walk(self, depth: int = 0) -> Iterator[tuple[int, OrgNode]]:
        """Every node of this subtree with its depth, parents before children."""
        yield depth, self
        for child in self.reports:
            yield from child.walk(depth + 1)


class PressureFlow(Part):
    """What the hierarchy pushes down onto the role and what the role pushes up."""

    down: list[Text] = Field(min_length=1)
    up: list[Text] = Field(min_length=1)


class OrgChart(Part):
    """[01] The hierarchy around the role, its own node marked, and the pressure flow."""

    root: OrgNode
    pressure_flow: PressureFlow

    @model_validator(mode="after")
    def _one_node_is_this_role(self) -> OrgChart:
        marked = sum(node.this_role for _, node in self.root.walk())
        if marked != 1:
            raise ValueError(f"exactly one node must have this_role: true, found {marked}")
        return self

    @property
    def this_role(self) -> OrgNode:
        return next(node for _, node in self.root.walk() if node.this_role)


class Salary(Part):
    """[03] The salary delusion: the market average, its footnote and its verdict."""

    amount: int = Field(ge=0, description="Market average per year, in whole currency units.")
    currency: str = Field("USD", pattern=CURRENCY.pattern, description="ISO 4217 code.")
    footnote: Text
    quote: Text

    @field_validator("currency")
    @classmethod
    def _in_iso_4217(cls, code: str) -> str:
        if code not in ISO_4217:
            raise ValueError(unknown_currency(code))
        return code


class FlightRisk(Part):
    """[04] How likely the role is to be cut, and why."""

    percent: Percent
    label: Text
    diagnosis: Text


class Metric(Part):
    """[05] A bogus metric the role reports on."""

    name: Text
    description: Text


class Weapon(Part):
    """[06] A meeting, document or framework the role wields."""

    name: Text
    description: Text


class Encounter(Part):
    """[07] What to do in one situation with the role."""

    situation: Text = Field(description="When this applies, e.g. 'IF ENGAGED'.")
    advice: Text


class Claim(Part):
    """[08] One job-ad claim and what it really means."""

    claim: Text
    source: Text | None = Field(None, description="Where the ad ran; leave out when redacted.")
    translation: Text

    @property
    def source_redacted(self) -> bool:
        return self.source is None or self.source.fully_redacted


class LogEntry(Part):
    """[09] One block of the role's day."""

    start: Clock
    end: Clock
    title: Text
    description: Text

    @model_validator(mode="after")
    def _ends_after_start(self) -> LogEntry:
        if self.end <= self.start:
            raise ValueError(f"ends at {self.end}, which is not after its start {self.start}")
        return self


class Complaint(Part):
    """[10] A colleague's complaint, and where it was posted."""

    quote: Text
    posted_on: Text


class Specimen(Part):
    """[11] A related role: by slug where it has a file of its own."""

    title: Text
    slug: Slug | None = None
    match: Percent
    summary: Text


# The deck habits a role may have: each changes what its slides say or show.
HABITS: dict[str, str] = {
    "pet_buzzword": "the deck's `buzzword` is worked into every slide title",
    "emoji_titles": "every slide title starts with an emoji",
    "version_stamp": "a 'DRAFT v7 FINAL (2)' stamp in the corner of every slide",
    "stock_chevrons": "stock chevrons on every content slide, and the agenda drawn as a process",
    "acronym_soup": "every kicker is an acronym, and a glossary slide at the end explains none",
    "burning_platform": "the deck opens on a burning platform, made from the habitat",
    "logo_wall": "a strip of partner logos on every slide, and a wall of them at the end",
}
Habit = Literal[tuple(HABITS)]  # type: ignore[valid-type]


Section = Literal[SECTIONS]  # type: ignore[valid-type]
OrderName = Literal[(*SECTIONS, *FRAMES)]  # type: ignore[valid-type]
FrameCopyName = Literal[FRAME_COPY]  # type: ignore[valid-type]
Words = Text | list[Text]


def _role_words(value: Any) -> Any:
    """A role's own words for a slide, as data: each text parsed (its redactions kept)."""
    if isinstance(value, str):
        return Text.parse(value)
    if isinstance(value, list):
        return [_role_words(v) for v in value]
    if isinstance(value, dict):
        return {k: _role_words(v) for k, v in value.items()}
    return value


class SectionWords(Part):
    """How a role presents one dossier section in its deck: a kind other than its dialect's,
    and its own words (title, notes, eyebrow, agenda, footnote, and the kind's own fields),
    which go over the dialect's; or ``skip: true`` to leave the section out."""

    model_config = ConfigDict(extra="allow", frozen=True, strict=True)

    # put in by the deck section: which one this is (not the role file's to write)
    section: SkipJsonSchema[str] = Field(exclude=True)
    kind: str | None = Field(None, description="The kind that presents the section.")
    skip: bool = Field(False, description="Leave the section out of the deck.")

    @model_validator(mode="before")
    @classmethod
    def _words_are_data(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        fixed = {"section", "kind", "skip"}
        return {k: (v if k in fixed else _role_words(v)) for k, v in data.items()}

    @field_validator("kind")
    @classmethod
    def _kind_presents_it(cls, kind: str | None, info: Any) -> str | None:
        from printworks.content.presenting import presenters  # the kinds: only when a deck is read

        section = info.data.get("section")
        if kind is not None and section in SECTIONS and kind not in presenters(section):
            choices = ", ".join(presenters(section))
            raise ValueError(f"{kind!r} cannot present {section}; choose one of: {choices}")
        return kind

    @property
    def words(self) -> dict[str, Any]:
        """The role's own words for the section's slide, by field."""
        return dict(self.__pydantic_extra__ or {})


class OwnSlide:
    """A slide of the role's own: the content of one of the kinds in :mod:`printworks.content`.

    The kinds' models are loaded when a ``deck:`` section is first read (the deck, validate,
    the zine), never for a case file, which reads no ``deck:`` (see :class:`CaseFileRole`).
    """

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        from printworks.content import KindContent  # 24 kinds' models: only when a deck is read

        # from now on the field names its real type, for whoever reads the model's fields
        DeckSection.model_fields["slides"].annotation = list[KindContent]
        return handler.generate_schema(KindContent)


class DeckSection(Part):
    """The deck this role would present about itself: its title, look, habits and own slides."""

    model_config = ConfigDict(defer_build=True)  # its slides' kinds load on first use

    title: Text = Field(description="The deck's title, shown on its cover.")
    subtitle: Text | None = Field(None, description="The line under the title on the cover.")
    office: Text | None = Field(
        None,
        description="What the role calls its own team in its slides, without 'the', e.g. "
        "'Architecture Office' (default: the role's title).",
    )
    theme: str | None = Field(
        None,
        description="A shipped theme's name (see `printworks themes`) or a theme folder's path.",
    )
    habits: list[Habit] = Field(
        default_factory=list,
        description="The role's slide habits: " + "; ".join(f"{k}: {v}" for k, v in HABITS.items()),
    )
    buzzword: Text | None = Field(None, description="The pet buzzword (habit pet_buzzword).")
    dialect: str | None = Field(
        None,
        pattern=r"^[a-z][a-z0-9_-]*$",
        description="The voice the deck speaks in: a dialect's name (see `printworks dialects`).",
    )
    sections: dict[Section, SectionWords] = Field(
        default_factory=dict,
        description="Per dossier section: a kind to present it in, and the role's own words "
        "for its slide (over the dialect's), or `skip: true`.",
    )
    order: list[OrderName] | None = Field(
        None,
        description="The deck's running order by name (sections and frame slides: cover, "
        "agenda, own, takeaways, next_steps, questions, ...); default: the dialect's.",
    )
    copy_: dict[FrameCopyName, dict[str, Any]] = Field(
        default_factory=dict,
        alias="copy",
        description="Any line of the dialect's, by its part and key (cover: {meta: ...}): the "
        "role's own words instead, as written.",
    )
    slides: list[OwnSlide] = Field(
        default_factory=list, description="The role's own slides, in order, each of a kind."
    )

    @field_validator("sections", mode="before")
    @classmethod
    def _name_each_section(cls, given: Any) -> Any:
        if not isinstance(given, dict):
            return given
        return {k: ({**v, "section": k} if isinstance(v, dict) else v) for k, v in given.items()}

    @field_validator("copy_", mode="before")
    @classmethod
    def _copy_is_data(cls, given: Any) -> Any:
        return _role_words(given) if isinstance(given, dict) else given

    @model_validator(mode="after")
    def _buzzword_for_the_habit(self) -> DeckSection:
        if "pet_buzzword" in self.habits and self.buzzword is None:
            raise ValueError("the habit pet_buzzword needs a buzzword: add `buzzword: ...`")
        if len(set(self.habits)) != len(self.habits):
            raise ValueError("a habit is listed twice")
        return self


class Role(Part):
    """A job role, dissected: everything one dossier holds."""

    model_config = ConfigDict(
        title="printworks role",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
        defer_build=True,  # a case file validates a CaseFileRole, never needing the deck's kinds
    )

    title: Text
    case_number: str = Field(
        pattern=CASE_NUMBER.pattern, description="The file number, e.g. 'OTI-0001'."
    )
    summary: Text | None = Field(None, description="One line: what the role really does.")
    aliases: list[Text] = Field(default_factory=list)
    org_chart: OrgChart | None = None
    habitat: list[Text] = Field(default_factory=list)
    salary: Salary
    flight_risk: FlightRisk
    metrics: list[Metric] = Field(default_factory=list)
    weaponry: list[Weapon] = Field(default_factory=list)
    encounter_guide: list[Encounter] = Field(default_factory=list)
    jd_autopsy: list[Claim] = Field(default_factory=list)
    day_log: list[LogEntry] = Field(default_factory=list)
    burn_ward: list[Complaint] = Field(default_factory=list)
    related: list[Specimen] = Field(default_factory=list)
    deck: DeckSection | None = Field(None, description="The deck this role would present.")
    draft: bool = Field(
        False,
        description="True while the role is unfinished: the zine leaves it out (zine --drafts "
        "puts it in, stamped DRAFT).",
    )

    _slug: str = PrivateAttr("")

    @property
    def slug(self) -> str:
        """The role's file name without ``.yaml``; set by the loader."""
        return self._slug

    def with_slug(self, slug: str) -> Role:
        """This role, known by ``slug``."""
        self._slug = slug
        return self


class CaseFileRole(Role):
    """A role as the case file (and the mini-zine) read it: every part but ``deck:``, which
    they never print, so reading one builds no model of the deck's kinds. A ``deck:`` in the
    file is left unread (its mistakes are the deck's, and validate's, to report)."""

    deck: None = Field(None, exclude=True)

    @model_validator(mode="before")
    @classmethod
    def _without_deck(cls, data: Any) -> Any:
        return {k: v for k, v in data.items() if k != "deck"} if isinstance(data, dict) else data
