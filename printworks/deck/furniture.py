"""What every slide carries besides its body: its title in the layout's placeholder, the kicker
above it, a footnote, the habits' ornaments (stock chevrons, a draft stamp), and its footer,
marking and slide number in its layout's date, footer and slide-number placeholders (the
number a field, so that it is right when a slide moves), read after everything else on it."""

from __future__ import annotations

from copy import copy as clone  # an lxml element copied with all it holds (its copy is deep)
from typing import Any
from xml.sax.saxutils import quoteattr

from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls

from printworks.deck import backdrop, clip, compat, emoji, lettering, shapes
from printworks.deck.contrast import mix
from printworks.deck.fit import Para
from printworks.deck.fitter import TextFitter
from printworks.deck.lettering import Lettering
from printworks.deck.overflow import Page
from printworks.deck.placer import Placer, resize
from printworks.deck.style import Rect, Theme
from printworks.deck.template import SlideMaker
from printworks.deck.units import emu
from printworks.deck.voice import Voice
from printworks.markup import Text

_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_NS = nsdecls("a", "p")
# the placeholder types a footer goes in, each in the order a slide reads them
KINDS = ("dt", "ftr", "sldNum")
# the id PowerPoint's own masters give their slide-number field; a slide's field shares it
SLIDE_NUMBER_FIELD = "{C1FF6DA9-008F-8B48-92A6-B652298478BF}"


def footer(slide, kind: str, idx: int, name: str, rect: Rect, text: Lettering) -> Any:
    """A footer placeholder of ``kind`` (dt, ftr or sldNum) holding ``text``, last on
    ``slide``: placed where its layout's stands, its text sized and coloured as fitted; a slide
    number is a field, which viewers fill with the slide's own number. Its element."""
    body = text.xml("<a:p/>")
    if kind == "sldNum":
        body = body.replace("<a:r>", f'<a:fld id="{SLIDE_NUMBER_FIELD}" type="slidenum">', 1)
        body = body.replace("</a:r>", "</a:fld>", 1)
    xml = (
        f"<p:sp {_NS}><p:nvSpPr>"
        f'<p:cNvPr id="{compat.next_shape_id(slide)}" name={quoteattr(name)}/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f'<p:nvPr><p:ph type="{kind}" sz="quarter" idx="{idx}"/></p:nvPr></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{emu(rect.left)}" y="{emu(rect.top)}"/>'
        f'<a:ext cx="{emu(rect.width)}" cy="{emu(rect.height)}"/></a:xfrm></p:spPr>'
        f'<p:txBody><a:bodyPr wrap="square" {text.body_props()} anchor="ctr">'
        f"<a:noAutofit/></a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>"
    )
    element = parse_xml(xml)
    last(slide, element)
    return element


def last(slide, element) -> None:
    """Put ``element`` (new, or moved) last in ``slide``'s reading order: at the end of its
    shape tree, before the tree's extensions."""
    tree = slide.shapes.element
    if len(tree) and tree[-1].tag == f"{_P}extLst":
        tree[-1].addprevious(element)
    else:
        tree.append(element)


def again(slide, kept) -> Any:
    """A copy of furniture element ``kept`` (drawn on another slide) last on ``slide``, with a
    fresh shape id: what drawing it anew would make, without fitting, measuring and parsing
    it again."""
    element = clone(kept)
    element[0][0].set("id", str(compat.next_shape_id(slide)))  # its nvSpPr's cNvPr
    last(slide, element)
    return element


_FOOTER_FRAMES = ("footer_left", "footer_centre", "footer_right")
_FOOTER_NAMES = ("Footer Confidential", "Footer Brand", "Slide Number")


class Furnisher:
    """Puts each slide's furniture on it, in the theme's frames and the deck's voice."""

    def __init__(
        self,
        theme: Theme,
        voice: Voice,
        placer: Placer,
        slides: SlideMaker,
        habits: tuple[str, ...],
        emoji_faces: tuple[str, ...],
    ):
        self.theme = theme
        self.voice = voice
        self.placer = placer
        self.fitter: TextFitter = placer.fitter
        self.slides = slides
        self.habits = habits
        self._emoji_faces = emoji_faces  # the faces an emoji title's mark is traced from
        self._titles: list[tuple[Any, Any, Rect, str, str]] = []  # content slides' titles
        # furniture that many slides carry the same (a stamp, a marking), by what decides it:
        # drawn once, then copied (see :func:`again`)
        self._drawn: dict[tuple, Any] = {}

    def title(self, holder, title: Text, layout: str, mark: str | None = None) -> None:
        """The slide's title in its placeholder ``holder``: shrunk to fit, and past the smallest
        size cut short with an ellipsis (a title never runs on to another slide; the notes keep
        it all); ``mark``, an emoji, drawn before it (typed, if no bundled face has it)."""
        theme, fitter, page = self.theme, self.fitter.titles, self.placer.pages[-1]
        rect = self.placer.holder_rect(holder)
        if layout == "content" and "stock_chevrons" in self.habits:
            room = self._chevron_room().left - rect.left - 4  # the title stops short of them
            if room < rect.width:
                rect = Rect(rect.left, rect.top, room, rect.height)
                resize(holder, rect)
        kind = {"cover": "cover_title", "statement": "cover_title"}.get(layout, "title")
        colour = theme.colour("strong") if layout == "content" else theme.colour("on_dark")
        if mark:
            side = min(rect.height, theme.size(kind)[0] * 1.2)
            room = Rect(rect.left, rect.top + (rect.height - side) / 2, side, side)
            if emoji.draw(page.slide, self._emoji_faces, mark, room, colour):
                rect = Rect(rect.left + side * 1.3, rect.top, rect.width - side * 1.3, rect.height)
                resize(holder, rect)
            else:
                title = Text.plain(mark) + " " + title

        def paras(text: Text) -> tuple[Para, ...]:
            return (fitter.para(text, bold=True),)

        title = clip.within(fitter, title, paras, rect, kind)
        fitted = fitter.fit(page, rect, paras(title), kind)
        anchor = {"content": "middle"}.get(layout, "bottom")
        fitted, colour = fitter.readable(fitted, colour, rect, page)
        if layout == "content":  # written once the deck's titles share a size
            self._titles.append((holder, fitted, rect, colour, anchor))
        else:
            lettering.write(holder, fitted, fitter.measure, fitter.family, colour, anchor)

    def level_titles(self) -> None:
        """Every content slide's title written in one size, the largest that all of them fit
        at (each was fitted alone), so that the deck's titles read as one voice."""
        if not self._titles:
            return
        measure, family = self.fitter.titles.measure, self.fitter.titles.family
        size = min(fitted.size for _holder, fitted, *_ in self._titles)
        for holder, fitted, rect, colour, anchor in self._titles:
            if fitted.size != size:
                again = measure.fit(fitted.paras, rect.width, rect.height, size, size)
                fitted = fitted if again is None else again
            lettering.write(holder, fitted, measure, family, colour, anchor)
        self._titles = []

    def eyebrow(self, slide, kicker: Text) -> None:
        """The kicker above a content slide's title, in the titles' face."""
        colour = self.theme.colour("accent")
        para = self.fitter.titles.para(kicker, bold=True, colour=colour)
        self.placer.text(
            slide,
            self.theme.box("eyebrow"),
            para,
            "eyebrow",
            anchor="bottom",
            name="Eyebrow",
            titles=True,
        )

    def footnote(self, slide, footnote: Text | str) -> Any:
        """The footnote at the foot of a slide's body; its element, to be read after the body."""
        para = self.fitter.para(footnote, colour=self.theme.colour("muted"), italic=True)
        rect = self.theme.box("footnote")
        note = self.placer.text(slide, rect, para, "footnote", anchor="bottom", name="Footnote")
        return note.element

    def ornaments(self, slide, layout: str) -> list[Any]:
        """The habits' ornaments on a slide of ``layout``: chevrons, a draft stamp."""
        found = []
        if layout == "content" and "stock_chevrons" in self.habits:
            found += self._chevrons(slide)
        if "version_stamp" in self.habits:
            found.append(self._stamp(slide))
        return found

    def _chevron_room(self) -> Rect:
        """Where the stock chevrons stand: before the stamp, level with it."""
        stamp = self.theme.box("stamp")
        size = stamp.height * 0.8
        width = 2 * size * 0.75 + size
        left = stamp.left - 3 * size * 0.75 - size * 0.4
        return Rect(left, stamp.top + stamp.height * 0.1, width, size)

    def _chevrons(self, slide) -> list[Any]:
        """The stock chevrons the habit puts beside every title: pure decoration, in three
        shades of the accent, the palest still 3:1 on the slide."""
        room = self._chevron_room()
        size = room.height
        accent = self.theme.colour("accent")
        behind = self.placer.pages[-1].backdrop.behind(room)
        key = ("chevrons", behind)
        if key in self._drawn:
            return [again(slide, kept) for kept in self._drawn[key]]
        drawn = [
            shapes.box(
                slide,
                Rect(room.left + index * size * 0.75, room.top, size, size),
                "chevron",
                fill=backdrop.legible(
                    mix(self.theme.colour("paper"), accent, 0.35 + 0.3 * index),
                    behind,
                    3.0,
                ),
                name="Chevron",
                decorative=True,
            ).element
            for index in range(3)
        ]
        self._drawn[key] = [clone(element) for element in drawn]
        return drawn

    def _stamp(self, slide) -> Any:
        rect = self.theme.box("stamp")
        fitter, page = self.fitter, self.placer.pages[-1]
        key = ("stamp", page.backdrop.behind(rect))
        if key in self._drawn:
            return again(slide, self._drawn[key])
        para = fitter.para(self.voice.say("furniture.draft"), bold=True, align="centre")
        fitted = fitter.fit(page, rect, (para,), "eyebrow")
        fitted, red = fitter.readable(fitted, self.theme.colour("bad"), rect, page)
        element = shapes.box(
            slide,
            rect,
            "round",
            line=red,
            line_width=1.5,
            name="Draft Stamp",
            text=self.placer.lettering(fitted, red, "middle"),
            decorative=True,
        ).element
        self._drawn[key] = clone(element)
        return element

    def close(self, page: Page, number: int) -> None:
        """Finish slide ``number``: a screen reader reads a slide in the order its shapes stand,
        so the title and the body, then the footnote and the ornaments, and the footers last."""
        for element in page.last:
            last(page.slide, element)
        self._footers(page, number)

    def _footers(self, page: Page, number: int) -> None:
        """The marking, the brand line and the slide number, in the layout's date, footer and
        slide-number placeholders, in the titles' face."""
        theme, fitter, say = self.theme, self.fitter.titles, self.voice.say
        dark = page.layout != "content"
        ink = theme.colour("on_dark" if dark else "muted")
        number_ink = theme.colour("on_dark" if dark else "strong")
        said = (
            fitter.para(say("furniture.confidential"), bold=True, colour=ink),
            fitter.para(say("furniture.brand"), colour=ink, align="centre"),
            fitter.para(
                say("furniture.number", number=number), bold=True, colour=number_ink, align="right"
            ),
        )
        indices = self.slides.footers(getattr(theme.layouts, page.layout))
        for kind, para, frame, name in zip(KINDS, said, _FOOTER_FRAMES, _FOOTER_NAMES, strict=True):
            rect = theme.box(frame)
            key = (kind, indices[kind], para, ink, rect, page.backdrop.behind(rect))
            if key in self._drawn:  # the same words on the same ground: as drawn before
                kept, ink = self._drawn[key]
                again(page.slide, kept)
                continue
            fitted = fitter.fit(page, rect, (para,), "footer")
            fitted, ink = fitter.readable(fitted, ink, rect, page)
            element = footer(
                page.slide,
                kind,
                indices[kind],
                name,
                rect,
                Lettering(fitted, fitter.measure, fitter.family, ink, "middle"),
            )
            if kind != "sldNum":  # each slide's number is its own
                self._drawn[key] = (clone(element), ink)
