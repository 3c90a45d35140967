"""Text measuring and fitting, with the real font files: what fits a box, at what size.

Viewers ignore PowerPoint's auto-fit flag until the text is edited, so the deck never relies on
it. Every paragraph written into a box is wrapped here, word by word, with Pillow measuring the
very faces the deck names; the size is shrunk in steps down to a floor, and text that still
does not fit is split at a line so that the rest can continue on a following slide.

All lengths are points. Nothing here knows python-pptx.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import cache
from operator import attrgetter

from printworks.fonts import charset
from printworks.scripts import has_rtl, shape

ZWSP = "\u200b"  # a break opportunity that draws nothing: put inside words too long for a line
_SEPARATORS = re.compile(f"([ {ZWSP}])")
_MEASURE_AT = 1000  # faces are loaded once at this size and scaled
_UNFITTED = object()  # not fitted yet (None is a fit that failed)


@dataclass(frozen=True)
class Span:
    """A run of text in one style."""

    text: str
    bold: bool = False
    italic: bool = False
    colour: str | None = None
    highlight: str | None = None  # a bar behind the run: how a redaction is drawn


@dataclass(frozen=True)
class Para:
    """A paragraph: spans, a size relative to its block's base size, and spacing after it."""

    spans: tuple[Span, ...]
    scale: float = 1.0
    align: str = "left"
    space_after: float = 0.35  # in multiples of this paragraph's size

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)

    def __hash__(self) -> int:
        """The dataclass's hash, worked out once: the fit's caches key on paragraphs, and
        hashing one hashes each of its spans."""
        known = self.__dict__.get("_hash")
        if known is None:
            known = hash((self.spans, self.scale, self.align, self.space_after))
            object.__setattr__(self, "_hash", known)
        return known

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_hash", None)  # a string's hash is another in another process
        return state


@dataclass(slots=True)
class _Token:
    pieces: list[tuple[Span, str]]
    sep: str = ""  # what follows the token: " ", ZWSP or nothing
    # widths at _MEASURE_AT of each piece, and of the space after the token (0 if none)
    raw: tuple[float, ...] = ()
    gap: float = 0.0


@dataclass(frozen=True)
class Fitted:
    """Paragraphs that fit a box at ``size``: ``paras`` may have break marks added."""

    size: float
    paras: tuple[Para, ...]
    height: float
    lines: tuple[int, ...] = field(default=())


@cache
def _face(path: str):
    from PIL import ImageFont  # the measurer is loaded only when a deck is rendered

    return ImageFont.truetype(str(path), _MEASURE_AT)


class Measurer:
    """Widths of text in the deck's faces, and how paragraphs wrap and fit."""

    def __init__(
        self,
        faces: dict[tuple[bool, bool], str],
        fallback: tuple[str, ...],
        line_height: float,
        safety: float,
        inset: float,
        step: float,
        families: dict[str, str] | None = None,
        smallest: float = 0.0,
    ):
        self.faces, self.fallback = faces, fallback
        # no paragraph is set smaller than this, however small its scale makes it
        self.smallest = smallest
        # the families a deck names for each kind of script (latin, east_asian, complex, emoji)
        self.families = families or {}
        self.line_height, self.safety, self.inset, self.step = line_height, safety, inset, step
        # a deck fits the same furniture on every slide, and a card once to size it, once to draw
        self._tokens_of: dict[Para, list[_Token]] = {}
        # whether a paragraph written back from its own words, none cut, is that paragraph
        self._as_written: dict[Para, bool] = {}
        self._widths_of: dict[tuple[bool, bool], _Widths] = {}
        self._fitted: dict[tuple, Fitted | None] = {}

    # --- widths -------------------------------------------------------------------------
    def width(self, text: str, size: float, bold: bool = False, italic: bool = False) -> float:
        """The advance width of ``text`` at ``size`` points."""
        return _width(self.faces[(bold, italic)], self.fallback, text) * size / _MEASURE_AT

    def _piece(self, span: Span, text: str, size: float) -> float:
        return self.width(text, size, span.bold, span.italic)

    # --- wrapping -----------------------------------------------------------------------
    def inner(self, width: float, height: float) -> tuple[float, float]:
        """The room for text in a box of ``width`` by ``height``, after insets and safety."""
        return (width - 2 * self.inset) * self.safety, height - 2 * self.inset

    def _tokens(self, para: Para) -> list[_Token]:
        """``para``'s words (what lies between breaks), each with its unscaled widths.

        Each piece is measured as it is cut, in its span's face (see :meth:`_widths`); the gap
        after a word is a space in the face of its last piece, which may be an earlier span's.
        """
        known = self._tokens_of.get(para)
        if known is not None:
            return known
        out: list[_Token] = []
        pieces: list[tuple[Span, str]] = []
        raw: list[float] = []
        for span in para.spans:
            widths = self._widths(span.bold, span.italic)
            for part in _SEPARATORS.split(span.text):
                if part == " " or part == ZWSP:
                    if pieces:
                        last = pieces[-1][0]
                        gap = self._widths(last.bold, last.italic)[" "] if part == " " else 0.0
                        out.append(_Token(pieces, part, tuple(raw), gap))
                        pieces, raw = [], []
                elif part:
                    pieces.append((span, part))
                    raw.append(widths[part])
        if pieces:
            out.append(_Token(pieces, "", tuple(raw)))
        self._tokens_of[para] = out
        return out

    def _widths(self, bold: bool, italic: bool) -> _Widths:
        """The widths at the measuring size of texts in the face for ``bold`` and ``italic``."""
        widths = self._widths_of.get((bold, italic))
        if widths is None:
            face = self.faces[(bold, italic)]
            widths = self._widths_of[(bold, italic)] = _widths_in(face, self.fallback)
        return widths

    def _measure(self, token: _Token) -> _Token:
        faces, fallback = self.faces, self.fallback
        token.raw = tuple(_width(faces[(s.bold, s.italic)], fallback, t) for s, t in token.pieces)
        if token.sep == " ":
            last = token.pieces[-1][0]
            token.gap = _width(faces[(last.bold, last.italic)], fallback, " ")
        return token

    def _token_width(self, token: _Token, size: float) -> float:
        # the same sum, term by term, as measuring each piece at ``size``
        raw = token.raw
        if len(raw) == 1:  # the sum of one term: the term itself (widths are never negative)
            return raw[0] * size / _MEASURE_AT
        return sum(width * size / _MEASURE_AT for width in raw)

    def _break(self, token: _Token, size: float, room: float) -> list[_Token]:
        """A word wider than a line, cut into pieces that fit, joined by break marks."""
        out: list[_Token] = []
        current: list[tuple[Span, str]] = []
        used = 0.0
        for span, text in token.pieces:
            for char in text:
                w = self._piece(span, char, size)
                if current and used + w > room:
                    out.append(_Token(current, ZWSP))
                    current, used = [], 0.0
                current.append((span, char))
                used += w
        out.append(_Token(current, token.sep))
        return [self._measure(piece) for piece in out]

    def wrap(
        self,
        para: Para,
        size: float,
        room: float,
        allow_break: bool = True,
        tall: tuple[float, float, float] | None = None,
    ) -> list[list[_Token]] | None:
        """``para`` as lines at ``size`` in ``room`` points; None if a word will not fit, or
        (given ``tall``: the height above it, its pitch and the most there is) as soon as its
        lines stand taller than that: the rest of a paragraph too long for its box is not
        worth wrapping."""
        if tall is not None:
            above, pitch, most = tall
        size = self.scaled(para, size)
        lines: list[list[_Token]] = [[]]
        used = 0.0
        gap = 0.0
        for token in self._tokens(para):
            raw = token.raw  # the token's width at ``size``, as _token_width works it out
            width = raw[0] * size / _MEASURE_AT if len(raw) == 1 else self._token_width(token, size)
            if width <= room:  # most words: the word itself, measured once
                pieces, widths = (token,), (width,)
            elif not allow_break:
                return None
            else:
                pieces = self._break(token, size, room)
                widths = tuple(self._token_width(piece, size) for piece in pieces)
            for piece, width in zip(pieces, widths, strict=True):
                if lines[-1] and used + gap + width > room:
                    lines.append([])
                    # the sum _wrapped compares, as it would: past the box, with lines to come
                    if tall is not None and above + len(lines) * pitch > most:
                        return None
                    used, gap = 0.0, 0.0
                used += gap + width
                lines[-1].append(piece)
                gap = piece.gap * size / _MEASURE_AT if piece.sep == " " else 0.0
        return lines

    def scaled(self, para: Para, size: float) -> float:
        """The size ``para`` is set in when its box's text is at ``size``."""
        return max(size * para.scale, min(size, self.smallest))

    def pitch(self, para: Para, size: float) -> float:
        """The distance from one line of ``para`` to the next."""
        return self.scaled(para, size) * self.line_height

    def gap_after(self, para: Para, size: float) -> float:
        return self.scaled(para, size) * para.space_after

    def rebuilt(self, para: Para, lines: list[list[_Token]]) -> Para:
        """``para`` written back from ``lines`` (see :func:`_rebuild`): ``para`` itself when no
        word was cut and it reads back as it was written (one space between words, one span a
        style), which is most paragraphs."""
        tokens = self._tokens(para)
        if sum(map(len, lines)) == len(tokens):  # a cut word is two pieces or more
            same = self._as_written.get(para)
            if same is None:
                same = self._as_written[para] = _rebuild(para, [tokens]) == para
            if same:
                return para
        return _rebuild(para, lines)

    # --- fitting ------------------------------------------------------------------------
    def _wrapped(
        self,
        paras: tuple[Para, ...],
        size: float,
        room: float,
        allow_break: bool,
        tall: float = float("inf"),
    ) -> tuple[float, list[list[list[_Token]]]] | None:
        """Height and lines of ``paras``; None if a word will not fit or (only when it must be)
        as soon as the height passes ``tall``: heights only grow, so that cannot change."""
        height = 0.0
        wrapped: list[list[list[_Token]]] = []
        short = tall != float("inf")
        for index, para in enumerate(paras):
            pitch = self.pitch(para, size)
            lines = self.wrap(
                para, size, room, allow_break, (height, pitch, tall) if short else None
            )
            if lines is None:
                return None
            height += len(lines) * pitch
            if index < len(paras) - 1:
                height += self.gap_after(para, size)
            if height > tall:
                return None
            wrapped.append(lines)
        return height, wrapped

    def layout(
        self, paras: tuple[Para, ...], size: float, room: float, allow_break: bool
    ) -> tuple[float, tuple[Para, ...], tuple[int, ...]] | None:
        """Height, paragraphs (with break marks where words were cut) and line counts."""
        done = self._wrapped(paras, size, room, allow_break)
        if done is None:
            return None
        height, wrapped = done
        out = tuple(self.rebuilt(p, lines) for p, lines in zip(paras, wrapped, strict=True))
        return height, out, tuple(len(lines) for lines in wrapped)

    def sizes(self, top: float, floor: float) -> list[float]:
        """The sizes tried, largest first."""
        steps = max(0, round((top - floor) / self.step))
        return [top - i * self.step for i in range(steps)] + [floor]

    def fit(
        self, paras: tuple[Para, ...], width: float, height: float, top: float, floor: float
    ) -> Fitted | None:
        """The largest size from ``top`` down to ``floor`` at which ``paras`` fit the box."""
        key = (paras, width, height, top, floor)
        known = self._fitted.get(key, _UNFITTED)  # one look-up: hashing paragraphs is not free
        if known is not _UNFITTED:
            return known
        room, tall = self.inner(width, height)
        # stopping once too tall is sound only while no paragraph spaces itself upwards
        limit = tall if all(p.space_after >= 0 and p.scale > 0 for p in paras) else float("inf")

        def at(size: float):
            done = self._wrapped(paras, size, room, size == floor, limit)
            return done if done and done[0] <= tall else None

        # most text fits at the top size; else the largest size that fits is searched for by
        # halves (text that fits at a size fits at any smaller one: its lines only get
        # shorter), the floor last, where a word too long for a line may be cut
        sizes = self.sizes(top, floor)
        size, done = sizes[0], at(sizes[0])
        if done is None and len(sizes) > 1:
            low, high = 1, len(sizes) - 2  # the sizes between the top and the floor
            while low <= high:
                middle = (low + high) // 2
                tried = at(sizes[middle])
                if tried is None:
                    low = middle + 1
                else:
                    size, done, high = sizes[middle], tried, middle - 1
            if done is None:
                size, done = sizes[-1], at(sizes[-1])
        fitted = None
        if done is not None:
            height_used, wrapped = done
            out = tuple(self.rebuilt(p, lines) for p, lines in zip(paras, wrapped, strict=True))
            fitted = Fitted(size, out, height_used, tuple(len(lines) for lines in wrapped))
        self._fitted[key] = fitted
        return fitted

    def split(
        self, paras: tuple[Para, ...], width: float, height: float, size: float
    ) -> tuple[tuple[Para, ...], tuple[Para, ...]]:
        """What of ``paras`` fits the box at ``size``, and the rest, cut at a line."""
        room, tall = self.inner(width, height)
        head: list[Para] = []
        used = 0.0
        for index, para in enumerate(paras):
            lines = self.wrap(para, size, room) or []
            pitch = self.pitch(para, size)
            take = 0
            while take < len(lines) and used + (take + 1) * pitch <= tall:
                take += 1
            if take == len(lines):
                head.append(self.rebuilt(para, lines))
                used += take * pitch + self.gap_after(para, size)
                continue
            if take:
                head.append(_rebuild(para, lines[:take]))
                rest = (_rebuild(para, lines[take:]), *paras[index + 1 :])
            else:
                rest = paras[index:]
            return tuple(head), tuple(rest)
        return tuple(head), ()


def _rebuild(para: Para, lines: list[list[_Token]]) -> Para:
    """``para`` written back from its wrapped lines (the same text, plus any break marks).

    Neighbouring pieces in one style become one span, whose other fields are its first piece's.
    """
    tokens = [t for line in lines for t in line]
    end = len(tokens) - 1
    if len(para.spans) == 1 and not para.spans[0].highlight:
        # one style throughout (most paragraphs): one span of every piece and break, in order
        if not tokens:
            return Para((), para.scale, para.align, para.space_after)
        words: list[str] = []
        add = words.append
        for token in tokens:
            for piece in token.pieces:
                add(piece[1])
            add(token.sep)
        words.pop()  # no separator after the last piece
        span = para.spans[0]
        text = "".join(words)
        one = Span(text, span.bold, span.italic, span.colour, span.highlight)
        return Para((one,), para.scale, para.align, para.space_after)
    runs: list[tuple[Span, tuple, list[str]]] = []  # first span, its style, its texts
    for number, token in enumerate(tokens):
        last = len(token.pieces) - 1
        for i, (span, text) in enumerate(token.pieces):
            tail = token.sep if i == last and number < end else ""
            pieces = [(span, text + tail)]
            if tail == " " and span.highlight:  # the space after a bar is not part of the bar
                plain = Span("", span.bold, span.italic, span.colour)
                pieces = [(span, text), (plain, tail)]
            for piece, words in pieces:
                style = _style(piece)
                if runs and runs[-1][1] == style:
                    runs[-1][2].append(words)
                else:
                    runs.append((piece, style, [words]))
    # built field by field: the same values as dataclasses.replace, without its overhead
    spans = tuple(
        Span("".join(texts), span.bold, span.italic, span.colour, span.highlight)
        for span, _, texts in runs
    )
    return Para(spans, para.scale, para.align, para.space_after)


_style = attrgetter(*(f.name for f in fields(Span) if f.name != "text"))  # all but the text


class _Widths(dict):
    """Widths of texts in one face, each worked out by :func:`_width` when first asked for: one
    dictionary look-up per word, where the shared cache of :func:`_width` would build and hash
    a key of the face, its fallbacks and the text."""

    def __init__(self, face: str, fallback: tuple[str, ...]):
        super().__init__()
        self.face, self.fallback = face, fallback

    def __missing__(self, text: str) -> float:
        width = self[text] = _width(self.face, self.fallback, text)
        return width


@cache
def _widths_in(face: str, fallback: tuple[str, ...]) -> _Widths:
    """The widths of texts in ``face`` (then ``fallback``), one table a process: a deck's
    measurer reads words another deck's has measured without asking :func:`_width` again."""
    return _Widths(face, fallback)


@cache
def _width(face: str, fallback: tuple[str, ...], text: str) -> float:
    """``text``'s width at the measuring size, each character in the first face that has it
    (Arabic measured in its joined forms, as viewers draw it)."""
    if has_rtl(text):
        text = shape(text)
    have = charset(face)
    total = 0.0
    run, run_alias = "", face
    for char in text:
        if char == ZWSP:
            continue
        wanted = face if ord(char) in have else _fallback_for(char, fallback)
        if wanted != run_alias and run:
            total += _face(run_alias).getlength(run)
            run = ""
        run_alias = wanted
        run += char
    if run:
        total += _face(run_alias).getlength(run)
    return total


@cache
def _fallback_for(char: str, faces: tuple[str, ...]) -> str:
    """The first of ``faces`` that has ``char`` (the first of all if none has it)."""
    code = ord(char)
    return next((face for face in faces if code in charset(face)), faces[0])
