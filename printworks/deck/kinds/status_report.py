"""A traffic-light status report: a table of workstreams, each red, amber or green."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.status_report import Content, overall
from printworks.deck import clip
from printworks.deck.kinds._table import Cell, table
from printworks.deck.style import Rect
from printworks.markup import Text

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


BANNER = 58.0  # the overall status, above the table
ROW = 52.0  # a row at its tallest
FILLS = {"green": "good", "amber": "warn", "red": "bad"}
WIDTHS = (30.0, 13.0, 9.0, 48.0)  # item, status, trend, comment


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    rows = "; ".join(
        f"{spoken(r.item)}: {deck.say(f'kinds.status_report.{r.status}')}"
        + (f", trend {r.trend}" if r.trend else "")
        + (f" ({spoken(r.comment)})" if r.comment else "")
        for r in content.rows
    )
    status = deck.say(f"kinds.status_report.{overall(content)}")
    return (
        f"A traffic-light status report of {len(content.rows)} rows, overall status {status}: "
        f"{rows}."
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A band with the overall status in its light's colour, then a native table: the item,
    its light (the cell filled red, amber or green, the word on it), its trend and a comment."""
    strong, paper, panel = deck.colour("strong"), deck.colour("paper"), deck.colour("panel")
    light = overall(content)
    fill = deck.colour(FILLS[light])
    band = Rect(frame.left, frame.top, frame.width, BANNER)
    deck.card(slide, band, fill)
    label = Rect(band.left + 18, band.top + 6, band.width * 0.6, band.height - 12)
    deck.text(
        slide,
        label,
        deck.para(deck.say("kinds.status_report.overall"), bold=True, colour=strong),
        "heading",
        top=20,
        anchor="middle",
    )
    pill = Rect(band.right - 200, band.top + 10, 184, band.height - 20)
    deck.text(
        slide,
        pill,
        deck.para(
            deck.say(f"kinds.status_report.{light}"),
            bold=True,
            colour=deck.ink_on(fill),
            align="centre",
        ),
        "heading",
        top=20,
        fill=fill,
        kind="round",
        anchor="middle",
    )

    room = Rect(frame.left, band.bottom + 14, frame.width, frame.height - BANNER - 14)
    height = min(ROW, room.height / (len(content.rows) + 1))
    rect = Rect(room.left, room.top, room.width, height * (len(content.rows) + 1))
    dark = deck.colour("dark")
    on_dark = deck.ink_on(dark)
    widths = [w * rect.width / sum(WIDTHS) for w in WIDTHS]

    def head(key: str) -> Cell:
        return Cell(
            (deck.para(deck.say(f"kinds.status_report.{key}"), bold=True, colour=on_dark),),
            dark,
            on_dark,
        )

    def words(text, box_width, bold=False, ink=None, align="left", fill=paper) -> Cell:
        ink = ink or deck.ink_on(fill)
        text = Text.plain(text) if isinstance(text, str) else text

        def paras(t):
            return (deck.para(t, bold=bold, colour=ink, align=align),)

        box = Rect(0, 0, box_width, height)
        return Cell(paras(clip.within(deck, text, paras, box, "body", 14)), fill, ink)

    grid = [[head(k) for k in ("item", "status", "trend", "comment")]]
    for number, row in enumerate(content.rows):
        base = paper if number % 2 == 0 else panel
        lit = deck.colour(FILLS[row.status])
        status = deck.say(f"kinds.status_report.{row.status}")
        trend = deck.say(f"kinds.status_report.{row.trend}") if row.trend else ""
        grid.append(
            [
                words(row.item, widths[0], bold=True, fill=base),
                words(status, widths[1], bold=True, align="centre", fill=lit),
                words(trend, widths[2], bold=True, align="centre", fill=base),
                words(row.comment or "", widths[3], fill=base),
            ]
        )
    table(deck, slide, rect, widths, grid, describe(content, deck), "Status Report")
