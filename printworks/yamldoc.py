"""YAML documents read into validated models, with every problem located to line and column.

Role files and layout files are read the same way. YAML is read with PyYAML's safe loader
classes only, so a tag such as ``!!python/object`` is refused rather than run. The document is
first composed into nodes, which keep their marks; the nodes become plain data with a map from
field path to position (and to how each value was written), and pydantic's errors are pointed
back through that map. What each problem says is :mod:`printworks.messages`' part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from printworks import messages
from printworks.errors import ERROR, WARNING, Invalid, Problem
from printworks.messages import Written, allowed_keys
from printworks.yamlfault import (
    Loc,
    Position,
    SafeLoader,
    as_meant,
    outline,
    position,
    runaway_quote,
)

__all__ = ["Document", "Written", "allowed_keys", "check", "field_name", "load", "read"]

M = TypeVar("M", bound=BaseModel)

_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_COMMENT = re.compile(r"^(\s+)#(.*)$")
# a comment written on purpose after a value: two spaces, '#', a space (yamllint's habit)
_MEANT_COMMENT = re.compile(r"^ {2,}# ")
# marks on a location for problems that stand apart from the value's own position
_DUPLICATE, _CUT = "<duplicate>", "<comment>"


class _Reader(SafeLoader):
    """The safe loader; constructs one scalar at a time for :class:`_Walk`."""


_STR = "tag:yaml.org,2002:str"


class _Written(dict):
    """How each value was written (loc -> :class:`Written`), worked out from its node only
    when a message asks for it: most values of a good file are never asked about."""

    def __init__(self, lines: list[str]):
        super().__init__()
        self.lines = lines
        # loc -> (scalar text or None, style, start line, start column, end line, end column):
        # what a Written is made from, without holding on to the parser's nodes
        self.nodes: dict[Loc, tuple] = {}

    def note(self, loc: Loc, node: yaml.Node) -> None:
        start, end = node.start_mark, node.end_mark
        text = node.value if isinstance(node, yaml.ScalarNode) else None
        style = getattr(node, "style", None)  # a collection node may have none
        self.nodes[loc] = (text, style, start.line, start.column, end.line, end.column)

    def __missing__(self, loc: Loc) -> Written:
        written = self[loc] = _written(*self.nodes[loc], self.lines)
        return written

    def get(self, loc: Loc, default: Written | None = None) -> Written | None:
        try:
            return self[loc]
        except KeyError:
            return default


def _written(
    text: str | None,
    style: str | None,
    line: int,
    column: int,
    end_line: int,
    end_column: int,
    lines: list[str],
) -> Written:
    line_text = lines[line] if line < len(lines) else ""
    comment = None
    if text is not None:  # a scalar
        source = text
        if not style and end_line < len(lines):
            found = _COMMENT.match(lines[end_line][end_column:])
            if found:
                comment = (end_column + len(found[1]) + 1, "#" + found[2].rstrip())
    else:
        source = line_text[column:]
    return Written(source, not style, line + 1, column + 1, line_text, comment)


class _Located(Exception):
    def __init__(self, loc: Loc, mark: Position, message: str, severity: str = ERROR):
        self.loc, self.mark, self.message, self.severity = loc, mark, message, severity


@dataclass
class Document:
    """A YAML file read into plain data, with where each value (and each key) stands and how
    each value was written."""

    path: Path
    data: Any
    where: dict[Loc, Position] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    refused: set[Loc] = field(default_factory=set)
    written: dict[Loc, Written] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def problem(
        self, loc: Loc, message: str, *, at_key: bool = False, severity: str = ERROR
    ) -> Problem:
        """A problem at ``loc`` (the nearest located parent when ``loc`` itself is absent)."""
        probe = loc
        pos = (at_key and self.where.get((*loc, "<key>"))) or self.where.get(loc)
        while pos is None and probe:
            probe = probe[:-1]
            pos = self.where.get(probe)
        line, column = pos or (1, 1)
        return Problem(self.path, line, column, field_name(loc), message, severity)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]


def field_name(loc: Loc) -> str:
    """``loc`` as a reader writes a field: ``day_log[1].start``; ``(file)`` for the whole."""
    out = ""
    for part in loc:
        if part == "<key>":
            continue
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(file)"


# A document's values, aliases expanded, may not pass these: a few lines of nested aliases
# (&a [*a, *a, ...]) would otherwise expand to billions of values.
MAX_VALUES = 100_000
MAX_DEPTH = 200
_TOO_MANY = (
    f"the file holds more than {MAX_VALUES:,} values once its aliases (*name) are expanded; "
    "write the values out instead of repeating aliases"
)


def _expanded(node: yaml.Node) -> int:
    """How many values ``node`` holds once its aliases are expanded, counted on the graph of
    nodes (each node once, so a bomb of nested aliases is measured, not expanded); a node that
    holds itself counts once here and is refused by the walk."""
    sizes: dict[int, int] = {}
    todo: list[tuple[yaml.Node, bool]] = [(node, False)]
    while todo:
        item, done = todo.pop()
        if isinstance(item, yaml.ScalarNode):
            sizes[id(item)] = 1
            continue
        children = [v for _, v in item.value] if isinstance(item, yaml.MappingNode) else item.value
        if done:
            sizes[id(item)] = 1 + sum(sizes.get(id(c), 1) for c in children)
        elif id(item) not in sizes:
            sizes[id(item)] = 1  # in progress: a loop back to it counts once
            todo.append((item, True))
            todo.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(node)]


class _Walk:
    """Plain data from a composed document: each value's position (and each key's, under
    <key>) and how it was written go into the document. Problems that leave the rest readable
    (a duplicate key, a foreign tag, a text cut short by a comment) go into ``found``.

    Aliases are followed, within an allowance of values and of depth: a document whose
    aliases would expand past it, or that holds itself, is refused at once."""

    def __init__(self, reader: _Reader, doc: Document):
        self.reader, self.doc = reader, doc
        self.found: list[_Located] = []
        self.left = MAX_VALUES
        self.inside: set[int] = set()  # the collections being read now, to catch a loop

    def data(self, node: yaml.Node, loc: Loc) -> Any:
        self.left -= 1
        if self.left < 0:
            raise _Located((), position(node.start_mark), _TOO_MANY)
        if id(node) in self.inside or len(self.inside) > MAX_DEPTH:
            message = (
                "an alias (*name) refers to a value that holds it: the value would never end"
                if id(node) in self.inside
                else f"values nest more than {MAX_DEPTH} deep"
            )
            raise _Located(loc, position(node.start_mark), message)
        if not isinstance(node, yaml.MappingNode | yaml.SequenceNode):
            return self._value(node, loc)
        self.inside.add(id(node))
        try:
            return self._value(node, loc)
        finally:
            self.inside.discard(id(node))

    def _value(self, node: yaml.Node, loc: Loc) -> Any:
        self.doc.where.setdefault(loc, position(node.start_mark))
        self.doc.written.note(loc, node)
        if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _PLAIN_TAGS:
            message = messages.foreign_tag(node.tag, None, loc)
            self.found.append(_Located(loc, position(node.start_mark), message))
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            return [self.data(item, (*loc, i)) for i, item in enumerate(node.value)]
        value = self._scalar(node, loc)
        if isinstance(value, str) and not node.style:
            self._cut_by_comment(node, loc, value)
        return value

    def _scalar(self, node: yaml.Node, loc: Loc) -> Any:
        if node.tag == _STR:  # text, the most of any file: as the constructor would give it
            return node.value
        try:
            value = self.reader.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as exc:
            written = self.doc.written.get(loc)
            problem = messages.foreign_tag(node.tag, written, loc) if node.tag else exc.problem
            self.found.append(_Located(loc, position(node.start_mark), problem))
            return None
        # YAML 1.1 reads an unquoted 13:00 as the base-60 number 780; a time of day is meant.
        if isinstance(value, int | float) and not isinstance(value, bool) and ":" in node.value:
            return node.value
        return value

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[str, Any]:
        self.reader.flatten_mapping(node)
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self._scalar(key_node, (*loc, "<key>"))
            if not isinstance(key, str):
                source = key_node.value if isinstance(key_node, yaml.ScalarNode) else "a list"
                message = messages.not_a_name(key, source)
                raise _Located(loc, position(key_node.start_mark), message)
            if key in out:
                first = self.doc.where[(*loc, key, "<key>")][0]
                message = messages.duplicate_key(key, first)
                self.found.append(
                    _Located((*loc, key, _DUPLICATE), position(key_node.start_mark), message)
                )
                continue
            self.doc.where[(*loc, key, "<key>")] = position(key_node.start_mark)
            out[key] = self.data(value_node, (*loc, key))
        return out

    def _cut_by_comment(self, node: yaml.Node, loc: Loc, value: str) -> None:
        """A ' #' right after a plain text: most likely meant as part of it, not a comment."""
        end = node.end_mark
        lines = self.doc.lines
        rest = lines[end.line][end.column :] if end.line < len(lines) else ""
        if not _COMMENT.match(rest) or _MEANT_COMMENT.match(rest):
            return
        column, cut = self.doc.written[loc].comment
        message = messages.comment_cut(end.line + 1, value, cut, loc)
        self.found.append(_Located((*loc, _CUT), (end.line + 1, column), message, WARNING))


def decode(raw: bytes, path: Path) -> str:
    """``raw`` as UTF-8 text (a byte-order mark dropped); a located problem if it is not."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        message = f"byte 0x{raw[exc.start]:02x} is not UTF-8: save the file as UTF-8"
        raise Invalid([Problem(path, line, column, "(file)", message)]) from None


def _unreadable(doc: Document, text: str, error: yaml.YAMLError) -> None:
    """``doc``'s one problem: the YAML ``error`` that stopped the reading of ``text``."""
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        context = position(error.context_mark) if error.context_mark else None
        runaway = runaway_quote(text, position(mark)[0])
        pos, message = messages.syntax(
            error.problem or "", error.context or "", position(mark), context, doc.lines, runaway
        )
        name = field_name(outline(as_meant(doc.lines, pos[0], message), pos))
    elif isinstance(error, yaml.reader.ReaderError):
        before = text[: error.position]
        pos = (before.count("\n") + 1, error.position - (before.rfind("\n") + 1) + 1)
        code = error.character if isinstance(error.character, int) else ord(error.character)
        message = f"holds the control character U+{code:04X}, which no output can print: remove it"
        name = field_name(outline(doc.lines, pos))
    else:
        pos, message, name = (1, 1), f"not valid YAML: {error}", "(file)"
    doc.data, doc.where = None, {(): pos}
    doc.problems.append(Problem(doc.path, *pos, name, message))


def read(text: str, path: Path | str) -> Document:
    """The YAML ``text`` of the file ``path`` as data, positions and how values were written.

    A syntax error is the document's only problem (its data is None); problems that leave the
    rest readable (duplicate keys, foreign tags, a text cut short by a comment) are listed
    beside the data.
    """
    lines = text.splitlines()
    doc = Document(Path(path), None, written=_Written(lines), lines=lines)
    reader = _Reader(text)
    walk = _Walk(reader, doc)
    try:
        node = reader.get_single_node()
        # no anchor (&name), no alias: only a file that has one can expand past the allowance
        if node is not None and "&" in text and _expanded(node) > MAX_VALUES:
            raise _Located((), position(node.start_mark), _TOO_MANY)
        doc.data = None if node is None else walk.data(node, ())
    except yaml.YAMLError as exc:
        _unreadable(doc, text, exc)
        return doc
    except _Located as exc:
        doc.data, doc.where[exc.loc] = None, exc.mark
        doc.problems.append(doc.problem(exc.loc, exc.message))
        return doc
    finally:
        reader.dispose()
    for found in walk.found:
        if found.loc[-1:] in ((_DUPLICATE,), (_CUT,)):
            line, column = found.mark
            name = field_name(found.loc[:-1])
            doc.problems.append(
                Problem(doc.path, line, column, name, found.message, found.severity)
            )
            continue
        doc.where[found.loc] = found.mark
        doc.problems.append(doc.problem(found.loc, found.message, severity=found.severity))
        doc.refused.add(found.loc)
    return doc


# ---------------------------------------------------------------------------------------------
# pydantic's errors, pointed back into the document


def _data_loc(loc: Iterable[str | int], data: Any) -> Loc:
    """Keep only the parts of pydantic's ``loc`` that walk the data (not union member tags:
    a tag names no key of the mapping it stands in, and the walk goes on past it)."""
    kept: list[str | int] = []
    node = data
    for part in loc:
        key = isinstance(node, dict) and isinstance(part, str) and part in node
        item = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if key or item:
            kept.append(part)
            node = node[part]
        elif isinstance(node, dict | list):
            continue
        else:
            break
    return tuple(kept)


Messages = Callable[[type[BaseModel], dict[str, Any], Loc, Written | None], str]


def validate(
    doc: Document,
    model: type[M],
    *,
    context: dict[str, Any] | None = None,
    explain: Messages = messages.explain,
) -> M | None:
    """``doc``'s data as ``model``, or None with every problem added to ``doc.problems``."""
    if doc.data is None and doc.problems:
        return None
    try:
        return model.model_validate(doc.data, context=context)
    except ValidationError as exc:
        for error in exc.errors():
            loc = _data_loc(error["loc"], doc.data)
            if error["type"] in ("extra_forbidden", "missing"):
                loc = (*loc, error["loc"][-1]) if loc[-1:] != error["loc"][-1:] else loc
            if error["type"] == "union_tag_invalid" and (*loc, "kind") in doc.where:
                loc = (*loc, "kind")  # the mistake is the kind's value, not the whole item
            if loc in doc.refused:
                continue  # already reported: the value was a foreign tag
            message = explain(model, error, loc, doc.written.get(loc))
            at_key = error["type"] == "extra_forbidden"
            doc.problems.append(doc.problem(loc, message, at_key=at_key))
    return None


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """``problems`` without repeats, in file order."""
    unique = list(dict.fromkeys(problems))
    unique.sort(key=lambda p: (str(p.path), p.line, p.column))
    return unique


def check(
    raw: bytes | str,
    path: Path | str,
    model: type[M],
    *,
    what: str = "file",
    context: dict[str, Any] | None = None,
) -> tuple[M | None, Document]:
    """The ``model`` held in ``raw`` (the bytes of ``path``), None if it has errors; and the
    document read, holding every problem found in it (errors and warnings) in file order.

    ``what`` names the kind of file in messages ("a role file is a mapping...").
    """
    path = Path(path)
    try:
        text = decode(raw, path) if isinstance(raw, bytes) else raw
    except Invalid as exc:
        return None, Document(path, None, problems=list(exc.problems))
    doc = read(text, path)
    result: M | None = None
    if not doc.problems and doc.data is None:
        message = f"the file is empty; {what} is a mapping of fields"
        doc.problems.append(Problem(path, 1, 1, "(file)", message))
    elif doc.data is not None and not isinstance(doc.data, dict):
        kind = "a list" if isinstance(doc.data, list) else "a single value"
        if isinstance(doc.data, str):
            kind = "a line of text"
        message = f"{what} is a mapping of fields ('title: ...' and so on), not {kind}"
        doc.problems.append(doc.problem((), message))
    elif doc.data is not None:
        result = validate(doc, model, context=context)
    doc.problems = sorted_problems(doc.problems)
    return (result if not doc.errors else None), doc


def load(
    raw: bytes | str,
    path: Path | str,
    model: type[M],
    *,
    what: str = "file",
    context: dict[str, Any] | None = None,
) -> M:
    """The ``model`` held in ``raw`` (the bytes of ``path``); raises Invalid listing every error.

    ``what`` names the kind of file in messages ("a role file is a mapping...").
    """
    result, doc = check(raw, path, model, what=what, context=context)
    if result is None:
        raise Invalid(doc.errors)
    return result
