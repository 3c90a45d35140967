"""The case file's layout (``layouts/casefile.yaml``) as a validated model.

Every key is required; lengths are values with units ("12mm", "9pt"), checked as they are read.
Pure data: nothing here imports ReportLab.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field, ValidationInfo, field_validator

from printworks.articles import fixed_article
from printworks.forms import Alias, Colour, Copy, CurrencyCode, Ink, Length, Named
from printworks.layout import Strict
from printworks.units import points

LAYOUT_FILE = "casefile.yaml"


class Margins(Strict):
    """A page's margins. ``inner`` is the binding side: the left of a single sheet, and the
    spine side of every page of a booklet (the left of a right-hand page, the right of a
    left-hand one)."""

    top: Length
    bottom: Length
    inner: Length
    outer: Length


# the named sets of type sizes and of spacing: the desk's (A4, Letter), the pocket's (A5, half
# letter) and the mini-zine's panels
SetName = Literal["desk", "pocket", "mini"]


class Format(Strict):
    """One paper size: its dimensions and margins, the type and spacing it is laid out with
    (named sets of ``type`` and ``spacing``), and the scale of its drawn figures."""

    size: tuple[Length, Length]
    margins: Margins
    type: SetName
    spacing: SetName
    figure_scale: float = Field(gt=0)

    @field_validator("margins")
    @classmethod
    def _room_left(cls, margins: Margins, info: ValidationInfo) -> Margins:
        """Margins that leave at least half the page across and down for the text: what
        every figure of a dossier is drawn to fit."""
        size = info.data.get("size")
        if size is None:
            return margins
        width, height = (points(v) for v in size)
        across = points(margins.inner) + points(margins.outer)
        down = points(margins.top) + points(margins.bottom)
        mm = 72 / 25.4
        if across > width / 2 or down > height / 2:
            raise ValueError(
                f"these margins leave a text area of {(width - across) / mm:.0f} x "
                f"{(height - down) / mm:.0f} mm on a {width / mm:.0f} x {height / mm:.0f} mm "
                f"page, and a dossier needs at least half the page each way: keep inner + "
                f"outer under {width / 2 / mm:.0f}mm and top + bottom under "
                f"{height / 2 / mm:.0f}mm"
            )
        return margins


class Formats(Strict):
    """The paper sizes a case file prints on."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    a4: Format
    letter: Format
    a5: Format
    half_letter: Format = Field(alias="half-letter")

    def get(self, name: str) -> Format:
        key = name.replace("-", "_")
        if key not in type(self).model_fields:
            known = ", ".join(f.alias or n for n, f in type(self).model_fields.items())
            raise ValueError(f"unknown page size {name!r} (known: {known})")
        return getattr(self, key)


class Palette(Strict):
    """The case file's colours, named by what they paint."""

    paper: Colour
    paper_edge: Colour
    hole: Colour
    ink: Colour
    muted: Colour
    rule: Colour
    card: Colour
    banner: Colour
    banner_ink: Colour
    stamp: Colour
    redaction: Colour
    highlight: Colour
    accent: Colour
    bar: Colour
    bar_track: Colour
    danger: Colour
    safe: Colour
    link: Colour


class CmykPalette(Strict):
    """The case file's colours for a four-colour press: c, m, y and k in percent."""

    paper: Ink
    paper_edge: Ink
    hole: Ink
    ink: Ink
    muted: Ink
    rule: Ink
    card: Ink
    banner: Ink
    banner_ink: Ink
    stamp: Ink
    redaction: Ink
    highlight: Ink
    accent: Ink
    bar: Ink
    bar_track: Ink
    danger: Ink
    safe: Ink
    link: Ink


class Palettes(Strict):
    colour: Palette
    grayscale: Palette
    cmyk: CmykPalette

    @field_validator("grayscale")
    @classmethod
    def _greys(cls, palette: Palette) -> Palette:
        for key, value in palette.model_dump().items():
            if len({value[1:3], value[3:5], value[5:7]}) != 1:
                raise ValueError(f"{key}: {value!r} is not a grey (r = g = b)")
        return palette


class FontChains(Strict):
    """Each style's chain of font aliases; ``fallback_chain`` is tried after every style's own."""

    body: list[Alias] = Field(min_length=1)
    body_italic: list[Alias] = Field(min_length=1)
    strong: list[Alias] = Field(min_length=1)
    display: list[Alias] = Field(min_length=1)
    stamp: list[Alias] = Field(min_length=1)
    fallback_chain: list[Alias] = Field(min_length=1)


class TypeSizes(Strict):
    """One set of type sizes, for the formats that name it."""

    body: Length
    leading: Length
    small: Length
    small_leading: Length
    label: Length
    heading: Length
    number: Length
    question: Length
    title: Length
    furniture: Length
    banner: Length
    stamp: Length
    big_figure: Length
    node: Length


class Spacing(Strict):
    """One set of the case file's gaps and boxes, for the formats that name it."""

    paragraph: Length
    section_before: Length
    section_after: Length
    item: Length
    banner_height: Length
    banner_gap: Length
    banner_inset: Length
    banner_tracking: Length
    org_indent: Length
    org_gap: Length
    gutter: Length
    stamp_width: Length


class Strokes(Strict):
    """Line widths of the drawn figures, for A4; a format's ``figure_scale`` multiplies them."""

    stamp_outer: Length
    stamp_inner: Length
    cover_rule: Length
    heading_rule: Length
    needle: Length
    claim_stamp: Length
    claim_box: Length
    rule: Length
    spine: Length
    connector: Length
    connector_hot: Length
    box: Length
    box_hot: Length
    pressure_arrow: Length


class Hairlines(Strict):
    """The finest lines (rules, ticks, dashed boxes): the same width on every paper."""

    rule: Length
    dash: Length
    tick: Length
    tick_major: Length
    contents: Length


class Figures(Strict):
    """Sizes inside the drawn figures (boxes, pads, marks), for A4; a format's
    ``figure_scale`` multiplies them."""

    paper_edge: Length
    punch_hole: Length
    punch_inset: Length
    head_gap: Length
    stamp_pad: Length
    stamp_corner: Length
    stamp_inset: Length
    stamp_corner_inner: Length
    stamp_baseline: Length
    stamp_offset: Length
    stamp_drop: Length
    rule_before: Length
    rule_after: Length
    tag_width: Length
    tag_gap: Length
    line_gap: Length
    cell_gap: Length
    bullet_indent: Length
    bullet: Length
    card_top: Length
    card_right: Length
    card_bottom: Length
    card_left: Length
    card_rule: Length
    verdict_top: Length
    quote_indent: Length
    quote_top: Length
    quote_side: Length
    quote_rule: Length
    quote_mark: Length
    gauge_width: Length
    gauge_hub: Length
    gauge_gap: Length
    bar_pad: Length
    match_gap: Length
    source_stamp_pad: Length
    claim_gap: Length
    claim_pad: Length
    claim_arrow_drop: Length
    claim_arrow_head: Length
    day_lane: Length
    day_axis_room: Length
    day_time_width: Length
    day_spine_back: Length
    day_dot: Length
    day_ruler_after: Length
    org_pad: Length
    org_line_gap: Length
    org_connector: Length
    org_arrow_head: Length
    pressure_arrow: Length
    pressure_head: Length
    pressure_gap: Length
    pressure_line_gap: Length
    contents_case: Length
    contents_page: Length


class Zine(Strict):
    """The zine's designed pages (cover, back cover, blank pages): sizes for A4, scaled by a
    format's ``figure_scale``, and the few numbers that place things on them."""

    masthead: Length
    masthead_top: Length
    masthead_bottom: Length
    issue_number: Length
    title_largest: Length
    title_lines: int = Field(ge=1, le=4)
    title_gap: Length
    strip_gap: Length
    rule_gap: Length
    list_gap: Length
    item_gap: Length
    list_foot: Length
    redact_every: int = Field(ge=2)
    stamp: Length
    stamp_width: Length
    stamp_angle: float
    stamp_across: float = Field(ge=0, le=1)
    stamp_least: float = Field(gt=0, le=1)
    barcode_height: Length
    barcode_width: Length
    barcode_pad: Length
    footer: Length
    back_top: Length
    number_width: Length
    number_gap: Length
    guide_height: Length
    guide_gap: Length
    guide_line: Length
    back_stamp: Length
    back_stamp_width: Length
    back_stamp_angle: float
    blank_stamp_width: Length
    notes_rule_gap: Length
    page_multiple: int = Field(ge=1)


class Words(Strict):
    """The case file's own copy: banner, labels, metadata, and the zine's covers and contents."""

    banner: str
    author: str
    creator: str
    subject: Copy("article", "title")
    keywords: str
    language: str
    case_label: str
    page: Copy("page", "total")
    filed: str
    filed_format: str
    status_label: str
    status: str
    index_label: str
    summary_label: str
    stamp_top: Copy("percent")
    this_role: str
    pressure_title: str
    salary_per_hour: Copy("days")
    salary_benchmarks_title: str
    this_salary: str
    source_label: str
    metric_tag: Copy("n")
    weapon_tag: Copy("letter")
    unknown_glyph: Copy("code")
    zine_kicker: str
    zine_issue_number: Copy("number")
    zine_dated: str
    zine_price: str
    zine_enclosed: Copy("count")
    zine_more: Copy("count")
    zine_stamp: str
    zine_back_stamp: str
    zine_numbers_title: str
    zine_count_caption: str
    zine_risk_caption: Copy("title", "top")
    zine_hours_caption: str
    zine_salary_caption: str
    zine_overheard: str
    zine_fold_title: str
    zine_fold_print: str
    zine_fold_stack: str
    zine_fold_staple: str
    zine_colophon: str
    zine_folding: str
    zine_blank: str
    zine_notes: str
    zine_editor_label: str
    back_outline: str
    contents_title: str
    contents_outline: str
    cover_outline: str

    @field_validator("subject", "zine_risk_caption")
    @classmethod
    def _article_from_title(cls, pattern: str) -> str:
        if wrong := fixed_article(pattern):
            raise ValueError(wrong)
        return pattern


class Breaks(Strict):
    """Where pages break, beyond what keeps together."""

    # no page but a designed one is printed less than this share of its flow down: a role's
    # last page that would be brings company over from the page before it
    least_fill: float = Field(ge=0, lt=0.9)
    # a figure too tall for a page is scaled down to fit it, down to this share of its size;
    # one that would need more breaks across pages
    least_scale: float = Field(gt=0, le=1)


class Benchmark(Strict):
    label: str
    amount: int = Field(ge=0)
    currency: CurrencyCode


class SalaryCopy(Strict):
    working_days: int = Field(gt=0)
    benchmarks: list[Benchmark]


class TypeSets(Named, Strict):
    """The type sizes a paper is laid out with, by name."""

    desk: TypeSizes
    pocket: TypeSizes
    mini: TypeSizes


class SpacingSets(Named, Strict):
    """The spacings a paper is laid out with, by name."""

    desk: Spacing
    pocket: Spacing
    mini: Spacing


class CasefileLayout(Strict):
    """Everything ``casefile.yaml`` says: formats, palettes, font chains, sizes, words."""

    type: TypeSets
    spacing: SpacingSets
    formats: Formats
    palettes: Palettes
    fonts: FontChains
    strokes: Strokes
    hairlines: Hairlines
    figures: Figures
    zine: Zine
    breaks: Breaks
    words: Words
    salary: SalaryCopy

    def format(self, name: str) -> Format:
        return self.formats.get(name)
