"""What a deck states twice, read back from its pptx: on a slide and in that slide's notes, or on
two slides. Each reader finds its slides by what they show (a marker in a grid, codes in a
glossary) or by the kind a slide names itself for (``p:cSld/@name``: ``retention``,
``next_steps``, ``own.roadmap``, ...), never by a title, so the checks hold whatever dialect or
kind a section is presented in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE

CODE = re.compile(r"\b[A-Z]{1,5}-\d{2}\b")  # an acronym-soup kicker: TSA-07
TITLES = re.compile(r"\b(\d+) (?:job )?titles\b", re.IGNORECASE)
GLOSSARY = "glossary"
NEXT_STEPS = "next_steps"


def walk(shapes) -> Iterator:
    """Every shape of ``shapes``, those inside groups too, in reading order."""
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield shape
            yield from walk(shape.shapes)
        else:
            yield shape


def kind(slide) -> str:
    """The kind a slide was made as (its name in the package), e.g. ``retention``."""
    return slide.name or ""


def is_kind(slide, *names: str) -> bool:
    """Whether ``slide`` is of one of the kinds ``names``: a standing slide's name, a frame's,
    or a kind's (``own.roadmap`` and ``roadmap`` are both a roadmap)."""
    said = kind(slide)
    return any(said == name or said.endswith(f".{name}") for name in names)


def texts(slide) -> list[str]:
    """Every text on ``slide`` (not its notes), one entry a shape."""
    return [s.text_frame.text for s in walk(slide.shapes) if s.has_text_frame and s.text_frame.text]


def notes(slide) -> str:
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""


def descriptions(slide) -> list[str]:
    """The alt text of every shape on ``slide`` that has one."""
    out = []
    for shape in walk(slide.shapes):
        mark = shape.element.find(".//{*}cNvPr")
        if mark is not None and mark.get("descr"):
            out.append(mark.get("descr"))
    return out


@dataclass(frozen=True)
class Marked:
    """A scale on a slide with one of its steps marked (a dot on a heat map's row)."""

    marked: str
    steps: tuple[str, ...]


def _middle(shape) -> float:
    return shape.top + shape.height / 2


def marked_scale(slide) -> Marked | None:
    """The row a dot marks on a grid whose rows are named on the left: the label that stands
    level with an oval, and the labels of its column (three or more, one above the other);
    None if the slide has no such."""
    shapes = list(walk(slide.shapes))
    boxes = [s for s in shapes if s.has_text_frame and s.text_frame.text.strip()]
    dots = [
        s
        for s in shapes
        if s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE and s.auto_shape_type == MSO_SHAPE.OVAL
    ]
    for dot in dots:
        left = [b for b in boxes if b is not dot and b.left + b.width <= dot.left]
        level = [b for b in left if abs(_middle(b) - _middle(dot)) < dot.height / 2]
        if not level:
            continue
        label = max(level, key=lambda b: b.left)  # the nearest on its left
        column = sorted(
            (b for b in left if b.left == label.left and b.width == label.width), key=_middle
        )
        cells = [
            s
            for s in shapes
            if s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE
            and s.auto_shape_type == MSO_SHAPE.RECTANGLE
            and s.left >= label.left + label.width
        ]
        rows = [b for b in column if sum(abs(_middle(c) - _middle(b)) < 2 for c in cells) >= 2]
        if len(column) >= 3 and rows == column:  # a grid: every named row has its cells
            return Marked(label.text_frame.text, tuple(b.text_frame.text for b in column))
    return None


def named_steps(text: str, steps: tuple[str, ...]) -> set[str]:
    """Which of ``steps`` ``text`` names, each as whole words, in any case."""
    return {
        step for step in steps if re.search(rf"(?<![\w-]){re.escape(step)}(?![\w-])", text, re.I)
    }


def glossary_codes(prs) -> tuple[set[str], set[str]]:
    """The codes a deck's glossary defines (its terms and what each is defined by), and the
    codes its slides print as kickers and elsewhere (the glossary's own kicker among them)."""
    defined, printed = set(), set()
    for slide in prs.slides:
        glossary = is_kind(slide, GLOSSARY)
        for shape in walk(slide.shapes):
            if not shape.has_text_frame:
                continue
            codes = set(CODE.findall(shape.text_frame.text))
            if glossary and shape.name != "Eyebrow":
                defined |= codes
            else:
                printed |= codes
    return defined, printed


def title_counts(prs) -> dict[int, list[str]]:
    """Every number of (job) titles the deck states, on its slides or in their notes, with
    where: ``{4: ["slide 5 notes"], 5: ["slide 21"]}``."""
    found: dict[int, list[str]] = {}
    for number, slide in enumerate(prs.slides, start=1):
        for where, text in (
            (f"slide {number}", "\n".join(texts(slide))),
            (f"slide {number} notes", notes(slide)),
        ):
            for count in TITLES.findall(text):
                found.setdefault(int(count), []).append(where)
    return found


def after_next_steps(prs) -> list[str]:
    """The kinds of the slides that come after the deck's next steps."""
    kinds = [kind(slide) for slide in prs.slides]
    if NEXT_STEPS not in kinds:
        return []
    return kinds[kinds.index(NEXT_STEPS) + 1 :]


LAYERED = "A layered architecture of "


def bare_layers(prs) -> list[str]:
    """The layers of every layered-architecture diagram that show a name and nothing else: in
    its alt text a layer with boxes reads "name (box, box)", a bare one just as its name, the
    same words as the name printed on the slide."""
    bare = []
    for slide in prs.slides:
        shown = {" ".join(text.split()) for text in texts(slide)}
        for said in descriptions(slide):
            if not said.startswith(LAYERED):
                continue
            layers = said.split("top first: ", 1)[1].split(". Across every layer")[0]
            bare += [layer for layer in layers.rstrip(".").split("; ") if layer in shown]
    return bare
