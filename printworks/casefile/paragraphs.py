"""Paragraphs from the case file's own markup, read without ReportLab's HTML parser.

The markup the case file writes is small: ``<font>``, ``<span>`` and ``<a>`` tags with quoted
plain attribute values, the entities ``&amp; &lt; &gt; &quot; &nbsp;``, and escaped text. For
such markup the tokens are found here with one regular expression and handed, in the order
Python's ``HTMLParser`` would hand them, to ReportLab's own ``ParaParser``: the fragments are
the very ones ReportLab's parse makes (same tags, same entity splits, same styles), at a
fraction of the cost. Markup with anything else in it is parsed by ReportLab as usual.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from .compat import fragments


def read(text: str, style: ParagraphStyle) -> tuple[str, list | None]:
    """``text`` as a paragraph keeps it, and its fragments (None: let ReportLab parse it)."""
    clean = cleanBlockQuotedText(text)
    try:
        frags = fragments(clean, style)
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
