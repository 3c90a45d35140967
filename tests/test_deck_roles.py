"""Every role presents its own deck: its title on the cover, its theme, its slides, and a deck
a screen reader can follow (every slide titled once, every diagram and chart described, the
ornaments marked as such, the footers read last)."""

from __future__ import annotations

import io
import itertools
import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from printworks.deck import render_deck
from printworks.errors import RoleInvalid
from printworks.loader import load_role
from tests.conftest import ROLES, SEED_DOSSIER, role_from_yaml

PATHS = sorted(ROLES.glob("*.yaml"))
DECORATIVE = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"


@pytest.fixture(scope="module")
def decks(shipped_decks) -> dict[str, bytes]:
    return {path.stem: shipped_decks[path.stem] for path in PATHS}


@pytest.fixture(scope="module")
def opened(decks) -> dict[str, Presentation]:
    return {slug: Presentation(io.BytesIO(data)) for slug, data in decks.items()}


def _titles(prs) -> list[str]:
    return [slide.shapes.title.text_frame.text for slide in prs.slides]


def _walk(shapes):
    for shape in shapes:
        yield shape
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _walk(shape.shapes)


def _alt(shape) -> str:
    props = shape.element.find(".//{*}cNvPr")
    return props.get("descr", "") if props is not None else ""


def _decorative(shape) -> bool:
    return shape.element.find(f".//{DECORATIVE}") is not None


# ---- each deck is its role's own --------------------------------------------------------


def test_each_cover_shows_its_roles_deck_title(opened) -> None:
    for path in PATHS:
        role = load_role(path)
        cover = opened[path.stem].slides[0]
        assert cover.shapes.title.text_frame.text == str(role.deck.title), path.stem


def test_no_two_roles_share_more_than_two_fifths_of_their_titles(opened) -> None:
    titles = {slug: set(_titles(prs)) for slug, prs in opened.items()}
    for one, other in itertools.combinations(titles, 2):
        shared = titles[one] & titles[other]
        smaller = min(len(titles[one]), len(titles[other]))
        assert len(shared) <= 0.4 * smaller, (one, other, sorted(shared))


def test_the_shipped_roles_use_four_themes_and_twelve_kinds() -> None:
    roles = [load_role(path) for path in PATHS]
    assert all(role.deck for role in roles), "every shipped role has a deck section"
    assert len({role.deck.theme for role in roles}) >= 4
    kinds = {slide.kind for role in roles for slide in role.deck.slides}
    assert len(kinds) >= 12, sorted(kinds)
    assert all(len(role.deck.slides) >= 4 for role in roles)


def test_each_deck_is_drawn_in_its_roles_theme(opened) -> None:
    families = set()
    for path in PATHS:
        xml = opened[path.stem].slides[1].shapes.title.element.xml
        families.add(re.search(r'latin typeface="([^"]+)"', xml)[1])
    assert len(families) >= 3, families


# ---- a deck a screen reader can follow ---------------------------------------------------


def test_every_slide_has_a_title_and_no_two_share_one(opened) -> None:
    for slug, prs in opened.items():
        titles = _titles(prs)
        assert all(t.strip() for t in titles), slug
        doubles = [t for t in titles if titles.count(t) > 1]
        assert not doubles, (slug, doubles)


def test_every_chart_group_and_picture_says_what_it_shows(opened) -> None:
    for slug, prs in opened.items():
        for number, slide in enumerate(prs.slides, start=1):
            for shape in _walk(slide.shapes):
                kind = shape.shape_type
                if kind in (MSO_SHAPE_TYPE.GROUP, MSO_SHAPE_TYPE.PICTURE) or getattr(
                    shape, "has_chart", False
                ):
                    alt = _alt(shape)
                    assert alt.strip(), (slug, number, shape.name)
                    assert not re.search(r"\.(png|jpe?g|emf|svg)\b", alt), alt


def test_stamps_and_chevrons_are_marked_decorative(opened) -> None:
    seen = 0
    for prs in opened.values():
        for slide in prs.slides:
            for shape in _walk(slide.shapes):
                if shape.name in ("Draft Stamp", "Chevron"):
                    assert _decorative(shape), shape.name
                    seen += 1
    assert seen > 50


def test_a_slide_reads_title_first_and_footers_last(opened) -> None:
    for slug, prs in opened.items():
        for number, slide in enumerate(prs.slides, start=1):
            named = [s.name for s in slide.shapes if not _decorative(s)]
            title = slide.shapes.title.name
            assert named[0] == title, (slug, number, named[:3])
            assert named[-3:] == ["Footer Confidential", "Footer Brand", "Slide Number"], (
                slug,
                number,
                named[-4:],
            )


def test_a_diagram_reads_as_one_group_in_its_place(opened) -> None:
    """A role's own slide holds its diagram as one described group, after the title."""
    for path in PATHS:
        role = load_role(path)
        prs = opened[path.stem]
        titles = _titles(prs)
        for own in role.deck.slides:
            matches = [i for i, t in enumerate(titles) if str(own.title.one_line()) in t]
            assert matches, (path.stem, str(own.title))
            slide = prs.slides[matches[0]]
            groups = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
            assert len(groups) == 1 and _alt(groups[0]), (path.stem, str(own.title))


def test_libreoffice_opens_every_shipped_deck_one_page_a_slide(opened, shipped_pdfs) -> None:
    from tests.shared import pdf_pages

    pages = {slug: pdf_pages(shipped_pdfs[slug]) for slug in opened}
    assert pages == {slug: len(prs.slides) for slug, prs in opened.items()}


def test_shipped_decks_are_the_same_bytes_run_to_run(decks) -> None:
    path = PATHS[0]
    assert render_deck(load_role(path)) == decks[path.stem]


# ---- a deck section with a mistake -------------------------------------------------------


def _problems(deck_yaml: str) -> list[str]:
    with pytest.raises(RoleInvalid) as caught:
        role_from_yaml(SEED_DOSSIER + deck_yaml, "bad")
    return [str(p) for p in caught.value.problems]


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_an_unknown_kind_names_the_kinds_there_are() -> None:
    deck = "deck:\n  title: T\n  slides:\n    - kind: gantt\n      title: X\n      notes: Y\n"
    (problem,) = _problems(deck)
    line = _line(SEED_DOSSIER + deck, "kind: gantt")
    assert problem.startswith(f"bad.yaml:{line}:")
    assert "deck.slides[0]" in problem and "'gantt'" in problem and "matrix" in problem


def test_a_matrix_with_three_quadrants_says_it_needs_four() -> None:
    quadrant = "        - {label: Q}\n"
    deck = (
        "deck:\n  title: T\n  slides:\n    - kind: matrix\n      title: X\n      notes: Y\n"
        "      x_axis: {label: A, low: L, high: H}\n      y_axis: {label: B, low: L, high: H}\n"
        "      us: {label: Us, x: 80, y: 80}\n      quadrants:\n" + quadrant * 3
    )
    (problem,) = _problems(deck)
    line = _line(SEED_DOSSIER + deck, "quadrants:")
    assert problem.startswith((f"bad.yaml:{line}:", f"bad.yaml:{line + 1}:"))
    assert "deck.slides[0].quadrants: a 2×2 has four quadrants" in problem


def test_a_misspelt_habit_names_the_habits_there_are() -> None:
    deck = "deck:\n  title: T\n  habits: [emoji_title]\n"
    (problem,) = _problems(deck)
    line = _line(SEED_DOSSIER + deck, "emoji_title")
    assert problem.startswith(f"bad.yaml:{line}:")
    assert "deck.habits[0]" in problem and "emoji_titles" in problem


def test_a_redacted_word_is_nowhere_in_any_part_of_a_deck(tmp_path: Path) -> None:
    deck = (
        "deck:\n  title: Budget ||PINEAPPLE|| plan\n  slides:\n"
        "    - kind: hero_number\n      title: Spend ||MANGOSTEEN||\n"
        "      number: '10×'\n      label: Saved on ||DURIAN|| alone\n"
        "      notes: The ||RAMBUTAN|| figure is invented.\n"
    )
    data = render_deck(role_from_yaml(SEED_DOSSIER + deck, "fruit"))
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            blob = package.read(name)
            for word in (b"PINEAPPLE", b"MANGOSTEEN", b"DURIAN", b"RAMBUTAN"):
                assert word not in blob, (name, word)
