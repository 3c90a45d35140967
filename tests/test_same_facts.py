"""The case file and the deck print one role's facts alike: its sums in its own currency, its
day's times, its counts, its redactions as bars and a block character as a block character.
Each is read back from the files themselves: the PDF's text and the deck's slides and notes."""

from __future__ import annotations

import io
import re
from functools import cache

import pytest
from pptx import Presentation
from pypdf import PdfReader

from printworks.casefile import CasefileOptions, render_casefile
from printworks.deck import render_deck
from printworks.facts import Facts
from printworks.layout import shipped
from printworks.loader import load_role
from printworks.model import Role
from tests.conftest import ROLES, SEED_FILE, reader_text, role_from_yaml
from tests.shared import shipped_casefile, shipped_deck
from tests.test_deck_roles import _walk

PATHS = sorted(ROLES.glob("*.yaml"))
CURRENCIES = ["USD", "EUR", "GBP", "INR", "JPY"]
NBSP, BLOCK = "\u00a0", "\u2588"


def _pdf_text(role: Role, data: bytes | None = None) -> str:
    """The case file's text, as a reader copies it; a bar's cells are no-break spaces."""
    data = data or render_casefile(role, shipped(), CasefileOptions())
    pdf = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in pdf.pages)


def _deck_text(role: Role, data: bytes | None = None) -> str:
    """The deck's text, slides then notes, a bar read as one block a hidden character."""
    prs = Presentation(io.BytesIO(data or render_deck(role, shipped())))
    parts = []
    for slide in prs.slides:
        for shape in _walk(slide.shapes):
            if shape.has_text_frame:
                parts.append(reader_text(shape))
            if getattr(shape, "has_table", False) and shape.has_table:
                parts += [reader_text(c) for row in shape.table.rows for c in row.cells]
        if slide.has_notes_slide:
            parts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(parts)


def _flat(text: str) -> str:
    return " ".join(text.split())


@cache
def _outputs(key: str) -> tuple[Role, str, str]:
    if "=" in key:
        role = _in_currency(key.split("=")[1])
        return role, _flat(_pdf_text(role)), _flat(_deck_text(role))
    role = load_role(ROLES / f"{key}.yaml")  # a shipped role: the run's one render of each
    pdf, deck = shipped_casefile(key, "a4"), shipped_deck(key)
    return role, _flat(_pdf_text(role, pdf)), _flat(_deck_text(role, deck))


def _in_currency(code: str) -> Role:
    text = SEED_FILE.read_text(encoding="utf-8").replace("currency: USD", f"currency: {code}")
    return role_from_yaml(text, "seed-in-" + code.lower())


KEYS = [p.stem for p in PATHS] + [f"currency={code}" for code in CURRENCIES]


@pytest.mark.parametrize("key", KEYS)
def test_every_sum_the_deck_prints_the_case_file_prints_alike(key: str) -> None:
    role, pdf, deck = _outputs(key)
    facts = Facts(role, shipped().dossier)
    assert facts.salary in pdf and facts.salary in deck
    symbol = re.escape(facts.currency_symbol)
    sums = set(re.findall(rf"{symbol}\d[\d,.]*\d", deck))
    assert sums, f"the deck prints no sum in {role.salary.currency}"
    # a sum the case file prints is printed alike; one the deck works out for a slide of its
    # own (a share of the salary, a net present value) is printed as the case file prints money
    assert {
        s for s in sums if s not in pdf and facts.money(int(re.sub(r"\D", "", s))) != s
    } == set()
    other = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥"}
    other.pop(role.salary.currency, None)
    for mark in other.values():  # no sum of this role is printed in another currency
        assert not re.search(rf"{re.escape(mark)}\d", deck)


@pytest.mark.parametrize("key", KEYS[: len(PATHS)])
def test_the_days_times_and_counts_are_the_same_in_both(key: str) -> None:
    role, pdf, deck = _outputs(key)
    facts = Facts(role, shipped().dossier)
    for block in facts.blocks:
        for clock in (block.entry.start, block.entry.end):
            assert clock in pdf and clock in deck, clock
    count = facts.counts["day_log"]
    assert f"#{count}" in pdf and f"#{count + 1}" not in pdf  # the case file numbers them
    spans = {
        output: {re.sub(r"\s", "", s) for s in re.findall(r"\d\d:\d\d\s?–\s?\d\d:\d\d", output)}
        for output in (pdf, deck)
    }
    assert spans[pdf] == spans[deck] and len(spans[pdf]) == count
    metrics = facts.counts["metrics"]
    # every metric named in the deck too (how a dialect counts them is its own voice)
    assert sum(1 for m in role.metrics if str(m.name) in deck) == metrics
    assert sum(1 for m in role.metrics if str(m.name) in pdf) == metrics


def test_a_redaction_is_a_bar_and_a_block_character_a_block_in_both() -> None:
    text = SEED_FILE.read_text(encoding="utf-8").replace(
        "summary: Schedule meetings",
        "summary: Keeps a \u2588 on the desk, knows ||the password|| and will schedule meetings",
    )
    role = role_from_yaml(text, "bars")
    pdf, deck = _pdf_text(role), _deck_text(role)
    # the glyph is printed as itself, never painted as a bar
    assert f"Keeps a {BLOCK} on the desk" in _flat(pdf)
    assert f"Keeps a {BLOCK} on the desk" in _flat(deck)
    # the redaction is a bar, its words nowhere: cells of no-break space in the PDF, a
    # highlighted run in the deck, each as long as the words it hides
    hidden = len("the password")
    assert re.search(rf"knows[ {NBSP}]{{{hidden},{hidden + 3}}}and will", pdf)
    assert f"knows {BLOCK * hidden} and will" in _flat(deck)
    for output in (pdf, deck):
        assert "password" not in output
