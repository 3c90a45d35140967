"""Speaker notes pages: the first one made by python-pptx, every later one a copy of it.

A fresh notes page is the notes master's slide-image, body and number placeholders cloned one
by one, and the next free part name is found by walking the whole package: both the same for
every slide of a deck. So the blank page is kept once made, and part names are counted.
"""

from __future__ import annotations

from copy import deepcopy

from pptx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from pptx.opc.packuri import PackURI
from pptx.parts.slide import NotesSlidePart
from pptx.text.text import TextFrame

_PARTNAME = "/ppt/notesSlides/notesSlide%d.xml"


class NotesPages:
    """Makes the notes pages of one deck, in slide order."""

    def __init__(self) -> None:
        self._blank = None
        self._body: list[int] = []  # where the notes placeholder sits in the blank page
        self._master = None
        self._number = 0

    def add(self, slide, text: str) -> None:
        """A notes page for ``slide`` saying ``text`` (lines become paragraphs)."""
        if self._blank is None:
            notes = slide.notes_slide
            holder = notes.notes_placeholder
            # counting on from notesSlide1 names each part as python-pptx would
            if holder is not None and notes.part.partname == _PARTNAME % 1:
                self._blank = deepcopy(notes._element)
                self._body = _path(notes._element, holder._element)
                self._master = notes.part.part_related_by(RELATIONSHIP_TYPE.NOTES_MASTER)
                self._number = 1
            notes.notes_text_frame.text = text
            return
        self._number += 1
        page = deepcopy(self._blank)
        part = NotesSlidePart(
            PackURI(_PARTNAME % self._number),
            CONTENT_TYPE.PML_NOTES_SLIDE,
            slide.part.package,
            page,
        )
        part.relate_to(self._master, RELATIONSHIP_TYPE.NOTES_MASTER)
        part.relate_to(slide.part, RELATIONSHIP_TYPE.SLIDE)
        slide.part.relate_to(part, RELATIONSHIP_TYPE.NOTES_SLIDE)
        holder = page
        for index in self._body:
            holder = holder[index]
        TextFrame(holder.get_or_add_txBody(), None).text = text


def _path(root, element) -> list[int]:
    """The child indexes that lead from ``root`` down to ``element``."""
    path = []
    while element is not root:
        parent = element.getparent()
        path.append(parent.index(element))
        element = parent
    return path[::-1]
