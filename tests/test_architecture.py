"""The house rules that a reader of the code relies on."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("module", ["printworks.model", "printworks.loader", "printworks.markup"])
def test_the_model_knows_nothing_of_renderers_or_the_cli(module: str) -> None:
    loaded = _modules_after(f"import {module}")
    assert not {"reportlab", "pptx", "typer"} & loaded


def test_help_imports_no_renderer() -> None:
    loaded = _modules_after(
        "from typer.testing import CliRunner; from printworks.cli import app; "
        "CliRunner().invoke(app, ['--help'])"
    )
    assert not {"reportlab", "pptx", "pypdf"} & loaded
