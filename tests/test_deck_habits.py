"""The habits read right: the pet buzzword never doubles, never makes a second colon and never
wraps a title; a deck's titles share one size; the agenda is one type size and never runs on to
an "Agenda (cont.)" slide of its own. Asserted on the shapes the decks really have."""

from __future__ import annotations

import io
from collections import Counter

import pytest
import yaml
from pptx import Presentation

from printworks.deck import render_deck
from printworks.deck.fit import Para, Span
from printworks.deck.fitter import measurer
from printworks.deck.titling import wants_buzzword
from printworks.layout import shipped
from printworks.loader import load_role
from tests.conftest import ROLES, SEED_DOSSIER, role_from_yaml

SLUGS = [path.stem for path in sorted(ROLES.glob("*.yaml"))]
BUZZED = [  # the shipped roles with the habit
    slug
    for slug in SLUGS
    if (role := load_role(ROLES / f"{slug}.yaml")).deck and "pet_buzzword" in role.deck.habits
]
LONG = (
    "A Very Long Title About the Cross-Functional Alignment of Every Stakeholder Across "
    "the Enterprise Value Stream, Re-Baselined for the Third Time This Quarter"
)


def _content_slides(prs):
    """The slides on the deck's content layout (the one most of its slides use)."""
    layouts = Counter(s.slide_layout.name for s in prs.slides)
    content = layouts.most_common(1)[0][0]
    return [s for s in prs.slides if s.slide_layout.name == content]


def _agenda(prs):
    (agenda,) = [s for s in prs.slides if s.name == "agenda"]
    return agenda


def _title_sizes(slide) -> set[float]:
    frame = slide.shapes.title.text_frame
    return {r.font.size.pt for p in frame.paragraphs for r in p.runs if r.text.strip()}


def _agenda_runs(slide):
    """The agenda's item runs and chip runs (not its title, kicker or footers)."""
    items, chips = [], []
    for shape in slide.shapes:
        if shape.is_placeholder or not shape.has_text_frame or shape.name in ("Eyebrow",):
            continue
        if shape.name == "Draft Stamp":
            continue
        for paragraph in shape.text_frame.paragraphs:
            for run in paragraph.runs:
                if run.text.strip():
                    (chips if run.text.strip().isdigit() else items).append(run)
    return items, chips


def _deck(slides: list[dict], **deck) -> Presentation:
    text = (
        SEED_DOSSIER
        + "\n"
        + yaml.safe_dump({"deck": {"title": "Habits", **deck, "slides": slides}})
    )
    return Presentation(io.BytesIO(render_deck(role_from_yaml(text, "habits"))))


def _quote(title: str) -> dict:
    return {
        "kind": "hero_quote",
        "title": title,
        "quote": "We align.",
        "attribution": "A VP",
        "notes": "Nobody did.",
    }


@pytest.fixture(scope="module")
def shown(shipped_decks) -> dict[str, Presentation]:
    return {slug: Presentation(io.BytesIO(data)) for slug, data in shipped_decks.items()}


@pytest.mark.parametrize(
    ("title", "buzzword", "wanted"),
    [
        ("Team Velocity", "Ways of Working", True),
        ("New ways of working", "Ways of Working", False),  # said already, in another case
        ("Ways 🚀 of Working, Scaled", "Ways of Working", False),  # an emoji between its words
        ("Agile CoE: Operating Model", "Ways of Working", False),  # a colon of its own
        ("Team Velocity", "🚀", False),  # nothing left of the buzzword to add
    ],
)
def test_the_buzzword_goes_only_where_it_adds_something(title, buzzword, wanted):
    assert wants_buzzword(title, buzzword) is wanted


@pytest.mark.parametrize("slug", BUZZED)
def test_a_buzzword_title_never_doubles_never_stutters_and_stays_on_one_line(shown, slug):
    role = load_role(ROLES / f"{slug}.yaml")
    buzzword = str(role.deck.buzzword).casefold()
    layouts = shipped()
    chosen = layouts.deck.theme(role.deck.theme)
    measure, width = measurer(chosen.theme, layouts.fonts), chosen.theme.box("title").width
    dressed = 0
    for slide in _content_slides(shown[slug]):
        title = slide.shapes.title.text_frame.text
        assert title.casefold().count(buzzword) <= 1, title
        assert title.count(":") <= 1, title
        if title.casefold().endswith(buzzword) and "(cont.)" not in title:
            dressed += 1
            (size,) = _title_sizes(slide)
            para = Para((Span(title, True, False, None),))
            fitted = measure.fit((para,), width, 10 * size, size, size)
            assert fitted is not None and sum(fitted.lines) == 1, f"{title!r} wraps at {size}pt"
    assert dressed >= 3, f"{slug}: the habit dressed only {dressed} titles"


def test_a_title_that_has_the_buzzword_or_a_colon_is_left_as_it_is():
    prs = _deck(
        [_quote("Scaling ways of WORKING 🚀"), _quote("Flow: Metrics"), _quote("Flow Metrics")],
        habits=["pet_buzzword"],
        buzzword="Ways of Working",
    )
    titles = [s.shapes.title.text_frame.text for s in _content_slides(prs)]
    assert "Scaling ways of WORKING 🚀" in titles
    assert "Flow: Metrics" in titles
    assert "Flow Metrics: Ways of Working" in titles


def test_a_buzzword_that_would_wrap_the_title_is_left_off():
    prs = _deck([_quote(LONG[:70])], habits=["pet_buzzword"], buzzword="Ways of Working")
    titles = [s.shapes.title.text_frame.text for s in _content_slides(prs)]
    assert LONG[:70] in titles


@pytest.mark.parametrize("slug", SLUGS)
def test_every_content_title_of_a_deck_is_set_in_one_size(shown, slug):
    sizes = set().union(*(_title_sizes(s) for s in _content_slides(shown[slug])))
    assert len(sizes) == 1, f"{slug}: titles in {sorted(sizes)} pt"


def test_a_long_title_sets_the_size_of_every_title_in_its_deck():
    prs = _deck([_quote(LONG), _quote("Short")])
    sizes = [_title_sizes(s) for s in _content_slides(prs)]
    assert len(set().union(*sizes)) == 1
    (size,) = sizes[0]
    assert size < 28  # the long title could not be set at the theme's largest


@pytest.mark.parametrize("slug", SLUGS)
def test_the_agenda_is_set_in_one_type_size(shown, slug):
    items, chips = _agenda_runs(_agenda(shown[slug]))
    assert len(items) >= 3 and len(chips) == len(items)
    assert len({r.font.size.pt for r in items}) == 1, [r.font.size.pt for r in items]
    assert len({r.font.size.pt for r in chips}) == 1


def test_a_long_slide_title_never_sends_a_fragment_onto_an_agenda_of_its_own():
    prs = _deck([_quote(LONG * 3)])
    titles = [s.shapes.title.text_frame.text for s in prs.slides if s.shapes.title is not None]
    assert not [t for t in titles if "Agenda" in t and "(cont.)" in t], titles
    items, _chips = _agenda_runs(_agenda(prs))
    said = "".join(r.text for r in items)
    assert "…" in said  # the long item is cut short on the agenda, at a word
    assert len({r.font.size.pt for r in items}) == 1
