"""One role's file, made as a command makes it: the role named read and checked, rendered,
written whole where it was asked for, its path said; or its problems said and status 1.

Free of the CLI's framework (it says things through the ``echo`` it is given), so that the
typer commands (:mod:`printworks.commands`) and the quick route of ``printworks pdf``
(:mod:`printworks.launch`, which builds no typer app) run the very same steps.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from printworks.errors import PrintworksError, Problem
from printworks.output import expect_suffix, source_date, write_atomic

# The model, the layouts and the engine are imported when a file is made: the CLI imports this
# module for `printworks --help` too.

if TYPE_CHECKING:
    from printworks.layout import Layouts
    from printworks.model import Role

Echo = Callable[[str, bool], None]  # a line, and whether it goes to stderr


class Failed(Exception):
    """The command ends with status 1; what went wrong has been said."""


def output_path(output: Path | None, slug: str, ending: str) -> Path:
    """Where a role's file goes: ``output``, or ``<slug><ending>`` inside it when it is a
    folder (as ``cp`` writes into one), or ``out/<slug><ending>``."""
    if output is None:
        return Path("out") / f"{slug}{ending}"
    if output.is_dir() or str(output).endswith(("/", "\\")):
        return output / f"{slug}{ending}"
    return output


def say_problems(problems: Sequence[Problem], echo: Echo) -> None:
    """Each problem as its line, on stderr."""
    for problem in problems:
        echo(str(problem), True)


def load(
    name: str,
    roles_dir: Path | None,
    layouts: Layouts,
    echo: Echo,
    coverage: Container[int] | None = None,
) -> Role:
    """The role named on the command line (a slug in the roles folder, or a .yaml path), its
    problems and the checks' said; an error in any ends the command (:class:`Failed`). Made
    alone, a title or case number another role has too is a warning: the two meet only in a
    zine."""
    from printworks import checks, loader

    folder = loader.roles_dir(roles_dir)
    # a case file (checked against its faces' coverage) reads no deck: (a mistake there waits)
    file = loader.read_role(loader.find_role(name, folder), deck=coverage is None)
    problems = checks.review([file], layouts, coverage, alone=True, roles=folder)
    say_problems(problems, echo)
    if file.role is None or checks.severity_counts(problems)[0]:
        raise Failed
    return file.role


def render_one(
    name: str,
    roles_dir: Path | None,
    output: Path | None,
    kind: tuple[str, str],
    ending: str,
    render: Callable[[Role, Layouts], bytes],
    echo: Echo,
    *,
    glyphs: bool = True,
) -> int:
    """One role's file: the role named on the command line, checked (``glyphs``: against
    the case file's faces too), rendered by ``render`` and written whole to ``output`` (a
    file of ``kind``: its suffix and what it is; a folder: ``<slug><ending>`` in it) or
    ``out/<slug><ending>``; its path said. The exit status."""
    from printworks.layout import shipped

    try:
        into_folder = output is not None and output_path(output, "x", ending) != output
        if output and not into_folder:
            expect_suffix(output, *kind)
        layouts = shipped()
        if glyphs:
            from printworks.casefile import coverage

            loaded = load(name, roles_dir, layouts, echo, coverage(layouts))
        else:
            loaded = load(name, roles_dir, layouts, echo)
        data = render(loaded, layouts)
        path = write_atomic(output_path(output, loaded.slug, ending), data)
    except PrintworksError as exc:
        echo(str(exc), True)
        return 1
    except Failed:
        return 1
    echo(str(path), False)
    return 0


def case_file(
    role: str,
    output: Path | None,
    page_size: str,
    grayscale: bool,
    roles_dir: Path | None,
    echo: Echo,
) -> int:
    """``printworks pdf``: the case file of ``role``, written whole. The exit status."""
    from printworks.casefile import CasefileOptions, render_casefile

    def render(loaded: Role, layouts: Layouts) -> bytes:
        options = CasefileOptions(page_size, grayscale, source_date())
        return render_casefile(loaded, layouts, options)

    return render_one(role, roles_dir, output, (".pdf", "a case file is PDF"), ".pdf", render, echo)
