"""The zine's issue: what its covers say about it, from ``zine.yaml`` in the roles folder.

The file is optional and so is every field in it; a field left out takes the default below.
It is read like a role file (see :mod:`printworks.yamldoc`), every problem located to its line
and column. Its text fields are :class:`~printworks.markup.Text`: ``||words||`` are redacted.
Pure data.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from printworks import yamldoc
from printworks.errors import Invalid, PrintworksError, Problem
from printworks.markup import Text
from printworks.part import Part
from printworks.reading import MAX_FILE_BYTES, read_role_file

ISSUE_FILE = "zine.yaml"


class Issue(Part):
    """One issue of the zine: its title and number, when and for how much, and its voice."""

    title: Text = Field(Text.plain("THE OTIOSE FILES"), description="The masthead.")
    number: int = Field(1, ge=1, le=99999, description="The issue number.")
    date: Text | None = Field(
        None,
        description="When the issue is dated, as printed ('Spring 2025'); none: the build date.",
    )
    price: Text = Field(Text.plain("ONE (1) ALIGNMENT MEETING"), description="The cover price.")
    tagline: Text = Field(
        Text.plain("Case files on roles whose titles promise much and whose days deliver process."),
        description="The line under the masthead.",
    )
    editor: Text = Field(
        Text.plain(
            "Compiled from leaked job descriptions by the Office of Titular Inflation. "
            "Fold, staple, circulate discreetly."
        ),
        description="The editor's line, on the contents page and the back.",
    )


def read_issue(folder: Path) -> Issue:
    """The issue described by ``folder``/zine.yaml, or the default issue when there is none.

    Raises :class:`~printworks.errors.Invalid` listing every problem of a file that is there.
    """
    path = folder / ISSUE_FILE
    if not path.exists() and not path.is_symlink():
        return Issue()
    try:  # as a role file is read: never blocking on a FIFO, never more than a role may hold
        raw = read_role_file(path)
    except PrintworksError as exc:
        message = str(exc).removeprefix(f"{path}: ").replace("not a role file", "not a file")
        raise Invalid([Problem(path, 0, 0, "(file)", message)]) from None
    if len(raw) > MAX_FILE_BYTES:
        message = f"the file is over {MAX_FILE_BYTES:,} bytes; an issue file is a few lines"
        raise Invalid([Problem(path, 1, 1, "(file)", message)])
    issue, doc = yamldoc.check(raw, path, Issue, what="an issue file")
    if issue is not None:
        return issue
    role_like = isinstance(doc.data, dict) and len(_ROLE_KEYS & set(doc.data)) >= 2
    if role_like:  # a role saved under the issue file's name: one line, not a line a field
        message = (
            "this is the zine's issue file (what its covers print: title, number, date, "
            "price, tagline, editor), and it holds a role: give the role a file of its own, "
            "e.g. chief-vibes-officer.yaml, and keep zine.yaml for the issue"
        )
        raise Invalid([Problem(path, 1, 1, "(file)", message)])
    raise Invalid(doc.errors)


# fields a role has and an issue has not: two of them, and the file is a role by its shape
_ROLE_KEYS = frozenset(
    {"case_number", "summary", "salary", "flight_risk", "org_chart", "metrics", "day_log"}
)
