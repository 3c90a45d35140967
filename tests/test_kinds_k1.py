"""The kinds for programme offices and portfolios (TIME quadrant, status report, waterfall,
business case, three horizons): each is drawn, described, kept inside its slide in every theme,
keeps its redactions, carries its native chart or table, and refuses bad content at its line;
and each presents its sections from a role's data alone."""

from __future__ import annotations

import pytest

from printworks.content import business_case, waterfall
from printworks.errors import RoleInvalid
from printworks.layout import shipped
from tests.conftest import SEED_DOSSIER, package_bytes, role_from_yaml
from tests.kind_slides import (
    THEMES,
    diagram,
    own,
    role_text,
    says,
    slide,
    walk,
)

SECRET = "kumquat ledger"
HIDDEN = f"||{SECRET}||"


# one slide of each kind; `words` must show on the slide, `said` in its alt text
SLIDES = {
    "time_quadrant": {
        "slide": {
            "title": "Application Portfolio Rationalisation",
            "applications": [
                {"label": "Confluence of Record", "quadrant": "invest", "us": True},
                {"label": "Legacy CRM", "quadrant": "tolerate"},
                {"label": f"The {HIDDEN} mainframe", "quadrant": "migrate"},
                {"label": "Spreadsheet ERP", "quadrant": "migrate"},
            ],
        },
        "words": [
            says("time_quadrant.invest"),
            says("time_quadrant.tolerate"),
            says("time_quadrant.eliminate"),
            "Legacy CRM",
            f"Confluence of Record ({says('time_quadrant.us')})",
        ],
        "said": [
            "TIME quadrant",
            "Legacy CRM",
            f"{says('time_quadrant.eliminate')}: none",
            "[redacted]",
            "role's own",
        ],
    },
    "status_report": {
        "slide": {
            "title": "Programme Status",
            "rows": [
                {"item": "Cloud migration", "status": "green", "trend": "up"},
                {"item": "Data platform", "status": "amber", "comment": "Re-baselined twice"},
                {"item": f"Budget {HIDDEN}", "status": "red", "trend": "down"},
            ],
            "overall": "green",
        },
        "words": [
            says("status_report.overall"),
            "Cloud migration",
            says("status_report.amber"),
            says("status_report.red"),
            "Re-baselined twice",
        ],
        "said": [
            "status report",
            f"overall status {says('status_report.green')}",
            f"Data platform: {says('status_report.amber')}",
            "[redacted]",
        ],
    },
    "waterfall": {
        "slide": {
            "title": "Synergy Bridge",
            "start": 1200,
            "start_label": "Baseline cost",
            "steps": [
                {"label": "Headcount synergies", "value": -300},
                {"label": f"Consultants {HIDDEN}", "value": 450},
                {"label": "Rebranding", "value": 120},
            ],
            "unit": "USD k",
        },
        "words": ["1,470", says("waterfall.total"), "Baseline cost: 1,200 USD k"],
        "chart": ["Baseline cost", "Headcount synergies", says("waterfall.total")],
        "said": ["bridge chart", "Baseline cost", "-300", "1,470", "[redacted]"],
    },
    "business_case": {
        "slide": {
            "title": "The Business Case",
            "lines": [
                {"cost": 500, "benefit": 0},
                {"cost": 300, "benefit": 200},
                {"label": f"Year {HIDDEN}", "cost": 100},
            ],
            "discount": 10,
            "currency": "$",
        },
        "words": [
            says("business_case.period", number=1),
            says("business_case.period", number=2),
            "$500",
            says("business_case.tbc"),
            says("business_case.npv", rate=10),
            says("business_case.never"),
        ],
        "said": [
            "business case",
            f"{says('business_case.period', number=1)}: cost $500",
            says("business_case.tbc"),
            says("business_case.npv", rate=10),
            "[redacted]",
        ],
    },
    "three_horizons": {
        "slide": {
            "title": "Three Horizons of Growth",
            "horizons": [
                {"items": ["Status decks"]},
                {"label": "Emerging bets", "items": ["AI steering group", f"A {HIDDEN} pilot"]},
                {"items": ["Quantum synergy"]},
            ],
            "we_are_in": 3,
        },
        "words": [
            says("three_horizons.h1"),
            "Emerging bets",
            "Quantum synergy",
            says("three_horizons.number", number=1),
            says("three_horizons.number", number=3),
            says("three_horizons.here"),
        ],
        "said": ["Three horizons", "Status decks", "horizon 3", "[redacted]"],
    },
}
KINDS = list(SLIDES)


# what every kind of this group is held to (tests/test_kinds_every.py): the least shapes in its
# diagram, and how far (points) the diagram may stand past the body
LEAST, SLACK = 3, 4


def _role_text(slides: list[dict]) -> str:
    return role_text("Portfolio at Scale", slides)


def _inner(slide, kind):
    return list(walk(diagram(slide).shapes))


def test_the_bridge_is_a_native_stacked_chart_whose_base_is_not_drawn(every_kind_shown):
    shapes = _inner(own(every_kind_shown["consultancy"], SLIDES, "waterfall"), "waterfall")
    charts = [s for s in shapes if getattr(s, "has_chart", False) and s.has_chart]
    assert len(charts) == 1
    chart = charts[0].chart
    assert chart.chart_type.name == "COLUMN_STACKED"
    categories = list(chart.plots[0].categories)
    assert (categories[0], categories[-1]) == ("Baseline cost", says("waterfall.total"))
    base, up, down, total = (list(s.values) for s in chart.plots[0].series)
    # 1200 -> 900 -> 1350 -> 1470: the fall stands on 900, the rises on 900 and 1350
    assert base == [0, 900, 900, 1350, 0]
    assert up == [0, 0, 450, 120, 0] and down == [0, 300, 0, 0, 0]
    assert total == [1200, 0, 0, 0, 1470]
    xml = charts[0].chart.part.blob.decode()
    assert '<c:legendEntry><c:idx val="0"/><c:delete val="1"/>' in xml
    assert SECRET not in xml


@pytest.mark.parametrize("kind", ["status_report", "business_case"])
def test_the_tables_are_native_with_a_header_row(every_kind_shown, kind):
    shapes = _inner(own(every_kind_shown["agile"], SLIDES, kind), kind)
    tables = [s for s in shapes if getattr(s, "has_table", False) and s.has_table]
    assert len(tables) == 1
    table = tables[0].table
    assert table.first_row
    rows = len(SLIDES[kind]["slide"]["rows" if kind == "status_report" else "lines"])
    assert len(table.rows) == rows + 1


def test_the_status_cells_are_filled_in_their_lights_colours(every_kind_shown):
    theme = shipped().deck.theme("enterprise").theme
    shapes = _inner(own(every_kind_shown["enterprise"], SLIDES, "status_report"), "status_report")
    table = next(s for s in shapes if getattr(s, "has_table", False) and s.has_table).table
    fills = [str(table.cell(r, 1).fill.fore_color.rgb) for r in (1, 2, 3)]
    assert fills == [theme.colour("good"), theme.colour("warn"), theme.colour("bad")]


def test_the_business_case_sums_its_own_figures():
    content = business_case.Content.model_validate(slide(SLIDES, "business_case"))
    assert business_case.nets(content) == [-500, -100, -100]
    assert business_case.cumulative(content) == [-500, -600, -700]
    assert business_case.payback(content) is None
    assert round(business_case.npv(content)) == round(-500 / 1.1 - 100 / 1.21 - 100 / 1.331)


def test_hidden_words_are_nowhere_in_the_file(every_kind_decks):
    for theme in THEMES:
        assert SECRET.encode() not in package_bytes(every_kind_decks[theme])


def _broken(kind: str, **change) -> str:
    return _role_text([slide(SLIDES, kind, **change)])


BAD = {  # a change that breaks each kind, and words of what is said of it
    "time_quadrant": ({"applications": [{"label": "X", "quadrant": "keep"}]}, "quadrant"),
    "status_report": ({"rows": [{"item": "X", "status": "blue"}]}, "status"),
    "waterfall": ({"steps": [{"label": "All of it", "value": -5000}]}, "below zero"),
    "business_case": ({"discount": 140}, "discount"),
    "three_horizons": ({"horizons": [{"items": []}, {"items": []}]}, "three horizons are three"),
}


def test_a_crowded_quadrant_is_refused_at_its_line():
    five = [{"label": f"App {n}", "quadrant": "invest"} for n in range(5)]
    with pytest.raises(RoleInvalid) as caught:
        role_from_yaml(_broken("time_quadrant", applications=five), "broken")
    assert "broken.yaml:" in str(caught.value) and "at most four" in str(caught.value)


def test_a_bridge_of_a_salary_ends_at_zero_and_keeps_the_sum():
    from printworks.content.presenting import Source
    from printworks.facts import Facts
    from printworks.layout import Layouts
    from printworks.loader import load_role
    from tests.conftest import SEED_FILE

    role = load_role(SEED_FILE)
    made = waterfall.PRESENTS["salary"](Source(role, Facts(role, Layouts().dossier)), {})
    content = waterfall.Content.model_validate(
        {"kind": "waterfall", "title": "T", "notes": "N", **made}
    )
    assert content.start == role.salary.amount
    assert waterfall.total(content) == 0
    assert [str(s.label) for s in content.steps] == [str(e.title) for e in role.day_log]


# --- presenting: a section's data alone fills the kind, and its redactions survive ----------
PRESENTED = [
    (kind, section)
    for kind in (
        *KINDS,
        "pyramid",
        "stack",
        "venn",
        "sticky_wall",
        "iceberg",
        "funnel",
        "roadmap",
        "cycle",
        "staircase",
        "hype_curve",
    )
    for section in __import__("printworks.content", fromlist=["module"]).module(kind).PRESENTS
]
# a word of each section of the seed's dossier, hidden
HIDE = {
    "Chief AI Officer": "Chief ||AI|| Officer",
    "- Senior AI Model Governance Specialist": "- Senior AI Model ||Governance|| Specialist",
    "- Large, legacy": "- Large, ||legacy||",
    "label: HIGH RISK": "label: HIGH ||RISK||",
    "- name: Number of MLOps": "- name: Number of ||MLOps||",
    "- name: MLOps Maturity Model Scorecard": "- name: MLOps ||Maturity|| Model Scorecard",
    "advice: Smile vaguely": "advice: Smile ||vaguely||",
    "- claim: Develop, train": "- claim: Develop, ||train||",
    "title: Deep Dive on Q2": "title: Deep ||Dive|| on Q2",
    "- quote: They hired": "- quote: They ||hired||",
    "- title: Lead Backend Data": "- title: Lead ||Backend|| Data",
}


@pytest.fixture(scope="module")
def hidden_source():
    from printworks.content.presenting import Source
    from printworks.facts import Facts
    from printworks.layout import Layouts

    text = SEED_DOSSIER
    for plain, hidden in HIDE.items():
        assert plain in text, plain
        text = text.replace(plain, hidden, 1)
    role = role_from_yaml(text + "\ndeck:\n  title: T\n", "hidden")
    return Source(role, Facts(role, Layouts().dossier))


def _texts_of(value):
    from printworks.markup import Text
    from printworks.part import Part

    if isinstance(value, Text):
        yield value
    elif isinstance(value, Part):
        for name in type(value).model_fields:
            yield from _texts_of(getattr(value, name))
    elif isinstance(value, list):
        for item in value:
            yield from _texts_of(item)


@pytest.mark.parametrize(("kind", "section"), PRESENTED, ids=[f"{k}-{s}" for k, s in PRESENTED])
def test_a_presented_section_keeps_its_redactions(kind, section, hidden_source):
    from printworks import content
    from printworks.content.presenting import present

    fields = present(kind, section, hidden_source, {})
    slide = content.module(kind).Content.model_validate(
        {"kind": kind, "title": "T", "notes": "N", **fields}
    )
    texts = list(_texts_of(slide))
    assert any(t.redacted for t in texts), f"{kind} lost the redaction of {section}"


def test_words_left_over_go_over_what_a_presenter_made(hidden_source):
    from printworks.content.presenting import present

    made = present("status_report", "metrics", hidden_source, {"overall": "amber"})
    assert made["overall"] == "amber" and len(made["rows"]) == 3
    made = present("waterfall", "salary", hidden_source, {"total_label": "What is left"})
    assert made["total_label"] == "What is left"
