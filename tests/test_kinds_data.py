"""The data kinds of a role's own slides (sticky wall, burn-down, velocity, RACI, heat map,
before/after, swim lanes, spreadsheet, dashboard, logo wall): each is drawn, described, kept
inside its slide in every theme, keeps its redactions, and refuses bad content at its line."""

from __future__ import annotations

import pytest
from pptx.enum.dml import MSO_FILL

from printworks.deck.clip import cut, fitted
from printworks.deck.contrast import mix
from printworks.deck.kinds import heatmap, spreadsheet, sticky_wall, velocity
from printworks.layout import shipped
from printworks.markup import BLOCK, Text
from tests.conftest import package_bytes, role_from_yaml
from tests.kind_slides import (
    THEMES,
    own,
    role_text,
    says,
    slide,
    texts,
    walk,
)

SECRET = "hunter2 zebrafish"
HIDDEN = f"||{SECRET}||"
BAR = BLOCK * len(SECRET)


# one slide of each kind; `words` must show on the slide, `said` in its alt text
SLIDES = {
    "sticky_wall": {
        "slide": {
            "title": "Retro Themes",
            "clusters": [
                {"label": "Went well", "notes": ["Suite ran eventually", "Retry works"]},
                {"label": "To improve", "notes": [f"Who owns {HIDDEN}?", "Flaky builds"]},
                {"label": "Kudos", "notes": ["Thanks, me"]},
            ],
        },
        "words": ["Went well", "Suite ran eventually", "To improve", "Thanks, me", "Who owns"],
        "said": ["Went well", "Retry works", "[redacted]"],
    },
    "burndown": {
        "slide": {
            "title": "Test Debt Burn-Down",
            "sprints": ["S1", "S2", "S3", "S4"],
            "remaining": [120, 112, 115, 96],
            "unit": f"flaky {HIDDEN} tests",
        },
        "words": ["flaky", "tests", says("burndown.kicker", sprints=4), "96"],
        "chart": ["S1", "S4"],
        "said": ["burn-down", "flaky [redacted] tests", "S1", "S4", "96"],
    },
    "velocity": {
        "slide": {
            "title": "Velocity, Normalised",
            "sprints": ["Sprint A", f"Sprint {HIDDEN}", "Sprint C"],
            "delivered": [21, 18, 23],
            "normalised": [21, 34, 48],
            "unit": "story points",
        },
        "words": ["story points", "+66%"],
        "chart": ["Sprint A", "Sprint C", f"Sprint {BLOCK * 11}…"],  # long names are cut
        "said": ["velocity", "story points", "Sprint A", "62", "103"],
    },
    "raci": {
        "slide": {
            "title": "Quality Ownership RACI",
            "roles": ["Tester", "Developers", HIDDEN],
            "tasks": [
                {"task": "Write the tests", "cells": ["A", "R", "-"]},
                {"task": "Press retry", "cells": ["RA", "C", "I"]},
            ],
        },
        "words": ["Tester", "Developers", "Write the tests", "Press retry", "R/A", "Responsible"],
        "said": ["RACI", "Write the tests", "Developers responsible", "Tester accountable"],
    },
    "heatmap": {
        "slide": {
            "title": "Coverage Heat Map",
            "rows": ["Login", "Checkout"],
            "columns": ["Unit", HIDDEN, "Perf"],
            "values": [[0, 1, 3], [2, 3, 0]],
            "legend": ["Covered", "Partly", "Hoped", "Vibes"],
        },
        "words": ["Login", "Checkout", "Unit", "Perf", "Covered", "Vibes"],
        "said": ["heat map", "Login", "Perf", "Vibes: Login × Perf", "[redacted]"],
    },
    "before_after": {
        "slide": {
            "title": "From Manual to Automated",
            "current": {"label": "Today", "items": ["Click by hand", f"Ask {HIDDEN}"]},
            "target": {"label": "FY+1", "items": ["Click by script"]},
            "bridge": "Shift-left transformation",
        },
        "words": ["Today", "Click by hand", "FY+1", "Click by script", "Shift-left"],
        "said": ["Today", "Click by hand", "FY+1", "Shift-left transformation", "[redacted]"],
    },
    "swimlane": {
        "slide": {
            "title": "Release Quality Gate",
            "lanes": [
                {
                    "name": "Developer",
                    "steps": [{"label": "Open PR"}, {"label": "Wait", "manual": True}],
                },
                {"name": HIDDEN, "steps": [{"label": "Run the suite"}]},
            ],
        },
        "words": ["Developer", "Open PR", "Wait", "Run the suite", "Manual step"],
        "said": ["swim-lane", "Open PR", "Wait (by hand)", "[redacted]"],
    },
    "spreadsheet": {
        "slide": {
            "title": "Defect Escape Analysis",
            "columns": ["Quarter", "Bugs caught", "Cost per catch"],
            "rows": [["Q1", "0", "n/a"], ["Q2", HIDDEN, "$412,000"]],
            "circled": {"row": 1, "column": 2},
        },
        "words": ["Quarter", "Bugs caught", "Q1", "$412,000", "C3"],
        "said": ["spreadsheet", "Quarter", "C3", "$412,000"],
    },
    "dashboard": {
        "slide": {
            "title": "Quality Health Dashboard",
            "headline": "100% PASSING",
            "checks": [
                {"label": "Suite executed"},
                {"label": f"Nobody {HIDDEN} complained", "status": "NOT YET"},
            ],
        },
        "words": [
            "100% PASSING",
            "Suite executed",
            says("dashboard.status"),
            "NOT YET",
            says("dashboard.summary", count=2),
        ],
        "said": ["100% PASSING", "Suite executed", "NOT YET", "[redacted]"],
    },
    "logo_wall": {
        "slide": {
            "title": "Tooling Partner Ecosystem",
            "logos": ["Seleniumly", "Flakebase", HIDDEN, "RetryHub", "Assertify"],
            "caption": "Partnerships in various stages of free trial.",
        },
        "words": [
            "Seleniumly",
            "Flakebase",
            "RetryHub",
            "free trial",
            says("logo_wall.more", count=0).partition("0")[2].strip(),
        ],
        "said": ["5 partner logos", "Seleniumly", "[redacted]", "free trial"],
    },
}
KINDS = list(SLIDES)


# what every kind of this group is held to (tests/test_kinds_every.py): the least shapes in its
# diagram, and how far (points) the diagram may stand past the body
LEAST, SLACK = 3, 4


def _role_text(slides: list[dict]) -> str:
    return role_text("Quality at Velocity", slides)


# --- what a reader sees -----------------------------------------------------------------------


def test_charts_are_native_and_carry_the_sprints(every_kind_shown):
    for kind, chart_type in (("burndown", "LINE"), ("velocity", "COLUMN_CLUSTERED")):
        slide = own(every_kind_shown["consultancy"], SLIDES, kind)
        charts = [s for s in walk(slide.shapes) if getattr(s, "has_chart", False) and s.has_chart]
        assert len(charts) == 1
        chart = charts[0].chart
        assert chart.chart_type.name.startswith(chart_type)
        assert all(c in list(chart.plots[0].categories) for c in SLIDES[kind]["chart"])
    burn = next(
        s
        for s in walk(own(every_kind_shown["consultancy"], SLIDES, "burndown").shapes)
        if s.has_chart
    )
    ideal = list(burn.chart.plots[0].series[1].values)
    assert ideal[0] == 120 and ideal[-1] == 0  # the ideal reaches zero; the work never does
    here = burn.chart.plots[0].series[0].points[3].data_label
    assert here.has_text_frame and here.text_frame.text == says("burndown.here")


def test_the_spreadsheet_is_a_native_table_with_letters_numbers_and_a_red_ring(every_kind_shown):
    slide = own(every_kind_shown["consultancy"], SLIDES, "spreadsheet")
    tables = [s for s in walk(slide.shapes) if getattr(s, "has_table", False) and s.has_table]
    assert len(tables) == 1
    table = tables[0].table
    assert [c.text.strip() for c in table.rows[0].cells] == ["", "A", "B", "C"]
    assert [r.cells[0].text for r in table.rows][1:] == ["1", "2", "3"]
    assert table.cell(1, 1).text == "Quarter"
    ring = [s for s in walk(slide.shapes) if s.name.startswith("Oval")]
    assert len(ring) == 1
    bad = shipped().deck.theme("consultancy").theme.colour("bad")
    assert str(ring[0].line.color.rgb) == bad


def test_every_dashboard_badge_is_green(every_kind_shown):
    slide = own(every_kind_shown["consultancy"], SLIDES, "dashboard")
    good = shipped().deck.theme("consultancy").theme.colour("good")
    badges = [
        s
        for s in walk(slide.shapes)
        if s.has_text_frame and s.text_frame.text in (says("dashboard.status"), "NOT YET")
    ]
    assert len(badges) == 2
    assert all(str(b.fill.fore_color.rgb) == good for b in badges)


def test_sticky_notes_lean_and_wear_the_theme_sticky_colours(every_kind_shown):
    slide = own(every_kind_shown["agile"], SLIDES, "sticky_wall")
    stickies = set(shipped().deck.theme("agile").theme.sticky)
    notes = [
        s
        for s in walk(slide.shapes)
        if s.has_text_frame
        and s.text_frame.text
        and s.fill.type == MSO_FILL.SOLID
        and str(s.fill.fore_color.rgb) in stickies
    ]
    assert len(notes) == 5
    assert len({n.rotation for n in notes}) > 1
    assert all(abs(n.rotation if n.rotation < 180 else n.rotation - 360) <= 4 for n in notes)


# --- redactions ---------------------------------------------------------------------------------
@pytest.mark.parametrize("theme", THEMES)
def test_redacted_labels_are_bars_and_their_words_are_nowhere_in_the_file(
    every_kind_decks, every_kind_shown, theme
):
    everything = package_bytes(every_kind_decks[theme])
    for word in SECRET.split():
        assert word.encode() not in everything
    for kind in KINDS:
        slide = own(every_kind_shown[theme], SLIDES, kind)
        if kind in ("burndown", "velocity"):
            continue  # checked below: their redactions are in the chart or the card
        assert any(BAR in t for t in texts(slide)), f"{kind} shows no bar in {theme}"
    burndown = " ".join(texts(own(every_kind_shown[theme], SLIDES, "burndown")))
    assert f"flaky {BAR} tests" in burndown


# --- bad content --------------------------------------------------------------------------------
BAD = {
    "sticky_wall": (
        {"clusters": [{"label": "A", "notes": ["x"]}] * 5},
        "clusters: may have at most 4 items, has 5",
    ),
    "burndown": ({"remaining": [1, 2, 3]}, "remaining has 3 figures for 4 sprints"),
    "velocity": ({"normalised": [1, 2, 3, 4]}, "normalised has 4 figures for 3 sprints"),
    "raci": (
        {"tasks": [{"task": "Retry", "cells": ["R", "X", "I"]}]},
        "tasks[0].cells[1]: 'X' is not one of the values allowed here; "
        "the choices: R, A, C, I, RA, -",
    ),
    "heatmap": ({"values": [[0, 1, 4], [0, 0, 0]]}, "values[0]: each shade is 0, 1, 2 or 3"),
    "before_after": (
        {"target": {"label": "FY+1", "items": ["x"] * 8}},
        "target.items: may have at most 7 items, has 8",
    ),
    "swimlane": (
        {"lanes": [{"name": "Solo", "steps": [{"label": "Wait"}]}]},
        "lanes: needs at least 2 items, has 1",
    ),
    "spreadsheet": (
        {"circled": {"row": 5, "column": 0}},
        "circled names row 5, column 0: the table has rows 0 to 1 and columns 0 to 2",
    ),
    "dashboard": (
        {"checks": [{"label": "Green"}] * 13},
        "checks: may have at most 12 items, has 13",
    ),
    "logo_wall": ({"logos": ["One", "Two"]}, "logos: needs at least 3 items, has 2"),
}


# --- the parts --------------------------------------------------------------------------------
def test_a_cut_label_ends_at_a_word_and_keeps_its_bar_a_bar():
    text = Text.parse(f"Who owns {HIDDEN} and why")
    assert str(cut(text, 6)) == "Who…"
    assert str(cut(text, 8)) == "Who owns…"
    assert str(cut(text, 14)) == "Who owns " + BLOCK * 5 + "…"  # a bar only shortens
    assert cut(text, 100) is text
    assert str(fitted(text, lambda t: len(t) <= 10)) == "Who owns…"
    assert str(cut(Text.parse("A long, winding tale"), 8)) == "A long…"


def test_the_heat_shades_run_from_pale_warning_to_bad():
    theme = shipped().deck.theme("consultancy").theme

    class Colours:
        def colour(self, name):
            return theme.colour(name)

    shades = heatmap.shades(Colours())
    assert shades[0] == theme.colour("warn_pale") and shades[2] == theme.colour("warn")
    assert shades[3] == theme.colour("bad") and len(set(shades)) == 4
    assert mix("000000", "FFFFFF", 0.5) == "808080"
    assert mix("102030", "FFFFFF", 0) == "102030" and mix("102030", "FFFFFF", 1) == "FFFFFF"


def test_spreadsheet_columns_are_lettered_as_a_sheet_letters_them():
    assert [spreadsheet.letter(i) for i in (0, 1, 25, 26, 27, 51, 52)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
    ]


def test_velocity_uplift_and_note_lean_are_the_same_every_run():
    content = role_from_yaml(_role_text([slide(SLIDES, "velocity")])).deck.slides[0]
    assert velocity.uplift(content) == 66
    assert sticky_wall.tilt(Text.plain("x"), 3) == sticky_wall.tilt(Text.plain("x"), 3)
