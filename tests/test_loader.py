"""Role files: every problem located to path:line:col and field, all at once, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from printworks.cli import app
from printworks.errors import RoleInvalid, RoleNotFound
from printworks.loader import find_role, load_role, parse_role, roles_dir

from .conftest import SEED_FILE, SEED_SLUG

SEED = SEED_FILE.read_text(encoding="utf-8")


def problems(text: str | bytes, name: str = "bad.yaml") -> list[str]:
    with pytest.raises(RoleInvalid) as caught:
        parse_role(text, name)
    return [str(p) for p in caught.value.problems]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_misspelt_key_is_named_at_its_line_and_column() -> None:
    bad = SEED.replace("\nflight_risk:", "\nfligh_risk:")
    line = line_of(bad, "fligh_risk:")
    found = problems(bad)
    assert (
        f"bad.yaml:{line}:1: fligh_risk: unknown field (did you mean 'flight_risk'?)"
        in "\n".join(found)
    )
    assert any(
        p.endswith("flight_risk: required field is missing: add 'flight_risk:' to the file")
        for p in found
    )


def test_every_problem_of_a_file_at_once() -> None:
    bad = (
        SEED.replace("percent: 85", "percent: 140")
        .replace("amount: 237458", "amount: lots")
        .replace("    posted_on: r/cscareerquestions\n", "")
    )
    found = problems(bad)
    assert len(found) == 3
    assert (
        f"bad.yaml:{line_of(bad, 'percent: 140')}:12: flight_risk.percent: must be at most 100"
        in (found[1])
    )
    assert found[0].startswith(f"bad.yaml:{line_of(bad, 'amount: lots')}:11: salary.amount: ")
    assert "burn_ward[1].posted_on: required field is missing" in found[2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"", "bad.yaml:1:1: (file): the file is empty"),
        (b"# only a comment\n", "bad.yaml:1:1: (file): the file is empty"),
        (b"- a\n- b\n", "bad.yaml:1:1: (file): a role file is a mapping of fields"),
        (b"just words\n", "bad.yaml:1:1: (file): a role file is a mapping of fields"),
        (b"title: ok\ntitle: again\n", "bad.yaml:2:1: title: 'title' is given twice: first"),
        (b"title: [unclosed\n", "bad.yaml:1:8: title: text that starts with '[' is read as a list"),
        (
            b"title: x\n  bad indent: y\n",
            "bad.yaml:2:3: title.bad indent: 'bad indent' is indented",
        ),
        (b"title: caf\xe9\n", "bad.yaml:1:11: (file): byte 0xe9 is not UTF-8"),
        (b"title: 12\n", "bad.yaml:1:8: title: 12 is read as a number, not as text"),
        (b"title: '   '\n", "bad.yaml:1:8: title: must not be blank"),
        (b"title: 'a ||b'\n", "bad.yaml:1:8: title: unclosed redaction mark"),
        (b"aliases: one\n", "bad.yaml:1:10: aliases: 'one' is one line of text, not a list"),
        (b"title: a\x07b\n", "bad.yaml:1:9: title: holds the control character U+0007"),
    ],
)
def test_bad_input_is_located(text: bytes, expected: str) -> None:
    assert any(p.startswith(expected) for p in problems(text)), problems(text)


def test_python_tags_are_refused_not_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    evil = f"title: !!python/object/apply:os.system ['touch {marker}']\n"
    found = problems(evil)
    assert any(
        p.startswith("bad.yaml:1:8: title: the tag !!python/object/apply:os.system is not allowed")
        for p in found
    )
    assert not marker.exists()
    assert any(
        "the tag !!python/name:os.x is not allowed" in p
        for p in problems("t: !!python/name:os.x\n")
    )


def test_percentages_stay_between_0_and_100() -> None:
    assert any(
        "flight_risk.percent: must be at least 0, got -1" in p
        for p in problems(SEED.replace("percent: 85", "percent: -1"))
    )
    assert any(
        "related[2].match: must be at most 100, got 101" in p
        for p in problems(SEED.replace("match: 84", "match: 101"))
    )


def test_unquoted_times_are_times_and_order_is_checked() -> None:
    role = parse_role(SEED.replace('start: "13:00"', "start: 13:00"), "ok.yaml")
    assert role.day_log[1].start == "13:00"
    found = problems(SEED.replace('end: "11:00"', 'end: "09:00"'))
    assert any("day_log[0]: ends at 09:00, which is not after its start 09:30" in p for p in found)


def test_org_chart_marks_exactly_one_node() -> None:
    found = problems(SEED.replace("this_role: true", "this_role: false"))
    assert any("org_chart: exactly one node must have this_role: true, found 0" in p for p in found)


def test_a_loaded_role_knows_its_slug() -> None:
    assert load_role(SEED_FILE).slug == SEED_SLUG


def test_slugs_resolve_inside_the_roles_folder_only(tmp_path: Path) -> None:
    folder = SEED_FILE.parent
    assert find_role(SEED_SLUG, folder) == folder / f"{SEED_SLUG}.yaml"
    for hostile in ["../../etc/passwd", "../roles/x", "/etc/passwd", "..", ".hidden", "a/b"]:
        with pytest.raises(RoleNotFound, match=r"is not a role slug|no such role file"):
            find_role(hostile, folder)
    with pytest.raises(RoleNotFound, match="did you mean 'sdet'"):
        find_role("sdte", _folder_with(tmp_path, "sdet"))


def _folder_with(tmp_path: Path, slug: str) -> Path:
    (tmp_path / f"{slug}.yaml").write_text(SEED, encoding="utf-8")
    return tmp_path


def test_the_roles_folder_is_chosen_in_order(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PRINTWORKS_ROLES", raising=False)
    shipped = roles_dir()
    assert (shipped / f"{SEED_SLUG}.yaml").is_file(), "no roles/ here: the shipped roles serve"
    (tmp_path / "roles").mkdir()
    assert roles_dir() == Path("roles")
    monkeypatch.setenv("PRINTWORKS_ROLES", str(tmp_path / "env"))
    assert roles_dir() == tmp_path / "env"
    assert roles_dir(tmp_path / "flag") == tmp_path / "flag"


runner = CliRunner()


def test_validate_exits_non_zero_with_one_line_per_problem(tmp_path: Path) -> None:
    bad = tmp_path / "typo.yaml"
    bad.write_text(SEED.replace("\nflight_risk:", "\nfligh_risk:"), encoding="utf-8")
    # a roles folder with no role the file names: its related slugs find no file anywhere
    result = runner.invoke(app, ["validate", str(bad), "--roles-dir", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{bad}:2:1: flight_risk: required field is missing: add 'flight_risk:' to the file"
    )
    assert lines[1].startswith(f"{bad}:{line_of(SEED, 'flight_risk:')}:1: fligh_risk: unknown")
    assert "Traceback" not in result.output
    # the related slugs name no file beside it: said even though the file has errors
    assert lines[-1] == "1 role: 0 valid, 1 invalid, 3 warnings"


def test_validate_refuses_path_traversal() -> None:
    result = runner.invoke(app, ["validate", "../../etc/passwd"])
    assert result.exit_code == 1
    assert "is not a role slug" in result.stderr and "Traceback" not in result.output


def test_a_missing_related_role_is_a_warning_not_an_error(tmp_path: Path) -> None:
    (tmp_path / f"{SEED_SLUG}.yaml").write_text(SEED, encoding="utf-8")
    result = runner.invoke(app, ["validate", "--roles-dir", str(tmp_path)])
    assert result.exit_code == 0
    assert "1 role: 1 valid, 0 invalid, 3 warnings" in result.stdout
    assert f"related[1].slug: no role file 'enterprise-architect.yaml' in {tmp_path}" in (
        result.stdout
    )


def test_list_prints_slug_title_and_risk(tmp_path: Path) -> None:
    (tmp_path / f"{SEED_SLUG}.yaml").write_text(SEED, encoding="utf-8")
    result = runner.invoke(app, ["list", "--roles-dir", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout == f"{SEED_SLUG}\tPrincipal AI/ML Model Training Assistant\t85%\n"


def test_version() -> None:
    from printworks import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"printworks {__version__}"
