"""The case file under attack: markup injection, absurd lengths, empty sections, secrets."""

from __future__ import annotations

import copy
import io
import re
from functools import cache
from typing import Any

import pytest
import yaml
from pypdf import PdfReader

from printworks.casefile import glyph_warnings
from printworks.errors import RoleInvalid
from printworks.fonts import role_texts
from printworks.layout import shipped
from tests.conftest import OPTIONAL_LISTS, SEED_FILE, casefile, role_from_yaml
from tests.test_casefile import (
    need,
    pdf_text,
    qdf_bytes,
    qpdf_check,
    sentences,
    squeeze,
    without_furniture,
)

SECRET = "ZORBLAXQUIM"
INJECTION = (
    '<img src="/etc/passwd"/> <font color="red" size="40">big</font> '
    '<a href="https://evil.example/x">click</a> &amp; & <b>bold</b> <para> ]]> <!-- c --> '
    '<link destination="role-x">x</link> <br/> <onDraw name="x"/>'
)


def seed_data() -> dict[str, Any]:
    return yaml.safe_load(SEED_FILE.read_text(encoding="utf-8"))


def variant(change, slug: str = "hostile"):
    data = copy.deepcopy(seed_data())
    change(data)
    return role_from_yaml(yaml.safe_dump(data, allow_unicode=True), slug)


def words(n: int, end: str) -> str:
    vocabulary = ["synergy", "alignment", "stakeholder", "roadmap", "cadence", "leverage"]
    return " ".join(vocabulary[i % len(vocabulary)] for i in range(n - 1)) + f" {end}."


def word_boxes(data: bytes, tmp) -> list[tuple[float, float, float, float, float, float]]:
    """(page width, page height, xMin, yMin, xMax, yMax) of every word pdftotext finds."""
    need("pdftotext")
    pdf = tmp / "boxes.pdf"
    pdf.write_bytes(data)
    import subprocess

    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    boxes = []
    for page in re.split(r"<page ", html)[1:]:
        width, height = map(float, re.match(r'width="([\d.]+)" height="([\d.]+)"', page).groups())
        for match in re.finditer(
            r'xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)"', page
        ):
            boxes.append((width, height, *map(float, match.groups())))
    return boxes


# ---- markup injection ---------------------------------------------------------------------


def _inject(data):
    data["title"] = "Chief <img src='x.png'/> & <font size=40>Officer</font>"
    data["summary"] = INJECTION
    data["aliases"].append(INJECTION)
    data["org_chart"]["root"]["title"] = INJECTION
    data["org_chart"]["pressure_flow"]["down"][0] = INJECTION
    data["flight_risk"]["label"] = "<font color=red>HIGH</font> & <b>"
    data["metrics"][0]["name"] = INJECTION
    data["jd_autopsy"][0]["claim"] = INJECTION
    data["jd_autopsy"][1]["source"] = INJECTION
    data["day_log"][0]["title"] = INJECTION
    data["burn_ward"][0]["posted_on"] = INJECTION
    data["related"][0]["title"] = INJECTION


@cache
def injected() -> bytes:
    return casefile(variant(_inject))


def test_markup_in_role_text_prints_literally(tmp_path):
    text = pdf_text(injected(), tmp_path)
    assert squeeze(INJECTION) in squeeze(text)
    assert squeeze("Chief <img src='x.png'/> & <font size=40>Officer</font>") in squeeze(text)
    assert squeeze(text).count(squeeze('<img src="/etc/passwd"/>')) >= 8


def test_markup_in_role_text_adds_no_image_link_or_style(tmp_path):
    data = injected()
    raw = qdf_bytes(data, tmp_path)
    assert b"/Subtype /Image" not in raw
    assert b"/URI" not in raw
    for line in raw.splitlines():
        if b"evil.example" in line:  # only ever as words drawn on the page
            assert b" Tj" in line and b"/URI" not in line and b"/A " not in line
    reader = PdfReader(io.BytesIO(data))
    sizes = {round(float(op[0][1]), 1) for op in _text_ops(reader, b"Tf")}
    assert 40.0 not in sizes, "a role's <font size=40> changed a style"
    assert qpdf_check(data, tmp_path).returncode == 0


def _text_ops(reader, name):
    from pypdf.generic import ContentStream

    for page in reader.pages:
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == name:
                yield operands, operator


# ---- any length ---------------------------------------------------------------------------


def _huge(data):
    data["title"] = ("Very Senior Principal Staff Lead Distinguished " * 8)[:300].strip()
    data["summary"] = words(5000, "SUMMARYEND")
    data["aliases"] = ["Alias" + "x" * 400, "A" * 1000]
    data["org_chart"]["root"]["note"] = words(5000, "ROOTNOTEEND")
    data["org_chart"]["root"]["reports"][0]["title"] = "Principal Director " * 30
    data["salary"]["quote"] = words(5000, "QUOTEEND")
    data["flight_risk"]["label"] = "VERY HIGH RISK " * 40
    data["flight_risk"]["diagnosis"] = words(5000, "DIAGNOSISEND")
    data["metrics"] = [
        {"name": f"Metric {i:03d} of the quarter", "description": f"Counts thing {i:03d}."}
        for i in range(200)
    ]
    data["jd_autopsy"][0]["translation"] = words(5000, "TRANSLATIONEND")
    data["jd_autopsy"][1]["claim"] = words(5000, "CLAIMEND")
    data["day_log"][0]["description"] = words(5000, "LOGEND")
    data["burn_ward"][0]["quote"] = words(5000, "BURNEND")
    data["related"][0]["summary"] = words(5000, "RELATEDEND")


@cache
def huge(size: str) -> bytes:
    """The huge variant's case file at ``size``: rendered once a run (the two tests that read
    it may run in two workers)."""
    from tests import shared

    def make() -> bytes:
        return casefile(variant(_huge), page_size=size)

    return make() if shared.FOLDER is None else shared.once(shared.FOLDER, f"huge.{size}", make)


@pytest.mark.parametrize("size", ["a4", "a5"])
def test_huge_texts_paginate_and_lose_nothing(size, tmp_path):
    data = huge(size)
    text = squeeze(without_furniture(pdf_text(data, tmp_path)))
    for end in [
        "SUMMARYEND",
        "ROOTNOTEEND",
        "QUOTEEND",
        "DIAGNOSISEND",
        "TRANSLATIONEND",
        "CLAIMEND",
        "LOGEND",
        "BURNEND",
        "RELATEDEND",
    ]:
        assert f"{end}." in text, end
    assert "Metric199ofthequarter" in text and "Countsthing199." in text
    assert squeeze(("Very Senior Principal Staff Lead Distinguished " * 8)[:300]) in text
    assert squeeze("Principal Director " * 30) in text
    assert "A" * 1000 in text
    assert len(PdfReader(io.BytesIO(data)).pages) > 50
    assert qpdf_check(data, tmp_path).returncode == 0


@pytest.mark.parametrize("size", ["a4", "a5"])
def test_nothing_is_drawn_outside_the_page(size, tmp_path):
    boxes = word_boxes(huge(size), tmp_path)
    assert boxes
    outside = [b for b in boxes if b[2] < 0 or b[3] < 0 or b[4] > b[0] or b[5] > b[1]]
    assert not outside


def _deep(data):
    node: dict[str, Any] = {"title": "The Subject", "this_role": True}
    for level in range(30, 0, -1):
        node = {
            "title": f"Level {level} Vice President of Strategic Things and Other Things",
            "note": "Has opinions.",
            "reports": [node, *({"title": f"Sibling {i} of level {level}"} for i in range(3))],
        }
    data["org_chart"]["root"] = node
    data["day_log"] = [
        {"start": f"{h:02d}:00", "end": f"{h:02d}:45", "title": f"Meeting {h}", "description": "."}
        for h in range(24)
    ] + [{"start": "00:00", "end": "23:59", "title": "On call", "description": "All day."}] * 6


@pytest.mark.parametrize("size", ["a4", "a5"])
def test_deep_org_chart_and_crowded_day_fit_the_page(size, tmp_path):
    data = casefile(variant(_deep), page_size=size)
    text = squeeze(pdf_text(data, tmp_path))
    assert "TheSubject" in text and "Sibling2oflevel30" in text and "Meeting23" in text
    outside = [b for b in word_boxes(data, tmp_path) if b[4] > b[0] or b[2] < 0]
    assert not outside


# ---- empty optional sections --------------------------------------------------------------


def _bare(data):
    data.pop("summary")
    data.pop("org_chart")
    for key in OPTIONAL_LISTS:
        data[key] = []


def test_empty_optional_sections_leave_no_heading(tmp_path):
    data = casefile(variant(_bare), page_size="a5")
    text = pdf_text(data, tmp_path)
    headings = [line for line in text.splitlines() if re.match(r"^\[\d\d\] [A-Z]", line)]
    assert headings == ["[03] SALARY DELUSION", "[04] THE FLIGHT RISK"]
    for section in shipped().dossier.sections:
        if section.id not in {"salary", "flight_risk"}:
            assert section.heading not in text.replace("[03] SALARY", "")
            if section.caption:
                assert squeeze(section.caption) not in squeeze(text)
    assert "KNOWN ALIASES" not in text and "ASSESSMENT" not in text
    # each heading is followed on its page by its content
    assert "MARKET AVERAGE" in text.split("\n[03] SALARY DELUSION\n")[1].split("\f")[0]
    reader = PdfReader(io.BytesIO(data))
    assert [item.title for item in reader.outline[1]] == headings


def test_each_optional_section_alone_can_be_left_out(tmp_path):
    for key in OPTIONAL_LISTS:
        role = variant(lambda d, k=key: d.__setitem__(k, []))
        text = pdf_text(casefile(role), tmp_path)
        section = next((s for s in shipped().dossier.sections if s.id == key), None)
        if section:
            assert f"[{section.number}] {section.heading}" not in text
        else:  # aliases sit inside [01]
            assert "KNOWN ALIASES" not in text


def test_aliases_without_an_org_chart_move_to_the_cover(tmp_path):
    role = variant(lambda d: d.pop("org_chart"))
    text = pdf_text(casefile(role), tmp_path)
    assert "[01] THE ORG-CHART ARCHITECTURE" not in text
    assert "KNOWN ALIASES / DISGUISES:" in text.split("[02]")[0]


# ---- redaction ----------------------------------------------------------------------------


def _redact(data):
    data["title"] = f"Principal ||{SECRET}|| Assistant"
    data["summary"] = f"Reports to ||{SECRET} the Vice President of Things|| every day."
    data["aliases"][0] = f"||{SECRET}||"
    data["org_chart"]["root"]["title"] = f"Chief ||{SECRET}|| Officer"
    data["flight_risk"]["label"] = f"HIGH ||{SECRET}||"
    data["jd_autopsy"][0]["source"] = f"||{SECRET} careers page||"
    data["jd_autopsy"][1]["source"] = "LinkedIn, March 2024"
    data["day_log"][0]["title"] = f"Sync with ||{SECRET}||"
    data["burn_ward"][0]["quote"] = "Before. ||" + f"{SECRET} " * 40 + "|| After."
    data["related"][0]["title"] = f"||{SECRET}|| Analyst"


@cache
def redacted(size: str = "a4", gray: bool = False) -> bytes:
    return casefile(variant(_redact), page_size=size, grayscale=gray)


@pytest.mark.parametrize(("size", "gray"), [("a4", False), ("a5", True)])
def test_redacted_words_are_nowhere_in_the_file(size, gray, tmp_path):
    data = redacted(size, gray)
    assert SECRET not in pdf_text(data, tmp_path)
    assert SECRET not in pdf_text(data, tmp_path, raw=False)
    raw = qdf_bytes(data, tmp_path)
    assert SECRET.encode() not in raw
    assert SECRET.encode("utf-16-be") not in raw
    assert b"careers page" not in raw and b"Vice President of Things" not in raw
    reader = PdfReader(io.BytesIO(data))
    assert SECRET not in str(reader.metadata)
    assert SECRET not in str(reader.outline)


def test_redactions_leave_their_context_and_a_bar(tmp_path):
    text = pdf_text(redacted(), tmp_path)
    assert "Reports to" in text and "every day." in text
    assert squeeze("Before.") in squeeze(text) and "After." in text
    assert "Officer" in text and "Analyst" in text


def test_a_redacted_source_is_stamped_and_a_visible_one_printed(tmp_path):
    text = pdf_text(redacted(), tmp_path)
    autopsy = text.split("\n[08] THE JD AUTOPSY")[1].split("\n[09]")[0]
    assert autopsy.count("[SOURCE REDACTED]") == 2  # the redacted one and the one with none
    assert "SOURCE: LinkedIn, March 2024" in autopsy


def test_redaction_bars_are_about_as_wide_as_the_hidden_text():
    """A bar is a filled rectangle in the redaction ink, one typewriter cell per hidden char."""
    from pypdf.generic import ContentStream

    from printworks.casefile.document import CasefileOptions, make_kit
    from printworks.layout import shipped

    role = variant(lambda d: d.__setitem__("summary", f"Ask ||{SECRET}|| now."))
    reader = PdfReader(io.BytesIO(casefile(role)))
    kit = make_kit(shipped(), CasefileOptions())
    ink = tuple(round(c, 3) for c in kit.colour("redaction").rgb())
    widths, fill = [], None
    for operands, operator in ContentStream(reader.pages[0].get_contents(), reader).operations:
        if operator == b"rg":
            fill = tuple(round(float(v), 3) for v in operands)
        elif operator == b"re" and fill == ink:
            widths.append(float(operands[2]))
    cell = 0.6 * kit.size("body")  # Liberation Mono: every glyph is 0.6 em wide
    assert any(abs(w - len(SECRET) * cell) < cell for w in widths), widths
    assert SECRET not in reader.pages[0].extract_text()


# ---- glyphs -------------------------------------------------------------------------------


def test_a_character_no_font_has_is_reported_and_shown_as_its_code(tmp_path):
    def change(data):
        data["aliases"][2] = "Chief Vibes Officer \U000e0041"

    role = variant(change, slug="glyphs")
    warnings = glyph_warnings(role)
    assert warnings == ["glyphs: aliases[2]: no glyph for U+E0041 '\\U000e0041'"]
    text = pdf_text(casefile(role), tmp_path)
    assert "[U+E0041]" in text


def test_a_control_character_is_refused_where_it_stands():
    def change(data):
        data["aliases"][2] = "Chief Vibes Officer \u0007"

    with pytest.raises(RoleInvalid) as caught:
        variant(change, slug="glyphs")
    (problem,) = caught.value.problems
    assert str(problem).startswith("glyphs.yaml:")
    assert problem.field == "aliases[2]"
    assert "control character U+0007" in problem.message


def test_the_seed_has_no_glyph_warnings():
    role = role_from_yaml(SEED_FILE.read_text(encoding="utf-8"), "seed")
    assert glyph_warnings(role) == []


def test_every_sentence_survives_a_hostile_neighbour(tmp_path):
    """Injection in some fields does not swallow the sentences of the others."""
    role = variant(_inject)
    text = squeeze(without_furniture(pdf_text(injected(), tmp_path)))
    missing = [
        s
        for path, t in role_texts(role)
        if not path.startswith("deck")
        for s in sentences(t.visible)
        if squeeze(s) not in text
    ]
    assert not missing


def _many_metrics(data):
    data["metrics"] = [
        {"name": f"Metric {n:02d} Name", "description": f"Description of metric {n:02d}. " * 6}
        for n in range(40)
    ]


def test_a_metric_name_never_ends_a_page_without_its_description():
    reader = PdfReader(io.BytesIO(casefile(variant(_many_metrics), page_size="a5")))
    pages = [page.extract_text() for page in reader.pages]
    for n in range(40):
        name = next(i for i, text in enumerate(pages) if f"Metric {n:02d} Name" in text)
        body = next(i for i, text in enumerate(pages) if f"Description of metric {n:02d}" in text)
        assert name == body, f"metric {n:02d}: name on page {name + 1}, text on page {body + 1}"
