"""The ``printworks`` command: parse arguments, call the library, report. Nothing else."""

from __future__ import annotations

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


@app.command()
def schema() -> None:
    """Print the JSON Schema of a role file (for yaml-language-server and other editors)."""
    from printworks.schema import role_schema_text

    typer.echo(role_schema_text(), nl=False)
