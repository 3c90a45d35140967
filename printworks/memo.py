"""A per-process memo of what is built from a layout file, keyed by the file's very bytes.

Reading a small file is cheap; parsing YAML and compiling templates are not. Keying by content
rather than by name or time means an edited file is always read afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_KEEP = 8  # entries per kind: a process renders with one layout folder, tests with a few
_MEMO: dict[tuple[str, str, bytes], object] = {}


def by_content(kind: str, path: Path, build: Callable[[bytes], T]) -> T:
    """``build(data)`` for the bytes ``data`` of ``path``, built once per distinct content.

    When ``path`` cannot be read, ``build`` gets None and is expected to raise its own error.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return build(None)  # type: ignore[arg-type]
    key = (kind, str(path), data)
    if key not in _MEMO:
        mine = [k for k in _MEMO if k[0] == kind]
        if len(mine) >= _KEEP:
            del _MEMO[mine[0]]
        _MEMO[key] = build(data)
    return _MEMO[key]  # type: ignore[return-value]
