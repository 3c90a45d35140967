"""What every slide of a role's own is: its kind, its title, its notes, where it goes.

A content module (one per kind, in this package) defines its ``Content``: a subclass of
:class:`KindSlide`, pure validated data with a ``kind`` tag. Content modules import only
pydantic and the model's parts, so the role model can hold them. :func:`spoken` and
:func:`listed` say texts as a kind's alt text says them; :func:`one_each` refuses a list that
does not match the one it runs beside.
"""

from __future__ import annotations

from collections.abc import Sized
from typing import Annotated

from pydantic import Field

from printworks.markup import Text
from printworks.part import Part

Percent = Annotated[int, Field(ge=0, le=100, description="A percentage from 0 to 100.")]
Label = Annotated[Text, Field(description="A short label: a few words.")]


def spoken(text: Text | None) -> str:
    """``text`` as alt text reads it: one line, each redaction said as '[redacted]'."""
    if text is None:
        return ""
    words = "".join("[redacted]" if seg.hidden else seg.text for seg in text.segments)
    return " ".join(words.split())


def listed(texts) -> str:
    """Texts as alt text lists them: 'a, b and c'."""
    words = [spoken(t) for t in texts]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def one_each(where: str, items: Sized, things: str, count: int, per: str) -> None:
    """Refuse ``items`` (the field at ``where``) unless it holds one of its ``things`` for each
    of ``count`` ``per``: 'tasks[2] has 3 cells for 4 roles'."""
    if len(items) != count:
        raise ValueError(f"{where} has {len(items)} {things} for {count} {per}")


class KindSlide(Part):
    """The fields every slide of a role's own deck has; each kind adds its content."""

    title: Text = Field(description="The slide's title, as the role would write it.")
    notes: Text = Field(description="The speaker notes: what the slide really means.")
    eyebrow: Text | None = Field(None, description="A small kicker above the title.")
    footnote: Text | None = Field(None, description="A small print line under the body.")
    after: str | None = Field(
        None,
        description="The section or frame slide this one follows (e.g. metrics, agenda); by "
        "default, where the running order says own, else after the agenda.",
    )
