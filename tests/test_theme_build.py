"""A theme has one source: its template.pptx is made from its theme.yaml.

Each shipped theme's committed template is its build, byte for byte (a stale one fails). The
key walk changes every colour and font of a theme, in a copy, to a value found nowhere else,
builds the template and looks for each new value where its key governs: the theme part, the
master, each layout (backgrounds and placeholders), and, for one theme, the slides of a deck
rendered on it; and for the old values where they must have gone (the backgrounds).
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from pptx import Presentation
from typer.testing import CliRunner

from printworks.cli import app
from printworks.deck import DeckOptions, render_deck
from printworks.deck import theme_spec as spec
from printworks.deck.theme_build import ThemeBuildError, build
from printworks.errors import LayoutError
from printworks.layout import shipped

DECK = shipped().deck
THEMES = DECK.theme_names()
COLOURS = list(type(DECK.theme(THEMES[0]).theme.colours).model_fields)
# what the builder itself paints in each key, in every theme (the build: section adds more)
SCHEME = {"ink", "paper", "dark", "panel", "accent", "good", "warn", "bad", "muted"}
PLACEHOLDERS = {
    "master": {"muted"},
    "cover": {"on_dark", "accent"},
    "content": {"strong", "muted"},
    "statement": {"on_dark", "accent"},
}
# what a theme's backgrounds are, by what the colours mean: the cover and statement are dark
BACKGROUNDS = {"master": "paper", "cover": "dark", "statement": "dark"}
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
FONTS = {"family": "Gill Sans Nova", "east_asian": "Yu Gothic", "complex": "Tahoma"}
TITLE_FACE = "Consolas Nova"  # a theme's own title family, changed to this where it has one


def _parts(data: bytes) -> dict[str, str]:
    """The template's theme part, master and layouts (by their name in the theme) as text."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {
            "theme": package.read("ppt/theme/theme1.xml").decode(),
            "master": package.read("ppt/slideMasters/slideMaster1.xml").decode(),
        }
        for name in package.namelist():
            if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", name):
                xml = package.read(name).decode()
                parts[re.search(r'<p:cSld name="([^"]+)"', xml)[1]] = xml
    return parts


def _background(xml: str) -> str:
    return re.search(r"<p:bg>.*?</p:bg>", xml)[0]


def _changed(name: str, tmp_path: Path) -> tuple[Path, dict[str, str], dict[str, str]]:
    """A copy of theme ``name`` with every colour and font changed: the folder, and the old
    and new value of each key (``dark``, ``series[0]``, ``family``...), colours as six
    digits."""
    folder = tmp_path / name
    shutil.copytree(DECK.folder / "themes" / name, folder)
    data = yaml.safe_load((folder / "theme.yaml").read_text(encoding="utf-8"))
    old, new = {}, {}
    slots = [("colours", key, key) for key in COLOURS]
    for listed in ("series", "sticky"):
        slots += [(listed, i, f"{listed}[{i}]") for i in range(len(data[listed]))]
    taken = {value.upper() for _, value in _values(data)}
    for where, index, key in slots:
        value = data[where][index][1:].upper()
        # a value nowhere else, a step from the old one (so every contrast stays as it was)
        step = 1
        while True:
            blue = int(value[4:], 16)
            candidate = value[:4] + f"{blue - step if blue >= step else blue + step:02X}"
            if candidate not in taken:
                break
            step += 1
        taken.add(candidate)
        old[key], new[key] = value, candidate
        data[where][index] = "#" + candidate
    for key, face in FONTS.items():
        old[key], new[key] = data["font"][key], face
        data["font"][key] = face
    if data["font"].get("title"):
        old["title"], new["title"] = data["font"]["title"]["family"], TITLE_FACE
        data["font"]["title"]["family"] = TITLE_FACE
    (folder / "theme.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return folder, old, new


def _values(data) -> list[tuple[str, str]]:
    found = [(k, v[1:]) for k, v in data["colours"].items()]
    return found + [(f"l{i}", v[1:]) for i, v in enumerate(data["series"] + data["sticky"])]


def _base_colours() -> set[str]:
    """The colours python-pptx's default theme part (the neutral base) has outside its colour
    scheme (the shadows of its effect styles)."""
    from pptx import Presentation

    with zipfile.ZipFile(io.BytesIO(_saved(Presentation()))) as package:
        xml = package.read("ppt/theme/theme1.xml").decode()
    return set(
        re.findall(r'srgbClr val="(\w{6})"', re.sub(r"<a:clrScheme.*?</a:clrScheme>", "", xml))
    )


def _saved(prs) -> bytes:
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _named(fills) -> set[str]:
    """The keys an ornament list or a background names as a colour of its own (not mixed)."""
    names = set()
    for expression in fills:
        parsed = spec.parse(expression)
        if parsed[0] != "mix" and not parsed[0].startswith("#"):
            names.add(parsed[0])
    return names


@pytest.mark.parametrize("name", THEMES)
def test_each_shipped_template_is_its_theme_yaml_built(name):
    found = DECK.theme(name)
    assert build(found.theme) == found.template.read_bytes(), (
        f"{found.template} is stale: run `printworks theme build {name}`"
    )


@pytest.mark.parametrize("name", THEMES)
def test_every_colour_and_font_key_governs_the_template(name, tmp_path):
    folder, old, new = _changed(name, tmp_path)
    theme = DECK.theme(str(folder)).theme
    parts = _parts(build(theme))
    layouts = theme.layouts.model_dump()
    recipe = theme.build
    for kind in ("cover", "content", "statement"):
        parts[kind] = parts.pop(layouts[kind])
    backgrounds = recipe.backgrounds
    governs = {part: set(keys) for part, keys in PLACEHOLDERS.items()}
    for part in ("master", "cover", "content", "statement"):
        fill = getattr(backgrounds, part)
        if fill is not None:
            fills = fill.colours() if isinstance(fill, spec.Gradient) else [fill]
            governs[part] |= _named(fills)
            # the old colour of a key a background names is gone from the background
            for key in _named(fills):
                assert old[key] not in _background(parts[part]), (name, part, key)
                assert new[key] in _background(parts[part]), (name, part, key)
    for kind in ("cover", "content", "statement"):
        governs[kind] |= _named(c for item in getattr(recipe, kind) for c in item.colours())
    governs["theme"] = SCHEME
    for part, key in BACKGROUNDS.items():
        assert key in governs[part], f"{name}: the {part} background does not follow {key}"
    # no old colour is left anywhere in the template, but as a literal of the build: section
    literals = {c[1:].upper() for e in recipe.colours() for c in re.findall(r"#\w{6}", e)}
    literals |= _base_colours()
    for key, value in old.items():
        if key not in FONTS and key != "title" and value not in literals:
            left = [part for part, xml in parts.items() if f'val="{value}"' in xml]
            assert not left, f"{name}: {key}'s old colour {value} is still in {left}"
    used = set().union(*governs.values())
    for key in new:
        if key in FONTS or key == "title":
            continue
        for part, keys in governs.items():
            if key in keys:
                assert f'val="{new[key]}"' in parts[part], (name, key, part)
        if key not in used and not any(key in e for e in recipe.colours()):
            # a key the template does not paint in (good_pale, redaction...) is not in it
            assert not any(new[key] in xml for xml in parts.values()), (name, key)
    fonts = re.search(r"<a:fontScheme.*?</a:fontScheme>", parts["theme"])[0]
    for key, tag in (("family", "latin"), ("east_asian", "ea"), ("complex", "cs")):
        named = re.findall(rf'<a:{tag} typeface="([^"]*)"', fonts)
        # the major (heading) font, then the minor (body) font; titles in a face of their own
        # when the theme has one
        major = new.get("title", new[key]) if key == "family" else new[key]
        assert named == [major, new[key]], (name, key)


def test_a_changed_theme_changes_every_slide_master_and_layout_of_its_deck(seed_role, tmp_path):
    folder, old, new = _changed("agile", tmp_path)
    result = CliRunner().invoke(app, ["theme", "build", str(folder)])
    assert result.exit_code == 0, result.output
    assert "rebuilt" in result.output
    deck = render_deck(seed_role, options=DeckOptions(theme=str(folder)))
    with zipfile.ZipFile(io.BytesIO(deck)) as package:
        names = package.namelist()
        slides = "".join(package.read(n).decode() for n in names if "slides/slide" in n)
        layouts = "".join(package.read(n).decode() for n in names if "slideLayouts/" in n)
        master = package.read("ppt/slideMasters/slideMaster1.xml").decode()
        theme_part = package.read("ppt/theme/theme1.xml").decode()
    for key in ("strong", "ink", "muted", "accent", "paper", "dark", "on_dark", "panel", "line"):
        assert f'val="{new[key]}"' in slides, key
    for key in ("dark", "on_dark", "accent", "strong"):
        assert f'val="{new[key]}"' in layouts, key
    assert f'val="{new["paper"]}"' in master and f'val="{new["muted"]}"' in master
    assert f'val="{new["dark"]}"' in theme_part
    assert (
        f'typeface="{new["family"]}"' in slides
        and f'typeface="{old["family"]}"' not in deck.decode("latin-1")
    )
    # the cover and statement backgrounds follow ``dark``
    for xml in re.findall(r'<p:cSld name="(?:Cover|Statement)">.*?</p:bg>', layouts):
        assert old["dark"] not in xml and new["dark"] in xml


def test_theme_build_says_when_nothing_changed_and_refuses_an_imported_theme(tmp_path):
    folder = tmp_path / "consultancy"
    shutil.copytree(DECK.folder / "themes" / "consultancy", folder)
    result = CliRunner().invoke(app, ["theme", "build", str(folder)])
    assert result.exit_code == 0 and "unchanged" in result.output, result.output
    theme = folder / "theme.yaml"
    theme.write_text(theme.read_text(encoding="utf-8").split("\nbuild:")[0], encoding="utf-8")
    result = CliRunner().invoke(app, ["theme", "build", str(folder)])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"{theme}: build: none, so nothing to build: the theme's template is its own "
        "(an imported one, say); restyle it in PowerPoint or Impress"
    )
    with pytest.raises(ThemeBuildError):
        build(DECK.theme(str(folder)).theme)


@pytest.mark.parametrize(
    ("before", "after", "message"),
    [
        ('dark: "#fce6d2"', 'dark: "FCE6D2"', "is not a colour: write '#rrggbb'"),
        ("mix(sticky[1], paper, 0.25)", "mix(sticky[1], paper)", "not a colour: name a colour"),
        ("fill: dark, adjust", "fill: 'sticky[9]', adjust", "no colour sticky[9]"),
        ("fill: dark, adjust", "fill: darker, adjust", "no colour 'darker' in colours"),
    ],
)
def test_a_wrong_colour_in_a_theme_is_a_located_error(tmp_path, before, after, message):
    folder = tmp_path / "agile"
    shutil.copytree(DECK.folder / "themes" / "agile", folder)
    theme = folder / "theme.yaml"
    text = theme.read_text(encoding="utf-8")
    assert before in text
    theme.write_text(text.replace(before, after, 1), encoding="utf-8")
    with pytest.raises(LayoutError, match=re.escape(message)) as raised:
        DECK.theme(str(folder))
    assert str(theme) in str(raised.value)


def test_every_shape_a_theme_may_name_is_a_preset_shape():
    from pptx.enum.shapes import MSO_SHAPE

    for name in spec.SHAPES:
        assert MSO_SHAPE[name.upper()] is not None


def test_a_title_face_sets_titles_kickers_and_footers_and_leaves_the_body_alone(seed_role):
    """The console theme names Courier New for its titles: a slide's title, its kicker and its
    footers are set in it, its body text in Arial; a theme without one sets all in one family."""
    deck = render_deck(seed_role, options=DeckOptions(theme="console"))
    prs = Presentation(io.BytesIO(deck))
    slide = next(s for s in prs.slides if any(sh.name == "Eyebrow" for sh in s.shapes))
    faces = {}
    for shape in slide.shapes:
        if shape.has_text_frame and shape.text_frame.text.strip():
            found = {e.get("typeface") for e in shape._element.iter(f"{{{A}}}latin")}
            faces[shape.name] = found
    title = slide.shapes.title.name
    assert faces[title] == {"Courier New"}, faces
    assert faces["Eyebrow"] == {"Courier New"}, faces
    footers = {"Footer Confidential", "Footer Brand", "Slide Number"}
    assert all(faces[n] == {"Courier New"} for n in footers), faces
    body = [f for n, f in faces.items() if n not in {title, "Eyebrow", *footers}]
    assert body and all("Courier New" not in f for f in body), faces
    assert any(f == {"Arial"} for f in body), faces
    plain = render_deck(seed_role, options=DeckOptions(theme="startup"))
    assert b"Courier New" not in plain


def test_a_title_face_with_an_unknown_font_alias_is_a_located_error(tmp_path):
    folder = tmp_path / "console"
    shutil.copytree(DECK.folder / "themes" / "console", folder)
    theme = folder / "theme.yaml"
    text = theme.read_text(encoding="utf-8")
    assert "bold: typewriter-bold\n" in text
    theme.write_text(text.replace("bold: typewriter-bold\n", "bold: mono-bold\n"), "utf-8")
    with pytest.raises(LayoutError, match=re.escape("font.title.bold")) as raised:
        DECK.theme(str(folder))
    assert str(theme) in str(raised.value)
