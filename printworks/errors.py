"""The few exception types of printworks; each problem carries its file, line, column and field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or doubtful) in a role file, where it is, and what it is.

    An error stops the file being used; a warning (a likely mistake) is said and passed over.
    """

    path: Path | str
    line: int
    column: int
    field: str
    message: str
    severity: str = ERROR

    def __str__(self) -> str:
        tail = " (warning)" if self.severity == WARNING else ""
        if not str(self.path):  # a problem with no file of its own: the message says it all
            return self.message + tail
        if not self.line:  # a problem of a file as a whole, not of a place in it
            return f"{self.path}: {self.message}{tail}"
        return f"{self.path}:{self.line}:{self.column}: {self.field}: {self.message}{tail}"

    def as_dict(self) -> dict[str, object]:
        """This problem as ``validate --format json`` writes it."""
        return {
            "file": str(self.path),
            "line": self.line,
            "column": self.column,
            "field": self.field,
            "message": self.message,
            "severity": self.severity,
        }


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
