"""The one place that parses inline marks in role text: ``||redacted spans||``.

A redacted span keeps only its length. The hidden characters are dropped while the role is
loaded, so no renderer can write them into an output file, however it is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic_core import PydanticCustomError, core_schema

MARK = "||"
MAX_LENGTH = 50_000  # characters in one field: some twenty pages of a dossier
# C0 controls other than tab and line breaks, DEL, and the C1 controls: no output prints them
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
BLOCK = "\u2588"  # FULL BLOCK: how a hidden character is shown in plain-text outputs


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of role text: visible words, or a redacted span that only remembers its length."""

    text: str = ""
    hidden: int = 0

    @property
    def redacted(self) -> bool:
        return self.hidden > 0


class MarkupError(ValueError):
    """An unmatched or empty ``||`` mark."""


def parse(raw: str) -> tuple[Segment, ...]:
    """Split ``raw`` into visible and redacted segments; redacted characters are discarded."""
    pieces = raw.split(MARK)
    if len(pieces) % 2 == 0:
        raise MarkupError(f"unclosed redaction mark {MARK!r}: every {MARK} needs a partner")
    segments: list[Segment] = []
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            if piece:
                segments.append(Segment(text=piece))
        elif not piece.strip():
            raise MarkupError(f"empty redaction {MARK}{piece}{MARK}: put the hidden words inside")
        else:
            segments.append(Segment(hidden=len(piece)))
    return tuple(segments)


def _merged(segments: list[Segment]) -> tuple[Segment, ...]:
    """``segments`` with neighbouring visible runs joined into one."""
    out: list[Segment] = []
    for seg in segments:
        if out and not seg.hidden and not out[-1].hidden:
            out[-1] = Segment(text=out[-1].text + seg.text)
        elif seg.hidden or seg.text:
            out.append(seg)
    return tuple(out)


class Text:
    """Role text with its redactions parsed: a sequence of :class:`Segment`.

    ``str()`` of a Text shows each hidden character as a block, never the character itself.
    """

    __slots__ = ("segments",)

    def __init__(self, segments: tuple[Segment, ...]):
        self.segments = segments

    @classmethod
    def parse(cls, raw: str) -> Text:
        return cls(parse(raw))

    @classmethod
    def plain(cls, words: str) -> Text:
        """``words`` as they are: no marks read, nothing redacted."""
        return cls((Segment(text=words),) if words else ())

    @property
    def redacted(self) -> bool:
        """True when any part of the text is hidden."""
        return any(s.redacted for s in self.segments)

    @property
    def fully_redacted(self) -> bool:
        return bool(self.segments) and all(s.redacted for s in self.segments)

    @property
    def visible(self) -> str:
        """The words a reader may see, with each redaction dropped."""
        return "".join(s.text for s in self.segments)

    def masked(self, block: str = BLOCK) -> str:
        """The text with each hidden character replaced by ``block``."""
        return "".join(s.text or block * s.hidden for s in self.segments)

    def one_line(self) -> Text:
        """This text with every run of white space (line breaks too) made one space."""
        out: list[Segment] = []
        for seg in self.segments:
            if seg.hidden:
                out.append(seg)
                continue
            words = " ".join(seg.text.split())
            lead = " " if seg.text[:1].isspace() and out else ""
            tail = " " if seg.text[-1:].isspace() and words else ""
            piece = lead + words + tail if words else (" " if out else "")
            if piece:
                out.append(Segment(text=piece))
        if out and not out[-1].hidden:
            last = out[-1].text.rstrip()
            out[-1:] = [Segment(text=last)] if last else []
        return Text(_merged(out))

    def strip(self) -> Text:
        """This text without white space at its start and its end."""
        segments = list(self.segments)
        if segments and not segments[0].hidden:
            segments[0] = Segment(text=segments[0].text.lstrip())
        if segments and not segments[-1].hidden:
            segments[-1] = Segment(text=segments[-1].text.rstrip())
        return Text(_merged(segments))

    def __add__(self, other: object) -> Text:
        if isinstance(other, str):
            other = Text((Segment(text=other),) if other else ())
        if not isinstance(other, Text):
            return NotImplemented
        return Text(_merged([*self.segments, *other.segments]))

    def __radd__(self, other: object) -> Text:
        if isinstance(other, str):
            return Text((Segment(text=other),) if other else ()) + self
        return NotImplemented

    def __str__(self) -> str:
        return self.masked()

    def __repr__(self) -> str:
        return f"Text({self.masked()!r})"

    def __len__(self) -> int:
        return sum(len(s.text) or s.hidden for s in self.segments)

    def __bool__(self) -> bool:
        return bool(self.segments)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and other.segments == self.segments

    def __hash__(self) -> int:
        return hash(self.segments)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler):
        def validate(value: Any) -> Text:
            if isinstance(value, Text):
                return value
            if not isinstance(value, str):
                raise PydanticCustomError(
                    "text_type", "must be text, got {kind}", {"kind": type(value).__name__}
                )
            if not value.strip():
                raise PydanticCustomError("blank_text", "must not be blank")
            if len(value) > MAX_LENGTH:
                raise PydanticCustomError(
                    "text_too_long",
                    "is {length} characters long; a field holds at most {limit}: shorten it, "
                    "or split it into several entries",
                    {"length": f"{len(value):,}", "limit": f"{MAX_LENGTH:,}"},
                )
            control = _CONTROL.search(value)
            if control:
                raise PydanticCustomError(
                    "control_character",
                    "holds the control character U+{code}, which no output can print: remove it",
                    {"code": f"{ord(control[0]):04X}"},
                )
            try:
                return cls.parse(value)
            except MarkupError as exc:
                raise PydanticCustomError("redaction_mark", str(exc)) from None

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda t: "".join(s.text or f"{MARK}{BLOCK * s.hidden}{MARK}" for s in t.segments)
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: GetJsonSchemaHandler):
        return {
            "type": "string",
            "minLength": 1,
            "description": "Text. Wrap words in ||double bars|| to redact them.",
        }
