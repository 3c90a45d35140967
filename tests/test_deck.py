"""The deck: a real, editable .pptx whose text stays in its boxes, whatever the role says."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import time
import zipfile
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
import yaml
from PIL import ImageFont
from pptx import Presentation
from pptx.util import Emu
from typer.testing import CliRunner

from printworks.cli import app
from printworks.deck import render_deck
from printworks.deck.template import TemplateError
from printworks.fonts import charset
from printworks.layout import Layouts, shipped
from tests.conftest import (
    OPTIONAL_LISTS,
    SEED_FILE,
    SEED_SLUG,
    package_bytes,
    role_from_yaml,
)
from tests.kind_slides import walk, written

EMU_PER_PT = 12700
ZWSP = "\u200b"
BLOCK = "\u2588"


# --- roles and decks ---------------------------------------------------------------------
def _seed_data() -> dict:
    return yaml.safe_load(SEED_FILE.read_text(encoding="utf-8"))


_KEEP = {"case_number", "slug", "start", "end", "currency", "kind", "theme", "after", "phase"}
_KEEP |= {"we_are_here", "habits", "cells", "dialect"}


def _said(role, key: str, **context) -> str:
    """What ``role``'s dialect says at ``key``: a deck's own words are its dialect's."""
    return str(_dialect(role).copy.text(key, **context))


def _dialect(role):
    return shipped().deck.dialect(role.deck.dialect if role.deck else None)


def _section_said(role, section: str, word: str, **context) -> str:
    """What ``role``'s dialect says of ``section`` (its ``word``: title, agenda, ...)."""
    from printworks.deck.dialect import words_key

    dialect = _dialect(role)
    return _said(role, f"{words_key(dialect.kind(section), section)}.{word}", **context)


def _grow(value, key=None, marked=None, lists=True):
    """Every list six times over, every text six times as long (one node stays 'this role');
    the lists of the deck's own slides keep their length (each kind has its limits)."""
    marked = marked if marked is not None else [False]
    if isinstance(value, dict):
        out = {k: _grow(v, k, marked, lists and k != "deck") for k, v in value.items()}
        if out.get("this_role"):
            out["this_role"] = not marked[0]
            marked[0] = True
        return out
    if isinstance(value, list):
        times = 6 if lists else 1
        return [_grow(item, key, marked, lists) for _ in range(times) for item in value]
    if isinstance(value, str) and key not in _KEEP:
        return " ".join([value] * 6)
    return value


@pytest.fixture(scope="module")
def seed_deck(seed_role) -> bytes:
    return render_deck(seed_role)


@pytest.fixture(scope="module")
def big_role():
    return role_from_yaml(yaml.safe_dump(_grow(_seed_data()), allow_unicode=True), "big")


@pytest.fixture(scope="module")
def big_deck(big_role) -> bytes:
    return render_deck(big_role)


def _open(data: bytes):
    return Presentation(io.BytesIO(data))


def _slide_texts(prs) -> list[str]:
    """What each slide says, as a reader sees it (a redaction as blocks)."""
    return ["\n".join(written(slide)) for slide in prs.slides]


def _notes(prs) -> list[str]:
    return [s.notes_slide.notes_text_frame.text if s.has_notes_slide else "" for s in prs.slides]


def _norm(text: str) -> str:
    return " ".join(text.replace(ZWSP, "").split())


# --- an independent measurer: wraps each paragraph from what the XML says ------------------
FALLBACKS = ("fallback", "arabic", "emoji", "cjk")


@cache
def _families() -> dict[str, dict[tuple[bool, bool], str]]:
    """The font aliases measured for each family a theme names."""
    deck = shipped().deck
    out = {}
    for name in deck.theme_names():
        font = deck.theme(name).theme.font
        out[font.family] = {
            (False, False): font.regular,
            (True, False): font.bold,
            (False, True): font.italic,
            (True, True): font.bold_italic,
        }
    return out


@cache
def _face(alias: str):
    return ImageFont.truetype(str(shipped().fonts.path(alias)), 1000)


@cache
def _covered(alias: str) -> frozenset[int]:
    return charset(shipped().fonts.path(alias))


def _run_width(text: str, size: float, bold: bool, italic: bool, family: str = "") -> float:
    """Each character in the family's face, or the first fallback that has it."""
    main = _families().get(family, {}).get((bold, italic), "fallback")
    total = 0.0
    for char in text.replace(ZWSP, ""):
        alias = next((a for a in (main, *FALLBACKS) if ord(char) in _covered(a)), main)
        total += _face(alias).getlength(char)
    return total * size / 1000


def _paragraph_lines(paragraph, room: float) -> tuple[int, float]:
    """Line count of a paragraph wrapped greedily at spaces, and the widest word."""
    words: list[tuple[float, float]] = []  # (width, gap before it)
    width, gap, started, next_gap = 0.0, 0.0, False, 0.0
    for run in paragraph.runs:
        size = run.font.size.pt
        bold, italic, family = bool(run.font.bold), bool(run.font.italic), run.font.name or ""
        for piece in re.split(f"([ {ZWSP}])", run.text):
            if piece in (" ", ZWSP):
                if started:
                    words.append((width, gap))
                    width, started = 0.0, False
                next_gap = _run_width(" ", size, bold, italic, family) if piece == " " else 0.0
            elif piece:
                if not started:
                    gap, started = next_gap, True
                width += _run_width(piece, size, bold, italic, family)
    if started:
        words.append((width, gap))
    lines, used = 1, 0.0
    for width, gap in words:
        if used and used + gap + width > room:
            lines, used = lines + 1, width
        else:
            used += (gap if used else 0.0) + width
    return lines, max((w for w, _ in words), default=0.0)


def _overflows(shape) -> list[str]:
    frame = shape.text_frame
    if not frame.text.strip():
        return []
    margin = (frame.margin_left + frame.margin_right) / EMU_PER_PT
    room = shape.width / EMU_PER_PT - margin
    tall = (shape.height - frame.margin_top - frame.margin_bottom) / EMU_PER_PT
    height = 0.0
    problems = []
    paragraphs = [p for p in frame.paragraphs if p.runs]
    for index, paragraph in enumerate(paragraphs):
        spacing = paragraph.line_spacing
        assert isinstance(spacing, Emu | int), f"{shape.name}: line spacing not in points"
        lines, widest = _paragraph_lines(paragraph, room)
        if widest > room + 0.5:
            problems.append(f"{shape.name}: a word {widest:.1f}pt wide in {room:.1f}pt")
        height += lines * spacing / EMU_PER_PT
        if index < len(paragraphs) - 1 and paragraph.space_after is not None:
            height += paragraph.space_after / EMU_PER_PT
    if height > tall + 0.5:
        problems.append(f"{shape.name}: text {height:.1f}pt tall in a {tall:.1f}pt box")
    return problems


def _text_shapes(prs):
    for number, slide in enumerate(prs.slides, start=1):
        for shape in walk(slide.shapes):
            if shape.has_text_frame:
                yield number, shape


# --- the deck as a file ----------------------------------------------------------------
def test_deck_reopens_as_a_16_9_presentation(seed_deck):
    prs = _open(seed_deck)
    assert round(prs.slide_width / prs.slide_height, 3) == round(16 / 9, 3)
    assert len(prs.slides) >= 15


def test_deck_has_at_least_three_native_charts(seed_deck):
    prs = _open(seed_deck)
    charts = [s.chart for slide in prs.slides for s in walk(slide.shapes) if _charted(s)]
    kinds = {chart.chart_type.name for chart in charts}
    assert len(charts) >= 3
    assert {"COLUMN_CLUSTERED", "LINE_MARKERS"} <= kinds  # the scaling bars, the loss curve
    pictures = [s for slide in prs.slides for s in slide.shapes if s.shape_type == 13]
    assert pictures == []


def _charted(shape) -> bool:
    return getattr(shape, "has_chart", False) and shape.has_chart


def test_org_chart_and_timeline_are_native_shapes(seed_deck):
    prs = _open(seed_deck)
    texts = _slide_texts(prs)
    org = prs.slides[next(i for i, t in enumerate(texts) if "Chief AI Officer" in t)]
    connectors = [s for s in org.shapes if s.shape_type == 9 or s.__class__.__name__ == "Connector"]
    assert len(connectors) >= 6
    boxes = [
        s for s in walk(org.shapes) if s.has_text_frame and "Chief AI Officer" in s.text_frame.text
    ]
    assert boxes
    # the seed tells its day as a loss curve: a native line chart whose steps are its clock
    (chart,) = [
        s.chart
        for slide in prs.slides
        for s in walk(slide.shapes)
        if _charted(s) and s.chart.chart_type.name == "LINE_MARKERS"
    ]
    assert list(chart.plots[0].categories) == ["09:30", "11:00", "15:00", "17:00"]


def test_every_slide_has_speaker_notes(seed_deck):
    notes = _notes(_open(seed_deck))
    assert all(n.strip() for n in notes), [i for i, n in enumerate(notes, 1) if not n.strip()]


def test_furniture_on_every_slide(seed_role, seed_deck):
    prs = _open(seed_deck)
    for text in _slide_texts(prs):
        assert _said(seed_role, "furniture.draft") in text
        assert _said(seed_role, "furniture.confidential") in text
    for number, slide in enumerate(prs.slides, start=1):
        (field,) = slide.shapes.element.iter("{*}fld")
        assert field.get("type") == "slidenum" and field.findtext("{*}t") == str(number)


def test_every_sentence_of_the_seed_survives(seed_deck):
    prs = _open(seed_deck)
    everything = _norm(" ".join(_slide_texts(prs) + _notes(prs)))
    texts: list[str] = []

    def collect(value, key=None):
        if isinstance(value, dict):
            for k, v in value.items():
                collect(v, k)
        elif isinstance(value, list):
            for item in value:
                collect(item, key)
        elif isinstance(value, str) and key not in _KEEP:
            texts.append(value)

    collect(_seed_data())
    missing = [
        sentence
        for text in texts
        for sentence in re.split(r"(?<=[.!?])\s+", _norm(text))
        if sentence and sentence not in everything
    ]
    assert missing == []


@pytest.mark.parametrize("which", ["seed_deck", "big_deck"])
def test_no_shape_leaves_its_slide(which, request):
    prs = _open(request.getfixturevalue(which))
    width, height = prs.slide_width, prs.slide_height
    outside = []
    for number, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            w, h = shape.width, shape.height
            cx, cy = shape.left + w / 2, shape.top + h / 2
            if round(shape.rotation) % 180 == 90:
                w, h = h, w
            if (
                cx - w / 2 < -1
                or cy - h / 2 < -1
                or cx + w / 2 > width + 1
                or cy + h / 2 > height + 1
            ):
                outside.append((number, shape.name))
    assert outside == []


@pytest.mark.parametrize("which", ["seed_deck", "big_deck"])
def test_no_text_leaves_its_box(which, request):
    prs = _open(request.getfixturevalue(which))
    problems = [f"slide {n}: {p}" for n, shape in _text_shapes(prs) for p in _overflows(shape)]
    assert problems == []


def test_the_measure_catches_an_overfull_box(seed_deck):
    prs = _open(seed_deck)
    _, shape = next((n, s) for n, s in _text_shapes(prs) if s.name == "Footer Confidential")
    shape.width = Emu(shape.width // 6)
    assert _overflows(shape)


def test_a_six_times_role_continues_onto_more_slides(big_deck, seed_deck, seed_role):
    big, seed = _open(big_deck), _open(seed_deck)
    titles = [s.shapes.title.text for s in big.slides]
    assert len(big.slides) > len(seed.slides)
    more = _said(seed_role, "furniture.continued", title="", page=1).strip()
    assert any(t.endswith(more) for t in titles)
    charts = [s for slide in big.slides for s in walk(slide.shapes) if _charted(s)]
    assert len(charts) >= 3
    assert all(n.strip() for n in _notes(big))


# --- role text is data --------------------------------------------------------------------
def _variant(**changes) -> str:
    data = _seed_data()
    for path, value in changes.items():
        node = data
        keys = path.split("__")
        for key in keys[:-1]:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(keys[-1]) if keys[-1].isdigit() else keys[-1]] = value
    return yaml.safe_dump(data, allow_unicode=True)


def test_redacted_words_are_black_bars_and_nowhere_in_the_file():
    secret = "||hunter2 zebrafish||"
    role = role_from_yaml(
        _variant(
            title=f"Principal {secret} Assistant",
            summary=f"Knows the {secret} password.",
            aliases__0=f"Senior {secret} Specialist",
            salary__footnote=f"Derived from {secret} data.",
            flight_risk__diagnosis=f"Cut for {secret} reasons.",
            metrics__0__name=f"Number of {secret} Documents",
            burn_ward__0__quote=f"He said {secret} twice.",
            related__0__summary=f"Partners with {secret} teams.",
        )
    )
    data = render_deck(role)
    everything = package_bytes(data)
    for word in (b"hunter2", b"zebrafish"):
        assert word not in everything
    prs = _open(data)
    slides = " ".join(_slide_texts(prs))
    assert "Senior " + BLOCK * len("hunter2 zebrafish") + " Specialist" in slides
    bars = [
        run
        for slide in prs.slides
        for shape in walk(slide.shapes)
        if shape.has_text_frame
        for p in shape.text_frame.paragraphs
        for run in p.runs
        if run._r.find(".//{*}highlight") is not None
    ]
    assert len(bars) >= 3  # the hats, the KPIs and the partners show the redacted fields
    for run in bars:
        assert set(run.text.replace(ZWSP, "")) == {"\u00a0"}, "a bar holds only spaces"
        mark = run._r.find(".//{*}highlight/{*}srgbClr")
        theme = shipped().deck.theme(role.deck.theme).theme  # the seed's own theme
        assert mark.get("val") == theme.colours.redaction
    assert "hunter2" not in prs.core_properties.title


def test_template_syntax_in_role_text_is_printed_literally():
    role = role_from_yaml(
        _variant(title="Chief {{ 7*7 }} Officer", summary="Says {% if true %}yes{% endif %}.")
    )
    prs = _open(render_deck(role))
    everything = " ".join(_slide_texts(prs) + _notes(prs))
    assert "Chief {{ 7*7 }} Officer" in everything
    assert "Says {% if true %}yes{% endif %}." in everything
    assert "Chief 49 Officer" not in everything


def test_empty_optional_sections_are_left_out_cleanly():
    data = _seed_data()
    for key in ("summary", "org_chart", "deck"):
        data.pop(key)
    for key in OPTIONAL_LISTS:
        data[key] = []
    bare = role_from_yaml(yaml.safe_dump(data), "bare")
    prs = _open(render_deck(bare))
    titles = [s.shapes.title.text for s in prs.slides]
    office = str(bare.title)
    for gone in ("org_chart", "aliases", "metrics"):
        assert _section_said(bare, gone, "title", office=office) not in titles, gone
    assert _section_said(bare, "salary", "title", office=office) in titles
    agenda = _slide_texts(prs)[titles.index(_said(bare, "agenda.title"))]
    for gone in ("aliases", "metrics"):
        assert _section_said(bare, gone, "agenda", office=office) not in agenda, gone
    for number, slide in enumerate(prs.slides, start=1):
        drawn = [
            s
            for s in walk(slide.shapes)
            if not (
                s.has_text_frame
                and s.name.startswith(("Footer", "Draft", "Slide", "Eyebrow", "Footnote"))
            )
        ]
        assert len(drawn) >= 2, f"slide {number} ({titles[number - 1]}) is empty"
    assert all(n.strip() for n in _notes(prs))


# --- determinism, template, import -------------------------------------------------------
def test_same_role_gives_identical_bytes(seed_role, seed_deck, monkeypatch):
    time.sleep(1.1)  # a second later: any clock time written into the file would now differ
    assert render_deck(seed_role) == seed_deck
    with zipfile.ZipFile(io.BytesIO(seed_deck)) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_core_properties_dated_from_the_build_date(seed_role):
    from printworks.deck import DeckOptions

    when = datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    prs = _open(render_deck(seed_role, options=DeckOptions(date=when)))
    assert prs.core_properties.created.isoformat().startswith("2023-11-14T22:13:20")
    assert prs.core_properties.modified == prs.core_properties.created


def test_deck_dates_the_file_from_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = tmp_path / "dated.pptx"
    result = CliRunner().invoke(app, ["deck", SEED_SLUG, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _open(out.read_bytes()).core_properties.created.year == 2023


def test_a_missing_layout_name_is_a_clear_error(seed_role, tmp_path):
    folder = tmp_path / "layouts"
    shutil.copytree(Path(__file__).resolve().parent.parent / "layouts", folder)
    theme = folder / "deck" / "themes" / seed_role.deck.theme / "theme.yaml"
    theme.write_text(theme.read_text().replace("content: Content", "content: Boardroom"))
    with pytest.raises(TemplateError, match=r"no slide layout named 'Boardroom'.*'Content'"):
        render_deck(seed_role, Layouts(folder))


def test_importing_the_deck_package_is_cheap():
    code = (
        "import sys, printworks.deck; "
        "heavy = {'pptx', 'PIL', 'jinja2', 'lxml'} & set(sys.modules); "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cli_writes_the_deck(tmp_path):
    target = tmp_path / "deck.pptx"
    result = CliRunner().invoke(app, ["deck", SEED_SLUG, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert len(_open(target.read_bytes()).slides) >= 15


def test_libreoffice_converts_one_page_per_slide(seed_deck, shipped_decks, shipped_pdfs):
    from tests.shared import pdf_pages

    assert shipped_decks[SEED_SLUG] == seed_deck  # the run's one render of it is this deck
    assert pdf_pages(shipped_pdfs[SEED_SLUG]) == len(_open(seed_deck).slides)


@pytest.mark.parametrize("path", sorted(SEED_FILE.parent.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_shipped_role_fits(path, shipped_decks):
    prs = _open(shipped_decks[path.stem])
    problems = [f"slide {n}: {p}" for n, shape in _text_shapes(prs) for p in _overflows(shape)]
    assert problems == []
    assert all(n.strip() for n in _notes(prs))
