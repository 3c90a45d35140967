"""What the single-role commands and ``validate`` do between parsing and exit: read and check
a role, render it, write it whole where it was asked for; check role files and say so. The
CLI (:mod:`printworks.cli`) parses and calls these; they print and give the exit status.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from printworks import single
from printworks.errors import Invalid, PrintworksError, Problem

# The model, the layouts and the checks (pydantic) are imported by the command that needs them:
# this module is imported for `printworks --help` too.

if TYPE_CHECKING:
    from printworks.layout import Layouts
    from printworks.model import Role

RolesDir = Annotated[
    Path | None,
    typer.Option(
        "--roles-dir",
        envvar="PRINTWORKS_ROLES",
        help="Folder of role files (default: ./roles, else the roles shipped with printworks).",
        show_default=False,
    ),
]


def fail(error: PrintworksError) -> typer.Exit:
    """``error`` said on stderr; the exit that ends the command with status 1."""
    typer.echo(str(error), err=True)
    return typer.Exit(1)


def print_problems(problems: Sequence[Problem], *, json_lines: bool = False, err: bool = True):
    """Each problem as its line (on stderr, or stdout when not ``err``), or as a JSON object a
    line on stdout."""
    for problem in problems:
        if json_lines:
            typer.echo(json.dumps(problem.as_dict(), ensure_ascii=False))
        else:
            typer.echo(str(problem), err=err)


def no_roles(folder: Path) -> str:
    """What is said of a roles folder that has no role file."""
    return f"{folder}: no role files here (*.yaml); start one with `printworks new SLUG`"


def echo(line: str, err: bool) -> None:
    """What :mod:`printworks.single` says, said through typer."""
    typer.echo(line, err=err)


def render_one(
    name: str,
    roles_dir: Path | None,
    output: Path | None,
    kind: tuple[str, str],
    ending: str,
    render: Callable[[Role, Layouts], bytes],
    *,
    glyphs: bool = True,
) -> None:
    """One role's file, as :func:`printworks.single.render_one` makes it; a failure ends the
    command with its status."""
    status = single.render_one(name, roles_dir, output, kind, ending, render, echo, glyphs=glyphs)
    if status:
        raise typer.Exit(status)


def validate(roles: list[str] | None, roles_dir: Path | None, json_lines: bool) -> None:
    """Check the role files named (every one of the folder when none is): each problem, then
    a summary, on stdout in text mode (``validate | less`` shows both); in JSON mode, the
    problems as JSON on stdout and the summary on stderr. Errors make the exit status 1."""
    from printworks import checks, drafts, loader
    from printworks.layout import shipped

    folder = loader.roles_dir(roles_dir)
    try:
        paths = [loader.find_role(r, folder) for r in roles] if roles else loader.role_paths(folder)
        skipped = [] if roles else loader.folder_problems(folder)
        layouts = shipped()
    except PrintworksError as exc:
        raise fail(exc) from None
    if not paths and not skipped:
        typer.echo(no_roles(folder), err=json_lines)
        raise typer.Exit(1)
    unreadable = []
    try:
        review = checks.Review(layouts, checks.coverage(layouts), roles=folder)
        placeholders = drafts.Placeholders()
        found: list[Problem] = []
        for path in paths:  # each file checked as it is read, and let go
            try:
                file = loader.read_role(path)
            except PrintworksError as exc:  # a file that cannot be read at all: its line, on
                unreadable.append(exc)
                continue
            review.add(file)
            found += placeholders.of(file)
        problems = checks.sorted_problems([*skipped, *review.problems(), *found])
    except PrintworksError as exc:
        raise fail(exc) from None
    issue_errors = [] if roles else issue_problems(folder)
    for exc in unreadable:
        typer.echo(str(exc), err=json_lines)
    print_problems([*problems, *issue_errors], json_lines=json_lines, err=False)
    errors, warnings = checks.severity_counts(problems)
    invalid = len({str(p.path) for p in problems if p.severity == "error"}) + len(unreadable)
    checked = len(paths) + len(skipped)
    summary = (
        f"{checked} role{'s' * (checked != 1)}: {checked - invalid} valid, "
        f"{invalid} invalid, {warnings} warning{'s' * (warnings != 1)}"
    )
    typer.echo(summary, err=json_lines)
    if invalid or errors or issue_errors or not paths:
        raise typer.Exit(1)


def issue_problems(folder: Path) -> list[Problem]:
    """The problems of the zine's issue file in ``folder`` (none when it has none)."""
    from printworks.issue import read_issue

    try:
        read_issue(folder)
    except Invalid as exc:
        return list(exc.problems)
    return []
