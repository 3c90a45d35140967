"""Layouts: the data in ``layouts/`` (copy, sizes, colours, fonts), read and validated.

Every renderer reads its own layout file through :func:`read_layout`; the standing copy of a
dossier, shared by all of them, is :func:`dossier_copy`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from printworks.errors import PrintworksError
from printworks.model import Role
from printworks.resources import layouts_dir

M = TypeVar("M", bound=BaseModel)


class LayoutError(PrintworksError):
    """A layout file that is missing or does not fit its model."""


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    number: str
    heading: str
    caption: str | None = None


class DossierCopy(BaseModel):
    """The words every dossier shares: section numbers, headings, captions and labels."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file_record: str
    question: str
    sections: list[Section]
    labels: dict[str, str]

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def present(self, role: Role) -> list[Section]:
        """The sections that ``role`` has content for, in print order."""
        return [s for s in self.sections if getattr(role, s.id)]


def read_layout(name: str, model: type[M], folder: Path | None = None) -> M:
    """The layout file ``name`` (YAML) in ``folder`` (default: the shipped layouts), validated."""
    path = (folder or layouts_dir()) / name
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        return model.model_validate(data)
    except OSError as exc:
        raise LayoutError(f"{path}: cannot read layout: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise LayoutError(f"{path}: not valid YAML: {exc}") from None
    except ValidationError as exc:
        lines = [f"{path}: {'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
        raise LayoutError("\n".join(lines)) from None


@cache
def dossier_copy() -> DossierCopy:
    """The shipped standing copy (cached: it is read once a process)."""
    copy = read_layout("dossier.yaml", DossierCopy)
    missing = {s.id for s in copy.sections} - set(Role.model_fields)
    if missing:
        raise LayoutError(f"dossier.yaml: sections name no role field: {sorted(missing)}")
    return copy
