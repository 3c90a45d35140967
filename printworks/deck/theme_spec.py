"""The ``build:`` section of a theme.yaml: how its template.pptx is made from the theme (see
:mod:`.theme_build`). Pure data: nothing here imports python-pptx.

What a theme looks like beyond its colours is data here: its backgrounds (a colour or a
gradient), the default sizes of its placeholders, and the shapes drawn on each layout, in
order. Every colour in it is an expression over the theme's own colours, so recolouring the
theme recolours the template too:

- ``accent`` (a key of ``colours``), ``series[2]`` or ``sticky[0]``, or ``"#rrggbb"``;
- ``mix(A, B, share)``: the colour ``share`` of the way from A to B (0: A, 1: B).

A theme without a ``build:`` section (one imported from a company's template) keeps its
template as it is.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag, model_validator

from printworks import forms
from printworks.layout import Strict

# the preset shapes a theme may draw (python-pptx's MSO_SHAPE names, in lower case)
SHAPES = (
    "rectangle", "rounded_rectangle", "oval", "chevron", "donut", "bevel", "cloud", "sun",
    "star_5_point", "flowchart_offpage_connector", "isosceles_triangle", "pentagon",
    "hexagon", "right_arrow", "heart", "moon", "wave", "parallelogram", "trapezoid", "diamond",
)  # fmt: skip


def six_digits(colour: str) -> str:
    """A colour written ``"#rrggbb"`` (checked by :data:`printworks.forms.Colour`), as the six
    hex digits python-pptx takes."""
    return colour[1:].upper()


def parse(expression: str) -> tuple[str, ...]:
    """A colour expression as ``(ref,)`` or ``("mix", ref, ref, share)``."""
    return forms.colour_expression(expression)


Colour = forms.ColourExpression
Length = forms.Length
Point = tuple[Length, Length]


class Gradient(Strict):
    """A gradient fill: ``ramp`` colours evenly spaced, or ``stops`` as [position %, colour,
    opacity %]; linear at ``angle`` degrees (0: left to right, 90: top to bottom), or radial
    from the middle."""

    ramp: list[Colour] | None = Field(default=None, min_length=2)
    stops: list[tuple[float, Colour, float]] | None = Field(default=None, min_length=2)
    angle: float = 90
    radial: bool = False

    @model_validator(mode="after")
    def _one(self) -> Gradient:
        if (self.ramp is None) == (self.stops is None):
            raise ValueError("give either ramp (colours) or stops ([position, colour, opacity])")
        return self

    def colours(self) -> list[str]:
        return list(self.ramp or [c for _, c, _ in self.stops or ()])


def _fill_kind(value) -> str:
    return "gradient" if isinstance(value, dict | Gradient) else "colour"


# one kind of fill each, so that a wrong one is one problem, not one per kind
Fill = Annotated[
    Annotated[Colour, Tag("colour")] | Annotated[Gradient, Tag("gradient")],
    Discriminator(_fill_kind),
]


class Label(Strict):
    """A short label on a shape, in the theme's heading font."""

    text: str
    colour: Colour
    size: Length
    bold: bool = True


class Shape(Strict):
    """A preset shape on ``box`` (left, top, width, height), filled or not (null), outlined
    when ``line`` is given; with a glow (colour, radius, opacity %), a shadow (opacity %,
    blur, distance), soft edges, a bevel (width, height) and a label, as given."""

    shape: Literal[SHAPES]  # type: ignore[valid-type]
    box: tuple[Length, Length, Length, Length]
    fill: Fill | None
    line: Colour | None = None
    line_width: Length = "1pt"
    opacity: float = Field(default=100, ge=0, le=100)
    rotation: float = 0
    adjust: tuple[float, ...] = ()
    name: str | None = None
    margin: Length | None = None  # the label's inner margin left and right
    text: Label | None = None
    glow: tuple[Colour, Length, float] | None = None
    shadow: tuple[float, Length, Length] | None = None
    soft: Length | None = None
    bevel: tuple[Length, Length] | None = None

    def colours(self) -> list[str]:
        fill = self.fill.colours() if isinstance(self.fill, Gradient) else [self.fill]
        more = [self.line, self.text and self.text.colour, self.glow and self.glow[0]]
        return [c for c in (*fill, *more) if c]


class Line(Strict):
    """A straight line from one point to another."""

    line: tuple[Point, Point]
    colour: Colour
    width: Length
    opacity: float = Field(default=100, ge=0, le=100)

    def colours(self) -> list[str]:
        return [self.colour]


class Path(Strict):
    """A stroke through ``path``'s points, with a glow when given."""

    path: list[Point] = Field(min_length=2)
    colour: Colour
    width: Length
    glow: tuple[Colour, Length, float] | None = None

    def colours(self) -> list[str]:
        return [self.colour] + ([self.glow[0]] if self.glow else [])


def _ornament_kind(value) -> str | None:
    if not isinstance(value, dict):
        return type(value).__name__.lower()
    if "shape" in value or "box" in value:  # a shape's line: is its outline's colour
        return "shape"
    if "path" in value:
        return "path"
    return "line" if "line" in value else None


# a shape, a line or a path, told apart by the key each begins with
Ornament = Annotated[
    Annotated[Shape, Tag("shape")] | Annotated[Line, Tag("line")] | Annotated[Path, Tag("path")],
    Discriminator(
        _ornament_kind,
        custom_error_type="ornament",
        custom_error_message="an ornament begins with shape:, line: or path:",
    ),
]


class Backgrounds(Strict):
    """The master's background and the cover's, content's and statement layouts' own (the
    content layout shows the master's unless it has one)."""

    master: Fill
    cover: Fill
    content: Fill | None = None
    statement: Fill


class PlaceholderSizes(Strict):
    """Default sizes of the layouts' placeholders that theme.yaml's type sizes do not set."""

    subtitle: Length = "20pt"
    statement_title: Length | None = None  # default: the cover title's largest size
    statement_body: Length = "18pt"


class ThemeBuild(Strict):
    """How a theme's template is made: its name in the file (as PowerPoint's Design tab shows
    it), its backgrounds and placeholder sizes, and the shapes on each layout."""

    scheme: str = Field(min_length=1)
    stacking: Literal["painter", "behind"] = "painter"  # behind: each behind the last drawn
    sizes: PlaceholderSizes = PlaceholderSizes()
    backgrounds: Backgrounds
    cover: tuple[Ornament, ...] = ()
    content: tuple[Ornament, ...] = ()
    statement: tuple[Ornament, ...] = ()

    def colours(self) -> list[str]:
        """Every colour expression in the section."""
        found = []
        backgrounds = self.backgrounds
        for fill in (
            backgrounds.master,
            backgrounds.cover,
            backgrounds.content,
            backgrounds.statement,
        ):
            found += fill.colours() if isinstance(fill, Gradient) else [fill]
        for ornament in (*self.cover, *self.content, *self.statement):
            found += ornament.colours()
        return [c for c in found if c]
