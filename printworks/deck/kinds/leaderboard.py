"""An eval leaderboard: entries ranked by one score, the best in bold."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.leaderboard import Content, ranked
from printworks.deck import charts, clip
from printworks.deck.contrast import mix
from printworks.deck.kinds._drawing import write
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


ROW = 40.0  # a row at its tallest
RANK, SCORE, BADGE = 40.0, 120.0, 68.0  # the narrow columns
METRIC = 30  # the longest metric name the chart's legend shows, in characters


def score(content: Content, value: float) -> str:
    return f"{value:,.{content.decimals}f}"


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    metric = spoken(content.metric) if content.metric else str(deck.say("kinds.leaderboard.metric"))
    order = ", ".join(
        f"{number}. {spoken(e.name)} ({score(content, e.score)})"
        for number, e in enumerate(ranked(content), 1)
    )
    return f"A leaderboard of {len(content.entries)} entries ranked by {metric}: {order}."


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A ranked table (rank, entry, score, remark), its first row in bold on a tint of the
    accent with a badge; beside it a native column chart of the scores by rank."""
    entries = ranked(content)
    notes = any(e.note for e in entries)
    table, side = frame.split(frame.width * (0.66 if notes else 0.5), 24)
    accent, strong, muted = deck.colour("accent"), deck.colour("strong"), deck.colour("muted")
    metric = content.metric or deck.say("kinds.leaderboard.metric")
    count = len(entries) + 1
    height = min(ROW, table.height / count)
    rest = table.width - RANK - SCORE - BADGE
    entry_w = rest * (0.45 if notes else 1.0)
    lefts = [table.left, table.left + RANK, table.left + RANK + entry_w + BADGE]
    lefts.append(lefts[2] + SCORE)
    widths = [RANK, entry_w, SCORE, table.right - lefts[3]]

    def cells(top: float, texts, bold: bool, colour: str) -> list:
        out = []
        for left, width, text, align in zip(
            lefts, widths, texts, ("centre", "left", "right", "left"), strict=False
        ):
            if text is None:
                continue
            para = deck.para(text, bold=bold, colour=colour, align=align)
            out.append((Rect(left, top, width, height), (para,)))
        return out

    heads = [
        deck.say("kinds.leaderboard.rank"),
        deck.say("kinds.leaderboard.entry"),
        clip.cut(metric.one_line(), METRIC),
    ]
    if notes:
        heads.append(deck.say("kinds.leaderboard.note"))
    deck.shape(slide, Rect(table.left, table.top + height - 2, table.width, 2), fill=strong)
    items = cells(table.top, heads, True, muted)
    best = mix(deck.colour("paper"), accent, 0.16)
    for number, entry in enumerate(entries, 1):
        top = table.top + number * height
        row = Rect(table.left, top, table.width, height)
        fill = best if number == 1 else deck.colour("panel") if number % 2 == 0 else None
        if fill:
            deck.shape(slide, row, fill=fill)
        ink = deck.ink_on(fill) if fill else deck.colour("ink")
        texts = [str(number), entry.name, score(content, entry.score)]
        if notes:
            texts.append(entry.note.one_line() if entry.note else None)
        items += cells(top, texts, number == 1, ink)
    write(deck, slide, items, "body", top=15, anchor="middle")
    badge = Rect(lefts[1] + entry_w + 4, table.top + height + (height - 26) / 2, BADGE - 8, 26)
    deck.text(
        slide,
        badge,
        deck.para(deck.say("kinds.leaderboard.best"), bold=True, colour=deck.ink_on(accent)),
        "eyebrow",
        top=10,
        fill=accent,
        kind="round",
        anchor="middle",
    )
    _chart(deck, slide, side, content, entries, metric)


def _chart(deck: Deck, slide: Slide, rect: Rect, content: Content, entries, metric) -> None:
    """The scores by rank as a native column chart: the categories are ranks, not names."""
    rank = deck.say("kinds.leaderboard.rank")
    charts.columns(
        slide,
        rect,
        [f"{rank}{number}" for number in range(1, len(entries) + 1)],
        [
            (
                str(clip.cut(metric.one_line(), METRIC)),
                [e.score for e in entries],
                deck.colour("accent"),
            )
        ],
        deck.chart_look,
    )
