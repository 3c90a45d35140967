"""`printworks new`: a scaffold with every field, commented, that validates as written."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, get_origin

import pytest
import yaml
from pydantic import BaseModel
from typer.testing import CliRunner

from printworks import loader, scaffold
from printworks.cli import app
from printworks.errors import RoleInvalid
from printworks.loader import load_role
from printworks.model import Role
from printworks.schema import SCHEMA_FILE, role_schema_text

runner = CliRunner()
SCHEMA_COMMENT = "# yaml-language-server: $schema=role.schema.json"


@pytest.fixture(autouse=True)
def _no_roles_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(loader.ROLES_ENV, raising=False)


def _new(slug: str, folder: Path) -> Path:
    """Start role ``slug`` in ``folder`` through the command, as a user would."""
    result = runner.invoke(app, ["new", slug, "--roles-dir", str(folder)])
    assert result.exit_code == 0, result.output
    return Path(result.stdout.strip())


def _submodels(annotation: Any) -> list[type[BaseModel]]:
    """The models inside a field's annotation: ``OrgChart | None``, ``list[Metric]`` ..."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in getattr(annotation, "__args__", ()) for m in _submodels(arg)]


def _of_kind(parts: list[type[BaseModel]], item: Any) -> list[type[BaseModel]]:
    """Of a union's models, the one an item's ``kind:`` names (a slide is of one kind)."""
    kinds = [p for p in parts if "kind" in p.model_fields]
    if len(kinds) < 2 or not isinstance(item, dict):
        return parts
    return [p for p in kinds if item.get("kind") in p.model_fields["kind"].annotation.__args__]


def _missing_fields(model: type[BaseModel], data: Any, where: str = "") -> list[str]:
    """Every field of ``model`` (and of its parts, in every list item) absent from ``data``."""
    if not isinstance(data, dict):
        return [f"{where or '(file)'}: not a mapping"]
    missing = []
    for name, field in model.model_fields.items():
        if field.exclude:
            continue  # not the file's to write
        name = field.alias or name  # as the file writes it
        path = f"{where}.{name}" if where else name
        if name not in data:
            missing.append(path)
            continue
        value = data[name]
        items = value if isinstance(value, list) else [value]
        if isinstance(value, dict) and get_origin(field.annotation) is dict:
            # a part for each key (a deck's sections): each field shown in one of them
            items = [{k: v for item in value.values() for k, v in item.items()}]
        parts = _submodels(field.annotation)
        for index, item in enumerate(items):
            at = f"{path}[{index}]" if isinstance(value, list) else path
            for part in _of_kind(parts, item):
                missing += _missing_fields(part, item, at)
    return missing


def test_the_scaffold_validates_as_written(tmp_path: Path) -> None:
    path = _new("chief-vibes-officer", tmp_path)
    assert path == tmp_path / "chief-vibes-officer.yaml"
    role = load_role(path)
    assert role.slug == "chief-vibes-officer"
    assert str(role.title) == "Chief Vibes Officer"
    assert role.org_chart is not None and str(role.org_chart.this_role.title) == str(role.title)


def test_the_scaffold_has_every_field_of_the_model(roles_copy: Path) -> None:
    data = yaml.safe_load(_new("chief-vibes-officer", roles_copy).read_text(encoding="utf-8"))
    assert _missing_fields(Role, data) == []


def test_its_related_specimens_are_the_folders_own_roles(roles_copy: Path) -> None:
    first, second = (loader.load_role(p) for p in loader.role_paths(roles_copy)[:2])
    path = _new("chief-vibes-officer", roles_copy)
    related = load_role(path).related
    assert [(r.slug, str(r.title)) for r in related] == [
        (first.slug, str(first.title)),
        (second.slug, str(second.title)),
    ]
    result = runner.invoke(app, ["validate", "--roles-dir", str(roles_copy)])
    assert result.exit_code == 0, result.output
    assert _other_than_placeholders(result.stdout) == ["9 roles: 9 valid, 0 invalid, 56 warnings"]


def _other_than_placeholders(out: str) -> list[str]:
    """The lines of validate's output that are not the scaffold's placeholders' warnings."""
    return [line for line in out.splitlines() if "the placeholder `printworks new`" not in line]


def test_in_an_empty_folder_it_validates_with_no_warning_but_its_placeholders(
    tmp_path: Path,
) -> None:
    _new("chief-vibes-officer", tmp_path)
    result = runner.invoke(app, ["validate", "--roles-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    placeholders = len(result.stdout.splitlines()) - 1
    assert _other_than_placeholders(result.stdout) == [
        f"1 role: 1 valid, 0 invalid, {placeholders} warnings"
    ]
    assert result.stderr == ""


def test_the_field_check_notices_a_missing_field(roles_copy: Path) -> None:
    data = yaml.safe_load(_new("chief-vibes-officer", roles_copy).read_text(encoding="utf-8"))
    del data["org_chart"]["root"]["reports"][0]["reports"][0]["note"]
    del data["jd_autopsy"][1]["source"]
    assert _missing_fields(Role, data) == [
        "org_chart.root.reports[0].reports[0].note",
        "jd_autopsy[1].source",
    ]


def test_every_list_has_two_entries_and_every_section_is_filled(tmp_path: Path) -> None:
    role = load_role(_new("chief-vibes-officer", tmp_path))
    for name in Role.model_fields:
        value = getattr(role, name)
        assert value, f"{name} is empty"
        if isinstance(value, list):
            assert len(value) == 2, f"{name} has {len(value)} entries"


def test_every_field_name_comes_with_a_comment_saying_what_goes_there(tmp_path: Path) -> None:
    lines = _new("chief-vibes-officer", tmp_path).read_text(encoding="utf-8").splitlines()
    assert lines[0] == SCHEMA_COMMENT
    commented: set[str] = set()
    seen: set[str] = set()
    for index, line in enumerate(lines):
        key = re.match(r"^\s*(?:- )?([a-z_]+):", line)
        if not key:
            continue
        seen.add(key[1])
        above = lines[index - 1].strip() if index else ""
        if above.startswith("#") or " # " in line:
            commented.add(key[1])
    assert seen - commented == set()
    assert len(seen) >= 30  # every field of every part


def test_a_schema_file_is_written_beside_it_when_absent(tmp_path: Path) -> None:
    _new("chief-vibes-officer", tmp_path)
    assert (tmp_path / SCHEMA_FILE).read_text(encoding="utf-8") == role_schema_text()


def test_an_existing_schema_file_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / SCHEMA_FILE).write_text("{}\n", encoding="utf-8")
    _new("chief-vibes-officer", tmp_path)
    assert (tmp_path / SCHEMA_FILE).read_text(encoding="utf-8") == "{}\n"


def test_it_refuses_to_overwrite_a_role(tmp_path: Path) -> None:
    path = tmp_path / "chief-vibes-officer.yaml"
    path.write_text("title: Mine, all mine\n", encoding="utf-8")
    result = runner.invoke(app, ["new", "chief-vibes-officer", "--roles-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [f"{path} already exists; not overwriting it"]
    assert path.read_text(encoding="utf-8") == "title: Mine, all mine\n"


@pytest.mark.parametrize(
    "slug", ["../x", "a/b", "x.yaml", "Chief-Vibes", "chief_vibes", "-x", "x-", "a--b", "a b"]
)
def test_it_refuses_what_is_not_a_slug(tmp_path: Path, slug: str) -> None:
    folder = tmp_path / "roles"
    result = runner.invoke(app, ["new", "--roles-dir", str(folder), "--", slug])
    assert result.exit_code == 1
    assert "is not a role slug" in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert not folder.exists()


def test_the_slug_is_data_not_yaml(tmp_path: Path) -> None:
    role = load_role(_new("404", tmp_path))  # an unquoted 404 would be a number, not a title
    assert str(role.title) == "404"


def test_the_case_number_follows_the_highest_in_the_folder(roles_copy: Path) -> None:
    taken = {load_role(p).case_number for p in loader.role_paths(roles_copy)}
    highest = max(int(n.removeprefix("OTI-")) for n in taken)
    role = load_role(_new("chief-vibes-officer", roles_copy))
    assert role.case_number == f"OTI-{highest + 1:04d}"


def _after_the_shipped() -> str:
    shipped = [load_role(p).case_number for p in loader.role_paths(scaffold.shipped_roles_dir())]
    return f"OTI-{max(int(n.removeprefix('OTI-')) for n in shipped) + 1:04d}"


def test_a_broken_role_does_not_stop_a_new_one(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("title: [\n", encoding="utf-8")
    with pytest.raises(RoleInvalid):
        load_role(tmp_path / "broken.yaml")
    assert load_role(_new("chief-vibes-officer", tmp_path)).case_number == _after_the_shipped()


def test_in_an_empty_folder_the_case_number_follows_the_shipped_roles(tmp_path: Path) -> None:
    """A new role never takes the number of a shipped role it may be printed beside."""
    number = load_role(_new("chief-vibes-officer", tmp_path)).case_number
    assert number == _after_the_shipped() and number != "OTI-0001"


def test_the_folders_own_numbers_count_even_in_a_broken_file(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text("case_number: OTI-0042\ntitle: [\n", encoding="utf-8")
    (tmp_path / "other.yaml").write_text("case_number: OTI-0040\n", encoding="utf-8")
    assert load_role(_new("chief-vibes-officer", tmp_path)).case_number == "OTI-0043"


@pytest.mark.parametrize(
    ("slug", "title"),
    [
        ("head-of-innovation-theatre", "Head of Innovation Theatre"),
        ("director-of-synergy-and-alignment", "Director of Synergy and Alignment"),
        ("the-vp-of-ai-for-the-board", "The VP of AI for the Board"),
        ("chief-of", "Chief Of"),
        ("sdet", "SDET"),
    ],
)
def test_the_title_keeps_small_words_small(tmp_path: Path, slug: str, title: str) -> None:
    assert str(load_role(_new(slug, tmp_path)).title) == title


def test_without_a_roles_folder_it_writes_to_dot_roles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert loader.roles_dir().resolve() == scaffold.shipped_roles_dir().resolve()
    shipped_before = sorted(p.name for p in scaffold.shipped_roles_dir().iterdir())
    result = runner.invoke(app, ["new", "chief-vibes-officer"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(Path("roles") / "chief-vibes-officer.yaml")
    assert load_role(tmp_path / "roles" / "chief-vibes-officer.yaml")
    assert sorted(p.name for p in scaffold.shipped_roles_dir().iterdir()) == shipped_before


def test_it_never_writes_into_an_installed_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "printworks"
    installed = package / "_data" / "roles"
    installed.mkdir(parents=True)
    monkeypatch.setattr(scaffold, "_PACKAGE", package)
    monkeypatch.setattr(scaffold, "shipped_roles_dir", lambda: installed)
    result = runner.invoke(app, ["new", "chief-vibes-officer", "--roles-dir", str(installed)])
    assert result.exit_code == 1
    assert "installed inside printworks" in result.stderr
    assert list(installed.iterdir()) == []


def test_the_library_refuses_before_any_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(scaffold.ScaffoldError, match="not a role slug"):
        scaffold.new_role_files("../escape", tmp_path)
    (tmp_path / "taken.yaml").write_text("x: 1\n", encoding="utf-8")
    with pytest.raises(scaffold.ScaffoldError, match="already exists"):
        scaffold.new_role_files("taken", tmp_path)
