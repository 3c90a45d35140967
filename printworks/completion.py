"""What the shell completes (typer's completion, ``printworks --install-completion``): role
slugs from the roles folder in use, theme names, page sizes. Each is read when asked, never at
import, so ``printworks --help`` stays quick."""

from __future__ import annotations

from pathlib import Path

import typer

from printworks.resources import layouts_dir


def role_slugs(ctx: typer.Context, incomplete: str) -> list[str]:
    """The slugs of the roles folder the command would read (``--roles-dir`` when given
    before, else $PRINTWORKS_ROLES, ./roles or the shipped roles) that start as typed."""
    from printworks import loader  # the model (pydantic), only when a slug is completed

    try:
        folder = loader.roles_dir(ctx.params.get("roles_dir"))
        slugs = [p.name.removesuffix(loader.SUFFIX) for p in loader.role_paths(folder)]
    except Exception:  # a completion never fails the shell: no folder, no slugs
        return []
    return [slug for slug in slugs if slug.startswith(incomplete)]


def theme_names(incomplete: str) -> list[str]:
    """The shipped deck themes that start as typed."""
    try:
        themes = sorted(
            p.name
            for p in (Path(layouts_dir()) / "deck" / "themes").iterdir()
            if (p / "theme.yaml").is_file()
        )
    except OSError:
        return []
    return [name for name in themes if name.startswith(incomplete)]


def dialect_names(incomplete: str) -> list[str]:
    """The shipped deck dialects that start as typed."""
    from printworks.resources import layouts_dir

    try:
        names = sorted(p.stem for p in (Path(layouts_dir()) / "deck" / "dialects").glob("*.yaml"))
    except OSError:
        return []
    return [name for name in names if name.startswith(incomplete)]
