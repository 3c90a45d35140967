"""YAML that cannot be read, in plain words: what is wrong at which character, and the fix."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .words import Loc, Written, as_entry, as_written, quoted, short


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
    return as_entry(loc if loc is not None else (key,), quoted(short(value)))


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
        after_dash = text[: column - 1].rstrip(" ").endswith("-")
        fix = "write '- ' with a space after the dash" if after_dash else "indent with spaces"
        return (line_no, column), f"a tab character: YAML indents with spaces only; {fix}"
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
                f"{as_entry((key,), quoted(short(meant)))}"
            )
        return (line_no, _indent(text)), _misaligned(lines, line_no)
    if "expected '-' indicator" in words and context_mark:
        return (line_no, _indent(text)), _outdented_in_list(lines, line_no, context_mark[0])
    if "another document" in words:
        return (line_no, 1), (
            "a '---' line starts a second document: a role file is one document; remove the line"
        )
    said = " ".join(filter(None, [context, problem])) or "not valid YAML"
    return mark, f"not valid YAML ({said}): check the quotes and the indentation here"


def _outdented_in_list(lines: Sequence[str], line_no: int, start: int) -> str:
    """A line indented like the '- ' of the list it stands in: most likely a key of the item
    above, short of the spaces that would put it under that item's first key."""
    text = lines[line_no - 1]
    spaces = _indent(text) - 1
    for number in range(line_no - 1, start - 1, -1):
        found = re.match(r"^( *)-( +)([^\s:#][^:#]*):(?:\s|$)", lines[number - 1])
        if found and len(found[1]) == spaces:
            wanted = len(found[1]) + 1 + len(found[2])
            more = wanted - spaces
            return (
                f"this line is indented by {spaces} spaces, like the '- ' of the list item on "
                f"line {number}, not like its keys: indent it by {wanted} ({more} more), "
                f"under '{found[3].strip()}:' on line {number}; or start it with '- ' for a "
                "new item"
            )
    return (
        f"the list that starts on line {start} goes on, but this line is no "
        "'- item': start it with '- ', or indent it like the key above the list"
    )


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
        f"{as_entry(loc, quoted(short(whole, 60)))}"
    )


def not_a_name(key: object, source: str) -> str:
    """A key that YAML read as something else than a name (``yes`` as true, ``1`` as a number)."""
    if isinstance(key, bool):
        what = f"the yes/no value {as_written(key)}"
    elif isinstance(key, int | float):
        what = "a number"
    elif key is None:
        what = "nothing"
    else:
        return f"{source} is not a field name: field names are words, e.g. title"
    words = "field names are words, e.g. title"
    return f"the key {source} is read as {what}, not as a field name: {words}"


_YAML_TAG = "tag:yaml.org,2002:"


def foreign_tag(tag: str, written: Written | None, loc: Loc) -> str:
    """A ``!tag`` on a value: refused (never run); a local one was most likely meant as text."""
    shown = "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag
    if not loc:  # the whole document is one tagged value
        return (
            f"the file is one value tagged {shown}, not a mapping of fields; "
            "a tag is never run: remove it and write the fields"
        )
    if tag.startswith("!") and not tag.startswith("!!") and written is not None:
        fix = _fix(written.line_text, loc)
        return f"'!' at the start of a value marks a YAML tag: quote the text: {fix}"
    return (
        f"the tag {shown} is not allowed (a tag is never run): remove it, write the value plainly"
    )
