"""Role files -> :class:`~printworks.model.Role`, with every problem located to line and column
(see :mod:`printworks.yamldoc`); finding a role by slug or path; the roles folder."""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable
from pathlib import Path

from printworks import yamldoc
from printworks.errors import Invalid, Problem, RoleInvalid, RoleNotFound
from printworks.issue import ISSUE_FILE
from printworks.model import Role
from printworks.resources import shipped_roles_dir

ROLES_ENV = "PRINTWORKS_ROLES"
SUFFIX = ".yaml"
# files of the roles folder that are not roles: the zine's issue file
NOT_ROLES = frozenset({ISSUE_FILE})


def parse_role(text: str | bytes, path: Path | str, slug: str | None = None) -> Role:
    """The role held in ``text``; raises :class:`RoleInvalid` listing every problem."""
    path = Path(path)
    slug = slug if slug is not None else path.name.removesuffix(SUFFIX)
    try:
        role = yamldoc.load(text, path, Role, what="a role file")
    except Invalid as exc:
        raise RoleInvalid(exc.problems) from None
    return role.with_slug(slug)


def load_role(path: Path) -> Role:
    """The role in the file at ``path``."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RoleNotFound(f"{path}: cannot read: {exc.strerror}") from None
    return parse_role(raw, path)


def roles_dir(explicit: Path | str | None = None) -> Path:
    """The roles folder: the one named, else $PRINTWORKS_ROLES, else ./roles, else the shipped."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ROLES_ENV):
        return Path(os.environ[ROLES_ENV])
    local = Path("roles")
    return local if local.is_dir() else shipped_roles_dir()


def role_paths(folder: Path) -> list[Path]:
    """Every role file in ``folder``, ordered by slug."""
    if not folder.is_dir():
        raise RoleNotFound(f"{folder}: no such roles folder")
    return sorted(p for p in folder.glob(f"*{SUFFIX}") if p.name not in NOT_ROLES)


def find_role(name: str, folder: Path) -> Path:
    """The file of ROLE ``name``: a slug in ``folder`` or a path to a .yaml file."""
    if name.endswith(SUFFIX) and ("/" in name or os.sep in name or Path(name).is_file()):
        path = Path(name)
        if not path.is_file():
            raise RoleNotFound(f"{name}: no such role file")
        return path
    slug = name.removesuffix(SUFFIX)
    if not slug or any(c in slug for c in "/\\") or slug.startswith(".") or "\0" in slug:
        raise RoleNotFound(
            f"{name!r} is not a role slug: a slug is a file name in {folder}, "
            f"with no folders in it (give a path ending in {SUFFIX} for a file elsewhere)"
        )
    path = folder / f"{slug}{SUFFIX}"
    if path.name in NOT_ROLES or path.resolve().parent != folder.resolve() or not path.is_file():
        known = [p.stem for p in role_paths(folder)] if folder.is_dir() else []
        near = difflib.get_close_matches(slug, known, n=1)
        hint = f" (did you mean '{near[0]}'?)" if near else ""
        raise RoleNotFound(f"no role '{slug}' in {folder}{hint}")
    return path


def link_warnings(roles: Iterable[tuple[Path, Role]], folder: Path) -> list[Problem]:
    """A warning for each related specimen whose slug names no role file in ``folder``."""
    known = {p.stem for p in folder.glob(f"*{SUFFIX}")} if folder.is_dir() else set()
    warnings = []
    for path, role in roles:
        for index, specimen in enumerate(role.related):
            if specimen.slug and specimen.slug not in known:
                doc = yamldoc.read(path.read_text(encoding="utf-8-sig"), path)
                message = f"no role file '{specimen.slug}{SUFFIX}' in {folder}"
                warnings.append(doc.problem(("related", index, "slug"), message))
    return warnings
