"""What the single-role commands and ``validate`` do between parsing and exit: read and check
a role, render it, write it whole where it was asked for; check role files and say so. The
CLI (:mod:`printworks.cli`) parses and calls these; they print and give the exit status.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from printworks.errors import PrintworksError, Problem

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
    import json

    for problem in problems:
        if json_lines:
            typer.echo(json.dumps(problem.as_dict(), ensure_ascii=False))
        else:
            typer.echo(str(problem), err=err)


def output_path(output: Path | None, slug: str, ending: str) -> Path:
    """Where a role's file goes: ``output``, or ``<slug><ending>`` inside it when it is a
    folder (as ``cp`` writes into one), or ``out/<slug><ending>``."""
    if output is None:
        return Path("out") / f"{slug}{ending}"
    if output.is_dir() or str(output).endswith(("/", "\\")):
        return output / f"{slug}{ending}"
    return output


def no_roles(folder: Path) -> str:
    """What is said of a roles folder that has no role file."""
    return f"{folder}: no role files here (*.yaml); start one with `printworks new SLUG`"


def load(
    name: str,
    roles_dir: Path | None,
    layouts: Layouts,
    coverage: Container[int] | None = None,
) -> Role:
    """The role named on the command line (a slug in the roles folder, or a .yaml path), its
    problems and the checks' said; any error ends the command. Made alone, a title or case
    number another role has too is a warning: the two meet only in a zine."""
    from printworks import checks, loader

    folder = loader.roles_dir(roles_dir)
    file = loader.read_role(loader.find_role(name, folder))
    if coverage is not None:  # a case file, which never reads deck: (a mistake there waits)
        file = loader.without_deck(file)
    problems = checks.review([file], layouts, coverage, alone=True, roles=folder)
    print_problems(problems)
    if file.role is None or checks.severity_counts(problems)[0]:
        raise typer.Exit(1)
    return file.role


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
    """One role's file: the role named on the command line, checked (``glyphs``: against
    the case file's faces too), rendered by ``render`` and written whole to ``output`` (a
    file of ``kind``: its suffix and what it is; a folder: ``<slug><ending>`` in it) or
    ``out/<slug><ending>``; its path said."""
    from printworks.layout import shipped
    from printworks.output import expect_suffix, write_atomic

    try:
        into_folder = output is not None and output_path(output, "x", ending) != output
        if output and not into_folder:
            expect_suffix(output, *kind)
        layouts = shipped()
        if glyphs:
            from printworks.casefile import coverage

            loaded = load(name, roles_dir, layouts, coverage(layouts))
        else:
            loaded = load(name, roles_dir, layouts)
        data = render(loaded, layouts)
        path = write_atomic(output_path(output, loaded.slug, ending), data)
    except PrintworksError as exc:
        raise fail(exc) from None
    typer.echo(str(path))


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
    from printworks.errors import Invalid
    from printworks.issue import read_issue

    try:
        read_issue(folder)
    except Invalid as exc:
        return list(exc.problems)
    return []
