"""Every fact a shipped deck states twice agrees with itself: the talent dot and its note, the
glossary's codes and the slides' kickers, the number of titles, the order of the close, and a
diagram's layers (each says something on the slide, not only in the notes)."""

from __future__ import annotations

import io

import pytest
from pptx import Presentation

from tests import deck_consistency as check
from tests.conftest import ROLES

SLUGS = [path.stem for path in sorted(ROLES.glob("*.yaml"))]
ROADMAPS = ("roadmap", "three_horizons", "staircase")  # a plan for later


@pytest.fixture(scope="module")
def shown(shipped_decks) -> dict[str, Presentation]:
    return {slug: Presentation(io.BytesIO(data)) for slug, data in shipped_decks.items()}


def test_every_slide_names_its_kind(shown):
    for slug, prs in shown.items():
        assert all(check.kind(slide) for slide in prs.slides), slug
        assert check.kind(prs.slides[0]) == "cover", slug


def test_the_talent_note_names_the_row_the_dot_marks(shown):
    checked = 0
    for slug, prs in shown.items():
        for slide in prs.slides:
            found = check.marked_scale(slide)
            if found is None:
                continue
            checked += 1
            said = check.named_steps(check.notes(slide), found.steps)
            assert said == {found.marked}, (
                f"{slug}: the slide marks {found.marked!r}, the notes say {sorted(said)}"
            )
    assert checked, "no shipped deck marks a scale: the check checked nothing"


def test_every_talent_outlook_marks_a_scale(shown):
    for slug, prs in shown.items():
        for slide in prs.slides:
            if check.is_kind(slide, "retention", "talent_outlook"):
                assert check.marked_scale(slide) is not None, slug


def test_the_glossary_defines_only_the_codes_the_slides_print(shown):
    glossaries = 0
    for slug, prs in shown.items():
        defined, printed = check.glossary_codes(prs)
        if defined:
            glossaries += 1
            unprinted = sorted(defined - printed)
            assert not unprinted, f"{slug}: the glossary defines codes no slide prints: {unprinted}"
    assert glossaries, "no shipped deck has a glossary: the check checked nothing"


@pytest.mark.parametrize("slug", SLUGS)
def test_every_count_of_titles_agrees(shown, slug):
    counts = check.title_counts(shown[slug])
    assert len(counts) <= 1, f"{slug}: {counts}"


@pytest.mark.parametrize("slug", SLUGS)
def test_no_roadmap_comes_after_the_next_steps(shown, slug):
    later = check.after_next_steps(shown[slug])
    assert not [k for k in later if k.split(".")[-1] in ROADMAPS], f"{slug}: {later}"


@pytest.mark.parametrize("slug", SLUGS)
def test_every_layer_of_a_stack_says_something_on_the_slide(shown, slug):
    assert check.bare_layers(shown[slug]) == []
