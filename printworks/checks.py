"""Checks a role file cannot fail by itself: against the other roles, the layouts and the fonts.

Each check returns located :class:`~printworks.errors.Problem` lines, an error or a warning:
two roles with one case number or title, a related specimen that names no role file (with a
did-you-mean, even in a file with other errors), that names the role itself, or whose title or
summary says otherwise than its role's own file; day-log blocks out of order or overlapping; a
deck theme or an ``after:`` that the layouts do not have; characters no bundled font can print.
The problems of a file as such (its YAML, its fields) are the loader's.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from printworks.casefile.config import CasefileLayout
from printworks.errors import ERROR, WARNING, PrintworksError, Problem
from printworks.fonts import Coverage, charset
from printworks.keep import kept
from printworks.loader import MAX_FILE_BYTES, SUFFIX, RoleFile, check_role, role_paths
from printworks.messages import SLUG
from printworks.reading import read_role_file
from printworks.rolechecks import day_log, deck_section, glyphs
from printworks.yamldoc import Loc, sorted_problems

if TYPE_CHECKING:
    from printworks.layout import Layouts

_NAME = re.compile(SLUG.pattern)  # a theme given by name, not by folder
_UNIQUE = {"case_number": "case number", "title": "title"}  # what no two roles may share
# a top-level `case_number:` or `title:` line, its value plain, "double" or 'single' quoted
_HEAD_LINE = re.compile(
    r"^(case_number|title):[ \t]+"
    r"(?:\"((?:[^\"\\]|\\.)*)\"|'((?:[^']|'')*)'|(.*?))"  # "double", 'single' or plain
    r"(?:[ \t]+#.*)?[ \t]*$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Head:
    """What a role file says that no other may say too (its case number and title), and where."""

    path: Path
    values: dict[str, tuple[str, int, int]]  # field -> (value, line, column)

    @classmethod
    def of(cls, file: RoleFile) -> Head:
        """The head of a file read in full."""
        values = {}
        for name in _UNIQUE:
            value = _raw(file, name)
            if isinstance(value, str) and value.strip():
                values[name] = (value, *file.doc.where.get((name,), (1, 1)))
        return cls(file.path, values)

    @classmethod
    def scan(cls, path: Path, text: str) -> Head:
        """The head of a file from its text alone: the top-level lines that hold it."""
        values = {}
        for found in _HEAD_LINE.finditer(text):
            value = next((v for v in found.groups()[1:] if v is not None), "").strip()
            line = text.count("\n", 0, found.start()) + 1
            after_colon = text[found.end(1) + 1 : found.end()]
            column = len(found[1]) + 2 + len(after_colon) - len(after_colon.lstrip(" \t"))
            if value and found[1] not in values:
                values[found[1]] = (value, line, column)
        return cls(path, values)


@dataclass(frozen=True)
class Said:
    """What a role file's role says that its related specimens elsewhere repeat (its title and
    summary), each with where it stands: all a check of those specimens needs of the file."""

    fields: dict[str, tuple[str, str]]  # field -> (what it says, "path:line:column")

    @classmethod
    def of(cls, file: RoleFile) -> Said | None:
        """What ``file`` says; None when it has no role (it has errors)."""
        if file.role is None:
            return None
        fields = {}
        for name in ("title", "summary"):
            value = getattr(file.role, name)
            if value is not None:
                fields[name] = (str(value), _where(file, (name,)))
        return cls(fields)


def _read(path: Path) -> tuple[Said | None, Head]:
    """What the role file at ``path`` says, and its head, read as the case file reads it.
    Kept between runs (printworks.keep) under a digest of its bytes: a role made alone reads
    the roles it names as related, which seldom change while it is being written."""

    def read() -> tuple[Said | None, Head]:
        file = check_role(data, path, deck=False)
        return Said.of(file), Head.of(file)

    data = read_role_file(path)
    return kept(f"said:{path}", data, read)


@dataclass
class Shelf:
    """The role files of a folder, for checking one role against the others: of each file, read
    once while it is unchanged (a watch reads only what was saved), what the checks need of it
    (its head and what it says), never the whole file: a folder of a thousand roles is checked
    in the memory of a few."""

    folder: Path
    _said: dict[Path, tuple[tuple[int, int], Said | None]] = field(default_factory=dict)
    _heads: dict[Path, tuple[tuple[int, int], Head]] = field(default_factory=dict)
    _paths: dict[str, Path] | None = None

    def paths(self) -> dict[str, Path]:
        """Every role file of the folder, by slug (scanned once a shelf: call :meth:`rescan`
        when the folder may have changed)."""
        if self._paths is None:
            try:  # the loader's scan: no FIFO, no link out of the folder, no undecodable name
                paths = role_paths(self.folder)
            except PrintworksError:
                paths = []
            self._paths = {p.name.removesuffix(SUFFIX): p for p in paths}
        return self._paths

    def rescan(self) -> None:
        """Forget the folder's listing: the next :meth:`paths` scans it again."""
        self._paths = None

    def said(self, slug: str) -> Said | None:
        """What the role file ``slug`` says, or None when the folder has no such file or it
        has no role."""
        path = self.folder / f"{slug}{SUFFIX}"
        try:
            stat = path.stat()
        except OSError:
            return None
        stamp = (stat.st_mtime_ns, stat.st_size)
        kept = self._said.get(path)
        if kept is None or kept[0] != stamp:
            try:
                said, head = _read(path)
            except Exception:  # a file that vanished or cannot be read is no role to check
                return None
            kept = self._said[path] = (stamp, said)
            self._heads[path] = (stamp, head)
        return kept[1]

    def keep(self, file: RoleFile) -> Head:
        """Take what the checks need of ``file``, read already, as this folder's version of it
        while it is unchanged; its head."""
        head = Head.of(file)
        try:
            stat = file.path.stat()
        except OSError:
            return head
        stamp = (stat.st_mtime_ns, stat.st_size)
        self._said[file.path] = (stamp, Said.of(file))
        self._heads[file.path] = (stamp, head)
        return head

    def heads(self) -> list[Head]:
        """The head of every role file of the folder: from the file as read when it was, else
        from its text alone (a few lines of a file, not all of it, for each of many files)."""
        out = []
        for path in self.paths().values():
            try:
                stat = path.stat()
                stamp = (stat.st_mtime_ns, stat.st_size)
                kept = self._heads.get(path)
                if kept is None or kept[0] != stamp:
                    with path.open("rb") as f:  # a head is near the top; no file is read whole
                        text = f.read(MAX_FILE_BYTES).decode("utf-8-sig", errors="replace")
                    kept = self._heads[path] = (stamp, Head.scan(path, text))
                out.append(kept[1])
            except OSError:
                continue
        return out


class Review:
    """The checks of role files taken one at a time (a zine's or a folder's thousand): each is
    checked as it comes, against its folder, the ``layouts`` and the fonts (``coverage``: the
    code points they can print), and let go. Only the checks across files wait for
    :meth:`problems` (so a role named by another is read once, when it comes), and they need
    no more of a file than its head, what it says, and what its related specimens say.
    ``shelves`` are folders already read (a watch keeps its own); ``file_errors`` False leaves
    out each file's own errors, for a caller that reports them itself (the zine's table).
    ``alone``: the files are made one at a time (pdf, deck, watch), where two roles sharing a
    title or case number never meet: a warning, not an error. ``roles``: the roles folder in
    use, where a related slug is looked for too, beside each file's own folder."""

    def __init__(
        self,
        layouts: Layouts | None = None,
        coverage: Container[int] | None = None,
        shelves: Iterable[Shelf] = (),
        *,
        file_errors: bool = True,
        alone: bool = False,
        roles: Path | None = None,
    ):
        self.layouts, self.coverage, self.file_errors = layouts, coverage, file_errors
        self.alone = alone
        self._shelves = {shelf.folder.resolve(): shelf for shelf in shelves}
        self._scanned: set[Path] = set()
        self._heads: dict[Path, dict[Path, Head]] = {}  # folder -> path -> head, of those taken
        self._claims: dict[Path, list[Claim]] = {}  # folder -> what its related specimens say
        self._found: list[Problem] = []
        self._roles = None
        if roles is not None and roles.is_dir():
            self._roles = self._shelves.setdefault(roles.resolve(), Shelf(roles))
        self.left_out: set[Path] = set()  # files that do not meet the others (the zine's drafts)

    def add(self, file: RoleFile) -> None:
        """Check ``file``; what it says that the checks across files need is kept, no more."""
        folder = file.path.parent.resolve()
        shelf = self._shelves.get(folder)
        if shelf is None:
            shelf = self._shelves[folder] = Shelf(file.path.parent)
        if folder not in self._scanned:  # a kept shelf's listing may be old: read it again
            self._scanned.add(folder)
            shelf.rescan()
        self._heads.setdefault(folder, {})[file.path.resolve()] = shelf.keep(file)
        found = self._found
        found += [p for p in file.problems if self.file_errors or p.severity != ERROR]
        found += related_slugs(file, self._known(shelf))
        if file.role is None:
            return
        self._claims.setdefault(folder, []).extend(claims(file))  # checked once all are taken
        found += day_log(file)
        if self.layouts is not None:
            found += deck_section(file, self.layouts)
        if self.coverage is not None:
            found += glyphs(file, self.coverage)

    def _known(self, shelf: Shelf) -> dict[str, Path]:
        """The role files a related slug may name: the roles folder's, then the file's own."""
        roles = self._roles.paths() if self._roles is not None else {}
        return {**roles, **shelf.paths()}

    def problems(self) -> list[Problem]:
        """Every problem of the files taken so far, in file order."""
        found = list(self._found)
        severity = WARNING if self.alone else ERROR
        for folder, taken in self._heads.items():
            shelf = self._shelves[folder]
            both = _Either(shelf, self._roles)
            found += related_copy(self._claims.get(folder, ()), both)
            heads = [h for h in shelf.heads() if h.path.resolve() not in self.left_out]
            mine = [h for h in taken.values() if h.path.resolve() not in self.left_out]
            found += duplicates(mine, heads, severity)
        return sorted_problems(found)


@dataclass(frozen=True)
class _Either:
    """What a slug's file says, from a file's own folder, else from the roles folder."""

    own: Shelf
    roles: Shelf | None

    def said(self, slug: str) -> Said | None:
        found = self.own.said(slug)
        if found is None and self.roles is not None:
            found = self.roles.said(slug)
        return found


def review(
    files: Sequence[RoleFile],
    layouts: Layouts | None = None,
    coverage: Container[int] | None = None,
    shelves: Iterable[Shelf] = (),
    *,
    file_errors: bool = True,
    alone: bool = False,
    roles: Path | None = None,
) -> list[Problem]:
    """Every problem of ``files``: each file's own (its YAML and fields) and the checks'.

    ``file_errors``, ``alone`` and ``roles`` as for :class:`Review`.
    """
    taken = Review(layouts, coverage, shelves, file_errors=file_errors, alone=alone, roles=roles)
    for file in files:
        taken.add(file)
    return taken.problems()


# ---------------------------------------------------------------------------------------------
# the roles folder


def _where(file: RoleFile, loc: Loc) -> str:
    line, column = file.doc.where.get(loc, (1, 1))
    return f"{file.path}:{line}:{column}"


def _raw(file: RoleFile, *loc: str | int) -> object:
    node = file.doc.data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return None
    return node


def _same(a: str, b: str) -> bool:
    return _key(a) == _key(b)


def duplicates(
    taken: Sequence[Head], folder: Sequence[Head], severity: str = ERROR
) -> list[Problem]:
    """An error (or ``severity``) for each file of ``taken`` (the heads of the files read in
    full) whose case number or title another role of the ``folder`` already has."""
    everyone = {h.path.resolve(): h for h in folder}
    everyone.update({h.path.resolve(): h for h in taken})
    found = []
    for name, what in _UNIQUE.items():
        holders: dict[str, list[Head]] = {}
        for head in everyone.values():
            if name in head.values:
                holders.setdefault(_key(head.values[name][0]), []).append(head)
        for head in taken:
            if name not in head.values:
                continue
            value, at_line, at_column = head.values[name]
            same = holders.get(_key(value), [])
            others = [h for h in same if h.path.resolve() != head.path.resolve()]
            if not others:
                continue
            numbers = (
                h.values["case_number"][0] for h in everyone.values() if "case_number" in h.values
            )
            fix = (
                f"give each role its own, e.g. {_case_number_after(numbers)}"
                if name == "case_number"
                else "give each role its own title"
            )
            if severity != ERROR:
                fix += " before the two go in one zine"
            _, line, column = others[0].values[name]
            more = f" and {len(others) - 1} more" if len(others) > 1 else ""
            message = (
                f"{value!r} is also the {what} of {others[0].path}:{line}:{column}{more}: {fix}"
            )
            found.append(Problem(head.path, at_line, at_column, name, message, severity))
    return found


def _key(value: str) -> str:
    return " ".join(value.split()).casefold()


def _case_number_after(numbers: Iterable[str]) -> str:
    # the scaffold (and pydantic's JSON Schema), only when a clash needs a number to suggest
    from printworks.scaffold import case_number_after

    return case_number_after(numbers)


def related_slugs(file: RoleFile, known: dict[str, Path]) -> list[Problem]:
    """A role naming itself as related (an error); a related slug with no role file (a warning,
    with a did-you-mean). Read from the file's data, so it is said even when it has errors."""
    related = _raw(file, "related")
    found = []
    for index, specimen in enumerate(related if isinstance(related, list) else []):
        slug = specimen.get("slug") if isinstance(specimen, dict) else None
        if not isinstance(slug, str) or not _NAME.match(slug):
            continue  # no slug, or not one: the file's own check says so
        loc = ("related", index, "slug")
        if slug == file.slug:
            message = (
                f"{slug!r} is this role itself: a role cannot be its own related specimen; "
                "name another role, or remove this one"
            )
            found.append(file.doc.problem(loc, message))
        elif slug not in known:
            near = difflib.get_close_matches(slug, list(known), n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            message = (
                f"no role file '{slug}{SUFFIX}' in {_folders(file, known)}{hint}: mend the "
                "slug, or leave it out for a specimen with no file of its own"
            )
            found.append(file.doc.problem(loc, message, severity=WARNING))
    return found


def _folders(file: RoleFile, known: dict[str, Path]) -> str:
    """The folders a related slug of ``file`` was looked for in, as a reader would say them."""
    folders = dict.fromkeys([file.path.parent, *(p.parent for p in known.values())])
    return " or ".join(str(f) for f in folders)


@dataclass(frozen=True)
class Claim:
    """What a related specimen of a role file says of the role it names (its title or
    summary), and the problem's place should the named role's file say otherwise."""

    slug: str
    name: str  # "title" or "summary"
    says: str
    at: Problem  # located, with no message yet


def claims(file: RoleFile) -> list[Claim]:
    """What each related specimen of ``file`` says of another role."""
    assert file.role is not None
    found = []
    for index, specimen in enumerate(file.role.related):
        if not specimen.slug or specimen.slug == file.slug:
            continue
        for name in ("title", "summary"):
            at = file.doc.problem(("related", index, name), "", severity=WARNING)
            found.append(Claim(specimen.slug, name, str(getattr(specimen, name)), at))
    return found


def related_copy(found: Iterable[Claim], shelf: Shelf | _Either) -> list[Problem]:
    """A warning for each claim that says otherwise than the file of the role it names."""
    problems = []
    for claim in found:
        target = shelf.said(claim.slug)
        if target is None or claim.name not in target.fields:
            continue
        theirs, where = target.fields[claim.name]
        if _same(claim.says, theirs):
            continue
        message = f"says {claim.says!r}, but {where} says {theirs!r}: make the two the same"
        problems.append(replace(claim.at, message=message))
    return problems


def coverage(layouts: Layouts) -> Coverage:
    """The code points some face of the case file (its styles and fallbacks) has a glyph for."""
    layout: CasefileLayout = layouts.casefile
    chains = layout.fonts
    aliases = dict.fromkeys(
        a for style in type(chains).model_fields for a in getattr(chains, style)
    )
    paths = [layouts.fonts.path(alias) for alias in aliases]
    return Coverage(lambda path=path: charset(path) for path in paths)


def severity_counts(problems: Sequence[Problem]) -> tuple[int, int]:
    """How many of ``problems`` are errors, and how many warnings."""
    errors = sum(p.severity == ERROR for p in problems)
    return errors, len(problems) - errors
