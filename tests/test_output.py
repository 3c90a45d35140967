"""Output files: written whole or not at all, never clobbering a good one; dates reproducible."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from printworks.cli import app
from printworks.errors import RenderError
from printworks.output import OptionError, OutputError, source_date, write_atomic

from .conftest import ROLES, SEED_SLUG


def test_write_atomic_replaces_a_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "file.pdf"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["file.pdf"]


def test_a_failed_write_leaves_the_old_file_and_no_scrap(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "file.pdf"
    write_atomic(target, b"good")

    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError) as caught:
        write_atomic(target, b"half")
    assert str(caught.value) == f"{target}: no space left on device; the previous file.pdf is kept"
    assert target.read_bytes() == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["file.pdf"]


@pytest.mark.parametrize(
    ("command", "renderer", "suffix"),
    [
        ("pdf", "printworks.casefile.render_casefile", "pdf"),
        ("deck", "printworks.deck.render_deck", "pptx"),
    ],
)
def test_a_failed_render_keeps_the_previous_output(
    command: str, renderer: str, suffix: str, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / f"{SEED_SLUG}.{suffix}"
    target.write_bytes(b"the good one")

    def fail(*args, **kwargs):
        raise RenderError("could not lay out: the synergy overflowed")

    monkeypatch.setattr(renderer, fail)
    args = [command, SEED_SLUG, "--roles-dir", str(ROLES), "-o", str(target)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.strip() == "could not lay out: the synergy overflowed"
    assert target.read_bytes() == b"the good one"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_the_build_date_comes_from_source_date_epoch() -> None:
    assert source_date({"SOURCE_DATE_EPOCH": "1700000000"}) == datetime(
        2023, 11, 14, 22, 13, 20, tzinfo=UTC
    )
    assert source_date({}) is None
    assert source_date({"SOURCE_DATE_EPOCH": " "}) is None


@pytest.mark.parametrize("value", ["banana", "1e9", "-5", "99999999999999", "17.5"])
def test_a_build_date_that_is_no_date_names_the_variable(value: str) -> None:
    with pytest.raises(OptionError) as caught:
        source_date({"SOURCE_DATE_EPOCH": value})
    assert str(caught.value).startswith(f"SOURCE_DATE_EPOCH={value!r}: not a build date; give")
