"""Every key of every layout file is needed, and said to be when it is missing: removing any
one of them gives one located line (file:line:col: field: what is wrong), never a traceback
halfway through a render. A dialect's content steps are the exception: a step's words past its
title and notes are its kind's fields, checked when a deck is made (test_dialects.py).

The walk removes every key of each distinct shape once, not each repetition of it: a list's
items are one shape (``[]``), the entries of a mapping whose values all have the same keys
(palettes, faces) are one shape below their own name (each entry's own key is still removed),
and every theme folder's theme.yaml is one shape with the first theme's, every dialect one shape
with the first dialect's. So a
key no theme uses the way the first does, or an item with keys of its own, is still walked."""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

# each renderer registers its part of the layouts (layouts.casefile, .deck, ...) when imported
import printworks.casefile
import printworks.deck
import printworks.impose
import printworks.minisheet  # noqa: F401
from printworks import content
from printworks.errors import LayoutError, PrintworksError
from printworks.layout import Layouts
from printworks.resources import layouts_dir
from tests.conftest import SEED_SLUG

SHIPPED = layouts_dir()
FILES = sorted(str(p.relative_to(SHIPPED)) for p in SHIPPED.rglob("*.yaml"))
DIALECT = re.compile(r"^deck/dialects/[^/]+\.yaml$")
LOCATED = re.compile(r"^(?P<file>\S+\.yaml):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): .+$")


def _keys(value, at: tuple = ()) -> Iterator[tuple]:
    """The path of every mapping key in ``value``, lists' items included."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*at, key)
            yield from _keys(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _keys(item, (*at, index))


def _repeats(mapping: dict) -> bool:
    """Whether a mapping's values are the same shape: two or more mappings with the same keys."""
    values = list(mapping.values())
    return (
        len(values) >= 2
        and all(isinstance(v, dict) for v in values)
        and len({tuple(v) for v in values}) == 1
    )


def _shapes(value, at: tuple = (), shape: tuple = ()) -> Iterator[tuple[tuple, tuple]]:
    """The path of every mapping key in ``value`` (as ``_keys``), each with its shape: the path
    with list indices as ``[]`` and, below a repeated entry's own key, its name as ``*``."""
    if isinstance(value, dict):
        same = _repeats(value)
        for key, item in value.items():
            yield (*at, key), (*shape, key)
            yield from _shapes(item, (*at, key), (*shape, "*" if same else key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _shapes(item, (*at, index), (*shape, "[]"))


def _kind(name: str) -> str:
    """The kind of layout file ``name`` is: every theme.yaml is one, every dialect one."""
    return DIALECT.sub(
        "deck/dialects/*.yaml", re.sub(r"^deck/themes/[^/]+/", "deck/themes/*/", name)
    )


def _sample() -> dict[str, list[tuple]]:
    """For each layout file, the keys whose shape no earlier file (or key) had."""
    seen: set[tuple] = set()
    sample = {}
    for name in FILES:
        kind = _kind(name)
        data = yaml.safe_load((SHIPPED / name).read_text(encoding="utf-8"))
        sample[name] = []
        for path, shape in _shapes(data):
            if (kind, shape) not in seen:
                seen.add((kind, shape))
                sample[name].append(path)
    return sample


SAMPLE = _sample()
WALKED = [name for name in FILES if SAMPLE[name]]


def test_the_sample_keeps_every_shape_and_drops_only_repeats() -> None:
    """Every key is walked or has the shape of one that is; each shipped kind of file is
    walked; the themes after the first add nothing new."""
    for name in FILES:
        data = yaml.safe_load((SHIPPED / name).read_text(encoding="utf-8"))
        assert [path for path, _ in _shapes(data)] == list(_keys(data))
    kinds = {_kind(name) for name in FILES}
    assert {_kind(name) for name in WALKED} == kinds
    assert (
        0
        < sum(map(len, SAMPLE.values()))
        < sum(
            len(list(_keys(yaml.safe_load((SHIPPED / n).read_text(encoding="utf-8")))))
            for n in FILES
        )
    )


def _without(data, path: tuple):
    data = copy.deepcopy(data)
    node = data
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return data


def _dump(data) -> str:
    """``yaml.safe_dump``, by libyaml when PyYAML has it (the walk writes a file a key)."""
    return yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper))


def _read_all(layouts: Layouts) -> None:
    """Read every layout file as the renderers do, every theme and its copy too."""
    for name in ("fonts", "dossier", "casefile", "minizine", "imposition"):
        getattr(layouts, name)
    deck = layouts.deck
    deck.plan  # noqa: B018  (read on first use: the defaults)
    for name in deck.theme_names():
        deck.theme(name)
    for name in deck.dialect_names():
        deck.dialect(name)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "layouts"
    shutil.copytree(SHIPPED, out)
    return out


@pytest.fixture
def compiled_once(monkeypatch) -> None:
    """Each copy template compiled once for the walk, not once a key removed: a copy read
    afresh compiles every template to check it, and the walk reads the copy hundreds of times
    with one key changed (a template that fails to compile is compiled, and fails, each time)."""
    from jinja2.sandbox import SandboxedEnvironment

    made: dict[tuple, object] = {}
    original = SandboxedEnvironment.from_string

    def from_string(self, source, *args, **kwargs):
        if args or kwargs or not isinstance(source, str):
            return original(self, source, *args, **kwargs)
        key = (type(self), source, tuple(sorted(self.filters)), tuple(sorted(self.tests)))
        if key not in made:
            made[key] = original(self, source)
        return made[key]

    monkeypatch.setattr(SandboxedEnvironment, "from_string", from_string)


def _content_word(name: str, data: dict, path: tuple) -> bool:
    """Whether ``path`` is a word of a dialect's content step past its title and notes."""
    if not DIALECT.match(name) or path[0] != "order" or len(path) != 3:
        return False
    step = data["order"][path[1]]
    return step.get("kind") in content.KINDS and path[2] not in (
        "section",
        "kind",
        "title",
        "notes",
    )


@pytest.mark.parametrize("name", WALKED)
def test_removing_any_key_is_one_located_line(name: str, folder: Path, compiled_once) -> None:
    data = yaml.safe_load((SHIPPED / name).read_text(encoding="utf-8"))
    keys = SAMPLE[name]
    assert keys, f"{name} has no keys"
    for path in keys:
        optional = _content_word(name, data, path)
        # a theme's build: section has defaults (and an imported theme has none); its lists
        # are walked in their first item only, each item being of the same few kinds
        # and a theme's font.title is optional (titles then in the body's family)
        defaulted = path[0] == "build" or tuple(path) == ("font", "title")
        if defaulted and any(isinstance(step, int) and step > 0 for step in path):
            continue
        (folder / name).write_text(_dump(_without(data, path)), encoding="utf-8")
        where = ".".join(map(str, path))
        try:
            _read_all(Layouts(folder))
        except LayoutError as exc:
            assert not optional, f"{name}: {where}: a content step's word is optional"
            lines = str(exc).splitlines()
            assert len(lines) == 1, (where, lines)
            assert LOCATED.match(lines[0]), (where, lines[0])
            assert len(exc.problems) == 1
        else:
            assert optional or defaulted, f"{name}: without {where} the layouts still read"
    (folder / name).write_text((SHIPPED / name).read_text(encoding="utf-8"), encoding="utf-8")


def test_a_render_with_a_key_missing_is_one_line_and_exit_1(folder: Path, monkeypatch) -> None:
    from printworks.cli import app

    name = "casefile.yaml"
    data = yaml.safe_load((SHIPPED / name).read_text(encoding="utf-8"))
    (folder / name).write_text(
        yaml.safe_dump(_without(data, ("palettes", "colour", "redaction"))), encoding="utf-8"
    )
    monkeypatch.setattr("printworks.layout.shipped", lambda: Layouts(folder))
    out = folder.parent / "out.pdf"
    result = CliRunner().invoke(app, ["pdf", SEED_SLUG, "-o", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    line = result.stderr.strip()
    assert LOCATED.match(line) and ": palettes.colour.redaction: " in line, line
    assert not out.exists()
    with pytest.raises(PrintworksError):
        _read_all(Layouts(folder))
