"""The pages said to be blank that a booklet needs to make up its sheets.

- :class:`BlankPage`: a page the booklet needs to make up its sheets, said to be blank, ruled
  for notes.
- :class:`PadToSheets`: blank pages enough that the page after it is one a booklet ends on.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from .compat import add_after
from .furniture import RunningHead, draw_stamp
from .styles import Kit
from .text import draw_pieces, line_pieces


class BlankPage(Flowable):
    """A page the booklet needs to make up its last sheet: a stamp says it is blank, and the
    rest is ruled for notes."""

    def __init__(self, kit: Kit):
        super().__init__()
        self.kit = kit

    def wrap(self, aw, ah):
        self.width, self.height = aw, ah * 0.999
        return self.width, self.height

    def draw(self) -> None:
        kit, canv = self.kit, self.canv
        width = kit.zine("blank_stamp_width")
        lines = [line_pieces(kit, kit.words.zine_blank, "stamp")]
        top = self.height * 0.78
        draw_stamp(canv, kit, lines, self.width / 2, top, min(width, self.width), angle=-4)
        label = kit.size("label")
        y = self.height * 0.58
        notes = line_pieces(kit, kit.words.zine_notes, "display")
        draw_pieces(canv, kit, notes, 0, y, label, "muted")
        canv.setStrokeColor(kit.colour("rule"))
        canv.setLineWidth(kit.hairline("rule"))
        gap = kit.zine("notes_rule_gap")
        y -= gap
        while y > 0:
            canv.line(0, y, self.width, y)
            y -= gap


class PadToSheets(Flowable):
    """Invisible: adds blank pages enough that the page after them is the last page of a
    booklet's sheet (its number a multiple of the layout's ``page_multiple``)."""

    def __init__(self, kit: Kit):
        super().__init__()
        self.kit = kit
        self.done = False
        self.added = 0
        self.width = self.height = 0

    def wrap(self, aw, ah):
        if not self.done:  # laid out once: the blank pages are added to the flow once
            self.done = True
            multiple = self.kit.layout.zine.page_multiple
            blanks = -(self.canv.getPageNumber() + 1) % multiple
            self.added = blanks
            pages: list[Flowable] = []
            for _ in range(blanks):
                pages += [RunningHead(None), PageBreak(), BlankPage(self.kit)]
            if pages:
                add_after(self, *pages)
        return 0, 0

    def draw(self) -> None:
        """Nothing to draw: the blank pages follow it."""
