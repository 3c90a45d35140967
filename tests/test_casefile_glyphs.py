"""Fonts of the case file: every character has a face, and the layout file is data."""

from __future__ import annotations

import pytest
import yaml

from printworks.casefile import glyph_warnings
from printworks.casefile.faces import chain, charset, runs
from printworks.errors import LayoutError, RenderError
from printworks.layout import Layouts, shipped
from printworks.loader import load_role
from printworks.resources import fonts_dir, layouts_dir
from tests.conftest import ROLES, SEED_FILE, casefile, role_from_yaml
from tests.test_casefile import font_rows, pdf_text


def _face(alias: str) -> str:
    from printworks.casefile.faces import register

    return register(alias, shipped().fonts.path(alias))


@pytest.mark.parametrize("path", sorted(ROLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_character_of_every_shipped_role_has_a_glyph(path):
    assert glyph_warnings(load_role(path)) == []


def test_a_character_no_face_has_is_named_with_its_field():
    """The check above can fail: a character outside every face is found and named."""
    text = SEED_FILE.read_text(encoding="utf-8").replace(
        "title: Chief AI Officer", "title: Chief \U000e0041 Officer"
    )
    warnings = glyph_warnings(role_from_yaml(text, "odd"))
    assert warnings == ["odd: org_chart.root.title: no glyph for U+E0041 '\\U000e0041'"]


def test_the_seed_needs_the_fallback_face_and_gets_it(tmp_path):
    """The seed's ↗ is not in the typewriter face; it is drawn, in DejaVu Sans, not as a box."""
    assert ord("↗") not in charset(_face("typewriter"))
    data = casefile(load_role(SEED_FILE))
    assert "↗" in pdf_text(data, tmp_path)
    assert any(row[0].endswith("+DejaVuSans") for row in font_rows(data, tmp_path))


def test_a_run_switches_face_where_the_main_face_lacks_a_glyph():
    mono, dejavu = _face("typewriter"), _face("fallback")
    pieces = list(runs("see ↗ here", (mono, dejavu)))
    assert pieces == [(mono, "see "), (dejavu, "↗ "), (mono, "here")]
    assert list(runs("a\U000e0041b", (mono,))) == [(mono, "a"), (None, "\U000e0041"), (mono, "b")]


def test_the_stamp_face_falls_back_for_dashes():
    layouts = shipped()
    stamp = chain(layouts.casefile.fonts, layouts.fonts, "stamp")
    assert stamp[0] == _face("stamp") and ord("—") not in charset(stamp[0])
    assert [face for face, _ in runs("A—B", stamp)] == [
        _face("stamp"),
        _face("typewriter-bold"),
        _face("stamp"),
    ]


def test_every_word_of_the_layouts_has_a_glyph_in_its_own_chain():
    layouts = shipped()
    copy, layout = layouts.dossier, layouts.casefile
    words = [copy.file_record, copy.question, *copy.labels.model_dump().values()]
    words += [s.heading for s in copy.sections] + [s.caption or "" for s in copy.sections]
    words += list(layout.words.model_dump().values())
    for style in ("body", "strong", "display", "stamp"):
        faces = chain(layout.fonts, layouts.fonts, style)
        for text in words:
            assert all(face for face, _ in runs(text, faces)), (style, text)


def test_every_font_file_ships_with_its_licence():
    licences = {p.stem.removeprefix("LICENSE-"): p for p in fonts_dir().glob("LICENSE-*.txt")}
    files = sorted(p for p in fonts_dir().iterdir() if p.suffix.lower() in {".ttf", ".otf"})
    assert files
    for path in files:
        owners = [name for name in licences if path.name.startswith(name)]
        assert owners, f"{path.name} has no LICENSE-<family>.txt beside it"
    layouts = shipped()
    assert set(layouts.fonts.faces.values()) <= {p.name for p in files}


def _layouts_with(tmp_path, change) -> Layouts:
    """A copy of the shipped layouts folder with casefile.yaml changed by ``change(data)``."""
    import shutil

    folder = tmp_path / "layouts"
    shutil.copytree(layouts_dir(), folder)
    path = folder / "casefile.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return Layouts(folder)


def test_a_colour_in_the_grayscale_palette_is_refused(tmp_path):
    layouts = _layouts_with(tmp_path, lambda d: d["palettes"]["grayscale"].update(stamp="#aa0000"))
    with pytest.raises(
        LayoutError, match=r"casefile.yaml:\d+:\d+: palettes.grayscale: .*not a grey"
    ):
        _ = layouts.casefile


def test_the_banner_and_palette_come_from_the_layout(tmp_path):
    layouts = _layouts_with(
        tmp_path, lambda d: d["words"].update(banner="EYES ONLY // SHRED AFTER READING")
    )
    text = pdf_text(casefile(load_role(SEED_FILE), layouts=layouts), tmp_path)
    assert "EYES ONLY // SHRED AFTER READING" in text
    assert "CONFIDENTIAL // HR EYES ONLY" not in text


def test_an_unknown_page_size_is_a_clear_error():
    with pytest.raises(RenderError, match="unknown page size 'a3'"):
        casefile(load_role(SEED_FILE), "a3")


def test_layout_lengths_are_values_with_units(tmp_path):
    layouts = _layouts_with(tmp_path, lambda d: d["type"]["pocket"].update(body="9"))
    with pytest.raises(
        LayoutError, match=r"casefile.yaml:\d+:\d+: type.pocket.body: .*is not a length"
    ):
        _ = layouts.casefile


def test_a_format_names_type_and_spacing_sets_the_layout_has(tmp_path):
    layouts = _layouts_with(tmp_path, lambda d: d["formats"]["a5"].update(type="tiny"))
    with pytest.raises(
        LayoutError,
        match=r"casefile.yaml:\d+:\d+: formats.a5.type: 'tiny' is not one of the values allowed "
        r"here; the choices: desk, pocket, mini",
    ):
        _ = layouts.casefile


def test_a_font_alias_the_font_table_lacks_is_named_where_it_is_used(tmp_path):
    layouts = _layouts_with(tmp_path, lambda d: d["fonts"].update(body=["typewritter"]))
    with pytest.raises(LayoutError, match=r"fonts.body\[0\]: no font alias 'typewritter'"):
        _ = layouts.casefile


def test_a_face_whose_brackets_are_slashes_leaves_them_to_the_next_face():
    """The stamp face draws ``[ ]`` as slashes: a stamp's brackets come from the next face of
    its chain, its letters from the stamp face."""
    from printworks.casefile.document import CasefileOptions, make_kit

    kit = make_kit(shipped(), CasefileOptions())
    faces = kit.chain("stamp")
    pieces = list(runs("[SOURCE REDACTED]", faces))
    assert pieces[0] == (faces[1], "[") and pieces[-1] == (faces[1], "]")
    assert (faces[0], "SOURCE REDACTED") in pieces
