"""Every key of every layout file is needed, and said to be when it is missing: removing any
one of them gives one located line (file:line:col: field: what is wrong), never a traceback
halfway through a render. A theme's own copy is the exception: each of its keys overrides the
deck's copy, and without it the deck's own words are used."""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from printworks.errors import LayoutError, PrintworksError
from printworks.layout import Layouts
from printworks.resources import layouts_dir
from tests.conftest import SEED_SLUG

SHIPPED = layouts_dir()
FILES = sorted(str(p.relative_to(SHIPPED)) for p in SHIPPED.rglob("*.yaml"))
THEME_COPY = re.compile(r"^deck/themes/[^/]+/copy\.yaml$")
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


def _without(data, path: tuple):
    data = copy.deepcopy(data)
    node = data
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return data


def _read_all(layouts: Layouts) -> None:
    """Read every layout file as the renderers do, every theme and its copy too."""
    for name in ("fonts", "dossier", "casefile", "minizine", "imposition"):
        getattr(layouts, name)
    deck = layouts.deck
    for name in deck.theme_names():
        deck.copy(deck.theme(name))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "layouts"
    shutil.copytree(SHIPPED, out)
    return out


@pytest.mark.parametrize("name", FILES)
def test_removing_any_key_is_one_located_line(name: str, folder: Path) -> None:
    data = yaml.safe_load((SHIPPED / name).read_text(encoding="utf-8"))
    keys = list(_keys(data))
    assert keys, f"{name} has no keys"
    optional = bool(THEME_COPY.match(name))
    for path in keys:
        # a theme's build: section has defaults (and an imported theme has none); its lists
        # are walked in their first item only, each item being of the same few kinds
        defaulted = path[0] == "build"
        if defaulted and any(isinstance(step, int) and step > 0 for step in path):
            continue
        (folder / name).write_text(yaml.safe_dump(_without(data, path)), encoding="utf-8")
        where = ".".join(map(str, path))
        try:
            _read_all(Layouts(folder))
        except LayoutError as exc:
            assert not optional, f"{name}: {where}: a theme's copy only overrides"
            lines = str(exc).splitlines()
            assert len(lines) == 1, (where, lines)
            assert LOCATED.match(lines[0]), (where, lines[0])
            assert len(exc.problems) == 1
        else:
            assert optional or defaulted, f"{name}: without {where} the layouts still read"
    (folder / name).write_text((SHIPPED / name).read_text(encoding="utf-8"), encoding="utf-8")


def test_without_a_themes_own_copy_the_decks_words_are_used(folder: Path) -> None:
    deck = Layouts(folder).deck
    own = deck.copy(deck.theme("agile"))
    (folder / "deck/themes/agile/copy.yaml").unlink()
    plain = Layouts(folder).deck
    assert plain.copy(plain.theme("agile")) == plain.copy(None) != own


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
