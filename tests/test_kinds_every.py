"""What every kind of a role's own slide is held to, in every theme, whichever group it is tested
with (tests/test_kinds_data.py, test_kinds_k1.py, test_kinds_k2.py): it shows its words on its
own slide and runs on to none, its diagram is one group described in its own words with none
of the hidden ones, and every shape lies inside the slide and the diagram inside the body; and
bad content in it (each group's ``BAD``: a change, and words of what is said of it) is refused
at its line."""

from __future__ import annotations

import re

import pytest

from printworks.errors import RoleInvalid
from printworks.markup import BLOCK
from tests import test_kinds_data, test_kinds_k1, test_kinds_k2
from tests.conftest import role_from_yaml
from tests.kind_slides import THEMES, described, inside, role_text, shows_its_words, slide

GROUPS = (test_kinds_data, test_kinds_k1, test_kinds_k2)
EVERY = [pytest.param(group, kind, id=kind) for group in GROUPS for kind in group.KINDS]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize(("group", "kind"), EVERY)
def test_each_kind_draws_its_words_on_its_own_slide_and_runs_on_to_none(
    every_kind_shown, group, kind, theme
):
    text = shows_its_words(every_kind_shown[theme], group.SLIDES, kind, theme)
    assert group.SECRET not in text


@pytest.mark.parametrize(("group", "kind"), EVERY)
def test_each_kind_is_one_group_described_in_its_own_words(every_kind_shown, group, kind):
    shown = every_kind_shown["consultancy"]
    described(shown, group.SLIDES, kind, (group.SECRET, BLOCK), least=group.LEAST)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize(("group", "kind"), EVERY)
def test_every_shape_lies_inside_the_slide_and_the_diagram_inside_the_body(
    every_kind_shown, group, kind, theme
):
    inside(every_kind_shown[theme], group.SLIDES, kind, theme, slack=group.SLACK)


@pytest.mark.parametrize(("group", "kind"), EVERY)
def test_bad_content_is_refused_at_its_line(group, kind):
    change, message = group.BAD[kind]
    first = {"kind": "hero_number", "title": "First", "notes": "n", "number": "10×", "label": "x"}
    text = role_text("Bad Content", [first, slide(group.SLIDES, kind, **change)])
    with pytest.raises(RoleInvalid) as caught:
        role_from_yaml(text)
    problems = [str(p) for p in caught.value.problems]
    pattern = re.compile(r"^hostile\.yaml:(\d+):(\d+): deck\.slides\[1\]\S*: (.+)$")
    found = [p for p in problems if pattern.match(p) and message in p]
    assert found, problems
    assert "Traceback" not in str(caught.value)
    line = int(pattern.match(found[0]).group(1))
    rows = text.splitlines()
    start = next(i for i, row in enumerate(rows, 1) if row.endswith(f"- kind: {kind}"))
    end = next((i for i, row in enumerate(rows, 1) if i > start and "- kind:" in row), len(rows))
    assert start <= line <= end  # at the slide, or at the field within it


def every_kind_slides() -> list[dict]:
    """The role-file entries of one slide of each kind of the three groups."""
    return [slide(group.SLIDES, kind) for group in GROUPS for kind in group.KINDS]
