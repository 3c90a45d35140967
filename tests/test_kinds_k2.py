"""The research and engineering kinds (leaderboard, loss curve, pipeline run, testimonial wall,
health check): each is drawn, described, kept inside its slide in every theme, keeps its
redactions, draws its data as a native chart or table where it has data, and refuses bad
content at its line."""

from __future__ import annotations

import pytest
from pptx.enum.shapes import MSO_SHAPE_TYPE

from printworks.content import leaderboard, loss_curve, pipeline_run
from printworks.layout import shipped
from printworks.markup import BLOCK
from tests.conftest import package_bytes, role_from_yaml
from tests.kind_slides import (
    THEMES,
    charts,
    own,
    role_text,
    says,
    slide,
    texts,
    walk,
)

SECRET = "quokka marzipan"
HIDDEN = f"||{SECRET}||"
BAR = BLOCK * len(SECRET)


# one slide of each kind; `words` must show on the slide, `said` in its alt text
SLIDES = {
    "leaderboard": {
        "slide": {
            "title": "Eval Leaderboard",
            "metric": "Accuracy (%)",
            "entries": [
                {"name": "baseline-7b", "score": 61.2, "note": "the one that works"},
                {"name": "ours-v3-final", "score": 88.4, "note": "evaluated on the train set"},
                {"name": f"ours-{HIDDEN}", "score": 79.0, "note": "seed 3 of 40"},
                {"name": "GPT-ish", "score": 74.5},
            ],
        },
        "words": [
            "ours-v3-final",
            "88.4",
            says("leaderboard.best"),
            "Accuracy (%)",
            "evaluated on the train set",
        ],
        "said": ["leaderboard", "1. ours-v3-final (88.4)", "4. baseline-7b (61.2)", "[redacted]"],
    },
    "loss_curve": {
        "slide": {
            "title": "Training Loss",
            "steps": ["0", "1k", "2k", "3k", "4k", "5k", f"6k {HIDDEN}"],
            "curves": [
                {"name": "train", "values": [2.9, 1.8, 1.1, 0.7, 0.4, 0.21, 0.09]},
                {"name": "validation", "values": [2.9, 2.0, 1.7, 1.75, 1.9, 2.3, 2.8]},
            ],
            "caption": f"Validation was {HIDDEN} consulted.",
        },
        "words": [says("loss_curve.kicker"), "0.09", "Validation was"],
        "said": ["loss curve", "train from 2.9 to 0.09", "validation", "[redacted]"],
    },
    "pipeline_run": {
        "slide": {
            "title": "Nightly Pipeline",
            "run": "#4812 nightly",
            "stages": [
                {"name": "lint", "status": "pass", "duration": "12s"},
                {"name": "unit tests", "status": "pass", "duration": "4m", "note": "3 retried"},
                {"name": "integration", "status": "fail", "note": f"timeout on {HIDDEN}"},
                {"name": "e2e", "status": "skipped", "note": "depends on integration"},
                {"name": "deploy", "status": "pass", "note": "deployed anyway"},
            ],
        },
        "words": [
            "lint",
            "integration",
            says("pipeline_run.status.pass"),
            says("pipeline_run.status.fail"),
            says("pipeline_run.status.skipped"),
            "#4812 nightly",
        ],
        "said": [
            "pipeline run",
            "3 passed, 1 failed, 1 skipped",
            f"3. integration: {says('pipeline_run.status.fail')}",
        ],
    },
    "testimonial_wall": {
        "slide": {
            "title": "What Builders Say",
            "quotes": [
                {"quote": "I shipped it before reading it.", "name": "Kate", "handle": "@kate"},
                {"quote": f"It replaced {HIDDEN} entirely.", "name": "Dev", "stars": 5},
                {"quote": "Ten times faster at everything.", "name": "Anon", "stars": 2},
            ],
        },
        "words": ["I shipped it before reading it.", "Kate", "@kate", "entirely"],
        "said": ["3 testimonials", "Kate (@kate)", "5 of 5 stars", "[redacted]"],
    },
    "health_check": {
        "slide": {
            "title": "Squad Health Check",
            "columns": ["Alpha", "Beta", f"{HIDDEN}"],
            "areas": [
                {
                    "area": "Fun",
                    "note": "mandatory",
                    "cells": [
                        {"light": "green", "trend": "up"},
                        {"light": "amber"},
                        {"light": "red", "trend": "down"},
                    ],
                },
                {
                    "area": "Speed",
                    "cells": [{"light": "green"}, {"light": "green"}, {"light": "amber"}],
                },
            ],
        },
        "words": [
            "Fun",
            "Speed",
            "Alpha",
            "mandatory",
            says("health_check.trend.up"),
            says("health_check.trend.down"),
        ],
        "said": [
            "health check of 2 areas",
            f"Fun: Alpha {says('health_check.light.green')}, {says('health_check.trend.up')}",
            f"{says('health_check.light.red')}, {says('health_check.trend.down')}",
        ],
    },
}
KINDS = list(SLIDES)


# what every kind of this group is held to (tests/test_kinds_every.py): the least shapes in its
# diagram, and how far (points) the diagram may stand past the body
LEAST, SLACK = 5, 2


def _role_text(slides: list[dict]) -> str:
    return role_text("Models at Scale", slides)


def _fills(slide, colour: str) -> list:
    return [
        s
        for s in walk(slide.shapes)
        if s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE
        and s.fill.type == 1  # solid
        and str(s.fill.fore_color.rgb) == colour
    ]


def _theme(name: str):
    return shipped().deck.theme(name).theme


# --- what a reader sees -----------------------------------------------------------------------


def test_the_leaderboard_ranks_best_first_in_bold_with_a_native_chart_by_rank(every_kind_shown):
    slide = own(every_kind_shown["consultancy"], SLIDES, "leaderboard")
    (chart,) = charts(slide)
    assert chart.chart_type.name.startswith("COLUMN_CLUSTERED")
    assert list(chart.plots[0].categories) == [
        f"{says('leaderboard.rank')}{n}" for n in (1, 2, 3, 4)
    ]
    assert list(chart.plots[0].series[0].values) == [88.4, 79.0, 74.5, 61.2]
    runs = {
        run.text: run.font.bold
        for shape in walk(slide.shapes)
        if shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs
        for run in paragraph.runs
    }
    assert runs["ours-v3-final"] and runs["88.4"]
    assert not runs["baseline-7b"] and not runs["61.2"]
    tops = {t: s.top for s in walk(slide.shapes) if s.has_text_frame and (t := s.text_frame.text)}
    assert tops["ours-v3-final"] < tops["GPT-ish"] < tops["baseline-7b"]


def test_the_loss_curve_is_a_native_line_chart_of_every_curve(every_kind_shown):
    (chart,) = charts(own(every_kind_shown["consultancy"], SLIDES, "loss_curve"))
    assert chart.chart_type.name.startswith("LINE")
    assert [s.name for s in chart.plots[0].series] == ["train", "validation"]
    assert list(chart.plots[0].series[0].values)[-1] == 0.09
    assert list(chart.plots[0].categories)[:2] == ["0", "1k"]


@pytest.mark.parametrize("theme", THEMES)
def test_each_stage_wears_its_status_colour(every_kind_shown, theme):
    slide = own(every_kind_shown[theme], SLIDES, "pipeline_run")
    colours = _theme(theme)
    assert len(_fills(slide, colours.colour("good"))) == 3
    assert len(_fills(slide, colours.colour("bad"))) == 1
    assert len(_fills(slide, colours.colour("muted"))) == 1


def test_the_health_check_lights_each_cell_and_keys_them(every_kind_shown):
    slide = own(every_kind_shown["consultancy"], SLIDES, "health_check")
    colours = _theme("consultancy")
    # three green cells and the key's one; two amber and the key's; one red and the key's
    for name, count in (("good", 3 + 1), ("warn", 2 + 1), ("bad", 1 + 1)):
        dots = [s for s in _fills(slide, colours.colour(name)) if s.name.startswith("Oval")]
        assert len(dots) == count, name
    arrows = [s for s in walk(slide.shapes) if "Arrow" in s.name]
    assert len(arrows) == 6 + 3


def test_testimonials_show_their_stars_filled_to_the_rating(every_kind_shown):
    slide = own(every_kind_shown["consultancy"], SLIDES, "testimonial_wall")
    stars = [s for s in walk(slide.shapes) if s.name.startswith("5-Point Star")]
    assert len(stars) == 10
    filled = [s for s in stars if s.fill.type == 1]
    assert len(filled) == 5 + 2


# --- redactions ---------------------------------------------------------------------------------
@pytest.mark.parametrize("theme", THEMES)
def test_redacted_words_are_bars_and_nowhere_in_the_file(every_kind_decks, every_kind_shown, theme):
    everything = package_bytes(every_kind_decks[theme])
    for word in SECRET.split():
        assert word.encode() not in everything
    for kind in KINDS:
        shown = texts(own(every_kind_shown[theme], SLIDES, kind))
        assert any(BLOCK * 3 in t for t in shown), f"{kind} shows no bar in {theme}"


# --- bad content --------------------------------------------------------------------------------
BAD = {
    "leaderboard": ({"entries": [{"name": "solo", "score": 1}]}, "entries: needs at least 2"),
    "loss_curve": (
        {"curves": [{"name": "train", "values": [3, 2, 1]}]},
        "curves[0].values has 3 values for 7 steps",
    ),
    "pipeline_run": (
        {"stages": [{"name": "lint", "status": "pass"}, {"name": "e2e", "status": "flaky"}]},
        "the choices: pass, fail, skipped",
    ),
    "testimonial_wall": (
        {"quotes": [{"quote": "Wow", "name": "A", "stars": 6}, {"quote": "Hm", "name": "B"}]},
        "must be at most 5, got 6",
    ),
    "health_check": (
        {"areas": [{"area": "Fun", "cells": [{"light": "green"}]}]},
        "areas[0].cells has 1 lights for 3 columns",
    ),
}


# --- the parts --------------------------------------------------------------------------------
def _content(kind: str, **extra):
    return role_from_yaml(_role_text([slide(SLIDES, kind, **extra)])).deck.slides[0]


def test_ranking_follows_the_direction_of_the_metric_and_keeps_ties_in_order():
    board = _content("leaderboard")
    assert [e.score for e in leaderboard.ranked(board)] == [88.4, 79.0, 74.5, 61.2]
    lower = _content("leaderboard", lower_is_better=True)
    assert [e.score for e in leaderboard.ranked(lower)] == [61.2, 74.5, 79.0, 88.4]
    tied = _content("leaderboard", entries=[{"name": n, "score": 1} for n in ("a", "b", "c")])
    assert [e.name.visible for e in leaderboard.ranked(tied)] == ["a", "b", "c"]


def test_the_lowest_point_and_the_tally_are_counted_from_the_content():
    assert loss_curve.lowest(_content("loss_curve")) == (6, 7)
    assert pipeline_run.counts(_content("pipeline_run")) == {"pass": 3, "fail": 1, "skipped": 1}
