"""Drafts and second tries: a copy beside its original renders alone and is refused by the
zine; a scaffold is a draft the zine leaves out, its placeholders said field by field; a
deleted role's outputs go; ``new`` refuses the zine's own names."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader
from typer.testing import CliRunner

from printworks.cli import app
from printworks.drafts import _placeholders
from printworks.scaffold import title_of
from printworks.watch import Watch, WatchOptions

from .conftest import ROLES

runner = CliRunner()
FEW = ("sdet", "enterprise-architect")  # a small folder, quick to make a zine of


@pytest.fixture
def few(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A roles folder of two shipped roles, and a fixed build date."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    folder = tmp_path / "roles"
    folder.mkdir()
    for slug in FEW:
        shutil.copy(ROLES / f"{slug}.yaml", folder)
    return folder


def _zine(folder: Path, out: Path, *more: str):
    return runner.invoke(
        app, ["zine", "--roles-dir", str(folder), "-o", str(out), "-j", "1", *more]
    )


def _text(pdf: Path) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)


# ---------------------------------------------------------------------------------------------
# a copy beside its original


@pytest.fixture
def copied(few: Path) -> Path:
    """sdet.yaml copied as sdet-draft.yaml, one word changed: its title and number the same."""
    copy = few / "sdet-draft.yaml"
    copy.write_text((few / "sdet.yaml").read_text().replace("flaky", "wobbly"))
    return copy


@pytest.mark.parametrize("command", ["pdf", "deck", "minizine"])
def test_a_copy_beside_its_original_renders_alone_with_a_warning_naming_it(
    copied: Path, tmp_path: Path, command: str
) -> None:
    result = runner.invoke(app, [command, str(copied), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if line.endswith("(warning)")]
    assert len(warned) == 2  # the title and the case number, each naming the other file
    assert all(str(copied.parent / "sdet.yaml") in line for line in warned)
    assert any("title: 'SDET' is also the title of" in line for line in warned)
    assert "before the two go in one zine" in warned[0]
    assert Path(result.stdout.strip()).is_file()


def test_watch_renders_the_copy_too_with_the_warning(copied: Path, tmp_path: Path) -> None:
    said: list[tuple[str, bool]] = []
    watch = Watch(
        WatchOptions(copied, tmp_path / "w.pdf"), echo=lambda line, p: said.append((line, p))
    )
    assert watch.build()
    assert sum(line.endswith("(warning)") and "sdet.yaml" in line for line, _ in said) == 2
    assert (tmp_path / "w.pdf").is_file()


def test_the_zine_refuses_the_pair_a_line_each_and_builds_the_rest(
    copied: Path, tmp_path: Path
) -> None:
    result = _zine(copied.parent, tmp_path / "out")
    assert result.exit_code == 1
    refused = [line for line in result.stderr.splitlines() if "is also the" in line]
    assert {line.split(":")[0] for line in refused} == {
        str(copied),
        str(copied.parent / "sdet.yaml"),
    }
    assert not any(line.endswith("(warning)") for line in refused)
    assert not (tmp_path / "out" / "sdet.pdf").exists()
    assert "Test Automation Guild" not in _text(tmp_path / "out" / "zine.pdf")  # sdet's own
    assert (tmp_path / "out" / "enterprise-architect.pdf").is_file()


def test_validate_of_the_folder_says_the_pair_is_an_error(copied: Path) -> None:
    result = runner.invoke(app, ["validate", "--roles-dir", str(copied.parent)])
    assert result.exit_code == 1
    assert (
        sum(
            "is also the" in line and "(warning)" not in line for line in result.stdout.splitlines()
        )
        == 4
    )


# ---------------------------------------------------------------------------------------------
# a scaffold is a draft


def test_new_then_zine_leaves_the_draft_out_with_one_line(few: Path, tmp_path: Path) -> None:
    before = _zine(few, tmp_path / "before")
    assert before.exit_code == 0, before.output
    made = runner.invoke(app, ["new", "chief-vibes-officer", "--roles-dir", str(few)])
    assert made.exit_code == 0 and "draft: true" in (few / "chief-vibes-officer.yaml").read_text()
    after = _zine(few, tmp_path / "after")
    assert after.exit_code == 0, after.output
    same = (tmp_path / "before" / "zine.pdf").read_bytes()
    assert (tmp_path / "after" / "zine.pdf").read_bytes() == same
    lines = [line for line in after.stderr.splitlines() if "chief-vibes-officer" in line]
    assert lines == [
        f"{few / 'chief-vibes-officer.yaml'}: a draft (draft: true), left out of the zine; "
        "--drafts puts it in"
    ]
    assert "chief-vibes-officer" not in after.stdout
    assert not (tmp_path / "after" / "chief-vibes-officer.pdf").exists()


def test_drafts_put_the_draft_in_stamped_draft(few: Path, tmp_path: Path) -> None:
    runner.invoke(app, ["new", "chief-vibes-officer", "--roles-dir", str(few)])
    left_out = _zine(few, tmp_path / "out")
    assert "DRAFT" not in _text(tmp_path / "out" / "zine.pdf")
    put_in = _zine(few, tmp_path / "out", "--drafts")
    assert put_in.exit_code == 0, put_in.output
    assert "chief-vibes-officer" in put_in.stdout and left_out.exit_code == 0
    text = _text(tmp_path / "out" / "zine.pdf")
    assert "DRAFT" in text and "Chief Vibes Officer" in text
    assert "DRAFT" in _text(tmp_path / "out" / "chief-vibes-officer.pdf")


def test_validate_warns_at_every_placeholder_the_scaffold_wrote(tmp_path: Path) -> None:
    made = runner.invoke(app, ["new", "chief-vibes-officer", "--roles-dir", str(tmp_path)])
    path = Path(made.stdout.strip())
    result = runner.invoke(app, ["validate", "chief-vibes-officer", "--roles-dir", str(tmp_path)])
    assert result.exit_code == 0
    warned = [line for line in result.stdout.splitlines() if "placeholder" in line]
    data = yaml.safe_load(path.read_text())
    written = [v for v in _strings(data) if v in _placeholders()]
    assert len(written) > 40 and len(warned) == len(written)
    lines = path.read_text().splitlines()
    for line, text in zip(warned, written, strict=True):  # each at its own field, in order
        number = int(line.split(":")[1])
        assert text[:8] in lines[number - 1], (line, text)
    # each field mended is one warning fewer
    path.write_text(path.read_text().replace(written[0], "What the role really does"))
    again = runner.invoke(app, ["validate", "chief-vibes-officer", "--roles-dir", str(tmp_path)])
    assert sum("placeholder" in line for line in again.stdout.splitlines()) == len(written) - 1


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def test_no_shipped_role_holds_a_placeholder() -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0 and "placeholder" not in result.stdout


def test_a_deleted_roles_outputs_are_gone_after_the_next_zine(few: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _zine(few, out).exit_code == 0
    mine = out / "sdet-notes.pdf"  # a file the zine did not write: never touched
    mine.write_bytes(b"mine")
    (out / "enterprise-architect.pptx").write_bytes(b"edited by hand")  # nor one changed since
    (few / "sdet.yaml").unlink()
    (few / "enterprise-architect.yaml").rename(few / "enterprise-architect-2.yaml")
    result = _zine(few, out)
    assert result.exit_code == 0, result.output
    assert not (out / "sdet.pdf").exists() and not (out / "sdet.pptx").exists()
    assert not (out / "enterprise-architect.pdf").exists()
    assert (out / "enterprise-architect.pptx").read_bytes() == b"edited by hand"
    assert mine.read_bytes() == b"mine"
    assert f"{out / 'sdet.pdf'}: its role is no longer in {few}; removed" in result.stderr


# ---------------------------------------------------------------------------------------------
# new


@pytest.mark.parametrize(
    ("slug", "reason", "suggestion"),
    [
        ("zine", "zine.pdf is the zine's own output", "printworks new zine-editor"),
        ("zine-booklet", "zine-booklet.pdf is the zine's own output", "new zine-booklet-editor"),
        ("zine-print", "zine-print.pdf is the zine's own output", "new zine-print-editor"),
        ("sdet-mini", "sdet-mini.pdf is a role's mini-zine", "printworks new mini-sdet"),
    ],
)
def test_new_refuses_the_zines_own_names_with_reason_and_suggestion(
    tmp_path: Path, slug: str, reason: str, suggestion: str
) -> None:
    result = runner.invoke(app, ["new", slug, "--roles-dir", str(tmp_path)])
    assert result.exit_code == 1 and not list(tmp_path.iterdir())
    assert reason in result.stderr and suggestion in result.stderr
    mended = suggestion.rsplit(" ", 1)[1]
    assert runner.invoke(app, ["new", mended, "--roles-dir", str(tmp_path)]).exit_code == 0
    assert runner.invoke(app, ["validate", mended, "--roles-dir", str(tmp_path)]).exit_code == 0


def test_the_readme_example_is_what_new_does(tmp_path: Path) -> None:
    readme = (ROLES.parent / "README.md").read_text()
    assert "`printworks new chief-vibes-officer`" in readme
    said = readme.split("`printworks new chief-vibes-officer`", 1)[1].split('("', 1)[1]
    title = said.split('")', 1)[0]
    runner.invoke(app, ["new", "chief-vibes-officer", "--roles-dir", str(tmp_path)])
    data = yaml.safe_load((tmp_path / "chief-vibes-officer.yaml").read_text())
    assert data["title"] == title == title_of("chief-vibes-officer")
    assert data["draft"] is True
