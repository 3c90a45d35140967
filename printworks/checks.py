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
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from printworks.errors import ERROR, WARNING, PrintworksError, Problem
from printworks.loader import MAX_FILE_BYTES, SUFFIX, RoleFile, read_role, role_paths
from printworks.markup import Text
from printworks.messages import SLUG, one_of
from printworks.yamldoc import Loc, sorted_problems

if TYPE_CHECKING:
    from printworks.fonts import Coverage
    from printworks.layout import Layouts

_SPACES = frozenset(map(ord, " \n\r\t"))
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
                file = read_role(path)
            except Exception:  # a file that vanished or cannot be read is no role to check
                return None
            kept = self._said[path] = (stamp, Said.of(file))
            self._heads[path] = (stamp, Head.of(file))
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
    out each file's own errors, for a caller that reports them itself (the zine's table)."""

    def __init__(
        self,
        layouts: Layouts | None = None,
        coverage: Container[int] | None = None,
        shelves: Iterable[Shelf] = (),
        *,
        file_errors: bool = True,
    ):
        self.layouts, self.coverage, self.file_errors = layouts, coverage, file_errors
        self._shelves = {shelf.folder.resolve(): shelf for shelf in shelves}
        self._scanned: set[Path] = set()
        self._heads: dict[Path, dict[Path, Head]] = {}  # folder -> path -> head, of those taken
        self._claims: dict[Path, list[Claim]] = {}  # folder -> what its related specimens say
        self._found: list[Problem] = []

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
        found += related_slugs(file, shelf.paths())
        if file.role is None:
            return
        self._claims.setdefault(folder, []).extend(claims(file))  # checked once all are taken
        found += day_log(file)
        if self.layouts is not None:
            found += deck_section(file, self.layouts)
        if self.coverage is not None:
            found += glyphs(file, self.coverage)

    def problems(self) -> list[Problem]:
        """Every problem of the files taken so far, in file order."""
        found = list(self._found)
        for folder, taken in self._heads.items():
            found += related_copy(self._claims.get(folder, ()), self._shelves[folder])
            found += duplicates(list(taken.values()), self._shelves[folder].heads())
        return sorted_problems(found)


def review(
    files: Sequence[RoleFile],
    layouts: Layouts | None = None,
    coverage: Container[int] | None = None,
    shelves: Iterable[Shelf] = (),
    *,
    file_errors: bool = True,
) -> list[Problem]:
    """Every problem of ``files``: each file's own (its YAML and fields) and the checks'.

    ``file_errors`` False leaves out each file's own errors, for a caller that reports them
    itself (the zine's table).
    """
    taken = Review(layouts, coverage, shelves, file_errors=file_errors)
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


def duplicates(taken: Sequence[Head], folder: Sequence[Head]) -> list[Problem]:
    """An error for each file of ``taken`` (the heads of the files read in full) whose case
    number or title another role of the ``folder`` already has."""
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
            _, line, column = others[0].values[name]
            more = f" and {len(others) - 1} more" if len(others) > 1 else ""
            message = (
                f"{value!r} is also the {what} of {others[0].path}:{line}:{column}{more}: {fix}"
            )
            found.append(Problem(head.path, at_line, at_column, name, message, ERROR))
    return found


def _key(value: str) -> str:
    return " ".join(value.split()).casefold()


def _case_number_after(numbers: Iterable[str]) -> str:
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
                f"no role file '{slug}{SUFFIX}' in {file.path.parent}{hint}: mend the slug, or "
                "leave it out for a specimen with no file of its own"
            )
            found.append(file.doc.problem(loc, message, severity=WARNING))
    return found


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


def related_copy(found: Iterable[Claim], shelf: Shelf) -> list[Problem]:
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


# ---------------------------------------------------------------------------------------------
# the role itself


def day_log(file: RoleFile) -> list[Problem]:
    """A warning for each block of the day log that starts before the block above it, or while
    an earlier block is still going."""
    assert file.role is not None
    found = []
    latest: tuple[str, str] | None = None  # the block that ends last so far
    previous = None
    for index, entry in enumerate(file.role.day_log):
        loc = ("day_log", index, "start")
        if previous is not None and entry.start < previous.start:
            message = (
                f"starts at {entry.start}, before the block above ({previous.start}–"
                f"{previous.end}): list the blocks in the order of the day"
            )
            found.append(file.doc.problem(loc, message, severity=WARNING))
        elif latest is not None and entry.start < latest[1]:
            message = (
                f"starts at {entry.start}, while the block {latest[0]}–{latest[1]} above is "
                f"still going: start it at {latest[1]} or later, or end that block earlier"
            )
            found.append(file.doc.problem(loc, message, severity=WARNING))
        if latest is None or entry.end > latest[1]:
            latest = (entry.start, entry.end)
        previous = entry
    return found


def deck_section(file: RoleFile, layouts: Layouts) -> list[Problem]:
    """An error for a deck theme the layouts have no folder for, and for each own slide that
    goes ``after:`` a standing slide the deck does not have."""
    deck = file.role.deck if file.role else None
    if deck is None:
        return []
    found = []
    if deck.theme is not None:
        names = layouts.deck.theme_names()
        if _NAME.match(deck.theme) and deck.theme not in names:
            message = one_of(deck.theme, names, "a theme")
            found.append(file.doc.problem(("deck", "theme"), message))
        elif not _NAME.match(deck.theme) and not (Path(deck.theme) / "theme.yaml").is_file():
            message = (
                f"no theme folder at {deck.theme!r} (a theme folder holds a theme.yaml): "
                f"name a theme ({', '.join(names)}) or give the path of a theme folder"
            )
            found.append(file.doc.problem(("deck", "theme"), message))
    standing = list(layouts.deck.plan.slides)
    for index, slide in enumerate(deck.slides):
        if slide.after is not None and slide.after not in standing:
            message = one_of(slide.after, standing, "a standing slide")
            found.append(file.doc.problem(("deck", "slides", index, "after"), message))
    return found


def _texts(value: object, loc: Loc) -> Iterator[tuple[Loc, Text]]:
    if isinstance(value, Text):
        yield loc, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*loc, index))
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name), (*loc, name))


def glyphs(file: RoleFile, coverage: Container[int]) -> list[Problem]:
    """A warning for each field holding characters that no bundled font can print (they would
    print as their code), located at the first of them."""
    assert file.role is not None
    found: list[Problem] = []
    texts = [(loc, text.visible) for loc, text in _texts(file.role, ())]
    # every character of the role looked up once (a space or line break is no glyph to look
    # for, and would have every face read to find it in none); most roles have none missing
    used = set("".join(t for _, t in texts)) - {chr(c) for c in _SPACES}
    unprintable = {c for c in used if ord(c) not in coverage}
    if not unprintable:
        return found
    for loc, visible in texts:
        missing = [c for c in dict.fromkeys(visible) if c in unprintable]
        if not missing:
            continue
        named = ", ".join(f"U+{ord(c):04X} {c!r}" for c in missing[:4])
        more = f" and {len(missing) - 4} more" if len(missing) > 4 else ""
        message = (
            f"no bundled font can print {named}{more} (each would print as its code): "
            "use other characters, or remove them"
        )
        problem = file.doc.problem(loc, message, severity=WARNING)
        found.append(_at_character(file, problem, missing[0]))
    return found


def _at_character(file: RoleFile, problem: Problem, char: str) -> Problem:
    """``problem`` moved onto the first ``char`` after its position, if the source has it."""
    lines = file.doc.lines
    for number in range(problem.line, min(problem.line + 40, len(lines)) + 1):
        start = problem.column - 1 if number == problem.line else 0
        column = lines[number - 1].find(char, start)
        if column >= 0:
            return Problem(
                problem.path, number, column + 1, problem.field, problem.message, problem.severity
            )
    return problem


def coverage(layouts: Layouts) -> Coverage:
    """The code points some face of the case file (its styles and fallbacks) has a glyph for."""
    from printworks.fonts import Coverage, charset

    chains = layouts.casefile.fonts
    aliases = dict.fromkeys(
        a for style in type(chains).model_fields for a in getattr(chains, style)
    )
    paths = [layouts.fonts.path(alias) for alias in aliases]
    return Coverage(lambda path=path: charset(path) for path in paths)


def severity_counts(problems: Sequence[Problem]) -> tuple[int, int]:
    """How many of ``problems`` are errors, and how many warnings."""
    errors = sum(p.severity == ERROR for p in problems)
    return errors, len(problems) - errors
