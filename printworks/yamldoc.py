"""YAML documents read into validated models, with every problem located to line and column.

Role files and layout files are read the same way. YAML is read with PyYAML's safe loader
classes only, so a tag such as ``!!python/object`` is refused rather than run. The document is
first composed into nodes, which keep their marks; the nodes become plain data with a map from
field path to position, and pydantic's errors are pointed back through that map.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from printworks.errors import Problem

Loc = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column
M = TypeVar("M", bound=BaseModel)

_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
# libyaml's parser when PyYAML was built with it (twenty times faster), else the pure one
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Reader(_SafeLoader):
    """The safe loader; constructs one scalar at a time for :func:`_to_data`."""


class _Located(Exception):
    def __init__(self, loc: Loc, mark: yaml.Mark | None, message: str):
        self.loc, self.mark, self.message = loc, mark, message


@dataclass
class Document:
    """A YAML file read into plain data, with where each value (and each key) stands."""

    path: Path
    data: Any
    where: dict[Loc, Position] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    refused: set[Loc] = field(default_factory=set)

    def problem(self, loc: Loc, message: str, *, at_key: bool = False) -> Problem:
        """A problem at ``loc`` (the nearest located parent when ``loc`` itself is absent)."""
        probe = loc
        pos = (at_key and self.where.get((*loc, "<key>"))) or self.where.get(loc)
        while pos is None and probe:
            probe = probe[:-1]
            pos = self.where.get(probe)
        line, column = pos or (1, 1)
        return Problem(self.path, line, column, field_name(loc), message)


def field_name(loc: Loc) -> str:
    """``loc`` as a reader writes a field: ``day_log[1].start``; ``(file)`` for the whole."""
    out = ""
    for part in loc:
        if part == "<key>":
            continue
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(file)"


def _position(mark: yaml.Mark | None) -> Position:
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


# A document's values, aliases expanded, may not pass these: a few lines of nested aliases
# (&a [*a, *a, ...]) would otherwise expand to billions of values.
MAX_VALUES = 100_000
MAX_DEPTH = 200


class _Budget:
    """What is left of a document's allowance of values, and the nodes being read now."""

    def __init__(self) -> None:
        self.left = MAX_VALUES
        self.path: set[int] = set()


def _to_data(
    reader: _Reader,
    node: yaml.Node,
    loc: Loc,
    where: dict[Loc, Position],
    found: list[_Located],
    budget: _Budget | None = None,
) -> Any:
    """Plain data from ``node``, recording each value's position (and each key's, under <key>).

    Problems that leave the rest readable (a duplicate key, a foreign tag) go into ``found``.
    """
    budget = budget or _Budget()
    budget.left -= 1
    if budget.left < 0:
        raise _Located(
            (),
            node.start_mark,
            f"the file holds more than {MAX_VALUES:,} values once its aliases (*name) are "
            "expanded; write the values out instead of repeating aliases",
        )
    if id(node) in budget.path or len(budget.path) > MAX_DEPTH:
        message = (
            "an alias (*name) refers to a value that holds it: the value would never end"
            if id(node) in budget.path
            else f"values nest more than {MAX_DEPTH} deep"
        )
        raise _Located(loc, node.start_mark, message)
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
        budget.path.add(id(node))
        try:
            return _collection(reader, node, loc, where, found, budget)
        finally:
            budget.path.discard(id(node))
    return _scalar(reader, node, loc, where, found)


def _collection(
    reader: _Reader,
    node: yaml.Node,
    loc: Loc,
    where: dict[Loc, Position],
    found: list[_Located],
    budget: _Budget,
) -> Any:
    where.setdefault(loc, _position(node.start_mark))
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _PLAIN_TAGS:
        found.append(_Located(loc, node.start_mark, f"tag {node.tag!r} is not allowed here"))
        return None
    if isinstance(node, yaml.MappingNode):
        reader.flatten_mapping(node)
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _to_data(reader, key_node, (*loc, "<key>"), {}, found, budget)
            if not isinstance(key, str):
                raise _Located(loc, key_node.start_mark, f"key {key!r} is not a name")
            if key in out:
                found.append(_Located((*loc, key, "<key>"), key_node.start_mark, "duplicate key"))
                continue
            where[(*loc, key, "<key>")] = _position(key_node.start_mark)
            out[key] = _to_data(reader, value_node, (*loc, key), where, found, budget)
        return out
    return [
        _to_data(reader, item, (*loc, i), where, found, budget) for i, item in enumerate(node.value)
    ]


def _scalar(
    reader: _Reader, node: yaml.Node, loc: Loc, where: dict[Loc, Position], found: list[_Located]
) -> Any:
    where.setdefault(loc, _position(node.start_mark))
    try:
        value = reader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        found.append(_Located(loc, node.start_mark, exc.problem or "cannot be read"))
        return None
    # YAML 1.1 reads an unquoted 13:00 as the base-60 number 780; a time of day is meant.
    if isinstance(value, int | float) and not isinstance(value, bool) and ":" in node.value:
        return node.value
    return value


def decode(raw: bytes, path: Path) -> str:
    """``raw`` as UTF-8 text (a byte-order mark dropped); a located problem if it is not."""
    from printworks.errors import Invalid

    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        message = f"byte 0x{raw[exc.start]:02x} is not UTF-8"
        raise Invalid([Problem(path, line, column, "(file)", message)]) from None


def read(text: str, path: Path | str) -> Document:
    """The YAML ``text`` of the file ``path`` as data and positions.

    A syntax error is the document's only problem (its data is None); problems that leave the
    rest readable (duplicate keys, foreign tags) are listed beside the data.
    """
    doc = Document(Path(path), None)
    found: list[_Located] = []
    reader = _Reader(text)
    try:
        node = reader.get_single_node()
        doc.data = None if node is None else _to_data(reader, node, (), doc.where, found)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(filter(None, [exc.context, exc.problem])) or "not valid YAML"
        doc.where = {(): _position(mark)}
        doc.problems.append(doc.problem((), message))
        return doc
    except _Located as exc:
        doc.where[exc.loc] = _position(exc.mark)
        doc.problems.append(doc.problem(exc.loc, exc.message))
        return doc
    finally:
        reader.dispose()
    for located in found:
        doc.where[located.loc] = _position(located.mark)
        doc.problems.append(doc.problem(located.loc, located.message))
        doc.refused.add(located.loc)
    return doc


# ---------------------------------------------------------------------------------------------
# pydantic's errors, in a reader's words


def _submodels(model: type[BaseModel], name: str | int) -> list[type[BaseModel]]:
    """The models field ``name`` of ``model`` may hold (several for a union)."""
    info = model.model_fields.get(str(name))
    found: list[type[BaseModel]] = []
    stack = [info.annotation] if info else []
    while stack:
        kind = stack.pop()
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            found.append(kind)
        else:
            stack.extend(getattr(kind, "__args__", ()))
    return found


def _tagged(models: list[type[BaseModel]], tag: str) -> list[type[BaseModel]]:
    """The members of a tagged union that ``tag`` names: each has a field fixed to it."""
    return [
        m
        for m in models
        if any(tag in getattr(f.annotation, "__args__", ()) for f in m.model_fields.values())
    ]


def allowed_keys(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names a mapping at ``loc`` of a ``model`` document may hold."""
    current = [model]
    for part in loc:
        if isinstance(part, int):
            continue
        holding = [m for m in current if str(part) in m.model_fields]
        if holding:
            current = [sub for m in holding for sub in _submodels(m, part)]
        else:  # not a field: the tag pydantic puts in a union member's place
            current = _tagged(current, str(part))
    return list(current[0].model_fields) if len(current) == 1 else []


def _message(model: type[BaseModel], error: dict[str, Any]) -> str:
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "extra_forbidden":
        allowed = allowed_keys(model, error["loc"][:-1])
        near = difflib.get_close_matches(str(error["loc"][-1]), allowed, n=1)
        hint = f" (did you mean '{near[0]}'?)" if near else ""
        return f"unknown field{hint}; allowed here: {', '.join(allowed)}"
    if kind == "missing":
        return "required field is missing"
    if kind == "less_than_equal":
        return f"must be at most {ctx['le']}, got {error['input']!r}"
    if kind == "greater_than_equal":
        return f"must be at least {ctx['ge']}, got {error['input']!r}"
    if kind == "string_pattern_mismatch":
        return f"{error['input']!r} does not have the expected form"
    message = error["msg"]
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message[0].lower() + message[1:] if message else kind


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


Messages = Callable[[type[BaseModel], dict[str, Any]], str]


def validate(
    doc: Document,
    model: type[M],
    *,
    context: dict[str, Any] | None = None,
    messages: Messages = _message,
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
            if loc in doc.refused:
                continue  # already reported: the value was a foreign tag
            at_key = error["type"] == "extra_forbidden"
            doc.problems.append(doc.problem(loc, messages(model, error), at_key=at_key))
    return None


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """``problems`` without repeats, in file order."""
    unique = list(dict.fromkeys(problems))
    unique.sort(key=lambda p: (str(p.path), p.line, p.column))
    return unique


def load(
    raw: bytes | str,
    path: Path | str,
    model: type[M],
    *,
    what: str = "file",
    context: dict[str, Any] | None = None,
) -> M:
    """The ``model`` held in ``raw`` (the bytes of ``path``); raises Invalid listing every problem.

    ``what`` names the kind of file in messages ("a role file is a mapping...").
    """
    from printworks.errors import Invalid

    path = Path(path)
    text = decode(raw, path) if isinstance(raw, bytes) else raw
    doc = read(text, path)
    if not doc.problems and doc.data is None:
        raise Invalid(
            [Problem(path, 1, 1, "(file)", f"the file is empty; {what} is a mapping of fields")]
        )
    if doc.problems and doc.data is None:
        raise Invalid(doc.problems)
    if not isinstance(doc.data, dict):
        kind = type(doc.data).__name__
        doc.problems.append(doc.problem((), f"{what} is a mapping, not a {kind}"))
        raise Invalid(sorted_problems(doc.problems))
    result = validate(doc, model, context=context)
    if doc.problems or result is None:
        raise Invalid(sorted_problems(doc.problems))
    return result
