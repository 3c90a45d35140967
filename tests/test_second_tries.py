"""A new user's second tries: hints that fix, outputs and streams as people expect, shell
completion, related slugs found in the roles folder, watch saying what failed, and no
traceback for any YAML document shape, any number or any invisible character."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from printworks.cli import app
from printworks.layout import Layouts
from printworks.loader import check_role
from printworks.resources import layouts_dir
from printworks.watch import Watch, WatchOptions

from .conftest import ROLES, casefile

runner = CliRunner()
SDET = (ROLES / "sdet.yaml").read_text(encoding="utf-8")


def _validate(folder: Path, text: str, slug: str = "sdet") -> tuple[list[str], int]:
    """What validate prints for ``text`` saved as ``slug``.yaml alone in ``folder``."""
    folder.mkdir(exist_ok=True)
    path = folder / f"{slug}.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path), "--roles-dir", str(ROLES)])
    assert "Traceback" not in result.output
    return result.stdout.splitlines(), result.exit_code


def _edit(old: str, new: str) -> str:
    assert old in SDET, old
    return SDET.replace(old, new, 1)


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


# ---------------------------------------------------------------------------------------------
# hints that fix


def test_a_key_dedented_to_its_lists_dash_says_how_many_spaces_and_under_which_key(
    tmp_path: Path,
) -> None:
    text = _edit("        note: Reports coverage upward", "      note: Reports coverage upward")
    lines, code = _validate(tmp_path, text)
    line = _line_of(text, "note: Reports coverage upward")
    item = _line_of(text, "- title: Director of Quality Engineering")
    assert code == 1
    assert (
        f"{tmp_path / 'sdet.yaml'}:{line}:7: org_chart.root.reports[0].note: this line is indented "
        f"by 6 spaces, like the '- ' of the list item on line {item}, not like its keys: indent "
        f"it by 8 (2 more), under 'title:' on line {item}; or start it with '- ' for a new item"
    ) in lines


@pytest.mark.parametrize("index", [0, 2])
def test_a_tab_after_a_dash_names_its_own_item(tmp_path: Path, index: int) -> None:
    names = ["Automated Test Count", "Flaky Test Quarantine Rate", "Code Coverage Percentage"]
    text = _edit(f"  - name: {names[index]}", f"  -\tname: {names[index]}")
    lines, _ = _validate(tmp_path, text)
    line = _line_of(text, names[index])
    assert lines[0] == (
        f"{tmp_path / 'sdet.yaml'}:{line}:4: metrics[{index}]: a tab character: YAML indents "
        "with spaces only; write '- ' with a space after the dash"
    )


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("dollars", "USD"),
        ("$", "USD"),
        ("€", "EUR"),
        ("£", "GBP"),
        ("¥", "JPY"),
        ("₹", "INR"),
        ("euros", "EUR"),
        ("usd", "USD"),
    ],
)
def test_a_currency_sign_or_name_suggests_its_code(tmp_path: Path, written: str, code: str):
    lines, _ = _validate(tmp_path, _edit("currency: USD", f"currency: {written}"))
    assert lines[0].endswith(
        f"salary.currency: {written!r} is not a currency code: use three capital letters "
        f"(ISO 4217), e.g. {code}"
    )


@pytest.mark.parametrize(
    ("written", "digits"),
    [
        ("$214,000", "214000"),
        ("€127.310", "127310"),
        ("£1,234,567.00", "1234567"),
        ("$127k", "127000"),
    ],
)
def test_a_figure_with_a_sign_or_separators_gets_its_digits(
    tmp_path: Path, written: str, digits: str
) -> None:
    lines, _ = _validate(tmp_path, _edit("amount: 127310", f"amount: {written}"))
    assert lines[0].endswith(
        f"salary.amount: {written!r} is not a whole number: write digits only, no sign or "
        f"separators (the currency goes in currency:): {digits}"
    )


@pytest.mark.parametrize(
    ("old", "new", "meant"),
    [
        ("kind: roadmap", "kind: 2x2", "matrix"),
        ("kind: roadmap", "kind: flywheel", "cycle"),
        ("kind: roadmap", "kind: gantt", "roadmap"),
        ("habits: [pet_buzzword, version_stamp]", "habits: [pet_buzzword, watermark]", None),
    ],
)
def test_kinds_and_habits_are_suggested_by_synonym(
    tmp_path: Path, old: str, new: str, meant: str | None
) -> None:
    lines, code = _validate(tmp_path, _edit(old, new))
    word = new.split(": ")[1].strip("[]").split(", ")[-1]
    meant = meant or "version_stamp"
    assert code == 1
    assert any(f"{word!r} is not" in ln and f"(did you mean '{meant}'?)" in ln for ln in lines)


# ---------------------------------------------------------------------------------------------
# outputs and streams


@pytest.mark.parametrize(
    ("command", "name"),
    [("pdf", "sdet.pdf"), ("deck", "sdet.pptx"), ("minizine", "sdet-mini.pdf")],
)
def test_o_naming_a_folder_writes_the_slugs_file_into_it(
    tmp_path: Path, command: str, name: str
) -> None:
    result = runner.invoke(app, [command, "sdet", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(tmp_path / name)
    assert (tmp_path / name).stat().st_size > 1000


def test_validate_says_problems_and_summary_on_stdout_and_exits_on_errors(tmp_path: Path) -> None:
    lines, code = _validate(tmp_path, _edit("currency: USD", "currency: pounds"))
    assert code == 1
    assert "salary.currency" in lines[0] and lines[-1] == "1 role: 0 valid, 1 invalid, 0 warnings"


def test_the_table_and_the_summary_say_reused_alike(tmp_path: Path) -> None:
    folder = tmp_path / "roles"
    folder.mkdir()
    shutil.copy(ROLES / "sdet.yaml", folder)
    args = ["zine", "--roles-dir", str(folder), "-o", str(tmp_path / "out"), "-j", "1"]
    runner.invoke(app, args)
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    row = next(line for line in again.stdout.splitlines() if "sdet" in line and "│" in line)
    assert "reused" in row and "cached" not in again.stdout
    assert "1 roles: 0 built, 1 reused, 0 failed" in again.stdout


@pytest.mark.parametrize("command", ["pdf", "deck", "minizine", "watch"])
def test_each_help_names_its_own_default_output(command: str) -> None:
    text = " ".join(runner.invoke(app, [command, "--help"]).stdout.split())
    ending = {"pdf": ".pdf", "deck": ".pptx", "minizine": "-mini.pdf", "watch": ".pdf"}[command]
    assert f"(default: out/<slug>{ending}" in text
    assert "<slug>.<ext>" not in text


# ---------------------------------------------------------------------------------------------
# shell completion


def _complete(words: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> list[str]:
    """What bash completion offers after ``words`` (typer's completion, driven as bash does)."""
    environ = {
        **os.environ,
        "_PRINTWORKS_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
        **(env or {}),
    }
    if env is None:
        environ.pop("PRINTWORKS_ROLES", None)
    done = subprocess.run(
        [sys.executable, "-m", "printworks"],
        env=environ,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_bash_completes_the_shipped_role_slugs_after_pdf(tmp_path: Path) -> None:
    from printworks.resources import shipped_roles_dir

    shipped = sorted(p.stem for p in shipped_roles_dir().glob("*.yaml"))
    assert len(shipped) >= 8
    assert _complete("printworks pdf ", cwd=tmp_path) == shipped  # no ./roles: the shipped
    assert _complete("printworks pdf sd", cwd=tmp_path) == ["sdet"]


def test_completion_reads_the_roles_folder_in_use(tmp_path: Path) -> None:
    (tmp_path / "chief-vibes-officer.yaml").write_text("title: x\n")
    assert _complete(f"printworks deck --roles-dir {tmp_path} ") == ["chief-vibes-officer"]
    assert _complete("printworks watch ", {"PRINTWORKS_ROLES": str(tmp_path)}) == [
        "chief-vibes-officer"
    ]


def test_completion_offers_themes_and_page_sizes() -> None:
    assert _complete("printworks deck --theme ") == sorted(
        p.name for p in (layouts_dir() / "deck" / "themes").iterdir() if p.is_dir()
    )
    assert _complete("printworks pdf --page-size ") == ["a4", "letter", "a5", "half-letter"]


# ---------------------------------------------------------------------------------------------
# related slugs, watch, layouts


def test_related_slugs_are_found_in_the_roles_folder_too(tmp_path: Path) -> None:
    alone = tmp_path / "sdet.yaml"
    alone.write_text(SDET)
    found = runner.invoke(app, ["validate", str(alone), "--roles-dir", str(ROLES)])
    assert found.exit_code == 0 and "related" not in found.stdout, found.stdout
    elsewhere = runner.invoke(app, ["validate", str(alone), "--roles-dir", str(tmp_path)])
    assert "related[0].slug: no role file 'agile-transformation-coach.yaml'" in elsewhere.stdout


def _watch(options: WatchOptions, layouts: Layouts | None = None) -> tuple[bool, list[str]]:
    said: list[str] = []
    built = Watch(options, layouts, echo=lambda line, _: said.append(line)).build()
    return built, said


def test_watch_says_the_write_failed_not_the_render(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root writes into a read-only folder:
        import tempfile  # the refusal anyone else meets there, made for root too

        made = tempfile.mkstemp

        def refused(*args, dir=None, **kwargs):
            if dir is not None and Path(dir) == folder:
                raise PermissionError(13, "Permission denied", str(dir))
            return made(*args, dir=dir, **kwargs)

        monkeypatch.setattr(tempfile, "mkstemp", refused)
    try:
        built, said = _watch(WatchOptions(ROLES / "sdet.yaml", folder / "sdet.pdf"))
    finally:
        folder.chmod(0o700)
    assert not built
    assert said[-1].startswith("not built: it was rendered, but could not be written")


def test_watch_says_the_write_failed_when_the_output_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "sdet.pdf").mkdir()
    (tmp_path / "sdet.pdf" / "x").write_text("x")
    built, said = _watch(WatchOptions(ROLES / "sdet.yaml", tmp_path / "sdet.pdf" / "x.pdf"))
    assert built  # a folder named like a file is a folder to write into
    blocked = tmp_path / "blocker"
    blocked.write_text("a file")
    built, said = _watch(WatchOptions(ROLES / "sdet.yaml", blocked / "sdet.pdf"))
    assert not built
    assert said[-1].startswith("not built: it was rendered, but could not be written")
    assert f"{blocked} is a file, not a folder" in said[0]


def test_watch_builds_the_case_file_when_only_deck_is_wrong(tmp_path: Path) -> None:
    role = tmp_path / "sdet.yaml"
    role.write_text(_edit("    - kind: roadmap", "    - kind: roadmapp"))
    built, said = _watch(WatchOptions(role, tmp_path / "sdet.pdf"))
    assert built, said
    warned = [line for line in said if "deck.slides[0].kind" in line]
    assert len(warned) == 1 and warned[0].endswith(
        "(only the deck reads deck:; the case file is made without it) (warning)"
    )
    deck, said = _watch(WatchOptions(role, tmp_path / "sdet.pptx", deck=True))
    assert not deck and any("deck.slides[0].kind" in line for line in said)
    pdf = runner.invoke(app, ["pdf", str(role), "-o", str(tmp_path / "p.pdf")])
    assert pdf.exit_code == 0, pdf.output


@pytest.fixture
def wide_margins(tmp_path: Path) -> Path:
    """A copy of the layouts whose A4 margin at the top is 25 cm."""
    folder = tmp_path / "layouts"
    shutil.copytree(layouts_dir(), folder)
    path = folder / "casefile.yaml"
    path.write_text(path.read_text().replace("top: 25mm, bottom: 23mm", "top: 250mm, bottom: 23mm"))
    return folder


def test_an_impossible_margin_is_one_line_naming_the_layout_file_line_and_key(
    wide_margins: Path, tmp_path: Path
) -> None:
    built, said = _watch(
        WatchOptions(ROLES / "sdet.yaml", tmp_path / "s.pdf"), Layouts(wide_margins)
    )
    path = wide_margins / "casefile.yaml"
    line = _line_of(path.read_text(), "top: 250mm")
    assert not built
    assert said[0].startswith(f"{path}:{line}:14: formats.a4.margins: these margins leave")
    assert "keep inner + outer under 105mm and top + bottom under 148mm" in said[0]
    assert said[1].startswith("not built: the layouts have errors")
    with pytest.raises(Exception) as caught:
        casefile(check_role(SDET, "sdet.yaml").role, layouts=Layouts(wide_margins))
    assert str(caught.value) == said[0]


# ---------------------------------------------------------------------------------------------
# no traceback, any shape


SHAPES = {
    "tagged scalar": '!!python/object/apply:os.system ["echo hi"]\n',
    "tagged name": "!!python/name:os.system\n",
    "tagged sequence": "!!python/tuple [1, 2]\n",
    "tagged set": "!!set {a, b}\n",
    "local tag": "!foo bar\n",
    "bare alias": "*a\n",
    "anchor on the document": "--- &a\ntitle: x\n",
    "anchored tagged scalar": "&a !!python/none\n",
    "only ---": "---\n",
    "two ---": "---\n---\n",
    "only ...": "...\n",
    "tagged map": "--- !!map\ntitle: x\n",
    "omap": "!!omap [a: 1]\n",
}


@pytest.mark.parametrize("text", list(SHAPES.values()), ids=list(SHAPES))
@pytest.mark.parametrize("command", ["validate", "pdf", "deck"])
def test_no_yaml_document_shape_gives_a_traceback(tmp_path: Path, text: str, command: str):
    path = tmp_path / "odd.yaml"
    path.write_text(text)
    out = tmp_path / "out"
    out.mkdir()
    args = [command, str(path)] + (["-o", str(out)] if command != "validate" else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    said = [line for line in result.output.splitlines() if str(path) in line]
    assert said and all(line.startswith(f"{path}:") for line in said), result.output
    assert not list(out.iterdir())


def test_a_document_of_one_tagged_value_says_so(tmp_path: Path) -> None:
    lines, _ = _validate(tmp_path, SHAPES["tagged scalar"])
    assert lines[0] == (
        f"{tmp_path / 'sdet.yaml'}:1:1: (file): the file is one value tagged "
        "!!python/object/apply:os.system, not a mapping of fields; a tag is never run: "
        "remove it and write the fields"
    )


def test_the_zine_of_odd_shapes_builds_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "roles"
    folder.mkdir()
    shutil.copy(ROLES / "sdet.yaml", folder)
    for number, text in enumerate(SHAPES.values()):
        (folder / f"odd-{number}.yaml").write_text(text)
    result = runner.invoke(
        app, ["zine", "--roles-dir", str(folder), "-o", str(tmp_path / "out"), "-j", "1"]
    )
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{len(SHAPES) + 1} roles: 1 built, 0 reused, {len(SHAPES)} failed" in result.stdout


@pytest.mark.parametrize("number", [".nan", ".NaN", ".inf", "-.inf", "1e308", "-0", "1e400"])
@pytest.mark.parametrize("field", ["amount: 127310", "percent: 58"])
def test_no_number_gives_a_traceback(tmp_path: Path, number: str, field: str) -> None:
    key = field.split(":")[0]
    lines, code = _validate(tmp_path, _edit(field, f"{key}: {number}"))
    role = check_role(_edit(field, f"{key}: {number}"), "sdet.yaml").role
    if role is not None:  # taken as it is (-0 is 0): it renders
        assert code == 0 and casefile(role)[:5] == b"%PDF-"
    else:
        assert code == 1 and f"{key}:" in lines[0] and number in lines[0]


# every character Unicode gives the bidi classes of explicit marks (LRE, RLE, PDF, LRO, RLO,
# LRI, RLI, FSI, PDI), the implicit marks (LRM, RLM, ALM) and the zero-width and invisible
# format characters (Cf) that a text may hold
INVISIBLE = [
    0x00AD,
    0x034F,
    0x061C,
    0x180E,
    *range(0x200B, 0x2010),
    *range(0x202A, 0x202F),
    *range(0x2060, 0x2065),
    *range(0x2066, 0x2070),
    0xFEFF,
]


@pytest.fixture(scope="module")
def layouts() -> Layouts:
    return Layouts()


@pytest.mark.parametrize("code", INVISIBLE, ids=[f"U+{c:04X}" for c in INVISIBLE])
def test_text_with_any_bidi_control_or_zero_width_character_renders(
    code: int, layouts: Layouts
) -> None:
    from printworks.deck import DeckOptions, render_deck

    char = chr(code)
    text = _edit("title: SDET\n", f'title: "S{char}DET"\n').replace(
        "summary: ", f"summary: \u0627\u0644{char}\u0639 {char}a{char}b ", 1
    )
    role = check_role(text, "sdet.yaml").role
    assert role is not None
    pdf = casefile(role, layouts=layouts)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 2 and "DET" in reader.pages[0].extract_text()
    assert render_deck(role, layouts, DeckOptions())[:2] == b"PK"


# ---------------------------------------------------------------------------------------------
# folders


def test_an_empty_roles_folder_says_so_in_one_line(tmp_path: Path) -> None:
    for command in (["zine", "-o", str(tmp_path / "out")], ["validate"]):
        result = runner.invoke(app, [*command, "--roles-dir", str(tmp_path)])
        assert result.exit_code == 1
        assert result.output.strip() == (
            f"{tmp_path}: no role files here (*.yaml); start one with `printworks new SLUG`"
        )


def test_a_role_saved_as_the_issue_file_is_told_so(tmp_path: Path) -> None:
    folder = tmp_path / "roles"
    folder.mkdir()
    shutil.copy(ROLES / "sdet.yaml", folder)
    (folder / "zine.yaml").write_text(SDET)
    result = runner.invoke(
        app, ["zine", "--roles-dir", str(folder), "-o", str(tmp_path / "out"), "-j", "1"]
    )
    assert result.exit_code == 1
    said = [line for line in result.stderr.splitlines() if "zine.yaml" in line]
    assert said == [
        f"{folder / 'zine.yaml'}:1:1: (file): this is the zine's issue file (what its covers "
        "print: title, number, date, price, tagline, editor), and it holds a role: give the "
        "role a file of its own, e.g. chief-vibes-officer.yaml, and keep zine.yaml for the issue"
    ]
