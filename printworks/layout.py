"""Layouts: the data in ``layouts/`` (copy, sizes, colours, fonts), read and validated.

Every file is read into a pydantic model with the same located errors as a role file
(``layouts/deck/deck.yaml:41:3: colours.bad: required field is missing``). :class:`Layouts`
is one folder of them, each file read on first use; renderers are handed the part they draw
with, never read a file themselves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from printworks import templating, yamldoc
from printworks.articles import fixed_article
from printworks.errors import Invalid, LayoutError, Problem
from printworks.forms import Copy, CurrencyCode, known_alias
from printworks.keep import kept
from printworks.memo import by_content
from printworks.model import Role
from printworks.resources import fonts_dir, layouts_dir

M = TypeVar("M", bound=BaseModel)

__all__ = [
    "DossierCopy",
    "FontTable",
    "LayoutError",
    "Layouts",
    "Section",
    "known_alias",
    "read_layout",
    "register",
]


class Strict(BaseModel):
    """A part of a layout file: every key required, unknown keys refused."""

    # the validators are built when a file is first validated: a model kept from a run before
    # (printworks.keep) needs none
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def read_layout(
    name: str, model: type[M], folder: Path | None = None, context: dict[str, Any] | None = None
) -> M:
    """The layout file ``name`` in ``folder`` (default: the shipped layouts), validated.

    Read once a process while the file is unchanged. ``context`` reaches the model's
    validators (the font table, for checking the font aliases a layout names).
    """
    path = (folder or layouts_dir()) / name

    fonts = (context or {}).get("fonts")
    tag = repr(sorted(fonts.faces.items())) if fonts is not None else ""
    kind = f"layout:{model.__module__}.{model.__qualname__}:{tag}"

    def validate(data: bytes) -> M:
        try:
            return yamldoc.load(data, path, model, what="a layout file", context=context)
        except Invalid as exc:
            raise LayoutError(_once_each(exc.problems)) from None

    def build(data: bytes | None) -> M:
        if data is None:
            raise LayoutError(f"{path}: cannot read layout file")
        # a good file's model is kept between runs (a mistake is always said afresh)
        return kept(f"{kind}:{path}", data, lambda: validate(data))

    return by_content(kind, path, build)


def _once_each(problems: list[Problem]) -> list[Problem]:
    """Each problem once: a cause that shows at several places (an alias missing from
    fonts.yaml, named by six font chains) is one line, at its first place, saying how many more."""
    first: dict[str, Problem] = {}
    more: dict[str, int] = {}
    for problem in problems:
        if problem.message in first:
            more[problem.message] += 1
        else:
            first[problem.message], more[problem.message] = problem, 0
    return [
        replace(p, message=f"{p.message}; and {more[m]} more place{'s' * (more[m] > 1)}")
        if more[m]
        else p
        for m, p in first.items()
    ]


# ---------------------------------------------------------------------------------------------
# fonts.yaml


class Unlike(Strict):
    """Characters a face has glyphs for that do not look like them."""

    face: str
    characters: str = Field(min_length=1)


class FontTable(Strict):
    """Font aliases -> font files in ``fonts/``: renderers ask for an alias, never for a file."""

    faces: dict[str, str] = Field(min_length=1)
    # characters some faces have glyphs for that do not look like them
    unlike: list[Unlike]

    @field_validator("faces")
    @classmethod
    def _files_exist(cls, faces: dict[str, str]) -> dict[str, str]:
        missing = [f"{alias}: {name}" for alias, name in faces.items() if not _font(name).is_file()]
        if missing:
            raise ValueError(f"no such font file in {fonts_dir()}: {', '.join(missing)}")
        return faces

    @model_validator(mode="after")
    def _unlike_known(self) -> FontTable:
        unknown = sorted({u.face for u in self.unlike} - set(self.faces))
        if unknown:
            raise ValueError(f"unlike: no font alias {unknown} in faces")
        return self

    def unlike_in(self, alias: str) -> str:
        """The characters the face ``alias`` must not draw (its glyphs are not them)."""
        return "".join(u.characters for u in self.unlike if u.face == alias)

    def path(self, alias: str) -> Path:
        """The file of the face called ``alias``."""
        return _font(self.faces[alias])


def _font(name: str) -> Path:
    return fonts_dir() / name


# ---------------------------------------------------------------------------------------------
# dossier.yaml: the words every dossier shares


class Section(Strict):
    id: str
    number: str
    heading: str
    caption: str | None


class Labels(Strict):
    aliases: str
    market_average: str
    flight_risk: str
    diagnosis: str
    claim: str
    translation: str
    source_redacted: str
    taxonomy: str
    system_match: str
    related_arrow: str
    pressure_down: str
    pressure_up: str


class Currency(Strict):
    code: CurrencyCode
    symbol: str = Field(min_length=1)


class MoneyCopy(Strict):
    """How a sum of money prints: with its currency's symbol, or with its code when none."""

    with_symbol: Copy("symbol", "figure", "code")
    with_code: Copy("figure", "code")
    currencies: list[Currency]

    @model_validator(mode="after")
    def _patterns(self) -> MoneyCopy:
        for name in ("with_symbol", "with_code"):
            pattern = getattr(self, name)
            if "figure" not in templating.names(pattern):
                raise ValueError(f"{name}: {pattern!r} must hold {{{{ figure }}}}")
        return self

    def symbols(self) -> dict[str, str]:
        return {c.code: c.symbol for c in self.currencies}


class DossierCopy(Strict):
    """The words every dossier shares: section numbers, headings, captions, labels, money."""

    file_record: Copy("slug")
    question: Copy("article", "title")
    sections: list[Section] = Field(min_length=1)
    labels: Labels
    money: MoneyCopy

    @field_validator("question")
    @classmethod
    def _article_from_title(cls, question: str) -> str:
        if wrong := fixed_article(question):
            raise ValueError(wrong)
        return question

    @field_validator("sections")
    @classmethod
    def _known_fields(cls, sections: list[Section]) -> list[Section]:
        unknown = sorted({s.id for s in sections} - set(Role.model_fields))
        if unknown:
            raise ValueError(f"sections name no role field: {unknown}")
        return sections

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)


# ---------------------------------------------------------------------------------------------
# the folder


# the parts of a folder that a renderer reads: name -> how it reads them from a Layouts
_PARTS: dict[str, Callable[[Layouts], Any]] = {}


def register(name: str) -> Callable[[Callable[[Layouts], M]], Callable[[Layouts], M]]:
    """Register how the layout part ``name`` is read (``layouts.<name>``): each renderer
    registers its own, beside its layout model, so this module imports no renderer."""

    def add(read: Callable[[Layouts], M]) -> Callable[[Layouts], M]:
        _PARTS[name] = read
        return read

    return add


class Layouts:
    """One folder of layout files (default: the shipped ``layouts/``), each read on first use.

    Besides the shared files (fonts, dossier), it has a part for each renderer registered
    with :func:`register` (``layouts.casefile``, ``layouts.deck``, ...), read on first use too.
    """

    def __init__(self, folder: Path | None = None):
        self.folder = folder or layouts_dir()

    def __getstate__(self) -> dict[str, Any]:
        # a worker process reads the files afresh (what it parsed is kept by their content)
        return {"folder": self.folder}

    def _read(self, name: str, model: type[M], **context: Any) -> M:
        return read_layout(name, model, self.folder, context or None)

    @cached_property
    def fonts(self) -> FontTable:
        return self._read("fonts.yaml", FontTable)

    @cached_property
    def dossier(self) -> DossierCopy:
        return self._read("dossier.yaml", DossierCopy)

    def __getattr__(self, name: str) -> Any:
        read = _PARTS.get(name)
        if read is None or name.startswith("_"):
            raise AttributeError(
                f"no layout part {name!r}: a renderer registers its part when its module "
                f"is imported (known: {', '.join(sorted(_PARTS)) or 'none yet'})"
            )
        part = self.__dict__[name] = read(self)  # read once for this folder
        return part

    def read(self, name: str, model: type[M], **context: Any) -> M:
        """The layout file ``name`` of this folder, as ``model`` (``context``: for its
        validators, e.g. ``fonts=layouts.fonts``)."""
        return self._read(name, model, **context)

    def digest(self) -> str:
        """A digest of every file in the folder and in ``fonts/``: what an output was made with."""
        digest = hashlib.sha256()
        for root in (self.folder, fonts_dir()):
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
        return digest.hexdigest()


@cache
def shipped() -> Layouts:
    """The layouts that ship with printworks (one bundle a process)."""
    return Layouts()
