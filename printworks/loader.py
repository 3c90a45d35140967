"""Role files -> :class:`~printworks.model.Role`, with every problem located to line and column
(see :mod:`printworks.yamldoc`); finding a role by slug or path; the roles folder."""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from printworks import yamldoc
from printworks.errors import WARNING, Problem, RoleInvalid, RoleNotFound
from printworks.issue import ISSUE_FILE
from printworks.model import CaseFileRole, Role
from printworks.reading import MAX_FILE_BYTES, kind_of, read_role_file, reason
from printworks.resources import shipped_roles_dir

ROLES_ENV = "PRINTWORKS_ROLES"
SUFFIX = ".yaml"
# files of the roles folder that are not roles: the zine's issue file
NOT_ROLES = frozenset({ISSUE_FILE})


# the output names of a zine: a role by one of these names would overwrite them
RESERVED_SLUGS = frozenset({"zine", "zine-booklet", "zine-print"})
RESERVED_SUFFIX = "-mini"  # <slug>-mini.pdf is a role's mini-zine
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


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


def check_role(
    text: str | bytes, path: Path | str, slug: str | None = None, *, deck: bool = True
) -> RoleFile:
    """The role file ``path`` holding ``text``, read with every problem it has (never raises).

    ``deck=False`` reads it as the case file does: without its ``deck:`` section, which is
    neither validated nor kept (see :class:`~printworks.model.CaseFileRole`)."""
    path = Path(path)
    slug = slug if slug is not None else path.name.removesuffix(SUFFIX)
    refused = _slug_problem(slug)
    if refused is None and len(text) > MAX_FILE_BYTES:
        refused = (
            f"the file is over {MAX_FILE_BYTES:,} bytes, the most a role file may hold: "
            "a role is a few pages of text"
        )
    if refused is not None:
        doc = yamldoc.Document(path, None, problems=[Problem(path, 1, 1, "(file)", refused)])
        return RoleFile(path, None, doc)
    model = Role if deck else CaseFileRole
    role, doc = yamldoc.check(text, path, model, what="a role file")
    if role is not None:
        role.with_slug(slug)
    return RoleFile(path, role, doc)


def read_role(path: Path, *, deck: bool = True) -> RoleFile:
    """The role file at ``path``, read with every problem it has; raises only if unreadable.
    ``deck=False``: without its ``deck:`` section, as the case file reads it."""
    return check_role(read_role_file(path), path, deck=deck)


def parse_role(text: str | bytes, path: Path | str, slug: str | None = None) -> Role:
    """The role held in ``text``; raises :class:`RoleInvalid` listing every error."""
    found = check_role(text, path, slug)
    if found.role is None:
        raise RoleInvalid(found.errors)
    return found.role


def _slug_problem(slug: str) -> str | None:
    """Why the file name ``slug`` cannot be a role's, or None."""
    if not _SLUG.match(slug):
        return (
            f"the file name {slug!r} is not a role slug: use lowercase words joined by hyphens, "
            f"e.g. chief-vibes-officer{SUFFIX}, and rename the file"
        )
    if slug in RESERVED_SLUGS or slug.endswith(RESERVED_SUFFIX):
        return (
            f"the file name {slug!r} is kept for the zine's own output ({slug}.pdf); "
            "rename the role file"
        )
    return None


def load_role(path: Path) -> Role:
    """The role in the file at ``path``: a regular file, read only up to the size allowed."""
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
    """Every role file in ``folder``, ordered by slug: regular files (or links to them) inside
    the folder. What else is there is told by :func:`folder_problems`."""
    return [path for path, problem in _scan(folder) if problem is None]


def folder_problems(folder: Path) -> list[Problem]:
    """One line for each ``*.yaml`` entry of ``folder`` that is not read as a role: a link that
    leaves the folder or goes round in a loop, a FIFO or a folder, a name that is not UTF-8."""
    return [problem for _, problem in _scan(folder) if problem is not None]


def _scan(folder: Path) -> list[tuple[Path, Problem | None]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except FileNotFoundError:
        raise RoleNotFound(f"{folder}: no such roles folder") from None
    except NotADirectoryError:
        raise RoleNotFound(
            f"{folder}: is not a folder; give the folder that holds the role files"
        ) from None
    except OSError as exc:
        raise RoleNotFound(f"{folder}: cannot read the roles folder: {reason(exc)}") from None
    inside = folder.resolve()
    out: list[tuple[Path, Problem | None]] = []
    for entry in entries:
        if not entry.name.endswith(SUFFIX) or entry.name.startswith(".") or entry.name in NOT_ROLES:
            continue
        path = folder / entry.name
        try:
            entry.name.encode("utf-8")
        except UnicodeEncodeError:
            shown = entry.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            out.append((path, _entry(folder / shown, "the file name is not UTF-8; rename it")))
            continue
        message = None
        try:
            if entry.is_symlink():
                target = path.resolve(strict=True)
                if target.parent != inside:
                    message = (
                        f"is a link to {target}, outside the roles folder; "
                        "roles are read only from inside it"
                    )
            if message is None:
                kind = kind_of(path.stat().st_mode)
                if kind:
                    message = f"is {kind}, not a role file; skipped"
        except RuntimeError:
            message = "is a link that leads round in a loop; skipped"
        except OSError as exc:
            message = f"cannot be read: {reason(exc)}; skipped"
        out.append((path, _entry(path, message) if message else None))
    return out


def _entry(path: Path, message: str) -> Problem:
    return Problem(path, 0, 0, "(file)", message)


def find_role(name: str, folder: Path) -> Path:
    """The file of ROLE ``name``: a slug in ``folder`` or a path to a .yaml file."""
    if name.endswith(SUFFIX) and ("/" in name or os.sep in name or Path(name).is_file()):
        path = Path(name)
        if not path.exists():
            raise RoleNotFound(f"{name}: no such role file")
        return path  # reading it says what is wrong with anything but a regular file
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


def without_deck(file: RoleFile) -> RoleFile:
    """``file`` as the case file reads it: when its only errors are in the ``deck:`` section
    (which only the deck reads), the role without that section, those errors said as
    warnings; else ``file`` as it is."""
    errors = file.errors
    data = file.doc.data
    in_deck = [p for p in errors if p.field == "deck" or p.field.startswith(("deck.", "deck["))]
    if file.role is not None or not errors or len(in_deck) != len(errors):
        return file
    if not isinstance(data, dict):
        return file
    try:
        role = Role.model_validate({k: v for k, v in data.items() if k != "deck"})
    except ValueError:
        return file
    role.with_slug(file.slug)
    tail = " (only the deck reads deck:; the case file is made without it)"
    warned = [
        replace(p, message=p.message + tail, severity=WARNING) if p in in_deck else p
        for p in file.doc.problems
    ]
    doc = replace(file.doc, problems=warned)
    return RoleFile(file.path, role, doc)
