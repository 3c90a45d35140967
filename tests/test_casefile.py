"""The PDF case file of the seed role: what a reader, a PDF checker and a photocopier see.

Helpers here (``render``, ``pdf_text``, ...) are shared with the other test_casefile modules.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from printworks.cli import app
from printworks.facts import Facts
from printworks.fonts import role_texts
from printworks.layout import shipped
from printworks.loader import load_role
from printworks.model import Role
from tests.conftest import SEED_FILE, SEED_SLUG, SEED_TEXT, casefile

SIZES = {
    "a4": (595.3, 841.9),
    "letter": (612.0, 792.0),
    "a5": (419.5, 595.3),
    "half-letter": (396.0, 612.0),
}


# ---- helpers ------------------------------------------------------------------------------


def need(tool: str) -> str:
    path = shutil.which(tool)
    if not path:
        pytest.skip(f"{tool} not installed (Debian: poppler-utils / qpdf)")
    return path


def run(args: list[str], data: bytes, tmp: Path, name: str = "file.pdf") -> str:
    pdf = tmp / name
    pdf.write_bytes(data)
    done = subprocess.run([*args, str(pdf)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def pdf_text(data: bytes, tmp: Path, *, raw: bool = True) -> str:
    """The text pdftotext extracts (in content order with ``raw``)."""
    need("pdftotext")
    pdf = tmp / "text.pdf"
    pdf.write_bytes(data)
    args = ["pdftotext", "-enc", "UTF-8", *(["-raw"] if raw else []), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


FURNITURE = re.compile(
    r"^(CONFIDENTIAL // .*|PAGE \d+ OF \d+|CASE No\. [A-Z0-9/-]+ [^·]*|FILE RECORD: .*)$"
)


def without_furniture(text: str) -> str:
    """``text`` without the running heads, banners and page numbers (which break a flow)."""
    return "\n".join(line for line in text.splitlines() if not FURNITURE.match(line))


def squeeze(text: str) -> str:
    """``text`` without any whitespace, so that line breaks do not matter when comparing."""
    return re.sub(r"\s+", "", text.replace("\u00a0", " "))


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def qdf_bytes(data: bytes, tmp: Path) -> bytes:
    """The PDF with every stream decompressed and no object streams (qpdf --qdf)."""
    need("qpdf")
    src, out = tmp / "in.pdf", tmp / "qdf.pdf"
    src.write_bytes(data)
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(src), str(out)], check=True)
    return out.read_bytes()


def qpdf_check(data: bytes, tmp: Path) -> subprocess.CompletedProcess:
    need("qpdf")
    pdf = tmp / "check.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)


def font_rows(data: bytes, tmp: Path) -> list[list[str]]:
    """pdffonts' table: one row per font, split into columns."""
    need("pdffonts")
    lines = run(["pdffonts"], data, tmp).splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


def colour_operands(data: bytes) -> dict[str, list[tuple[float, ...]]]:
    """Every colour operator in the pages' content streams (and their forms), with operands."""
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(data))
    found: dict[str, list[tuple[float, ...]]] = {}
    colour_ops = {b"rg", b"RG", b"g", b"G", b"k", b"K", b"sc", b"SC", b"scn", b"SCN", b"cs", b"CS"}
    streams = [page.get_contents() for page in reader.pages]
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        streams += [xobject.get_object() for xobject in xobjects.values()]
    for stream in streams:
        for operands, operator in ContentStream(stream, reader).operations:
            if operator in colour_ops:
                values = tuple(float(v) for v in operands if isinstance(v, int | float))
                found.setdefault(operator.decode(), []).append(values)
    return found


@cache
def seed() -> Role:
    return load_role(SEED_FILE)


@cache
def rendered(page_size: str = "a4", grayscale: bool = False) -> bytes:
    return casefile(seed(), page_size=page_size, grayscale=grayscale)


# ---- the seed, as printed -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "gray"), [("a4", False), ("a5", True), ("letter", False), ("half-letter", True)]
)
def test_qpdf_finds_no_errors(size, gray, tmp_path):
    result = qpdf_check(rendered(size, gray), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


@pytest.mark.parametrize("size", sorted(SIZES))
def test_page_size_is_the_one_asked_for(size):
    reader = PdfReader(io.BytesIO(rendered(size)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == SIZES[size]


def test_every_font_is_embedded_and_none_is_a_base14_stand_in(tmp_path):
    rows = font_rows(rendered(), tmp_path)
    assert rows, "pdffonts listed no fonts"
    names = [row[0] for row in rows]
    for row in rows:
        # name type [type2] encoding emb sub uni object-id gen
        assert row[-5] == "yes", f"not embedded: {row}"
        assert row[-4] == "yes", f"not subset: {row}"
    assert not [n for n in names if n in {"Helvetica", "Times-Roman", "Courier"}]
    faces = {n.split("+", 1)[-1] for n in names}
    assert {"LiberationMono", "RobotoCondensed-Bold", "DejaVuSans"} <= faces


def test_every_sentence_of_the_seed_role_is_in_the_text(tmp_path):
    text = squeeze(pdf_text(rendered(), tmp_path))
    missing = [
        (path, sentence)
        for path, field in role_texts(seed())
        if not path.startswith("deck")  # the deck's own slides are the deck's, not the case file's
        for sentence in sentences(field.visible)
        if squeeze(sentence) not in text
    ]
    assert not missing


def test_every_line_of_the_seed_dossier_is_in_the_text(tmp_path):
    """The seed file's own lines (headings, captions, labels), aside from layout glue."""
    text = squeeze(pdf_text(rendered(), tmp_path))
    glue = re.compile(r"^\[\d\d:\d\d - \d\d:\d\d\]$|FLIGHT RISK:85%|SYSTEM MATCH|^→$|^— ")
    lines = [
        line.strip().strip('"').removeprefix("- ") for line in SEED_TEXT.read_text().splitlines()
    ]
    missing = [
        line
        for line in lines
        if line and not glue.search(line) and squeeze(line) not in text and "ALIASES" not in line
    ]
    # the aliases run together in the seed's scrape; each is checked as a sentence above
    missing = [line for line in missing if not line.startswith("Senior AI Model Governance")]
    assert not missing


def test_sections_keep_the_seed_order_numbers_headings_and_captions(tmp_path):
    text = pdf_text(rendered(), tmp_path)
    headings = [line for line in text.splitlines() if re.match(r"^\[\d\d\] [A-Z]", line)]
    expected = [f"[{s.number}] {s.heading}" for s in shipped().dossier.sections]
    assert headings == expected
    lines = text.splitlines()
    for section in shipped().dossier.sections:
        if section.caption:
            after = lines[lines.index(f"[{section.number}] {section.heading}") + 1]
            assert squeeze(after) == squeeze(section.caption)


def test_first_page_carries_the_stamp_case_number_and_question(tmp_path):
    first = pdf_text(rendered(), tmp_path).split("\f")[0]
    assert "FLIGHT RISK 85%" in first
    assert "HIGH RISK" in first
    assert "CASE No. OTI-0001" in first
    assert "WHAT DOES A PRINCIPAL AI/ML MODEL" in first
    assert "CONFIDENTIAL // HR EYES ONLY" in first  # letter-spaced, yet one word per word


@pytest.mark.parametrize("size", ["a4", "a5"])
def test_text_copies_in_reading_order(size, tmp_path):
    """What pdftotext lays out, and what the content order gives (a reader's copy and
    paste), read as the page does: aliases in order, stamps as words, the head first."""
    data = rendered(size)
    laid_out = pdf_text(data, tmp_path, raw=False).split("\f")[0]
    aliases = " / ".join(str(alias) for alias in seed().aliases)
    assert squeeze(aliases) in squeeze(laid_out)
    assert "CASE No. OTI-0001 · FILED" in laid_out.replace("\n", " ")
    for text in (laid_out, pdf_text(data, tmp_path).split("\f")[0]):
        assert "FLIGHT RISK 85% HIGH RISK" in text.replace("\n", " ")
    drawn = pdf_text(data, tmp_path).split("\f")[0].splitlines()
    assert drawn[0].startswith("CONFIDENTIAL //") and drawn[1].startswith("CASE No. OTI-0001")


def test_every_page_says_page_x_of_y(tmp_path):
    pages = [p for p in pdf_text(rendered("a5"), tmp_path).split("\f") if p.strip()]
    assert len(pages) > 2
    for number, page in enumerate(pages, 1):
        assert f"PAGE {number} OF {len(pages)}" in page


def test_metadata_names_title_author_subject_keywords_and_language():
    reader = PdfReader(io.BytesIO(rendered()))
    info = reader.metadata
    assert info.title == "Principal AI/ML Model Training Assistant (OTI-0001)"
    assert info.author and "Otiose" in info.author
    assert "Principal AI/ML Model Training Assistant" in info.subject
    assert "OTI-0001" in info["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_one_bookmark_per_section_under_the_role():
    reader = PdfReader(io.BytesIO(rendered()))
    outline = reader.outline
    assert outline[0].title.startswith("Principal AI/ML Model Training Assistant")
    children = outline[1]
    titles = [item.title for item in children]
    expected = [f"[{s.number}] {s.heading}" for s in shipped().dossier.sections]
    assert titles == expected


def test_index_links_jump_inside_the_document_and_nowhere_else():
    reader = PdfReader(io.BytesIO(rendered()))
    links = [
        annot.get_object()
        for page in reader.pages
        for annot in page.get("/Annots", [])
        if annot.get_object()["/Subtype"] == "/Link"
    ]
    assert len(links) >= 11
    for link in links:
        assert "/URI" not in str(link.get("/A", {}))
    page_refs = [page.indirect_reference for page in reader.pages]
    targets = []
    for link in links:
        dest = link["/Dest"]
        assert dest[0] in page_refs, f"link to {dest} leaves the document"
        targets.append(page_refs.index(dest[0]))
    # the index on page 1 points at sections on later pages
    assert max(targets) > 0


def test_same_role_gives_byte_identical_files():
    role = seed()
    assert casefile(role) == casefile(role)
    assert casefile(role, page_size="a5", grayscale=True) == rendered("a5", True)


def test_the_build_date_is_the_filing_date_and_the_pdf_date(tmp_path):
    when = datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    data = casefile(seed(), date=when)
    info = PdfReader(io.BytesIO(data)).metadata
    assert info["/CreationDate"].startswith("D:20231114221320")
    assert "FILED 14 NOV 2023" in pdf_text(data, tmp_path)
    assert data != rendered()


def test_pdf_dates_the_file_from_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    out = tmp_path / "dated.pdf"
    result = CliRunner().invoke(app, ["pdf", SEED_SLUG, "-o", str(out)])
    assert result.exit_code == 0, result.output
    info = PdfReader(io.BytesIO(out.read_bytes())).metadata
    assert info["/CreationDate"].startswith("D:20231114221320")


def test_grayscale_uses_no_colour_at_all():
    operators = colour_operands(rendered("a4", True))
    assert operators.get("rg"), "expected fill colours to be set"
    for op, values in operators.items():
        assert op in {"rg", "RG", "g", "G"}, f"colour operator {op} in a grayscale file"
        for value in values:
            assert len(set(value)) == 1, f"{op} {value} is not a grey"


def test_colour_file_does_use_colour():
    """The check above can fail: the colour file has non-grey fills."""
    operators = colour_operands(rendered("a4", False))
    assert any(len(set(v)) > 1 for v in operators.get("rg", []))


def test_cli_writes_out_slug_pdf_and_prints_the_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["pdf", str(SEED_FILE), "--page-size", "a5", "--grayscale"])
    assert result.exit_code == 0, result.output
    path = Path("out") / f"{SEED_SLUG}.pdf"
    assert result.output.strip() == str(path)
    assert path.read_bytes() == rendered("a5", True)
    assert not list(Path("out").glob(".*.tmp"))


def test_importing_the_package_loads_no_reportlab():
    code = "import sys, printworks.casefile; print('reportlab' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


# ---- many roles in one document (what the zine builds) ------------------------------------


def test_stories_of_several_roles_share_one_document_and_link_to_each_other(tmp_path):
    from printworks.casefile import CasefileOptions, render_collection
    from tests.conftest import role_from_yaml

    other = role_from_yaml(
        SEED_FILE.read_text(encoding="utf-8").replace("OTI-0001", "OTI-0002"),
        "enterprise-architect",
    )
    data = render_collection([seed(), other], options=CasefileOptions("a5"))
    reader = PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    text = pdf_text(data, tmp_path)
    assert pages % 4 == 0, "blank pages make up the booklet's last sheet"
    assert f"PAGE {pages - 1} OF {pages}" in text and f"PAGE {pages} OF" not in text
    first_page_of = {
        case: next(i for i, p in enumerate(text.split("\f")) if f"CASE No. {case}" in p)
        for case in ("OTI-0001", "OTI-0002")
    }
    dossier_pages = [p for p in text.split("\f") if "CASE No." in p]
    assert "CASE No. OTI-0002" in dossier_pages[-1]  # then blank pages, then the back cover
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert [t for t in titles if t.startswith("Principal")] == [
        "Principal AI/ML Model Training Assistant [OTI-0001]",
        "Principal AI/ML Model Training Assistant [OTI-0002]",
    ]
    # the seed's "Enterprise Architect" specimen now jumps to the other role's first page
    page_refs = [page.indirect_reference for page in reader.pages]
    targets = [
        page_refs.index(annot.get_object()["/Dest"][0])
        for page in reader.pages[first_page_of["OTI-0001"] : first_page_of["OTI-0002"]]
        for annot in page.get("/Annots", [])
    ]
    assert first_page_of["OTI-0002"] in targets


def test_a_single_case_file_leaves_related_roles_as_plain_text():
    reader = PdfReader(io.BytesIO(rendered()))
    index_links = len(Facts(seed(), shipped().dossier).present)
    links = [a for page in reader.pages for a in page.get("/Annots", [])]
    assert len(links) == index_links


@pytest.mark.parametrize("percent", [0, 3, 50, 93, 97, 100])
@pytest.mark.parametrize("size", ["a4", "a5"])
def test_the_flight_risk_needle_crosses_no_label(percent, size):
    """The needle, as thick as it is drawn, keeps clear of every label of the dial's scale."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from printworks.casefile.document import CasefileOptions, make_kit
    from printworks.casefile.gauge import Gauge

    kit = make_kit(shipped(), CasefileOptions(size))
    gauge = Gauge(kit, percent)
    gauge.wrap(500, 500)
    (x0, y0), (x1, y1) = gauge.needle()
    half = kit.stroke("needle") / 2
    text = kit.size("small")
    for label, x, y in gauge.labels():
        width = stringWidth(label, kit.font("body"), text)
        box = (x - width / 2 - half, y - half, x + width / 2 + half, y + text * 0.75 + half)
        for step in range(101):
            px, py = x0 + (x1 - x0) * step / 100, y0 + (y1 - y0) * step / 100
            assert not (box[0] <= px <= box[2] and box[1] <= py <= box[3]), (label, percent)
