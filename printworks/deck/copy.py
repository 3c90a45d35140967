"""The deck's copy: every word the deck says of its own, as sandboxed Jinja2 templates.

Templates see a read-only view of the role (its fields and properties, nothing else) and the
role's derived facts. Role text goes into a template as data, never run as one, and keeps its
redactions: each text a template prints is put in as a mark, and the rendered copy comes back
as :class:`~printworks.markup.Text` with that text's own segments where the mark stood.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import TemplateError

from printworks import yamldoc
from printworks.errors import Invalid, LayoutError
from printworks.markup import Segment, Text
from printworks.templating import MARKS as _MARKS
from printworks.templating import RENDER as _RENDER
from printworks.templating import Marks as _Render
from printworks.templating import compile_each, compiled


@dataclass(frozen=True)
class Verbatim:
    """A role's own words put over a dialect's: data, said as written, never run as a template."""

    text: Text


class DeckCopy:
    """The copy templates of one dialect, addressed by dotted keys (``cover.title``); a
    template is compiled once a process, however many dialects and roles say it."""

    def __init__(self, path: Path, data: dict[str, Any]):
        self.path = path
        self.data = data

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
        try:
            return compiled(source)
        except TemplateError as exc:
            raise LayoutError(f"{self.path}: copy '{key}': {exc}") from None

    def text(self, key: str, **context: Any) -> Text:
        """The template at ``key`` rendered with ``context``; surrounding blank space trimmed."""
        source = self.raw(key)
        if isinstance(source, Verbatim):
            return source.text
        if not isinstance(source, str):
            raise LayoutError(f"{self.path}: copy '{key}' is not a template string")
        return self._render(key, source, context)

    def texts(self, key: str, **context: Any) -> list[Text]:
        """Each template of the list at ``key``, rendered; those that render empty are left out."""
        sources = self.raw(key)
        if not isinstance(sources, list):
            raise LayoutError(f"{self.path}: copy '{key}' is not a list of templates")
        out = [
            s.text if isinstance(s, Verbatim) else self._render(f"{key}[{i}]", str(s), context)
            for i, s in enumerate(sources)
        ]
        return [text for text in out if text]

    def tree(self, key: str, **context: Any) -> Any:
        """Everything under ``key``, each template rendered (a mapping stays a mapping, a list
        of texts drops those that render empty; numbers and the role's own words as they are)."""

        def said(node: Any, where: str) -> Any:
            if isinstance(node, Verbatim):
                return node.text
            if isinstance(node, str):
                return self._render(where, node, context)
            if isinstance(node, dict):
                return {k: said(v, f"{where}.{k}") for k, v in node.items()}
            if isinstance(node, list):
                out = [said(v, f"{where}[{i}]") for i, v in enumerate(node)]
                return [v for v in out if not isinstance(v, Text) or v]
            return node

        return said(self.raw(key), key)

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


def document(path: Path, raw: bytes | None, what: str) -> yamldoc.Document:
    """The YAML document of copy in ``path`` (``raw``, its bytes): a mapping, or an error."""
    if raw is None:
        raise LayoutError(f"{path}: cannot read {what}")
    try:
        doc = yamldoc.read(yamldoc.decode(raw, path), path)
    except Invalid as exc:
        raise LayoutError(exc.problems) from None
    if doc.problems:
        raise LayoutError(doc.problems)
    if not isinstance(doc.data, dict):
        raise LayoutError(f"{path}: {what} is a mapping of templates")
    return doc


def compile_all(copy: DeckCopy, doc: yamldoc.Document, only: dict | None = None) -> None:
    """Compile every template of ``copy`` (of ``only``, when given): a syntax error is located."""
    found: list[tuple[tuple, str]] = []

    def walk(node: Any, loc: tuple) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, (*loc, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, (*loc, index))
        elif isinstance(node, str) and _MARKS.intersection(node):
            found.append((loc, node))

    walk(only if only is not None else copy.data, ())
    wrong = compile_each(source for _, source in found)
    for loc, source in found:
        if source in wrong:
            doc.problems.append(doc.problem(loc, f"not a valid template: {wrong[source]}"))
