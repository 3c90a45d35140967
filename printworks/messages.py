"""What a reader is told about a mistake: what was expected, and how to fix it, in their words.

The one place for the wording of YAML syntax errors, of values YAML reads otherwise than meant
(``No`` as false, ``A, B`` as one text), and of pydantic's errors. Each function returns the
message of one ``path:line:col: field: message`` line; locating it is :mod:`printworks.yamldoc`'s
work. Nothing here reads a file.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from printworks.currencies import ISO_4217, MIX_UPS

Loc = tuple[str | int, ...]

# ---------------------------------------------------------------------------------------------
# forms: values with a shape of their own, each explained with an example


@dataclass(frozen=True)
class Form:
    """A shape a value must have: what it is called, the rule, and an example."""

    name: str
    pattern: str
    rule: str
    example: str

    def explain(self, value: object) -> str:
        """``value`` (as written) is not of this form: the rule and an example."""
        shown = value if isinstance(value, str) else _written(value)
        return f"{shown!r} is not {self.name}: {self.rule}, e.g. {self.suggest(shown)}"

    def suggest(self, value: str) -> str:
        """The example to show: ``value`` mended when that is plain, else the standing one."""
        mended = _MENDS.get(self.name, lambda v: None)(value)
        return mended if mended and re.match(self.pattern, mended) else self.example


SLUG = Form(
    "a role slug",
    r"^[a-z0-9]+(-[a-z0-9]+)*$",
    "use lowercase letters and digits in words joined by hyphens",
    "chief-vibes-officer",
)
CASE_NUMBER = Form(
    "a case number",
    r"^[A-Z0-9][A-Z0-9/-]{0,39}$",
    "use capital letters, digits, hyphens and slashes, at most 40",
    "OTI-0009",
)
CURRENCY = Form("a currency code", r"^[A-Z]{3}$", "use three capital letters (ISO 4217)", "GBP")
CLOCK = Form(
    "a time of day", r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$", "use the 24-hour clock, HH:MM", "09:00"
)
FORMS = {form.pattern: form for form in (SLUG, CASE_NUMBER, CURRENCY, CLOCK)}


def _mend_slug(value: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", value.lower()))


def _mend_clock(value: str) -> str | None:
    found = re.fullmatch(r"\s*(\d{1,2})(?:[.:h ](\d{2}))?\s*(am|pm)?\s*", value.lower())
    if not found:
        return None
    hours, minutes = int(found[1]), int(found[2] or 0)
    if found[3] == "pm" and hours < 12:
        hours += 12
    return f"{hours:02d}:{minutes:02d}"


_MENDS = {
    SLUG.name: _mend_slug,
    CASE_NUMBER.name: lambda v: re.sub(r"[^A-Z0-9/-]+", "-", v.strip().upper()).strip("-"),
    CURRENCY.name: lambda v: MIX_UPS.get(v.strip().upper(), v.strip().upper()),
    CLOCK.name: _mend_clock,
}


def padded_clock(value: str) -> str:
    """``9:00`` as ``09:00``: a time of day always written with two-digit hours."""
    return f"0{value}" if re.fullmatch(r"\d:\d\d", value) else value


def unknown_currency(code: str) -> str:
    """The message for a three-letter code that ISO 4217 does not have."""
    known = MIX_UPS.get(code) or next(iter(difflib.get_close_matches(code, ISO_4217, 1, 0.67)), "")
    hint = f" (did you mean {known}?)" if known else ""
    return f"{code!r} is not a currency code in ISO 4217{hint}: use one such as USD, EUR or GBP"


# ---------------------------------------------------------------------------------------------
# how a value was written, for explaining what YAML made of it


@dataclass(frozen=True)
class Written:
    """A value as it stands in the file: its source text, whether quoted, and its line."""

    source: str  # the scalar as written (a mapping or list: its first line)
    plain: bool  # written without quotes (or a block scalar)
    line: int
    column: int
    line_text: str  # the whole line the value starts on
    comment: tuple[int, str] | None = None  # a ' #' comment after it: (column, text from '#')


def _written(value: object) -> str:
    if value is True or value is False:
        return str(value).lower()
    return "" if value is None else str(value)


def quoted(text: str) -> str:
    """``text`` as a YAML quoted scalar, in the quotes that need no escapes where possible."""
    if '"' in text and "'" not in text:
        return f"'{text}'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def short(text: str, width: int = 40) -> str:
    """``text`` cut at a word to about ``width`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[:width].rsplit(" ", 1)[0] if " " in text[:width] else text[:width]
    return cut.rstrip() + " …"


def _as_entry(loc: Loc, value: str) -> str:
    """How the field at ``loc`` is written with ``value``: ``title: "x"`` or ``- "x"``."""
    key = loc[-1] if loc else ""
    return f"{key}: {value}" if isinstance(key, str) and key else f"- {value}"


def _key(loc: Loc) -> str:
    """The key a field is written under, for 'under ...' phrases (a list item: its list's)."""
    for part in reversed(loc):
        if isinstance(part, str) and part != "<key>":
            return part
    return ""


# ---------------------------------------------------------------------------------------------
# YAML syntax errors


def _first_key(line: str) -> re.Match[str] | None:
    return re.match(r"^(\s*(?:-\s+)*)([^\s#'\"][^#]*?):(?:\s|$)", line)


def _value_after_key(line: str) -> tuple[str, str]:
    """The key of ``line`` and the text written after it (comment and all)."""
    found = _first_key(line)
    if not found:
        stripped = line.strip().removeprefix("- ").strip()
        return "", stripped
    return found[2].strip(), line[found.end() :].strip()


def _indent(text: str) -> int:
    """The 1-based column where ``text`` starts, after its indentation."""
    return len(text) - len(text.lstrip()) + 1


def _fix(line: str, loc: Loc | None = None) -> str:
    """``line``'s key with its value quoted: the mend for most mistakes of quoting."""
    key, value = _value_after_key(line)
    return _as_entry(loc if loc is not None else (key,), quoted(short(value)))


def syntax(
    problem: str,
    context: str,
    mark: tuple[int, int],
    context_mark: tuple[int, int] | None,
    lines: Sequence[str],
    runaway: tuple[tuple[int, int], str] | None = None,
) -> tuple[tuple[int, int], str]:
    """A YAML syntax error (PyYAML's ``problem`` and ``context`` at 1-based ``mark``) in plain
    words with its fix, and the position of the character at fault.

    ``runaway`` is where a quoted text that ran on over line ends to the error began, and its
    quote: an unclosed quote runs on to the next quote in the file, and fails there.
    """
    line_no, col = mark
    text = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    opened = (
        lines[context_mark[0] - 1] if context_mark and 0 < context_mark[0] <= len(lines) else ""
    )
    at = text[col - 1 : col] if col >= 1 else ""
    words = f"{context} {problem}"

    if "tab" in words or at == "\t":
        column = text.find("\t") + 1 or col
        return (
            line_no,
            column,
        ), "a tab character: YAML indents with spaces only; indent with spaces"
    if runaway and runaway[0][0] < line_no:
        (start, quote), ran = runaway, line_no - runaway[0][0]
        return start, (
            f"this quote is not closed on its line, so the text runs on {ran} line"
            f"{'s' * (ran != 1)} to the next {quote}: end the text with {quote}"
        )
    if "mapping values are not allowed" in words:
        first = _first_key(text)
        if first and first.end(2) < col - 1:
            return (
                mark,
                f"a colon and a space inside text start a new key: quote the text: {_fix(text)}",
            )
        above = next((ln for ln in reversed(lines[: line_no - 1]) if ln.strip()), "")
        name = text.strip().split(":")[0]
        return (line_no, _indent(text)), (
            f"{name!r} is indented under the line above, which already has a value "
            f"({short(above.strip(), 30)!r}): indent '{name}:' like the keys it stands beside"
        )
    if ("an alias" in words or "an anchor" in words) and context_mark:
        mark, at, text = context_mark, opened[context_mark[1] - 1 : context_mark[1]], opened
    if at and at in "*&!@`%" and ("alias" in words or "anchor" in words or "any token" in words):
        meaning = "has a meaning of its own in YAML" if at in "*&!" else "is reserved in YAML"
        return mark, f"{at!r} at the start of a value {meaning}: quote the text: {_fix(text)}"
    if "block sequence entries are not allowed" in words:
        key, _ = _value_after_key(text)
        return mark, (
            "a list cannot start on the line of its key: put each '- item' on a line of its "
            f"own under '{key}:'"
        )
    if "quoted scalar" in words and "end of stream" in words and context_mark:
        quote = opened[context_mark[1] - 1 : context_mark[1]] or '"'
        return context_mark, f"this quote is never closed: end the text with {quote}"
    if ("flow sequence" in words or "flow mapping" in words) and context_mark:
        opener = opened[context_mark[1] - 1 : context_mark[1]] or "["
        closer, what = ("]", "list") if opener == "[" else ("}", "mapping")
        return context_mark, (
            f"text that starts with {opener!r} is read as a {what}, and this one is not closed: "
            f"quote the text ({_fix(opened)}), or end the {what} with {closer!r}"
        )
    if "could not find expected ':'" in words:
        return context_mark or mark, (
            "a line of text with no 'key:' in front of it: indent it to continue the text "
            "above, or give it its key"
        )
    if "did not find expected key" in words or "expected <block end>" in words:
        key, value = _value_after_key(text)
        quote = value[:1]
        if quote in ("'", '"') and col - 1 > text.find(value):
            meant = value[1:-1] if len(value) > 2 and value.endswith(quote) else value
            tip = " (inside single quotes, write a ' as '')" if quote == "'" else ""
            return mark, (
                f"text after the closing quote: put all of the text inside the quotes{tip}: "
                f"{_as_entry((key,), quoted(short(meant)))}"
            )
        return (line_no, _indent(text)), _misaligned(lines, line_no)
    if "expected '-' indicator" in words and context_mark:
        return (line_no, _indent(text)), (
            f"the list that starts on line {context_mark[0]} goes on, but this line is no "
            "'- item': start it with '- ', or indent it like the key above the list"
        )
    said = " ".join(filter(None, [context, problem])) or "not valid YAML"
    return mark, f"not valid YAML ({said}): check the quotes and the indentation here"


def _misaligned(lines: Sequence[str], line_no: int) -> str:
    """A line indented like no key above it: the two indentations it most likely meant."""
    spaces = _indent(lines[line_no - 1]) - 1
    choices: list[str] = []
    deeper = None
    for number in range(line_no - 1, 0, -1):
        found = _first_key(lines[number - 1])
        if not found:
            continue
        indent = len(found[1])
        if indent > spaces and deeper is None:
            deeper = indent
            choices.append(f"by {indent} like '{found[2]}:' on line {number}")
        elif indent < spaces:
            choices.append(f"by {indent} like '{found[2]}:' on line {number}")
            break
    unit = "space" if spaces == 1 else "spaces"
    fix = " or ".join(choices) or "like the keys of its mapping"
    return f"this line is indented by {spaces} {unit}, like no key above it: indent it {fix}"


def duplicate_key(key: str, first_line: int) -> str:
    return f"{key!r} is given twice: first defined at line {first_line}; keep one of them"


def comment_cut(line: int, kept: str, cut: str, loc: Loc) -> str:
    """A ' #' that turned the rest of a plain text's line into a YAML comment."""
    whole = f"{kept} {cut}"
    return (
        f"the rest of line {line} after ' #' is a YAML comment, so the text ends at "
        f"{short(kept, 24)!r}; quote the text if the # belongs to it: "
        f"{_as_entry(loc, quoted(short(whole, 60)))}"
    )


def not_a_name(key: object) -> str:
    return f"the key {_written(key)!r} is not a field name: field names are words, e.g. title"


def foreign_tag(tag: str, written: Written | None, loc: Loc) -> str:
    """A ``!tag`` on a value: refused (never run); a local one was most likely meant as text."""
    if tag.startswith("!") and not tag.startswith("!!") and written is not None:
        fix = _fix(written.line_text, loc)
        return f"'!' at the start of a value marks a YAML tag: quote the text: {fix}"
    return f"tag {tag!r} is not allowed here"


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


def one_of(value: str, allowed: Sequence[str], what: str) -> str:
    """``value`` is not among ``allowed``: a did-you-mean, and every allowed value."""
    near = difflib.get_close_matches(value, allowed, n=1)
    hint = f" (did you mean '{near[0]}'?)" if near else ""
    return f"{value!r} is not {what}{hint}; the choices: {', '.join(allowed)}"


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
_BOOL_WORDS = {"yes", "no", "on", "off", "y", "n"}


def _kind_of(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"the yes/no value {_written(value)}"
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
    key = _key(loc)
    if written and written.comment:
        comment = written.comment[1]
        fix = _as_entry(loc, quoted(short(comment, 40)))
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
        return f"is empty: write a whole number after '{key}:', e.g. {key}: 120000"
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
                f"quote it if you mean the word: {_as_entry(loc, quoted(written.source))}"
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
                f"{source} is read as the yes/no value {_written(value)}, not as text ({why}): "
                f"quote it if you mean the word: {_as_entry(loc, quoted(source))}"
            )
        if isinstance(value, int | float | datetime.date):
            what = "a date" if isinstance(value, datetime.date) else "a number"
            return (
                f"{source} is read as {what}, not as text: "
                f"quote it if you mean the text: {_as_entry(loc, quoted(source))}"
            )
    if expected == "text" and isinstance(value, dict) and len(value) == 1:
        ((key, inner),) = value.items()
        if isinstance(inner, str) and written is not None and key in written.line_text:
            whole = f"{key}: {inner}"
            return (
                f"{short(whole)!r} is read as a key and its value because of its ': ': quote "
                f"the text: {_as_entry(loc, quoted(short(whole, 60)))}"
            )
    if expected == "a list" and isinstance(value, str):
        items = [f"'- {short(item.strip(), 30)}'" for item in value.split(",") if item.strip()]
        example = " then ".join(items[:2]) if items else "'- ...'"
        return (
            f"{short(value)!r} is one line of text, not a list: write one '- item' per line "
            f"under '{_key(loc)}:', e.g. {example}"
        )
    if expected == "a list" and isinstance(value, dict):
        return f"must be a list, got a mapping: start each item with '- ' under '{_key(loc)}:'"
    if expected == "a mapping":
        fields = ", ".join(allowed_keys(model, loc))
        return (
            f"must be a mapping of fields, got {_kind_of(value)}: write its fields under "
            f"'{_key(loc)}:', indented ({fields})"
        )
    if expected in ("a whole number", "a number"):
        if isinstance(value, str):
            digits = re.sub(r"[,_\s]", "", value)
            if digits.isdigit() and not (written and written.plain):
                return f"{value!r} is text in quotes: write the number without quotes: {digits}"
            if digits.isdigit():
                return f"{short(value)!r} is not a whole number: write digits only: {digits}"
            return f"{short(value)!r} is not a whole number: write it in digits"
        if isinstance(value, float):
            return (
                f"{value} is not a whole number: write it without a fraction, e.g. {round(value)}"
            )
    if expected == "true or false" and isinstance(value, str):
        return f"{value!r} is text: write true or false, without quotes"
    return f"must be {expected}, got {_kind_of(value)}"


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
            else ("to this item" if isinstance(loc[-2], int) else f"under '{_key(loc[:-1])}:'")
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
