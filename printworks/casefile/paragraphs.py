"""Paragraphs from the case file's own markup, read without ReportLab's HTML parser.

The markup the case file writes is small: ``<font>``, ``<span>`` and ``<a>`` tags with quoted
plain attribute values, the entities ``&amp; &lt; &gt; &quot; &nbsp;``, and escaped text. For
such markup the tokens are found here with one regular expression and handed, in the order
Python's ``HTMLParser`` would hand them, to ReportLab's own ``ParaParser``: the fragments are
the very ones ReportLab's parse makes (same tags, same entity splits, same styles), at a
fraction of the cost. Markup with anything else in it is parsed by ReportLab as usual.
"""

from __future__ import annotations

import re

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

_TOKEN = re.compile(
    r"([^<&]+)"  # text
    r"|<([a-zA-Z]+)((?:\s+[a-zA-Z]+=\"[^\"<>&]*\")*)\s*>"  # a start tag, plain quoted attributes
    r"|</([a-zA-Z]+)\s*>"  # an end tag
    r"|&(amp|lt|gt|quot|nbsp);"  # a named entity
)
_ATTRIBUTE = re.compile(r"([a-zA-Z]+)=\"([^\"]*)\"")
_TAGS = frozenset({"font", "span", "a"})
_COLOURS = frozenset({"color", "fg", "backcolor", "bgcolor"})
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def _value(name: str, value: str) -> object:
    """An attribute's value as ReportLab reads it; a '#rrggbb' colour is read here, straight
    (``toColor`` tries several slow readings before it comes to the one that fits)."""
    if name in _COLOURS and _HEX.fullmatch(value):
        return HexColor(value)
    return value


def _frags(text: str, style: ParagraphStyle) -> list | None:
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


def read(text: str, style: ParagraphStyle) -> tuple[str, list | None]:
    """``text`` as a paragraph keeps it, and its fragments (None: let ReportLab parse it)."""
    clean = cleanBlockQuotedText(text)
    try:
        frags = _frags(clean, style)
    except Exception:  # anything unexpected: ReportLab's own parser says what is wrong
        frags = None
    return (text, None) if frags is None else (clean, frags)


class Para(Paragraph):
    """A paragraph that breaks its lines once per width.

    A paragraph's lines depend on its width alone, so one wrapped again at the width it was
    last wrapped at, with nothing having re-wrapped it since (its lines are the very ones it
    made), keeps them: a paragraph measured for keep-with-next, then placed, then drawn in a
    panel does not break the same text three times.
    """

    def wrap(self, availWidth, availHeight):
        known = self.__dict__.get("_known_wrap")
        if known and known[0] == availWidth and known[1] is self.__dict__.get("blPara"):
            self.width, self.height = availWidth, known[2]
            return availWidth, known[2]
        width, height = super().wrap(availWidth, availHeight)
        self._known_wrap = (availWidth, self.__dict__.get("blPara"), height)
        return width, height


def paragraph(text: str, style: ParagraphStyle) -> Para:
    """``Paragraph(text, style)``, the same paragraph, its markup read by :func:`read`."""
    text, frags = read(text, style)
    return Para(text, style, frags=frags)
