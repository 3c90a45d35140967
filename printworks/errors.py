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
        if not str(self.path):  # a problem with no file of its own: the message says it all
            return self.message
        if not self.line:  # a problem of a file as a whole, not of a place in it
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}:{self.column}: {self.field}: {self.message}"


class PrintworksError(Exception):
    """Anything the CLI reports as a message rather than a traceback."""


class Invalid(PrintworksError):
    """A file that cannot be read into its model; holds every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class RoleInvalid(Invalid):
    """A role file that cannot be loaded."""


class LayoutError(Invalid):
    """A layout file that is missing, unreadable or does not fit its model."""

    def __init__(self, problems: list[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem("", 0, 0, "", problems)]
        super().__init__(problems)


class RoleNotFound(PrintworksError):
    """A ROLE argument that names no role file, or names one outside the roles folder."""


class RenderError(PrintworksError):
    """A renderer could not produce its file; nothing was written."""
