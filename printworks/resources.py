"""Where the files that ship with printworks are: layouts, fonts and the example roles.

In an installed wheel they sit inside the package (``printworks/_data``); in a source checkout
they are the top-level folders beside the package. Never the current directory.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _data_root() -> Path:
    bundled = _PACKAGE / "_data"
    return bundled if (bundled / "layouts").is_dir() else _PACKAGE.parent


def layouts_dir() -> Path:
    return _data_root() / "layouts"


def fonts_dir() -> Path:
    return _data_root() / "fonts"


def shipped_roles_dir() -> Path:
    return _data_root() / "roles"
