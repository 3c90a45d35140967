"""A user's own deck themes: where they live, how a name finds one, and writing one imported
from a company template.

A user's themes live in ``themes/`` beside the roles folder (``./themes`` when the roles are
the shipped ones), one folder a theme, each like a shipped theme's: ``theme.yaml`` and
``template.pptx``. A theme name on the command line is looked for among the shipped themes
first, then there; a folder path is taken as it is.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from printworks.errors import PrintworksError
from printworks.output import OutputError

THEMES = "themes"
THEME_FILE = "theme.yaml"
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class ThemeNameError(PrintworksError):
    """A theme name that cannot be used for a new theme."""


def themes_dir(roles_folder: Path, shipped_roles: Path) -> Path:
    """Where a user's themes live: beside ``roles_folder``, or ``./themes`` for the shipped."""
    if roles_folder.resolve() == shipped_roles.resolve():
        return Path(THEMES)
    return roles_folder.parent / THEMES


def resolve(name: str | None, shipped: list[str], folder: Path) -> str | None:
    """What the deck is asked for when the command line says ``name``: a shipped theme's
    name, else the user's theme folder of that name when there is one, else ``name``."""
    if (
        name
        and _NAME.match(name)
        and name not in shipped
        and (folder / name / THEME_FILE).is_file()
    ):
        return str(folder / name)
    return name


@dataclass(frozen=True)
class Written:
    """A theme folder written, and what the import had to say about the template."""

    folder: Path
    notes: list[str]


def import_theme(source: Path, name: str, folder: Path, *, force: bool = False) -> Written:
    """Read the template ``source`` into the theme folder ``folder``/``name`` (whole or not
    at all; ``force`` replaces a theme already there)."""
    # python-pptx and the layouts, only when a template is read (this module names themes too)
    from printworks.deck.theme_import import ThemeImportError, read_template
    from printworks.layout import shipped

    deck = shipped().deck
    if not _NAME.match(name):
        raise ThemeNameError(
            f"{name!r}: a theme name is lower-case letters and digits in words joined by "
            "hyphens, e.g. acme-corp"
        )
    if name in deck.theme_names():
        raise ThemeNameError(f"{name!r} is a shipped theme's name: choose another")
    target = folder / name
    if target.exists() and not force:
        raise OutputError(f"{target}: a theme is already there; add --force to replace it")
    try:
        shipped_themes = [deck.theme(n).theme for n in deck.theme_names()]
        imported = read_template(source, deck.theme(), name, shipped_themes)
    except (ValueError, KeyError, AttributeError, TypeError, IndexError) as exc:
        # a package python-pptx opened but whose parts are not what a template holds
        raise ThemeImportError(f"{source}: cannot read as a template: {exc}") from None
    text = _yaml(source, imported.data, imported.notes)
    files = {THEME_FILE: text.encode(), "template.pptx": imported.template}
    # read back as every theme is read before it takes the name: a located error if it is off
    _write_folder(target, files, lambda made: deck.theme(str(made.resolve())))
    return Written(target, imported.notes)


def _yaml(source: Path, data: dict, notes: list[str]) -> str:
    head = [
        f"# Imported by `printworks theme import` from {source.name}: its colour scheme, fonts,",
        "# slide size and layouts; type, fitting and cards from the default theme. Edit freely.",
    ]
    if notes:
        head.append("# What could not be taken as it was:")
        head += [f"#   {line}" for line in notes]
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return "\n".join(head) + "\n" + body


def _write_folder(target: Path, files: dict[str, bytes], check) -> None:
    """``files`` as the folder ``target``: made beside it, ``check``ed, renamed into place."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    except OSError as exc:
        raise OutputError(f"{target}: {exc.strerror or exc}".lower()) from None
    old = None
    try:
        for name, data in files.items():
            (temp / name).write_bytes(data)
        os.chmod(temp, 0o755)
        check(temp)
        if target.exists():
            old = target.with_name(f".{target.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
        os.replace(temp, target)
    except PrintworksError:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        if old is not None and not target.exists():
            os.replace(old, target)
        raise OutputError(f"{target}: {exc.strerror or exc}".lower()) from None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
