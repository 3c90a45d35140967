"""Role text cut to the room a diagram gives it: a label on a sticky note, in a table cell.

A diagram's boxes are fixed by its layout; a label too long for its box even at the floor size
would otherwise run on to a "(cont.)" slide of its own, which a diagram cannot do. Such a label
is shortened at a word, with an ellipsis; the alt text keeps every word. Redactions stay
redactions: a cut never shows what a bar hid, it only shortens the bar.
"""

from __future__ import annotations

from collections.abc import Callable

from printworks.markup import Segment, Text

ELLIPSIS = "…"


def cut(text: Text, length: int) -> Text:
    """The first ``length`` characters of ``text`` (a bar counting its width), cut back to the
    last whole word when there is one, with an ellipsis; the whole text when it is no longer."""
    if len(text) <= length:
        return text
    out: list[Segment] = []
    left = length
    for seg in text.segments:
        if left <= 0:
            break
        if seg.hidden:
            out.append(Segment(hidden=min(seg.hidden, left)))
            left -= seg.hidden
            continue
        piece = seg.text[:left]
        at_word = piece.endswith(" ") or seg.text[left : left + 1] in ("", " ")
        if not at_word and " " in piece.strip():  # back to the end of the last whole word
            piece = piece[: piece.rstrip().rfind(" ")]
        left -= len(seg.text)
        if piece.strip():
            out.append(Segment(text=piece))
    if out and not out[-1].hidden:  # no dangling space or comma before the ellipsis
        out[-1] = Segment(text=out[-1].text.rstrip(" ,;:·—-"))
    return Text(tuple(out)) + ELLIPSIS


def fitted(
    text: Text, fits: Callable[[Text], bool], holds: Callable[[Text], bool] | None = None
) -> Text:
    """``text`` whole if it ``fits``, else the longest cut of it that does (at least a word);
    the cuts tried are asked ``holds``, when given: the same answer, found with less work."""
    if fits(text):
        return text
    holds = holds or fits
    low, high = 1, len(text) - 1  # the longest that fits lies in [low, high]
    while low < high:
        middle = (low + high + 1) // 2
        if holds(cut(text, middle)):
            low = middle
        else:
            high = middle - 1
    return cut(text, low)


def fitted_all(texts: list[Text], fits: Callable[[list[Text]], bool]) -> list[Text]:
    """``texts`` whole if together they ``fit``, else each cut to the longest length at which
    they do (a length all share, so that the longest are cut first)."""
    if fits(texts):
        return list(texts)
    low, high = 1, max(len(t) for t in texts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if fits([cut(t, middle) for t in texts]):
            low = middle
        else:
            high = middle - 1
    return [cut(t, low) for t in texts]


def within(deck, text: Text, paras: Callable[[Text], tuple], rect, size: str, top=None) -> Text:
    """``text`` as it fits ``rect`` in the type ``size`` once made into ``paras(text)``: whole,
    or cut short if even the floor size cannot hold it."""
    # the whole text is fitted as it will be drawn, at most ``top`` points (the fit is kept, and
    # drawn from); a cut is only asked whether it fits at all
    return fitted(
        text,
        lambda t: deck.fits(paras(t), rect, size, top) is not None,
        lambda t: deck.holds(paras(t), rect, size),
    )
