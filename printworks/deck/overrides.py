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


def problems(dialect: Dialect, role: Role) -> list[tuple[tuple, str]]:
    """What of ``role``'s own lines ``dialect`` cannot take: each as where it stands in the
    role file (``("deck", "copy", "cover", "meta")``) and what is wrong."""
    own = role.deck
    if own is None:
        return []
    base, found = dialect.copy, []
    for part, lines in own.copy_.items():
        for key in lines:
            if not base.has(f"{part}.{key}"):
                known = ", ".join(base.raw(part)) if base.has(part) else "nothing"
                said = f"the dialect '{dialect.name}' says no such line; its {part} says: {known}"
                found.append((("deck", "copy", part, key), said))
    for section, chosen in own.sections.items():
        if chosen.skip:
            continue
        kind = chosen.kind or dialect.kind(section)
        if kind is None:
            said = f"the dialect '{dialect.name}' does not present {section}; give its kind"
            found.append((("deck", "sections", section), said))
        elif kind in CLASSIC_WORDS:
            words = _words(dialect, section, kind) | chosen.words
            missing = [w for w in CLASSIC_WORDS[kind][1].model_fields if w not in words]
            if missing:
                said = f"the kind {kind} needs these words too: {', '.join(missing)}"
                found.append((("deck", "sections", section), said))
    return found


def role_copy(dialect: Dialect, role: Role) -> DeckCopy:
    """``dialect``'s copy with ``role``'s own lines over it (the dialect's own when it has none)."""
    own = role.deck
    if own is None or (not own.copy_ and not own.sections):
        return dialect.copy
    wrong = problems(dialect, role)
    if wrong:
        where = f"roles/{role.slug}.yaml"
        raise LayoutError(
            "\n".join(f"{where}: {'.'.join(map(str, loc))}: {said}" for loc, said in wrong)
        )
    base = dialect.copy
    data = dict(base.data)
    for part, lines in own.copy_.items():
        for key, value in lines.items():
            _set(data, f"{part}.{key}", verbatim(value))
    for section, chosen in own.sections.items():
        if chosen.skip:
            continue
        kind = chosen.kind or dialect.kind(section)
        words = _words(dialect, section, kind)
        words.update(verbatim(chosen.words))
        _set(data, words_key(kind, section), words)
    return DeckCopy(base.path, data)


def _words(dialect: Dialect, section: str, kind: str) -> dict[str, Any]:
    """The dialect's words for ``section`` shown as ``kind``: all of them when it shows it so
    itself; else only its title, kicker, agenda line, footnote and notes (none if it does not
    present the section)."""
    was = dialect.kind(section)
    if was is None:
        return {}
    words = dict(dialect.copy.raw(words_key(was, section)))
    return words if kind == was else {k: v for k, v in words.items() if k in COMMON}


def _set(data: dict[str, Any], key: str, value: Any) -> None:
    """Set the dotted ``key`` of ``data``, copying each mapping on the way (the dialect's copy
    is shared by every deck in it)."""
    *parents, last = key.split(".")
    node = data
    for part in parents:
        node[part] = dict(node.get(part, {}))
        node = node[part]
    node[last] = value
