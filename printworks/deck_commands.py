"""The deck's other commands, ``theme import`` and ``handout``: parse, call the library,
report (see cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from printworks.commands import RolesDir, fail, render_one
from printworks.errors import PrintworksError
from printworks.output import source_date

# The model, the layouts, python-pptx and LibreOffice's helpers are imported by the command that
# needs them: the CLI imports this module for `printworks --help` too.

theme_app = typer.Typer(
    help="Deck themes: import a company's template, or build a theme's template from its YAML.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def user_themes(roles_dir: Path | None) -> Path:
    """Where the user's themes live, for the roles folder the command line means."""
    from printworks import loader
    from printworks.user_themes import themes_dir

    return themes_dir(loader.roles_dir(roles_dir), loader.shipped_roles_dir())


def theme_option(theme: str | None, roles_dir: Path | None) -> str | None:
    """``--theme NAME``: a shipped theme, else the user's theme folder of that name."""
    from printworks.layout import shipped
    from printworks.user_themes import resolve

    return resolve(theme, shipped().deck.theme_names(), user_themes(roles_dir))


@theme_app.command("import")
def import_template(
    template: Annotated[Path, typer.Argument(help="The company template, .pptx or .potx.")],
    name: Annotated[str, typer.Argument(help="The new theme's name, e.g. acme-corp.")],
    outdir: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--outdir",
            help="Folder to put the theme folder in (default: themes/ beside the roles folder).",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace a theme of that name.")] = False,
    roles_dir: RolesDir = None,
) -> None:
    """Read TEMPLATE's colours, fonts and layouts into a deck theme called NAME.

    Says one line for each thing it could not take as it was, then the theme's folder; use
    it with `printworks deck ROLE --theme NAME`.
    """
    from printworks.user_themes import import_theme

    try:
        written = import_theme(template, name, outdir or user_themes(roles_dir), force=force)
    except PrintworksError as exc:
        raise fail(exc) from None
    for line in written.notes:
        typer.echo(line, err=True)
    typer.echo(str(written.folder))


def handout_render(theme: str | None, roles_dir: Path | None):
    """What ``handout`` renders a role with: its deck, printed as notes pages."""

    def render(loaded, layouts) -> bytes:
        from printworks.deck import DeckOptions, render_deck
        from printworks.handout import INSTALL, HandoutError, print_handout, soffice

        command = soffice()
        if command is None:  # said before the deck is made: nothing to print it with
            raise HandoutError(INSTALL)
        options = DeckOptions(theme=theme_option(theme, roles_dir), date=source_date())
        return print_handout(render_deck(loaded, layouts, options), command)

    return render


def handout(
    role: Annotated[str, typer.Argument(help="Role slug, or path to a .yaml file.")],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Where to write (default: out/<slug>-handout.pdf).",
            dir_okay=False,
        ),
    ] = None,
    theme: Annotated[
        str | None, typer.Option("--theme", help="As for deck: a theme's name or folder.")
    ] = None,
    roles_dir: RolesDir = None,
) -> None:
    """Print ROLE's truth edition: each slide above its speaker notes, a PDF (needs LibreOffice)."""
    kind = (".pdf", "a handout is PDF")
    render = handout_render(theme, roles_dir)
    render_one(role, roles_dir, output, kind, "-handout.pdf", render, glyphs=False)
