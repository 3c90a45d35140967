"""Right-to-left text in the case file: shaped first, broken into lines in logical order, then
each line put into visual order as it is drawn.

1. :func:`printworks.scripts.shape` gives Arabic letters their joined (presentation) forms,
   still in logical order: the forms change widths, so this comes before line breaking.
2. The paragraph breaks its lines as any other: a line is as wide in either order.
3. :class:`BidiPara` reorders each line just before drawing it. Embedding levels are resolved
   once for the whole paragraph (the Unicode bidi algorithm's rules up to the implicit levels,
   python-bidi's pure module), then per line: trailing white space back to the paragraph's
   level, runs reversed from the highest level down, brackets mirrored at odd levels.

A split paragraph (a page break) still sees logical lines: the reordering is made on a copy, at
draw time. Only paragraphs that hold right-to-left letters take this path.
"""

from __future__ import annotations

from copy import copy

from printworks.scripts import base_level, has_rtl, levels, mirrored, visual_order

from .paragraphs import Para, read


class BidiPara(Para):
    """A paragraph whose lines are drawn in visual order (give it shaped text)."""

    def drawPara(self, debug=0):
        logical = self.blPara
        kind = logical.kind
        if kind == 0:  # every fragment in one style: a line is its words
            pieces = [[(None, " ".join(line[1]))] for line in logical.lines]
        else:
            pieces = [[(f, f.text) for f in line.words] for line in logical.lines]
        texts = ["".join(t for _, t in p) for p in pieces]
        whole = "\n".join(texts)
        level = base_level(whole)
        every = levels(whole.replace("\n", " "), level)
        visual = copy(logical)
        lines = []
        at = 0
        for parts, text, line in zip(pieces, texts, logical.lines, strict=True):
            lv = every[at : at + len(text)]
            at += len(text) + 1
            order = visual_order(text, lv, level)
            if kind == 0:
                drawn = "".join(mirrored(text[i], lv[i]) for i in order)
                lines.append((line[0], drawn.split(" ")))
                continue
            owner = [n for n, (_, t) in enumerate(parts) for _ in t]
            frags, run, run_owner = [], [], None
            for i in order:
                if owner[i] != run_owner and run:
                    frags.append(parts[run_owner][0].clone(text="".join(run)))
                    run = []
                run_owner = owner[i]
                run.append(mirrored(text[i], lv[i]))
            if run:
                frags.append(parts[run_owner][0].clone(text="".join(run)))
            moved = copy(line)
            moved.words = frags
            lines.append(moved)
        visual.lines = lines
        self.blPara = visual
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical


def bidi_paragraph(text: str, style) -> BidiPara:
    """A :class:`BidiPara` of the case file's markup ``text`` (already shaped)."""
    text, frags = read(text, style)
    return BidiPara(text, style, frags=frags)


def visual_line(text: str) -> str:
    """One line of (shaped) text in visual order: for lines drawn straight on the canvas."""
    if not has_rtl(text):
        return text
    level = base_level(text)
    lv = levels(text, level)
    return "".join(mirrored(text[i], lv[i]) for i in visual_order(text, lv, level))
