"""Slide titles and kickers as the role's habits write them, and never two titles the same."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable

from printworks.deck.voice import Voice
from printworks.markup import Text
from printworks.scripts import slot


def acronym(title: str, number: int) -> str:
    """The acronym a slide's kicker becomes in acronym soup: the initials of its title's words,
    and a number, e.g. ``TSA-07``."""
    letters = "".join(w[0] for w in re.findall(r"[A-Za-z][A-Za-z'’]*", title) if w[0].isupper())
    return f"{(letters or 'TBD')[:5]}-{number:02d}"


def _words(text: Text | str) -> str:
    """``text`` as a comparison sees it: emoji out, case folded, spaces squeezed."""
    kept = "".join(" " if slot(char) == "emoji" else char for char in str(text))
    return " ".join(kept.casefold().split())


def wants_buzzword(title: Text | str, buzzword: Text | str) -> bool:
    """Whether the pet buzzword may go on ``title``: not when the title already says it (in any
    case, emoji aside), and not when the title has a colon of its own (a second colon reads as
    a stutter; such a title keeps its own subtitle instead of the buzzword)."""
    said, word = _words(title), _words(buzzword)
    return bool(word) and word not in said and ":" not in said


class Titling:
    """The titles shown so far, and how this role's habits dress the next."""

    def __init__(
        self,
        voice: Voice,
        habits: tuple[str, ...],
        buzzword: Text | None,
        one_line: Callable[[Text], bool] = lambda _title: True,
    ):
        self._voice = voice
        self._habits = habits
        self._buzzword = buzzword
        self._one_line = one_line  # whether a title stays on one line at the title size
        self._shown: set[str] = set()

    def shown(self, title: Text | str, page: int, layout: str) -> Text:
        """The title as the slide shows it: run on, worked over by the role's habits, and never
        the same as another slide's."""
        say = self._voice.say
        if page:
            shown = say("furniture.continued", title=title, page=page)
        elif layout != "content":
            shown = title if isinstance(title, Text) else Text.plain(title)
        else:
            shown = self.dress(title)
        base, number = shown, 1
        while str(shown) in self._shown:
            number += 1
            shown = say("furniture.again", title=base, number=number)
        self._shown.add(str(shown))
        return shown

    def dress(self, title: Text | str) -> Text:
        """A content slide's title, as the role's habits write titles: the pet buzzword added
        where :func:`wants_buzzword` allows and the title still fits one line with it (else the
        title goes without: the habit shortens rather than wraps)."""
        shown = title if isinstance(title, Text) else Text.plain(title)
        buzzword = self._buzzword
        if "pet_buzzword" in self._habits and buzzword and wants_buzzword(shown, buzzword):
            dressed = self._voice.say("habits.pet_buzzword", title=shown, buzzword=buzzword)
            if self._one_line(dressed):
                shown = dressed
        return shown

    def emoji(self, title: Text) -> str | None:
        """The emoji the habit puts before a content slide's title, or None."""
        if "emoji_titles" not in self._habits:
            return None
        marks = self._voice.says("habits.emoji")
        return str(marks[zlib.crc32(str(title).encode()) % len(marks)])

    def eyebrow(
        self, kind: str, title: Text | str, given: Text | str | None, number: int
    ) -> Text | None:
        """The kicker above slide ``number``'s title: the habit's acronym, the one ``given``,
        or the copy's ``<kind>.eyebrow`` (None if it has none)."""
        if "acronym_soup" in self._habits:
            return Text.plain(acronym(str(title), number))
        if given is not None:
            return given if isinstance(given, Text) else Text.plain(given)
        voice = self._voice
        return voice.say(f"{kind}.eyebrow") if voice.copy.has(f"{kind}.eyebrow") else None
