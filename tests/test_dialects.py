"""A deck's voice is its dialect's, the role's own lines over it: sections presented in the kind
the role picks, in its order, its words as data; a bad entry is one located line with choices."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
import yaml
from pptx import Presentation
from typer.testing import CliRunner

from printworks.cli import app
from printworks.content.presenting import presenters
from printworks.deck import render_deck
from printworks.errors import LayoutError, RoleInvalid
from printworks.layout import Layouts, shipped
from tests.conftest import SEED_DOSSIER, role_from_yaml

SHIPPED = Path(__file__).resolve().parent.parent / "layouts"


def _deck(extra: str, layouts: Layouts | None = None) -> Presentation:
    role = role_from_yaml(SEED_DOSSIER + extra)
    return Presentation(io.BytesIO(render_deck(role, layouts or shipped())))


def _titles(prs) -> list[str]:
    return [slide.shapes.title.text_frame.text for slide in prs.slides]


def _all(shapes):
    for shape in shapes:
        yield shape
        if shape.shape_type == 6:  # a group
            yield from _all(shape.shapes)


def _texts(slide) -> str:
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            out.append(shape.text_frame.text)
        if shape.shape_type == 6:  # a group
            out += [s.text_frame.text for s in shape.shapes if s.has_text_frame]
    return "\n".join(out)


DECK = """
deck:
  title: A Deck of Its Own
  office: Office of Tests
"""


def test_a_role_without_a_deck_section_speaks_the_default_dialect() -> None:
    prs = Presentation(io.BytesIO(render_deck(role_from_yaml(SEED_DOSSIER), shipped())))
    dialect = shipped().deck.dialect()
    assert _titles(prs)[0] == str(dialect.copy.text("cover.title"))
    assert len(prs.slides) > 10


def test_a_role_presents_a_section_in_a_kind_of_its_choosing() -> None:
    prs = _deck(
        DECK
        + """  sections:
    salary:
      kind: hero_number
      title: The Number That Matters
      notes: It is the market average, printed large enough to stop the questions.
"""
    )
    title = "The Number That Matters"
    slide = next(s for s in prs.slides if s.shapes.title.text_frame.text == title)
    assert "It is the market average" in slide.notes_slide.notes_text_frame.text
    # the figure comes from the role's salary, not from the words
    assert f"{role_from_yaml(SEED_DOSSIER).salary.amount:,}" in _texts(slide)


def test_a_skipped_section_and_a_reordered_deck() -> None:
    base = _titles(_deck(DECK))
    prs = _deck(
        DECK
        + """  sections:
    aliases: {skip: true}
  order: [cover, salary, agenda, own, questions]
"""
    )
    titles = _titles(prs)
    assert len(titles) < len(base)
    dialect = shipped().deck.dialect()
    from printworks.deck.dialect import words_key

    key = words_key(dialect.kind("salary"), "salary")  # where the dialect keeps its words
    salary = str(dialect.copy.text(f"{key}.title", office="Office of Tests"))
    assert titles[1].startswith(salary.split(":")[0][:10])
    assert titles[2] == str(dialect.copy.text("agenda.title"))
    assert titles[-1] == str(dialect.copy.text("questions.title"))


def test_a_roles_own_lines_are_data_never_templates() -> None:
    prs = _deck(
        DECK
        + """  copy:
    questions:
      title: "Over to {{ role.title }}"
      subtitle: "Ask ||nobody||."
"""
    )
    last = prs.slides[len(prs.slides) - 1]
    assert last.shapes.title.text_frame.text == "Over to {{ role.title }}"
    assert "Ask" in _texts(last) and "nobody" not in _texts(last)


@pytest.mark.parametrize(
    ("deck", "field", "says"),
    [
        ("  sections:\n    salary: {kind: venn}\n", "deck.sections.salary.kind", "cannot present"),
        ("  sections:\n    wages: {kind: hero_number}\n", "deck.sections", "wages"),
        ("  order: [cover, agendas]\n", "deck.order[1]", "agenda"),
        ("  copy:\n    coverr: {title: x}\n", "deck.copy", "cover"),
    ],
)
def test_a_bad_deck_entry_is_one_located_line_with_the_choices(deck, field, says) -> None:
    with pytest.raises(RoleInvalid) as caught:
        role_from_yaml(SEED_DOSSIER + DECK + deck)
    problems = caught.value.problems
    assert len(problems) == 1, problems
    line = str(problems[0])
    assert field in line and says in line and line.count(":") >= 3, line


def test_the_kind_error_lists_the_kinds_that_can() -> None:
    with pytest.raises(RoleInvalid) as caught:
        role_from_yaml(SEED_DOSSIER + DECK + "  sections:\n    salary: {kind: venn}\n")
    line = str(caught.value.problems[0])
    assert all(kind in line for kind in presenters("salary"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "layouts"
    shutil.copytree(SHIPPED, out)
    return out


def _dialect(folder: Path) -> tuple[Path, dict]:
    path = folder / "deck/dialects/consulting.yaml"
    return path, yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "field", "says"),
    [
        (lambda o, i: o[i].update(section="habitats"), "].section", "habitat"),
        (lambda o, i: o[i].update(kind="funnel"), "].kind", "choose one of"),
        (lambda o, i: o[i].pop("target"), "].target", "required"),
        (lambda o, i: o.__setitem__(0, "cover_page"), "order[0]", "cover"),
    ],
)
def test_a_bad_dialect_entry_is_one_located_line(folder, change, field, says) -> None:
    path, data = _dialect(folder)
    # the step that presents the habitat as the classic 2x2, wherever the order puts it
    (at,) = [
        i
        for i, step in enumerate(data["order"])
        if isinstance(step, dict) and step["section"] == "habitat"
    ]
    assert data["order"][at]["kind"] == "target_quadrant"
    change(data["order"], at)
    field = field if field.startswith("order") else f"order[{at}{field}"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(LayoutError) as caught:
        Layouts(folder).deck.dialect("consulting")
    problems = caught.value.problems
    assert len(problems) == 1, problems
    assert field in str(problems[0]) and says in str(problems[0]), problems[0]


def test_the_dialect_option_and_the_list(tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(app, ["dialects"])
    assert listed.exit_code == 0 and "consulting" in listed.output
    bad = runner.invoke(app, ["deck", "sdet", "--dialect", "nope", "-o", str(tmp_path / "x.pptx")])
    assert bad.exit_code != 0 and "consulting" in bad.output
    assert "Traceback" not in bad.output and not (tmp_path / "x.pptx").exists()


def test_a_section_too_small_for_its_kind_is_told_by_another() -> None:
    """One alias where the dialect draws a wall of three or more: another kind tells it."""
    text = re.sub(r"aliases:\n(  - .*\n)+", "aliases:\n  - The One Alias\n", SEED_DOSSIER, count=1)
    role = role_from_yaml(text + DECK + "  sections:\n    aliases: {kind: logo_wall}\n")
    assert len(role.aliases) == 1
    prs = Presentation(io.BytesIO(render_deck(role, shipped())))
    said = "\n".join(_texts(slide) for slide in prs.slides)
    assert "The One Alias" in said


def test_a_word_for_a_field_that_holds_no_text_is_taken_as_said() -> None:
    """A status (amber) given as a word reaches the kind as the status it names."""
    prs = _deck(
        DECK
        + """  sections:
    metrics:
      kind: status_report
      title: Where the Metrics Stand
      notes: Amber is the colour of a status nobody has to defend.
      overall: amber
"""
    )
    title = "Where the Metrics Stand"
    slide = next(s for s in prs.slides if s.shapes.title.text_frame.text == title)
    tables = [s for s in _all(slide.shapes) if s.has_table]
    assert tables, "drawn as a status report, not by a fallback kind"
    said = shipped().deck.dialect().copy
    amber, overall = (str(said.text(f"kinds.status_report.{k}")) for k in ("amber", "overall"))
    assert f"{overall}\n{amber}" in _texts(slide), _texts(slide)


def test_a_revision_that_is_no_number_is_one_line(folder: Path) -> None:
    path, data = _dialect(folder)
    data["properties"]["revision"] = "4.2"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(LayoutError) as caught:
        render_deck(role_from_yaml(SEED_DOSSIER), Layouts(folder))
    assert "properties.revision" in str(caught.value) and "4.2" in str(caught.value)


@pytest.mark.parametrize(
    ("deck", "field", "says"),
    [
        ("  copy:\n    cover: {headline: x}\n", "deck.copy.cover.headline", "no such line"),
        ("  sections:\n    org_chart: {kind: maturity_grid}\n", "deck.sections", "needs these"),
    ],
)
def test_a_line_the_dialect_cannot_take_is_located_before_a_render(
    roles_copy: Path, tmp_path: Path, deck: str, field: str, says: str
) -> None:
    path = roles_copy / "bad-deck.yaml"
    path.write_text(SEED_DOSSIER + DECK + deck, encoding="utf-8")
    out = tmp_path / "bad.pptx"
    runner = CliRunner()
    result = runner.invoke(app, ["deck", str(path), "-o", str(out)])
    lines = [line for line in result.output.splitlines() if field in line]
    assert result.exit_code == 1 and len(lines) == 1, result.output
    assert says in lines[0] and re.match(r"^\S+\.yaml:\d+:\d+: ", lines[0]), lines[0]
    assert not out.exists() and "Traceback" not in result.output
