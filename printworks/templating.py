"""Copy as templates: the one sandboxed Jinja2 every layout's words are written in.

A layout's copy (``"WHAT DOES {{ article }} {{ title }} ACTUALLY DO?"``) is a template; role
text only ever goes into one as a value, never run as one. Templates run sandboxed with
StrictUndefined, so a misspelt name is an error, not a blank. Each role text a template prints
is put in as a mark, and the rendered copy comes back as :class:`~printworks.markup.Text` with
that text's own segments (its redactions) where the mark stood.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from printworks.markup import Segment, Text

if TYPE_CHECKING:
    from jinja2 import Template
    from jinja2.sandbox import SandboxedEnvironment

MARKS = frozenset("{\r")  # a template without them renders as its own text
# where a role's text stands in rendered copy: control characters that role text cannot hold
_TOKEN = re.compile("\x1e(\\d+)\x1f")
RENDER = "_printworks_render"

# Copy that only prints values, ``PAGE {{ page }} OF {{ total }}`` or ``M-{{ '%02d' |
# format(n) }}`` on one line, is rendered here as Jinja2 renders it, without loading Jinja2 (a
# case file's copy is all of this kind, and Jinja2 was a tenth of its start). Anything else in
# a template (a tag, a filter or a test of another kind, a literal name, a brace out of place,
# a line ending, a name not given) goes to Jinja2.
_PRINT = re.compile(
    r"\{\{ *(?:([a-z_][a-z0-9_]*)|'([^'\\{}]*)' *\| *format\( *([a-z_][a-z0-9_]*) *\)) *\}\}"
)
# names Jinja2 reads as something else than a value given (a literal, an operator, itself)
_NOT_NAMES = frozenset(
    {"true", "false", "none", "and", "or", "not", "in", "is", "if", "else", "self", "for"}
    | {"recursive", "import", "from", "with", "as"}
)


class View:
    """A read-only view of a model for templates: its fields and its properties (each looked
    up once a view: a deck's copy reads the same few of a role's some hundred times)."""

    __slots__ = ("_of", "_seen")

    def __init__(self, of: BaseModel):
        self._of = of
        self._seen: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        seen = object.__getattribute__(self, "_seen")
        if name in seen:  # a list anew, as a template may change what it is given
            value = seen[name]
            return list(value) if isinstance(value, list) else value
        model = object.__getattribute__(self, "_of")
        kind = type(model)
        if name.startswith("_") or not (
            name in kind.model_fields or isinstance(getattr(kind, name, None), property)
        ):
            raise AttributeError(name)
        value = seen[name] = view(getattr(model, name))
        return list(value) if isinstance(value, list) else value

    def __bool__(self) -> bool:
        return True


def view(value: Any) -> Any:
    """``value`` as templates may see it: models as views, lists of them likewise."""
    if isinstance(value, BaseModel):
        return View(value)
    if isinstance(value, list | tuple):
        return [view(item) for item in value]
    return value


class Marks:
    """One rendering: role texts met on the way, so that their marks can be put back."""

    def __init__(self) -> None:
        self.texts: list[Text] = []

    def mark(self, text: Text) -> str:
        self.texts.append(text)
        return f"\x1e{len(self.texts) - 1}\x1f"

    def text(self, rendered: str) -> Text:
        parts = _TOKEN.split(rendered)
        segments: list[Segment] = []
        for index, part in enumerate(parts):
            if index % 2:
                segments.extend(self.texts[int(part)].segments)
            elif part:
                segments.append(Segment(text=part))
        return Text(tuple(segments)) + ""


@lru_cache(maxsize=1024)  # a layout's copy is a few hundred sources, each read at every render
def _plain(source: str) -> tuple[str | tuple[str, str | None], ...] | None:
    """``source`` as literal texts and printed values (a name, and the %-format it goes
    through or None), when it is copy that only prints values; else None."""
    if "\n" in source or "\r" in source:
        return None
    parts: list[str | tuple[str, str | None]] = []
    at = 0
    for found in _PRINT.finditer(source):
        parts.append(source[at : found.start()])
        name, pattern, formatted = found.groups()
        name = name or formatted
        if name in _NOT_NAMES:
            return None
        parts.append((name, pattern))
        at = found.end()
    parts.append(source[at:])
    if any("{" in p or "}" in p for p in parts if isinstance(p, str)):
        return None
    return tuple(parts)


def _render_plain(parts: tuple[str | tuple[str, str | None], ...], values: dict[str, Any]) -> Text:
    """The copy ``parts`` (of :func:`_plain`) rendered with ``values``, every name given."""
    marks = Marks()
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        name, pattern = part
        value = values[name] if pattern is None else pattern % (values[name],)
        out.append(marks.mark(value) if isinstance(value, Text) else str(value))
    return marks.text("".join(out)).strip()


def _finalize(context, value: Any) -> Any:
    """What a template prints: a role's text as the mark of it, anything else as it is."""
    render = context.get(RENDER)
    return render.mark(value) if render is not None and isinstance(value, Text) else value


def environment() -> SandboxedEnvironment:
    """A new environment for copy: sandboxed, StrictUndefined, no escaping (each renderer
    escapes text where it enters its own markup), block tags trimmed."""
    # Jinja2 loaded when copy is first read, not when a renderer's package is imported
    from jinja2 import StrictUndefined, pass_context
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=pass_context(_finalize),
    )


@cache
def _shared() -> SandboxedEnvironment:
    return environment()


_COMPILED: dict[str, Template] = {}


def compiled(source: str) -> Template:
    """``source`` compiled once a process (a TemplateSyntaxError if it is not a template)."""
    template = _COMPILED.get(source)
    if template is None:
        template = _COMPILED[source] = _shared().from_string(source)
    return template


def compile_each(sources: Iterable[str]) -> dict[str, str]:
    """Every template of ``sources`` compiled, as :func:`compiled` would, and what is wrong
    with each that is not a template (by source, as Jinja2 says it).

    Jinja2's compiled code of the lot is kept between runs (:mod:`printworks.keep`, under the
    sources themselves and Jinja2's version) and only put together here: a dialect's few
    hundred templates take about 30 ms to compile, and about 1 ms to put together again, in
    every process that reads it (the zine's workers each do)."""
    wanted = sorted(set(sources))
    if all(s in _COMPILED for s in wanted):
        return {}
    import marshal

    from jinja2 import TemplateError, __version__

    from printworks.keep import kept

    env = _shared()

    def build() -> dict[str, tuple[bytes | None, str | None]]:
        codes: dict[str, tuple[bytes | None, str | None]] = {}
        for source in wanted:
            try:
                codes[source] = (marshal.dumps(env.compile(source)), None)
            except TemplateError as exc:
                codes[source] = (None, str(exc))
        return codes

    codes = kept(f"templates:jinja2 {__version__}", "\0".join(wanted).encode(), build)
    wrong: dict[str, str] = {}
    for source, (code, error) in codes.items():
        if error is not None:
            wrong[source] = error
        elif source not in _COMPILED:
            template = env.template_class.from_code(
                env, marshal.loads(code), env.make_globals(None), None
            )
            _COMPILED[source] = template
    return wrong


def render(template: Template, context: dict[str, Any]) -> Text:
    """``template`` rendered with ``context``, role texts kept as their segments; trimmed."""
    marks = Marks()
    rendered = template.render(**context, **{RENDER: marks})
    return marks.text(rendered).strip()


def text(source: str, /, **values: Any) -> Text:
    """The layout copy ``source`` rendered with ``values``: role texts keep their redactions."""
    if not MARKS.intersection(source):  # no tag, no variable, no line ending: as written
        return Text.plain(source.strip())
    parts = _plain(source)
    if parts is not None and all(p[0] in values for p in parts if isinstance(p, tuple)):
        return _render_plain(parts, values)
    return render(compiled(source), values)


def words(source: str, /, **values: Any) -> str:
    """The layout copy ``source`` rendered with ``values``, as plain words (for metadata)."""
    return text(source, **values).visible


def names(source: str) -> frozenset[str]:
    """The names the copy ``source`` uses (none when it is not a template)."""
    parts = _plain(source)
    if parts is not None:
        return frozenset(p[0] for p in parts if isinstance(p, tuple))
    from jinja2 import TemplateError, meta  # Jinja2 only for copy that needs it (see _PRINT)

    try:
        return frozenset(meta.find_undeclared_variables(_shared().parse(source)))
    except TemplateError:
        return frozenset()


def unknown_names(source: str, names: frozenset[str]) -> str | None:
    """What is wrong with ``source`` as copy that may use only ``names``, or None if nothing:
    its syntax error, or the names it uses that it is not given."""
    if not MARKS.intersection(source):
        return None
    parts = _plain(source)
    if parts is not None:
        used = {p[0] for p in parts if isinstance(p, tuple)}
    else:
        from jinja2 import TemplateError, meta  # as above

        try:
            used = meta.find_undeclared_variables(_shared().parse(source))
        except TemplateError as exc:
            return f"not a valid template: {exc}"
    unknown = sorted(used - names)
    if not unknown:
        return None
    given = ", ".join(sorted(names)) or "none"
    return (
        f"{', '.join(unknown)} is not defined in this copy (it is given: {given}); "
        "write a name as {{ name }}"
    )
