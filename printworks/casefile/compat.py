"""The private parts of ReportLab the case file relies on, and nothing else.

``tests/test_compat.py`` fails loudly if an upgrade moves any of it; pyproject.toml pins
ReportLab to the range tested.

- ``ParaParser._setup_for_parse`` and ``_complete_parse``: the case file writes a small,
  regular markup (``<font>``, ``<span>``, ``<a>`` with quoted plain attributes, five entities,
  escaped text). Its tokens are found with one regular expression and handed, in the order
  Python's ``HTMLParser`` would hand them, to ReportLab's own parser, between the setup and
  the completion that ``ParaParser.parse`` wraps around its HTML parser: the same fragments,
  at a fraction of the cost (the HTML parser was a third of a render). Markup with anything
  else in it returns None, and ReportLab parses it as usual.
- How ``BaseDocTemplate.build`` reads its story: only from the front (``[0]``, ``del [0]``,
  ``[0:0] = ...``, ``insert(0, ...)``, ``[:i]`` for a keep-with-next run) and with ``len()``
  before every step. :class:`Unrolled` is a story made as the build reaches it, so a zine of
  a thousand roles never holds a thousand roles' flowables at once.
- What a build leaves on the flowables it lays out (a keep-with-next run's flowables set not
  to keep, ``_postponed``, ``_frame``): :class:`Again` takes a story back to how it was made,
  to lay it out again, as ``multiBuild`` does.
- How a ``Frame`` lays a flowable out: it wraps (and, failing, splits) it, then calls its
  ``drawOn``, once, and only when it fits. :class:`MeasuringFrame` lays out without drawing
  by giving each flowable, for that call, a ``drawOn`` that draws nothing.
- A face's attributes (``TTFontFace.__dict__``, ``_pdfScale``, ``_ttf_data``) and how
  ``TTFont.__init__`` puts a font together: :func:`kept_font` keeps a face's parse between runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab import Version, rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace
from reportlab.platypus import Frame
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from printworks.forms import COLOUR
from printworks.keep import kept

_TOKEN = re.compile(
    r"([^<&]+)"  # text
    r"|<([a-zA-Z]+)((?:\s+[a-zA-Z]+=\"[^\"<>&]*\")*)\s*>"  # a start tag, plain quoted attributes
    r"|</([a-zA-Z]+)\s*>"  # an end tag
    r"|&(amp|lt|gt|quot|nbsp);"  # a named entity
)
_ATTRIBUTE = re.compile(r"([a-zA-Z]+)=\"([^\"]*)\"")
_TAGS = frozenset({"font", "span", "a"})
_COLOURS = frozenset({"color", "fg", "backcolor", "bgcolor"})


def _value(name: str, value: str) -> object:
    """An attribute's value as ReportLab reads it; a '#rrggbb' colour is read here, straight
    (``toColor`` tries several slow readings before it comes to the one that fits)."""
    if name in _COLOURS and COLOUR.fullmatch(value):
        return HexColor(value)
    return value


def fragments(text: str, style: ParagraphStyle) -> list | None:
    """The fragments ReportLab's parser makes of ``text``, or None if ``text`` is not ours."""
    parser = ParaParser()
    parser.caseSensitive = 1
    parser._setup_for_parse(style)
    parser.handle_starttag("para", [])
    at, end = 0, len(text)
    match = _TOKEN.match
    while at < end:
        token = match(text, at)
        if token is None:
            return None
        data, start, attributes, close, entity = token.groups()
        if data is not None:
            parser.handle_data(data)
        elif entity is not None:
            parser.handle_entityref(entity)
        elif start is not None:
            tag = start.lower()
            if tag not in _TAGS:
                return None
            pairs = [(k.lower(), v) for k, v in _ATTRIBUTE.findall(attributes)]
            pairs = [(k, _value(k, v)) for k, v in pairs]
            parser.handle_starttag(tag, pairs)
        else:
            tag = close.lower()
            if tag not in _TAGS:
                return None
            parser.handle_endtag(tag)
        at = token.end()
    parser.handle_endtag("para")
    parsed_style, frags, bullet = parser._complete_parse()
    if frags is None or bullet or parsed_style is not style:
        return None
    textTransformFrags(frags, style)
    return frags


# ---------------------------------------------------------------------------------------------
# ReportLab writes each ToUnicode entry as <%04X>: a character above U+FFFF (an emoji, a rare
# ideograph) comes out as five hex digits, which readers take for a shorter code, so copying
# the PDF's text gives garbage for them. The entries are rewritten here as UTF-16 (surrogate
# pairs), as the PDF format has them. tests/test_compat.py says when ReportLab fixes it.


def _to_unicode(original):
    def make(fontname, subset):
        text = original(fontname, subset)
        if all(code <= 0xFFFF for code in subset):
            return text
        lines = []
        for line in text.split("\n"):
            if line.startswith("<") and "> <" in line:
                glyph, code = line[1:-1].split("> <")
                if int(code, 16) > 0xFFFF:
                    line = f"<{glyph}> <{chr(int(code, 16)).encode('utf-16-be').hex().upper()}>"
            lines.append(line)
        return "\n".join(lines)

    make.printworks = True
    return make


def fix_to_unicode() -> None:
    """Make ReportLab write characters above U+FFFF into ToUnicode maps as readers expect."""
    if not getattr(ttfonts.makeToUnicodeCMap, "printworks", False):
        ttfonts.makeToUnicodeCMap = _to_unicode(ttfonts.makeToUnicodeCMap)


def frame_height(flowable) -> float | None:
    """The height inside the padding of the frame ``flowable`` is being laid out in, as it is
    when empty (None: not being laid out in one)."""
    frame = getattr(flowable, "_frame", None)
    if frame is None or getattr(flowable, "canv", None) is None:
        return None
    return frame._aH


def flow_y(document) -> float | None:
    """How far up its page the flow of ``document`` has reached (None: no frame yet)."""
    frame = getattr(document, "frame", None)
    return None if frame is None else frame._y


def add_after(flowable, *flowables) -> None:
    """``flowables`` into the flow, straight after ``flowable`` (being laid out now)."""
    flowable._frame.add_generated_content(*flowables)


def _draw_nothing(*args, **kwargs) -> None:
    """In place of a flowable's ``drawOn`` in a measuring pass."""


class MeasuringFrame(Frame):
    """A frame that places its flowables as :class:`Frame` does, but draws only those marked
    ``notes_layout`` (whose drawing notes what the layout needs, such as the page they land
    on): a measuring pass, laid out at about half the cost of a drawn one."""

    def add(self, flowable, canv, trySplit=0):
        if getattr(flowable, "notes_layout", False):
            return super().add(flowable, canv, trySplit)
        flowable.drawOn = _draw_nothing
        try:
            return super().add(flowable, canv, trySplit)
        finally:
            del flowable.drawOn


_UNSET = object()


class Again:
    """A story to be laid out more than once (a document laid out to be measured, then laid
    out with its planned breaks), made once: a second layout of the same flowables is the
    layout of fresh ones, at less cost, since a :class:`~.paragraphs.Para` keeps the lines it
    broke for a width.

    Each call gives the flowables, first taken back to how they were made. A build marks the
    flowables it lays out: the members of a keep-with-next run it sets not to keep with next
    (the run is laid out as one ``KeepTogether``; ReportLab's ``multiBuild`` notes these and
    puts them back, as here), one it moved on to the next frame ``_postponed`` (which a build
    reads as too large for any frame if it moves on again), and each its frame (``_frame``,
    which a flowable measured inside another, as in a keep-with-next run, would take for the
    frame it is measured for). What else a layout leaves on a flowable, the next sets afresh.
    """

    def __init__(self, flowables: Iterable):
        self.flowables = list(flowables)
        self._keeps = [f.__dict__.get("keepWithNext", _UNSET) for f in self.flowables]
        self._laid = False

    def __call__(self) -> list:
        if self._laid:
            for flowable, keep in zip(self.flowables, self._keeps, strict=True):
                state = flowable.__dict__
                state.pop("_postponed", None)
                state.pop("_frame", None)
                if keep is _UNSET:
                    state.pop("keepWithNext", None)
                else:
                    state["keepWithNext"] = keep
        self._laid = True
        return self.flowables


class Unrolled(list):
    """A story that ``build`` takes for its list, made a part at a time as the build reaches
    it: ``first``, then each part of ``rest`` as fewer than :data:`AHEAD` flowables are left.
    A part is added whole, so a keep-with-next run (shorter than :data:`AHEAD`) is always in
    sight whole, and the pages are those of the same story given as one list."""

    AHEAD = 64

    def __init__(self, first: Iterable, rest: Iterator[Iterable]):
        super().__init__(first)
        self._rest = rest

    def __len__(self) -> int:
        while list.__len__(self) < self.AHEAD:
            part = next(self._rest, None)
            if part is None:
                break
            self.extend(part)
        return list.__len__(self)


# ---------------------------------------------------------------------------------------------
# A face (``TTFontFace``) is ReportLab's parse of a font file: its tables, character map and
# widths, all plain values in its ``__dict__`` but ``_pdfScale`` (made from ``unitsPerEm``, as
# ReportLab makes it) and ``_ttf_data`` (the file's bytes, read again). Parsing the faces of a
# case file was a tenth of its start; the parse is kept between runs (printworks.keep) under a
# digest of the file and ReportLab's version, and a TTFont is put together around it as
# ``TTFont.__init__`` does. tests/test_compat.py says when ReportLab's faces change.

_NOT_KEPT = ("_pdfScale", "_ttf_data")


def _face_state(path: Path) -> dict:
    state = dict(vars(TTFontFace(str(path))))
    for name in _NOT_KEPT:
        del state[name]
    return state


def _scale(units_per_em: int):
    if units_per_em == 1000:
        return lambda x: x
    times = 1000 / units_per_em
    return lambda x: x * times


def kept_font(name: str, path: Path):
    """ReportLab's ``TTFont`` called ``name`` of the font file at ``path``, its face read back
    from the cache when a run before parsed the same file with this ReportLab."""
    data = path.read_bytes()
    state = kept(f"ttface:{Version}:{path}", data, lambda: _face_state(path))
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    face._ttf_data = data
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font
