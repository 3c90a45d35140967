"""Where a YAML file that cannot be read went wrong: the field at the fault, judged from the
lines alone (indentation and '- ' items), a quoted text that ran on, an indentation as meant.

What a role file's author is told when YAML stops: :mod:`printworks.yamldoc` reads, this
module locates what could not be read.
"""

from __future__ import annotations

import re

import yaml

Loc = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column

# libyaml's parser when PyYAML was built with it (twenty times faster), else the pure one
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def position(mark: yaml.Mark | None) -> Position:
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


_ELEMENTS = re.compile(r"^([ \t]*)((?:-[ \t]+)*)(?:([^\s#'\"\[{][^#]*?):(?:\s|$))?")


def _elements(line: str) -> list[tuple[int, str | None]]:
    """The structure a block-style line opens: a column for each '- ', then its key's."""
    found = _ELEMENTS.match(line)
    if not found or not line.strip() or line.lstrip().startswith("#"):
        return []
    column = len(found[1])
    out: list[tuple[int, str | None]] = []
    for dash in re.finditer(r"-[ \t]+", found[2]):
        out.append((column + dash.start(), None))
    if found[3]:
        out.append((found.start(3), found[3].strip()))
    return out


def _item_index(lines: list[str], line: int, column: int) -> int:
    """The index of the '- ' item at ``column`` of line ``line`` (0-based) among its siblings."""
    index = 0
    for above in range(line - 1, -1, -1):
        elements = _elements(lines[above])
        if not elements:
            continue
        first = elements[0][0]
        if first < column or (first == column and elements[0][1] is not None):
            break
        index += any(col == column and name is None for col, name in elements)
    return index


def outline(lines: list[str], at: Position) -> Loc:
    """The field at ``at`` in a file that YAML cannot read, judged from indentation alone.

    Block style is all a role file uses: each key's parent is the nearest key above it that
    stands further left, and each '- ' an item of the list it lines up with.
    """
    line, column = at[0] - 1, at[1] - 1
    if not 0 <= line < len(lines):
        return ()
    text = lines[line]
    content = len(text) - len(text.lstrip())
    own = _elements(text)
    if column <= content:  # the line itself is at fault (its indentation): it is the subject
        column = content
        keep = list(own)
    else:
        keep = [(c, n) for c, n in own if n is None and c < column]
        key = next(((c, n) for c, n in own if n is not None), None)
        if key and text.find(":", key[0] + len(key[1])) < column:
            keep.append(key)
        column = min((c for c, _ in keep), default=column)
    path: list[str | int] = []
    for col, name in reversed(keep):
        path.insert(0, name if name is not None else _item_index(lines, line, col))
    for above in range(line - 1, -1, -1):
        for col, name in reversed(_elements(lines[above])):
            if col < column:
                path.insert(0, name if name is not None else _item_index(lines, above, col))
                column = col
        if column == 0:
            break
    return tuple(path)


def runaway_quote(text: str, line: int) -> tuple[Position, str] | None:
    """The opening of a quoted text that ran on over line ends to ``line``, where YAML failed
    (a quote left open runs on to the next quote in the file)."""
    reader = SafeLoader(text)
    last = None
    try:
        while reader.check_token():
            token = reader.get_token()
            if isinstance(token, yaml.ScalarToken) and token.end_mark.line + 1 <= line:
                last = token
    except yaml.YAMLError:
        pass
    finally:
        reader.dispose()
    if last is None or last.style not in ("'", '"') or last.start_mark.line == last.end_mark.line:
        return None
    return (position(last.start_mark), last.style) if last.end_mark.line + 1 == line else None


_MEANT_INDENT = re.compile(
    r"like the '- ' of the list item on line \d+, not like its keys: "
    r"indent it by (\d+)"
)


def as_meant(lines: list[str], line: int, message: str) -> list[str]:
    """``lines`` with line ``line`` indented as ``message`` says it was meant: a key short of
    its item's indentation is named as that item's key."""
    found = _MEANT_INDENT.search(message)
    if not found or not 0 < line <= len(lines):
        return lines
    mended = list(lines)
    mended[line - 1] = " " * int(found[1]) + lines[line - 1].lstrip(" ")
    return mended
