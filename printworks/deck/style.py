"""The deck's layout: ``layouts/deck/deck.yaml`` (the default theme and dialect), its dialects
in ``dialects/``, and its themes, each a folder ``themes/<name>/`` with a ``theme.yaml`` and the
template deck it describes.

Lengths stay values in the YAML ("0.5in", "12pt"); here they become points, the unit the text
measurer works in. Conversion to EMUs happens where shapes are placed (:mod:`.shapes`).
Pure data: nothing here imports python-pptx.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from printworks import forms, units
from printworks.deck.theme_spec import ThemeBuild, parse, six_digits
from printworks.errors import LayoutError
from printworks.layout import FontTable, Layouts, Strict, read_layout, register

DECK_DIR = "deck"
DECK_FILE = "deck.yaml"
THEMES_DIR = "themes"
THEME_FILE = "theme.yaml"
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def points(value: str) -> float:
    """A length of the deck's layout, in points."""
    return units.points(value)


Length = forms.Length
Hex = Annotated[forms.Colour, AfterValidator(six_digits)]  # "#rrggbb", kept as six hex digits
Alias = forms.Alias


@dataclass(frozen=True)
class Rect:
    """A box on a slide, in points from the slide's top-left corner."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    @property
    def centre(self) -> tuple[float, float]:
        return self.left + self.width / 2, self.top + self.height / 2

    def inset(self, dx: float, dy: float | None = None) -> Rect:
        dy = dx if dy is None else dy
        return Rect(self.left + dx, self.top + dy, self.width - 2 * dx, self.height - 2 * dy)

    def slice(self, top: float, height: float) -> Rect:
        """The band of this box from ``top`` (relative) for ``height`` points."""
        return Rect(self.left, self.top + top, self.width, height)

    def columns(self, count: int, gap: float) -> list[Rect]:
        width = (self.width - gap * (count - 1)) / count
        return [
            Rect(self.left + i * (width + gap), self.top, width, self.height) for i in range(count)
        ]

    def split(self, width: float, gap: float) -> tuple[Rect, Rect]:
        """This box cut in two side by side: ``width`` points on the left, the rest right."""
        left = Rect(self.left, self.top, width, self.height)
        return left, Rect(left.right + gap, self.top, self.right - left.right - gap, self.height)

    def rows(self, count: int, gap: float) -> list[Rect]:
        height = (self.height - gap * (count - 1)) / count
        return [
            Rect(self.left, self.top + i * (height + gap), self.width, height) for i in range(count)
        ]


class Box(Strict):
    left: Length
    top: Length
    width: Length
    height: Length

    @property
    def rect(self) -> Rect:
        return Rect(points(self.left), points(self.top), points(self.width), points(self.height))


class Size(Strict):
    """A type size and the floor it may shrink to before text continues elsewhere."""

    max: Length
    floor: Length

    @property
    def range(self) -> tuple[float, float]:
        return points(self.max), points(self.floor)


class TitleFace(Strict):
    """A family of its own for slide titles (a console's monospace, say), with the font
    aliases measured for it; the theme part names it as the heading (major) font."""

    family: str = Field(min_length=1)
    regular: Alias
    bold: Alias
    italic: Alias
    bold_italic: Alias


class Font(Strict):
    """The family a deck names, and the font aliases measured for it; titles in ``title``'s
    family when it is given, else in this one."""

    family: str = Field(min_length=1)
    regular: Alias
    bold: Alias
    italic: Alias
    bold_italic: Alias
    fallback: Alias  # measures what the family lacks (symbols, arrows, blocks)
    fallbacks: list[Alias] = Field(min_length=1)  # then these: Arabic, emoji, CJK faces
    east_asian: str = Field(min_length=1)  # the family named for Chinese, Japanese, Korean
    complex: str = Field(min_length=1)  # the family named for Arabic and other complex scripts
    emoji: str = Field(min_length=1)  # the family named for emoji
    title: TitleFace | None = None  # the titles' own family (default: the body's)

    def for_titles(self) -> Font:
        """This font as titles are set: ``title``'s family and faces, when it has one."""
        if self.title is None:
            return self
        return self.model_copy(update=self.title.model_dump())


class Fit(Strict):
    line_height: float = Field(gt=0)
    safety: float = Field(gt=0, le=1)
    step: Length
    inset: Length


class SlideSize(Strict):
    width: Length
    height: Length


class LayoutNames(Strict):
    """The names of the template's slide layouts, by the kind of slide that uses them."""

    cover: str
    content: str
    statement: str


class Colours(Strict):
    """A theme's colours, named by what they paint."""

    strong: Hex
    ink: Hex
    muted: Hex
    accent: Hex
    good: Hex
    good_pale: Hex
    warn: Hex
    warn_pale: Hex
    bad: Hex
    bad_pale: Hex
    paper: Hex
    dark: Hex
    on_dark: Hex
    panel: Hex
    line: Hex
    redaction: Hex


class Cards(Strict):
    """How cards are drawn in a theme."""

    kind: Literal["rect", "round"]
    bevel: bool
    shadow: bool


class TypeSizes(Strict):
    title: Size
    cover_title: Size
    eyebrow: Size
    heading: Size
    body: Size
    footnote: Size
    footer: Size
    big: Size
    hero: Size


class Frames(Strict):
    """Where the standing parts of a slide sit."""

    title: Box
    eyebrow: Box
    stamp: Box
    body: Box
    footnote: Box
    footer_left: Box
    footer_centre: Box
    footer_right: Box
    cover_title: Box
    cover_subtitle: Box
    cover_meta: Box
    statement_title: Box
    statement_body: Box


class Theme(Strict):
    """A theme: the look of a deck, with the template deck it goes with."""

    name: str = Field(min_length=1)
    description: str
    template: str
    slide: SlideSize
    font: Font
    layouts: LayoutNames
    colours: Colours
    series: list[Hex] = Field(min_length=1)
    sticky: list[Hex] = Field(min_length=1)
    cards: Cards
    fit: Fit
    type: TypeSizes
    frame: Frames
    build: ThemeBuild | None = None  # how template.pptx is made (none: a template of its own)

    @model_validator(mode="after")
    def _build_colours(self) -> Theme:
        """Every colour the build section names is one of the theme's."""
        if self.build is None:
            return self
        lists = {"series": len(self.series), "sticky": len(self.sticky)}
        for expression in self.build.colours():
            parsed = parse(expression)
            for ref in parsed[1:3] if parsed[0] == "mix" else parsed:
                key, _, index = ref.rstrip("]").partition("[")
                if ref.startswith("#"):
                    continue
                if index and (key not in lists or int(index) >= lists[key]):
                    raise ValueError(f"build: {expression}: no colour {ref}")
                if not index and key not in Colours.model_fields:
                    raise ValueError(f"build: {expression}: no colour {key!r} in colours")
        return self

    def box(self, name: str) -> Rect:
        return getattr(self.frame, name).rect

    def size(self, name: str) -> tuple[float, float]:
        return getattr(self.type, name).range

    def colour(self, name: str) -> str:
        return getattr(self.colours, name)

    @property
    def slide_rect(self) -> Rect:
        return Rect(0, 0, points(self.slide.width), points(self.slide.height))


class DeckPlan(Strict):
    """``deck.yaml``: the theme and the dialect a role gets when it names none."""

    default_theme: str
    default_dialect: str


@dataclass(frozen=True)
class ThemeFolder:
    """A theme as read: its name, its folder, and its validated ``theme.yaml``."""

    key: str
    folder: Path
    theme: Theme

    @property
    def template(self) -> Path:
        return self.folder / self.theme.template


class DeckLayout:
    """The deck's layout folder: its plan, its copy and its themes, each read on first use."""

    def __init__(self, folder: Path, fonts: FontTable):
        self.folder = folder
        self.fonts = fonts

    @cached_property
    def plan(self) -> DeckPlan:
        return read_layout(DECK_FILE, DeckPlan, self.folder)

    def dialect(self, name: str | None = None):
        """The dialect called ``name`` (default: the plan's), read and checked."""
        from printworks.deck import dialect

        return dialect.read(self.folder, name or self.plan.default_dialect)

    def dialect_names(self) -> list[str]:
        """The shipped dialects, by name."""
        from printworks.deck import dialect

        return dialect.names(self.folder)

    def theme_names(self) -> list[str]:
        """The shipped themes, by folder name."""
        root = self.folder / THEMES_DIR
        return (
            sorted(p.name for p in root.iterdir() if p.is_dir() and (p / THEME_FILE).is_file())
            if root.is_dir()
            else []
        )

    def theme(self, name: str | None = None) -> ThemeFolder:
        """The theme called ``name`` (a shipped theme's name, or a path to a theme folder)."""
        name = name or self.plan.default_theme
        if _NAME.match(name):
            folder = self.folder / THEMES_DIR / name
            if not (folder / THEME_FILE).is_file():
                known = ", ".join(self.theme_names()) or "none"
                raise LayoutError(f"no theme '{name}' (known: {known})")
        else:
            folder = Path(name)
            if not (folder / THEME_FILE).is_file():
                raise LayoutError(f"{folder}: not a theme folder (it has no {THEME_FILE})")
        theme = read_layout(THEME_FILE, Theme, folder, {"fonts": self.fonts})
        return ThemeFolder(folder.name, folder, theme)


def read_deck_layout(folder: Path, fonts: FontTable) -> DeckLayout:
    """The deck layout in ``folder``/deck (a folder of layout files)."""
    return DeckLayout(folder / DECK_DIR, fonts)


@register("deck")
def _read(layouts: Layouts) -> DeckLayout:
    return read_deck_layout(layouts.folder, layouts.fonts)
