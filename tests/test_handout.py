"""The truth edition: notes pages designed in the deck's theme, and `printworks handout`, which
prints them (a page a slide, the slide above its notes) through LibreOffice."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pypdf import PdfReader
from typer.testing import CliRunner

from printworks.cli import app
from printworks.deck import DeckOptions, render_deck
from printworks.layout import shipped
from tests.conftest import SEED_SLUG

THEMES = ["consultancy", "agile"]


def _placeholder_types(element) -> list[str]:
    return [ph.get("type") for ph in element.iter(qn("p:ph"))]


@pytest.fixture(scope="module")
def decks(seed_role) -> dict[str, Presentation]:
    return {
        theme: Presentation(io.BytesIO(render_deck(seed_role, options=DeckOptions(theme=theme))))
        for theme in THEMES
    }


@pytest.mark.parametrize("theme", THEMES)
def test_the_notes_master_is_drawn_in_the_decks_theme(decks, theme) -> None:
    prs = decks[theme]
    look = shipped().deck.theme(theme).theme
    master = prs.notes_master.element
    assert set(_placeholder_types(master)) == {"hdr", "dt", "sldImg", "body", "ftr", "sldNum"}
    style = master.find(qn("p:notesStyle"))
    first = style.find(qn("a:lvl1pPr")).find(qn("a:defRPr"))
    assert first.find(qn("a:latin")).get("typeface") == look.font.family
    assert first.find(qn("a:solidFill"))[0].get("val") == look.colours.ink
    # the slide's picture above the notes, both the page's width less its margins
    places = {}
    for ph in master.iter(qn("p:ph")):
        shape = ph.getparent().getparent().getparent()
        off = shape.find(f"{qn('p:spPr')}/{qn('a:xfrm')}/{qn('a:off')}")
        places[ph.get("type")] = int(off.get("y"))
    assert places["hdr"] < places["sldImg"] < places["body"] < places["ftr"]


@pytest.mark.parametrize("theme", THEMES)
def test_every_notes_page_has_the_role_its_notes_and_a_number_field(
    decks, seed_role, theme
) -> None:
    prs = decks[theme]
    for slide in prs.slides:
        page = slide.notes_slide
        kinds = _placeholder_types(page.element)
        assert {"hdr", "dt", "sldImg", "body", "ftr", "sldNum"} <= set(kinds)
        texts = {s.element.ph.get("type"): s.text_frame.text for s in page.placeholders}
        assert str(seed_role.title) in texts["hdr"]
        assert texts["body"].strip()
        fields = [f.get("type") for f in page.element.iter(qn("a:fld"))]
        assert fields == ["slidenum"]


def _page_texts(pdf) -> list[str]:
    reader = PdfReader(pdf)
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


@pytest.fixture(scope="module")
def handout(run_folder):
    """`printworks handout` of the seed role: the PDF's path, and the deck it printed (made
    once a run, by whichever worker asks first: LibreOffice's one notes-page export)."""
    from tests.shared import once

    if not shutil.which("soffice") or not shutil.which("pdftotext"):
        pytest.skip("LibreOffice (soffice) or poppler (pdftotext) not installed")

    def make():
        folder = run_folder / "handout"
        folder.mkdir()
        out = folder / "seed-handout.pdf"
        result = CliRunner().invoke(app, ["handout", SEED_SLUG, "-o", str(out)])
        assert result.exit_code == 0, result.output
        deck = folder / "seed.pptx"
        made = CliRunner().invoke(app, ["deck", SEED_SLUG, "-o", str(deck)])
        assert made.exit_code == 0, made.output
        return out, deck

    out, deck = once(run_folder, "handout", make)
    return out, Presentation(str(deck))


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def test_the_handout_pairs_each_slide_with_its_notes(handout, seed_role) -> None:
    pdf, prs = handout
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["seed-handout.pdf", "seed.pptx"]
    pages = []
    for number in range(1, len(prs.slides) + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        pages.append(_words(text))
    assert len(PdfReader(pdf).pages) == len(prs.slides)
    own = seed_role.deck.dialect if seed_role.deck else None
    label = str(shipped().deck.dialect(own).copy.text("handout.number"))  # the dialect's word
    for number, (slide, text) in enumerate(zip(prs.slides, pages, strict=True), 1):
        notes = _words(slide.notes_slide.notes_text_frame.text)
        assert notes[:60] in text, f"page {number} lacks its slide's notes"
        assert _words(str(seed_role.title)) in text
        assert f"{label} {number}" in text


def test_the_handout_keeps_the_decks_title_and_no_date_of_its_own(handout) -> None:
    pdf, prs = handout
    info = PdfReader(pdf).metadata
    assert info.title == prs.core_properties.title
    assert "/CreationDate" not in info and "/ModDate" not in info


def test_without_libreoffice_the_handout_says_what_to_install(tmp_path) -> None:
    out = tmp_path / "h.pdf"
    empty = tmp_path / "bin"
    empty.mkdir()
    result = CliRunner().invoke(
        app, ["handout", SEED_SLUG, "-o", str(out)], env={"PATH": str(empty)}
    )
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "install" in lines[0] and "libreoffice" in lines[0].lower()
    assert not out.exists()
