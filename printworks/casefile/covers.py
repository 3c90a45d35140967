"""The zine's designed pages: the cover and the back cover.

The covers are drawn whole by one flowable each, in a frame as large as the page (the
designed page templates of :mod:`~printworks.casefile.document`): no running head, no page
number. What reaches the page's edge runs on into the bleed. Sizes come from the ``zine``
table of casefile.yaml, words from its ``words`` and from the issue (``zine.yaml``).

- :class:`Cover`: the masthead, the issue's number, date and price, the specimens enclosed
  (some of it redacted), a big stamp and a drawn barcode.
- :class:`BackCover`: the issue by the numbers, a drawn folding guide and the colophon.

The blank pages a booklet needs are in :mod:`~printworks.casefile.blanks`.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.graphics.barcode.eanbc import Ean13BarcodeWidget
from reportlab.graphics.shapes import Rect, String
from reportlab.platypus import Flowable

from printworks import templating
from printworks.facts import Facts
from printworks.issue import Issue
from printworks.markup import Segment, Text

from .cover import filing_date
from .furniture import draw_stamp
from .guide import draw_fold, draw_print, draw_staple
from .styles import Kit
from .text import Piece, bound_tail, draw_pieces, line_pieces, markup, para, pieces_width

# ---------------------------------------------------------------------------------------------
# text on the covers


def words_of(text: Text) -> list[Text]:
    """``text`` cut into words (a redaction is a word of its own)."""
    out: list[Text] = []
    for segment in text.segments:
        if segment.hidden:
            out.append(Text((segment,)))
        else:
            out += [Text.plain(word) for word in segment.text.split()]
    return out


def joined(words: Sequence[Text]) -> Text:
    """``words`` with a space between each two."""
    out = Text(())
    for n, word in enumerate(words):
        out = out + (" " if n else "") + word
    return out


def redacted(title: Text) -> Text:
    """``title`` with its longest word under a bar, as a censor's pen would leave it."""
    words = words_of(title)
    visible = [w for w in words if not w.redacted]
    if len(visible) < 2:
        return title
    longest = max(visible, key=lambda w: len(w.visible))
    return joined([Text((Segment(hidden=len(w.visible)),)) if w is longest else w for w in words])


def set_large(
    kit: Kit, text: Text, font: str, width: float, height: float, largest: float, most: int
) -> tuple[list[list[Piece]], float]:
    """``text`` broken into at most ``most`` lines and set as large as fits ``width`` by
    ``height`` (and no larger than ``largest``): the lines and their size."""
    words = words_of(text) or [text]
    best: tuple[float, list[list[Piece]]] = (0.0, [line_pieces(kit, text, font)])
    for count in range(1, min(most, len(words)) + 1):
        for cuts in itertools.combinations(range(1, len(words)), count - 1):
            bounds = [0, *cuts, len(words)]
            lines = [
                line_pieces(kit, joined(words[a:b]), font) for a, b in itertools.pairwise(bounds)
            ]
            widest = max(pieces_width(line, 1.0) for line in lines) or 1.0
            size = min(largest, width / widest, height / (count * LINE))
            if size > best[0] * 1.02:  # one more line only when it buys real size
                best = (size, lines)
    return best[1], best[0]


LINE = 0.94  # a display line's height, in sizes: capitals need little room between lines


def draw_barcode(canv, kit: Kit, number: int, x: float, y: float, height: float, width: float):
    """An EAN-13 barcode for issue ``number`` (the periodicals' prefix 977, then the number)
    at (``x``, ``y``), ``width`` wide, its digits in the case file's own face.

    ReportLab's barcode widget computes the bars; they are drawn here, straight on the
    canvas: its drawing renderer would first set its own default face, which the file would
    then name without embedding it.
    """
    widget = Ean13BarcodeWidget(f"977{number:07d}00")
    widget.fontName = kit.font("body")
    widget.fontSize = kit.size("small")
    widget.barHeight = height
    widget.barWidth = width / (widget.width / widget.barWidth)  # its modules across ``width``
    canv.setFillColor(kit.colour("ink"))
    for shape in widget.draw().contents:
        if isinstance(shape, Rect) and shape.fillColor is not None:
            canv.rect(x + shape.x, y + shape.y, shape.width, shape.height, stroke=0, fill=1)
        elif isinstance(shape, String):
            align = {"middle": "centre", "end": "right"}.get(shape.textAnchor, "left")
            pieces = [Piece(shape.fontName, text=shape.text)]
            draw_pieces(
                canv, kit, pieces, x + shape.x, y + shape.y, shape.fontSize, "ink", align=align
            )
    return widget.width


class Designed(Flowable):
    """A flowable that fills its frame: a page drawn whole."""

    def wrap(self, aw, ah):
        self.width, self.height = aw, ah
        return aw, ah

    def _drawn(self, flow: Flowable, x: float, top: float, width: float) -> float:
        """Draw ``flow`` ``width`` wide with its top at ``top``; its height."""
        _, h = flow.wrap(width, self.height)
        flow.drawOn(self.canv, x, top - h)
        return h


# ---------------------------------------------------------------------------------------------
# the front cover


@dataclass(frozen=True)
class Specimen:
    """One role as the covers list it."""

    case_number: str
    title: Text


class Cover(Designed):
    """The zine's front cover: a right-hand page, drawn whole."""

    def __init__(self, kit: Kit, issue: Issue, specimens: Sequence[Specimen]):
        super().__init__()
        self.kit, self.issue, self.specimens = kit, issue, list(specimens)

    def draw(self) -> None:
        kit, canv = self.kit, self.canv
        left, right = kit.margins["inner"], self.width - kit.margins["outer"]
        canv.saveState()
        foot = self._masthead(left, right)
        y = self._strip(left, right, foot - kit.zine("strip_gap"))
        bottom = kit.margins["bottom"] + kit.zine("barcode_height") + kit.zine("list_foot")
        least = kit.layout.zine.stamp_least
        listed = self._specimens(
            left, right, y - kit.zine("list_gap"), bottom + self._stamp_reach(least)
        )
        self._stamp(left, right, listed, bottom)
        self._foot(left, right)
        canv.restoreState()

    def _masthead(self, left: float, right: float) -> float:
        """The band across the top: kicker, number, title, tagline. Returns its foot."""
        kit, canv, issue = self.kit, self.canv, self.issue
        width, height, bleed = self.width, self.height, kit.bleed
        band = kit.zine("masthead")
        foot = height - band
        canv.setFillColor(kit.colour("banner"))
        canv.rect(-bleed, foot, width + 2 * bleed, band + bleed, stroke=0, fill=1)
        top = height - kit.zine("masthead_top")
        label = kit.size("label")
        kicker = line_pieces(kit, kit.words.zine_kicker, "display")
        draw_pieces(canv, kit, kicker, left, top - label, label, "banner_ink")
        size = kit.zine("issue_number")
        number = line_pieces(
            kit, templating.text(kit.words.zine_issue_number, number=issue.number), "display"
        )
        draw_pieces(canv, kit, number, right, top - size * 0.8, size, "banner_ink", align="right")
        tagline = para(kit, bound_tail(issue.tagline), "body", textColor=kit.colour("banner_ink"))
        _, tag_h = tagline.wrap(right - left, band)
        tag_foot = foot + kit.zine("masthead_bottom")
        tagline.drawOn(canv, left, tag_foot)
        top -= size + kit.zine("title_gap")
        room = top - (tag_foot + tag_h + kit.zine("title_gap"))
        lines, size = set_large(
            kit,
            issue.title,
            "display",
            right - left,
            room,
            kit.zine("title_largest"),
            kit.layout.zine.title_lines,
        )
        y = top - (room - size * LINE * len(lines)) / 2  # the title centred in its room
        for line in lines:
            y -= size * LINE * 0.86
            draw_pieces(canv, kit, line, left, y, size, "banner_ink")
            y -= size * LINE * 0.14
        return foot

    def _strip(self, left: float, right: float, top: float) -> float:
        """The line of date and price under the masthead, and its rule. Returns its foot."""
        kit, canv, issue, words = self.kit, self.canv, self.issue, self.kit.words
        date = issue.date if issue.date is not None else filing_date(kit)
        strip = (
            markup(kit, f"{words.zine_dated} ", "label_ink")
            + markup(kit, date, "label_ink")
            + "&nbsp;· "
            + markup(kit, f"{words.zine_price} ", "label_ink")
            + markup(kit, issue.price, "label_ink")
        )
        y = top - self._drawn(para(kit, "", "label_ink", before=strip), left, top, right - left)
        y -= kit.zine("rule_gap")
        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(kit.stroke("cover_rule"))
        canv.line(left, y, right, y)
        return y

    def _specimens(self, left: float, right: float, top: float, bottom: float) -> float:
        """The specimens enclosed, one a line, ruled, as many as there is room for above
        ``bottom``. Returns the list's foot."""
        kit, canv, words = self.kit, self.canv, self.kit.words
        count = len(self.specimens)
        heading = para(kit, templating.text(words.zine_enclosed, count=count), "label")
        y = top - self._drawn(heading, left, top, right - left) - kit.zine("item_gap")
        case_w = kit.figure("contents_case")
        every = kit.layout.zine.redact_every
        gap = kit.zine("item_gap")
        canv.setStrokeColor(kit.colour("rule"))
        canv.setLineWidth(kit.hairline("contents"))
        for n, specimen in enumerate(self.specimens):
            title = redacted(specimen.title) if n % every == every - 1 else specimen.title
            entry = para(kit, title, "title")
            _, h = entry.wrap(right - left - case_w, self.height)
            left_over = count - n
            room = kit.style("label").leading * 1.5 if left_over > 1 else 0
            if y - h - 2 * gap < bottom + room:
                more = para(kit, templating.text(words.zine_more, count=left_over), "label")
                return y - gap - self._drawn(more, left, y - gap, right - left)
            case = para(kit, specimen.case_number, "small")
            _, case_h = case.wrap(case_w, self.height)
            case.drawOn(canv, left, y - gap - (h + case_h) / 2)
            entry.drawOn(canv, left + case_w, y - gap - h)
            y -= h + 2 * gap
            canv.line(left, y, right, y)
        return y

    def _stamp_reach(self, scale: float) -> float:
        """How tall the turned stamp stands, at ``scale`` times its size, its frame's stroke
        and the gap it keeps from the list above it included."""
        kit = self.kit
        turn = math.radians(kit.layout.zine.stamp_angle)
        width = kit.zine("stamp_width") * scale
        height = kit.zine("stamp") * scale * 1.25 + kit.figure("stamp_pad")
        stroke = kit.stroke("stamp_outer")
        drawn = (width + stroke) * abs(math.sin(turn)) + (height + stroke) * abs(math.cos(turn))
        return drawn + kit.zine("list_gap")

    def _stamp(self, left: float, right: float, top: float, bottom: float) -> None:
        """The stamp, in the room between the list's foot and the barcode: as large as it fits,
        down to the least share of its size the layout allows (the list made room for that)."""
        kit, zine = self.kit, self.kit.layout.zine
        room = top - bottom
        scale = max(zine.stamp_least, min(1.0, room / self._stamp_reach(1.0)))
        lines = [line_pieces(kit, kit.words.zine_stamp, "stamp")]
        x = left + (right - left) * zine.stamp_across
        y = bottom + room / 2
        width, size = kit.zine("stamp_width") * scale, kit.zine("stamp") * scale
        draw_stamp(self.canv, kit, lines, x, y, width, angle=zine.stamp_angle, size=size)

    def _foot(self, left: float, right: float) -> None:
        """The barcode on a white label, and the editor's line beside it."""
        kit, canv = self.kit, self.canv
        height, width = kit.zine("barcode_height"), kit.zine("barcode_width")
        pad = kit.zine("barcode_pad")
        x, y = right - width, kit.margins["bottom"]
        canv.setFillColor(kit.colour("card"))
        canv.rect(x - pad, y - pad, width + 2 * pad, height + 2 * pad, stroke=0, fill=1)
        draw_barcode(canv, kit, self.issue.number, x, y, height, width)
        editor = para(kit, self.issue.editor, "small")
        editor.wrap(x - 3 * pad - left, height * 2)
        editor.drawOn(canv, left, y)


# ---------------------------------------------------------------------------------------------
# the back cover


@dataclass(frozen=True)
class Figure:
    """A big number on the back cover and what it counts."""

    figure: str
    caption: Text | str


def by_the_numbers(kit: Kit, facts: Sequence[Facts]) -> list[Figure]:
    """What the issue's roles add up to."""
    words = kit.words
    if not facts:
        return []
    out = [Figure(str(len(facts)), words.zine_count_caption)]
    risks = [f.role.flight_risk.percent for f in facts]
    top = max(facts, key=lambda f: f.role.flight_risk.percent)
    caption = templating.text(words.zine_risk_caption, title=top.role.title, top=max(risks))
    out.append(Figure(f"{round(sum(risks) / len(risks))}%", caption))
    hours = sum(f.logged_hours for f in facts)
    if hours:
        out.append(Figure(f"{hours:.1f}".removesuffix(".0"), words.zine_hours_caption))
    currencies = Counter(f.role.salary.currency for f in facts)
    if len(currencies) == 1:  # sums of one currency only
        total = sum(f.role.salary.amount for f in facts)
        out.append(Figure(facts[0].money(total), words.zine_salary_caption))
    return out


@dataclass(frozen=True)
class Overheard:
    """A complaint the back cover quotes, and where it was posted."""

    quote: Text
    source: Text


def overheard(facts: Sequence[Facts]) -> Overheard | None:
    """The shortest complaint of the issue (the first of the shortest): short enough to set
    large, and none shorter said it better."""
    found = [c for f in facts for c in f.role.burn_ward]
    if not found:
        return None
    shortest = min(found, key=lambda c: len(c.quote))
    return Overheard(shortest.quote, shortest.posted_on)


class BackCover(Designed):
    """The zine's back cover: a left-hand page, drawn whole."""

    def __init__(
        self,
        kit: Kit,
        issue: Issue,
        figures: Sequence[Figure],
        overheard: Overheard | None = None,
    ):
        super().__init__()
        self.kit, self.issue, self.figures = kit, issue, list(figures)
        self.overheard = overheard

    def draw(self) -> None:
        kit, canv = self.kit, self.canv
        left, right = kit.margins["outer"], self.width - kit.margins["inner"]
        canv.saveState()
        y = self.height - kit.margins["top"] + kit.zine("back_top")
        y = self._numbers(left, right, y)
        if self.overheard:
            y = self._overheard(left, right, y - kit.zine("guide_gap"))
        y = self._guide(left, right, y - kit.zine("guide_gap"))
        y -= kit.zine("guide_gap")
        for text in (kit.words.zine_folding, kit.words.zine_colophon):
            y -= self._drawn(para(kit, text, "small"), left, y, right - left)
            y -= kit.space("paragraph")
        self._footer(left, right, y)
        canv.restoreState()

    def _overheard(self, left: float, right: float, top: float) -> float:
        """One complaint of the issue, set large: the last word before the file closes."""
        kit, canv, item = self.kit, self.canv, self.overheard
        y = self._heading(kit.words.zine_overheard, left, right, top)
        indent = kit.figure("quote_indent")
        quote = para(kit, item.quote, "body_italic", before="“", after="”")
        source = para(kit, item.source, "small_right", before="— ")
        start = y
        y -= self._drawn(quote, left + indent, y, right - left - indent)
        y -= kit.figure("cell_gap")
        y -= self._drawn(source, left + indent, y, right - left - indent)
        canv.setFillColor(kit.colour("danger"))
        canv.rect(left, y, kit.figure("quote_rule"), start - y, stroke=0, fill=1)
        return y

    def _heading(self, text: str, left: float, right: float, top: float) -> float:
        kit, canv = self.kit, self.canv
        y = top - self._drawn(para(kit, text, "heading"), left, top, right - left)
        y -= kit.figure("rule_after")
        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(kit.stroke("heading_rule"))
        canv.line(left, y, right, y)
        return y - kit.space("section_after")

    def _numbers(self, left: float, right: float, top: float) -> float:
        kit = self.kit
        y = self._heading(kit.words.zine_numbers_title, left, right, top)
        size, face = kit.size("big_figure"), kit.font("display")
        widest = max(
            (pieces_width([Piece(face, text=f.figure)], size) for f in self.figures), default=0
        )
        column = max(kit.zine("number_width"), widest + kit.space("gutter"))
        for item in self.figures:
            figure = para(kit, item.figure, "figure", textColor=kit.colour("danger"))
            caption = para(kit, item.caption, "body")
            _, fh = figure.wrap(column, self.height)
            _, ch = caption.wrap(right - left - column, self.height)
            figure.drawOn(self.canv, left, y - fh)
            caption.drawOn(self.canv, left + column, y - fh + (fh - ch) / 2 - fh * 0.08)
            y -= max(fh, ch) + kit.zine("number_gap")
        return y

    def _guide(self, left: float, right: float, top: float) -> float:
        """How to fold it, in three drawings and their captions."""
        kit, words = self.kit, self.kit.words
        y = self._heading(words.zine_fold_title, left, right, top)
        total = self.canv.getPageNumber()  # the back cover is the last page
        steps = [
            (partial(draw_print, outer=(str(total), "1")), words.zine_fold_print),
            (draw_fold, words.zine_fold_stack),
            (draw_staple, words.zine_fold_staple),
        ]
        gap = kit.space("gutter")
        width = (right - left - gap * (len(steps) - 1)) / len(steps)
        height = kit.zine("guide_height")
        lowest = y
        for n, (drawing, caption) in enumerate(steps):
            x = left + n * (width + gap)
            self.canv.saveState()
            drawing(self.canv, kit, x, y - height, width, height)
            self.canv.restoreState()
            text = para(kit, f"{n + 1}. {caption}", "small")
            lowest = min(lowest, y - height - kit.figure("cell_gap") - text.wrap(width, 99)[1])
            self._drawn(text, x, y - height - kit.figure("cell_gap"), width)
        return lowest

    def _footer(self, left: float, right: float, lowest: float) -> None:
        """A band across the foot, off the edges, and the stamp that closes the file, below
        ``lowest`` (the foot of the text above it): it shrinks, if it must, to keep clear."""
        kit, canv = self.kit, self.canv
        bleed, band = kit.bleed, kit.zine("footer")
        canv.setFillColor(kit.colour("banner"))
        canv.rect(-bleed, -bleed, self.width + 2 * bleed, band + bleed, stroke=0, fill=1)
        label = kit.size("label")
        title = (
            markup(kit, self.issue.title, "label")
            + "&nbsp;· "
            + markup(
                kit, templating.text(kit.words.zine_issue_number, number=self.issue.number), "label"
            )
        )
        line = para(kit, "", "label", before=title, textColor=kit.colour("banner_ink"))
        self._drawn(line, left, band / 2 + label * 0.6, right - left)
        classified = para(kit, kit.words.banner, "label", textColor=kit.colour("banner_ink"))
        self._drawn(classified, left, band / 2 - label * 0.4, right - left)
        zine = kit.layout.zine
        width, size = kit.zine("back_stamp_width"), kit.zine("back_stamp")
        turn = math.radians(abs(zine.back_stamp_angle))
        # the stamp's frame, turned: how far it reaches above its centre
        frame = size * 1.25 + kit.figure("stamp_pad")
        reach = (width * math.sin(turn) + frame * math.cos(turn)) / 2
        room = lowest - kit.space("paragraph") - band
        shrink = min(1.0, max(0.6, room / (size + reach)))
        width, size, reach = width * shrink, size * shrink, reach * shrink
        lines = [line_pieces(kit, kit.words.zine_back_stamp, "stamp")]
        x, y = right - width / 2, band + size
        draw_stamp(canv, kit, lines, x, y, width, angle=zine.back_stamp_angle, size=size)
