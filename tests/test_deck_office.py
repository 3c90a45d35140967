"""A deck PowerPoint takes as its own: a package its validator passes, faces Windows and macOS
have, and what its Accessibility Checker looks for (alt text or the decorative mark, header
rows, footers in their placeholders with a slide-number field, the reading order, the file's
title), over every shipped deck, in every theme, and a deck of every kind."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pptx import Presentation

from printworks.layout import shipped
from tests.conftest import ROLES

P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
DECORATIVE_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
DECORATIVE = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"
SLUGS = sorted(p.stem for p in ROLES.glob("*.yaml"))
# faces PowerPoint has on Windows and on macOS (Office for Mac installs them), each with the
# bundled face that has its metrics
TWINS = {
    "Arial": "Liberation Sans",
    "Times New Roman": "Liberation Serif",
    "Courier New": "Liberation Mono",
    "Calibri": "Carlito",
    "Cambria": "Caladea",
}


def _shipped(gallery: dict[str, bytes]) -> dict[str, bytes]:
    """Each role's deck in its own theme, and the every-kind deck in each theme."""
    return {k: v for k, v in gallery.items() if "--" not in k or k.startswith("every-kind")}


@pytest.fixture(scope="module")
def opened(deck_gallery):
    return {name: Presentation(io.BytesIO(data)) for name, data in _shipped(deck_gallery).items()}


def _leaves(tree):
    for element in tree:
        if element.tag == f"{P}grpSp":
            yield element
            yield from _leaves(element)
        elif element.tag in (f"{P}sp", f"{P}cxnSp", f"{P}graphicFrame", f"{P}pic"):
            yield element


def _has_text(element) -> bool:
    """Whether a shape holds text (a redaction's no-break spaces are text too)."""
    return any(t.text for t in element.iter(f"{A}t"))


def _decorative(element) -> bool:
    props = element.find(f".//{P}cNvPr")
    ext = props.find(f"{A}extLst/{A}ext")
    return (
        ext is not None
        and ext.get("uri") == DECORATIVE_URI
        and ext.find(DECORATIVE) is not None
        and ext.find(DECORATIVE).get("val") == "1"
    )


def _placeholder(element) -> str | None:
    mark = element.find(f".//{P}nvPr/{P}ph")
    return None if mark is None else mark.get("type", "obj")


# ---- a valid package ------------------------------------------------------------------------


def _by_theme(gallery: dict[str, bytes], theme: str) -> dict[str, bytes]:
    """The gallery's decks drawn in ``theme``, each once: a role's deck in its own theme is in
    the gallery twice (``slug`` and ``slug--theme``, the same bytes)."""
    themes = shipped().deck.theme_names()
    seen, out = set(), {}
    for name, data in gallery.items():
        slug, _, drawn = name.partition("--")
        if not drawn:
            drawn = next((t for t in themes if gallery.get(f"{slug}--{t}") == data), themes[0])
        if drawn == theme and data not in seen:
            seen.add(data)
            out[name] = data
    return out


@pytest.mark.parametrize("theme", shipped().deck.theme_names())
def test_openxml_audit_finds_no_error_in_any_deck(theme, deck_gallery, tmp_path: Path) -> None:
    """Every distinct deck of the gallery drawn in ``theme`` (one test a theme, so the workers
    share the audit)."""
    audit = pytest.importorskip("openxml_audit", reason="openxml-audit (PyPI) not installed")
    validator = audit.OpenXmlValidator(file_format=audit.FileFormat.MICROSOFT_365, strict=True)
    themes = shipped().deck.theme_names()
    assert len(deck_gallery) >= 8 * 2 + len(themes)
    decks = _by_theme(deck_gallery, theme)
    assert f"every-kind--{theme}" in decks, theme  # every kind drawn in the theme
    problems = []
    for name, data in decks.items():
        path = tmp_path / f"{name}.pptx"
        path.write_bytes(data)
        result = validator.validate(path)
        problems += [f"{name}: {e.part_uri} {e.path}: {e.description}" for e in result.errors]
    assert not problems, "\n".join(problems[:20])


# ---- fonts that exist where decks open --------------------------------------------------------


@pytest.mark.parametrize("theme", shipped().deck.theme_names())
def test_each_theme_names_a_face_office_has_and_measures_its_metric_twin(theme) -> None:
    layouts = shipped()
    font = layouts.deck.theme(theme).theme.font
    assert font.family in TWINS, f"{theme} names {font.family}, which Office may lack"
    for face in (font, font.for_titles()):  # the body's family, and the titles' own if any
        assert face.family in TWINS, f"{theme} names {face.family}, which Office may lack"
        for alias in (face.regular, face.bold, face.italic, face.bold_italic):
            names = TTFont(layouts.fonts.path(alias), lazy=True)["name"]
            assert names.getBestFamilyName() == TWINS[face.family], (theme, alias)


def _emoji_slides(prs):
    """Each slide with a drawn emoji, and that shape."""
    for number, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            if shape.name.startswith("Emoji "):
                yield number, slide, shape


def test_emoji_titles_are_drawn_shapes_and_the_titles_read_without_them(opened) -> None:
    from printworks.scripts import slots

    drawn = list(_emoji_slides(opened["senior-prompt-engineering-evangelist"]))
    assert len(drawn) >= 20
    for number, slide, shape in drawn:
        title = slide.shapes.title
        assert shape.left + shape.width <= title.left, number
        assert all(kind != "emoji" for kind, _ in slots(title.text_frame.text)), number
        assert _decorative(shape.element) and shape.element.find(f".//{A}custGeom") is not None


def test_emoji_titles_show_in_a_libreoffice_render(opened, shipped_pdfs, tmp_path) -> None:
    """Impress draws each emoji (no empty box, no blank): the box it stands in holds the
    emoji's colour, on pages rendered from Impress's own PDF (the run's one render of the
    shipped decks)."""
    import subprocess

    from PIL import Image

    slug = "senior-prompt-engineering-evangelist"
    prs = opened[slug]
    pdf = shipped_pdfs[slug]
    drawn = list(_emoji_slides(prs))[:4]
    assert len(drawn) == 4
    dpi = 72
    for number, _, shape in drawn:
        stem = tmp_path / f"page{number}"
        subprocess.run(
            [
                *("pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(number)),
                *("-l", str(number), str(pdf), str(stem)),
            ],
            check=True,
        )
        page = Image.open(f"{stem}.png").convert("RGB")
        scale = dpi / 914400
        box = [round(v * scale) for v in (shape.left, shape.top)]
        box += [box[0] + round(shape.width * scale), box[1] + round(shape.height * scale)]
        ink = tuple(int(str(shape.fill.fore_color.rgb)[i : i + 2], 16) for i in (0, 2, 4))
        raw = page.crop(box).tobytes()
        pixels = [tuple(raw[i : i + 3]) for i in range(0, len(raw), 3)]
        near = [p for p in pixels if sum((a - b) ** 2 for a, b in zip(p, ink, strict=True)) < 60**2]
        assert len(near) >= 0.08 * len(pixels), (number, shape.name, len(near), len(pixels))


# ---- what PowerPoint's Accessibility Checker looks for ---------------------------------------


def test_every_shape_without_text_has_alt_text_or_the_decorative_mark(opened) -> None:
    missing, seen = [], 0
    for name, prs in opened.items():
        for number, slide in enumerate(prs.slides, start=1):
            for element in _leaves(slide.shapes.element):
                if element.tag == f"{P}sp" and (_has_text(element) or _placeholder(element)):
                    continue
                seen += 1
                alt = element.find(f".//{P}cNvPr").get("descr", "").strip()
                if not alt and not _decorative(element):
                    missing.append((name, number, element.find(f".//{P}cNvPr").get("name")))
    assert seen > 2000
    assert not missing, missing[:10]


def test_every_table_has_a_header_row_and_alt_text(opened) -> None:
    tables = 0
    for prs in opened.values():
        for slide in prs.slides:
            for frame in slide.shapes.element.iter(f"{P}graphicFrame"):
                table = frame.find(f".//{A}tbl")
                if table is None:
                    continue
                tables += 1
                assert table.find(f"{A}tblPr").get("firstRow") == "1"
                assert frame.find(f".//{P}cNvPr").get("descr", "").strip()
    assert tables >= 5  # the procurement deck's sheet, and the every-kind decks'


def test_footers_are_the_layouts_placeholders_and_the_number_a_field(opened) -> None:
    for name, prs in opened.items():
        for layout in {id(s.slide_layout): s.slide_layout for s in prs.slides}.values():
            kinds = {_placeholder(e) for e in layout.shapes.element.iter(f"{P}sp")}
            assert {"dt", "ftr", "sldNum"} <= kinds, (name, layout.name)
        for number, slide in enumerate(prs.slides, start=1):
            tree = list(_leaves(slide.shapes.element))
            assert [_placeholder(e) for e in tree[-3:]] == ["dt", "ftr", "sldNum"], (name, number)
            fields = list(tree[-1].iter(f"{A}fld"))
            assert len(fields) == 1 and fields[0].get("type") == "slidenum", (name, number)
            assert fields[0].findtext(f"{A}t") == str(number)


def test_a_slide_reads_title_body_footnote_then_furniture(opened) -> None:
    checked = 0
    for name, prs in opened.items():
        for number, slide in enumerate(prs.slides, start=1):
            tree = [e for e in slide.shapes.element if e.tag != f"{P}extLst"][2:]
            names = [e.find(f".//{P}cNvPr").get("name") for e in tree]
            assert _placeholder(tree[0]) in ("title", "ctrTitle"), (name, number, names[:2])
            if "Footnote" not in names:
                continue
            checked += 1
            at = names.index("Footnote")
            read = [
                n
                for e, n in zip(tree[at + 1 :], names[at + 1 :], strict=True)
                if not _decorative(e) and _placeholder(e) is None
            ]
            assert not read, (name, number, "read after the footnote:", read)
    assert checked > 100


def test_the_files_title_is_the_decks_own_and_no_two_slides_share_one(opened) -> None:
    from printworks.loader import load_role

    for slug in SLUGS:
        prs = opened[slug]
        assert prs.core_properties.title == str(load_role(ROLES / f"{slug}.yaml").deck.title)
    for name, prs in opened.items():
        titles = [slide.shapes.title.text_frame.text for slide in prs.slides]
        assert len(set(titles)) == len(titles), name
        assert prs.core_properties.title == titles[0], name


# ---- size -------------------------------------------------------------------------------------


def _sizes(element):
    for props in element.iter(f"{A}rPr", f"{A}defRPr", f"{A}endParaRPr"):
        if props.get("sz"):
            yield int(props.get("sz")) / 100


def test_nothing_on_a_slide_is_under_10pt_but_the_pasted_sheet_at_8pt(opened) -> None:
    from lxml import etree

    smallest = {}
    for name, prs in opened.items():
        for number, slide in enumerate(prs.slides, start=1):
            for element in _leaves(slide.shapes.element):
                if element.tag == f"{P}grpSp":
                    continue  # its shapes are judged one by one
                sheet = element.find(f".//{P}cNvPr").get("name") == "Pasted Sheet"
                for size in _sizes(element):
                    least = 8 if sheet else 10
                    assert size >= least, (name, number, size)
                    smallest[sheet] = min(size, smallest.get(sheet, 99))
            for frame in slide.shapes.element.iter(f"{P}graphicFrame"):
                chart = frame.find(f".//{C}chart")
                if chart is not None:
                    rid = chart.get(
                        "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
                    )
                    root = etree.fromstring(slide.part.related_part(rid).blob)
                    assert min(_sizes(root)) >= 10, (name, number, "chart")
    assert smallest[False] == 10 and smallest[True] >= 8


# ---- contrast ----------------------------------------------------------------------------------


def test_every_run_reads_at_4_5_and_every_graphic_shows_at_3_to_1(deck_gallery) -> None:
    """Worked out from the colours each deck is written in, for every deck in every theme."""
    from tests.deck_contrast import check_slide

    found, slides = [], 0
    for name, data in deck_gallery.items():
        for number, slide in enumerate(Presentation(io.BytesIO(data)).slides, start=1):
            slides += 1
            found += [(name, number, f) for f in check_slide(slide)]
    assert slides > 500  # 16 role decks and an every-kind deck a theme
    assert not found, found[:10]


def test_the_contrast_check_catches_a_pale_run_and_a_faint_icon() -> None:
    """The check itself: a light-grey word on white and a near-white shape on white fail."""
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    from tests.deck_contrast import check_slide

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Pt(10), Pt(10), Pt(200), Pt(40))
    run = box.text_frame.paragraphs[0].add_run()
    run.text = "faint"
    run.font.color.rgb = RGBColor(0xCC, 0xCC, 0xCC)
    icon = slide.shapes.add_shape(1, Pt(300), Pt(10), Pt(20), Pt(20))
    icon.fill.solid()
    icon.fill.fore_color.rgb = RGBColor(0xF0, 0xF0, 0xF0)
    icon.line.fill.background()
    found = check_slide(slide)
    assert {f.what for f in found} == {"text", "graphic"}, found


def test_ooxml_integrity_finds_no_text_overflowing_or_overlapping(
    opened, deck_gallery, tmp_path
) -> None:
    """Its one warning left is a false alarm: it reads the y-axis label of a 2x2, a text box
    turned a quarter, as if it were not turned (it does not apply rotation), and so as
    reaching past the slide's left edge."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    pytest.importorskip("ooxml_integrity", reason="ooxml-integrity (PyPI) not installed")
    fonts = tmp_path / "home" / ".fonts"  # it measures with the faces a user has installed
    fonts.mkdir(parents=True)
    for face in (ROLES.parent / "fonts").glob("*.ttf"):
        shutil.copy(face, fonts)
    paths = []
    for name, data in _shipped(deck_gallery).items():
        (tmp_path / f"{name}.pptx").write_bytes(data)
        paths.append(str(tmp_path / f"{name}.pptx"))
    done = subprocess.run(
        [sys.executable, "-m", "ooxml_integrity", "check", "--json", *paths],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(tmp_path / "home")},
        timeout=600,
    )
    report = json.loads(done.stdout)
    for file in report["files"]:
        prs = opened[Path(file["path"]).stem]
        for finding in file["findings"]:
            slide, name = finding["where"].split("/", 1)
            shapes = prs.slides[int(slide.removeprefix("slide")) - 1].shapes
            shown = [s for s in shapes if s.name == name]
            assert finding["code"] == "PPT004" and shown and shown[0].rotation, finding
    assert len(report["files"]) == len(opened)
