"""A plain (non-editable) wheel carries layouts, fonts and roles, and works from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, SEED_SLUG

PIP = [sys.executable, "-m", "pip", "--quiet", "--disable-pip-version-check"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [*PIP, "wheel", "--no-deps", "--no-build-isolation", "--wheel-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("printworks-*.whl"))


def test_the_wheel_carries_layouts_fonts_and_roles(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "printworks/_data/layouts/dossier.yaml" in names
    assert "printworks/_data/fonts/LiberationMono-Regular.ttf" in names
    assert f"printworks/_data/roles/{SEED_SLUG}.yaml" in names
    assert any(n.startswith("printworks/_data/fonts/LICENSE") for n in names)


def test_an_installed_wheel_lists_the_shipped_roles_from_an_empty_folder(
    wheel: Path, tmp_path: Path
) -> None:
    target, empty = tmp_path / "site", tmp_path / "empty"
    empty.mkdir()
    subprocess.run(
        [*PIP, "install", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    env.pop("PRINTWORKS_ROLES", None)
    where = subprocess.run(
        [sys.executable, "-c", "import printworks; print(printworks.__file__)"],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(target)), "the installed copy, not the checkout"
    listed = subprocess.run(
        [sys.executable, "-m", "printworks", "list"],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    assert f"{SEED_SLUG}\tPrincipal AI/ML Model Training Assistant\t85%" in listed.stdout
