"""The deck being built: the one object a slide kind draws into.

It holds the role, its theme and its slides so far, and hands each request to the room that
does it: the copy to the :mod:`.voice`, titles to :mod:`.titling`, text to the
:mod:`.fitter`, shapes to the :mod:`.placer`, each slide's furniture to
:mod:`.furniture`, text that ran over to :mod:`.overflow`, and the file's properties to
:mod:`.properties` before :mod:`.package` writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

from printworks.deck import backdrop, contrast, order, properties, shapes
from printworks.deck.charts import Look
from printworks.deck.fitter import CONTROL, REDACTION_SPACES, TextFitter, measurer
from printworks.deck.furniture import Furnisher
from printworks.deck.notes import NotesPages
from printworks.deck.notes_design import NotesDesign
from printworks.deck.overflow import Page, run_on
from printworks.deck.overrides import role_copy
from printworks.deck.package import save
from printworks.deck.placer import Group, Placer
from printworks.deck.style import Rect
from printworks.deck.template import SlideMaker, open_template
from printworks.deck.titling import Titling
from printworks.deck.voice import Voice
from printworks.facts import Facts
from printworks.layout import Layouts
from printworks.markup import Text
from printworks.model import Role

__all__ = ["REDACTION_SPACES", "Deck", "DeckOptions"]

EPOCH = datetime.fromtimestamp(0, tz=UTC)


@dataclass(frozen=True)
class DeckOptions:
    """How a deck is made: its theme and dialect (None: the role's, else the default) and the
    build date (None: the epoch)."""

    theme: str | None = None
    date: datetime | None = None
    dialect: str | None = None


class Deck:
    """One deck in the making, for one role."""

    def __init__(self, role: Role, layouts: Layouts, options: DeckOptions):
        self.role = role
        self.options = options
        self.made = options.date or EPOCH  # the deck's date, and its charts' workbooks'
        deck = layouts.deck
        own = role.deck
        chosen = deck.theme(options.theme or (own.theme if own else None))
        self.dialect = deck.dialect(options.dialect or (own.dialect if own else None))
        self.copy = role_copy(self.dialect, role)
        self.theme = chosen.theme
        self.habits = order.habits(role)
        self.facts = Facts(role, layouts.dossier)
        office = own.office if own and own.office else role.title
        self.voice = Voice(self.copy, role, self.facts, office)
        self.template_path = chosen.template
        self.prs, template = open_template(self.template_path)
        self.slides = SlideMaker(self.prs, self.template_path, template.blanks)
        self.measure = measurer(self.theme, layouts.fonts)
        titles = measurer(self.theme, layouts.fonts, titles=True) if self.theme.font.title else None
        self.fitter = TextFitter(self.theme, self.measure, titles)
        # whether a title sits on one line of a content slide's title box at the title size
        # (less the room an emoji mark takes); not a method of the deck's, which would make the
        # deck a cycle that only the garbage collector frees, and every cache in it with it
        rect, (size, _floor) = self.theme.box("title"), self.theme.size("title")
        width = rect.width - (size * 1.2 * 1.3 if "emoji_titles" in self.habits else 0)
        one_line = partial(self.fitter.titles.one_line, width=width, size=size)
        self.titling = Titling(self.voice, self.habits, own.buzzword if own else None, one_line)
        self.pages: list[Page] = []
        self.placer = Placer(self.theme, self.fitter, self.pages, template.places)
        font, fonts = self.theme.font, layouts.fonts
        # the faces an emoji title's mark is traced from: the emoji face first
        faces = tuple(str(fonts.path(a)) for a in (*font.fallbacks, font.fallback))
        self.furniture = Furnisher(
            self.theme, self.voice, self.placer, self.slides, self.habits, faces
        )
        self.running: list[order.Step] = []
        # what the kinds say, write and draw with, each straight from the room that does it
        self.say = self.voice.say
        self.says = self.voice.says
        self.para = self.fitter.para
        self.fits = self.fitter.fits
        self.holds = self.fitter.holds
        self.common = self.fitter.common
        self.text = self.placer.text
        self.fill = self.placer.fill
        self.card = self.placer.card
        handout = NotesDesign(self.prs, self.theme, self.voice.handout_words())
        self._notes = NotesPages(template.notes, handout.furnish)
        self._bases: dict[str, list] = {}  # each layout's background and ornaments
        # the deck's own title: the cover's, and the file's
        self.title = own.title if own else self.say("cover.title")

    # --- the theme ------------------------------------------------------------------------
    def colour(self, name: str) -> str:
        """The theme's colour called ``name`` (strong, ink, accent, dark, panel, ...)."""
        return self.theme.colour(name)

    def ink_on(self, fill: str) -> str:
        """The theme's text colour that reads best on the hex colour ``fill``."""
        names = ("ink", "strong", "on_dark", "paper", "dark")
        return max((self.colour(n) for n in names), key=lambda ink: contrast.ratio(ink, fill))

    def box(self, name: str) -> Rect:
        return self.theme.box(name)

    @property
    def chart_look(self) -> Look:
        """What the deck's charts are drawn with: its face, ink and rules, and its date."""
        return Look(self.theme.font.family, self.colour("ink"), self.colour("line"), self.made)

    @property
    def body(self) -> Rect:
        return self.theme.box("body")

    # --- slides ---------------------------------------------------------------------------
    def slide(
        self,
        kind: str,
        title: Text | str,
        *,
        layout: str = "content",
        page: int = 0,
        notes: Text | str | None = None,
        footnote: Text | str | None = None,
        eyebrow: Text | str | None = None,
    ):
        """A new slide of ``kind`` on the template layout for ``layout``, with its furniture.

        ``eyebrow`` is the kicker above the title (default: the copy's ``<kind>.eyebrow``);
        ``page`` counts the slides a slide's text has run on to.
        """
        run_on(self)
        name = getattr(self.theme.layouts, layout)
        slide, holder = self.slides.add(name)  # every shape is added through this deck now
        slide.element.cSld.set("name", kind)  # which kind of slide it is, for a reader's tools
        record = Page(slide, kind, title, layout)
        if name not in self._bases:
            self._bases[name] = backdrop.base(slide.slide_layout)
        record.backdrop = backdrop.Backdrop(slide, self._bases[name])
        self.pages.append(record)
        shown = self.titling.shown(title, page, layout)
        mark = self.titling.emoji(shown) if layout == "content" and not page else None
        self.furniture.title(holder, shown, layout, mark)
        if layout == "content":
            kicker = self.titling.eyebrow(kind, title, eyebrow, len(self.pages))
            if kicker:
                self.furniture.eyebrow(slide, kicker)
        if footnote:
            record.last.append(self.furniture.footnote(slide, footnote))
        record.last += self.furniture.ornaments(slide, layout)
        if notes:
            self.notes(slide, notes)
        return slide

    def notes(self, slide, text: str) -> None:
        """Speaker notes: where the deck says what it means."""
        self._notes.add(slide, CONTROL.sub(" ", str(text)))

    # --- drawing, for the slide kinds: native shapes in points, coloured by the theme -----
    def shape(self, slide, rect: Rect, kind: str = "rect", **style: Any):
        """A native shape (see :func:`printworks.deck.shapes.box` for ``kind`` and ``style``)."""
        return shapes.box(slide, rect, kind, **style)

    def line(self, slide, x1: float, y1: float, x2: float, y2: float, colour: str, width=1.25):
        """A straight line between two points."""
        return shapes.connector(slide, x1, y1, x2, y2, colour, width)

    def path(self, slide, points: list[tuple[float, float]], **style: Any):
        """A freeform through ``points`` (see :func:`printworks.deck.shapes.path`)."""
        return shapes.path(slide, points, **style)

    def group(self, slide, describe: str) -> Group:
        """Everything drawn on ``slide`` inside this ``with`` block, as one described group."""
        return Group(slide, describe)

    # --- text -----------------------------------------------------------------------------
    def legible(self, colour: str, rect: Rect, least: float = contrast.TEXT) -> str:
        """``colour``, or the nearest shade of it that reads at ``least``:1 on what is behind
        ``rect`` on the slide being made."""
        return backdrop.legible(colour, self.pages[-1].backdrop.behind(rect), least)

    # --- output ---------------------------------------------------------------------------
    def finish(self) -> bytes:
        """The deck's bytes: the last run-on slides, every slide's footers, the properties."""
        run_on(self)
        self.furniture.level_titles()
        for number, page in enumerate(self.pages, start=1):
            self.furniture.close(page, number)
        properties.stamp(self.prs.core_properties, self.voice, self.title, self.made)
        return save(self.prs, self.made)
