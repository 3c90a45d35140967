"""A dialect: the voice a deck speaks in, apart from the theme's look.

A dialect (``layouts/deck/dialects/<name>.yaml``) holds every word a deck says of its own (the
cover line, the agenda, the furniture, the ending, each kind's own words) and its default
running order: frame slides (``cover``, ``agenda``, ``own``, ...) and a step for each dossier
section, presenting it through a kind with its own title, notes and words. Words are sandboxed
Jinja2 templates (see :mod:`printworks.deck.copy`). Read, validated (each problem located, with
the choices) and compiled once a process while the file is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from printworks import yamldoc
from printworks.content.presenting import presenters
from printworks.deck.copy import DeckCopy, compile_all, document
from printworks.deck.copybook import CLASSIC_WORDS, FrameCopy
from printworks.errors import LayoutError
from printworks.memo import by_content
from printworks.messages.words import one_of
from printworks.sections import FRAMES, SECTIONS

DIALECTS_DIR = "dialects"
# the words every section step may have, whatever its kind
COMMON = ("title", "eyebrow", "agenda", "footnote", "notes")
SECTION_WORDS = "sections"  # where a content step's words are kept in the dialect's copy


class DialectFile(FrameCopy):
    """What a dialect file holds: whose voice it is, its running order, and its frame copy."""

    about: str = Field(min_length=1)
    order: list[str | dict[str, Any]] = Field(min_length=1)


@dataclass(frozen=True)
class Entry:
    """One entry of a running order: a frame slide by name, or a section and its kind."""

    name: str
    kind: str | None = None

    @property
    def section(self) -> bool:
        return self.kind is not None


@dataclass(frozen=True)
class Dialect:
    """A dialect as read: its name, its default running order, and all its copy."""

    name: str
    path: Path
    about: str
    order: tuple[Entry, ...]
    copy: DeckCopy

    def kind(self, section: str) -> str | None:
        """The kind this dialect presents ``section`` in (None: it does not present it)."""
        return next((e.kind for e in self.order if e.name == section), None)


def words_key(kind: str, section: str) -> str:
    """Where the words of ``section`` presented as ``kind`` are kept in a deck's copy."""
    classic = CLASSIC_WORDS.get(kind)
    return classic[0] if classic else f"{SECTION_WORDS}.{section}"


def read(folder: Path, name: str) -> Dialect:
    """The dialect ``name`` of the deck layout ``folder``, read and checked once a process."""
    path = folder / DIALECTS_DIR / f"{name}.yaml"
    if not path.is_file():
        known = ", ".join(names(folder)) or "none"
        raise LayoutError(f"no dialect '{name}' (known: {known})")
    return by_content("dialect", path, lambda raw: _read(name, path, raw))


def names(folder: Path) -> list[str]:
    """The dialects of the deck layout ``folder``, by name."""
    root = folder / DIALECTS_DIR
    return sorted(p.stem for p in root.glob("*.yaml")) if root.is_dir() else []


def _read(name: str, path: Path, raw: bytes | None) -> Dialect:
    doc = document(path, raw, "a dialect")
    yamldoc.validate(doc, DialectFile)
    if doc.problems:
        raise LayoutError(yamldoc.sorted_problems(doc.problems))
    data = dict(doc.data)
    order = [_entry(doc, index, item) for index, item in enumerate(data.pop("order"))]
    about = data.pop("about")
    data[SECTION_WORDS] = {}
    seen: set[str] = set()
    for index, (entry, item) in enumerate(zip(order, doc.data["order"], strict=True)):
        if entry is None or not entry.section:
            continue
        if entry.name in seen:
            doc.problems.append(
                doc.problem(("order", index, "section"), "this section is presented twice")
            )
        seen.add(entry.name)
        words = {k: v for k, v in item.items() if k not in ("section", "kind")}
        _check_words(doc, ("order", index), entry, words)
        key = words_key(entry.kind, entry.name)
        if key in data:
            doc.problems.append(
                doc.problem(("order", index, "kind"), f"a second step presents {entry.kind}")
            )
        _put(data, key, words)
    copy = DeckCopy(path, data)
    compile_all(copy, doc)
    if doc.problems:
        raise LayoutError(yamldoc.sorted_problems(doc.problems))
    return Dialect(name, path, about, tuple(e for e in order if e is not None), copy)


def _put(data: dict[str, Any], key: str, value: Any) -> None:
    *parents, last = key.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[last] = value


def _entry(doc: yamldoc.Document, index: int, item: str | dict[str, Any]) -> Entry | None:
    here = ("order", index)
    if isinstance(item, str):
        if item in FRAMES:
            return Entry(item)
        choices = [*FRAMES, "or a mapping with section: and kind:"]
        doc.problems.append(doc.problem(here, one_of(item, choices, "a frame slide")))
        return None
    section, kind = item.get("section"), item.get("kind")
    if section not in SECTIONS:
        message = one_of(str(section), SECTIONS, "a dossier section")
        doc.problems.append(doc.problem((*here, "section"), message))
        return None
    if kind not in presenters(section):
        message = cannot_present(kind, section)
        doc.problems.append(doc.problem((*here, "kind"), message))
        return None
    return Entry(section, kind)


def cannot_present(kind: object, section: str) -> str:
    """The message for a kind that cannot present ``section``, with the kinds that can."""
    said = "no kind is given" if kind is None else f"{kind!r} cannot present {section}"
    return f"{said}; choose one of: {', '.join(presenters(section))}"


def _check_words(doc: yamldoc.Document, here: tuple, entry: Entry, words: dict) -> None:
    """A classic kind's words are its copy model's, all of them; a content kind's need a
    title and notes (the rest is checked against its content when a deck is made)."""
    assert entry.kind is not None
    classic = CLASSIC_WORDS.get(entry.kind)
    if classic is None:
        for needed in ("title", "notes"):
            if needed not in words:
                doc.problems.append(doc.problem((*here, needed), "required: every step says it"))
        return
    try:
        classic[1].model_validate(words)
    except ValidationError as exc:
        for error in exc.errors():
            loc = (*here, *error["loc"])
            what = "required by the kind" if error["type"] == "missing" else error["msg"]
            if error["type"] == "extra_forbidden":
                what = (
                    f"{entry.kind} says no such word; it says: {', '.join(classic[1].model_fields)}"
                )
            doc.problems.append(doc.problem(loc, what, at_key=error["type"] == "extra_forbidden"))
