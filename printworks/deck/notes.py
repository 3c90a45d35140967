"""Speaker notes pages: the first one made by python-pptx, every later one a copy of it.

A fresh notes page is the notes master's slide-image, body and number placeholders cloned one
by one, and the next free part name is found by walking the whole package: both the same for
every slide of every deck on a template. So the blank page is kept once made (in the template's
memo, for every deck on it), and part names are counted.
"""

from __future__ import annotations

import re
from copy import copy as clone  # an lxml element copied with all it holds (its copy is deep)
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from pptx.opc.constants import RELATIONSHIP_TYPE
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls

from printworks.deck import compat

_PARTNAME = "/ppt/notesSlides/notesSlide%d.xml"
_P = "{http://schemas.openxmlformats.org/drawingml/2006/main}p"
_CONTROL = re.compile(r"([\x00-\x08\x0B-\x1F])")  # what python-pptx escapes in run text


@dataclass(frozen=True)
class BlankNotes:
    """A notes page as python-pptx first makes it, before any text is written in it."""

    element: Any
    body: list[int]  # the child indexes that lead down to its notes placeholder


class NotesPages:
    """Makes the notes pages of one deck, in slide order; ``kept`` is where the blank page is
    kept for every deck on the template (the template's memo); ``furnish`` puts this deck's
    furniture on a page (see :mod:`.notes_design`), once on this deck's own blank page."""

    def __init__(self, kept: dict[str, BlankNotes] | None = None, furnish=None) -> None:
        self._kept = {} if kept is None else kept
        self._furnish = furnish or (lambda page: None)
        self._own: BlankNotes | None = None  # the kept blank page, furnished for this deck
        self._master = None
        self._number = 0

    def add(self, slide, text: str) -> None:
        """A notes page for ``slide`` saying ``text`` (lines become paragraphs)."""
        blank = self._kept.get("blank")
        if blank is None:
            notes = slide.notes_slide
            holder = notes.notes_placeholder
            # counting on from notesSlide1 names each part as python-pptx would
            if holder is not None and notes.part.partname == _PARTNAME % 1:
                path = _path(notes.element, holder.element)
                self._kept["blank"] = BlankNotes(clone(notes.element), path)
                self._master = notes.part.part_related_by(RELATIONSHIP_TYPE.NOTES_MASTER)
                self._number = 1
            if holder is None:
                notes.notes_text_frame.text = text  # python-pptx's own error for a bad master
            else:
                self._furnish(notes.element)
                _write(holder.element.get_or_add_txBody(), text)
            return
        if self._own is None:
            element = clone(blank.element)
            holder = element
            for index in blank.body:
                holder = holder[index]
            self._furnish(element)
            self._own = BlankNotes(element, _path(element, holder))
        blank = self._own
        if self._master is None:
            # the first page of a deck: the notes master python-pptx relates it to (making
            # one, as python-pptx would, if the template has none)
            self._master = slide.part.package.presentation_part.notes_master_part
        self._number += 1
        page = clone(blank.element)
        compat.notes_part(slide, _PARTNAME % self._number, page, self._master)
        holder = page
        for index in blank.body:
            holder = holder[index]
        _write(holder.get_or_add_txBody(), text)


def _write(body, text: str) -> None:
    """``text`` into a text body, as python-pptx's ``TextFrame.text`` setter writes it.

    Each line a paragraph holding one plain run (none if the line is empty), control
    characters escaped as that setter escapes them; written as one parse instead of an
    element and a descriptor walk per run.
    """
    for paragraph in body.findall(_P):
        body.remove(paragraph)
    xml = "".join(_paragraph(line) for line in text.split("\n"))
    for paragraph in list(parse_xml(f"<a:x {nsdecls('a')}>{xml}</a:x>")):
        body.append(paragraph)


def _path(root, element) -> list[int]:
    """The child indexes that lead from ``root`` down to ``element``."""
    path = []
    while element is not root:
        parent = element.getparent()
        path.append(parent.index(element))
        element = parent
    return path[::-1]


def _paragraph(line: str) -> str:
    """A line as a paragraph: vertical tabs are line breaks, and empty runs are left out."""
    runs = "<a:br/>".join(
        f"<a:r><a:t>{escape(_CONTROL.sub(_escaped, part))}</a:t></a:r>" if part else ""
        for part in line.split("\v")
    )
    return f"<a:p>{runs}</a:p>" if runs else "<a:p/>"


def _escaped(match: re.Match) -> str:
    return f"_x{ord(match[1]):04X}_"
