"""The shipped roles: each valid, complete, linked to the others, and written in its own words."""

from __future__ import annotations

import re
from itertools import combinations, pairwise
from pathlib import Path

import pytest
from pydantic import BaseModel
from typer.testing import CliRunner

from printworks.cli import app
from printworks.facts import Facts
from printworks.layout import shipped
from printworks.loader import load_role, role_paths
from printworks.markup import Text
from printworks.model import Role

from .conftest import ROLES, SEED_SLUG

SHIPPED = [
    SEED_SLUG,
    "lead-backend-data-procurement-analyst",
    "enterprise-architect",
    "sdet",
    "head-of-digital-transformation",
    "agile-transformation-coach",
    "senior-prompt-engineering-evangelist",
    "director-of-synergy-enablement",
]
SPECIMENS = ["lead-backend-data-procurement-analyst", "enterprise-architect", "sdet"]
RUN = 8  # this many words in a row, shared, count as a copied sentence


def _roles() -> dict[str, Role]:
    return {path.stem: load_role(path) for path in role_paths(ROLES)}


def _texts(value: object) -> list[str]:
    """Every text in a role or a part of one, as a reader sees it."""
    if isinstance(value, Text):
        return [value.masked()]
    if isinstance(value, list):
        return [t for item in value for t in _texts(item)]
    if isinstance(value, BaseModel):
        return [t for name in type(value).model_fields for t in _texts(getattr(value, name))]
    return []


def _summaries(role: Role) -> set[str]:
    """The one-liners a role shares on purpose: its own, and those of the roles it links to."""
    return {str(role.summary), *(str(s.summary) for s in role.related)}


def _runs(texts: list[str]) -> set[tuple[str, ...]]:
    """Every run of RUN consecutive words in ``texts``, lowercased, punctuation dropped."""
    runs = set()
    for text in texts:
        words = re.findall(r"[a-z0-9]+", text.lower())
        runs |= {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}
    return runs


def _own_words(role: Role) -> set[tuple[str, ...]]:
    shared = _summaries(role)
    return _runs([t for t in _texts(role) if t not in shared])


def test_every_planned_role_is_shipped() -> None:
    assert sorted(SHIPPED) == sorted(p.stem for p in role_paths(ROLES))


@pytest.mark.parametrize("path", role_paths(ROLES), ids=lambda p: p.stem)
def test_every_shipped_role_validates(path: Path) -> None:
    role = load_role(path)
    assert role.slug == path.stem


def test_validate_over_the_roles_folder_is_silent() -> None:
    result = CliRunner().invoke(app, ["validate", "--roles-dir", str(ROLES)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    count = len(role_paths(ROLES))
    assert result.stdout == f"{count} roles: {count} valid, 0 invalid, 0 warnings\n"


def test_every_related_specimen_names_a_shipped_role_by_its_title() -> None:
    roles = _roles()
    wrong = []
    for slug, role in roles.items():
        for specimen in role.related:
            target = roles.get(specimen.slug or "")
            if target is None:
                wrong.append(f"{slug}: {specimen.title} has no shipped role ({specimen.slug})")
            elif specimen.slug == slug:
                wrong.append(f"{slug}: related to itself")
            elif str(specimen.title) != str(target.title):
                wrong.append(f"{slug}: '{specimen.title}' is titled '{target.title}'")
    assert wrong == []


def test_a_specimen_card_quotes_its_role_summary() -> None:
    roles = _roles()
    wrong = [
        f"{slug} -> {s.slug}: '{s.summary}' is not '{roles[s.slug].summary}'"
        for slug, role in roles.items()
        for s in role.related
        if s.slug in roles and str(s.summary) != str(roles[s.slug].summary)
    ]
    assert wrong == []


@pytest.mark.parametrize("slug", SPECIMENS)
def test_the_seeds_specimens_keep_its_one_line_description(slug: str, seed_role: Role) -> None:
    described = {s.slug: str(s.summary) for s in seed_role.related}
    role = load_role(ROLES / f"{slug}.yaml")
    assert str(role.summary) == described[slug]
    assert str(role.title) == next(str(s.title) for s in seed_role.related if s.slug == slug)


@pytest.mark.parametrize("path", role_paths(ROLES), ids=lambda p: p.stem)
def test_every_role_fills_every_section(path: Path) -> None:
    role = load_role(path)
    # every section: a draft: true is a state of an unfinished role, no section
    empty = [name for name in Role.model_fields if not getattr(role, name) and name != "draft"]
    assert empty == []
    copy = shipped().dossier
    assert [s.id for s in Facts(role, copy).present] == [s.id for s in copy.sections]
    assert role.org_chart is not None
    assert str(role.org_chart.this_role.title) == str(role.title)
    assert all(s.slug for s in role.related), "every related specimen is linked by slug"


@pytest.mark.parametrize("path", role_paths(ROLES), ids=lambda p: p.stem)
def test_the_day_runs_forward(path: Path) -> None:
    log = load_role(path).day_log
    assert all(a.end <= b.start for a, b in pairwise(log))


def test_case_numbers_are_unique() -> None:
    numbers = [role.case_number for role in _roles().values()]
    assert len(numbers) == len(set(numbers))


def test_no_role_copies_the_seeds_sentences(seed_role: Role) -> None:
    seed = _own_words(seed_role)
    copied = {
        slug: sorted(" ".join(run) for run in _own_words(role) & seed)
        for slug, role in _roles().items()
        if slug != SEED_SLUG
    }
    assert {slug: runs for slug, runs in copied.items() if runs} == {}


def test_no_two_roles_share_a_sentence() -> None:
    words = {slug: _own_words(role) for slug, role in _roles().items()}
    shared = {
        f"{a} & {b}": sorted(" ".join(run) for run in words[a] & words[b])
        for a, b in combinations(sorted(words), 2)
    }
    assert {pair: runs for pair, runs in shared.items() if runs} == {}


def test_the_copy_check_catches_a_copied_sentence(seed_role: Role) -> None:
    sentence = str(seed_role.flight_risk.diagnosis)
    assert _runs([f"As they say, {sentence.lower()}"]) & _own_words(seed_role)
