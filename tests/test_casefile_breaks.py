"""Where the case file's pages break, read back from the PDF: what belongs together is on one
page, and no page ends on a heading. Every shipped role, at A4, A5 and half-letter."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

import printworks.casefile  # noqa: F401  (it registers layouts.casefile)
from printworks.layout import shipped
from printworks.loader import load_role
from printworks.markup import Text
from printworks.model import Role
from printworks.units import points
from tests.conftest import ROLES
from tests.shared import shipped_casefile
from tests.test_casefile import need, squeeze

SIZES = ["a4", "a5", "half-letter"]
SLUGS = sorted(p.stem for p in ROLES.glob("*.yaml"))


@dataclass(frozen=True)
class Line:
    """One line of text pdftotext finds, with its top and bottom (from the page's top)."""

    top: float
    bottom: float
    text: str


def pdftotext(data: bytes, tmp: Path, *args: str) -> str:
    need("pdftotext")
    pdf = tmp / "breaks.pdf"
    pdf.write_bytes(data)
    cmd = ["pdftotext", "-enc", "UTF-8", *args, str(pdf), "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def page_texts(data: bytes, tmp: Path) -> list[str]:
    """Each page's text in the order it is drawn, without any whitespace."""
    return [squeeze(page) for page in pdftotext(data, tmp, "-raw").split("\f")]


_LINE = re.compile(
    r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>'
)
_WORD = re.compile(r"<word [^>]*>(.*?)</word>")


def page_lines(data: bytes, tmp: Path) -> list[list[Line]]:
    """Each page's lines, as pdftotext lays them out."""
    html = pdftotext(data, tmp, "-bbox-layout")
    pages = []
    for page in html.split("<page ")[1:]:
        lines = []
        for top, bottom, body in _LINE.findall(page.replace("\n", "")):
            words = " ".join(_WORD.findall(body))
            lines.append(Line(float(top), float(bottom), words))
        pages.append(lines)
    return pages


def ends(text: Text | str, length: int = 24) -> tuple[str, str]:
    """The first and the last few visible characters of ``text``, without whitespace."""
    segments = [text] if isinstance(text, str) else [s.text for s in text.segments if s.text]
    first, last = squeeze(segments[0]), squeeze(segments[-1])
    return first[:length], last[-length:]


def page_of(pages: list[str], snippet: str, start: int = 0) -> int:
    found = [i for i, text in enumerate(pages) if i >= start and snippet in text]
    assert found, f"{snippet!r} is on no page"
    return found[0]


def pairs(role: Role) -> list[tuple[str, Text | str, Text | str]]:
    """What must share a page: (what it is, where it begins, where it ends)."""
    out: list[tuple[str, Text | str, Text | str]] = []
    out += [(f"metric {m.name}", m.name, m.description) for m in role.metrics]
    out += [(f"weapon {w.name}", w.name, w.description) for w in role.weaponry]
    out += [(f"claim {c.claim}", c.claim, c.translation) for c in role.jd_autopsy]
    out += [(f"day-log {e.title}", e.title, e.description) for e in role.day_log]
    out += [(f"complaint {c.quote}", c.quote, c.posted_on) for c in role.burn_ward]
    out += [(f"specimen {s.title}", s.title, s.summary) for s in role.related]
    return out


@cache
def role(slug: str) -> Role:
    return load_role(ROLES / f"{slug}.yaml")


def rendered(slug: str, size: str) -> bytes:
    return shipped_casefile(slug, size)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("slug", SLUGS)
def test_no_pair_is_split_across_pages(slug, size, tmp_path):
    pages = page_texts(rendered(slug, size), tmp_path)
    split = []
    last = 0
    for what, begins, finishes in pairs(role(slug)):  # in the order they are printed
        first = page_of(pages, ends(begins)[0], last)
        last = page_of(pages, ends(finishes)[1], first)
        if first != last:
            split.append(f"{what[:50]}: pages {first + 1} and {last + 1}")
    assert not split


def headings() -> list[str]:
    """Every heading, caption and label a dossier prints, without whitespace."""
    copy, words = shipped().dossier, shipped().casefile.words
    texts = [f"[{s.number}] {s.heading}" for s in copy.sections]
    texts += [s.caption for s in copy.sections if s.caption]
    texts += list(copy.labels.model_dump().values())
    texts += [words.pressure_title, words.salary_benchmarks_title, words.this_role]
    return [squeeze(t) for t in texts]


def flow_lines(lines: list[Line], size: str) -> list[Line]:
    """The lines inside the flow of a page of ``size`` (no banners, running heads, folios)."""
    paper = shipped().casefile.format(size)
    height = points(paper.size[1])
    top, bottom = points(paper.margins.top), height - points(paper.margins.bottom)
    return [line for line in lines if line.top >= top - 2 and line.bottom <= bottom + 2]


def last_line_is_a_heading(lines: list[Line], known: list[str]) -> str | None:
    if not lines:
        return None
    lowest = max(lines, key=lambda line: line.bottom)
    text = squeeze(lowest.text)
    return lowest.text if text and any(text in heading for heading in known) else None


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("slug", SLUGS)
def test_no_page_ends_on_a_heading(slug, size, tmp_path):
    known = headings()
    pages = page_lines(rendered(slug, size), tmp_path)
    last = [last_line_is_a_heading(flow_lines(p, size), known) for p in pages[:-1]]
    assert not [(n + 1, text) for n, text in enumerate(last) if text]


def test_the_heading_check_can_fail():
    """A page whose lowest line is a label is caught."""
    known = headings()
    lines = [Line(100, 110, "Some body text here."), Line(120, 130, "LINKEDIN ILLUSION")]
    assert last_line_is_a_heading(lines, known) == "LINKEDIN ILLUSION"
    assert last_line_is_a_heading(lines[:1], known) is None


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("slug", SLUGS)
def test_a_short_last_section_is_not_left_alone(slug, size, tmp_path):
    """The last page is never a heading and a line or two: it is printed at least the
    layout's least share of its flow down (the page before gives it company)."""
    lines = [flow_lines(p, size) for p in page_lines(rendered(slug, size), tmp_path)]
    if len(lines) < 2:
        return
    paper = shipped().casefile.format(size)
    height = points(paper.size[1])
    top, bottom = points(paper.margins.top), height - points(paper.margins.bottom)
    lowest = max(line.bottom for line in lines[-1])
    least = shipped().casefile.breaks.least_fill
    assert (lowest - top) / (bottom - top) >= least


# ---- type that reads in the hand and survives a photocopier -------------------------------


@pytest.mark.parametrize("size", ["a5", "half-letter"])
def test_pocket_pages_set_body_at_9pt_and_nothing_under_7pt(size):
    from printworks.preflight import preflight

    layout = shipped().casefile
    sizes = layout.type[layout.format(size).type]
    assert points(sizes.body) >= 9
    assert min(points(v) for v in sizes.model_dump().values()) >= 7
    for slug in SLUGS:
        smallest = preflight(rendered(slug, size)).smallest_pt
        assert smallest is not None and smallest >= 7, (slug, smallest)


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two '#rrggbb' colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(("palette", "least"), [("colour", 4.5), ("grayscale", 7.0)])
def test_text_colours_stand_out_from_their_ground(palette, least):
    """Every colour text is set in, on the ground it is set on: a photocopy of the grey file
    keeps even the muted footnotes."""
    colours = getattr(shipped().casefile.palettes, palette)
    pairs = [(text, "paper") for text in ("ink", "muted", "stamp", "danger", "link", "accent")]
    pairs += [("ink", "card"), ("muted", "card"), ("ink", "highlight"), ("banner_ink", "banner")]
    weak = [
        (text, ground, round(contrast(getattr(colours, text), getattr(colours, ground)), 1))
        for text, ground in pairs
        if contrast(getattr(colours, text), getattr(colours, ground)) < least
    ]
    assert not weak


def test_footnotes_keep_7_to_1_against_the_paper():
    """The muted grey of captions and footnotes, on the paper and on a card, in colour."""
    colours = shipped().casefile.palettes.colour
    assert contrast(colours.muted, colours.paper) >= 7
    assert contrast(colours.muted, colours.card) >= 7
