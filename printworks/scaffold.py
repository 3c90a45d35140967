"""A new role file to fill in: every section and field, commented, with placeholders that validate.

The scaffold is the Jinja2 template ``layouts/scaffold.yaml.j2``; the slug, and the title and
case number made from it, go in as data. This module only says what to write where: the CLI
writes it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from pydantic import TypeAdapter, ValidationError

from printworks.errors import PrintworksError
from printworks.loader import (
    RESERVED_SLUGS,
    RESERVED_SUFFIX,
    ROLES_ENV,
    SUFFIX,
    read_role,
    role_paths,
    roles_dir,
)
from printworks.messages import SLUG
from printworks.model import Slug
from printworks.resources import layouts_dir, shipped_roles_dir
from printworks.schema import SCHEMA_FILE, role_schema_text

TEMPLATE = "scaffold.yaml.j2"
CASE_PREFIX = "OTI"
_PACKAGE = Path(__file__).resolve().parent
_CASE = re.compile(rf"^{CASE_PREFIX}-(\d+)$")
_CASE_LINE = re.compile(r"^case_number:[ \t]*[\"']?([A-Z0-9/-]+)", re.MULTILINE)
# words a title keeps in lower case (but for its first word), and words it writes in capitals
_SMALL = "a an and as at but by for from in into nor of on or per the to via vs with"
_CAPITALS = (
    "ai api b2b cfo cio ciso cmo coo cpo cro cto dei esg hr it kpi ml okr pmo qa sdet seo ux ui vp"
)
SMALL_WORDS, ACRONYMS = frozenset(_SMALL.split()), frozenset(_CAPITALS.split())


class ScaffoldError(PrintworksError):
    """A new role that cannot be started: a bad slug, or a role that already exists."""


def check_slug(slug: str) -> str:
    """``slug`` itself, if it is a valid role slug (lowercase words joined by hyphens) and not
    a name the zine keeps for its own outputs."""
    try:
        slug = TypeAdapter(Slug).validate_python(slug)
    except ValidationError:
        raise ScaffoldError(SLUG.explain(slug)) from None
    if slug in RESERVED_SLUGS or slug.endswith(RESERVED_SUFFIX):
        output = f"{slug}.pdf"
        if slug.endswith(RESERVED_SUFFIX):
            mended = f"mini-{slug.removesuffix(RESERVED_SUFFIX)}"
        else:
            mended = f"{slug}-editor"
        what = (
            "a role's mini-zine (<slug>-mini.pdf)"
            if slug.endswith(RESERVED_SUFFIX)
            else "the zine's own output"
        )
        raise ScaffoldError(
            f"{slug!r} is a name the zine keeps for itself: {output} is {what}, and a role's "
            f"case file would take its place; choose another, e.g. printworks new {mended}"
        )
    return slug


def target_folder(explicit: Path | str | None = None) -> Path:
    """Where new roles go: the roles folder, but never the one installed inside printworks.

    When the folder was not chosen (no option, no $PRINTWORKS_ROLES) and the usual lookup
    falls back on the shipped roles, the new role goes to ./roles instead.
    """
    folder = roles_dir(explicit)
    if folder.resolve() != shipped_roles_dir().resolve():
        return folder
    if not (explicit or os.environ.get(ROLES_ENV)):
        return Path("roles")
    if folder.resolve().is_relative_to(_PACKAGE):
        raise ScaffoldError(
            f"{folder} is the roles folder installed inside printworks; "
            "give --roles-dir a folder of your own"
        )
    return folder


def case_number_after(numbers: Iterable[str]) -> str:
    """The case number after the highest ``OTI-NNNN`` among ``numbers``."""
    found = [int(m[1]) for n in numbers if (m := _CASE.match(n))]
    return f"{CASE_PREFIX}-{max(found, default=0) + 1:04d}"


def _case_numbers(folder: Path) -> Iterable[str]:
    """The case numbers written in the role files of ``folder``, read from each file's text,
    so a file that is not (yet) valid YAML still holds its number."""
    for path in role_paths(folder) if folder.is_dir() else []:
        try:
            text = path.read_text(encoding="utf-8-sig", errors="replace")
        except OSError:
            continue  # an unreadable role file must not stop a new one being started
        yield from _CASE_LINE.findall(text)


def next_case_number(folder: Path) -> str:
    """The case number after the highest ``OTI-NNNN`` among the shipped roles and ``folder``'s
    own, so a new role never takes the number of a role it may be printed beside."""
    folders = dict.fromkeys([shipped_roles_dir().resolve(), folder.resolve()])
    return case_number_after(n for f in folders for n in _case_numbers(f))


def title_of(slug: str) -> str:
    """The title a slug reads as: ``head-of-ai-enablement`` as 'Head of AI Enablement'."""
    words = slug.split("-")
    out = []
    for index, word in enumerate(words):
        if word in ACRONYMS:
            out.append(word.upper())
        elif word in SMALL_WORDS and 0 < index < len(words) - 1:
            out.append(word)
        else:
            out.append(word.capitalize())
    return " ".join(out)


# a related specimen for a folder with too few roles of its own: no file, so no slug
_NO_FILE = {
    "title": "A Role This One Resembles",
    "slug": None,
    "summary": "That role's one-line summary, in the same plain voice.",
}


def related_specimens(folder: Path, count: int = 2) -> list[dict[str, str | None]]:
    """The first ``count`` good roles of ``folder`` as related specimens (title, slug,
    summary, as their own files have them), made up to ``count`` with specimens that have no
    file: so a new role's links name only files that are there."""
    found: list[dict[str, str | None]] = []
    for path in role_paths(folder) if folder.is_dir() else []:
        if len(found) == count:
            break
        try:
            file = read_role(path)
        except PrintworksError:
            continue
        if file.role is None:
            continue  # a broken role is no specimen to point at
        raw = file.doc.data  # as written, redaction bars and all
        found.append({"title": raw["title"], "slug": file.slug, "summary": raw["summary"]})
    return found + [_NO_FILE] * (count - len(found))


def scaffold_text(slug: str, case_number: str, folder: Path | None = None) -> str:
    """The scaffold for the role ``slug`` (to go in ``folder``), as YAML text."""
    slug = check_slug(slug)
    env = SandboxedEnvironment(
        loader=FileSystemLoader(layouts_dir()),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    title = title_of(slug)
    return env.get_template(TEMPLATE).render(
        slug=slug,
        file_name=f"{slug}{SUFFIX}",
        title=title,
        case_number=case_number,
        related=related_specimens(folder) if folder is not None else [_NO_FILE, _NO_FILE],
    )


def new_role_files(slug: str, folder: Path) -> list[tuple[Path, bytes]]:
    """The files that start role ``slug`` in ``folder``: the role first, then the schema if absent.

    Raises :class:`ScaffoldError` if ``slug`` is not a slug or the role file already exists.
    """
    slug = check_slug(slug)
    path = folder / f"{slug}{SUFFIX}"
    if path.exists():
        raise ScaffoldError(f"{path} already exists; not overwriting it")
    files = [(path, scaffold_text(slug, next_case_number(folder), folder).encode("utf-8"))]
    schema = folder / SCHEMA_FILE
    if not schema.exists():
        files.append((schema, role_schema_text().encode("utf-8")))
    return files
