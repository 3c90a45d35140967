"""Values of the wrong kind or shape, as pydantic finds them, in a reader's words: what was
expected, what YAML made of what was written (``No`` as false, ``A, B`` as one text), the fix."""

from __future__ import annotations

import datetime
import difflib
import math
import re
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from .forms import FORMS
from .words import Loc, Written, as_entry, as_written, key_of, one_of, quoted, short

# ---------------------------------------------------------------------------------------------
# the model: what a place in a document may hold


def models_in(annotation: Any) -> list[type[BaseModel]]:
    """Every model named in a field's annotation: ``OrgNode``, ``list[Metric]``, a union..."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in get_args(annotation) for m in models_in(arg)]


def _tag(model: type[BaseModel]) -> str | None:
    info = model.model_fields.get("kind")
    if info is not None and get_origin(info.annotation) is Literal:
        return str(get_args(info.annotation)[0])
    return None


def model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model of the mapping at ``loc`` (pydantic's loc: a union member's tag picks it)."""
    current: type[BaseModel] | None = model
    parts = list(loc)
    while parts and current is not None:
        part = parts.pop(0)
        if isinstance(part, int):
            continue
        info = current.model_fields.get(str(part))
        if info is None:
            return None
        found = models_in(info.annotation)
        if len(found) > 1:
            tagged = {_tag(m): m for m in found}
            while parts and isinstance(parts[0], int):
                parts.pop(0)
            current = tagged.get(parts.pop(0)) if parts and parts[0] in tagged else None
        else:
            current = found[0] if found else None
    return current


def allowed_keys(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names a mapping at ``loc`` of a ``model`` document may hold."""
    found = model_at(model, loc)
    return list(found.model_fields) if found else []


def _field_pattern(model: type[BaseModel], loc: Loc) -> str | None:
    names = [p for p in loc if isinstance(p, str)]
    if not names:
        return None
    parent = model_at(model, loc[: max(i for i, p in enumerate(loc) if isinstance(p, str))])
    info = parent.model_fields.get(names[-1]) if parent else None
    for meta in getattr(info, "metadata", ()) if info else ():
        if getattr(meta, "pattern", None):
            return meta.pattern
    return None


def _union_tags(model: type[BaseModel], loc: Loc) -> list[str]:
    field_loc = loc
    while field_loc and isinstance(field_loc[-1], int):
        field_loc = field_loc[:-1]
    if not field_loc:
        return []
    parent = model_at(model, field_loc[:-1])
    info = parent.model_fields.get(str(field_loc[-1])) if parent else None
    return [t for m in models_in(info.annotation) if (t := _tag(m))] if info else []


# ---------------------------------------------------------------------------------------------
# pydantic's errors


_EXPECTED = {
    "text_type": "text",
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
}
_BOOL_WORDS = {"yes", "no", "on", "off"}


def _kind_of(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"the yes/no value {as_written(value)}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, datetime.date):
        return f"the date {value}"
    return f"the text {short(str(value))!r}"


def _empty(expected: str, loc: Loc, model: type[BaseModel], written: Written | None) -> str:
    key = key_of(loc)
    if written and written.comment:
        comment = written.comment[1]
        fix = as_entry(loc, quoted(short(comment, 40)))
        return (
            f"is empty: the rest of line {written.line} after ' #' is a YAML comment; "
            f"quote the text if the # belongs to it: {fix}"
        )
    if expected == "a list":
        return f"is empty: write one '- item' per line under '{key}:', or [] for none"
    if expected == "a mapping":
        fields = ", ".join(allowed_keys(model, loc)) or "its fields"
        return f"is empty: write its fields under '{key}:', indented ({fields})"
    if expected == "a whole number":
        return f"is empty: write a whole number after '{key}:'"
    if expected == "true or false":
        return f"is empty: write true or false after '{key}:'"
    return (
        f"is empty: write the {expected} after '{key}:'"
        if key
        else f"is empty: write the {expected}"
    )


def _wrong_kind(
    expected: str, value: Any, loc: Loc, model: type[BaseModel], written: Written | None
) -> str:
    """A value of another kind than the field holds, with what YAML made of it."""
    if value is None:
        if written is not None and written.plain and written.source.lower() in {"~", "null"}:
            return (
                f"{written.source} is read as 'nothing' (an empty value): "
                f"quote it if you mean the word: {as_entry(loc, quoted(written.source))}"
            )
        return _empty(expected, loc, model, written)
    source = written.source if written is not None and written.plain else None
    pattern = _field_pattern(model, loc)
    if pattern in FORMS and not isinstance(value, list | dict):
        return FORMS[pattern].explain(source if source is not None else value)
    if expected == "text" and source is not None:
        if isinstance(value, bool):
            why = (
                "YAML reads unquoted yes, no, on and off as true or false"
                if source.lower() in _BOOL_WORDS
                else "true and false are yes/no values"
            )
            return (
                f"{source} is read as the yes/no value {as_written(value)}, not as text ({why}): "
                f"quote it if you mean the word: {as_entry(loc, quoted(source))}"
            )
        if isinstance(value, int | float | datetime.date):
            what = "a date" if isinstance(value, datetime.date) else "a number"
            return (
                f"{source} is read as {what}, not as text: "
                f"quote it if you mean the text: {as_entry(loc, quoted(source))}"
            )
    if expected == "text" and isinstance(value, dict) and len(value) == 1:
        ((key, inner),) = value.items()
        if isinstance(inner, str) and written is not None and key in written.line_text:
            whole = f"{key}: {inner}"
            return (
                f"{short(whole)!r} is read as a key and its value because of its ': ': quote "
                f"the text: {as_entry(loc, quoted(short(whole, 60)))}"
            )
    if expected == "a list" and isinstance(value, str):
        items = [f"'- {short(item.strip(), 30)}'" for item in value.split(",") if item.strip()]
        example = " then ".join(items[:2]) if items else "'- ...'"
        return (
            f"{short(value)!r} is one line of text, not a list: write one '- item' per line "
            f"under '{key_of(loc)}:', e.g. {example}"
        )
    if expected == "a list" and isinstance(value, dict):
        return f"must be a list, got a mapping: start each item with '- ' under '{key_of(loc)}:'"
    if expected == "a mapping":
        fields = ", ".join(allowed_keys(model, loc))
        return (
            f"must be a mapping of fields, got {_kind_of(value)}: write its fields under "
            f"'{key_of(loc)}:', indented ({fields})"
        )
    if expected in ("a whole number", "a number"):
        if isinstance(value, str):
            digits = re.sub(r"[,_\s]", "", value)
            if digits.isdigit() and not (written and written.plain):
                return f"{value!r} is text in quotes: write the number without quotes: {digits}"
            if digits.isdigit():
                return f"{short(value)!r} is not a whole number: write digits only: {digits}"
            found = digits_of(value)
            if found is not None:
                sign = " (the currency goes in currency:)" if _SIGN.search(value) else ""
                return (
                    f"{short(value)!r} is not a whole number: write digits only, no sign or "
                    f"separators{sign}: {found}"
                )
            return f"{short(value)!r} is not a whole number: write it in digits, e.g. 100000"
        if isinstance(value, float) and not math.isfinite(value):
            shown = source if source is not None else str(value)
            what = "'not a number'" if math.isnan(value) else "infinity"
            return (
                f"{shown} is read as YAML's special number {what}, not a whole number: "
                "write it in digits, e.g. 100000"
            )
        if isinstance(value, float) and abs(value) >= 1e15:
            shown = source if source is not None else str(value)
            return f"{shown} is far too large a number: write a whole number in digits, e.g. 100000"
        if isinstance(value, float):
            return (
                f"{value} is not a whole number: write it without a fraction, e.g. {round(value)}"
            )
    if expected == "true or false" and isinstance(value, str):
        return f"{value!r} is text: write true or false, without quotes"
    return f"must be {expected}, got {_kind_of(value)}"


_SIGN = re.compile(r"[^\d\s.,_'’kKmM+-]")  # a currency sign or code around a figure
_FIGURE = re.compile(
    r"^[^\d+-]*?([+-]?)(\d{1,3}(?:([,.' ’_])\d{3})*(?:\3\d{3})*|\d+)"
    r"(?:([.,])(\d+))?\s*([kKmM]|mn|bn)?[^\d]*$"
)
_LAKH = re.compile(r"^[^\d]*?(\d{1,2}(?:,\d\d)+,\d{3})[^\d]*$")
_TIMES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}


def digits_of(written: str) -> str | None:
    """The whole number a figure written with a sign, separators or a k/M suffix stands for
    ($214,000: 214000; €127.310: 127310; 1.5M: 1500000), or None when it is no figure."""
    indian = _LAKH.match(written.strip())  # 12,00,000: a lakh's grouping
    if indian:
        return re.sub(r"\D", "", indian[1])
    found = _FIGURE.match(written.strip())
    if not found:
        return None
    sign, whole, separator, point, fraction, times = found.groups()
    number = int(re.sub(r"\D", "", whole))
    if point and separator == point:  # 1,234,5: no figure
        return None
    scale = _TIMES.get((times or "").lower(), 1)
    if fraction and scale == 1 and fraction.strip("0"):
        return None  # a fraction of a whole number: the float message says it
    if fraction and scale != 1:
        number = round((number + int(fraction) / 10 ** len(fraction)) * scale)
    else:
        number *= scale
    return f"{'-' if sign == '-' else ''}{number}"


def _length(kind: str, ctx: dict[str, Any], value: object) -> str:
    unit = "character" if kind.startswith("string") else "item"
    if kind.endswith("short"):
        least = ctx.get("min_length", 1)
        fix = "add '- item' lines" if unit == "item" else "write more"
        return f"needs at least {least} {unit}{'s' * (least != 1)}, has {_count(value)}: {fix}"
    most = ctx.get("max_length")
    return f"may have at most {most} {unit}s, has {_count(value)}: shorten it"


def _count(value: object) -> int:
    return len(value) if isinstance(value, str | list | dict) else 0


def explain(
    model: type[BaseModel], error: dict[str, Any], loc: Loc, written: Written | None
) -> str:
    """pydantic's ``error`` at the data location ``loc``, in a reader's words."""
    kind, ctx = error["type"], error.get("ctx") or {}
    value = error.get("input")
    if kind == "extra_forbidden":
        allowed = allowed_keys(model, error["loc"][:-1])
        near = difflib.get_close_matches(str(error["loc"][-1]), allowed, n=1)
        hint = f" (did you mean '{near[0]}'?)" if near else ""
        return f"unknown field{hint}; allowed here: {', '.join(allowed)}"
    if kind == "missing":
        name = error["loc"][-1]
        where = (
            "to the file"
            if len(loc) <= 1
            else ("to this item" if isinstance(loc[-2], int) else f"under '{key_of(loc[:-1])}:'")
        )
        return f"required field is missing: add '{name}:' {where}"
    if kind == "less_than_equal":
        return f"must be at most {ctx['le']}, got {value!r}"
    if kind == "greater_than_equal":
        return f"must be at least {ctx['ge']}, got {value!r}"
    if kind == "string_pattern_mismatch":
        form = FORMS.get(str(ctx.get("pattern")))
        if form:
            return form.explain(value)
        return f"{value!r} does not have the expected form ({ctx.get('pattern')})"
    if kind in _EXPECTED:
        return _wrong_kind(_EXPECTED[kind], value, loc, model, written)
    if kind == "literal_error":
        allowed = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return one_of(str(value), allowed, "one of the values allowed here")
    if kind == "union_tag_invalid":
        tags = re.findall(r"'([^']*)'", str(ctx.get("expected_tags", "")))
        return one_of(str(ctx.get("tag")), tags, "a kind of slide")
    if kind == "union_tag_not_found":
        tags = _union_tags(model, error["loc"])
        return f"says no 'kind:': add one, e.g. kind: {tags[0] if tags else '...'}" + (
            f"; the kinds: {', '.join(tags)}" if tags else ""
        )
    if kind in ("too_short", "too_long", "string_too_short", "string_too_long"):
        return _length(kind, ctx, value)
    message = error["msg"]
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message[0].lower() + message[1:] if message else kind
