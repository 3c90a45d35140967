"""The deck file's own properties (title, subject, author, dates...), said in the deck's copy."""

from __future__ import annotations

from datetime import datetime

from printworks.deck.fitter import CONTROL
from printworks.deck.voice import Voice
from printworks.errors import LayoutError
from printworks.markup import Text


def stamp(props, voice: Voice, title: Text | str, when: datetime) -> None:
    """Fill python-pptx's core properties ``props`` for the deck called ``title``, made ``when``."""
    when = when.replace(tzinfo=None)
    props.title = _property(str(voice.say("properties.title", title=title)))
    for name in ("subject", "author", "keywords", "category"):
        setattr(props, name, _property(str(voice.say(f"properties.{name}"))))
    props.last_modified_by = props.author
    props.comments = ""
    revision = str(voice.say("properties.revision")).strip()
    if not revision.isdigit() or not 0 < int(revision) < 2**31:
        raise LayoutError(
            f"{voice.copy.path}: properties.revision: {revision!r} is not a whole number "
            "above 0; the file's revision counts saves (write e.g. 7)"
        )
    props.revision = int(revision)
    props.created = props.modified = props.last_printed = when


def _property(text: str) -> str:
    """A document property: one line, within the 255 characters the format allows."""
    text = " ".join(CONTROL.sub(" ", text).split())
    return text if len(text) <= 255 else text[:254] + "…"
