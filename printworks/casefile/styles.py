"""The kit a case file is drawn with: palette, sizes and paragraph styles for one paper."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from reportlab.lib.colors import CMYKColor, Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from printworks.layout import DossierCopy, FontTable
from printworks.units import points

from .config import CasefileLayout, Format, Spacing, TypeSizes, Words
from .faces import chain, ensure, face_name

# paragraph style -> (font chain, size, leading, colour, alignment)
_STYLES: dict[str, tuple[str, str, str, str, int]] = {
    "body": ("body", "body", "leading", "ink", TA_LEFT),
    "body_italic": ("body_italic", "body", "leading", "ink", TA_LEFT),
    "strong": ("strong", "body", "leading", "ink", TA_LEFT),
    "small": ("body", "small", "small_leading", "muted", TA_LEFT),
    "small_right": ("body", "small", "small_leading", "muted", TA_RIGHT),
    "caption": ("body_italic", "small", "small_leading", "muted", TA_LEFT),
    "label": ("display", "label", "small_leading", "muted", TA_LEFT),
    "label_ink": ("display", "label", "small_leading", "ink", TA_LEFT),
    "heading": ("display", "heading", "heading", "ink", TA_LEFT),
    "question": ("display", "question", "question", "ink", TA_LEFT),
    "title": ("strong", "title", "title", "ink", TA_LEFT),
    "node": ("body", "node", "node", "ink", TA_LEFT),
    "node_title": ("strong", "node", "node", "ink", TA_LEFT),
    "figure": ("display", "big_figure", "big_figure", "ink", TA_LEFT),
    "stamp": ("stamp", "body", "leading", "stamp", TA_CENTER),
}


@dataclass
class Kit:
    """What every piece of the case file needs to draw itself on one paper, in one palette."""

    layout: CasefileLayout
    copy: DossierCopy
    fonts: FontTable
    paper: Format
    grayscale: bool = False
    date: datetime | None = None  # the build date; None: dates are redacted or the epoch
    link_slugs: frozenset[str] = frozenset()
    bleed: float = 0.0  # how far backgrounds run past the trim, in points (the print shop's)
    cmyk: bool = False  # colours from the layout's CMYK palette (greys as black ink only)
    _styles: dict[str, ParagraphStyle] = field(default_factory=dict, repr=False)
    _colours: dict[str, Color] = field(default_factory=dict, repr=False)
    _lengths: dict[tuple[str, str], float] = field(default_factory=dict, repr=False)
    _chains: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    @property
    def scale(self) -> float:
        """How much this paper's drawn figures are scaled from the A4 sizes of the layout."""
        return self.paper.figure_scale

    @property
    def words(self) -> Words:
        """The case file's own copy: banner, labels, metadata."""
        return self.layout.words

    @cached_property
    def page_size(self) -> tuple[float, float]:
        width, height = self.paper.size
        return points(width), points(height)

    @cached_property
    def margins(self) -> dict[str, float]:
        """top, bottom, inner (the binding side) and outer, in points."""
        return {k: points(v) for k, v in self.paper.margins.model_dump().items()}

    @cached_property
    def frame_size(self) -> tuple[float, float]:
        """The width and height of the flow on a page."""
        width, height = self.page_size
        m = self.margins
        return width - m["inner"] - m["outer"], height - m["top"] - m["bottom"]

    def side_margins(self, page: int, facing: bool) -> tuple[float, float]:
        """The left and right margins of page number ``page``: the inner margin is on the
        left of a single sheet, and on the spine side of a booklet's page (``facing``)."""
        m = self.margins
        if facing and page % 2 == 0:
            return m["outer"], m["inner"]
        return m["inner"], m["outer"]

    @cached_property
    def _type(self) -> TypeSizes:
        return self.layout.type[self.paper.type]

    @cached_property
    def _spacing(self) -> Spacing:
        return self.layout.spacing[self.paper.spacing]

    def colour(self, name: str) -> Color:
        colour = self._colours.get(name)
        if colour is None:
            colour = self._colours[name] = self._make_colour(name)
        return colour

    def _make_colour(self, name: str) -> Color:
        palettes = self.layout.palettes
        if not self.cmyk:
            return HexColor(self._rgb(name))
        if self.grayscale:  # a grey is printed with black ink alone
            return CMYKColor(0, 0, 0, 1 - HexColor(self._rgb(name)).red)
        c, m, y, k = getattr(palettes.cmyk, name)
        return CMYKColor(c / 100, m / 100, y / 100, k / 100)

    def _rgb(self, name: str) -> str:
        palettes = self.layout.palettes
        return getattr(palettes.grayscale if self.grayscale else palettes.colour, name)

    def hex(self, name: str) -> str:
        """The colour ``name`` as paragraph markup writes it: ``#rrggbb``, or in a CMYK file
        ``cmyk(c,m,y,k)``."""
        if not self.cmyk:
            return self._rgb(name)
        colour = self.colour(name)
        return f"cmyk({colour.cyan:g},{colour.magenta:g},{colour.yellow:g},{colour.black:g})"

    def size(self, name: str) -> float:
        """A type size of this paper's type set."""
        return self._length(self._type, "type", name)

    def space(self, name: str) -> float:
        """A spacing of this paper's spacing set."""
        return self._length(self._spacing, "spacing", name)

    def stroke(self, name: str) -> float:
        """A line width from the layout, scaled for this paper's figures."""
        return self._scaled("strokes", name)

    def hairline(self, name: str) -> float:
        """A fine line width from the layout: the same on every paper."""
        return points(getattr(self.layout.hairlines, name))

    def figure(self, name: str) -> float:
        """A length inside a drawn figure, from the layout, scaled for this paper's figures."""
        return self._scaled("figures", name)

    def zine(self, name: str) -> float:
        """A length of the zine's designed pages, scaled for this paper's figures."""
        return self._scaled("zine", name)

    def _length(self, values: TypeSizes | Spacing, table: str, name: str) -> float:
        key = (table, name)
        value = self._lengths.get(key)
        if value is None:
            value = self._lengths[key] = round(points(getattr(values, name)), 2)
        return value

    def _scaled(self, table: str, name: str) -> float:
        key = (table, name)
        value = self._lengths.get(key)
        if value is None:
            length = points(getattr(getattr(self.layout, table), name)) * self.scale
            value = self._lengths[key] = length
        return value

    def chain(self, font_style: str) -> tuple[str, ...]:
        """The ReportLab names of the faces tried, in order, for ``font_style``."""
        faces = self._chains.get(font_style)
        if faces is None:
            faces = self._chains[font_style] = chain(self.layout.fonts, self.fonts, font_style)
        return faces

    def font(self, font_style: str) -> str:
        """The ReportLab name of the main face of ``font_style``, registered."""
        return ensure(self.chain(font_style)[0])

    @property
    def fallback(self) -> str:
        """The face that draws the code of a character no face has."""
        return ensure(face_name("fallback", self.fonts.path("fallback")))

    def font_style_of(self, style: str) -> str:
        return _STYLES[style][0]

    def style(self, name: str, **changes: object) -> ParagraphStyle:
        """The paragraph style ``name``, optionally varied (a new style, not a mutation)."""
        if name not in self._styles:
            font_style, size, leading, colour, align = _STYLES[name]
            self._styles[name] = ParagraphStyle(
                name,
                fontName=self.font(font_style),
                fontSize=self.size(size),
                leading=self.size(leading) * (1.0 if leading not in {size} else 1.18),
                textColor=self.colour(colour),
                alignment=align,
                splitLongWords=True,
                allowWidows=0,
                allowOrphans=0,
            )
        base = self._styles[name]
        if not changes:
            return base
        key = f"{name}:{sorted(changes.items())!r}"
        if key not in self._styles:
            self._styles[key] = ParagraphStyle(key, parent=base, **changes)
        return self._styles[key]
