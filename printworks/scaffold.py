"""A new role file to fill in: every section and field, commented, with placeholders that validate.

The scaffold is the Jinja2 template ``layouts/scaffold.yaml.j2``; the slug, and the title and
case number made from it, go in as data. This module only says what to write where: the CLI
writes it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from printworks.errors import PrintworksError
from printworks.loader import ROLES_ENV, SUFFIX, load_role, role_paths, roles_dir
from printworks.model import Slug
from printworks.resources import layouts_dir, shipped_roles_dir
from printworks.schema import SCHEMA_FILE, role_schema_text

TEMPLATE = "scaffold.yaml.j2"
CASE_PREFIX = "OTI"
_PACKAGE = Path(__file__).resolve().parent
_CASE = re.compile(rf"^{CASE_PREFIX}-(\d+)$")


class ScaffoldError(PrintworksError):
    """A new role that cannot be started: a bad slug, or a role that already exists."""


def check_slug(slug: str) -> str:
    """``slug`` itself, if it is a valid role slug: lowercase words joined by hyphens."""
    try:
        return TypeAdapter(Slug).validate_python(slug)
    except ValidationError:
        raise ScaffoldError(
            f"{slug!r} is not a role slug: use lowercase letters and digits in words "
            "joined by hyphens, e.g. chief-vibes-officer"
        ) from None


def target_folder(explicit: Path | str | None = None) -> Path:
    """Where new roles go: the roles folder, but never the one installed inside printworks.

    When the folder was not chosen (no option, no $PRINTWORKS_ROLES) and the usual lookup
    falls back on the shipped roles, the new role goes to ./roles instead.
    """
    folder = roles_dir(explicit)
    if folder.resolve() != shipped_roles_dir().resolve():
        return folder
    if not (explicit or os.environ.get(ROLES_ENV)):
        return Path("roles")
    if folder.resolve().is_relative_to(_PACKAGE):
        raise ScaffoldError(
            f"{folder} is the roles folder installed inside printworks; "
            "give --roles-dir a folder of your own"
        )
    return folder


def next_case_number(folder: Path) -> str:
    """The case number after the highest ``OTI-NNNN`` among the valid roles in ``folder``."""
    highest = 0
    for path in role_paths(folder) if folder.is_dir() else []:
        try:
            found = _CASE.match(load_role(path).case_number)
        except PrintworksError:
            continue  # a broken role file must not stop a new one being started
        if found:
            highest = max(highest, int(found[1]))
    return f"{CASE_PREFIX}-{highest + 1:04d}"


def scaffold_text(slug: str, case_number: str) -> str:
    """The scaffold for the role ``slug``, as YAML text."""
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    slug = check_slug(slug)
    env = SandboxedEnvironment(
        loader=FileSystemLoader(layouts_dir()),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    title = " ".join(word.capitalize() for word in slug.split("-"))
    return env.get_template(TEMPLATE).render(
        slug=slug, file_name=f"{slug}{SUFFIX}", title=title, case_number=case_number
    )


def new_role_files(slug: str, folder: Path) -> list[tuple[Path, bytes]]:
    """The files that start role ``slug`` in ``folder``: the role first, then the schema if absent.

    Raises :class:`ScaffoldError` if ``slug`` is not a slug or the role file already exists.
    """
    slug = check_slug(slug)
    path = folder / f"{slug}{SUFFIX}"
    if path.exists():
        raise ScaffoldError(f"{path} already exists; not overwriting it")
    files = [(path, scaffold_text(slug, next_case_number(folder)).encode("utf-8"))]
    schema = folder / SCHEMA_FILE
    if not schema.exists():
        files.append((schema, role_schema_text().encode("utf-8")))
    return files
