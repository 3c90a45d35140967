"""The deck's look, read from ``layouts/deck/deck.yaml``: sizes, colours, type and frames.

Lengths stay values in the YAML ("0.5in", "12pt"); here they become points, the unit the text
measurer works in. Conversion to EMUs happens where shapes are placed (:mod:`.shapes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from printworks import units
from printworks.deck.memo import by_content
from printworks.layout import LayoutError, read_layout
from printworks.resources import layouts_dir

DECK_DIR = "deck"
STYLE_FILE = "deck.yaml"


def points(value: str) -> float:
    """A length of the deck's layout, in points; a LayoutError when it is not one."""
    try:
        return units.points(value)
    except ValueError as exc:
        raise LayoutError(str(exc)) from None


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


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Box(_Strict):
    left: str
    top: str
    width: str
    height: str

    @property
    def rect(self) -> Rect:
        return Rect(points(self.left), points(self.top), points(self.width), points(self.height))


class Size(_Strict):
    """A type size and the floor it may shrink to before text continues elsewhere."""

    max: str
    floor: str

    @property
    def range(self) -> tuple[float, float]:
        return points(self.max), points(self.floor)


class Font(_Strict):
    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str


class Fit(_Strict):
    line_height: float
    safety: float
    step: str
    inset: str


class SlideSize(_Strict):
    width: str
    height: str


class DeckStyle(_Strict):
    """Everything about the deck's look that is not in ``template.pptx`` itself."""

    template: str
    copy_file: str
    slides: list[str]
    slide: SlideSize
    font: Font
    layouts: dict[str, str]
    colours: dict[str, str]
    fit: Fit
    type: dict[str, Size]
    frame: dict[str, Box]

    @field_validator("colours")
    @classmethod
    def _hex(cls, colours: dict[str, str]) -> dict[str, str]:
        for name, value in colours.items():
            if not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
                raise ValueError(f"colour {name}: {value!r} is not six hex digits")
        return colours

    def box(self, name: str) -> Rect:
        return self.frame[name].rect

    def size(self, name: str) -> tuple[float, float]:
        return self.type[name].range

    def colour(self, name: str) -> str:
        return self.colours[name]

    @property
    def slide_rect(self) -> Rect:
        return Rect(0, 0, points(self.slide.width), points(self.slide.height))


def deck_dir(folder: Path | None = None) -> Path:
    return folder or layouts_dir() / DECK_DIR


def read_style(folder: Path | None = None) -> DeckStyle:
    """The deck style in ``folder`` (default: the shipped ``layouts/deck``), read once a process."""
    folder = deck_dir(folder)
    return by_content(
        "style", folder / STYLE_FILE, lambda _: read_layout(STYLE_FILE, DeckStyle, folder)
    )
