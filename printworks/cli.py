"""The ``printworks`` command: parse arguments, call the library, report. Nothing else."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from printworks import __version__, single
from printworks.commands import RolesDir, echo, fail, no_roles, print_problems, render_one
from printworks.commands import validate as validate_roles
from printworks.completion import dialect_names, role_slugs, theme_names
from printworks.errors import PrintworksError
from printworks.output import OptionError, source_date, write_atomic
from printworks.units import points

# Each command imports what it runs when it runs (the model, the layouts, an engine: pydantic,
# ReportLab, python-pptx, rich), so that `printworks --help` and a mistyped option stay quick.

if TYPE_CHECKING:
    from printworks.layout import Layouts
    from printworks.model import Role

app = typer.Typer(
    help="Satirical job-role dossiers, printed: a PDF case file, a deck, and a zine.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # plain help: rich's help formatter imports a markdown parser, half of `--help`'s time
    rich_markup_mode=None,
)

RoleName = Annotated[
    str,
    typer.Argument(help="Role slug, or path to a .yaml file.", autocompletion=role_slugs),
]


def _output(name: str) -> object:
    """The -o option of a command that writes the file ``name`` unless told."""
    return typer.Option(
        "-o",
        "--output",
        help=f"Where to write: a file, or a folder to write {name} into (default: out/{name}).",
        show_default=False,
    )


Output = Annotated[Path | None, _output("<slug>.pdf")]
DeckOutput = Annotated[Path | None, _output("<slug>.pptx")]
MiniOutput = Annotated[Path | None, _output("<slug>-mini.pdf")]
WatchOutput = Annotated[Path | None, _output("<slug>.pdf (<slug>.pptx with --deck)")]


def _length(value: str | None, option: str = "--creep") -> str | None:
    """``value`` if it is a length of 0 or more (12mm, 0.5pt), else an OptionError."""
    if value is None:
        return None
    try:
        if points(value) < 0:
            raise ValueError(f"{value!r} is negative")
    except ValueError as exc:
        raise OptionError(
            f"{option} {value}: {exc}; give a length of 0 or more, e.g. 0.5mm"
        ) from None
    return value


def _fail(error: PrintworksError) -> typer.Exit:
    return fail(error)


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
        skipped = loader.folder_problems(folder)
    except PrintworksError as exc:
        raise _fail(exc) from None
    for problem in skipped:
        typer.echo(str(problem), err=True)
    if not paths:
        typer.echo(f"{folder}: no role files here; start one with `printworks new SLUG`", err=True)
        raise typer.Exit(1)
    for path in paths:
        try:
            role = loader.load_role(path)
        except PrintworksError as exc:
            typer.echo(str(exc), err=True)
            failed = True
            continue
        typer.echo(f"{role.slug}\t{role.title}\t{role.flight_risk.percent}%")
    if failed:
        raise typer.Exit(1)


class Format(StrEnum):
    text = "text"
    json = "json"


@app.command()
def validate(
    roles: Annotated[
        list[str] | None,
        typer.Argument(
            help="Role slugs or .yaml paths (default: every role).", autocompletion=role_slugs
        ),
    ] = None,
    roles_dir: RolesDir = None,
    format: Annotated[
        Format,
        typer.Option(
            "--format",
            help="text: one line per problem; json: one JSON object per problem, on stdout.",
        ),
    ] = Format.text,
) -> None:
    """Check role files: one line per problem, saying how to fix it, then a summary.

    Each file is checked against the other roles of its folder, the layouts and the fonts too.
    """
    validate_roles(roles, roles_dir, format is Format.json)


class PageSize(StrEnum):
    a4 = "a4"
    letter = "letter"
    a5 = "a5"
    half_letter = "half-letter"


@app.command()
def pdf(
    role: RoleName,
    output: Output = None,
    page_size: Annotated[PageSize, typer.Option("--page-size", help="Paper size.")] = PageSize.a4,
    grayscale: Annotated[bool, typer.Option("--grayscale", help="No colour at all.")] = False,
    roles_dir: RolesDir = None,
) -> None:
    """Render ROLE's case file: a leaked, redacted dossier as a PDF."""
    # the same steps as the quick route (printworks.launch), which builds no typer app
    status = single.case_file(role, output, page_size.value, grayscale, roles_dir, echo)
    if status:
        raise typer.Exit(status)


@app.command()
def deck(
    role: RoleName,
    output: DeckOutput = None,
    theme: Annotated[
        str | None,
        typer.Option(
            "--theme",
            help="A theme's name, or a theme folder (default: the role's own choice).",
            autocompletion=theme_names,
        ),
    ] = None,
    dialect: Annotated[
        str | None,
        typer.Option(
            "--dialect",
            help="A dialect's name: the voice the deck speaks in (default: the role's own).",
            autocompletion=dialect_names,
        ),
    ] = None,
    roles_dir: RolesDir = None,
) -> None:
    """Render ROLE's deck: the PowerPoint it would present about itself."""
    from printworks.deck import DeckOptions, render_deck

    def render(loaded: Role, layouts: Layouts) -> bytes:
        chosen = deck_commands.theme_option(theme, roles_dir)
        options = DeckOptions(theme=chosen, date=source_date(), dialect=dialect)
        return render_deck(loaded, layouts, options)

    kind = (".pptx", "a deck is PowerPoint")
    render_one(role, roles_dir, output, kind, ".pptx", render, glyphs=False)


class MiniPaper(StrEnum):
    a4 = "a4"
    letter = "letter"


@app.command()
def minizine(
    role: RoleName,
    output: MiniOutput = None,
    paper: Annotated[MiniPaper, typer.Option("--paper", help="The sheet.")] = MiniPaper.a4,
    grayscale: Annotated[bool, typer.Option("--grayscale", help="No colour at all.")] = False,
    roles_dir: RolesDir = None,
) -> None:
    """Render ROLE's mini-zine: eight pages on one sheet, one cut, no staples."""
    from printworks.minizine import MiniOptions, render_minizine

    def render(loaded: Role, layouts: Layouts) -> bytes:
        options = MiniOptions(paper.value, grayscale, source_date())
        return render_minizine(loaded, layouts, options)

    render_one(role, roles_dir, output, (".pdf", "a mini-zine is PDF"), "-mini.pdf", render)


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
        bool,
        typer.Option("--cmyk", help="Implied: the print edition is always CMYK (PDF/X-1a)."),
    ] = False,
    mini: Annotated[
        bool, typer.Option("--mini", help="Also each role's one-sheet mini-zine, <slug>-mini.pdf.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild even what is up to date.")
    ] = False,
    drafts: Annotated[
        bool, typer.Option("--drafts", help="Put the drafts in too (draft: true), stamped DRAFT.")
    ] = False,
) -> None:
    """Render every role's case file and deck, then zine.pdf and zine-booklet.pdf for printing
    (and, when asked, zine-print.pdf for a print shop and each role's mini-zine)."""
    from printworks import checks, lineup, loader
    from printworks.layout import shipped
    from printworks.report import ZineProgress, print_summary
    from printworks.zine import Interrupted, ZineOptions, build_zine, ordered_role_paths

    folder = loader.roles_dir(roles_dir)
    if (bleed or cmyk) and not for_print:
        typer.echo("--bleed and --cmyk are for the print edition: add --for-print", err=True)
        raise typer.Exit(2)
    try:
        options = ZineOptions(
            page_size.value,
            grayscale,
            _length(creep),
            crop_marks,
            source_date(),
            for_print=for_print,
            bleed=_length(bleed, "--bleed"),
            cmyk=cmyk,
            mini=mini,
            drafts=drafts,
        )
        paths, left_out = lineup.left_out(ordered_role_paths(folder), drafts)
        if not paths and not left_out:
            typer.echo(no_roles(folder), err=True)
            raise typer.Exit(1)
        # what the batch does not say itself, for each role made now (a reused one said it
        # when it was made): its warnings, and the checks' problems; each file checked as it
        # is read, and let go
        layouts = shipped()
        review = checks.Review(layouts, checks.coverage(layouts), file_errors=False, roles=folder)
        review.left_out = {p.resolve() for p in left_out}
        with ZineProgress(len(paths)) as progress:
            report = build_zine(
                folder,
                outdir,
                options,
                jobs=jobs,
                force=force,
                on_result=progress.advance,
                on_read=review.add,
            )
        found = review.problems()
    except Interrupted as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(130) from None
    except PrintworksError as exc:
        raise _fail(exc) from None
    print_summary(report)
    print_problems(found)
    failed = report.failed or report.zine_error or report.errors or not report.roles
    if failed or checks.severity_counts(found)[0]:
        raise typer.Exit(1)


@app.command()
def watch(
    role: RoleName,
    deck: Annotated[
        bool, typer.Option("--deck", help="Make the deck (.pptx) instead of the case file.")
    ] = False,
    output: WatchOutput = None,
    page_size: Annotated[PageSize, typer.Option("--page-size", help="Paper size.")] = PageSize.a4,
    grayscale: Annotated[bool, typer.Option("--grayscale", help="No colour at all.")] = False,
    roles_dir: RolesDir = None,
) -> None:
    """Render ROLE's case file again on every save of it, its layouts or fonts; Ctrl-C stops.

    Each file is written whole, so a viewer that reloads on change never shows half of one;
    a save with errors prints them and keeps the last good file.
    """
    from printworks import loader
    from printworks.watch import Watch, WatchOptions

    try:
        path = loader.find_role(role, loader.roles_dir(roles_dir))
        options = WatchOptions(path, output, deck, page_size.value, grayscale, roles_dir)
        Watch(options, echo=lambda line, problem: typer.echo(line, err=problem)).run()
    except PrintworksError as exc:
        raise _fail(exc) from None
    typer.echo("stopped watching")


@app.command()
def themes() -> None:
    """List the deck themes: name, then what habitat it fits (use one with deck --theme)."""
    from printworks.deck.style import DeckLayout  # the deck's layout model, lazily as a renderer
    from printworks.layout import shipped

    deck: DeckLayout = shipped().deck
    try:
        for name in deck.theme_names():
            theme = deck.theme(name).theme
            mark = " (default)" if name == deck.plan.default_theme else ""
            typer.echo(f"{name}\t{theme.name}{mark}: {theme.description}")
    except PrintworksError as exc:
        raise _fail(exc) from None


@app.command()
def dialects() -> None:
    """List the deck dialects: name, then whose voice it is (use one with deck --dialect)."""
    from printworks.deck.style import DeckLayout  # the deck's layout model, lazily as a renderer
    from printworks.layout import shipped

    deck: DeckLayout = shipped().deck
    try:
        for name in deck.dialect_names():
            mark = " (default)" if name == deck.plan.default_dialect else ""
            typer.echo(f"{name}{mark}\t{deck.dialect(name).about}")
    except PrintworksError as exc:
        raise _fail(exc) from None


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
    from printworks.scaffold import new_role_files, target_folder

    try:
        files = new_role_files(slug, target_folder(roles_dir))
        for path, data in files:
            write_atomic(path, data)
    except PrintworksError as exc:
        raise _fail(exc) from None
    typer.echo(str(files[0][0]))


# the deck's other commands, kept apart to keep this module short: `theme import`, `handout`
from printworks import deck_commands  # noqa: E402
from printworks.cli_theme import build_theme  # noqa: E402

deck_commands.theme_app.command("build")(build_theme)
app.add_typer(deck_commands.theme_app, name="theme")
app.command()(deck_commands.handout)
