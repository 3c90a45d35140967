"""The deck's words: Jinja2 templates in ``layouts/deck/copy.yaml``, rendered in a sandbox.

Whoever edits a joke edits a template. Role text reaches a template only as a value in its
context, so it is printed as it stands and never evaluated: a role that says ``{{ 7*7 }}`` shows
those very characters. Undefined names are errors (StrictUndefined), not blanks.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from printworks.deck.memo import by_content
from printworks.layout import LayoutError

_MARKS = frozenset("{\r")  # a template without them renders as its own text


class DeckCopy:
    """The copy templates of one layout folder, addressed by dotted keys (``kpis.title``)."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise LayoutError(f"{path}: cannot read deck copy: {exc.strerror}") from None
        except yaml.YAMLError as exc:
            raise LayoutError(f"{path}: not valid YAML: {exc}") from None
        if not isinstance(self.data, dict):
            raise LayoutError(f"{path}: deck copy must be a mapping of templates")
        self._compiled: dict[str, Any] = {}

    @classmethod
    def read(cls, path: Path) -> DeckCopy:
        """The copy in ``path``, read and compiled once a process (while the file is unchanged)."""
        return by_content("copy", path, lambda _: cls(path))

    @cached_property
    def env(self) -> SandboxedEnvironment:
        return SandboxedEnvironment(
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )

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

    def text(self, key: str, **context: Any) -> str:
        """The template at ``key`` rendered with ``context``; surrounding blank space trimmed."""
        source = self.raw(key)
        if not isinstance(source, str):
            raise LayoutError(f"{self.path}: copy '{key}' is not a template string")
        return self._render(key, source, context)

    def texts(self, key: str, **context: Any) -> list[str]:
        """Each template of the list at ``key``, rendered; those that render empty are left out."""
        sources = self.raw(key)
        if not isinstance(sources, list):
            raise LayoutError(f"{self.path}: copy '{key}' is not a list of templates")
        out = [self._render(f"{key}[{i}]", str(s), context) for i, s in enumerate(sources)]
        return [text for text in out if text]

    def _render(self, key: str, source: str, context: dict[str, Any]) -> str:
        if not _MARKS.intersection(source):
            return source.strip()  # no tag, no variable, no line ending to normalise: as written
        try:
            return self._template(key, source).render(**context).strip()
        except TemplateError as exc:
            raise LayoutError(f"{self.path}: copy '{key}': {exc}") from None
