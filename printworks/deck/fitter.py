"""The text fitter: role text made into paragraphs, fitted to a box in the theme's type sizes,
in colours that read on what stands behind the box.

A box's text that does not fit even at the floor size keeps the part that fits; the rest goes
to the page's overflow, for :mod:`.overflow` to continue on slides of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from printworks.deck import backdrop
from printworks.deck.fit import Fitted, Measurer, Para, Span
from printworks.deck.overflow import Page
from printworks.deck.style import Rect, Theme, points
from printworks.layout import FontTable
from printworks.markup import Segment, Text

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # what a slide never shows as it is
NBSP = "\u00a0"
REDACTION_SPACES = 1.8  # no-break spaces a hidden character


def bar(hidden: int) -> str:
    """The no-break spaces of a redaction bar for ``hidden`` characters (a space is about
    half as wide as the average letter)."""
    return NBSP * max(2, round(hidden * REDACTION_SPACES))


def measurer(theme: Theme, fonts: FontTable, titles: bool = False) -> Measurer:
    """The measurer of text in ``theme``'s faces and spacing, its fonts found in ``fonts``
    (with ``titles``, in the faces it sets slide titles in)."""
    fit, font = theme.fit, theme.font.for_titles() if titles else theme.font
    return Measurer(
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
        smallest=min(theme.size(n)[1] for n in type(theme.type).model_fields),
    )


class TextFitter:
    """Paragraphs in the theme's type, fitted to boxes and made to read where they stand."""

    def __init__(
        self, theme: Theme, measure: Measurer, titles: Measurer | None = None, family: str = ""
    ):
        self.theme = theme
        self.measure = measure
        self.family = family or theme.font.family  # the family its text is set in
        # the fitter of slide titles, when the theme sets titles in a face of its own
        self._titles = (
            None
            if titles is None
            else TextFitter(theme, titles, family=theme.font.for_titles().family)
        )

    @property
    def titles(self) -> TextFitter:
        """The fitter of slide titles: this one, unless the theme sets titles in a face of its
        own (a property, not an attribute: a fitter that held itself would be a cycle, and its
        caches would wait for the garbage collector instead of going with the deck)."""
        return self._titles or self

    def one_line(self, text: Text, width: float, size: float) -> bool:
        """Whether ``text``, bold at ``size`` points, sits on one line ``width`` wide."""
        fitted = self.measure.fit((self.para(text, bold=True),), width, 10 * size, size, size)
        return fitted is not None and sum(fitted.lines) <= 1

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
        redaction = self.theme.colour("redaction")
        spans = tuple(
            Span(bar(seg.hidden), bold, italic, redaction, redaction)
            if seg.hidden
            else Span(CONTROL.sub(" ", seg.text), bold, italic, colour)
            for seg in segments
            if seg.hidden or seg.text
        )
        return Para(spans or (Span(" ", bold, italic, colour),), scale, align, space_after)

    def fit(self, page: Page, rect: Rect, paras: tuple[Para, ...], size: str, top=None) -> Fitted:
        """``paras`` fitted to ``rect`` in the type ``size`` (at most ``top`` points); what does
        not fit even at the floor goes to ``page``'s overflow."""
        measure = self.measure
        largest, floor = self.theme.size(size)
        largest = min(largest, top) if top else largest
        fitted = measure.fit(paras, rect.width, rect.height, largest, floor)
        if fitted is None:
            head, tail = measure.split(paras, rect.width, rect.height, floor)
            page.overflow.extend(tail)
            room, _ = measure.inner(rect.width, rect.height)
            done = measure.layout(head, floor, room, allow_break=True)
            height, head, lines = done if done else (0.0, (), ())
            fitted = Fitted(floor, head, height, lines)
        return fitted

    def fits(self, paras: tuple[Para, ...], rect: Rect, size: str, top=None) -> Fitted | None:
        """How ``paras`` fit ``rect`` in the type ``size``, or None if not even at its floor."""
        largest, floor = self.theme.size(size)
        largest = min(largest, top) if top else largest
        return self.measure.fit(paras, rect.width, rect.height, largest, floor)

    def holds(self, paras: tuple[Para, ...], rect: Rect, size: str) -> bool:
        """Whether ``paras`` fit ``rect`` at all in the type ``size``: whether they fit at its
        floor (text that fits at a size fits at every smaller one), which one try tells, where
        :meth:`fits` looks for the largest size too."""
        _largest, floor = self.theme.size(size)
        return self.measure.fit(paras, rect.width, rect.height, floor, floor) is not None

    def common(self, blocks, rects, size: str, top: float | None = None) -> float | None:
        """The largest size at which every block fits its box, so that a row reads as one."""
        fitted = [self.fits(b, r, size, top) for b, r in zip(blocks, rects, strict=True)]
        return None if any(f is None for f in fitted) else min(f.size for f in fitted)

    @staticmethod
    def readable(fitted: Fitted, ink, rect: Rect, page: Page, fill=None):
        """``fitted`` and its ``ink``, each colour made to read on what is behind ``rect`` on
        ``page``, or on ``fill``, the box's own."""
        behind = (fill,) if fill else page.backdrop.behind(rect)
        paras, ink = backdrop.readable(fitted.paras, ink, behind)
        return (fitted if paras == fitted.paras else replace(fitted, paras=paras)), ink
