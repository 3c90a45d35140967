"""The deck's copy: every word the deck says of its own, as sandboxed Jinja2 templates.

Templates see a read-only view of the role (its fields and properties, nothing else) and the
role's derived facts. Role text goes into a template as data, never run as one, and keeps its
redactions: each text a template prints is put in as a mark, and the rendered copy comes back
as :class:`~printworks.markup.Text` with that text's own segments where the mark stood.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment

from printworks import yamldoc
from printworks.errors import Invalid, LayoutError
from printworks.markup import Segment, Text
from printworks.memo import by_content
from printworks.templating import MARKS as _MARKS
from printworks.templating import RENDER as _RENDER
from printworks.templating import Marks as _Render
from printworks.templating import environment


class DeckCopy:
    """The copy templates of one layout folder, addressed by dotted keys (``kpis.title``)."""

    def __init__(self, path: Path, data: dict[str, Any]):
        self.path = path
        self.data = data
        self._compiled: dict[str, Any] = {}

    @classmethod
    def read(cls, path: Path, theme: Path | None = None) -> DeckCopy:
        """The copy in ``path``, with a theme's own copy (``theme``, if it has one) over it:
        read, validated and compiled once a process (while the files are unchanged)."""
        base = by_content("copy", path, lambda raw: _validated(path, raw))
        if theme is None or not theme.is_file():
            return base
        return by_content("copy:" + str(path), theme, lambda raw: _over(base, theme, raw))

    @cached_property
    def env(self) -> SandboxedEnvironment:
        return environment()

    def raw(self, key: str) -> Any:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise LayoutError(f"{self.path}: no copy named '{key}'")
            node = node[part]
        return node

    def has(self, key: str) -> bool:
        try:
            self.raw(key)
        except LayoutError:
            return False
        return True

    def _template(self, key: str, source: str):
        if key not in self._compiled:
            try:
                self._compiled[key] = self.env.from_string(source)
            except TemplateError as exc:
                raise LayoutError(f"{self.path}: copy '{key}': {exc}") from None
        return self._compiled[key]

    def text(self, key: str, **context: Any) -> Text:
        """The template at ``key`` rendered with ``context``; surrounding blank space trimmed."""
        source = self.raw(key)
        if not isinstance(source, str):
            raise LayoutError(f"{self.path}: copy '{key}' is not a template string")
        return self._render(key, source, context)

    def texts(self, key: str, **context: Any) -> list[Text]:
        """Each template of the list at ``key``, rendered; those that render empty are left out."""
        sources = self.raw(key)
        if not isinstance(sources, list):
            raise LayoutError(f"{self.path}: copy '{key}' is not a list of templates")
        out = [self._render(f"{key}[{i}]", str(s), context) for i, s in enumerate(sources)]
        return [text for text in out if text]

    def _render(self, key: str, source: str, context: dict[str, Any]) -> Text:
        if not _MARKS.intersection(source):  # no tag, no variable, no line ending: as written
            words = source.strip()
            return Text((Segment(text=words),) if words else ())
        render = _Render()
        template = self._template(key, source)
        try:
            rendered = template.render(**context, **{_RENDER: render})
        except TemplateError as exc:
            raise LayoutError(f"{self.path}: copy '{key}': {exc}") from None
        return render.text(rendered).strip()


def _document(path: Path, raw: bytes | None) -> yamldoc.Document:
    if raw is None:
        raise LayoutError(f"{path}: cannot read the deck's copy")
    try:
        doc = yamldoc.read(yamldoc.decode(raw, path), path)
    except Invalid as exc:
        raise LayoutError(exc.problems) from None
    if doc.problems:
        raise LayoutError(doc.problems)
    if not isinstance(doc.data, dict):
        raise LayoutError(f"{path}: the deck's copy is a mapping of templates")
    return doc


def _validated(path: Path, raw: bytes | None) -> DeckCopy:
    """The copy of ``path``: every key there, each template compiling."""
    from printworks.deck.copybook import CopyModel

    doc = _document(path, raw)
    yamldoc.validate(doc, CopyModel)
    copy = DeckCopy(path, doc.data)
    _compile_all(copy, doc)
    if doc.problems:
        raise LayoutError(yamldoc.sorted_problems(doc.problems))
    return copy


def _over(base: DeckCopy, path: Path, raw: bytes | None) -> DeckCopy:
    """``base`` with a theme's copy (the file ``path``) put over it, key by key."""
    doc = _document(path, raw)

    def merge(into: dict, over: dict, loc: tuple) -> dict:
        out = dict(into)
        for key, value in over.items():
            here = (*loc, key)
            if key not in into:
                known = ", ".join(into)
                doc.problems.append(
                    doc.problem(
                        here,
                        f"no such copy in the deck's copy.yaml; known here: {known}",
                        at_key=True,
                    )
                )
            elif isinstance(into[key], dict) != isinstance(value, dict):
                doc.problems.append(
                    doc.problem(here, "has another shape than in the deck's copy.yaml")
                )
            else:
                out[key] = merge(into[key], value, here) if isinstance(value, dict) else value
        return out

    copy = DeckCopy(path, merge(base.data, doc.data, ()))
    _compile_all(copy, doc, only=doc.data)
    if doc.problems:
        raise LayoutError(yamldoc.sorted_problems(doc.problems))
    return copy


def _compile_all(copy: DeckCopy, doc: yamldoc.Document, only: dict | None = None) -> None:
    """Compile every template of ``copy`` (of ``only``, when given): a syntax error is located."""

    def walk(node: Any, loc: tuple) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, (*loc, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, (*loc, index))
        elif isinstance(node, str) and _MARKS.intersection(node):
            try:
                copy.env.from_string(node)
            except TemplateError as exc:
                doc.problems.append(doc.problem(loc, f"not a valid template: {exc}"))

    walk(only if only is not None else copy.data, ())
