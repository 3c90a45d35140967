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


# the one module a library's private internals may be reached from, for each engine
COMPAT = {"casefile/compat.py", "deck/compat.py", "pypdf_compat.py"}
ENGINES = [
    "reportlab.platypus.flowables",
    "reportlab.platypus.frames",
    "reportlab.platypus.doctemplate",
    "reportlab.platypus.paragraph",
    "reportlab.platypus.tables",
    "reportlab.pdfgen.canvas",
    "reportlab.pdfbase.ttfonts",
    "pptx.presentation",
    "pptx.slide",
    "pptx.shapes.base",
    "pptx.shapes.autoshape",
    "pptx.shapes.group",
    "pptx.shapes.shapetree",
    "pptx.text.text",
    "pptx.table",
    "pptx.chart.chart",
    "pptx.opc.package",
    "pptx.parts.slide",
    "pypdf._reader",
    "pypdf._writer",
    "pypdf._page",
    "zipfile",
]


def _library_privates() -> set[str]:
    """The private names the engines' classes define or set on themselves."""
    import importlib
    import inspect
    import re

    names: set[str] = set()
    for name in ENGINES:
        module = importlib.import_module(name)
        source = inspect.getsource(module)
        names |= set(re.findall(r"self\.(_[A-Za-z]\w*)", source))
        for value in vars(module).values():
            if inspect.isclass(value):
                names |= {a for a in vars(value) if a.startswith("_") and not a.startswith("__")}
    return names


def test_no_private_internal_of_a_library_outside_its_compat_module() -> None:
    import re
    from pathlib import Path

    import printworks

    privates = _library_privates()
    assert {"_frame", "_aH", "_r", "_element", "_ID"} <= privates, "the scan finds them"
    root = Path(printworks.__file__).parent
    modules = {p.stem for p in root.rglob("_*.py")}  # our own private modules
    found = []
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if name in COMPAT:
            continue
        text = path.read_text(encoding="utf-8")
        # a private name this file defines itself (a method, an attribute) is its own
        own = set(re.findall(r"(?:def |class |self\.|^\s*)(_[A-Za-z]\w*)\s*[(:=]", text, re.M))
        for number, line in enumerate(text.splitlines(), 1):
            code = line.split("#", 1)[0]
            for attr in re.findall(r"\.(_[A-Za-z]\w*)\b", code):
                if attr in privates and attr not in own | modules:
                    found.append(f"{name}:{number}: .{attr}")
            for attr in re.findall(r"(?:get|set|has)attr\([^,]+,\s*[\"'](_\w+)", code):
                if attr in privates:
                    found.append(f"{name}:{number}: getattr {attr}")
    assert found == []


# every module takes the forms from printworks.forms, the deck's style module (and its theme
# build schema) too, since the deck themes moved to the one colour notation '#rrggbb'
FORMS_PENDING: set[str] = set()


def test_each_form_of_a_layout_value_is_written_once() -> None:
    import re
    from pathlib import Path

    import printworks

    root = Path(printworks.__file__).parent
    forms = {
        "a length validator": r"def \w*length\w*\(value: str\) -> str:",
        "a colour pattern": r"\[0-9a-fA-F\]\{6\}",
        "an annotated form": r"^\w+ = Annotated\[(str|tuple)",
        "a font alias check": r"AfterValidator\(known_alias\)",
        "a currency code pattern": r"\[A-Z\]\{3\}",
        "an environment for copy": r"SandboxedEnvironment\(",
    }
    found: dict[str, list[str]] = {what: [] for what in forms}
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if name in FORMS_PENDING:
            continue
        text = path.read_text(encoding="utf-8")
        for what, pattern in forms.items():
            if re.search(pattern, text, re.M):
                found[what].append(name)
    assert found == {
        "a length validator": ["forms.py"],
        "a colour pattern": ["forms.py"],
        "an annotated form": ["forms.py"],
        "a font alias check": ["forms.py"],
        "a currency code pattern": ["messages/forms.py"],
        # the scaffold is a whole file, its line ends kept as written: not copy
        "an environment for copy": ["scaffold.py", "templating.py"],
    }
