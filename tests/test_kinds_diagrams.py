"""The diagram kinds of a role's own deck: matrix, pyramid, cycle, funnel, roadmap, iceberg,
hype curve, venn, stack and staircase, each as a reader of the .pptx would check it."""

from __future__ import annotations

import io
import re
import zipfile
from functools import cache
from math import cos, radians, sin

import pytest
import yaml
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from printworks.deck import DeckOptions, render_deck
from printworks.errors import RoleInvalid
from printworks.layout import shipped
from tests.conftest import SEED_DOSSIER, reader_text, role_from_yaml
from tests.kind_slides import walk

EMU_PER_PT = 12700
ZWSP = "\u200b"
BLOCK = "\u2588"
THEMES = ["consultancy", "agile", "startup", "enterprise"]

# each kind's slide, with one redacted span whose hidden word is found nowhere else
SLIDES = {
    "matrix": {
        "kind": "matrix",
        "title": "Where Quality Sits in the Value Landscape",
        "notes": "Every 2x2 puts its author top right.",
        "x_axis": {"label": "Test Coverage", "low": "Anecdotal", "high": "Exhaustive"},
        "y_axis": {"label": "Perceived Rigour", "low": "Hopeful", "high": "Ceremonial"},
        "quadrants": [
            {"label": "Theatre", "items": ["Green dashboards"]},
            {"label": "Excellence", "items": ["The retry policy"]},
            {"label": "Vibes", "items": ["Manual QA", "||Zanzibar operation||"]},
            {"label": "Flaky Middle", "items": ["Sleep five seconds"]},
        ],
        "us": {"label": "Quality Office", "x": 88, "y": 91},
    },
    "pyramid": {
        "kind": "pyramid",
        "title": "Our Inverted Test Pyramid",
        "notes": "Upside down, because end-to-end tests demo better.",
        "inverted": True,
        "levels": [
            {"label": "End-to-end UI tests", "note": "2,400 tests"},
            {"label": "Integration tests", "note": "||Quokka cluster||"},
            {"label": "Unit tests", "note": "written by developers"},
        ],
    },
    "cycle": {
        "kind": "cycle",
        "title": "The Continuous Quality Flywheel",
        "notes": "Nothing leaves the flywheel.",
        "centre": "Quality Culture",
        "stages": [
            {"label": "Write the test", "note": "In the new framework"},
            {"label": "Watch it flake"},
            {"label": "Add a retry", "note": "Up to seven"},
            {"label": "||Marzipan review||"},
        ],
    },
    "funnel": {
        "kind": "funnel",
        "title": "The Defect Detection Funnel",
        "notes": "One bug, and it was ours.",
        "stages": [
            {"label": "Tests run", "value": "2,800 per merge"},
            {"label": "Tests failed", "value": "||Kumquat count||"},
            {"label": "Real bugs found", "value": "1 (ours)"},
        ],
    },
    "roadmap": {
        "kind": "roadmap",
        "title": "Playwright Migration Roadmap",
        "notes": "Every milestone has moved right at least once.",
        "milestones": [
            {"when": "Q1 2025", "label": "Phase 1 kick-off"},
            {"when": "Q4 2025", "was": "Q2 2025", "label": "Phase 1 complete"},
            {"when": "Q2 2026", "label": "||Tangerine cutover||"},
        ],
    },
    "iceberg": {
        "kind": "iceberg",
        "title": "What Leadership Sees",
        "notes": "Below the waterline is mostly retries.",
        "above": ["A green build badge"],
        "below": ["Seven automatic retries", "A five-second sleep", "||Narwhal spreadsheet||"],
    },
    "hype_curve": {
        "kind": "hype_curve",
        "title": "The Quality Hype Cycle",
        "notes": "We have been at the peak for three years.",
        "we_are_here": "peak",
        "points": [
            {"label": "Record-and-replay", "phase": "trough"},
            {"label": "Self-healing tests", "phase": "peak"},
            {"label": "||Gazpacho engine||", "phase": "slope"},
        ],
    },
    "venn": {
        "kind": "venn",
        "title": "The Sweet Spot of Quality",
        "notes": "Where three things that do not overlap overlap.",
        "circles": ["Automation", "Governance", "Headcount"],
        "centre": "Quality ||Yodel||",
    },
    "stack": {
        "kind": "stack",
        "title": "The Quality Platform Reference Architecture",
        "notes": "Every layer has a dashboard.",
        "side": "Observability and Governance",
        "layers": [
            {"label": "Experience", "items": ["Allure report", "Slack bot"]},
            {"label": "Frameworks", "items": ["Cypress", "||Walrus DSL||"]},
            {"label": "Infrastructure", "items": ["Jenkins"]},
        ],
    },
    "staircase": {
        "kind": "staircase",
        "title": "Test Automation Maturity Model",
        "notes": "Level five is funded for next year.",
        "steps": ["Manual", "Scripted", "Automated", "||Pelican mode||", "Autonomous"],
        "we_are_at": 3,
        "target": 5,
    },
}
HIDDEN = {
    "matrix": "Zanzibar operation",
    "pyramid": "Quokka cluster",
    "cycle": "Marzipan review",
    "funnel": "Kumquat count",
    "roadmap": "Tangerine cutover",
    "iceberg": "Narwhal spreadsheet",
    "hype_curve": "Gazpacho engine",
    "venn": "Yodel",
    "stack": "Walrus DSL",
    "staircase": "Pelican mode",
}
# words a reader sees on the slide, and hears in its alt text
WORDS = {
    "matrix": ["Theatre", "Excellence", "Test Coverage", "Perceived Rigour", "Quality Office"],
    "pyramid": ["End-to-end UI tests", "Integration tests", "Unit tests", "2,400 tests"],
    "cycle": ["Write the test", "Watch it flake", "Add a retry", "Quality Culture"],
    "funnel": ["Tests run", "2,800 per merge", "Real bugs found", "1 (ours)"],
    "roadmap": ["Phase 1 kick-off", "Q4 2025", "Q2 2025", "Phase 1 complete"],
    "iceberg": ["A green build badge", "Seven automatic retries", "A five-second sleep"],
    "hype_curve": ["Record-and-replay", "Self-healing tests"],
    "venn": ["Automation", "Governance", "Headcount", "Quality"],
    "stack": ["Experience", "Allure report", "Cypress", "Observability and Governance"],
    "staircase": ["Manual", "Scripted", "Automated", "Autonomous"],
}


# what the slide says of its own (the deck's copy), beside the role's words
def _says(key: str, **context) -> str:
    """What the default dialect says at ``key`` (the kinds' own words are the dialect's)."""
    return str(shipped().deck.dialect().copy.text(f"kinds.{key}", **context))


SAYS = {
    "hype_curve": [_says("hype_curve.here"), _says("hype_curve.peak"), _says("hype_curve.plateau")],
    "staircase": [
        _says("staircase.here"),
        _says("staircase.target"),
        _says("staircase.level", number=5),
    ],
}
KINDS = list(SLIDES)


def _role_text(slides: list[dict]) -> str:
    deck = {"deck": {"title": "Quality at the Speed of Retry", "slides": slides}}
    seed = SEED_DOSSIER
    return seed.rstrip("\n") + "\n\n" + yaml.safe_dump(deck, allow_unicode=True, sort_keys=False)


@cache
def _deck(theme: str, big: bool = False) -> bytes:
    slides = [_six(s) for s in _fullest().values()] if big else list(SLIDES.values())
    return render_deck(role_from_yaml(_role_text(slides)), options=DeckOptions(theme=theme))


@cache
def _prs(theme: str, big: bool = False):
    return Presentation(io.BytesIO(_deck(theme, big)))


# --- reading a slide as a user would ------------------------------------------------------
def _norm(text: str) -> str:
    return " ".join(text.replace(ZWSP, "").split())


def _title(slide) -> str:
    return _norm(slide.shapes.title.text_frame.text)


def _slide(prs, title: str):
    found = [s for s in prs.slides if _title(s) == title]
    assert found, f"no slide titled {title!r}"
    return found[0]


def _text(slide) -> str:
    return _norm(" ".join(reader_text(s) for s in walk(slide.shapes) if s.has_text_frame))


def _alt_texts(slide) -> list[str]:
    groups = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
    return [g.element.xpath("./p:nvGrpSpPr/p:cNvPr/@descr")[0] for g in groups]


def _bounds(shape) -> tuple[float, float, float, float]:
    """Where ``shape`` shows on the slide, in points: its box as turned by its rotation."""
    left, top = shape.left / EMU_PER_PT, shape.top / EMU_PER_PT
    width, height = shape.width / EMU_PER_PT, shape.height / EMU_PER_PT
    turn = radians(getattr(shape, "rotation", 0.0) or 0.0)
    shown_w = abs(width * cos(turn)) + abs(height * sin(turn))
    shown_h = abs(width * sin(turn)) + abs(height * cos(turn))
    cx, cy = left + width / 2, top + height / 2
    return cx - shown_w / 2, cy - shown_h / 2, cx + shown_w / 2, cy + shown_h / 2


def _diagram(slide):
    """The described group a kind draws its diagram in."""
    groups = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
    assert len(groups) == 1, f"{len(groups)} groups on the slide"
    return groups[0]


def _body(theme: str):
    return shipped().deck.theme(theme).theme.box("body")


# --- each kind, in each theme ---------------------------------------------------------------
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", KINDS)
def test_the_slide_is_there_with_its_title(kind, theme):
    slide = _slide(_prs(theme), SLIDES[kind]["title"])
    assert slide.has_notes_slide
    assert SLIDES[kind]["notes"] in slide.notes_slide.notes_text_frame.text


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", KINDS)
def test_the_diagram_is_one_group_whose_alt_text_says_its_words(kind, theme):
    slide = _slide(_prs(theme), SLIDES[kind]["title"])
    (alt,) = _alt_texts(slide)
    assert alt.strip()
    for word in WORDS[kind]:
        assert word in alt, f"{word!r} not in the alt text {alt!r}"
    assert "[redacted]" in alt


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", KINDS)
def test_the_content_words_are_on_the_slide(kind, theme):
    text = _text(_slide(_prs(theme), SLIDES[kind]["title"]))
    for word in WORDS[kind] + SAYS.get(kind, []):
        assert word in text, f"{word!r} not on the slide"


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", KINDS)
def test_a_redaction_shows_as_a_bar_as_long_as_it_hid(kind, theme):
    text = _text(_slide(_prs(theme), SLIDES[kind]["title"]))
    assert BLOCK * len(HIDDEN[kind]) in text
    assert HIDDEN[kind] not in text


@pytest.mark.parametrize("theme", THEMES)
def test_hidden_words_are_nowhere_in_the_file(theme):
    with zipfile.ZipFile(io.BytesIO(_deck(theme))) as package:
        blobs = [package.read(name) for name in package.namelist()]
    for kind, hidden in HIDDEN.items():
        word = hidden.split()[0]  # a word found nowhere else in the seed role or the copy
        assert not any(word.encode() in blob for blob in blobs), f"{kind}: {word!r} leaked"


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_shape_lies_inside_the_slide_and_the_diagram_inside_the_body(kind, theme):
    prs = _prs(theme)
    slide = _slide(prs, SLIDES[kind]["title"])
    width, height = prs.slide_width / EMU_PER_PT, prs.slide_height / EMU_PER_PT
    for shape in walk(slide.shapes):
        left, top, right, bottom = _bounds(shape)
        assert left >= -0.5 and top >= -0.5, shape.name
        assert right <= width + 0.5 and bottom <= height + 0.5, shape.name
    body = _body(theme)
    for shape in walk(_diagram(slide).shapes):
        left, top, right, bottom = _bounds(shape)
        assert left >= body.left - 1 and top >= body.top - 1, (shape.name, left, top)
        assert right <= body.right + 1 and bottom <= body.bottom + 1, (shape.name, right, bottom)


@pytest.mark.parametrize("theme", THEMES)
def test_no_diagram_runs_on_to_another_slide(theme):
    titles = [_title(s) for s in _prs(theme).slides]
    for slide in SLIDES.values():
        assert titles.count(slide["title"]) == 1
        assert not [t for t in titles if t.startswith(slide["title"] + " (cont.")]


# --- the fullest slides, every text six times as long ---------------------------------------
def _fullest() -> dict[str, dict]:
    """Each kind's slide with its lists as long as they may be."""
    full = {kind: dict(slide) for kind, slide in SLIDES.items()}
    full["matrix"]["quadrants"] = [
        dict(q, items=[f"Item {n} of {q['label']}" for n in range(4)])
        for q in SLIDES["matrix"]["quadrants"]
    ]
    full["pyramid"]["levels"] = [{"label": f"Level {n}", "note": "A note"} for n in range(7)]
    full["cycle"]["stages"] = [{"label": f"Stage {n}", "note": "A note"} for n in range(8)]
    full["funnel"]["stages"] = [{"label": f"Stage {n}", "value": "1,000"} for n in range(7)]
    full["roadmap"]["milestones"] = [
        {"when": f"Q{n % 4 + 1} 2026", "label": f"Milestone {n}", "was": "Q1 2025"}
        for n in range(8)
    ]
    full["iceberg"]["above"] = [f"Visible {n}" for n in range(4)]
    full["iceberg"]["below"] = [f"Hidden work {n}" for n in range(8)]
    full["hype_curve"]["points"] = [
        {"label": f"Point {n}", "phase": "peak" if n % 2 else "trough"} for n in range(8)
    ]
    full["hype_curve"]["here_label"] = "WE ARE HERE"
    full["stack"]["layers"] = [
        {"label": f"Layer {n}", "items": [f"Box {m}" for m in range(6)]} for n in range(7)
    ]
    full["staircase"]["steps"] = [f"Step {n}" for n in range(7)]
    full["staircase"]["we_are_at"] = full["staircase"]["target"] = 7
    return full


_FIXED = {"kind", "phase", "we_are_here", "title", "notes"}


def _six(value, key=None):
    """``value`` with every text of the diagram six times as long."""
    if isinstance(value, dict):
        return {k: _six(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_six(item, key) for item in value]
    if isinstance(value, str) and key not in _FIXED:
        return " ".join([value] * 6)
    return value


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", KINDS)
def test_the_fullest_slide_stays_in_its_box_at_six_times_the_words(kind, theme):
    prs = _prs(theme, big=True)
    title = SLIDES[kind]["title"]
    titles = [_title(s) for s in prs.slides]
    assert not [t for t in titles if t.startswith(title + " (cont.")], "text ran on"
    slide = _slide(prs, title)
    body = _body(theme)
    for shape in walk(_diagram(slide).shapes):
        left, top, right, bottom = _bounds(shape)
        assert left >= body.left - 1 and top >= body.top - 1, shape.name
        assert right <= body.right + 1 and bottom <= body.bottom + 1, shape.name
    assert _alt_texts(slide)[0]


# --- content a kind refuses -------------------------------------------------------------------
def _broken(kind: str, **changes) -> dict:
    slide = dict(SLIDES[kind])
    for key, value in changes.items():
        if value is None:
            del slide[key]
        else:
            slide[key] = value
    return slide


BAD = {
    "matrix": (
        _broken("matrix", quadrants=SLIDES["matrix"]["quadrants"][:3]),
        "quadrants",
        "four quadrants",
    ),
    "pyramid": (
        _broken("pyramid", levels=[{"label": "Top"}, {"label": "Base"}]),
        "levels",
        "at least 3",
    ),
    "cycle": (
        _broken("cycle", stages=[{"label": f"S{n}"} for n in range(9)]),
        "stages",
        "at most 8",
    ),
    "funnel": (_broken("funnel", stages=[{"label": "Just one"}]), "stages", "at least 3"),
    "roadmap": (
        _broken("roadmap", milestones=[{"when": "Q1", "label": "Alone"}]),
        "milestones",
        "at least 2",
    ),
    "iceberg": (_broken("iceberg", below=[]), "below", "at least 1"),
    "hype_curve": (_broken("hype_curve", we_are_here="hype"), "we_are_here", "peak"),
    "venn": (_broken("venn", circles=["A", "B", "C", "D"]), "circles", "at most 3"),
    "stack": (_broken("stack", side=""), "side", "blank"),
    "staircase": (_broken("staircase", we_are_at=9), "we_are_at", "only 5 steps"),
}


@pytest.mark.parametrize("kind", KINDS)
def test_bad_content_is_refused_where_it_stands(kind):
    slide, field, words = BAD[kind]
    text = _role_text([slide])
    with pytest.raises(RoleInvalid) as caught:
        role_from_yaml(text)
    problems = [str(p) for p in caught.value.problems]
    assert len(problems) == 1, problems
    match = re.match(rf"hostile\.yaml:(\d+):(\d+): deck\.slides\[0\]\.{field}: (.*)$", problems[0])
    assert match, problems[0]
    assert words in match[3]
    lines = text.splitlines()
    start = lines.index("deck:")
    where = next(i for i, line in enumerate(lines) if i > start and f" {field}:" in line)
    assert int(match[1]) in (where + 1, where + 2)  # the key's line, or its value's below


def test_an_unknown_key_in_a_kind_lists_that_kinds_fields():
    slide = dict(SLIDES["venn"])
    slide["circle"] = slide.pop("circles")
    with pytest.raises(RoleInvalid) as caught:
        role_from_yaml(_role_text([slide]))
    said = "\n".join(str(p) for p in caught.value.problems)
    assert "deck.slides[0].circle: unknown field (did you mean 'circles'?)" in said
    assert "allowed here: " in said and "centre" in said
