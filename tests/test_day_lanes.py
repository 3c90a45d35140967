"""The day's lanes and hours are worked out once, in the facts: the case file's day ruler and
the deck's operating cadence lay the same blocks on the same lanes, whatever order the log
lists them in."""

from __future__ import annotations

import io

import yaml
from pptx import Presentation

from printworks.deck import render_deck
from printworks.deck.slides.cadence import AXIS
from printworks.facts import Facts, hours, lanes, on_lanes
from printworks.layout import shipped
from tests.conftest import SEED_DOSSIER, role_from_yaml

EMU_PER_PT = 12700
# listed latest first: laid out in the order listed, the three would need three lanes
OUT_OF_ORDER = [
    {"start": "10:00", "end": "11:00", "title": "Alignment Sync", "description": "Aligns."},
    {"start": "09:00", "end": "10:30", "title": "Pre-Alignment", "description": "Pre-aligns."},
    {"start": "08:00", "end": "09:00", "title": "Stand-up", "description": "Stands."},
]


def _role():
    data = yaml.safe_load(SEED_DOSSIER)
    data["day_log"] = OUT_OF_ORDER
    return role_from_yaml(yaml.safe_dump(data, allow_unicode=True), "out-of-order")


def test_blocks_that_overlap_never_share_a_lane_and_the_fewest_lanes_are_used() -> None:
    spans = [(600, 660), (540, 630), (480, 540)]
    assert lanes(spans) == [1, 0, 0]
    assert lanes(list(reversed(spans))) == [0, 0, 1]
    assert lanes([(540, 600), (540, 600), (545, 560)]) == [0, 1, 2]


def test_a_run_of_blocks_spans_whole_hours_from_the_first_start_to_the_last_end() -> None:
    facts = Facts(_role(), shipped().dossier)
    assert hours(facts.blocks) == (8, 11)
    assert hours(facts.blocks[:1]) == (10, 11)  # an end on the hour is that hour
    assert hours(facts.blocks[1:2]) == (9, 11)


def test_some_of_the_days_blocks_are_laid_on_lanes_of_their_own() -> None:
    facts = Facts(_role(), shipped().dossier)
    assert [b.lane for b in facts.blocks] == [1, 0, 0]
    alone = on_lanes(facts.blocks[:1])
    assert [b.lane for b in alone] == [0] and alone[0].entry is facts.blocks[0].entry


def test_the_decks_cadence_puts_the_blocks_on_the_lanes_the_facts_give() -> None:
    data = yaml.safe_load(SEED_DOSSIER)
    data["day_log"] = OUT_OF_ORDER
    title = "A Day in Lanes"  # the day told by the cadence, whatever the dialect's own kind
    cadence = {"kind": "operating_rhythm", "title": title, "banner_head": "3", "banner": "a day"}
    data["deck"] = {"title": "Lanes", "sections": {"day_log": cadence}}
    role = role_from_yaml(yaml.safe_dump(data, allow_unicode=True), "out-of-order")
    theme = shipped().deck.theme(None).theme
    body = theme.box("body")
    prs = Presentation(io.BytesIO(render_deck(role, shipped())))
    (slide,) = [s for s in prs.slides if s.shapes.title and s.shapes.title.text == title]
    bars = [
        shape
        for shape in slide.shapes
        if shape.element.find(".//{*}prstGeom") is not None
        and shape.element.find(".//{*}prstGeom").get("prst") == "roundRect"
        and shape.top / EMU_PER_PT >= body.top
        and (shape.top + shape.height) / EMU_PER_PT <= body.top + AXIS
    ]
    assert len(bars) == 3, "one bar a block, above the axis"
    tops = [bar.top for bar in bars]
    # the first-listed block overlaps the second, so it stands a lane above; the other two
    # follow one another and share the lowest lane: two lanes, as the case file's ruler has
    assert tops[1] == tops[2] and tops[0] < tops[1]
