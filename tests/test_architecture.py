"""The house rules that a reader of the code relies on."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED_FILE


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


RENDERERS_AND_CLI = ("printworks.deck", "printworks.casefile", "printworks.zine", "printworks.cli")


def test_the_model_loads_no_renderer_of_ours() -> None:
    loaded = _modules_after("import printworks.model")
    assert not {m for m in loaded if m.startswith(RENDERERS_AND_CLI)}
    # nor the kinds' content models: they load when a deck: is read, never for a case file
    assert not {m for m in loaded if m.startswith("printworks.content")}


def test_a_case_file_reads_no_deck_model(tmp_path: Path) -> None:
    args = ["pdf", str(SEED_FILE), "-o", str(tmp_path / "s.pdf")]
    code = (
        "import sys; from typer.testing import CliRunner; from printworks.cli import app; "
        f"done = CliRunner().invoke(app, {args!r}); "
        "assert done.exit_code == 0, done.output; print('\\n'.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(out.stdout.split())
    assert "reportlab" in loaded, "it made the case file"
    packages = ("printworks.content", "printworks.deck", "pptx")
    assert not {
        m for m in loaded if m in packages or m.startswith(tuple(f"{p}." for p in packages))
    }


# ---------------------------------------------------------------------------------------------
# the import graph: every import statement of every module, wherever it stands in the file.
# An import inside a function counts (it runs when the function does, and closes a loop as
# surely as one at the top). An import under ``if TYPE_CHECKING:`` does not: it never runs,
# and it is how a kind's drawing names the ``Deck`` type it is handed without importing it.


def _type_only(node: ast.If) -> bool:
    test = node.test
    return getattr(test, "id", getattr(test, "attr", None)) == "TYPE_CHECKING"


def import_graph(root: Path) -> dict[str, set[str]]:
    """Each module of the package at ``root`` -> the modules of the package it imports."""
    package = root.name
    files: dict[str, Path] = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path

    def module_of(name: str) -> str:
        while name not in files:
            name = name.rpartition(".")[0]
        return name

    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        type_only = {
            id(n)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and _type_only(node)
            for child in node.body
            for n in ast.walk(child)
        }
        targets: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in type_only:
                continue
            if isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the package this module is in
                    up = here.split(".")[: len(here.split(".")) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                targets |= {
                    f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names
                }
        found = {module_of(t) for t in targets if t.split(".")[0] == package}
        for target in list(found):  # importing a.b.c runs a.b's __init__ first
            parts = target.split(".")
            found |= {
                ".".join(parts[:i])
                for i in range(2, len(parts))
                if not f"{name}.".startswith(".".join(parts[:i]) + ".")
            }
        graph[name] = found - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while not group or group[-1] != node:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def reached(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo += graph[node]
    return seen


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    import printworks

    return import_graph(Path(printworks.__file__).parent)


def test_the_graph_counts_imports_inside_functions_and_not_type_only_ones(graph) -> None:
    assert "printworks.casefile.mini" in graph["printworks.minizine"]  # inside render_minizine
    assert "printworks.deck.builder" not in graph["printworks.deck.kinds.matrix"]  # TYPE_CHECKING
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_among_our_modules(graph) -> None:
    assert cycles(graph) == []


@pytest.mark.parametrize("module", ["printworks.model", "printworks.loader", "printworks.layout"])
def test_below_the_renderers_nothing_imports_them(graph, module: str) -> None:
    assert not {m for m in reached(graph, module) if m.startswith(RENDERERS_AND_CLI)}


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
