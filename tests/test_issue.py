"""The zine's issue file: optional, every field defaulted, read with located errors, and what
it says is what the covers print."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from printworks.errors import Invalid
from printworks.issue import ISSUE_FILE, Issue, read_issue
from printworks.loader import find_role, role_paths
from printworks.zine import ZINE_FILE, build_zine

from .conftest import ROLES, SEED_SLUG


def test_no_issue_file_is_the_default_issue(tmp_path: Path) -> None:
    assert read_issue(tmp_path) == Issue()
    assert Issue().number == 1 and Issue().title.visible


def test_an_issue_file_needs_only_what_it_changes(tmp_path: Path) -> None:
    (tmp_path / ISSUE_FILE).write_text("number: 15\ntitle: THE ||OTIOSE|| FILES\n", "utf-8")
    issue = read_issue(tmp_path)
    assert issue.number == 15
    assert issue.title.visible == "THE  FILES" and issue.title.redacted
    assert issue.price == Issue().price


def test_a_bad_issue_file_names_its_line_and_field(tmp_path: Path) -> None:
    (tmp_path / ISSUE_FILE).write_text("number: 15\nnumbr: 3\nprice: 12\n", "utf-8")
    with pytest.raises(Invalid) as caught:
        read_issue(tmp_path)
    lines = str(caught.value).splitlines()
    assert any(":2:1: numbr: unknown field (did you mean 'number'?)" in line for line in lines)
    assert any(":3:8: price: 12 is read as a number, not as text" in line for line in lines)


def test_validate_checks_the_issue_file_too(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from printworks.cli import app

    shutil.copy(ROLES / "sdet.yaml", tmp_path)
    (tmp_path / ISSUE_FILE).write_text("number: 15\nnumbr: 3\n", "utf-8")
    result = CliRunner().invoke(app, ["validate", "--roles-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path / ISSUE_FILE}:2:1: numbr: unknown field" in result.stdout
    assert "1 role: 1 valid, 0 invalid" in result.stdout


def test_the_issue_file_is_not_a_role(tmp_path: Path) -> None:
    shutil.copy(ROLES / f"{SEED_SLUG}.yaml", tmp_path)
    (tmp_path / ISSUE_FILE).write_text("number: 2\n", "utf-8")
    assert [p.name for p in role_paths(tmp_path)] == [f"{SEED_SLUG}.yaml"]
    with pytest.raises(Exception, match="no role 'zine'"):
        find_role("zine", tmp_path)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "roles"
    out.mkdir()
    for slug in (SEED_SLUG, "sdet"):
        shutil.copy(ROLES / f"{slug}.yaml", out)
    return out


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not installed")
def test_the_cover_prints_the_issue(folder: Path, tmp_path: Path) -> None:
    (folder / ISSUE_FILE).write_text(
        "title: THE BACKLOG\nnumber: 15\ndate: Spring 2025\nprice: TWO (2) STAND-UPS\n", "utf-8"
    )
    out = tmp_path / "out"
    report = build_zine(folder, out, jobs=1)
    assert report.zine_status == "built", report.zine_error
    cover = subprocess.run(
        ["pdftotext", "-l", "1", str(out / ZINE_FILE), "-"], capture_output=True, text=True
    ).stdout
    flat = " ".join(cover.split())
    for text in ("THE BACKLOG", "No. 15", "Spring 2025", "TWO (2) STAND-UPS", "2 CASE FILES"):
        assert text in flat, text
    assert "PAGE" not in flat, "the cover has no page number"


def test_a_changed_issue_rebuilds_the_zine_alone(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_zine(folder, out, jobs=1)
    (folder / ISSUE_FILE).write_text("number: 2\n", "utf-8")
    again = build_zine(folder, out, jobs=1)
    assert {r.status for r in again.roles} == {"cached"} and again.zine_status == "built"


def test_a_bad_issue_file_stops_the_zine_not_the_roles(folder: Path, tmp_path: Path) -> None:
    (folder / ISSUE_FILE).write_text("number: none\n", "utf-8")
    report = build_zine(folder, tmp_path / "out", jobs=1)
    assert {r.status for r in report.roles} == {"built"}
    assert report.zine_status == "skipped"
    assert f"{ISSUE_FILE}:1:9: number:" in report.zine_error
