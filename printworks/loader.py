"""Role files -> :class:`~printworks.model.Role`, with every problem located to line and column
(see :mod:`printworks.yamldoc`); finding a role by slug or path; the roles folder."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path

from printworks import yamldoc
from printworks.errors import Problem, RoleInvalid, RoleNotFound
from printworks.model import Role
from printworks.resources import shipped_roles_dir

ROLES_ENV = "PRINTWORKS_ROLES"
SUFFIX = ".yaml"


@dataclass
class RoleFile:
    """A role file as read: its role (None when the file has errors), the document with where
    each value stands, and every problem found in it, errors and warnings."""

    path: Path
    role: Role | None
    doc: yamldoc.Document

    @property
    def slug(self) -> str:
        return self.path.name.removesuffix(SUFFIX)

    @property
    def problems(self) -> list[Problem]:
        return self.doc.problems

    @property
    def errors(self) -> list[Problem]:
        return self.doc.errors


def check_role(text: str | bytes, path: Path | str, slug: str | None = None) -> RoleFile:
    """The role file ``path`` holding ``text``, read with every problem it has (never raises)."""
    path = Path(path)
    role, doc = yamldoc.check(text, path, Role, what="a role file")
    if role is not None:
        role.with_slug(slug if slug is not None else path.name.removesuffix(SUFFIX))
    return RoleFile(path, role, doc)


def read_role(path: Path) -> RoleFile:
    """The role file at ``path``, read with every problem it has; raises only if unreadable."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RoleNotFound(f"{path}: cannot read: {exc.strerror}") from None
    return check_role(raw, path)


def parse_role(text: str | bytes, path: Path | str, slug: str | None = None) -> Role:
    """The role held in ``text``; raises :class:`RoleInvalid` listing every error."""
    found = check_role(text, path, slug)
    if found.role is None:
        raise RoleInvalid(found.errors)
    return found.role


def load_role(path: Path) -> Role:
    """The role in the file at ``path``."""
    found = read_role(path)
    if found.role is None:
        raise RoleInvalid(found.errors)
    return found.role


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
    return sorted(folder.glob(f"*{SUFFIX}"))


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
    if path.resolve().parent != folder.resolve() or not path.is_file():
        known = [p.stem for p in role_paths(folder)] if folder.is_dir() else []
        near = difflib.get_close_matches(slug, known, n=1)
        hint = f" (did you mean '{near[0]}'?)" if near else ""
        raise RoleNotFound(f"no role '{slug}' in {folder}{hint}")
    return path
