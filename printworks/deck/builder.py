"""The deck being built: the template, the style, the copy, and the furniture of every slide.

Slide modules ask it for a slide of a kind, then place fitted text and shapes on it. Text that
cannot fit its box even at the floor size is never dropped or left hanging: the part that fits
stays, and the rest continues on a following "(cont.)" slide.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from printworks.deck import backdrop, furniture, order, shapes
from printworks.deck.fit import Fitted, Measurer, Para, Span
from printworks.deck.notes import NotesPages
from printworks.deck.notes_design import HandoutWords, NotesDesign
from printworks.deck.package import save
from printworks.deck.style import Rect, points
from printworks.deck.template import SlideMaker, open_template
from printworks.facts import Facts
from printworks.layout import Layouts
from printworks.markup import Segment, Text
from printworks.model import Role
from printworks.templating import view

_XFRM = "{http://schemas.openxmlformats.org/drawingml/2006/main}xfrm"
_PML = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_PH = f"{_PML}nvPr/{_PML}ph"  # a placeholder's mark, in the first child of its element
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
EPOCH = datetime.fromtimestamp(0, tz=UTC)
NBSP = "\u00a0"
REDACTION_SPACES = 1.8  # no-break spaces a hidden character


@dataclass(frozen=True)
class DeckOptions:
    """How a deck is made: its theme (None: the default) and the build date (None: the epoch)."""

    theme: str | None = None
    date: datetime | None = None


def template_facts(facts: Facts) -> dict[str, Any]:
    """What the copy templates get as ``facts``: what is derived from the role, formatted."""
    return {
        "salary": facts.salary,
        "currency_symbol": facts.currency_symbol,
        "counts": facts.counts,
        "lowest_match": facts.lowest_match,
        "org": [
            {
                "title": e.node.title,
                "note": e.node.note,
                "depth": e.depth,
                "this_role": e.node.this_role,
            }
            for e in facts.org
        ],
    }


_SHAPED_TEXT = {
    "chevron": lambda r: Rect(
        r.left + r.height * 0.5, r.top, max(8.0, r.width - r.height), r.height
    ),
    "pentagon": lambda r: Rect(r.left, r.top, max(8.0, r.width - r.height * 0.5), r.height),
    "oval": lambda r: r.inset(r.width * 0.15, r.height * 0.15),
}


@dataclass
class Page:
    """A slide made so far, with what it is about."""

    slide: Any
    kind: str
    title: Text | str
    layout: str
    overflow: list[Para] = field(default_factory=list)
    continued: int = 0  # how many slides this one's text has run on to so far
    last: list[Any] = field(default_factory=list)  # footnote, then ornaments: read after the body
    backdrop: Any = None  # what the slide has painted so far (see .backdrop)


class Deck:
    """One deck in the making, for one role."""

    def __init__(self, role: Role, layouts: Layouts, options: DeckOptions):
        self.role = role
        self.options = options
        deck = layouts.deck
        self.plan = deck.plan
        own = role.deck
        chosen = deck.theme(options.theme or (own.theme if own else None))
        self.copy = deck.copy(chosen)
        self.theme = chosen.theme
        self.habits = order.habits(role)
        self.buzzword = own.buzzword if own else None
        self.facts = Facts(role, layouts.dossier)
        office = own.office if own and own.office else role.title
        self._context = {
            "role": view(role),
            "facts": template_facts(self.facts),
            "office": office,
        }
        self.template_path = chosen.template
        self.prs, template = open_template(self.template_path)
        self._holder_rects = template.places
        self.slides = SlideMaker(self.prs, self.template_path, template.blanks)
        fit = self.theme.fit
        font = self.theme.font
        fonts = layouts.fonts
        self.measure = Measurer(
            faces={
                (False, False): str(fonts.path(font.regular)),
                (True, False): str(fonts.path(font.bold)),
                (False, True): str(fonts.path(font.italic)),
                (True, True): str(fonts.path(font.bold_italic)),
            },
            fallback=tuple(str(fonts.path(a)) for a in (font.fallback, *font.fallbacks)),
            families={
                "latin": font.family,
                "east_asian": font.east_asian,
                "complex": font.complex,
                "emoji": font.emoji,
            },
            line_height=fit.line_height,
            safety=fit.safety,
            inset=points(fit.inset),
            step=points(fit.step),
            smallest=min(self.theme.size(n)[1] for n in type(self.theme.type).model_fields),
        )
        self.pages: list[Page] = []
        # the faces an emoji title's mark is traced from: the emoji face first
        self._emoji_faces = tuple(str(fonts.path(a)) for a in (*font.fallbacks, font.fallback))
        self.running: list[order.Step] = []
        self._said: dict[str, Text] = {}
        handout = NotesDesign(self.prs, self.theme, self._handout_words())
        self._notes = NotesPages(template.notes, handout.furnish)
        self._titles: set[str] = set()
        self._bases: dict[str, list] = {}  # each layout's background and ornaments
        # the deck's own title: the cover's, and the file's
        self.title = own.title if own else self.say("cover.title")

    def _handout_words(self) -> HandoutWords:
        said = {k: str(self.say(f"handout.{k}")) for k in ("header", "edition", "footer", "number")}
        return HandoutWords(**said)

    # --- copy ---------------------------------------------------------------------------
    def say(self, key: str, **context: Any) -> Text:
        """The copy at ``key``, said of this role (role text in it keeps its redactions)."""
        if context:
            return self.copy.text(key, **self._context, **context)
        # the furniture says the same on every slide: the role's facts are fixed for the deck
        said = self._said.get(key)
        if said is None:
            said = self._said[key] = self.copy.text(key, **self._context)
        return said

    def says(self, key: str, **context: Any) -> list[Text]:
        return self.copy.texts(key, **self._context, **context)

    def colour(self, name: str) -> str:
        """The theme's colour called ``name`` (strong, ink, accent, dark, panel, ...)."""
        return self.theme.colour(name)

    def ink_on(self, fill: str) -> str:
        """The theme's text colour that reads best on the hex colour ``fill``."""
        names = ("ink", "strong", "on_dark", "paper", "dark")
        return max((self.colour(n) for n in names), key=lambda ink: contrast(ink, fill))

    def box(self, name: str) -> Rect:
        return self.theme.box(name)

    @property
    def body(self) -> Rect:
        return self.theme.box("body")

    # --- paragraphs ---------------------------------------------------------------------
    def para(
        self,
        text: str | Text,
        *,
        bold: bool = False,
        italic: bool = False,
        colour: str | None = None,
        scale: float = 1.0,
        align: str = "left",
        space_after: float = 0.35,
    ) -> Para:
        """A paragraph of ``text``; each redaction in it is drawn as a bar about as wide as the
        words it hid: no-break spaces on a highlight, so a screen reader reads nothing there."""
        segments = text.segments if isinstance(text, Text) else (Segment(text=text),)
        redaction = self.colour("redaction")
        spans = tuple(
            Span(bar(seg.hidden), bold, italic, redaction, redaction)
            if seg.hidden
            else Span(_CONTROL.sub(" ", seg.text), bold, italic, colour)
            for seg in segments
            if seg.hidden or seg.text
        )
        return Para(spans or (Span(" ", bold, italic, colour),), scale, align, space_after)

    # --- slides -------------------------------------------------------------------------
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
        self._flush()
        name = getattr(self.theme.layouts, layout)
        slide, holder = self.slides.add(name)  # every shape is added through this deck now
        record = Page(slide, kind, title, layout)
        if name not in self._bases:
            self._bases[name] = backdrop.base(slide.slide_layout)
        record.backdrop = backdrop.Backdrop(slide, self._bases[name])
        self.pages.append(record)
        shown = self._shown_title(title, page, layout)
        mark = self._emoji(shown) if layout == "content" and not page else None
        self._title(holder, shown, layout, mark)
        if layout == "content":
            kicker = self._eyebrow(kind, title, eyebrow)
            if kicker:
                self.text(
                    slide,
                    self.box("eyebrow"),
                    self.para(kicker, bold=True, colour=self.colour("accent")),
                    "eyebrow",
                    anchor="bottom",
                    name="Eyebrow",
                )
        if footnote:
            note = self.text(
                slide,
                self.box("footnote"),
                self.para(footnote, colour=self.colour("muted"), italic=True),
                "footnote",
                anchor="bottom",
                name="Footnote",
            )
            record.last.append(note.element)
        if layout == "content" and "stock_chevrons" in self.habits:
            record.last += self._chevrons(slide)
        if "version_stamp" in self.habits:
            record.last.append(self._stamp(slide))
        if notes:
            self.notes(slide, notes)
        return slide

    def _shown_title(self, title: Text | str, page: int, layout: str) -> Text:
        """The title as the slide shows it: run on, worked over by the role's habits, and never
        the same as another slide's."""
        if page:
            shown = self.say("furniture.continued", title=title, page=page)
        elif layout != "content":
            shown = title if isinstance(title, Text) else Text.plain(title)
        else:
            shown = self.dress(title)
        base, number = shown, 1
        while str(shown) in self._titles:
            number += 1
            shown = self.say("furniture.again", title=base, number=number)
        self._titles.add(str(shown))
        return shown

    def dress(self, title: Text | str) -> Text:
        """A content slide's title, as the role's habits write titles."""
        shown = title if isinstance(title, Text) else Text.plain(title)
        if "pet_buzzword" in self.habits and self.buzzword is not None:
            shown = self.say("habits.pet_buzzword", title=shown, buzzword=self.buzzword)
        return shown

    def _emoji(self, title: Text) -> str | None:
        """The emoji the habit puts before a content slide's title, or None."""
        if "emoji_titles" not in self.habits:
            return None
        marks = self.says("habits.emoji")
        return str(marks[zlib.crc32(str(title).encode()) % len(marks)])

    def _eyebrow(self, kind: str, title: Text | str, given: Text | str | None) -> Text | None:
        if "acronym_soup" in self.habits:
            return Text.plain(acronym(str(title), len(self.pages)))
        if given is not None:
            return given if isinstance(given, Text) else Text.plain(given)
        return self.say(f"{kind}.eyebrow") if self.copy.has(f"{kind}.eyebrow") else None

    def _chevron_room(self) -> Rect:
        """Where the stock chevrons stand: before the stamp, level with it."""
        stamp = self.box("stamp")
        size = stamp.height * 0.8
        width = 2 * size * 0.75 + size
        left = stamp.left - 3 * size * 0.75 - size * 0.4
        return Rect(left, stamp.top + stamp.height * 0.1, width, size)

    def _chevrons(self, slide) -> list[Any]:
        """The stock chevrons the habit puts beside every title: pure decoration, in three
        shades of the accent, the palest still 3:1 on the slide."""
        room = self._chevron_room()
        size = room.height
        accent = self.colour("accent")
        behind = self.pages[-1].backdrop.behind(room)
        return [
            shapes.box(
                slide,
                Rect(room.left + index * size * 0.75, room.top, size, size),
                "chevron",
                fill=backdrop.legible(
                    backdrop.mix(accent, self.colour("paper"), 0.35 + 0.3 * index), behind, 3.0
                ),
                name="Chevron",
                decorative=True,
            ).element
            for index in range(3)
        ]

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

    def card(self, slide, rect: Rect, accent: str | None = None, fill: str | None = None):
        """A card as the theme draws cards, with an accent rule down its left side."""
        cards = self.theme.cards
        panel = shapes.box(
            slide,
            rect,
            cards.kind,
            fill=fill or self.colour("panel"),
            bevel=cards.bevel,
            shadow=cards.shadow,
        )
        if accent:
            shapes.box(slide, Rect(rect.left, rect.top, 4, rect.height), "rect", fill=accent)
        return panel

    def group(self, slide, describe: str):
        """Everything drawn on ``slide`` inside this ``with`` block, as one described group."""
        return _Group(slide, describe)

    def notes(self, slide, text: str) -> None:
        """Speaker notes: where the deck says what it means."""
        self._notes.add(slide, _CONTROL.sub(" ", str(text)))

    def _title(self, holder, title: Text, layout: str, mark: str | None = None) -> None:
        """The slide's title in its placeholder ``holder``: shrunk to fit, and past the smallest
        size cut short with an ellipsis (a title never runs on to another slide; the notes keep
        it all); ``mark``, an emoji, drawn before it (typed, if no bundled face has it)."""
        from printworks.deck import clip, emoji

        rect = self._holder_rect(holder)
        if layout == "content" and "stock_chevrons" in self.habits:
            room = self._chevron_room().left - rect.left - 4  # the title stops short of them
            if room < rect.width:
                rect = Rect(rect.left, rect.top, room, rect.height)
                holder.left, holder.top = shapes.emu(rect.left), shapes.emu(rect.top)
                holder.width, holder.height = shapes.emu(rect.width), shapes.emu(rect.height)
        kind = {"cover": "cover_title", "statement": "cover_title"}.get(layout, "title")
        colour = self.colour("strong") if layout == "content" else self.colour("on_dark")
        if mark:
            side = min(rect.height, self.theme.size(kind)[0] * 1.2)
            room = Rect(rect.left, rect.top + (rect.height - side) / 2, side, side)
            if emoji.draw(self.pages[-1].slide, self._emoji_faces, mark, room, colour):
                rect = Rect(rect.left + side * 1.3, rect.top, rect.width - side * 1.3, rect.height)
                holder.left, holder.top = shapes.emu(rect.left), shapes.emu(rect.top)
                holder.width, holder.height = shapes.emu(rect.width), shapes.emu(rect.height)
            else:
                title = Text.plain(mark) + " " + title

        def paras(text: Text) -> tuple[Para, ...]:
            return (self.para(text, bold=True),)

        title = clip.within(self, title, paras, rect, kind)
        fitted = self._fit(self.pages[-1], rect, paras(title), kind)
        anchor = {"content": "middle"}.get(layout, "bottom")
        fitted, colour = self._readable(fitted, colour, rect)
        shapes.write(holder, fitted, self.measure, self.theme.font.family, colour, anchor)

    def fill(self, holder, paras: tuple[Para, ...], size: str, colour: str, anchor: str) -> None:
        """Put fitted text into a placeholder of the layout, measured in its own box."""
        rect = self._holder_rect(holder)
        fitted, colour = self._readable(self._fit(self.pages[-1], rect, paras, size), colour, rect)
        shapes.write(holder, fitted, self.measure, self.theme.font.family, colour, anchor)

    def legible(self, colour: str, rect: Rect, least: float = backdrop.TEXT) -> str:
        """``colour``, or the nearest shade of it that reads at ``least``:1 on what is behind
        ``rect`` on the slide being made."""
        return backdrop.legible(colour, self.pages[-1].backdrop.behind(rect), least)

    def _readable(self, fitted: Fitted, ink, rect: Rect, fill=None, page: Page | None = None):
        """``fitted`` and its ``ink``, each colour made to read on what is behind ``rect`` on
        ``page`` (default: the last), or on ``fill``, the box's own."""
        page = page or self.pages[-1]
        behind = (fill,) if fill else page.backdrop.behind(rect)
        paras, ink = backdrop.readable(fitted.paras, ink, behind)
        return (fitted if paras == fitted.paras else replace(fitted, paras=paras)), ink

    def _holder_rect(self, holder) -> Rect:
        """Where a placeholder sits; one that inherits its place is looked up once a template."""
        if holder.element.spPr.find(_XFRM) is not None:
            return placeholder_rect(holder)
        key = (holder.part.part_related_by(RT.SLIDE_LAYOUT).partname, _placeholder_idx(holder))
        if key not in self._holder_rects:
            self._holder_rects[key] = placeholder_rect(holder)
        return self._holder_rects[key]

    def _stamp(self, slide):
        rect = self.box("stamp")
        fitted = self._fit(
            self.pages[-1],
            rect,
            (self.para(self.say("furniture.draft"), bold=True, align="centre"),),
            "eyebrow",
        )
        fitted, red = self._readable(fitted, self.colour("bad"), rect)
        text = shapes.Lettering(fitted, self.measure, self.theme.font.family, red, "middle")
        return shapes.box(
            slide,
            rect,
            "round",
            line=red,
            line_width=1.5,
            name="Draft Stamp",
            text=text,
            decorative=True,
        ).element

    # --- text ---------------------------------------------------------------------------
    def _fit(self, page: Page, rect: Rect, paras: tuple[Para, ...], size: str, top=None) -> Fitted:
        largest, floor = self.theme.size(size)
        largest = min(largest, top) if top else largest
        fitted = self.measure.fit(paras, rect.width, rect.height, largest, floor)
        if fitted is None:
            head, tail = self.measure.split(paras, rect.width, rect.height, floor)
            page.overflow.extend(tail)
            room, _ = self.measure.inner(rect.width, rect.height)
            done = self.measure.layout(head, floor, room, allow_break=True)
            height, head, lines = done if done else (0.0, (), ())
            fitted = Fitted(floor, head, height, lines)
        return fitted

    def fits(self, paras: tuple[Para, ...], rect: Rect, size: str, top=None) -> Fitted | None:
        """How ``paras`` fit ``rect`` in the type ``size``, or None if not even at its floor."""
        largest, floor = self.theme.size(size)
        largest = min(largest, top) if top else largest
        return self.measure.fit(paras, rect.width, rect.height, largest, floor)

    def common(self, blocks, rects, size: str, top: float | None = None) -> float | None:
        """The largest size at which every block fits its box, so that a row reads as one."""
        fitted = [self.fits(b, r, size, top) for b, r in zip(blocks, rects, strict=True)]
        return None if any(f is None for f in fitted) else min(f.size for f in fitted)

    def text(
        self,
        slide,
        rect: Rect,
        content: Para | tuple[Para, ...],
        size: str = "body",
        *,
        colour: str | None = None,
        anchor: str = "top",
        fill: str | None = None,
        line: str | None = None,
        kind: str = "rect",
        top: float | None = None,
        name: str | None = None,
    ):
        """A box of fitted text; what does not fit continues on a following slide."""
        paras = (content,) if isinstance(content, Para) else tuple(content)
        if kind in _SHAPED_TEXT:
            # such shapes keep text in a smaller rectangle of their own; write over their middle
            shapes.box(slide, rect, kind, fill, line, name=name)
            rect, fill, line = _SHAPED_TEXT[kind](rect), None, None
        fitted = self._fit(self.pages[-1], rect, paras, size, top)
        fitted, ink = self._readable(fitted, colour or self.colour("ink"), rect, fill)
        text = shapes.Lettering(fitted, self.measure, self.theme.font.family, ink, anchor)
        if fill or line:
            return shapes.box(slide, rect, kind, fill, line, name=name, text=text)
        return shapes.textbox(slide, rect, name, text)

    def _flush(self) -> None:
        """Continue any text that did not fit the last slide onto slides of its own."""
        if not self.pages or not self.pages[-1].overflow:
            return
        page = self.pages[-1]
        rest, page.overflow = tuple(page.overflow), []
        while rest:
            page.continued += 1
            slide = self.slide(
                page.kind,
                page.title,
                layout="content",
                page=page.continued,
                notes=self.say("furniture.continued_notes", title=page.title),
            )
            body = self.body
            largest, floor = self.theme.size("body")
            fitted = self.measure.fit(rest, body.width, body.height, largest, floor)
            if fitted:
                self.text(slide, body, rest)
                rest = ()
            else:
                head, rest = self.measure.split(rest, body.width, body.height, floor)
                if not head:  # a single line taller than the page cannot happen at the floor
                    break
                self.text(slide, body, head)

    # --- output -------------------------------------------------------------------------
    def finish(self) -> bytes:
        self._flush()
        for number, page in enumerate(self.pages, start=1):
            # a screen reader reads a slide in the order its shapes stand: the title, the body,
            # then the footnote and the ornaments, and the footers last
            for element in page.last:
                furniture.last(page.slide, element)
            self._footers(page, number)
        date = self.options.date or EPOCH
        when = date.replace(tzinfo=None)
        props = self.prs.core_properties
        props.title = _property(str(self.say("properties.title", title=self.title)))
        for name in ("subject", "author", "keywords", "category"):
            setattr(props, name, _property(str(self.say(f"properties.{name}"))))
        props.last_modified_by = props.author
        props.comments = ""
        props.revision = int(str(self.say("properties.revision")))
        props.created = props.modified = props.last_printed = when
        return save(self.prs, date)

    def _footers(self, page: Page, number: int) -> None:
        """The marking, the brand line and the slide number, in the layout's date, footer and
        slide-number placeholders."""
        dark = page.layout != "content"
        ink = self.colour("on_dark" if dark else "muted")
        number_ink = self.colour("on_dark" if dark else "strong")
        said = (
            self.para(self.say("furniture.confidential"), bold=True, colour=ink),
            self.para(self.say("furniture.brand"), colour=ink, align="centre"),
            self.para(
                self.say("furniture.number", number=number),
                bold=True,
                colour=number_ink,
                align="right",
            ),
        )
        frames = ("footer_left", "footer_centre", "footer_right")
        names = ("Footer Confidential", "Footer Brand", "Slide Number")
        indices = self.slides.footers(getattr(self.theme.layouts, page.layout))
        for kind, para, frame, name in zip(furniture.KINDS, said, frames, names, strict=True):
            rect = self.box(frame)
            fitted = self._fit(page, rect, (para,), "footer")
            fitted, ink = self._readable(fitted, ink, rect, page=page)
            text = shapes.Lettering(fitted, self.measure, self.theme.font.family, ink, "middle")
            furniture.footer(page.slide, kind, indices[kind], name, rect, text)


class _Group:
    """What :meth:`Deck.group` returns: a ``with`` block that groups what is drawn in it."""

    def __init__(self, slide, describe: str):
        self.slide, self.describe = slide, describe

    def __enter__(self) -> _Group:
        self.start = len(self.slide.shapes.element)
        return self

    def __exit__(self, kind, *_exc) -> None:
        if kind is None:
            shapes.group(self.slide, self.start, self.describe)


def bar(hidden: int) -> str:
    """The no-break spaces of a redaction bar for ``hidden`` characters (a space is about
    half as wide as the average letter)."""
    return NBSP * max(2, round(hidden * REDACTION_SPACES))


def contrast(one: str, other: str) -> float:
    """The WCAG contrast ratio of two hex colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def acronym(title: str, number: int) -> str:
    """The acronym a slide's kicker becomes in acronym soup: the initials of its title's words,
    and a number, e.g. ``TSA-07``."""
    letters = "".join(w[0] for w in re.findall(r"[A-Za-z][A-Za-z'’]*", title) if w[0].isupper())
    return f"{(letters or 'TBD')[:5]}-{number:02d}"


def _placeholder_idx(holder) -> int:
    """``holder.placeholder_format.idx``, found without python-pptx's XPath query: the index
    on the placeholder's p:ph mark (0 when it states none)."""
    mark = holder.element[0].find(_PH)
    return int(mark.get("idx", "0"))


def placeholder_rect(holder) -> Rect:
    """Where a placeholder sits (inherited from its layout when the slide does not say)."""
    return Rect(
        holder.left / shapes.EMU_PER_PT,
        holder.top / shapes.EMU_PER_PT,
        holder.width / shapes.EMU_PER_PT,
        holder.height / shapes.EMU_PER_PT,
    )


def _property(text: str) -> str:
    """A document property: one line, within the 255 characters the format allows."""
    text = " ".join(_CONTROL.sub(" ", text).split())
    return text if len(text) <= 255 else text[:254] + "…"
