"""The seed file record survives whole into the seed role and the layout: nothing dropped."""

from __future__ import annotations

import re

from pydantic import BaseModel

from printworks import templating
from printworks.layout import shipped
from printworks.markup import Text
from printworks.model import Role

from .conftest import SEED_TEXT


def _texts(value) -> list[str]:
    """Every text of a model, flattened."""
    if isinstance(value, Text):
        return [value.masked()]
    if isinstance(value, BaseModel | list | tuple):
        items = (
            value
            if isinstance(value, list | tuple)
            else [getattr(value, f) for f in type(value).model_fields]
        )
        return [t for item in items for t in _texts(item)]
    return [value] if isinstance(value, str) else []


def _layout_lines() -> set[str]:
    copy = shipped().dossier
    lines = {f"[{s.number}] {s.heading}" for s in copy.sections}
    lines |= {s.caption for s in copy.sections if s.caption}
    lines |= {v for v in copy.labels.model_dump().values()}
    return lines


def test_every_seed_line_is_in_the_role_or_the_layout(seed_role: Role) -> None:
    corpus = "\n".join(_texts(seed_role))
    layout = _layout_lines()
    copy = shipped().dossier
    unplaced = []
    for raw in SEED_TEXT.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line in layout:
            continue
        if line == templating.words(copy.file_record, slug=seed_role.slug.upper()):
            continue
        if line == templating.words(copy.question, article="A", title=str(seed_role.title).upper()):
            continue
        if line == str(seed_role.title):
            continue
        if line == "".join(str(a) for a in seed_role.aliases):
            continue
        if line == f"${seed_role.salary.amount:,}":
            continue
        risk = seed_role.flight_risk
        if line == f"{copy.labels.flight_risk}{risk.percent}%{risk.label}":
            continue
        if m := re.fullmatch(r"\[(\d\d:\d\d) - (\d\d:\d\d)\]", line):
            assert (m[1], m[2]) in {(e.start, e.end) for e in seed_role.day_log}
            continue
        if m := re.fullmatch(r"(?:\[VIEW FULL TAXONOMY\] ↗)?SYSTEM MATCH: (\d+)%", line):
            assert int(m[1]) in {s.match for s in seed_role.related}
            continue
        if line.startswith("— "):
            assert line[2:] in {str(c.posted_on) for c in seed_role.burn_ward}
            continue
        for label in ("[DIAGNOSIS]", "[IF ENGAGED:]", "* ", "- "):
            line = line.removeprefix(label)
        line = line.removeprefix('"').removesuffix('"')
        if line not in corpus:
            unplaced.append(raw)
    assert unplaced == []


def test_structured_parts_of_the_seed(seed_role: Role) -> None:
    assert seed_role.salary.amount == 237458 and seed_role.salary.currency == "USD"
    assert seed_role.flight_risk.percent == 85
    assert str(seed_role.flight_risk.label) == "HIGH RISK"
    assert [str(e.situation) for e in seed_role.encounter_guide] == ["IF ENGAGED"]
    assert [(s.slug, s.match) for s in seed_role.related] == [
        ("lead-backend-data-procurement-analyst", 98),
        ("enterprise-architect", 91),
        ("sdet", 84),
    ]
    assert all(c.source_redacted for c in seed_role.jd_autopsy)
    assert [(e.start, e.end) for e in seed_role.day_log] == [
        ("09:30", "11:00"),
        ("13:00", "15:00"),
        ("16:00", "17:00"),
    ]


def test_seed_org_chart_holds_the_names_its_burn_ward_gives(seed_role: Role) -> None:
    chart = seed_role.org_chart
    assert chart is not None
    titles = [str(node.title) for _, node in chart.root.walk()]
    above = "Principal Director of AI/ML Strategy"
    below = "Assistant to the Principal Assistant"
    assert above in titles and below in titles
    me = chart.this_role
    assert str(me.title) == str(seed_role.title)
    assert [str(n.title) for n in me.reports] == [below]
    parent = next(n for _, n in chart.root.walk() if me in n.reports)
    assert str(parent.title) == above
    assert len(parent.reports) >= 2, "the role has a peer beside it"


def test_seed_role_reads_without_redactions(seed_role: Role) -> None:
    assert not any("█" in t for t in _texts(seed_role))
