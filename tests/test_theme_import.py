"""`printworks theme import`: templates made by other tools (python-pptx's default, one written
here with odd layout names, the same saved as a .potx, one LibreOffice exports) read into
theme folders, each of which then draws a deck of every kind, one LibreOffice page a slide."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from typer.testing import CliRunner

from printworks.cli import app
from printworks.deck import DeckOptions, render_deck
from printworks.deck.kinds import KINDS
from printworks.user_themes import import_theme
from tests import test_kinds_diagrams as diagram_kinds
from tests.conftest import SEED_DOSSIER, SEED_FILE, SEED_SLUG, impress_pages, role_from_yaml
from tests.test_kinds_every import every_kind_slides

PRESENTATION = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
TEMPLATE = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
# LibreOffice's own templates, when installed with it (any one will do)
BUNDLED = Path("/usr/lib/libreoffice/share/template/common/presnt")


def _rewritten(data: bytes, change) -> bytes:
    """A package with each entry's bytes passed through ``change(name, blob)``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, change(info.filename, src.read(info.filename)))
    return out.getvalue()


def odd_template() -> bytes:
    """A template written here: three layouts with names that say nothing of their use
    (Opener, Big Words, Stuff), a cover with no subtitle, a red and slate palette, Futura."""
    prs = Presentation()
    names = {"Title Slide": "Opener", "Title Only": "Stuff", "Section Header": "Big Words"}
    for layout in list(prs.slide_layouts):
        if layout.name in names:
            layout.name = names[layout.name]
        else:
            prs.slide_layouts.remove(layout)
    opener = next(layout for layout in prs.slide_layouts if layout.name == "Opener")
    for shape in list(opener.placeholders):
        if shape.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE:
            shape.element.getparent().remove(shape.element)
    saved = io.BytesIO()
    prs.save(saved)

    def palette(name: str, blob: bytes) -> bytes:
        if name != "ppt/theme/theme1.xml":
            return blob
        text = blob.decode()
        dark = '<a:dk2><a:srgbClr val="2B2D42"/></a:dk2>'
        text = re.sub(r"<a:dk2>.*?</a:dk2>", dark, text, count=1, flags=re.S)
        accent = '<a:accent1><a:srgbClr val="D90429"/></a:accent1>'
        text = re.sub(r"<a:accent1>.*?</a:accent1>", accent, text, count=1, flags=re.S)
        latin = '<a:latin typeface="Calibri"'
        text = text.replace(latin, '<a:latin typeface="Georgia"', 1)  # the headings
        return text.replace(latin, '<a:latin typeface="Futura"', 1).encode()  # the body

    return _rewritten(saved.getvalue(), palette)


def as_potx(data: bytes) -> bytes:
    """The same package saved as a template: its main part typed as PowerPoint types it."""
    return _rewritten(
        data,
        lambda name, blob: (
            blob.replace(PRESENTATION.encode(), TEMPLATE.encode())
            if name == "[Content_Types].xml"
            else blob
        ),
    )


def libreoffice_template(folder: Path, impress) -> Path | None:
    """A .pptx that LibreOffice Impress wrote from one of its own templates (or, when it ships
    none, from python-pptx's default opened in Impress); None when it is not installed."""
    if not shutil.which("soffice"):
        return None
    bundled = sorted(BUNDLED.glob("*.otp")) if BUNDLED.is_dir() else []
    source = next((p for p in bundled if p.stem == "Blue_Curve"), bundled[0] if bundled else None)
    if source is None:
        plain = io.BytesIO()
        Presentation().save(plain)
        odp = impress.convert({"plain.pptx": plain.getvalue()}, to="odp")["plain.pptx"]
        name, data = "plain.odp", odp.read_bytes()
    else:
        name, data = source.name, source.read_bytes()
    made = impress.convert({name: data}, to="pptx")[name]
    if not made.is_file():
        return None
    (folder / "lo").mkdir(exist_ok=True)
    kept = folder / "lo" / f"{Path(name).stem}.pptx"
    shutil.copyfile(made, kept)
    return kept


@pytest.fixture(scope="module")
def templates(tmp_path_factory, impress) -> dict[str, Path]:
    """The templates, by name, as files."""
    folder = tmp_path_factory.mktemp("templates")
    made = {}
    default = io.BytesIO()
    Presentation().save(default)
    for name, blob in {
        "python-pptx.pptx": default.getvalue(),
        "odd.pptx": odd_template(),
        "odd.potx": as_potx(odd_template()),
    }.items():
        (folder / name).write_bytes(blob)
        made[name] = folder / name
    libre = libreoffice_template(folder, impress)
    if libre is not None:
        made["libreoffice.pptx"] = libre
    return made


@pytest.fixture(scope="module")
def imported(templates, tmp_path_factory):
    """Each template imported as a theme: its folder, and what the import said."""
    folder = tmp_path_factory.mktemp("themes")
    return {
        name: import_theme(path, re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"), folder)
        for name, path in templates.items()
    }


def _theme(written) -> dict:
    return yaml.safe_load((written.folder / "theme.yaml").read_text(encoding="utf-8"))


def every_kind_role():
    """A role whose own deck has one slide of every kind."""
    slides = every_kind_slides() + list(diagram_kinds.SLIDES.values())
    slides += [  # the kinds the two kind test modules leave to the seed's own deck
        {"kind": "chevrons", "title": "Five Steps", "steps": ["Ask", "Align", "Ask again"]},
        {"kind": "hero_number", "title": "One Number", "number": "97%", "label": "aligned"},
        {"kind": "hero_quote", "title": "A Word", "quote": "Synergy.", "attribution": "Us"},
        {
            "kind": "burning_platform",
            "title": "On Fire",
            "headline": "Everything, slowly",
            "fires": ["The backlog", "The roadmap"],
        },
    ]
    slides = [{"notes": f"What the {s['kind']} really means.", **s} for s in slides]
    deck = {"deck": {"title": "Every Kind, Imported", "slides": slides}}
    text = SEED_DOSSIER + "\n" + yaml.safe_dump(deck, allow_unicode=True, sort_keys=False)
    return role_from_yaml(text), {s["kind"] for s in slides}


@pytest.fixture(scope="module")
def decks(imported) -> dict[str, bytes]:
    """The every-kind deck in each imported theme."""
    role, _ = every_kind_role()
    return {
        name: render_deck(role, options=DeckOptions(theme=str(written.folder)))
        for name, written in imported.items()
    }


# --- what is read --------------------------------------------------------------------------------
def test_python_pptx_default_layouts_are_matched_by_their_names(imported) -> None:
    theme = _theme(imported["python-pptx.pptx"])
    assert theme["layouts"] == {
        "cover": "Title Slide",
        "content": "Title Only",
        "statement": "Section Header",
    }
    assert theme["font"]["family"] == "Calibri"
    assert theme["font"]["regular"] == "carlito"  # measured with Calibri's metric twin
    assert theme["series"][0] == "#4f81bd"  # the scheme's first accent
    assert theme["slide"] == {"width": "720.0pt", "height": "540.0pt"}


def test_odd_layout_names_are_matched_by_their_placeholders(imported) -> None:
    written = imported["odd.pptx"]
    theme = _theme(written)
    assert theme["layouts"] == {"cover": "Opener", "content": "Stuff", "statement": "Big Words"}
    assert theme["font"]["family"] == "Futura"
    assert theme["colours"]["accent"] == "#d90429"
    assert theme["colours"]["strong"] == "#2b2d42"


def test_what_could_not_be_taken_is_said_a_located_line_each(imported) -> None:
    notes = imported["odd.pptx"].notes
    assert all(line.startswith("odd.pptx: ") for line in notes)
    assert any(
        line.startswith("odd.pptx: layout 'Opener': no subtitle placeholder") for line in notes
    )
    assert any("font 'Futura' has no metric-compatible face" in line for line in notes)
    assert any("heading font 'Georgia'" in line for line in notes)
    # kept in the theme file too, for whoever opens it later
    text = (imported["odd.pptx"].folder / "theme.yaml").read_text(encoding="utf-8")
    assert all(line in text for line in notes)


def test_a_potx_is_read_and_its_copy_is_a_presentation(imported) -> None:
    written = imported["odd.potx"]
    assert _theme(written)["layouts"]["cover"] == "Opener"
    with zipfile.ZipFile(written.folder / "template.pptx") as package:
        types = package.read("[Content_Types].xml").decode()
    assert PRESENTATION in types and TEMPLATE not in types


def test_a_libreoffice_template_is_read(imported) -> None:
    if "libreoffice.pptx" not in imported:
        pytest.skip("LibreOffice (soffice) not installed: no LibreOffice-made template")
    written = imported["libreoffice.pptx"]
    theme = _theme(written)
    assert theme["layouts"]["cover"] == "Title Slide"
    assert theme["layouts"]["content"] == "Title Only"
    # Impress numbers a title slide's subtitle 0, like its title: renumbered, and said
    assert any("renumbered 1" in line for line in written.notes)


def test_a_chosen_layout_whose_name_is_shared_is_renamed(tmp_path) -> None:
    prs = Presentation()
    blank = next(layout for layout in prs.slide_layouts if layout.name == "Blank")
    blank.name = "Title Only"  # two layouts now answer to it; the deck finds layouts by name
    prs.save(tmp_path / "twins.pptx")
    written = import_theme(tmp_path / "twins.pptx", "twins", tmp_path / "themes")
    assert _theme(written)["layouts"]["content"] == "Title Only (content)"
    assert "twins.pptx: layout 'Title Only': its name is shared; renamed" in "\n".join(
        written.notes
    )
    role, _ = every_kind_role()
    deck = render_deck(role, options=DeckOptions(theme=str(written.folder)))
    names = {s.slide_layout.name for s in Presentation(io.BytesIO(deck)).slides}
    assert "Title Only (content)" in names


def test_an_import_is_the_same_bytes_every_time(templates, tmp_path) -> None:
    one = import_theme(templates["odd.pptx"], "again", tmp_path / "one")
    two = import_theme(templates["odd.pptx"], "again", tmp_path / "two")
    for name in ("theme.yaml", "template.pptx"):
        assert (one.folder / name).read_bytes() == (two.folder / name).read_bytes()


# --- what it draws -------------------------------------------------------------------------------
def test_every_kind_draws_in_every_imported_theme(decks, imported) -> None:
    role, kinds = every_kind_role()
    assert kinds == set(KINDS), "the role has a slide of every kind"
    titles = {s["title"] for s in role.model_dump()["deck"]["slides"]}
    for name, data in decks.items():
        prs = Presentation(io.BytesIO(data))
        layouts = _theme(imported[name])["layouts"]
        shown = {s.shapes.title.text for s in prs.slides if s.shapes.title is not None}
        assert titles <= shown, name
        assert {s.slide_layout.name for s in prs.slides} <= set(layouts.values()), name
        cover = prs.slides[0]
        assert cover.slide_layout.name == layouts["cover"]
        assert cover.placeholders[1].text_frame.text.strip(), f"{name}: the cover's subtitle"


def test_libreoffice_opens_each_deck_one_page_a_slide(decks, impress) -> None:
    pages = impress_pages(impress, decks)
    for name, data in decks.items():
        assert pages[name] == len(Presentation(io.BytesIO(data)).slides), name


# --- the command ---------------------------------------------------------------------------------
def test_import_then_deck_by_name_from_themes_beside_the_roles(templates, tmp_path) -> None:
    roles = tmp_path / "roles"
    roles.mkdir()
    shutil.copy(SEED_FILE, roles)
    runner = CliRunner()
    made = runner.invoke(
        app, ["theme", "import", str(templates["odd.pptx"]), "acme", "--roles-dir", str(roles)]
    )
    assert made.exit_code == 0, made.output
    assert (tmp_path / "themes" / "acme" / "theme.yaml").is_file()
    assert "odd.pptx: layout 'Opener': no subtitle placeholder" in made.output
    out = tmp_path / "deck.pptx"
    drawn = runner.invoke(
        app, ["deck", SEED_SLUG, "--theme", "acme", "--roles-dir", str(roles), "-o", str(out)]
    )
    assert drawn.exit_code == 0, drawn.output
    prs = Presentation(str(out))
    assert prs.slides[0].slide_layout.name == "Opener"
    assert {s.slide_layout.name for s in prs.slides} <= {"Opener", "Stuff", "Big Words"}


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["NOT_A_TEMPLATE", "fine"], "not a PowerPoint file"),
        (["TEMPLATE", "agile"], "'agile' is a shipped theme's name"),
        (["TEMPLATE", "Not_A_Name"], "a theme name is lower-case"),
        (["MISSING", "fine"], "cannot read"),
    ],
)
def test_what_cannot_be_imported_is_one_line_and_nothing_written(
    templates, tmp_path, args, said
) -> None:
    junk = tmp_path / "junk.pptx"
    junk.write_text("not a zip", encoding="utf-8")
    paths = {
        "NOT_A_TEMPLATE": str(junk),
        "TEMPLATE": str(templates["odd.pptx"]),
        "MISSING": str(tmp_path / "missing.pptx"),
    }
    args = [paths.get(a, a) for a in args]
    out = tmp_path / "themes"
    result = CliRunner().invoke(app, ["theme", "import", *args, "-o", str(out)])
    assert result.exit_code == 1
    assert said in result.output and len(result.output.strip().splitlines()) == 1
    assert not out.exists() or not any(out.iterdir())


def test_a_theme_already_there_is_kept_without_force(templates, tmp_path) -> None:
    runner = CliRunner()
    args = ["theme", "import", str(templates["odd.pptx"]), "acme", "-o", str(tmp_path)]
    assert runner.invoke(app, args).exit_code == 0
    before = (tmp_path / "acme" / "theme.yaml").read_bytes()
    other = [*args[:2], str(templates["python-pptx.pptx"]), *args[3:]]
    again = runner.invoke(app, other)
    assert again.exit_code == 1 and "--force" in again.output
    assert (tmp_path / "acme" / "theme.yaml").read_bytes() == before
    forced = runner.invoke(app, [*other, "--force"])
    assert forced.exit_code == 0
    assert (tmp_path / "acme" / "theme.yaml").read_bytes() != before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acme"]  # nothing left beside it


def test_each_deck_is_a_valid_package_for_powerpoint(decks, tmp_path) -> None:
    audit = pytest.importorskip("openxml_audit", reason="openxml-audit not installed")
    for name, data in decks.items():
        path = tmp_path / f"{name}.pptx"
        path.write_bytes(data)
        errors = audit.OpenXmlValidator().validate(str(path)).errors
        found = [f"{e.part_uri}: {e.description}" for e in errors]
        assert found == [], name
        with zipfile.ZipFile(path) as package:
            rels = package.read("ppt/_rels/presentation.xml.rels").decode()
        assert "relationships/viewProps" in rels, f"{name}: PowerPoint would repair it"
