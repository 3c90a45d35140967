"""The likeness measures of tests/deck_metrics.py, on tiny decks made by hand with python-pptx."""

from __future__ import annotations

import io

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Inches

from tests import deck_metrics as metrics

TITLE_ONLY = 5  # python-pptx's default template: "Title Only"


def deck(*slides: dict) -> bytes:
    """A deck of ``slides``, each ``{"title": ..., "lines": [...], "boxes": [(l, t, w, h)],
    "shape": MSO_SHAPE...}`` (places in inches)."""
    prs = Presentation()
    for spec in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
        slide.shapes.title.text = spec.get("title", "")
        if spec.get("lines"):
            frame = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(8), Inches(3)).text_frame
            frame.text = spec["lines"][0]
            for line in spec["lines"][1:]:
                frame.add_paragraph().text = line
        for left, top, width, height in spec.get("boxes", ()):
            box = (Inches(left), Inches(top), Inches(width), Inches(height))
            slide.shapes.add_shape(spec.get("shape", MSO_SHAPE.RECTANGLE), *box)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def test_a_title_is_compared_without_the_roles_names_emoji_case_or_cont():
    said = metrics.normalised("🚀 Agile CoE KPIs:  All GREEN (cont.)", ["Agile CoE", ""])
    assert said == "kpis all green"
    assert metrics.normalised("Ways of Working: Retro", ["ways of working"]) == "retro"


def test_shared_titles_counts_the_titles_each_deck_shares_with_the_other():
    one = deck({"title": "X Office: Operating Model"}, {"title": "Retro Wall"})
    other = deck({"title": "Y Team: Operating Model 🎯"}, {"title": "Sprint Board"})
    decks = {"a": one, "b": other}
    names = {"a": ["X Office"], "b": ["Y Team"]}
    assert metrics.shared_titles(decks, names) == {("a", "b"): 0.5}
    assert metrics.shared_titles(decks, {}) == {("a", "b"): 0.0}  # the names make them alike
    same = {"a": one, "c": one}
    assert metrics.shared_titles(same, {}) == {("a", "c"): 1.0}


def test_common_lines_counts_the_words_of_lines_four_decks_print():
    common = "Talent mobility: proof of relevance"  # five words
    decks = {
        f"d{n}": deck({"title": "01", "lines": [common, f"Deck {n} has its own line"]})
        for n in range(4)
    }
    decks["odd"] = deck({"lines": ["Only three decks print this", "and nobody else"]})
    shares = metrics.common_lines(decks)
    assert shares["odd"] == 0.0
    for n in range(4):
        # 5 of 10 words: the title "01" that every deck has, and "0".."3", are no words
        assert shares[f"d{n}"] == pytest.approx(5 / 10)
    three = {slug: data for slug, data in decks.items() if slug != "d3"}
    assert metrics.common_lines(three)["d0"] == 0.0  # now only three decks print it


def test_a_line_is_common_only_word_for_word():
    decks = {f"d{n}": deck({"lines": [f"Net score: {n} of 3 green"]}) for n in range(5)}
    assert set(metrics.common_lines(decks).values()) == {0.0}


GRID = [(1, 2, 3, 2), (4.5, 2, 3, 2), (8, 2, 3, 2), (1, 4.5, 10, 1)]


def test_shared_layouts_finds_one_arrangement_in_four_decks_whatever_its_look():
    nudged = [(left + 0.05, top + 0.05, width, height) for left, top, width, height in GRID]
    decks = {
        "a": deck({"title": "A", "boxes": GRID}, {"title": "Own", "boxes": [(1, 1, 2, 2)]}),
        "b": deck({"title": "B", "boxes": GRID, "shape": MSO_SHAPE.ROUNDED_RECTANGLE}),
        "c": deck({"title": "C", "boxes": nudged}),
        "d": deck({"title": "D", "boxes": GRID}),
        "e": deck({"title": "E", "boxes": GRID[:3]}),  # one shape fewer: another layout
    }
    shares = metrics.shared_layouts(decks)
    assert shares["a"] == 0.5  # its grid is shared, its own slide is not
    assert shares["b"] == shares["c"] == shares["d"] == 1.0
    assert shares["e"] == 0.0
    found = metrics.shared_layouts_found(decks)
    assert found["a"][1] == ["A"]


def test_a_layout_in_three_decks_only_is_not_shared():
    decks = {slug: deck({"boxes": GRID}) for slug in "abc"}
    decks["d"] = deck({"boxes": [(1, 2, 6, 2), (8, 2, 3, 2), (4.5, 2, 1, 1), (1, 4.5, 10, 1)]})
    assert set(metrics.shared_layouts(decks).values()) == {0.0}
