"""The ``printworks`` command: parse arguments, call the library, report. Nothing else."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from printworks import __version__
from printworks.errors import PrintworksError, RoleInvalid

app = typer.Typer(
    help="Satirical job-role dossiers, printed: a PDF case file, a deck, and a zine.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # plain help: rich's help formatter imports a markdown parser, half of `--help`'s time
    rich_markup_mode=None,
)

RolesDir = Annotated[
    Path | None,
    typer.Option(
        "--roles-dir",
        envvar="PRINTWORKS_ROLES",
        help="Folder of role files (default: ./roles, else the roles shipped with printworks).",
        show_default=False,
    ),
]


Output = Annotated[
    Path | None,
    typer.Option(
        "-o", "--output", help="Where to write (default: out/<slug>.<ext>).", dir_okay=False
    ),
]


def _fail(error: PrintworksError) -> typer.Exit:
    typer.echo(str(error), err=True)
    return typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"printworks {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Satirical job-role dossiers, printed: a PDF case file, a deck, and a zine."""


@app.command("list")
def list_roles(roles_dir: RolesDir = None) -> None:
    """List the roles: slug, title, flight risk."""
    from printworks import loader

    folder = loader.roles_dir(roles_dir)
    failed = False
    try:
        paths = loader.role_paths(folder)
    except PrintworksError as exc:
        raise _fail(exc) from None
    for path in paths:
        try:
            role = loader.load_role(path)
        except RoleInvalid as exc:
            typer.echo(str(exc), err=True)
            failed = True
            continue
        typer.echo(f"{role.slug}\t{role.title}\t{role.flight_risk.percent}%")
    if failed:
        raise typer.Exit(1)


@app.command()
def validate(
    roles: Annotated[
        list[str] | None, typer.Argument(help="Role slugs or .yaml paths (default: every role).")
    ] = None,
    roles_dir: RolesDir = None,
) -> None:
    """Check role files; print one line per problem, then a summary."""
    from printworks import loader

    folder = loader.roles_dir(roles_dir)
    try:
        paths = [loader.find_role(r, folder) for r in roles] if roles else loader.role_paths(folder)
    except PrintworksError as exc:
        raise _fail(exc) from None
    valid, invalid = [], 0
    for path in paths:
        try:
            valid.append((path, loader.load_role(path)))
        except PrintworksError as exc:
            typer.echo(str(exc), err=True)
            invalid += 1
    warnings = loader.link_warnings(valid, folder)
    for warning in warnings:
        typer.echo(f"{warning} (warning)", err=True)
    typer.echo(
        f"{len(paths)} role{'s' * (len(paths) != 1)}: {len(valid)} valid, {invalid} invalid, "
        f"{len(warnings)} warning{'s' * (len(warnings) != 1)}"
    )
    if invalid or not paths:
        raise typer.Exit(1)


def _load(name: str, roles_dir: Path | None):
    """The role named on the command line (a slug in the roles folder, or a .yaml path)."""
    from printworks import loader

    return loader.load_role(loader.find_role(name, loader.roles_dir(roles_dir)))


class PageSize(StrEnum):
    a4 = "a4"
    letter = "letter"
    a5 = "a5"
    half_letter = "half-letter"


@app.command()
def pdf(
    role: Annotated[str, typer.Argument(help="Role slug, or path to a .yaml file.")],
    output: Output = None,
    page_size: Annotated[PageSize, typer.Option("--page-size", help="Paper size.")] = PageSize.a4,
    grayscale: Annotated[bool, typer.Option("--grayscale", help="No colour at all.")] = False,
    roles_dir: RolesDir = None,
) -> None:
    """Render ROLE's case file: a leaked, redacted dossier as a PDF."""
    from printworks.casefile import CasefileOptions, glyph_warnings, render_casefile
    from printworks.layout import shipped
    from printworks.output import source_date, write_atomic

    try:
        layouts = shipped()
        loaded = _load(role, roles_dir)
        for warning in glyph_warnings(loaded, layouts):
            typer.echo(f"warning: {warning}", err=True)
        options = CasefileOptions(page_size.value, grayscale, source_date())
        data = render_casefile(loaded, layouts, options)
        path = write_atomic(output or Path("out") / f"{loaded.slug}.pdf", data)
    except PrintworksError as exc:
        raise _fail(exc) from None
    typer.echo(str(path))


@app.command()
def deck(
    role: Annotated[str, typer.Argument(help="Role slug, or path to a .yaml file.")],
    output: Output = None,
    theme: Annotated[
        str | None,
        typer.Option(
            "--theme", help="A theme's name, or a theme folder (default: the role's own choice)."
        ),
    ] = None,
    roles_dir: RolesDir = None,
) -> None:
    """Render ROLE's deck: the PowerPoint it would present about itself."""
    from printworks.deck import DeckOptions, render_deck
    from printworks.layout import shipped
    from printworks.output import source_date, write_atomic

    try:
        loaded = _load(role, roles_dir)
        data = render_deck(loaded, shipped(), DeckOptions(theme=theme, date=source_date()))
        path = write_atomic(output or Path("out") / f"{loaded.slug}.pptx", data)
    except PrintworksError as exc:
        raise _fail(exc) from None
    typer.echo(str(path))


class MiniPaper(StrEnum):
    a4 = "a4"
    letter = "letter"


@app.command()
def minizine(
    role: Annotated[str, typer.Argument(help="Role slug, or path to a .yaml file.")],
    output: Output = None,
    paper: Annotated[MiniPaper, typer.Option("--paper", help="The sheet.")] = MiniPaper.a4,
    grayscale: Annotated[bool, typer.Option("--grayscale", help="No colour at all.")] = False,
    roles_dir: RolesDir = None,
) -> None:
    """Render ROLE's mini-zine: eight pages on one sheet, one cut, no staples."""
    from printworks.layout import shipped
    from printworks.minizine import MiniOptions, render_minizine
    from printworks.output import source_date, write_atomic

    try:
        loaded = _load(role, roles_dir)
        options = MiniOptions(paper.value, grayscale, source_date())
        data = render_minizine(loaded, shipped(), options)
        path = write_atomic(output or Path("out") / f"{loaded.slug}-mini.pdf", data)
    except PrintworksError as exc:
        raise _fail(exc) from None
    typer.echo(str(path))


class ZineSize(StrEnum):
    a5 = "a5"
    half_letter = "half-letter"


@app.command()
def zine(
    roles_dir: RolesDir = None,
    outdir: Annotated[Path, typer.Option("-o", "--outdir", help="Output folder.")] = Path("out"),
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: every core)."),
    ] = None,
    page_size: Annotated[
        ZineSize, typer.Option("--page-size", help="Zine page size.")
    ] = ZineSize.a5,
    grayscale: Annotated[
        bool, typer.Option("--grayscale", help="No colour, for photocopies.")
    ] = False,
    creep: Annotated[
        str | None,
        typer.Option(
            "--creep",
            help="Shift of the innermost pages, e.g. 0.5mm (default: from the sheet count and "
            "the paper thickness in layouts/imposition.yaml).",
            show_default=False,
        ),
    ] = None,
    crop_marks: Annotated[
        bool, typer.Option("--crop-marks", help="Fold and trim marks on the booklet.")
    ] = False,
    for_print: Annotated[
        bool,
        typer.Option(
            "--for-print",
            help="Also zine-print.pdf for a print shop: single pages, bleed, crop marks.",
        ),
    ] = False,
    bleed: Annotated[
        str | None,
        typer.Option(
            "--bleed",
            help="The print edition's bleed, e.g. 3mm (default: layouts/imposition.yaml).",
            show_default=False,
        ),
    ] = None,
    cmyk: Annotated[
        bool, typer.Option("--cmyk", help="The print edition in CMYK, text in pure black.")
    ] = False,
    mini: Annotated[
        bool, typer.Option("--mini", help="Also each role's one-sheet mini-zine, <slug>-mini.pdf.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild even what is up to date.")
    ] = False,
) -> None:
    """Render every role's case file and deck, then zine.pdf and zine-booklet.pdf for printing
    (and, when asked, zine-print.pdf for a print shop and each role's mini-zine)."""
    from printworks import loader
    from printworks.output import source_date
    from printworks.report import ZineProgress, print_summary
    from printworks.zine import ZineOptions, build_zine, ordered_role_paths

    folder = loader.roles_dir(roles_dir)
    if (bleed or cmyk) and not for_print:
        typer.echo("--bleed and --cmyk are for the print edition: add --for-print", err=True)
        raise typer.Exit(2)
    options = ZineOptions(
        page_size.value,
        grayscale,
        creep,
        crop_marks,
        source_date(),
        for_print=for_print,
        bleed=bleed,
        cmyk=cmyk,
        mini=mini,
    )
    try:
        total = len(ordered_role_paths(folder))
        with ZineProgress(total) as progress:
            report = build_zine(
                folder, outdir, options, jobs=jobs, force=force, on_result=progress.advance
            )
    except PrintworksError as exc:
        raise _fail(exc) from None
    print_summary(report)
    if report.failed or report.zine_error or not report.roles:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a role file (for yaml-language-server and other editors)."""
    from printworks.schema import role_schema_text

    typer.echo(role_schema_text(), nl=False)


@app.command()
def new(
    slug: Annotated[str, typer.Argument(help="The new role's slug, e.g. chief-vibes-officer.")],
    roles_dir: Annotated[
        Path | None,
        typer.Option(
            "--roles-dir",
            envvar="PRINTWORKS_ROLES",
            help="Folder to write into (default: the roles folder, never the one installed).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Start a role: write SLUG.yaml with every field commented and a placeholder that validates."""
    from printworks.output import write_atomic
    from printworks.scaffold import new_role_files, target_folder

    try:
        files = new_role_files(slug, target_folder(roles_dir))
        for path, data in files:
            write_atomic(path, data)
    except PrintworksError as exc:
        raise _fail(exc) from None
    typer.echo(str(files[0][0]))
