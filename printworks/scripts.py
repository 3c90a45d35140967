"""Scripts beyond the Latin alphabet, renderer-neutral: which text is right to left or East
Asian, Arabic letters in their joined forms, and the visual order of a right-to-left line
(the Unicode bidi algorithm's levels from python-bidi, the line rules here).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_STRONG_RTL = frozenset({"R", "AL"})
# the blocks of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko...), and of
# the East Asian ones whose lines break between any two characters
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_CJK_FROM = "\u2e80"  # the first of them: text below it has none


@cache
def _cjk() -> re.Pattern[str]:
    # compiled when a text first holds a character past U+2E80: its blocks take milliseconds
    return re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (Arabic, Hebrew...)."""
    return _RTL.search(text) is not None


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds Chinese, Japanese or Korean, which breaks between characters."""
    return max(text, default="") >= _CJK_FROM and _cjk().search(text) is not None


def base_level(text: str) -> int:
    """The paragraph's level from its first strong character: 0 left to right, 1 right to left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return 0
        if kind in _STRONG_RTL:
            return 1
    return 0


@cache
def _reshaper():
    import arabic_reshaper  # loaded only when a role has Arabic in it

    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "support_ligatures": True}
    )


def shape(text: str) -> str:
    """``text`` with its Arabic letters in their joined forms, in logical order."""
    return _reshaper().reshape(text) if has_rtl(text) else text


def levels(text: str, level: int) -> list[int]:
    """The embedding level of each character of ``text`` (no reordering yet)."""
    from bidi import algorithm  # loaded only when a role has right-to-left text in it

    storage = algorithm.get_empty_storage()
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    # the algorithm drops what rule X9 removes (embedding and override marks, zero-width and
    # other boundary-neutral characters): each takes the level of the character before it
    kept = storage["chars"]
    out, at, last = [], 0, level
    for char in text:
        if at < len(kept) and kept[at]["ch"] == char:
            last = kept[at]["level"]
            at += 1
        out.append(last)
    return out


def visual_order(chars: str, line_levels: list[int], level: int) -> list[int]:
    """The logical indices of one line's characters, in the order they are drawn."""
    lv = list(line_levels)
    end = len(chars) - 1
    while end >= 0 and unicodedata.bidirectional(chars[end]) in ("WS", "BN", "S"):
        lv[end] = level  # white space at a line's end takes the paragraph's own level
        end -= 1
    order = list(range(len(chars)))
    if not lv:
        return order
    top = max(lv)
    lowest_odd = min((v for v in lv if v % 2), default=top + 1)
    for target in range(top, lowest_odd - 1, -1):
        start = 0
        while start < len(order):
            if lv[order[start]] < target:
                start += 1
                continue
            stop = start
            while stop < len(order) and lv[order[stop]] >= target:
                stop += 1
            order[start:stop] = order[start:stop][::-1]
            start = stop
    return order


def mirrored(char: str, level: int) -> str:
    if level % 2:
        from bidi.mirror import MIRRORED  # as above

        return MIRRORED.get(char, char)
    return char


# what the deck names a font for: each character goes in one slot of a run's fonts
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\U0001f1e6-\U0001f1ff]"
)
# the symbols of the ranges above below U+1F000 that are pictures by default (Unicode's
# Emoji_Presentation); the rest (a tick, a cross, a star) are text, drawn by the text's own face
# (or the viewer's symbol fallback), and pictures only when U+FE0F follows them
_PICTURES = re.compile(
    "[\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615\u2648-\u2653"
    "\u267f\u2693\u26a1\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce\u26d4\u26ea"
    "\u26f2\u26f3\u26f5\u26fa\u26fd\u2705\u270a\u270b\u2728\u274c\u274e\u2753-\u2755"
    "\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55]"
)
_JOINERS = "\u200d\ufe0e\ufe0f"
_AS_PICTURE = "\ufe0f"


def slot(char: str, previous: str = "latin", following: str = "") -> str:
    """Which kind of font draws ``char``: "emoji", "east_asian", "complex" or "latin".

    White space, joiners and variation selectors stay with what comes before them. A symbol
    that is text by default (✓, ✕, ★) is "latin" unless ``following`` asks for its picture.
    """
    if char.isspace() or char in _JOINERS:
        return previous
    if _EMOJI.match(char) and (
        char >= "\U0001f000" or _PICTURES.match(char) or following == _AS_PICTURE
    ):
        return "emoji"
    if char >= _CJK_FROM and _cjk().match(char):
        return "east_asian"
    if _RTL.match(char):
        return "complex"
    return "latin"


def slots(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (slot, run) pieces, see :func:`slot`."""
    if _EMOJI.search(text) is None and not has_rtl(text) and not has_cjk(text):
        return [("latin", text)] if text else []  # what the loop below makes of it, at once
    out: list[tuple[str, str]] = []
    for index, char in enumerate(text):
        kind = slot(char, out[-1][0] if out else "latin", text[index + 1 : index + 2])
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + char)
        else:
            out.append((kind, char))
    return out
