"""Layout copy: one template syntax (the sandboxed Jinja2 the deck's copy uses) in every file,
a mistake in it one located line, and role text only ever a value."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from printworks import templating
from printworks.errors import LayoutError
from printworks.layout import Layouts
from printworks.markup import Text
from printworks.resources import layouts_dir


def _broken(tmp_path: Path, name: str, old: str, new: str) -> Layouts:
    folder = tmp_path / "layouts"
    shutil.copytree(layouts_dir(), folder)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return Layouts(folder)


def _line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def test_an_undefined_name_in_layout_copy_is_one_located_line(tmp_path):
    layouts = _broken(tmp_path, "dossier.yaml", "{{ title }} ACTUALLY", "{{ titel }} ACTUALLY")
    with pytest.raises(LayoutError) as caught:
        _ = layouts.dossier
    message = str(caught.value)
    line = _line_of(layouts.folder / "dossier.yaml", "titel")
    assert message.count("\n") == 0
    assert message.startswith(f"{layouts.folder / 'dossier.yaml'}:{line}:")
    assert ": question: " in message
    assert "titel" in message and "article, title" in message


def test_a_syntax_error_in_layout_copy_is_located(tmp_path):
    layouts = _broken(tmp_path, "casefile.yaml", "PAGE {{ page }}", "PAGE {{ page }")
    with pytest.raises(LayoutError) as caught:
        _ = layouts.casefile
    line = _line_of(layouts.folder / "casefile.yaml", "PAGE {{ page }")
    assert re.fullmatch(
        rf".*casefile\.yaml:{line}:\d+: words\.page: not a valid template: .*", str(caught.value)
    )


def test_role_text_goes_in_as_a_value_never_as_a_template():
    title = Text.parse("{{ 7 * 7 }} ||Lead||")
    rendered = templating.text("WHAT DOES {{ article }} {{ title }} DO?", article="a", title=title)
    assert rendered.visible == "WHAT DOES a {{ 7 * 7 }}  DO?"
    assert [s.hidden for s in rendered.segments if s.hidden] == [4]  # the redaction kept


def _strings(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, str):
        yield node


@pytest.mark.parametrize("name", ["dossier.yaml", "casefile.yaml", "minizine.yaml"])
def test_layout_copy_has_no_placeholder_of_the_old_syntax(name):
    data = yaml.safe_load((layouts_dir() / name).read_text(encoding="utf-8"))
    strings = list(_strings(data))
    assert any("{{" in s for s in strings)
    single = re.compile(r"(?<!\{)\{[a-z_]+(:[^}\s]*)?\}(?!\})")
    assert [s for s in strings if single.search(s)] == []
