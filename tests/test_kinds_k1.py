"""The kinds for programme offices and portfolios (TIME quadrant, status report, waterfall,
business case, three horizons): each is drawn, described, kept inside its slide in every theme,
keeps its redactions, carries its native chart or table, and refuses bad content at its line;
and each presents its sections from a role's data alone."""

from __future__ import annotations

import io

import pytest
import yaml
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from printworks.content import business_case, waterfall
from printworks.errors import RoleInvalid
from printworks.layout import shipped
from printworks.markup import BLOCK
from tests.conftest import SEED_DOSSIER, package_bytes, reader_text, role_from_yaml

THEMES = ["consultancy", "agile", "startup", "enterprise"]
SECRET = "kumquat ledger"
HIDDEN = f"||{SECRET}||"
EMU_PER_PT = 12700
ZWSP = "\u200b"

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
        "words": ["INVEST", "TOLERATE", "ELIMINATE", "Legacy CRM", "Confluence of Record (ours)"],
        "said": ["TIME quadrant", "Legacy CRM", "ELIMINATE: none", "[redacted]", "role's own"],
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
        "words": ["OVERALL STATUS", "Cloud migration", "AMBER", "RED", "Re-baselined twice"],
        "said": ["status report", "overall status GREEN", "Data platform: AMBER", "[redacted]"],
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
        "words": ["1,470", "Net position", "Baseline cost: 1,200 USD k"],
        "chart": ["Baseline cost", "Headcount synergies", "Net position"],
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
        "words": ["Year 1", "Year 2", "$500", "TBC", "NPV at 10%", "Beyond the horizon"],
        "said": ["business case", "Year 1: cost $500", "TBC", "NPV at 10%", "[redacted]"],
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
        "words": ["Defend the core", "Emerging bets", "Quantum synergy", "H1", "H3", "WE ARE HERE"],
        "said": ["Three horizons", "Status decks", "horizon 3", "[redacted]"],
    },
}
KINDS = list(SLIDES)


def _slide(kind: str, **extra) -> dict:
    return {
        "kind": kind,
        "notes": f"What the {kind} really means.",
        **SLIDES[kind]["slide"],
        **extra,
    }


def _role_text(slides: list[dict]) -> str:
    deck = {"deck": {"title": "Portfolio at Scale", "slides": slides}}
    dumped = yaml.safe_dump(deck, allow_unicode=True, sort_keys=False)
    return SEED_DOSSIER + "\n" + dumped


@pytest.fixture(scope="module")
def shown(every_kind_decks):
    return {t: Presentation(io.BytesIO(every_kind_decks[t])) for t in THEMES}


def _own(prs, kind: str):
    title = SLIDES[kind]["slide"]["title"]
    found = [s for s in prs.slides if s.shapes.title is not None and s.shapes.title.text == title]
    assert len(found) == 1, f"no single slide titled {title!r}"
    return found[0]


def _walk(shapes):
    for shape in shapes:
        yield shape
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _walk(shape.shapes)


def _texts(slide) -> list[str]:
    out = []
    for shape in _walk(slide.shapes):
        if shape.has_text_frame:
            out.append(reader_text(shape))
        if getattr(shape, "has_table", False) and shape.has_table:
            out += [reader_text(cell) for row in shape.table.rows for cell in row.cells]
    return [text.replace(ZWSP, "") for text in out]


def _diagram(slide):
    groups = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
    described = [g for g in groups if g.element.find(".//{*}cNvPr").get("descr")]
    assert len(described) == 1
    return described[0]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_draws_its_words_on_its_own_slide(shown, kind, theme):
    slide = _own(shown[theme], kind)
    text = " ".join(_texts(slide))
    for words in SLIDES[kind]["words"]:
        assert words in text, f"{kind} ({theme}) does not show {words!r}"
    assert SECRET not in text
    assert not [s for s in shown[theme].slides if "(cont.)" in s.shapes.title.text]


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_is_one_group_described_in_its_own_words(shown, kind):
    group = _diagram(_own(shown["consultancy"], kind))
    descr = group.element.find(".//{*}cNvPr").get("descr")
    for words in SLIDES[kind]["said"]:
        assert words in descr, f"the alt text of {kind} does not say {words!r}: {descr}"
    assert SECRET not in descr and BLOCK not in descr
    assert len(list(_walk(group.shapes))) >= 3


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_shape_lies_inside_the_slide_and_the_diagram_inside_the_body(shown, kind, theme):
    prs = shown[theme]
    width, height = prs.slide_width, prs.slide_height
    slide = _own(prs, kind)
    for shape in _walk(slide.shapes):
        assert shape.left >= 0 and shape.top >= 0, (kind, theme, shape.name)
        assert shape.left + shape.width <= width, (kind, theme, shape.name)
        assert shape.top + shape.height <= height, (kind, theme, shape.name)
    body = shipped().deck.theme(theme).theme.box("body")
    group, slack = _diagram(slide), 4 * EMU_PER_PT
    assert group.left >= body.left * EMU_PER_PT - slack, (kind, theme)
    assert group.top >= body.top * EMU_PER_PT - slack, (kind, theme)
    assert group.left + group.width <= body.right * EMU_PER_PT + slack, (kind, theme)
    assert group.top + group.height <= body.bottom * EMU_PER_PT + slack, (kind, theme)


def _inner(slide, kind):
    return list(_walk(_diagram(slide).shapes))


def test_the_bridge_is_a_native_stacked_chart_whose_base_is_not_drawn(shown):
    shapes = _inner(_own(shown["consultancy"], "waterfall"), "waterfall")
    charts = [s for s in shapes if getattr(s, "has_chart", False) and s.has_chart]
    assert len(charts) == 1
    chart = charts[0].chart
    assert chart.chart_type.name == "COLUMN_STACKED"
    categories = list(chart.plots[0].categories)
    assert (categories[0], categories[-1]) == ("Baseline cost", "Net position")
    base, up, down, total = (list(s.values) for s in chart.plots[0].series)
    # 1200 -> 900 -> 1350 -> 1470: the fall stands on 900, the rises on 900 and 1350
    assert base == [0, 900, 900, 1350, 0]
    assert up == [0, 0, 450, 120, 0] and down == [0, 300, 0, 0, 0]
    assert total == [1200, 0, 0, 0, 1470]
    xml = charts[0].chart.part.blob.decode()
    assert '<c:legendEntry><c:idx val="0"/><c:delete val="1"/>' in xml
    assert SECRET not in xml


@pytest.mark.parametrize("kind", ["status_report", "business_case"])
def test_the_tables_are_native_with_a_header_row(shown, kind):
    shapes = _inner(_own(shown["agile"], kind), kind)
    tables = [s for s in shapes if getattr(s, "has_table", False) and s.has_table]
    assert len(tables) == 1
    table = tables[0].table
    assert table.first_row
    rows = len(SLIDES[kind]["slide"]["rows" if kind == "status_report" else "lines"])
    assert len(table.rows) == rows + 1


def test_the_status_cells_are_filled_in_their_lights_colours(shown):
    theme = shipped().deck.theme("enterprise").theme
    shapes = _inner(_own(shown["enterprise"], "status_report"), "status_report")
    table = next(s for s in shapes if getattr(s, "has_table", False) and s.has_table).table
    fills = [str(table.cell(r, 1).fill.fore_color.rgb) for r in (1, 2, 3)]
    assert fills == [theme.colour("good"), theme.colour("warn"), theme.colour("bad")]


def test_the_business_case_sums_its_own_figures():
    content = business_case.Content.model_validate(_slide("business_case"))
    assert business_case.nets(content) == [-500, -100, -100]
    assert business_case.cumulative(content) == [-500, -600, -700]
    assert business_case.payback(content) is None
    assert round(business_case.npv(content)) == round(-500 / 1.1 - 100 / 1.21 - 100 / 1.331)


def test_hidden_words_are_nowhere_in_the_file(every_kind_decks):
    for theme in THEMES:
        assert SECRET.encode() not in package_bytes(every_kind_decks[theme])


def _broken(kind: str, **change) -> str:
    slide = _slide(kind, **change)
    return _role_text([slide])


BROKEN = {
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


@pytest.mark.parametrize("kind", KINDS)
def test_bad_content_is_refused_at_its_line(kind):
    change, words = BROKEN[kind]
    with pytest.raises(RoleInvalid) as caught:
        role_from_yaml(_broken(kind, **change), "broken")
    said = str(caught.value)
    assert "broken.yaml:" in said and words in said, said
    assert "Traceback" not in said


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
