"""``printworks theme build``: a theme's template.pptx made again from its theme.yaml."""

from __future__ import annotations

from typing import Annotated

import typer

from printworks.commands import RolesDir, fail
from printworks.deck_commands import theme_option
from printworks.errors import PrintworksError


def build_theme(
    theme: Annotated[str, typer.Argument(help="A theme's name, or a theme folder.")],
    roles_dir: RolesDir = None,
) -> None:
    """Make THEME's template.pptx from its theme.yaml (colours, fonts, sizes and the shapes of
    its build: section), so that its masters and layouts match its slides.

    Says the template's path, and whether it changed. An imported theme keeps its own template.
    """
    # python-pptx and the layouts, when a theme is built (the CLI imports this module for --help)
    from printworks.deck.theme_build import build_folder
    from printworks.layout import shipped

    try:
        found = shipped().deck.theme(theme_option(theme, roles_dir))
        path, changed = build_folder(found)
    except PrintworksError as exc:
        raise fail(exc) from None
    typer.echo(f"{path} ({'rebuilt' if changed else 'unchanged: already made from theme.yaml'})")
