"""Role text into the case file: escaped paragraph markup, redaction bars, per-glyph faces.

This is the one place role text enters ReportLab's paragraph markup. Visible words are
escaped (so ``<img>``, ``<font>``, ``&`` print literally); a redacted span becomes a solid bar
of as many character cells as it hid, and carries no characters of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from printworks import templating
from printworks.markup import Segment, Text
from printworks.scripts import base_level, has_cjk, has_rtl, shape

from .bidi import bidi_paragraph, visual_line
from .faces import runs
from .paragraphs import paragraph
from .styles import Kit

NBSP = "\u00a0"
BAR_CHUNK = 16  # a long redaction may wrap between chunks of this many cells
ELLIPSIS = "…"


def escape(text: str) -> str:
    """``text`` with the three characters paragraph markup reads as markup written as entities
    (what ``xml.sax.saxutils.escape`` does, whose module imports urllib, ssl and email)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


# styles whose last line never holds one word alone ("DO?", "process.")
BOUND_TAIL = frozenset({"question", "heading", "title"})


def bound_tail(text: Text | str) -> Text | str:
    """``text`` with its last two words joined by a no-break space, so that a heading or a
    title never ends on a line of one word (a redaction at the end is left as it is)."""
    if isinstance(text, str):
        head, space, tail = text.rstrip().rpartition(" ")
        return f"{head}{NBSP}{tail}" if space and head.strip() and tail else text
    segments = text.segments
    if not segments or segments[-1].hidden:
        return text
    joined = bound_tail(segments[-1].text)
    return Text((*segments[:-1], Segment(text=joined)))


def _segments(text: Text | str) -> tuple[Segment, ...]:
    return (Segment(text=text),) if isinstance(text, str) else text.segments


def _upper(segments: tuple[Segment, ...], upper: bool) -> Iterator[Segment]:
    """The segments, in capitals if asked, right-to-left letters in their joined forms."""
    for seg in segments:
        if not seg.text:
            yield seg
            continue
        words = seg.text.upper() if upper else seg.text
        yield Segment(text=shape(words) if has_rtl(words) else words)


def bar_cells(hidden: int) -> str:
    """``hidden`` cells of a redaction bar: non-breaking spaces with a break every few cells."""
    chunks = []
    left = hidden
    while left > 0:
        take = min(BAR_CHUNK, left)
        chunks.append(NBSP * take)
        left -= take + 1
    return " ".join(chunks)


def unknown(kit: Kit, char: str) -> str:
    return templating.words(kit.words.unknown_glyph, code=f"{ord(char):04X}")


def markup(kit: Kit, text: Text | str, style: str, *, upper: bool = False) -> str:
    """Paragraph markup for ``text`` set in paragraph style ``style``."""
    faces = kit.chain(kit.font_style_of(style))
    main = faces[0]
    bar_font = kit.font("body")
    out: list[str] = []
    for seg in _upper(_segments(text), upper):
        if seg.hidden:
            colour = kit.hex("redaction")
            out.append(
                f'<font name="{bar_font}"><span backColor="{colour}" color="{colour}">'
                f"{bar_cells(seg.hidden)}</span></font>"
            )
            continue
        for face, run in runs(seg.text, faces):
            if face is None:
                run = "".join(unknown(kit, c) if c.strip() else c for c in run)
                face = kit.fallback
            piece = escape(run)
            out.append(piece if face == main else f'<font name="{face}">{piece}</font>')
    return "".join(out)


def template(
    kit: Kit, pattern: str, style: str, *, upper: bool = False, **fields: Text | str
) -> str:
    """Markup for the layout copy ``pattern`` (``"WHAT DOES {{ article }} {{ title }} DO?"``)
    rendered with ``fields``: role text goes in as values, each keeping its redactions."""
    text = templating.text(pattern, **fields)
    return markup(kit, bound_tail(text) if style in BOUND_TAIL else text, style, upper=upper)


def para(
    kit: Kit,
    text: Text | str,
    style: str = "body",
    *,
    upper: bool = False,
    before: str = "",
    after: str = "",
    link: str | None = None,
    **changes: object,
) -> Paragraph:
    """A paragraph of role text; ``before``/``after`` are markup already made (e.g. labels)."""
    body = markup(kit, bound_tail(text) if style in BOUND_TAIL else text, style, upper=upper)
    if link:
        body = f'<a href="#{link}" color="{kit.hex("link")}">{body}</a>'
    words = before + body + after  # markup: tags and entities are ASCII, so the scripts show
    if has_cjk(words):  # no spaces between words: a line may break between any two characters
        changes = {"wordWrap": "CJK", **changes}
    if has_rtl(words):  # right to left: drawn line by line in visual order, right-aligned
        if base_level(words):
            changes = {"alignment": TA_RIGHT, **changes}
        return bidi_paragraph(before + body + after, kit.style(style, **changes))
    return paragraph(before + body + after, kit.style(style, **changes))


@dataclass(frozen=True)
class Piece:
    """A run of one line drawn straight on the canvas: text in one face, or a bar of cells."""

    font: str
    text: str = ""
    cells: int = 0


def line_pieces(kit: Kit, text: Text | str, font_style: str, *, upper: bool = False) -> list[Piece]:
    """``text`` as pieces for a single canvas line (furniture, stamps, figure labels)."""
    faces = kit.chain(font_style)
    out: list[Piece] = []
    for seg in _upper(_segments(text), upper):
        if seg.hidden:
            out.append(Piece(kit.font("body"), cells=seg.hidden))
            continue
        line = " ".join(seg.text.split()) if "\n" in seg.text else seg.text
        for face, run in runs(visual_line(line), faces):
            if face is None:
                run = "".join(unknown(kit, c) if c.strip() else c for c in run)
                face = kit.fallback
            out.append(Piece(face, text=run))
    return out


def piece_width(piece: Piece, size: float) -> float:
    if piece.cells:
        return stringWidth(NBSP, piece.font, size) * piece.cells
    return stringWidth(piece.text, piece.font, size)


def pieces_width(pieces: list[Piece], size: float) -> float:
    return sum(piece_width(p, size) for p in pieces)


def fit(kit: Kit, pieces: list[Piece], size: float, width: float) -> list[Piece]:
    """``pieces`` cut to ``width`` with an ellipsis when they do not fit (running heads only)."""
    if pieces_width(pieces, size) <= width:
        return pieces
    ellipsis = Piece(kit.font("body"), text=ELLIPSIS)
    kept: list[Piece] = []
    for piece in pieces:
        trial = [*kept, piece, ellipsis]
        if pieces_width(trial, size) <= width:
            kept.append(piece)
            continue
        if piece.cells:
            for n in range(piece.cells - 1, 0, -1):
                if pieces_width([*kept, Piece(piece.font, cells=n), ellipsis], size) <= width:
                    kept.append(Piece(piece.font, cells=n))
                    break
        else:
            for n in range(len(piece.text) - 1, 0, -1):
                part = Piece(piece.font, text=piece.text[:n].rstrip())
                if pieces_width([*kept, part, ellipsis], size) <= width:
                    kept.append(part)
                    break
        break
    return [*kept, ellipsis]


def draw_pieces(
    canv,
    kit: Kit,
    pieces: list[Piece],
    x: float,
    y: float,
    size: float,
    colour: str,
    *,
    align: str = "left",
) -> float:
    """Draw ``pieces`` on one line at baseline ``y``; returns the width drawn."""
    width = pieces_width(pieces, size)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for piece in pieces:
        step = piece_width(piece, size)
        if piece.cells:
            canv.setFillColor(kit.colour("redaction"))
            canv.rect(x, y - size * 0.18, step, size * 0.86, stroke=0, fill=1)
        else:
            canv.setFillColor(kit.colour(colour))
            canv.setFont(piece.font, size)
            canv.drawString(x, y, piece.text)
        x += step
    return width
