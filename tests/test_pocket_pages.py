"""Pocket pages a designer would sign, measured from the PDF: at A5 and half-letter, in every
shipped role's case file, in a role three times the seed and in the zine, no figure is split
across pages, no page but a designed one is under 40% full, no run of blank pages, and no
paragraph leaves a single line alone at a page's foot or head."""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path

import pytest
import yaml

import printworks.casefile  # noqa: F401  (it registers layouts.casefile)
from printworks import templating
from printworks.layout import shipped
from printworks.loader import load_role, parse_role
from printworks.model import Role
from printworks.units import points
from tests.conftest import ROLES, SEED_FILE, casefile
from tests.shared import shipped_casefile
from tests.test_casefile import squeeze
from tests.test_casefile_breaks import Line, page_lines
from tests.test_casefile_breaks import ends as ends_of

POCKET = ["a5", "half-letter"]
SLUGS = sorted(p.stem for p in ROLES.glob("*.yaml"))
LEAST_FILL = 0.4


@cache
def tripled() -> Role:
    """The seed with every list three times as long (and its org chart three times as wide)."""
    data = yaml.safe_load(SEED_FILE.read_text(encoding="utf-8"))
    data.pop("deck", None)
    for key, value in list(data.items()):
        if isinstance(value, list):
            data[key] = value * 3
    root = data["org_chart"]["root"]
    root["reports"] = root.get("reports", []) + [quiet(r) for r in root.get("reports", []) * 2]
    return parse_role(yaml.safe_dump(data, allow_unicode=True), "tripled.yaml")


def quiet(node: dict) -> dict:
    """A copy of an org chart node and its reports, none of them the role itself."""
    copy = {**node, "this_role": False}
    copy["reports"] = [quiet(r) for r in node.get("reports", [])]
    return copy


@cache
def role(slug: str) -> Role:
    return tripled() if slug == "tripled" else load_role(ROLES / f"{slug}.yaml")


@cache
def rendered(slug: str, size: str) -> bytes:
    return casefile(role(slug), size) if slug == "tripled" else shipped_casefile(slug, size)


@cache
def zine(size: str) -> bytes:
    from printworks.casefile import CasefileOptions, render_collection

    lines = (ROLES / "order.txt").read_text(encoding="utf-8").splitlines()
    order = [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]
    roles = [role(s) for s in order] + [role(s) for s in SLUGS if s not in order]
    return render_collection(roles, options=CasefileOptions(page_size=size))


def frame(size: str) -> tuple[float, float]:
    """The top and the bottom of the flow on a page of ``size``, from the page's top."""
    paper = shipped().casefile.format(size)
    height = points(paper.size[1])
    return points(paper.margins.top), height - points(paper.margins.bottom)


def flow(lines: list[Line], size: str) -> list[Line]:
    top, bottom = frame(size)
    lines = [Line(x.top, x.bottom, html.unescape(x.text)) for x in lines]
    inside = [line for line in lines if line.top >= top - 2 and line.bottom <= bottom + 2]
    return sorted(inside, key=lambda line: line.top)


def fill(lines: list[Line], size: str) -> float:
    """How far down its flow a page is printed, as a share of the flow's height."""
    top, bottom = frame(size)
    return (max((line.bottom for line in lines), default=top) - top) / (bottom - top)


def designed(page: list[Line], number: int, total: int, *, in_zine: bool) -> bool:
    """The zine's cover, contents, blank pages and back cover are designed, not flowed."""
    if not in_zine:
        return False
    blank = squeeze(shipped().casefile.words.zine_blank)
    text = squeeze(" ".join(line.text for line in page))
    return number in (1, 2, total) or blank in text


def problems(data: bytes, size: str, roles: list[Role], tmp: Path, *, in_zine: bool) -> list[str]:
    pages = page_lines(data, tmp)
    flows = [flow(p, size) for p in pages]
    out: list[str] = []
    total = len(pages)
    blanks = 0
    for number, (page, lines) in enumerate(zip(pages, flows, strict=True), 1):
        if designed(page, number, total, in_zine=in_zine):
            blank = squeeze(shipped().casefile.words.zine_blank)
            blanks = blanks + 1 if blank in squeeze(" ".join(x.text for x in page)) else 0
            if blanks > 1:
                out.append(f"page {number}: a second blank page in a row")
            continue
        blanks = 0
        share = fill(lines, size)
        if share < LEAST_FILL:
            out.append(f"page {number}: {share:.0%} full")
    out += gaps(pages, flows, size, in_zine=in_zine)
    for r in roles:
        out += split_figures(r, flows)
        out += lonely_lines(r, flows)
    return out


# a page of a dossier ends this full or more: what would leave it 30% empty is a list that
# breaks between its items instead
MOST_GAP = 0.3


def gaps(pages: list[list[Line]], flows: list[list[Line]], size: str, *, in_zine: bool):
    """Pages that end 30% empty or more, but those that may: a dossier's first page (its org
    chart, a figure, went over whole), its last, and the page before its last (the two share
    what is left)."""
    total = len(pages)
    record = squeeze(shipped().dossier.file_record.split("{")[0])
    flowed = [
        n for n in range(1, total + 1) if not designed(pages[n - 1], n, total, in_zine=in_zine)
    ]
    firsts = {
        n for n in flowed if flows[n - 1] and squeeze(flows[n - 1][0].text).startswith(record)
    }
    lasts = {n for n in flowed if n + 1 in firsts or n + 1 not in flowed}
    may = firsts | lasts | {n - 1 for n in lasts}
    return [
        f"page {n}: {1 - fill(flows[n - 1], size):.0%} empty at its foot"
        for n in flowed
        if n not in may and 1 - fill(flows[n - 1], size) >= MOST_GAP
    ]


def _page_of(flows: list[list[Line]], snippet: str, start: int = 0) -> int | None:
    for n in range(start, len(flows)):
        if snippet in squeeze(" ".join(line.text for line in flows[n])):
            return n
    return None


def split_figures(r: Role, flows: list[list[Line]]) -> list[str]:
    """The org chart, from its first box to the last line of its pressure flow, on one page."""
    chart = r.org_chart
    if chart is None:
        return []
    copy = shipped().dossier
    record = squeeze(templating.words(copy.file_record, slug=r.slug.upper()))
    heading = _page_of(flows, squeeze(copy.section("org_chart").heading), _page_of(flows, record))
    start = _page_of(flows, squeeze(chart.root.title.visible)[:12], heading or 0)
    ends = chart.pressure_flow.up or chart.pressure_flow.down
    end = _page_of(flows, ends_of(ends[-1])[1][-6:], start or 0)
    if start is None or end is None or start != end:
        return [f"{r.slug}: the org chart runs from page {start} to page {end}"]
    return []


def _texts(r: Role) -> list[str]:
    """Role texts long enough to run over several lines."""
    found = [r.summary] if r.summary else []
    found += [m.description for m in r.metrics] + [w.description for w in r.weaponry]
    found += [e.advice for e in r.encounter_guide] + [c.translation for c in r.jd_autopsy]
    found += [e.description for e in r.day_log] + [c.quote for c in r.burn_ward]
    found += [s.summary for s in r.related]
    return [squeeze(t.visible) for t in found if len(squeeze(t.visible)) > 120]


def lonely_lines(r: Role, flows: list[list[Line]]) -> list[str]:
    """A paragraph split across a page with one line on either side of the turn."""
    out = []
    for n in range(len(flows) - 1):
        here, there = flows[n], flows[n + 1]
        if not here or not there:
            continue
        for text in _texts(r):
            tail = squeeze(here[-1].text)
            head = squeeze(there[0].text)
            if len(tail) < 8 or len(head) < 8:
                continue
            if tail in text and head in text and text.index(tail) < text.index(head):
                if text.startswith(tail):
                    out.append(f"{r.slug}: one line of a paragraph alone at page {n + 1}'s foot")
                if text.endswith(head):
                    out.append(f"{r.slug}: one line of a paragraph alone atop page {n + 2}")
    return out


@pytest.mark.parametrize("size", POCKET)
@pytest.mark.parametrize("slug", [*SLUGS, "tripled"])
def test_a_pocket_case_file_breaks_well(slug, size, tmp_path):
    found = problems(rendered(slug, size), size, [role(slug)], tmp_path, in_zine=False)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("size", POCKET)
def test_the_zine_breaks_well(size, tmp_path):
    roles = [role(s) for s in SLUGS]
    found = problems(zine(size), size, roles, tmp_path, in_zine=True)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("size", POCKET)
def test_the_readers_copy_sets_nothing_under_7pt(size):
    """The zine as read: its smallest glyph (running heads, folios, bars) at least 7pt."""
    from printworks.preflight import preflight

    smallest = preflight(zine(size)).smallest_pt
    assert smallest is not None and smallest >= 7


def test_the_folding_guide_counts_the_real_pages(tmp_path):
    """The outer sheet of the guide's drawing is the back cover and the cover: "N | 1" with N
    the zine's own page count; and it speaks to the reader of the printed zine."""
    pages = page_lines(zine("a5"), tmp_path)
    back = " ".join(line.text for line in pages[-1])
    words = back.split()
    assert str(len(pages)) in words and "1" in words
    assert ".pdf" not in back


@pytest.mark.parametrize("size", POCKET)
def test_no_heading_or_question_ends_on_a_line_of_one_word(size, tmp_path):
    """ "DO?" or "process." alone on a line: the last two words of a heading, the question
    and the zine's tagline stay together."""
    from printworks.issue import Issue

    copy = shipped().dossier
    texts = [f"{s.heading}" for s in copy.sections] + [copy.question, Issue().tagline.visible]
    tails = {text.split()[-1] for text in texts}
    alone = [
        (n + 1, line.text)
        for n, page in enumerate(page_lines(zine(size), tmp_path))
        for line in page
        if line.text.strip() in tails
    ]
    assert not alone


def test_the_measure_can_fail(tmp_path):
    """A page that holds one line is caught, and so is a second blank page in a row."""
    size = "a5"
    top, bottom = frame(size)
    pages = [[Line(top, top + 10, "x")], [Line(top, bottom, "y")]]
    assert fill(pages[0], size) < LEAST_FILL
    assert fill(pages[1], size) > 0.99
    record = templating.words(shipped().dossier.file_record, slug="X")
    half, full = Line(top, (top + bottom) / 2, "y"), Line(top, bottom, "z")
    dossier = [[Line(top, top + 10, record), half], [half], [full], [full], [half]]
    assert gaps(dossier, dossier, size, in_zine=False) == ["page 2: 50% empty at its foot"]


def test_blank_pages_stand_apart():
    """Blank pages to place: one lets a dossier open on a right-hand page, one is left before
    the back cover, any more go before the last dossiers; never two together."""
    from printworks.casefile.pagination import blanks_before

    starts = [("a", 3), ("b", 9), ("c", 15), ("d", 22)]
    assert blanks_before(starts, 3) == {"d", "c"}
    assert blanks_before(starts, 1) == {"d"}
    assert blanks_before([("a", 3), ("b", 9)], 1) == set()  # its place: before the back cover
    assert blanks_before([("a", 3), ("b", 8)], 1) == {"b"}


@pytest.mark.parametrize("size", POCKET)
def test_the_zine_measured_first_is_the_zine_drawn_twice(size, monkeypatch):
    """The zine's first layout is only measured (nothing drawn); the PDF it plans is the one a
    first layout drawn in full plans, byte for byte."""
    from printworks.casefile import collection

    planned = []

    def drawn_first(*args, measure, **kwargs):
        planned.append(measure)
        return build_pdf(*args, measure=False, **kwargs)

    build_pdf = collection.build_pdf
    monkeypatch.setattr(collection, "build_pdf", drawn_first)
    again = zine.__wrapped__(size)
    assert planned == [True], "the zine asks for a measuring first layout"
    assert again == zine(size)


def _made(monkeypatch, kept: int = 0) -> list[int]:
    """The first layout keeping ``kept`` stories for the second (none: every layout given
    stories made for it); each story made, by its role's place, in the list returned."""
    from printworks.casefile import pagination

    monkeypatch.setattr(pagination, "KEPT_STORIES", kept)
    made: list[int] = []
    begin = pagination.Stories.__init__

    def counted(self, make):
        begin(self, lambda index: made.append(index) or make(index))

    monkeypatch.setattr(pagination.Stories, "__init__", counted)
    return made


SECOND_LAYOUTS = [(s, "a5") for s in SLUGS] + [
    ("principal-ai-ml-model-training-assistant", "a4"),
    ("sdet", "a4"),
    ("tripled", "half-letter"),
]


@pytest.mark.parametrize(("slug", "size"), SECOND_LAYOUTS)
def test_a_story_laid_out_again_is_laid_out_as_one_made_afresh(slug, size, monkeypatch):
    """A case file laid out twice (its last page planned fuller) takes the flowables of its
    first layout again; the PDF is the one that stories made afresh for each layout give, byte
    for byte."""
    expected = rendered(slug, size)
    made = _made(monkeypatch)
    assert casefile(role(slug), size) == expected
    assert made == [0, 0], "this case file is laid out twice, its story made for each"


@pytest.mark.parametrize("kept", [0, 3])
def test_the_zine_laid_out_again_is_laid_out_as_one_made_afresh(kept, monkeypatch):
    """The zine's second layout takes the stories the first kept (here none, or the first
    three roles': a zine of more roles than are kept makes the rest again)."""
    expected = zine("a5")
    made = _made(monkeypatch, kept)
    assert zine.__wrapped__("a5") == expected
    count = len(SLUGS)
    assert sorted(made) == sorted([*range(count), *range(kept, count)]), (
        "laid out twice: each story kept made once, the rest twice"
    )


def test_a_story_laid_out_again_unmended_is_another_layout(monkeypatch):
    """The comparison can fail: flowables laid out again with a keep-with-next run's members
    left as the first layout left them (no longer kept with what follows) lay out another
    case file; and one left marked as moved on is taken for too large for any page."""
    from printworks.casefile import compat
    from printworks.errors import RenderError

    def unkept(self):
        for flowable in self.flowables:
            flowable.__dict__.pop("_postponed", None)
        return self.flowables

    monkeypatch.setattr(compat.Again, "__call__", unkept)
    assert casefile(role("sdet"), "a5") != rendered("sdet", "a5")
    monkeypatch.setattr(compat.Again, "__call__", lambda self: self.flowables)
    with pytest.raises(RenderError, match="too large"):
        casefile(role("sdet"), "a4")
