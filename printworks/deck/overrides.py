"""A role's own lines put over its dialect's: its copy (``deck.copy``) and its sections' words
and kinds (``deck.sections``), as data, never run as templates."""

from __future__ import annotations

from typing import Any

from printworks.deck.copy import DeckCopy, Verbatim
from printworks.deck.copybook import CLASSIC_WORDS
from printworks.deck.dialect import COMMON, Dialect, words_key
from printworks.errors import LayoutError
from printworks.markup import Text
from printworks.model import Role


def verbatim(value: Any) -> Any:
    """A role's words as the copy holds them: each text a :class:`Verbatim`."""
    if isinstance(value, Text):
        return Verbatim(value)
    if isinstance(value, list):
        return [verbatim(v) for v in value]
    if isinstance(value, dict):
        return {k: verbatim(v) for k, v in value.items()}
    return value


def role_copy(dialect: Dialect, role: Role) -> DeckCopy:
    """``dialect``'s copy with ``role``'s own lines over it (the dialect's own when it has none)."""
    own = role.deck
    if own is None or (not own.copy_ and not own.sections):
        return dialect.copy
    base = dialect.copy
    data = dict(base.data)
    where = f"roles/{role.slug}.yaml: deck"
    for part, lines in own.copy_.items():
        for key, value in lines.items():
            if not base.has(f"{part}.{key}"):
                known = ", ".join(base.raw(part)) if base.has(part) else "nothing"
                raise LayoutError(
                    f"{where}.copy.{part}.{key}: the dialect '{dialect.name}' says no such line; "
                    f"its {part} says: {known}"
                )
            _set(data, f"{part}.{key}", verbatim(value))
    for section, chosen in own.sections.items():
        if chosen.skip:
            continue
        was = dialect.kind(section)
        kind = chosen.kind or was
        if kind is None:
            raise LayoutError(
                f"{where}.sections.{section}: the dialect '{dialect.name}' does not present "
                f"{section}; give its kind"
            )
        key = words_key(kind, section)
        if kind == was:
            words = dict(base.raw(key))
        else:  # another kind: the dialect's words for its own kind do not fit; its title may
            words = {k: v for k, v in base.raw(words_key(was, section)).items() if k in COMMON}
            words = words if was else {}
        words.update(verbatim(chosen.words))
        if kind in CLASSIC_WORDS:
            missing = [w for w in CLASSIC_WORDS[kind][1].model_fields if w not in words]
            if missing:
                raise LayoutError(
                    f"{where}.sections.{section}: the kind {kind} needs these words too: "
                    f"{', '.join(missing)}"
                )
        _set(data, key, words)
    return DeckCopy(base.path, data, base._compiled)


def _set(data: dict[str, Any], key: str, value: Any) -> None:
    """Set the dotted ``key`` of ``data``, copying each mapping on the way (the dialect's copy
    is shared by every deck in it)."""
    *parents, last = key.split(".")
    node = data
    for part in parents:
        node[part] = dict(node.get(part, {}))
        node = node[part]
    node[last] = value
