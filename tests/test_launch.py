"""The ``printworks`` program: a plain ``pdf ROLE`` line goes the quick route (no typer app),
and it takes what the typer command takes, says what it says and makes the same file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from printworks import launch, single
from printworks.cli import PageSize, app
from tests.conftest import ROLES, SEED_FILE, SEED_SLUG

PLAIN = [
    ["pdf", SEED_SLUG],
    ["pdf", SEED_SLUG, "-o", "out/x.pdf"],
    ["pdf", "--output", "folder/", SEED_SLUG],
    ["pdf", SEED_SLUG, "--output=a b.pdf", "--grayscale"],
    ["pdf", "--grayscale", SEED_SLUG, "--page-size", "half-letter"],
    ["pdf", SEED_SLUG, "--page-size=a5", "--roles-dir", "elsewhere"],
    ["pdf", "roles/x.yaml", "--roles-dir=elsewhere", "--grayscale", "--grayscale"],
]
NOT_PLAIN = [
    [],
    ["deck", SEED_SLUG],
    ["--version"],
    ["pdf"],
    ["pdf", "--help"],
    ["pdf", SEED_SLUG, "two"],
    ["pdf", SEED_SLUG, "--page-size", "a3"],
    ["pdf", SEED_SLUG, "--page-size"],
    ["pdf", SEED_SLUG, "-ox.pdf"],
    ["pdf", SEED_SLUG, "-o=x.pdf"],
    ["pdf", SEED_SLUG, "--output="],
    ["pdf", SEED_SLUG, "-o", "x.pdf", "-o", "y.pdf"],
    ["pdf", SEED_SLUG, "-o", "--grayscale"],
    ["pdf", "--", SEED_SLUG],
    ["pdf", SEED_SLUG, "--colour"],
]


def _typer_takes(args: list[str], env: dict[str, str], monkeypatch) -> dict[str, object]:
    taken: dict[str, object] = {}

    def case_file(role, output, page_size, grayscale, roles_dir, echo):
        taken.update(
            role=role, output=output, page_size=page_size, grayscale=grayscale, roles_dir=roles_dir
        )
        return 0

    monkeypatch.setattr(single, "case_file", case_file)
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    return taken


@pytest.mark.parametrize("args", PLAIN, ids=" ".join)
@pytest.mark.parametrize("env", [{}, {"PRINTWORKS_ROLES": "from-env"}], ids=["", "env"])
def test_a_plain_line_is_read_as_the_typer_command_reads_it(args, env, monkeypatch) -> None:
    monkeypatch.delenv("PRINTWORKS_ROLES", raising=False)
    quick = launch.quick_pdf(args, env)
    assert quick is not None
    assert quick == _typer_takes(args, env, monkeypatch)


@pytest.mark.parametrize("args", NOT_PLAIN, ids=" ".join)
def test_any_other_line_goes_to_the_typer_app(args) -> None:
    assert launch.quick_pdf(args, {}) is None


def test_a_completion_request_goes_to_the_typer_app() -> None:
    env = {"_PRINTWORKS_COMPLETE": "complete_bash"}
    assert launch.quick_pdf(["pdf", SEED_SLUG], env) is None


def test_the_page_sizes_are_the_typer_commands() -> None:
    assert tuple(size.value for size in PageSize) == launch.PAGE_SIZES


def test_a_mistake_is_said_by_the_typer_app(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        launch.main(["pdf", SEED_SLUG, "--page-size", "a3"])
    assert stop.value.code == 2
    assert "Invalid value for '--page-size'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["pdf", "no-such-role", "--roles-dir", str(ROLES)],
        ["pdf", SEED_SLUG, "--roles-dir", str(ROLES), "-o", "case.txt"],
        ["pdf", "../../etc/passwd", "--roles-dir", str(ROLES)],
    ],
    ids=["missing", "suffix", "escape"],
)
def test_the_quick_route_fails_as_the_typer_command_does(args, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        launch.main(args)
    quick = capsys.readouterr()
    full = CliRunner().invoke(app, args)
    assert (stop.value.code, quick.out, quick.err) == (full.exit_code, full.stdout, full.stderr)
    assert stop.value.code == 1 and quick.err.strip()


def test_the_quick_route_makes_the_same_case_file_without_typer(tmp_path: Path) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    quick_pdf, full_pdf = tmp_path / "quick.pdf", tmp_path / "full.pdf"
    code = (
        "import sys; from printworks.launch import main\n"
        f"try: main(['pdf', {str(SEED_FILE)!r}, '-o', {str(quick_pdf)!r}, '--page-size', 'a5'])\n"
        "except SystemExit as stop: assert not stop.code, stop.code\n"
        "print('\\n'.join(sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    loaded = set(out.stdout.split())
    assert "reportlab" in loaded, "it made the case file"
    assert not {m for m in loaded if m == "typer" or m.startswith("typer.")}
    assert out.stdout.split()[0] == str(quick_pdf), "it says the path first, as typer's does"
    args = ["pdf", str(SEED_FILE), "-o", str(full_pdf), "--page-size", "a5"]
    result = CliRunner().invoke(app, args, env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert result.exit_code == 0, result.output
    assert quick_pdf.read_bytes() == full_pdf.read_bytes()
