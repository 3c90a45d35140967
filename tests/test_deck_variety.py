"""Eight roles, eight decks: no standing skeleton. The measures of #20 over the shipped decks
(tests/deck_metrics.py says how each is taken), and every dossier section told in three kinds
or more across them."""

from __future__ import annotations

from collections import defaultdict

import pytest

from printworks.deck.order import running_order
from printworks.layout import shipped
from printworks.loader import load_role
from printworks.sections import SECTIONS
from tests import deck_metrics as metrics
from tests.conftest import ROLES
from tests.deck_metrics import LAYOUTS, LINES, TITLES, names

PATHS = sorted(ROLES.glob("*.yaml"))


@pytest.fixture(scope="module")
def roles():
    return {path.stem: load_role(path) for path in PATHS}


@pytest.fixture(scope="module")
def decks(shipped_decks) -> dict[str, bytes]:
    return {path.stem: shipped_decks[path.stem] for path in PATHS}


def test_no_two_decks_share_a_quarter_of_their_titles(decks, roles) -> None:
    named = {slug: names(role) for slug, role in roles.items()}
    found = metrics.shared_titles_found(decks, named)
    over = {
        pair: (round(share, 2), same) for pair, (share, same) in found.items() if share > TITLES
    }
    assert not over, over


def test_no_deck_prints_a_tenth_of_its_words_in_lines_four_decks_print(decks) -> None:
    found = metrics.common_lines_found(decks)
    over = {
        slug: (round(share, 2), said[:5]) for slug, (share, said) in found.items() if share > LINES
    }
    assert not over, over


def test_no_deck_has_a_fifth_of_its_slides_laid_out_as_in_three_others(decks) -> None:
    found = metrics.shared_layouts_found(decks)
    over = {slug: (round(s, 2), titles[:5]) for slug, (s, titles) in found.items() if s > LAYOUTS}
    assert not over, over


def test_the_measures_see_a_skeleton_when_there_is_one(decks) -> None:
    """The same deck eight times fails every measure: the measures can fail."""
    same = dict.fromkeys(decks, next(iter(decks.values())))
    assert all(s > LINES for s in metrics.common_lines(same).values())
    assert all(s > LAYOUTS for s in metrics.shared_layouts(same).values())


def test_every_section_is_told_in_three_kinds_across_the_decks(roles) -> None:
    deck = shipped().deck
    kinds: dict[str, set[str]] = defaultdict(set)
    for role in roles.values():
        dialect = deck.dialect(role.deck.dialect if role.deck else None)
        for step in running_order(role, dialect):
            if step.section is not None:
                kinds[step.section].add(step.kind)
    few = {s: sorted(kinds[s]) for s in SECTIONS if len(kinds[s]) < 3}
    assert not few, few


def test_every_role_speaks_its_own_dialect_and_no_theme_dresses_three(roles) -> None:
    dialects = defaultdict(list)
    themes = defaultdict(list)
    for slug, role in roles.items():
        dialects[role.deck.dialect].append(slug)
        themes[role.deck.theme].append(slug)
    assert len(dialects) >= 6 and None not in dialects, dict(dialects)
    assert all(len(worn) <= 2 for worn in themes.values()), dict(themes)
