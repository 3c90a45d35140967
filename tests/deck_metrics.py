"""How alike a set of decks is, read from their pptx bytes (by slug): the measures of "one
skeleton in every deck".

- :func:`shared_titles`: for each pair of decks, the share of their slide titles that are the
  same once each role's own names (office, role title, buzzword), emoji, case, spacing,
  punctuation and "(cont.)" are taken out;
- :func:`common_lines`: per deck, the share of its visible words (every shape's text on its
  slides, not its notes) that sit in lines (paragraphs) four or more decks print word for word;
- :func:`shared_layouts`: per deck, the share of its slides whose layout (which shapes stand
  where: shape type, position and size to about a tenth of an inch, text and look aside) a
  slide of three or more other decks also has.

Each has a ``*_found`` twin that says which titles, lines and layouts, for the worst-offender
lists of ``tools/deck_metrics.py``.
"""

from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import combinations

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

TENTH_INCH = 91440  # EMU
LINE_DECKS = 4  # a line printed by this many decks is a common line
LAYOUT_OTHERS = 3  # a layout this many other decks have is a shared layout
# the names of the furniture shapes a theme's habits put on every slide
FURNITURE = ("Eyebrow", "Footnote", "Chevron", "Draft Stamp", "Emoji")
_CONT = re.compile(r"\(\s*cont\.?\s*\)", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[^\w\s]|_")  # emoji and symbols go with the punctuation
_WORD = re.compile(r"\S*[^\W\d_]\S*")  # a word has a letter; a slide number or "01" is not one


TITLES, LINES, LAYOUTS = 0.25, 0.10, 0.20  # the most each measure may reach (#20)


def names(role) -> list[str]:
    """The role's own names, taken out of its titles before they are compared: its title,
    and its deck's office and buzzword."""
    own = role.deck
    found = [str(role.title)]
    if own and own.office:
        found.append(str(own.office))
    if own and own.buzzword:
        found.append(str(own.buzzword))
    return found


def _open(data: bytes):
    return Presentation(io.BytesIO(data))


def walk(shapes) -> Iterator:
    """Every shape of ``shapes``, those inside groups too (each group before its members)."""
    for shape in shapes:
        yield shape
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from walk(shape.shapes)


# --- titles ----------------------------------------------------------------------------------
def titles(data: bytes) -> list[str]:
    """The title of each slide of a deck that has one, as shown."""
    out = []
    for slide in _open(data).slides:
        holder = slide.shapes.title
        if holder is not None and holder.has_text_frame:
            out.append(holder.text_frame.text)
    return out


def normalised(title: str, names: Iterable[str] = ()) -> str:
    """``title`` with the role's ``names``, "(cont.)", emoji and punctuation out, case folded
    and spaces squeezed: what is left is the deck's skeleton."""
    said = _CONT.sub(" ", " ".join(title.split())).casefold()
    for name in sorted({" ".join(n.split()).casefold() for n in names if n}, key=len, reverse=True):
        said = said.replace(name, " ")
    return " ".join(_PUNCTUATION.sub(" ", said).split())


def shared_titles_found(
    decks: Mapping[str, bytes], names: Mapping[str, Iterable[str]]
) -> dict[tuple[str, str], tuple[float, list[str]]]:
    """For each pair of decks (slugs in order): the share of the two decks' titles that the
    other deck also has (normalised), and those titles."""
    shown = {
        slug: [normalised(t, names.get(slug, ())) for t in titles(data)]
        for slug, data in decks.items()
    }
    out = {}
    for a, b in combinations(sorted(shown), 2):
        one, other = shown[a], shown[b]
        same = [t for t in one if t in set(other)] + [t for t in other if t in set(one)]
        total = len(one) + len(other)
        out[(a, b)] = (len(same) / total if total else 0.0, sorted(set(same)))
    return out


def shared_titles(
    decks: Mapping[str, bytes], names: Mapping[str, Iterable[str]]
) -> dict[tuple[str, str], float]:
    """For each pair of decks, the share of their slide titles that are the same once each
    role's ``names`` (by slug: office, role title, buzzword) and emoji are taken out."""
    return {pair: share for pair, (share, _same) in shared_titles_found(decks, names).items()}


# --- lines -----------------------------------------------------------------------------------
def _is_slide_number(shape) -> bool:
    if not shape.is_placeholder:
        return False
    mark = shape.element.find(".//{*}nvPr/{*}ph")
    return mark is not None and mark.get("type") == "sldNum"


def lines(data: bytes) -> list[str]:
    """Every line (paragraph) of visible text on a deck's slides, spaces squeezed: each text
    shape's and each table cell's, not the notes, not the slide numbers."""
    out = []
    for slide in _open(data).slides:
        for shape in walk(slide.shapes):
            frames = []
            if shape.has_text_frame and not _is_slide_number(shape):
                frames.append(shape.text_frame)
            if getattr(shape, "has_table", False) and shape.has_table:
                frames += [cell.text_frame for row in shape.table.rows for cell in row.cells]
            for frame in frames:
                for paragraph in frame.paragraphs:
                    text = " ".join("".join(r.text for r in paragraph.runs).split())
                    if text:
                        out.append(text)
    return out


def words(line: str) -> int:
    """How many words ``line`` has (a token with a letter in it)."""
    return len(_WORD.findall(line))


def common_lines_found(decks: Mapping[str, bytes]) -> dict[str, tuple[float, list[str]]]:
    """Per deck: the share of its words in lines that 4+ decks print, and those lines."""
    printed = {slug: lines(data) for slug, data in decks.items()}
    by = defaultdict(set)
    for slug, said in printed.items():
        for line in said:
            by[line].add(slug)
    out = {}
    for slug, said in printed.items():
        common = [line for line in said if len(by[line]) >= LINE_DECKS and words(line)]
        total = sum(words(line) for line in said)
        share = sum(words(line) for line in common) / total if total else 0.0
        out[slug] = (share, list(dict.fromkeys(common)))
    return out


def common_lines(decks: Mapping[str, bytes]) -> dict[str, float]:
    """Per deck, the share of its visible words that sit in lines 4+ decks print word for
    word."""
    return {slug: share for slug, (share, _lines) in common_lines_found(decks).items()}


# --- layouts ---------------------------------------------------------------------------------
TOLERANCE = TENTH_INCH * 1.5  # how far two shapes may stand apart and still stand in one place
MOST_MATCH = 0.9  # of a slide's shapes that must stand where the other slide's do


@dataclass(frozen=True)
class Layout:
    """Which shapes stand where on a slide's body: each shape's type with its place and size,
    measured from the corner of the box the body's shapes fill together (EMU), and that box's
    size. The furniture every slide of a theme has (title, footers, kicker, footnote, stamps,
    ornaments) is the theme's, not the slide's layout, and is left out; so is a shape's text
    and its look (a rounded or a square card is one card)."""

    shapes: tuple[tuple[str, int, int, int, int], ...]
    width: int
    height: int

    @property
    def key(self) -> tuple:
        """What two slides of one layout must have alike: how many shapes of each type."""
        return tuple(sorted(Counter(kind for kind, *_ in self.shapes).items()))


def layout(slide) -> Layout:
    """The layout of ``slide``'s body (see :class:`Layout`)."""
    found = []
    for shape in walk(slide.shapes):
        if shape.is_placeholder or shape.name.startswith(FURNITURE):
            continue
        box = tuple(v or 0 for v in (shape.left, shape.top, shape.width, shape.height))
        found.append((str(shape.shape_type), *box))
    if not found:
        return Layout((), 0, 0)
    left = min(f[1] for f in found)
    top = min(f[2] for f in found)
    right = max(f[1] + f[3] for f in found)
    bottom = max(f[2] + f[4] for f in found)
    shapes = tuple(sorted((k, x - left, y - top, w, h) for k, x, y, w, h in found))
    return Layout(shapes, right - left, bottom - top)


def same_layout(one: Layout, other: Layout, tolerance: float = TOLERANCE) -> bool:
    """Whether two slides' bodies have the same shapes standing in the same places: as many of
    each type, and nine in ten of them within ``tolerance`` of one of the other's once the
    other's body is stretched to this one's (themes' margins differ by a little)."""
    if one.key != other.key:
        return False
    if not one.shapes:
        return True
    sx = one.width / other.width if other.width else 1.0
    sy = one.height / other.height if other.height else 1.0
    free = [(k, x * sx, y * sy, w * sx, h * sy) for k, x, y, w, h in other.shapes]
    matched = 0
    for kind, x, y, w, h in one.shapes:
        for index, (k2, x2, y2, w2, h2) in enumerate(free):
            near = max(abs(x - x2), abs(y - y2), abs(w - w2), abs(h - h2)) <= tolerance
            if k2 == kind and near:
                matched += 1
                del free[index]
                break
    return matched >= MOST_MATCH * len(one.shapes)


def shared_layouts_found(decks: Mapping[str, bytes]) -> dict[str, tuple[float, list[str]]]:
    """Per deck: the share of its slides whose layout slides of 3+ other decks have, and the
    titles of those slides."""
    shown: dict[str, list[tuple[Layout, str]]] = {}
    for slug, data in decks.items():
        slides = _open(data).slides
        shown[slug] = [
            (layout(s), s.shapes.title.text_frame.text if s.shapes.title else "") for s in slides
        ]
    by_key = defaultdict(list)
    for slug, slides in shown.items():
        for mark, _title in slides:
            by_key[mark.key].append((slug, mark))
    out = {}
    for slug, slides in shown.items():
        shared = []
        for mark, title in slides:
            others = {
                other
                for other, theirs in by_key[mark.key]
                if other != slug and same_layout(mark, theirs)
            }
            if len(others) >= LAYOUT_OTHERS:
                shared.append(title)
        out[slug] = (len(shared) / len(slides) if slides else 0.0, shared)
    return out


def shared_layouts(decks: Mapping[str, bytes]) -> dict[str, float]:
    """Per deck, the share of its slides whose layout is the same as a slide in 3+ other
    decks."""
    return {slug: share for slug, (share, _titles) in shared_layouts_found(decks).items()}
