"""The private parts of the engines that printworks relies on: each still there, still doing
what the compatibility module says. A library upgrade that moves one fails here, loudly."""

from __future__ import annotations

import inspect
import io
import zipfile

import pytest
from lxml import etree

from printworks.loader import load_role
from tests.conftest import ROLES, SEED_FILE, casefile

# ---- ReportLab: the fast paragraph reader --------------------------------------------------


def test_reportlabs_parser_still_has_the_steps_the_fast_reader_calls():
    from reportlab.platypus.paraparser import ParaParser

    for name in ("_setup_for_parse", "_complete_parse", "handle_starttag", "handle_data"):
        assert callable(getattr(ParaParser, name, None)), f"ParaParser.{name} is gone"
    assert list(inspect.signature(ParaParser._setup_for_parse).parameters) == ["self", "style"]


@pytest.mark.parametrize("slug", ["principal-ai-ml-model-training-assistant", "sdet"])
def test_the_fast_reader_runs_and_gives_the_same_pdf_as_reportlabs_parser(slug, monkeypatch):
    from printworks.casefile import paragraphs

    role = load_role(ROLES / f"{slug}.yaml")
    real = paragraphs.fragments
    read = []

    def counted(text, style):
        found = real(text, style)
        read.append(found is not None)
        return found

    monkeypatch.setattr(paragraphs, "fragments", counted)
    fast = casefile(role, "a5")
    assert sum(read) > 100, "the fast reader read next to nothing: it did not run"
    assert all(read), "some of the case file's own markup fell back to ReportLab's parser"
    monkeypatch.setattr(paragraphs, "fragments", lambda text, style: None)
    assert casefile(role, "a5") == fast


def test_the_fast_reader_leaves_what_it_does_not_know_to_reportlab():
    from reportlab.lib.styles import ParagraphStyle

    from printworks.casefile.compat import fragments

    style = ParagraphStyle("t")
    assert fragments('plain &amp; <font name="Helvetica">simple</font>', style) is not None
    assert fragments("<b>bold</b>", style) is None
    assert fragments("<img src='x'/>", style) is None


# ---- ReportLab: a face kept between runs ---------------------------------------------------


def _plain(value):
    """``value`` without what cannot be compared (a scale function, objects of no value)."""
    skip = ("_pdfScale", "face", "state", "encoding")
    return {k: v for k, v in vars(value).items() if k not in skip}


@pytest.mark.parametrize("file", ["LiberationMono-Regular.ttf", "GNUTypewriter.ttf"])
def test_a_kept_face_is_the_face_reportlab_parses(file, tmp_path, monkeypatch):
    from reportlab.pdfbase.ttfonts import TTFont

    from printworks import keep
    from printworks.casefile.compat import kept_font
    from printworks.resources import fonts_dir

    monkeypatch.setenv(keep.ENV, str(tmp_path))
    path = fonts_dir() / file
    parsed = TTFont("pw-test", str(path))
    for _ in range(2):  # parsed and kept, then read back
        font = kept_font("pw-test", path)
        assert set(vars(font)) == set(vars(parsed)), "TTFont.__init__ sets other attributes"
        assert set(vars(font.face)) == set(vars(parsed.face)), "a face holds other attributes"
        assert _plain(font) == _plain(parsed)
        assert _plain(font.face) == _plain(parsed.face)
        assert type(font.encoding) is type(parsed.encoding)
        assert [font.face._pdfScale(v) for v in (1, 7, 2048)] == [
            parsed.face._pdfScale(v) for v in (1, 7, 2048)
        ]
    assert len(list(tmp_path.glob("*.pickle"))) == 1


def test_a_case_file_drawn_with_kept_faces_is_the_same_pdf(tmp_path, monkeypatch):
    import subprocess
    import sys

    from printworks import keep
    from printworks.casefile.compat import kept_font
    from printworks.resources import fonts_dir
    from tests.shared import shipped_casefile

    cache = tmp_path / "cache"
    monkeypatch.setenv(keep.ENV, str(cache))
    for path in sorted(fonts_dir().glob("*.ttf")):  # every face parsed here and kept
        kept_font("pw-kept", path)
    faces = len(list(cache.glob("*.pickle")))
    out = tmp_path / "kept.pdf"
    env = {**__import__("os").environ, keep.ENV: str(cache)}
    env.pop("SOURCE_DATE_EPOCH", None)  # undated, as the run's shared render of the seed
    args = [sys.executable, "-m", "printworks", "pdf", SEED_FILE.stem, "-o", str(out)]
    subprocess.run(args, check=True, env=env, capture_output=True)
    assert len(list(cache.glob("*.pickle"))) > faces, "the run kept its layouts beside them"
    assert out.read_bytes() == shipped_casefile(SEED_FILE.stem)


# ---- python-pptx and zipfile: notes pages, shape ids, one-pass packages --------------------


def test_python_pptx_still_has_what_the_deck_counts_on():
    from pptx.opc.serialized import _ContentTypesItem
    from pptx.oxml.presentation import CT_SlideIdList
    from pptx.parts.slide import NotesSlidePart
    from pptx.shapes.shapetree import SlideShapes

    for name in ("_defaults_and_overrides", "_xml"):
        assert hasattr(_ContentTypesItem, name), f"_ContentTypesItem.{name} is gone"
    assert callable(getattr(CT_SlideIdList, "_add_sldId", None))
    assert list(inspect.signature(NotesSlidePart.__init__).parameters)[:5] == [
        "self",
        "partname",
        "content_type",
        "package",
        "element",
    ]
    assert isinstance(getattr(SlideShapes, "_next_shape_id", None), property)
    assert isinstance(getattr(SlideShapes, "turbo_add_enabled", None), property)


def _seed_presentation():
    """The seed role's deck as python-pptx holds it just before it is saved."""
    from printworks.deck import builder, render_deck

    held = []
    real = builder.save

    def keep(prs, when):
        held.append(prs)
        return real(prs, when)

    builder.save = keep
    try:
        render_deck(load_role(SEED_FILE))
    finally:
        builder.save = real
    return held[0]


def test_the_package_is_handed_over_as_python_pptx_saves_it():
    from printworks.deck.compat import write_package

    prs = _seed_presentation()
    handed: list[tuple[str, bytes]] = []
    write_package(prs, lambda name, blob: handed.append((name, blob)))
    saved = io.BytesIO()
    prs.save(saved)
    with zipfile.ZipFile(saved) as archive:
        theirs = [(name, archive.read(name)) for name in archive.namelist()]
    assert [name for name, _ in handed] == [name for name, _ in theirs], "another part order"
    assert handed == theirs, "a part or relationship file written otherwise"


def test_relationship_files_written_as_strings_are_python_pptxs_own_bytes():
    from printworks.deck.compat import rels_xml

    prs = _seed_presentation()
    slide = prs.slides[0].part
    for url in ("https://example.com/a?b=c's%20d", "https://example.com/?x=1&y=<2>", "mailto:é"):
        slide.relate_to(url, "http://schemas.openxmlformats.org/x/hyperlink", is_external=True)
    assert {rel._base_uri for rel in slide._rels.values()} == {"/ppt/slides"}
    package = prs.part.package
    every = [package._rels, *(part._rels for part in package.iter_parts() if part._rels)]
    assert len(every) > 50 and all(rels._rels for rels in every)
    for rels in every:
        assert rels_xml(rels) == rels.xml


@pytest.mark.parametrize("held", [[], [256, 257, 258], [7], [300, 256], [2147483646], [2147483647]])
def test_a_counted_slide_id_is_the_one_python_pptx_gives(held):
    from pptx.oxml import parse_xml
    from pptx.oxml.ns import nsdecls

    from printworks.deck.compat import add_slide_id

    entries = "".join(f'<p:sldId id="{n}" r:id="rId{i + 9}"/>' for i, n in enumerate(held))
    xml = f"<p:sldIdLst {nsdecls('p', 'r')}>{entries}</p:sldIdLst>"
    theirs, ours = parse_xml(xml), parse_xml(xml)
    theirs.add_sldId("rId99")
    add_slide_id(ours, "rId99")
    assert etree.tostring(ours) == etree.tostring(theirs)


def test_a_slide_made_from_a_kept_blank_is_the_one_python_pptx_makes():
    from pptx.shapes.shapetree import SlideShapes

    from printworks.deck.compat import next_shape_id
    from printworks.deck.template import SlideMaker, open_template
    from printworks.layout import shipped

    theme = shipped().deck.theme(None)
    prs, _ = open_template(theme.template)
    maker = SlideMaker(prs, theme.template, {})
    for name in dict.fromkeys(vars(theme.theme.layouts).values()):
        first, _ = maker.add(name)  # cloned by python-pptx, and kept
        slide, title = maker.add(name)  # made from what was kept
        theirs = slide.shapes.title
        assert type(title) is type(theirs) and title.element is theirs.element, name
        assert slide.shapes._cached_max_shape_id == slide.shapes.element.max_shape_id
        ids = [next_shape_id(s) for s in (first, slide)]
        assert ids[0] == ids[1] == first.shapes.element.max_shape_id + 1, name
    assert isinstance(getattr(SlideShapes, "turbo_add_enabled", None), property)


def test_a_slide_added_without_a_search_is_the_one_python_pptx_adds():
    """compat.add_slide relates each new slide as ``add_slide`` does: the same rIds, part names
    and relationship files, slide after slide, on a presentation with dozens of parts."""
    from pptx import Presentation

    from printworks.deck.compat import add_slide, rels_xml

    ours, theirs = Presentation(), Presentation()
    for number in range(12):
        layout = number % 3
        mine = add_slide(ours.part, ours.slide_layouts[layout])
        python_pptx = theirs.part.add_slide(theirs.slide_layouts[layout])
        assert mine[0] == python_pptx[0]
        assert mine[1].part.partname == python_pptx[1].part.partname
        assert rels_xml(mine[1].part._rels) == rels_xml(python_pptx[1].part._rels)
    assert rels_xml(ours.part._rels) == rels_xml(theirs.part._rels)
    assert ours.part._rels._add_relationship.__name__ == "_add_relationship"


def _chart_data():
    from pptx.chart.data import CategoryChartData

    data = CategoryChartData(number_format="0")
    data.categories = ["Q1", "Q2", "Q3"]
    data.add_series("Spend", [1, 2, 3])
    data.add_series("Regret", [3, 2, 1])
    return data


def test_a_chart_added_with_counted_names_is_the_one_python_pptx_adds():
    from datetime import UTC, datetime

    from pptx import Presentation
    from pptx.enum.chart import XL_CHART_TYPE

    from printworks.deck.compat import add_chart

    made = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    kinds = (XL_CHART_TYPE.COLUMN_CLUSTERED, XL_CHART_TYPE.LINE_MARKERS, XL_CHART_TYPE.DOUGHNUT)
    decks = []
    for ours in (False, True):
        prs = Presentation()
        for kind in kinds:
            slide = prs.slides.add_slide(prs.slide_layouts[6])
            place = (kind, 1, 2, 3000, 4000, _chart_data())
            frame = add_chart(slide, *place, made) if ours else slide.shapes.add_chart(*place)
            assert frame.has_chart and frame.chart.chart_type == kind
        parts = {str(part.partname): part for part in prs.part.package.iter_parts()}
        decks.append(parts)
    theirs, mine = decks
    assert list(mine) == list(theirs), "other part names, or in another order"
    for name, part in theirs.items():
        if name.endswith(".xlsx"):
            with (
                zipfile.ZipFile(io.BytesIO(part.blob)) as a,
                zipfile.ZipFile(io.BytesIO(mine[name].blob)) as b,
            ):
                assert a.namelist() == b.namelist()
                for entry in a.namelist():
                    if entry != "docProps/core.xml":  # python-pptx's is dated now
                        assert a.read(entry) == b.read(entry), f"{name}: {entry}"
                assert b"2024-05-06T07:08:09Z" in b.read("docProps/core.xml")
        else:
            assert mine[name].blob == part.blob, name


def test_a_charts_workbook_is_the_same_bytes_each_time():
    from datetime import UTC, datetime

    from printworks.deck.compat import workbook_blob

    made = datetime(2024, 5, 6, tzinfo=UTC)
    assert workbook_blob(_chart_data(), made) == workbook_blob(_chart_data(), made)
    assert workbook_blob(_chart_data(), made) != workbook_blob(
        _chart_data(), datetime(2025, 5, 6, tzinfo=UTC)
    )


def test_zipfile_still_has_what_a_one_pass_entry_needs():
    archive = zipfile.ZipFile(io.BytesIO(), "w")
    for name in ("fp", "start_dir", "filelist", "NameToInfo", "_didModify"):
        assert hasattr(archive, name), f"ZipFile.{name} is gone"
    assert callable(zipfile.ZipInfo("x").FileHeader)


def test_a_deck_written_in_one_pass_reads_back_as_python_pptx_would_write_it():
    from pptx import Presentation

    from printworks.deck import render_deck

    data = render_deck(load_role(SEED_FILE))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
    assert names[0] == "[Content_Types].xml" and "ppt/presentation.xml" in names
    prs = Presentation(io.BytesIO(data))
    ids = [[shape.shape_id for shape in slide.shapes] for slide in prs.slides]
    assert all(len(set(slide)) == len(slide) for slide in ids), "a shape id is used twice"
    assert all(slide.has_notes_slide for slide in prs.slides)


# ---- pypdf: objects and a reproducible file identifier -------------------------------------


def test_pypdf_still_takes_objects_and_a_file_identifier():
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject

    from printworks.pypdf_compat import add_object, set_identifier

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    reference = add_object(writer, DecodedStreamObject())
    assert reference.get_object() is not None
    set_identifier(writer, b"0123456789abcdef-and-more")
    out = io.BytesIO()
    writer.write(out)
    trailer = PdfReader(io.BytesIO(out.getvalue())).trailer
    assert [x.original_bytes for x in trailer["/ID"]] == [b"0123456789abcdef"] * 2


# ---- ReportLab: the frame a flowable is laid out in ----------------------------------------


def test_a_flowable_being_laid_out_knows_its_frame_and_can_add_to_the_flow():
    from reportlab.lib.pagesizes import A5
    from reportlab.platypus import Flowable, PageBreak, Spacer
    from reportlab.platypus.doctemplate import SimpleDocTemplate

    from printworks.casefile.compat import add_after, frame_height

    seen: list[float | None] = []

    class Probe(Flowable):
        def wrap(self, aw, ah):
            if not seen:
                seen.append(frame_height(self))
                add_after(self, PageBreak(), Spacer(1, 10))
            return 0, 0

        def draw(self):
            pass

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A5, topMargin=50, bottomMargin=50)
    doc.build([Probe()])
    assert seen == [pytest.approx(A5[1] - 100 - 12)], "the frame's height, inside its padding"
    assert doc.page == 2, "what the flowable added was laid out after it"
    assert frame_height(Probe()) is None, "not being laid out: no frame"


def test_a_document_says_how_far_up_its_page_the_flow_has_reached():
    from reportlab.lib.pagesizes import A5
    from reportlab.platypus import Flowable
    from reportlab.platypus.doctemplate import SimpleDocTemplate

    from printworks.casefile.compat import flow_y

    reached: list[float | None] = []

    class Box(Flowable):
        def __init__(self, height):
            super().__init__()
            self.height = height

        def wrap(self, aw, ah):
            return aw, self.height

        def draw(self):
            pass

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, flowable):
            reached.append(flow_y(self))

    out = io.BytesIO()
    doc = Doc(out, pagesize=A5, topMargin=50, bottomMargin=50)
    assert flow_y(doc) is None, "no frame before the build"
    doc.build([Box(100), Box(30)])
    top = A5[1] - 50 - 6  # the frame's top, inside its padding
    # the last two: after the boxes (the build may lay out a flowable of its own first)
    assert reached[-2:] == [pytest.approx(top - 100), pytest.approx(top - 130)]


# ---- ReportLab: a story made as the build reaches it ---------------------------------------


def test_a_story_made_as_the_build_reaches_it_gives_the_pdf_of_the_whole_list(monkeypatch):
    from printworks.casefile import CasefileOptions, compat, render_collection

    roles = [load_role(path) for path in sorted(ROLES.glob("*.yaml"))]
    options = CasefileOptions("a5")
    unrolled = render_collection(roles, options=options)
    parts_made: list[int] = []
    plain = compat.Unrolled.__init__

    def all_at_once(self, first, rest):  # the whole story as one list, as ReportLab takes it
        plain(self, first, iter(()))
        for part in rest:
            self.extend(part)
        parts_made.append(len(self))

    monkeypatch.setattr(compat.Unrolled, "__init__", all_at_once)
    assert render_collection(roles, options=options) == unrolled
    assert parts_made and parts_made[0] > compat.Unrolled.AHEAD  # the story was longer


def test_an_unrolled_story_adds_a_part_only_when_few_are_left():
    from printworks.casefile.compat import Unrolled

    made: list[int] = []

    def parts():
        for n in range(3):
            made.append(n)
            yield [n] * Unrolled.AHEAD

    story = Unrolled(["first"], parts())
    assert made == [] and story[0] == "first"
    assert len(story) == 1 + Unrolled.AHEAD and made == [0]
    del story[0:2]
    assert len(story) == 2 * Unrolled.AHEAD - 1 and made == [0, 1]
    story.clear()
    assert len(story) == Unrolled.AHEAD and len(story) == Unrolled.AHEAD and made == [0, 1, 2]
    story.clear()
    assert len(story) == 0


def test_a_reader_that_lets_go_of_what_it_parsed_reads_it_again():
    from pypdf import PdfReader

    from printworks.pypdf_compat import forget_parsed

    reader = PdfReader(io.BytesIO(casefile(load_role(SEED_FILE))))
    first = reader.pages[0].extract_text()
    assert reader.resolved_objects, "pypdf keeps what it parsed in resolved_objects"
    forget_parsed(reader)
    assert reader.resolved_objects == {}
    assert reader.pages[0].extract_text() == first


def test_pypdf_writes_a_name_into_its_own_info_dictionary():
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    from printworks.pypdf_compat import info_dictionary

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.metadata = {"/Title": "T"}
    info_dictionary(writer)[NameObject("/Trapped")] = NameObject("/False")
    out = io.BytesIO()
    writer.write(out)
    info = PdfReader(io.BytesIO(out.getvalue())).trailer["/Info"].get_object()
    assert info["/Trapped"] == "/False" and isinstance(info["/Trapped"], NameObject)
    assert info["/Title"] == "T"


def test_a_measuring_frame_places_as_a_frame_does_and_draws_only_what_notes_the_layout():
    from reportlab.lib.pagesizes import A6
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

    from printworks.casefile.compat import MeasuringFrame, flow_y

    def laid_out(kind: type[Frame]) -> tuple[list, list]:
        drawn: list[str] = []
        placed: list[tuple[int, float | None]] = []

        class Box(Flowable):
            def __init__(self, name, height, notes=False):
                super().__init__()
                self.name, self.height, self.notes_layout = name, height, notes

            def wrap(self, aw, ah):
                return aw, self.height

            def draw(self):
                drawn.append(self.name)

        class Doc(BaseDocTemplate):
            def afterFlowable(self, flowable):
                placed.append((self.page, flow_y(self)))

        out = io.BytesIO()
        doc = Doc(out, pagesize=A6)
        doc.addPageTemplates([PageTemplate("p", [kind(20, 20, 200, 300, id="f")])])
        text = "words that run on " * 60  # a paragraph split across the pages
        story = [Box("a", 100), Paragraph(text, getSampleStyleSheet()["BodyText"])]
        doc.build([*story, Box("mark", 0, notes=True), Box("b", 250)])
        return drawn, placed

    drawn, placed = laid_out(Frame)
    measured, placed_measuring = laid_out(MeasuringFrame)
    assert placed_measuring == placed and placed[-1][0] >= 3
    assert drawn == ["a", "mark", "b"] and measured == ["mark"]
