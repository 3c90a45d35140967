"""The JSON Schema: valid, accepts the shipped roles, refuses what the loader refuses."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from printworks.cli import app
from printworks.schema import SCHEMA_FILE, role_schema, role_schema_text

from .conftest import ROLES, SEED_FILE


def test_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(role_schema())


@pytest.mark.parametrize("path", sorted(ROLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_schema_accepts_every_shipped_role(path: Path) -> None:
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), role_schema())


def test_schema_refuses_a_misspelt_key() -> None:
    data = yaml.safe_load(SEED_FILE.read_text(encoding="utf-8"))
    data["fligh_risk"] = data.pop("flight_risk")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, role_schema())


def test_shipped_schema_file_is_current() -> None:
    assert (ROLES / SCHEMA_FILE).read_text(encoding="utf-8") == role_schema_text()


def test_every_shipped_role_points_its_editor_at_the_schema() -> None:
    for path in ROLES.glob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema={SCHEMA_FILE}", path.name


def test_schema_command_prints_it() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == role_schema()
