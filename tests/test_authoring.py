"""Writing a role: every mistake is told where it is, what is expected and how to fix it.

Each test writes one mistake into a copy of a shipped role and checks the whole line that
``printworks validate`` (or ``pdf``, ``zine``) prints for it: ``path:line:col: field: message``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from printworks.cli import app
from printworks.loader import load_role

from .conftest import SEED_SLUG

runner = CliRunner()
SEED = f"{SEED_SLUG}.yaml"
_SUMMARY = re.compile(r"^\d+ roles?: \d+ valid, ")


def _line(text: str, needle: str, nth: int = 1) -> int:
    """The number of the ``nth`` line of ``text`` holding ``needle``."""
    found = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return found[nth - 1]


def _column(text: str, needle: str, nth: int = 1) -> int:
    """The 1-based column of ``needle`` in the line :func:`_line` finds."""
    return text.splitlines()[_line(text, needle, nth) - 1].index(needle) + 1


class Mistake:
    """A copy of a shipped role with one mistake written into it, and what validate says."""

    def __init__(self, folder: Path, edit: Callable[[str], str], slug: str = SEED_SLUG):
        self.folder, self.path = folder, folder / f"{slug}.yaml"
        self.text = edit(self.path.read_text(encoding="utf-8"))
        self.path.write_text(self.text, encoding="utf-8")
        self.result = runner.invoke(app, ["validate", "--roles-dir", str(folder)])
        # the problems, without the summary that follows them on stdout
        self.lines = [line for line in self.result.stdout.splitlines() if not _SUMMARY.match(line)]

    def at(self, needle: str, field: str, message: str, *, nth: int = 1, col: int | None = None):
        """The line validate prints for a problem where ``needle`` is (its column unless told)."""
        line = _line(self.text, needle, nth)
        column = col if col is not None else _column(self.text, needle, nth)
        return f"{self.path}:{line}:{column}: {field}: {message}"


def only(folder: Path, *slugs: str) -> None:
    """``folder`` left with the role files ``slugs`` alone: a zine of the roles a test is about
    (every role's case file and deck would be made, for nothing it checks)."""
    for path in folder.glob("*.yaml"):
        if path.stem not in slugs:
            path.unlink()


def replace(old: str, new: str) -> Callable[[str], str]:
    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return edit


# ---------------------------------------------------------------------------------------------
# forms, with an example


def test_a_currency_that_is_not_a_code_names_the_form(roles_copy: Path) -> None:
    bad = Mistake(roles_copy, replace("currency: USD", "currency: pounds"))
    expected = bad.at(
        "pounds",
        "salary.currency",
        "'pounds' is not a currency code: use three capital letters (ISO 4217), e.g. GBP",
    )
    assert expected in bad.lines
    assert bad.result.exit_code == 1


def test_a_currency_ISO_4217_does_not_have_is_an_error(roles_copy: Path) -> None:
    bad = Mistake(roles_copy, replace("currency: USD", "currency: XYZ"))
    message = "'XYZ' is not a currency code in ISO 4217: use one such as USD, EUR or GBP"
    assert bad.at("XYZ", "salary.currency", message) in bad.lines
    mixed = Mistake(roles_copy, replace("currency: XYZ", "currency: UKP"))
    message = (
        "'UKP' is not a currency code in ISO 4217 (did you mean GBP?): use one such as USD, "
        "EUR or GBP"
    )
    assert mixed.at("UKP", "salary.currency", message) in mixed.lines


def test_a_case_number_names_the_form_and_mends_the_example(roles_copy: Path) -> None:
    bad = Mistake(roles_copy, replace("case_number: OTI-0001", "case_number: oti 1"))
    message = (
        "'oti 1' is not a case number: use capital letters, digits, hyphens and slashes, "
        "at most 40, e.g. OTI-1"
    )
    assert bad.at("oti 1", "case_number", message) in bad.lines


def test_a_slug_gets_the_message_new_gives(roles_copy: Path) -> None:
    bad = Mistake(roles_copy, replace("slug: enterprise-architect", "slug: Enterprise_Architect"))
    message = (
        "'Enterprise_Architect' is not a role slug: use lowercase letters and digits in words "
        "joined by hyphens, e.g. enterprise-architect"
    )
    assert bad.at("Enterprise_Architect", "related[1].slug", message) in bad.lines
    new = runner.invoke(app, ["new", "Chief-Vibes", "--roles-dir", str(roles_copy)])
    assert new.stderr.strip() == (
        "'Chief-Vibes' is not a role slug: use lowercase letters and digits in words joined by "
        "hyphens, e.g. chief-vibes"
    )


def test_times_accept_one_digit_hours_and_explain_the_form(roles_copy: Path) -> None:
    good = Mistake(roles_copy, replace('start: "09:30"', "start: 9:30"))
    assert good.result.exit_code == 0, good.lines
    assert load_role(good.path).day_log[0].start == "09:30"
    bad = Mistake(roles_copy, replace("start: 9:30", "start: 9.30"))
    message = "'9.30' is not a time of day: use the 24-hour clock, HH:MM, e.g. 09:30"
    assert bad.at("9.30", "day_log[0].start", message) in bad.lines
    worse = Mistake(roles_copy, replace("start: 9.30", 'start: "half nine"'))
    message = "'half nine' is not a time of day: use the 24-hour clock, HH:MM, e.g. 09:00"
    assert worse.at('"half nine"', "day_log[0].start", message) in worse.lines


# ---------------------------------------------------------------------------------------------
# YAML syntax, in plain words, at the character at fault


def test_a_colon_in_text_says_quote_the_text(roles_copy: Path) -> None:
    title = "title: Deep Dive on Q2 Training Strategy Synergy (Virtual)"
    bad = Mistake(roles_copy, replace(title, "title: Ideation Jam: Reimagining the Q2 Strategy"))
    message = (
        "a colon and a space inside text start a new key: quote the text: "
        'title: "Ideation Jam: Reimagining the Q2 …"'
    )
    assert bad.lines[0] == bad.at(": Reimagining", "day_log[0].title", message)


def test_a_colon_in_a_list_item_is_read_as_a_mapping_and_said_so(roles_copy: Path) -> None:
    bad = Mistake(
        roles_copy, replace("  - Templates, templates, templates", "  - Templates: mandatory")
    )
    message = (
        "'Templates: mandatory' is read as a key and its value because of its ': ': quote the "
        'text: - "Templates: mandatory"'
    )
    assert bad.at("Templates:", "org_chart.pressure_flow.down[2]", message) in bad.lines


def test_a_tab_says_indent_with_spaces(roles_copy: Path) -> None:
    bad = Mistake(roles_copy, replace("  amount: 237458", "\tamount: 237458"))
    message = "a tab character: YAML indents with spaces only; indent with spaces"
    assert bad.lines[0] == bad.at("\tamount", "salary.amount", message)


def test_a_duplicate_key_says_where_the_first_one_is(roles_copy: Path) -> None:
    bad = Mistake(roles_copy, replace("  currency: USD\n", "  currency: USD\n  currency: GBP\n"))
    first = _line(bad.text, "currency: USD")
    message = f"'currency' is given twice: first defined at line {first}; keep one of them"
    assert bad.lines[0] == bad.at("currency: GBP", "salary.currency", message)


def test_text_after_a_closing_quote_and_an_unclosed_quote(roles_copy: Path) -> None:
    bad = Mistake(roles_copy, replace("label: HIGH RISK", "label: 'it's high'"))
    message = (
        "text after the closing quote: put all of the text inside the quotes (inside single "
        "quotes, write a ' as ''): label: \"it's high\""
    )
    assert bad.lines[0] == bad.at("s high'", "flight_risk.label", message)
    runaway = Mistake(roles_copy, replace("label: 'it's high'", 'label: "HIGH RISK'))
    ran = _line(runaway.text, '"09:30"') - _line(runaway.text, '"HIGH RISK')
    message = (
        f'this quote is not closed on its line, so the text runs on {ran} lines to the next ": '
        'end the text with "'
    )
    assert runaway.lines[0] == runaway.at('"HIGH RISK', "flight_risk.label", message)


# ---------------------------------------------------------------------------------------------
# what YAML 1.1 reads otherwise than meant


@pytest.mark.parametrize("word", ["No", "Yes", "On", "Off"])
def test_yes_no_on_off_are_read_as_booleans_and_said_so(roles_copy: Path, word: str) -> None:
    bad = Mistake(roles_copy, replace("posted_on: teamblind.com", f"posted_on: {word}"))
    value = "true" if word in ("Yes", "On") else "false"
    message = (
        f"{word} is read as the yes/no value {value}, not as text (YAML reads unquoted yes, no, "
        f'on and off as true or false): quote it if you mean the word: posted_on: "{word}"'
    )
    assert bad.lines[0] == bad.at(f"posted_on: {word}", "burn_ward[0].posted_on", message, col=16)


def test_an_empty_value_is_empty(roles_copy: Path) -> None:
    bad = Mistake(roles_copy, replace("  label: HIGH RISK", "  label:"))
    assert bad.lines[0] == bad.at(
        "label:", "flight_risk.label", "is empty: write the text after 'label:'", col=9
    )


def test_a_comma_list_says_one_item_a_line(roles_copy: Path) -> None:
    aliases = "aliases:\n" + "".join(
        f"  - {a}\n"
        for a in [
            "Senior AI Model Governance Specialist",
            "MLOps Process Architect (Training Focus)",
            "AI Training Workflow Coordinator",
            "Lead AI Model Lifecycle Facilitator",
        ]
    )
    bad = Mistake(roles_copy, replace(aliases, "aliases: Governance Lead, Process Architect\n"))
    message = (
        "'Governance Lead, Process Architect' is one line of text, not a list: write one "
        "'- item' per line under 'aliases:', e.g. '- Governance Lead' then '- Process Architect'"
    )
    assert bad.lines[0] == bad.at("Governance Lead", "aliases", message)


# ---------------------------------------------------------------------------------------------
# traps that used to pass silently


def test_a_hash_that_cut_a_text_short_is_a_warning(roles_copy: Path) -> None:
    title = "title: Deep Dive on Q2 Training Strategy Synergy (Virtual)"
    bad = Mistake(roles_copy, replace(title, "title: The 48-Hour Hackathon #2"))
    line = _line(bad.text, "Hackathon #2")
    message = (
        f"the rest of line {line} after ' #' is a YAML comment, so the text ends at "
        "'The 48-Hour Hackathon'; quote the text if the # belongs to it: "
        'title: "The 48-Hour Hackathon #2" (warning)'
    )
    assert bad.lines == [bad.at("#2", "day_log[0].title", message)]
    assert bad.result.exit_code == 0  # a warning: the file is valid, the doubt is said
    meant = Mistake(roles_copy, replace("Hackathon #2", "Hackathon  # the second one"))
    assert meant.lines == []  # two spaces, '#', a space: a comment written as one


def test_two_roles_with_one_case_number_or_title_are_errors(roles_copy: Path) -> None:
    bad = Mistake(roles_copy, replace("case_number: OTI-0001", "case_number: OTI-0003"))
    other = roles_copy / "enterprise-architect.yaml"
    message = (
        f"'OTI-0003' is also the case number of {other}:3:14: give each role its own, e.g. OTI-0009"
    )
    assert bad.at("OTI-0003", "case_number", message) in bad.lines
    back = f"'OTI-0003' is also the case number of {bad.path}:3:14: give each role its own"
    assert f"{other}:3:14: case_number: {back}, e.g. OTI-0009" in bad.lines
    assert "8 roles: 6 valid, 2 invalid, 0 warnings" in bad.result.stdout
    title = Mistake(
        roles_copy, replace("title: Principal AI/ML Model Training Assistant", "title: SDET")
    )
    message = (
        f"'SDET' is also the title of {roles_copy / 'sdet.yaml'}:2:8: give each role its own title"
    )
    assert title.at("title: SDET", "title", message, col=8) in title.lines


def test_a_related_specimen_that_disagrees_with_its_role_shows_both(roles_copy: Path) -> None:
    bad = Mistake(roles_copy, replace("title: Enterprise Architect", "title: Enterprise Architekt"))
    target = roles_copy / "enterprise-architect.yaml"
    message = (
        f"says 'Enterprise Architekt', but {target}:2:8 says 'Enterprise Architect': make the "
        "two the same (warning)"
    )
    assert bad.lines == [bad.at("Architekt", "related[1].title", message, col=12)]
    summary = "Preside over an endless cycle of abstract discussions"
    told = Mistake(roles_copy, replace(summary, "Chair an endless cycle of abstract discussions"))
    ours = str(load_role(told.path).related[1].summary)
    theirs = str(load_role(target).summary)
    message = f"says {ours!r}, but {target}:4:10 says {theirs!r}: make the two the same (warning)"
    assert told.at("Chair an endless", "related[1].summary", message, col=14) in told.lines


@pytest.mark.parametrize("command", ["validate", "zine"])
def test_a_related_specimen_is_checked_against_a_role_read_after_it(
    roles_copy: Path, tmp_path: Path, command: str
) -> None:
    # the first role of the folder names sdet, read after it: its copy is checked all the same
    target = roles_copy / "sdet.yaml"
    target.write_text(target.read_text().replace("title: SDET\n", "title: SDET II\n", 1))
    first = roles_copy / "agile-transformation-coach.yaml"
    line = next(
        n for n, text in enumerate(first.read_text().splitlines(), 1) if "- title: SDET" in text
    )
    args = [command, "--roles-dir", str(roles_copy)]
    if command == "zine":
        only(roles_copy, first.stem, target.stem)  # the one read first, the one it names
        args += ["-o", str(tmp_path / "out")]
    result = runner.invoke(app, args)
    expected = (
        f"{first}:{line}:12: related[0].title: says 'SDET', but {target}:2:8 says 'SDET II': "
        "make the two the same (warning)"
    )
    assert (result.stdout + result.stderr).splitlines().count(expected) == 1


def test_a_role_relating_to_itself_is_an_error(roles_copy: Path) -> None:
    bad = Mistake(roles_copy, replace("slug: sdet", f"slug: {SEED_SLUG}"))
    message = (
        f"'{SEED_SLUG}' is this role itself: a role cannot be its own related specimen; name "
        "another role, or remove this one"
    )
    assert bad.lines == [bad.at(f"slug: {SEED_SLUG}", "related[2].slug", message, col=11)]
    assert bad.result.exit_code == 1


def test_a_mistyped_related_slug_gets_a_did_you_mean_even_beside_errors(roles_copy: Path) -> None:
    def edit(text: str) -> str:
        return text.replace("slug: sdet", "slug: sdte").replace("percent: 85", "percent: 185")

    bad = Mistake(roles_copy, edit)
    message = (
        f"no role file 'sdte.yaml' in {roles_copy} (did you mean 'sdet'?): mend the slug, or "
        "leave it out for a specimen with no file of its own (warning)"
    )
    assert bad.at("slug: sdte", "related[2].slug", message, col=11) in bad.lines
    assert bad.at("185", "flight_risk.percent", "must be at most 100, got 185") in bad.lines


def test_day_log_blocks_out_of_order_or_overlapping_are_warnings(roles_copy: Path) -> None:
    bad = Mistake(roles_copy, replace('start: "13:00"', 'start: "10:30"'))
    message = (
        "starts at 10:30, while the block 09:30–11:00 above is still going: start it at 11:00 "
        "or later, or end that block earlier (warning)"
    )
    assert bad.lines == [bad.at('"10:30"', "day_log[1].start", message)]
    early = Mistake(roles_copy, replace('start: "16:00"', 'start: "08:00"'))
    message = (
        "starts at 08:00, before the block above (10:30–15:00): list the blocks in the order "
        "of the day (warning)"
    )
    assert early.at('"08:00"', "day_log[2].start", message) in early.lines


def test_characters_no_font_can_print_one_warning_per_field(roles_copy: Path) -> None:
    odd = "\U000e0041\u0378\U000e0042"
    bad = Mistake(roles_copy, replace("title: Chief AI Officer", f"title: Chief {odd} Officer"))
    message = (
        "no bundled font can print U+E0041 '\\U000e0041', U+0378 '\\u0378', U+E0042 "
        "'\\U000e0042' (each would print as its code): use other characters, or remove them "
        "(warning)"
    )
    assert bad.lines == [bad.at(odd, "org_chart.root.title", message)]
    out = roles_copy.parent / "out"
    pdf = runner.invoke(
        app, ["pdf", SEED_SLUG, "--roles-dir", str(roles_copy), "-o", str(out / "x.pdf")]
    )
    assert pdf.exit_code == 0 and pdf.stderr.splitlines() == bad.lines
    only(roles_copy, SEED_SLUG)
    zine = runner.invoke(app, ["zine", "--roles-dir", str(roles_copy), "-o", str(out), "-j", "1"])
    assert bad.lines[0] in zine.stderr.splitlines()


def test_an_output_named_for_another_kind_of_file_is_an_error(tmp_path: Path) -> None:
    pdf = runner.invoke(app, ["pdf", SEED_SLUG, "-o", str(tmp_path / "x.pptx")])
    assert pdf.exit_code == 1
    assert pdf.stderr.strip() == (
        f"{tmp_path / 'x.pptx'}: a case file is PDF, so its name must end in .pdf: "
        f"use -o {tmp_path / 'x.pdf'}"
    )
    deck = runner.invoke(app, ["deck", SEED_SLUG, "-o", str(tmp_path / "x.pdf")])
    assert deck.stderr.strip() == (
        f"{tmp_path / 'x.pdf'}: a deck is PowerPoint, so its name must end in .pptx: "
        f"use -o {tmp_path / 'x.pptx'}"
    )
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# the deck section, against the layouts

DECK = """
deck:
  title: Synergy at Scale
  theme: {theme}
  habits: [{habit}]
  slides:
    - kind: {kind}
      title: Ninety-seven percent aligned
      notes: Nobody was asked.
      number: 97%
      label: of stakeholders aligned
      after: {after}
"""


def _with_deck(**fields: str) -> Callable[[str], str]:
    values = {"theme": "startup", "habit": "emoji_titles", "kind": "hero_number", "after": "kpis"}
    # the role's own deck section gives way to this one (it is the file's last section)
    return lambda text: text[: text.index("\ndeck:")] + DECK.format(**{**values, **fields})


def test_a_deck_theme_or_after_the_layouts_lack_lists_the_choices(roles_copy: Path) -> None:
    from printworks.layout import shipped
    from printworks.sections import FRAMES, SECTIONS

    bad = Mistake(roles_copy, _with_deck(theme="startp", after="salry"))
    themes = ", ".join(shipped().deck.theme_names())
    theme = f"'startp' is not a theme (did you mean 'startup'?); the choices: {themes}"
    assert bad.at("startp", "deck.theme", theme) in bad.lines
    places = ", ".join([*SECTIONS, *FRAMES])
    after = (
        f"'salry' is not a section or frame slide (did you mean 'salary'?); the choices: {places}"
    )
    assert bad.at("after: salry", "deck.slides[0].after", after, col=14) in bad.lines
    assert len(bad.lines) == 2 and bad.result.exit_code == 1


def test_an_unknown_kind_or_habit_lists_the_choices_with_a_did_you_mean(roles_copy: Path) -> None:
    from printworks.deck.kinds import KINDS
    from printworks.model import HABITS

    bad = Mistake(roles_copy, _with_deck(kind="hero_numbr", habit="emoji_title"))
    habit = (
        "'emoji_title' is not one of the values allowed here (did you mean 'emoji_titles'?); "
        f"the choices: {', '.join(HABITS)}"
    )
    assert bad.at("emoji_title", "deck.habits[0]", habit) in bad.lines
    kind = (
        "'hero_numbr' is not a kind of slide (did you mean 'hero_number'?); "
        f"the choices: {', '.join(KINDS)}"
    )
    assert bad.at("hero_numbr", "deck.slides[0].kind", kind) in bad.lines


# ---------------------------------------------------------------------------------------------
# for editors and CI


def test_validate_json_is_one_object_per_problem(roles_copy: Path) -> None:
    Mistake(roles_copy, replace("currency: USD", "currency: pounds"))
    Mistake(roles_copy, replace("slug: sdet", "slug: sdte"))
    result = runner.invoke(
        app, ["validate", "--roles-dir", str(roles_copy), "--format", "json", SEED_SLUG]
    )
    assert result.exit_code == 1
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert found == [
        {
            "file": str(roles_copy / SEED),
            "line": 49,
            "column": 13,
            "field": "salary.currency",
            "message": "'pounds' is not a currency code: use three capital letters (ISO 4217), "
            "e.g. GBP",
            "severity": "error",
        },
        {
            "file": str(roles_copy / SEED),
            "line": 118,
            "column": 11,
            "field": "related[2].slug",
            "message": f"no role file 'sdte.yaml' in {roles_copy} (did you mean 'sdet'?): mend the "
            "slug, or leave it out for a specimen with no file of its own",
            "severity": "warning",
        },
    ]
    assert result.stderr.strip() == "1 role: 0 valid, 1 invalid, 1 warning"


def test_every_shipped_role_validates_without_a_warning() -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0 and result.stderr == "", result.stderr


def test_a_heads_scan_reads_what_the_full_read_does() -> None:
    """Neighbours are checked for duplicates from a few lines of text, not a full read."""
    from printworks.checks import Head
    from printworks.loader import read_role, role_paths

    from .conftest import ROLES

    for path in role_paths(ROLES):
        assert Head.scan(path, path.read_text(encoding="utf-8")) == Head.of(read_role(path))


def test_a_warm_zine_says_nothing_again_of_the_roles_it_reuses(roles_copy: Path) -> None:
    odd = "\U000e0041"
    bad = Mistake(roles_copy, replace("title: Chief AI Officer", f"title: Chief {odd} Officer"))
    only(roles_copy, SEED_SLUG, "sdet")  # the one with the warning, and one without
    out = roles_copy.parent / "out"
    args = ["zine", "--roles-dir", str(roles_copy), "-o", str(out), "-j", "1"]
    first = runner.invoke(app, args)
    assert bad.lines[0] in first.stderr.splitlines()
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and bad.lines[0] not in again.stderr


def test_validate_and_pdf_agree_on_what_the_fonts_can_print() -> None:
    """validate reads the fonts' character maps; pdf asks the faces it registers anyway."""
    from printworks import casefile, checks
    from printworks.layout import shipped

    noncharacters = {0xFFFE, 0xFFFF}
    validated, printed = checks.coverage(shipped()), casefile.coverage()
    assert validated.everything() - noncharacters == printed.everything() - noncharacters
    assert 0x4E2D in validated and 0x4E2D in printed  # 中, from the CJK face read on demand
    assert 0x10FFFD not in validated and 0x10FFFD not in printed
