"""The few exception types of printworks; each problem carries its file, line, column and field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or doubtful) in a role file, where it is, and what it is."""

    path: Path | str
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.field}: {self.message}"


class PrintworksError(Exception):
    """Anything the CLI reports as a message rather than a traceback."""


class RoleInvalid(PrintworksError):
    """A role file that cannot be loaded; holds every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class RoleNotFound(PrintworksError):
    """A ROLE argument that names no role file, or names one outside the roles folder."""


class RenderError(PrintworksError):
    """A renderer could not produce its file; nothing was written."""
