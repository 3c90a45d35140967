"""Role files -> :class:`~printworks.model.Role`, with every problem located to line and column.

YAML is read with PyYAML's safe loader classes only, so a tag such as ``!!python/object`` is
refused rather than run. The document is first composed into nodes, which keep their marks;
the nodes become plain data with a map from field path to position, and pydantic's errors are
pointed back through that map.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from printworks.errors import Problem, RoleInvalid, RoleNotFound
from printworks.model import Role
from printworks.resources import shipped_roles_dir

Loc = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column
ROLES_ENV = "PRINTWORKS_ROLES"
SUFFIX = ".yaml"


_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


class _Located(Exception):
    def __init__(self, loc: Loc, mark: yaml.Mark | None, message: str):
        self.loc, self.mark, self.message = loc, mark, message


# libyaml's parser when PyYAML was built with it (twenty times faster), else the pure one
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Reader(_SafeLoader):
    """The safe loader; constructs one scalar at a time for :func:`_to_data`."""


def _position(mark: yaml.Mark | None) -> Position:
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def _field(loc: Loc) -> str:
    out = ""
    for part in loc:
        if part == "<key>":
            continue
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(file)"


def _to_data(
    reader: _Reader,
    node: yaml.Node,
    loc: Loc,
    where: dict[Loc, Position],
    found: list[_Located],
) -> Any:
    """Plain data from ``node``, recording each value's position (and each key's, under <key>).

    Problems that leave the rest readable (a duplicate key, a foreign tag) go into ``found``.
    """
    where.setdefault(loc, _position(node.start_mark))
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _PLAIN_TAGS:
        found.append(_Located(loc, node.start_mark, f"tag {node.tag!r} is not allowed here"))
        return None
    if isinstance(node, yaml.MappingNode):
        reader.flatten_mapping(node)
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _to_data(reader, key_node, (*loc, "<key>"), {}, found)
            if not isinstance(key, str):
                raise _Located(loc, key_node.start_mark, f"key {key!r} is not a name")
            if key in out:
                found.append(_Located((*loc, key, "<key>"), key_node.start_mark, "duplicate key"))
                continue
            where[(*loc, key, "<key>")] = _position(key_node.start_mark)
            out[key] = _to_data(reader, value_node, (*loc, key), where, found)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _to_data(reader, item, (*loc, i), where, found) for i, item in enumerate(node.value)
        ]
    try:
        value = reader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        found.append(_Located(loc, node.start_mark, exc.problem or "cannot be read"))
        return None
    # YAML 1.1 reads an unquoted 13:00 as the base-60 number 780; a time of day is meant.
    if isinstance(value, int | float) and not isinstance(value, bool) and ":" in node.value:
        return node.value
    return value


def _message(error: dict[str, Any], data: Any) -> str:
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "extra_forbidden":
        allowed = _allowed_keys(error["loc"][:-1], data)
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


def _allowed_keys(loc: Loc, data: Any) -> list[str]:
    model: type[BaseModel] | None = Role
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        model = _submodel(model, part)
    return list(model.model_fields) if model else []


def _submodel(model: type[BaseModel], name: str | int) -> type[BaseModel] | None:
    field = model.model_fields.get(str(name))
    if field is None:
        return None
    stack = [field.annotation]
    while stack:
        kind = stack.pop()
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            return kind
        stack.extend(getattr(kind, "__args__", ()))
    return None


def _data_loc(loc: Iterable[str | int], data: Any) -> Loc:
    """Keep only the parts of pydantic's ``loc`` that walk the data (not union member tags)."""
    kept: list[str | int] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str):
            kept.append(part)
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            kept.append(part)
            node = node[part]
        elif isinstance(node, dict | list):
            continue
        else:
            break
    return tuple(kept)


def _problem(
    path: Path, where: dict[Loc, Position], loc: Loc, message: str, at_key: bool = False
) -> Problem:
    probe = loc
    pos = (at_key and where.get((*loc, "<key>"))) or where.get(loc)
    while pos is None and probe:
        probe = probe[:-1]
        pos = where.get(probe)
    line, column = pos or (1, 1)
    return Problem(path, line, column, _field(loc), message)


def parse_role(text: str | bytes, path: Path | str, slug: str | None = None) -> Role:
    """The role held in ``text``; raises :class:`RoleInvalid` listing every problem."""
    path = Path(path)
    slug = slug if slug is not None else path.name.removesuffix(SUFFIX)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            before = text[: exc.start]
            line = before.count(b"\n") + 1
            column = len(before) - (before.rfind(b"\n") + 1) + 1
            message = f"byte 0x{text[exc.start]:02x} is not UTF-8"
            raise RoleInvalid([Problem(path, line, column, "(file)", message)]) from None
    where: dict[Loc, Position] = {}
    found: list[_Located] = []
    reader = _Reader(text)
    try:
        node = reader.get_single_node()
        data = None if node is None else _to_data(reader, node, (), where, found)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(filter(None, [exc.context, exc.problem])) or "not valid YAML"
        raise RoleInvalid([_problem(path, {(): _position(mark)}, (), message)]) from None
    finally:
        reader.dispose()
    if node is None:
        message = "the file is empty; a role file is a mapping of fields"
        raise RoleInvalid([Problem(path, 1, 1, "(file)", message)])
    problems = []
    for located in found:
        where[located.loc] = _position(located.mark)
        problems.append(_problem(path, where, located.loc, located.message))
    refused = {located.loc for located in found}
    if not isinstance(data, dict):
        kind = type(data).__name__
        problems.append(_problem(path, where, (), f"a role file is a mapping, not a {kind}"))
        raise RoleInvalid(problems)
    try:
        role = Role.model_validate(data).with_slug(slug)
    except ValidationError as exc:
        for error in exc.errors():
            loc = _data_loc(error["loc"], data)
            if error["type"] in ("extra_forbidden", "missing"):
                loc = (*loc, error["loc"][-1]) if loc[-1:] != error["loc"][-1:] else loc
            if loc in refused:
                continue  # already reported: the value was a foreign tag
            at_key = error["type"] == "extra_forbidden"
            problems.append(_problem(path, where, loc, _message(error, data), at_key))
    if problems:
        unique = list(dict.fromkeys(problems))
        unique.sort(key=lambda p: (p.line, p.column))
        raise RoleInvalid(unique)
    return role


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


def link_warnings(roles: Iterable[tuple[Path, Role]], folder: Path) -> list[Problem]:
    """A warning for each related specimen whose slug names no role file in ``folder``."""
    known = {p.stem for p in folder.glob(f"*{SUFFIX}")} if folder.is_dir() else set()
    warnings = []
    for path, role in roles:
        for index, specimen in enumerate(role.related):
            if specimen.slug and specimen.slug not in known:
                where = _positions(path)
                loc: Loc = ("related", index, "slug")
                message = f"no role file '{specimen.slug}{SUFFIX}' in {folder}"
                warnings.append(_problem(path, where, loc, message))
    return warnings


def _positions(path: Path) -> dict[Loc, Position]:
    where: dict[Loc, Position] = {}
    reader = _Reader(path.read_text(encoding="utf-8-sig"))
    try:
        node = reader.get_single_node()
        if node is not None:
            _to_data(reader, node, (), where, [])
    finally:
        reader.dispose()
    return where
