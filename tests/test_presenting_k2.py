"""What K2's presenters make of a role's sections: only the role's own words and figures
derived from its data, its redactions kept, and the words they take popped."""

from __future__ import annotations

import re

import pytest

from printworks.content import pipeline_run
from printworks.content.presenting import Source, present, presents
from printworks.facts import Facts
from printworks.layout import Layouts
from printworks.loader import load_role
from printworks.markup import Text
from printworks.part import Part
from tests.conftest import ROLES

KINDS = (
    "leaderboard",
    "loss_curve",
    "pipeline_run",
    "testimonial_wall",
    "health_check",
    "hero_number",
    "hero_quote",
    "logo_wall",
    "dashboard",
    "chevrons",
    "burning_platform",
    "raci",
    "before_after",
    "spreadsheet",
    "heatmap",
    "swimlane",
)
PAIRS = [(kind, section) for kind in KINDS for section in presents(kind)]
# what a presenter may print that is not role text: figures, clock times, money, codes
FIGURE = re.compile(r"^[\d\s.,:%/–×$€£¥+-]*(?:[A-Z]{3})?[\d\s.,:%/–×$€£¥+-]*$")


@pytest.fixture(scope="module")
def sources() -> list[Source]:
    dossier = Layouts().dossier
    roles = [load_role(path) for path in sorted(ROLES.glob("*.yaml"))]
    return [Source(role, Facts(role, dossier)) for role in roles]


def _texts(value):
    """Every Text in a presenter's output or a role's model, however deep."""
    if isinstance(value, Text):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, Part):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name))


@pytest.mark.parametrize(("kind", "section"), PAIRS, ids=[f"{k}-{s}" for k, s in PAIRS])
def test_a_presenter_prints_only_the_role_text_and_figures(kind, section, sources):
    """No English of its own: each text it returns is the role's, redactions and all, or a
    figure (a sum, a percentage, a clock time) derived from the role's data."""
    for source in sources:
        if not getattr(source.role, section):
            continue
        own = set(_texts(source.role))
        for text in _texts(present(kind, section, source, {})):
            assert text in own or FIGURE.match(text.visible), (kind, section, str(text))


@pytest.mark.parametrize(
    "section", ["burn_ward", "day_log", "related", "jd_autopsy", "metrics", "aliases"]
)
def test_redactions_reach_the_content_as_redactions(section, sources):
    """Every entry of a section redacted in every text it has: each presenter of it passes a
    redaction on (as a Text with a hidden span), never the words it hid; one that prints
    only figures (a loss curve of the day's hours) has none to pass."""
    source = sources[0]

    def hidden(entry):
        said = Text.parse("said ||in confidence||")
        if isinstance(entry, Text):
            return said
        return entry.model_copy(
            update={name: said for name, value in entry if isinstance(value, Text)}
        )

    entries = [hidden(entry) for entry in getattr(source.role, section)]
    role = source.role.model_copy(update={section: entries})
    redacted = Source(role, Facts(role, source.facts.copy))
    kinds = [kind for kind, of in PAIRS if of == section]
    assert kinds
    for kind in kinds:
        made = list(_texts(present(kind, section, redacted, {})))
        if all(FIGURE.match(t.visible) for t in made):
            continue
        assert any(t.redacted for t in made), (kind, section)
        assert not any("confidence" in t.visible for t in made), (kind, section)


def test_the_day_log_run_fails_at_its_longest_block_and_the_loss_reaches_zero(sources):
    for source in sources:
        if not source.role.day_log:
            continue
        run = present("pipeline_run", "day_log", source, {})
        blocks = source.facts.blocks[:8]
        longest = max(range(len(blocks)), key=lambda i: blocks[i].minutes)
        assert [s["status"] == "fail" for s in run["stages"]].index(True) == longest
        assert sum(s["status"] == "fail" for s in run["stages"]) == 1
        curve = present("loss_curve", "day_log", source, {"series": "hours left"})
        values = curve["curves"][0]["values"]
        assert values[0] == round(source.facts.logged_hours, 2) and values[-1] == 0
        assert curve["curves"][0]["name"] == "hours left"
        assert "series" not in curve  # popped: it named the curve, it is no content field


def test_the_salary_sheet_spreads_the_whole_salary_over_the_day(sources):
    for source in sources:
        if not source.role.day_log:
            continue
        sheet = present("spreadsheet", "salary", source, {})
        amounts = [int(re.sub(r"\D", "", row[2].visible)) for row in sheet["rows"]]
        assert abs(sum(amounts) - source.role.salary.amount) <= len(amounts)
        circled = sheet["circled"]["row"]
        assert amounts[circled] == max(amounts)


def test_related_specimens_rank_by_their_match(sources):
    for source in sources:
        board = present("leaderboard", "related", source, {})
        assert sorted(e["score"] for e in board["entries"]) == sorted(
            s.match for s in source.role.related
        )


def test_a_tally_counts_what_the_run_holds():
    content = pipeline_run.Content.model_validate(
        {
            "kind": "pipeline_run",
            "title": "T",
            "notes": "N",
            "stages": [
                {"name": "a", "status": "pass"},
                {"name": "b", "status": "skipped"},
                {"name": "c", "status": "pass"},
            ],
        }
    )
    assert pipeline_run.counts(content) == {"pass": 2, "fail": 0, "skipped": 1}


def test_the_day_heat_is_the_share_of_each_column_a_block_takes(sources):
    for source in sources:
        heat = present("heatmap", "day_log", source, {})
        starts = [int(c.visible[:2]) * 60 + int(c.visible[3:]) for c in heat["columns"]]
        assert 1 <= len(starts) <= 8
        width = starts[1] - starts[0] if len(starts) > 1 else 60
        for block, row in zip(source.facts.blocks, heat["values"], strict=True):
            for start, shade in zip(starts, row, strict=True):
                taken = max(0, min(block.end, start + width) - max(block.start, start))
                assert (shade == 0) == (taken == 0)
                assert (shade == 3) == (taken > 2 * width / 3)
