"""The article before a title, by how the title is said: "AN SDET", "A UX LEAD", "AN HOUR"."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from pydantic import ValidationError

from printworks.articles import article, fixed_article
from printworks.facts import Facts
from printworks.layout import DossierCopy, shipped
from printworks.loader import load_role
from tests.conftest import ROLES, casefile
from tests.test_casefile import need

TRICKY = [
    ("Enterprise Architect", "an"),
    ("ENTERPRISE ARCHITECT", "an"),
    ("SDET", "an"),
    ("UX Lead", "a"),
    ("MBA", "an"),
    ("Unicorn", "a"),
    ("Hour", "an"),
    ("Agile Transformation Coach", "an"),
    ("Head of Digital Transformation", "a"),
    ("HEAD OF DIGITAL TRANSFORMATION", "a"),
    ("Principal AI/ML Model Training Assistant", "a"),
    ("AI Ethicist", "an"),
    ("HR Business Partner", "an"),
    ("Uninformed Opinion Haver", "an"),
    ("Utter Fraud", "an"),
    ("Utility Player", "a"),
    ("User Researcher", "a"),
    ("Urban Planner", "an"),
    ("One-Person Army", "a"),
    ("Onerous Duty Officer", "an"),
    ("European Lead", "a"),
    ("Honest Broker", "an"),
    ("Heir Apparent", "an"),
    ("Hiring Manager", "a"),
    ("8-Hour Day Architect", "an"),
    ("11th-Hour Fixer", "an"),
    ("18-Month Roadmap Owner", "an"),
    ("1,100-Slide Deck Owner", "a"),
    ("NASA Engineer", "a"),
    ("SCRUM Master", "a"),
    ("CISO", "a"),
    ("SRE", "an"),
    ("QA Lead", "a"),
    ("OKR Owner", "an"),
    ("LLM Whisperer", "an"),
    ("MLOps Lead", "an"),
    ("FAANG Alumnus", "a"),
    ("iOS Engineer", "an"),
    ("X-Ray Technician", "an"),
    ("Yoga Teacher", "a"),
    ("Über-Manager", "an"),
    ("“Honest” Broker", "an"),
    ("█████ Lead", "a"),  # redacted: nothing to go by
    ("", "a"),
]


@pytest.mark.parametrize(("title", "expected"), TRICKY)
def test_the_article_is_chosen_by_how_the_title_is_said(title, expected):
    assert article(title) == expected


def test_copy_that_fixes_its_own_article_before_a_title_is_refused():
    data = shipped().dossier.model_dump()
    data["question"] = "WHAT DOES A {{ title }} ACTUALLY DO?"
    with pytest.raises(ValidationError, match="article"):
        DossierCopy.model_validate(data)
    assert fixed_article("what an {{title}} does")
    assert fixed_article("WHAT DOES {{ article }} {{ title }} DO?") is None


SLUGS = sorted(p.stem for p in ROLES.glob("*.yaml"))


def _pdf_text(data: bytes, tmp: Path) -> str:
    need("pdftotext")
    path = tmp / "out.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _deck_text(data: bytes) -> str:
    """Every paragraph of every part of a deck (slides, notes), runs joined."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith(".xml"):
                xml = package.read(name).decode("utf-8")
                for para in re.findall(r"<a:p>.*?</a:p>", xml, re.S):
                    out.append("".join(re.findall(r"<a:t>([^<]*)</a:t>", para)))
    return "\n".join(out)


@pytest.mark.parametrize("slug", SLUGS)
def test_no_output_puts_the_wrong_article_before_the_title(slug, tmp_path):
    """The case file (with its metadata), the mini-zine and the deck: the title follows the
    article it is said with, and never the other one."""
    from printworks.deck import render_deck
    from printworks.minizine import render_minizine

    role = load_role(ROLES / f"{slug}.yaml")
    right = Facts(role, shipped().dossier).article
    wrong = {"a": "an", "an": "a"}[right]
    pdf = casefile(role, "a5")
    texts = {
        "case file": _pdf_text(pdf, tmp_path) + "\n" + pdf.decode("latin-1"),
        "mini-zine": _pdf_text(render_minizine(role), tmp_path),
        "deck": _deck_text(render_deck(role)),
    }
    title = re.escape(str(role.title)).replace(r"\ ", r"\s+")
    said = re.compile(rf"\b{wrong}\s+{title}\b", re.IGNORECASE)
    found = {name: said.findall(text) for name, text in texts.items()}
    assert not {name: hits for name, hits in found.items() if hits}
    question = re.compile(rf"\b{right}\s+{title}", re.IGNORECASE)
    assert question.search(texts["case file"]) and question.search(texts["mini-zine"])
