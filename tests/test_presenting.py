"""Every kind that says it can present a section makes valid content of it, for every role."""

from __future__ import annotations

import pytest

from printworks import content
from printworks.content.presenting import CLASSIC, Source, present, presents
from printworks.facts import Facts
from printworks.layout import Layouts
from printworks.loader import load_role
from printworks.sections import SECTIONS
from tests.conftest import ROLES

ROLE_FILES = sorted(ROLES.glob("*.yaml"))
PAIRS = [(kind, section) for kind in content.KINDS for section in presents(kind)]


@pytest.fixture(scope="module")
def sources() -> list[Source]:
    dossier = Layouts().dossier
    roles = [load_role(path) for path in ROLE_FILES]
    return [Source(role, Facts(role, dossier)) for role in roles]


def test_every_presented_section_is_a_dossier_section() -> None:
    for kind, section in PAIRS:
        assert section in SECTIONS, f"{kind} presents '{section}', not a dossier section"
    assert set(CLASSIC.values()) <= set(SECTIONS)


@pytest.mark.parametrize(("kind", "section"), PAIRS, ids=[f"{k}-{s}" for k, s in PAIRS])
def test_a_presenter_makes_valid_content_with_no_words(kind, section, sources) -> None:
    """With no words of the step's at all, the section alone fills every field it needs."""
    model = content.module(kind).Content
    made = 0
    for source in sources:
        if not getattr(source.role, section):
            continue
        fields = present(kind, section, source, {})
        slide = model.model_validate({"kind": kind, "title": "T", "notes": "N", **fields})
        assert slide.kind == kind
        made += 1
    assert made, f"no shipped role has {section}"


def test_every_section_can_be_presented_in_three_kinds_or_more() -> None:
    from printworks.content.presenting import presenters

    few = {s: presenters(s) for s in SECTIONS if len(presenters(s)) < 3}
    assert not few, few
