"""Fonts of the case file: every character has a face, and the layout file is data."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from printworks.casefile import render_casefile
from printworks.casefile.config import CasefileLayout, load_layout
from printworks.casefile.faces import all_aliases, chain, role_texts, runs
from printworks.fonts import charset, font_path
from printworks.layout import LayoutError, dossier_copy
from printworks.loader import load_role
from printworks.resources import layouts_dir
from tests.conftest import ROLES, SEED_FILE
from tests.test_casefile import font_rows, pdf_text

LICENCES = {
    "Liberation": "LICENSE-Liberation.txt",
    "Roboto": "LICENSE-Roboto.txt",
    "GNUTypewriter": "LICENSE-GNUTypewriter.txt",
    "DejaVu": "LICENSE-DejaVu.txt",
}


@pytest.mark.parametrize("path", sorted(ROLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_character_of_every_shipped_role_has_a_glyph(path):
    role = load_role(path)
    faces = all_aliases(load_layout())
    uncovered = {
        (field, char)
        for field, text in role_texts(role)
        for char in text.visible
        if char not in "\n\t" and not any(ord(char) in charset(face) for face in faces)
    }
    assert not uncovered


def test_the_seed_needs_the_fallback_face_and_gets_it(tmp_path):
    """The seed's ↗ is not in the typewriter face; it is drawn, in DejaVu Sans, not as a box."""
    assert ord("↗") not in charset("typewriter")
    data = render_casefile(load_role(SEED_FILE))
    assert "↗" in pdf_text(data, tmp_path)
    assert any(row[0].endswith("+DejaVuSans") for row in font_rows(data, tmp_path))


def test_a_run_switches_face_where_the_main_face_lacks_a_glyph():
    pieces = list(runs("see ↗ here", ("typewriter", "fallback")))
    assert pieces == [("typewriter", "see "), ("fallback", "↗ "), ("typewriter", "here")]
    assert list(runs("a\U000e0041b", ("typewriter",))) == [
        ("typewriter", "a"),
        (None, "\U000e0041"),
        ("typewriter", "b"),
    ]


def test_the_stamp_face_falls_back_for_dashes():
    layout = load_layout()
    stamp = chain(layout, "stamp")
    assert stamp[0] == "stamp" and ord("—") not in charset("stamp")
    assert [alias for alias, _ in runs("A—B", stamp)] == ["stamp", "typewriter-bold", "stamp"]


def test_every_word_of_the_layouts_has_a_glyph_in_its_own_chain():
    layout = load_layout()
    copy = dossier_copy()
    words = [copy.file_record, copy.question, *copy.labels.values()]
    words += [s.heading for s in copy.sections] + [s.caption or "" for s in copy.sections]
    words += list(layout.words.values())
    for style in ("body", "strong", "display", "stamp"):
        faces = chain(layout, style)
        for text in words:
            assert all(alias for alias, _ in runs(text, faces)), (style, text)


def test_every_face_used_ships_with_its_licence():
    for alias in all_aliases(load_layout()):
        path = font_path(alias)
        family = next(f for f in LICENCES if path.name.startswith(f))
        assert (path.parent / LICENCES[family]).is_file(), path.name


def _layout_data() -> dict:
    return yaml.safe_load((layouts_dir() / "casefile.yaml").read_text(encoding="utf-8"))


def test_a_colour_in_the_grayscale_palette_is_refused(tmp_path):
    data = _layout_data()
    data["palettes"]["grayscale"]["stamp"] = "#aa0000"
    (tmp_path / "casefile.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(LayoutError, match="not a grey"):
        load_layout(tmp_path)


def test_the_banner_and_palette_come_from_the_layout(tmp_path):
    data = _layout_data()
    data["words"]["banner"] = "EYES ONLY // SHRED AFTER READING"
    layout = CasefileLayout.model_validate(data)
    text = pdf_text(render_casefile(load_role(SEED_FILE), layout=layout), tmp_path)
    assert "EYES ONLY // SHRED AFTER READING" in text
    assert "CONFIDENTIAL // HR EYES ONLY" not in text


def test_an_unknown_page_size_is_a_clear_error():
    from printworks.errors import RenderError

    with pytest.raises(RenderError, match="unknown page size 'a3'"):
        render_casefile(load_role(SEED_FILE), page_size="a3")


def test_layout_lengths_are_values_with_units():
    data = _layout_data()
    data["type"]["body"] = "9"
    with pytest.raises(ValueError, match="is not a length"):
        CasefileLayout.model_validate(data)
    assert Path(layouts_dir() / "casefile.yaml").is_file()
