"""Layout copy: one template syntax (the sandboxed Jinja2 the deck's copy uses) in every file,
a mistake in it one located line, and role text only ever a value."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

import printworks.casefile  # noqa: F401  (it registers layouts.casefile)
from printworks import templating
from printworks.errors import LayoutError
from printworks.layout import Layouts
from printworks.markup import Text
from printworks.resources import layouts_dir
from tests.conftest import SEED_FILE


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


# copy that only prints values is rendered without Jinja2: as Jinja2 renders it, to the segment
def _jinja(source: str, **values) -> Text:
    return templating.render(templating.compiled(source), values)


VALUES = {
    "page": 3,
    "total": 12,
    "n": 7,
    "title": Text.parse("Head of ||Synergy|| & <Things>"),
    "article": "a",
    "figure": "1,234.5",
    "ratio": 0.25,
    "nothing": None,
    "flag": True,
    "word": "  spaced  ",
}
PLAIN_COPY = [
    "PAGE {{ page }} OF {{ total }}",
    "M-{{ '%02d' | format(n) }}",
    "M-{{'%03d'|format(total)}}",
    "WHAT DOES {{ article }} {{title}} ACTUALLY DO?",
    "{{ title }}",
    "  {{ word }}  ",
    "{{ ratio }} {{ nothing }} {{ flag }}",
    "%{{ figure }}% ' | format(",
]


@pytest.mark.parametrize("source", PLAIN_COPY)
def test_copy_that_only_prints_values_renders_as_jinja2_renders_it(source: str) -> None:
    assert templating._plain(source) is not None, "it takes the quick way"
    quick = templating.text(source, **VALUES)
    assert quick == _jinja(source, **VALUES)
    assert quick.segments == _jinja(source, **VALUES).segments
    assert templating.names(source) == frozenset(
        __import__("jinja2.meta").meta.find_undeclared_variables(templating._shared().parse(source))
    )


@pytest.mark.parametrize(
    "source",
    [
        "{{ page + 1 }}",
        "{{ title | upper }}",
        "{{ true }}",
        "{{ none }}",
        "{{ self }}",
        "{{ page }}{% if page > 1 %}x{% endif %}",
        "{{ page }} {# a note #}",
        "{{{ page }}}",
        "{{ page }}\nline two",
        "{{ '%02d' | format(n, page) }}",
        "{{ Page }}",
    ],
)
def test_any_other_copy_goes_to_jinja2(source: str) -> None:
    assert templating._plain(source) is None


def test_copy_naming_a_value_not_given_fails_as_jinja2_does() -> None:
    from jinja2 import UndefinedError

    with pytest.raises(UndefinedError):
        templating.text("PAGE {{ page }} OF {{ total }}", page=1)


def test_a_case_file_loads_no_jinja2(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from printworks.layout import Layouts; "
        "from printworks.casefile import render_casefile; from printworks.loader import load_role; "
        f"render_casefile(load_role({str(SEED_FILE)!r}), Layouts()); "
        "print('\\n'.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(out.stdout.split())
    assert "reportlab" in loaded, "it made the case file"
    assert not {m for m in loaded if m == "jinja2" or m.startswith("jinja2.")}
