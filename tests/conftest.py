"""Shared fixtures: the shipped roles, the seed role, and a scratch roles folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from printworks.layout import Layouts
from printworks.loader import load_role, parse_role
from printworks.model import Role

ROOT = Path(__file__).resolve().parent.parent
ROLES = ROOT / "roles"
SEED_SLUG = "principal-ai-ml-model-training-assistant"
SEED_FILE = ROLES / f"{SEED_SLUG}.yaml"
SEED_TEXT = Path(__file__).resolve().parent / "data" / "seed.txt"
# the sections a role may leave empty, as the model says (aliases, habitat, metrics, ...)
OPTIONAL_LISTS = [
    name
    for name, field in Role.model_fields.items()
    if not field.is_required() and field.default_factory is list
]


@pytest.fixture(scope="session")
def seed_role() -> Role:
    """The seed role, as shipped."""
    return load_role(SEED_FILE)


@pytest.fixture
def roles_copy(tmp_path: Path) -> Path:
    """A scratch copy of the shipped roles folder."""
    folder = tmp_path / "roles"
    shutil.copytree(ROLES, folder)
    return folder


def role_from_yaml(text: str, slug: str = "hostile") -> Role:
    """A role parsed from YAML text, for hostile variants built in a test."""
    return parse_role(text, f"{slug}.yaml")


def casefile(
    role: Role,
    page_size: str = "a4",
    grayscale: bool = False,
    *,
    date=None,
    layouts: Layouts | None = None,
) -> bytes:
    """The case file of ``role``, as ``printworks pdf`` would make it with these options."""
    from printworks.casefile import CasefileOptions, render_casefile

    return render_casefile(role, layouts, CasefileOptions(page_size, grayscale, date))
