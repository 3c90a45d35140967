"""The money and the risk: investment vs. value delivered, and the talent-retention outlook."""

from __future__ import annotations

from math import ceil

from printworks.deck import charts, shapes
from printworks.deck.slides.parts import card, standing_slide
from printworks.deck.style import Rect


def investment(deck) -> None:
    salary = deck.role.salary
    body = deck.body
    left, right = body.split(300, 24)
    slide = standing_slide(deck, "investment")
    strong, good = deck.colour("strong"), deck.colour("good")
    card(deck, slide, left, deck.colour("accent"))
    deck.text(
        slide,
        Rect(left.left + 16, left.top + 16, left.width - 28, 130),
        (
            deck.para(deck.say("investment.kicker"), bold=True, colour=deck.colour("muted")),
            deck.para(deck.say("investment.big"), bold=True, colour=strong, scale=3.0),
            deck.para(deck.say("investment.per"), colour=deck.colour("muted")),
        ),
        "body",
        top=13,
    )
    deck.text(
        slide,
        Rect(left.left + 16, left.top + 160, left.width - 28, left.height - 176),
        tuple(
            deck.para("▲ " + line, colour=strong, bold=index == 0)
            for index, line in enumerate(deck.says("investment.points"))
        ),
        "body",
        top=13,
    )
    quarters = deck.copy.raw("investment.quarters")
    curve = deck.copy.raw("investment.value_curve")
    quarterly = round(salary.amount / len(quarters))
    charts.columns(
        slide,
        right,
        quarters,
        [
            (
                deck.say("investment.series_cost"),
                [quarterly] * len(quarters),
                deck.legible(deck.colour("dark"), right, 3.0),  # a bar must show on the slide
            ),
            (
                deck.say("investment.series_value"),
                [round(quarterly * float(c)) for c in curve],
                good,
            ),
        ],
        deck.chart_look,
        number_format=deck.say("investment.number_format"),
    )


def _heat(deck, likelihood: int, impact: int) -> tuple[str, str]:
    """A heat-map cell's pale fill and the outline that tells its level from the slide."""
    score = likelihood * impact
    level = "good" if score <= 4 else "warn" if score <= 10 else "bad"
    return deck.colour(f"{level}_pale"), deck.colour(level)


def retention(deck) -> None:
    risk = deck.role.flight_risk
    body = deck.body
    left, right = body.split(body.width * 0.46, 24)
    likelihood = min(5, max(1, ceil(risk.percent / 20)))
    labels = deck.says("retention.levels")
    slide = deck.slide(  # the note names the row the dot is put in
        "retention",
        deck.say("retention.title"),
        notes=deck.say("retention.notes", level=labels[likelihood - 1]),
        footnote=deck.say("retention.footnote"),
    )
    card(deck, slide, left)
    ring = Rect(left.left + 30, left.top + 14, left.width - 60, left.width - 60)
    charts.gauge(
        slide,
        ring,
        risk.percent,
        (deck.say("retention.series_risk"), deck.say("retention.series_rest")),
        (deck.colour("warn"), deck.colour("line")),
        deck.chart_look,
    )
    centre = ring.top + ring.height / 2
    strong = deck.colour("strong")
    deck.text(
        slide,
        Rect(ring.left + ring.width * 0.25, centre - 62, ring.width * 0.5, 60),
        deck.para(f"{risk.percent}%", bold=True, colour=strong, align="centre"),
        "big",
        anchor="bottom",
    )
    deck.text(
        slide,
        Rect(left.left + 16, centre + 6, left.width - 32, left.bottom - centre - 16),
        (
            deck.para(deck.say("retention.gauge_label"), bold=True, colour=strong, align="centre"),
            deck.para(deck.say("retention.status"), colour=deck.colour("muted"), align="centre"),
        ),
        "heading",
        top=15,
    )
    # the heat map: likelihood up the side, impact along the bottom
    deck.text(
        slide,
        Rect(right.left, right.top, right.width, 26),
        deck.para(deck.say("retention.heat_title"), bold=True, colour=strong),
        "heading",
        top=14,
    )
    grid = Rect(right.left + 70, right.top + 34, right.width - 70, right.height - 64)
    rows = grid.rows(5, 4)
    muted = deck.colour("muted")
    for r, row in enumerate(rows):
        level = 5 - r
        deck.text(
            slide,
            Rect(right.left, row.top, 66, row.height),
            deck.para(labels[level - 1], colour=muted, align="right"),
            "eyebrow",
            anchor="middle",
        )
        for c, cell in enumerate(row.columns(5, 4)):
            fill, edge = _heat(deck, level, c + 1)
            shapes.box(slide, cell, "rect", fill=fill, line=edge, line_width=1)
            if level == likelihood and c == 0:
                marker = Rect(cell.left + 6, cell.top + 4, cell.width - 12, cell.height - 8)
                deck.text(
                    slide,
                    marker,
                    deck.para(
                        deck.say("retention.marker"),
                        bold=True,
                        colour=deck.colour("on_dark"),
                        align="centre",
                    ),
                    "eyebrow",
                    fill=deck.colour("dark"),
                    kind="oval",
                    anchor="middle",
                )
    deck.text(
        slide,
        Rect(grid.left, grid.bottom + 4, grid.width, 24),
        deck.para(deck.say("retention.impact_axis"), colour=muted, align="centre"),
        "eyebrow",
        anchor="middle",
    )
