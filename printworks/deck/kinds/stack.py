"""A layered architecture: layers top to bottom, each with its boxes, and a bar across all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.stack import Content
from printworks.deck.kinds import _drawing as d
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


GAP = 8.0  # between layers, and between a layer's boxes
LABEL = 0.2  # of the width: each layer's name, on the left
SIDE = 56.0  # the bar across every layer, on the right


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    layers = "; ".join(
        spoken(layer.label) + (f" ({listed(layer.items)})" if layer.items else "")
        for layer in content.layers
    )
    side = f" Across every layer: {spoken(content.side)}." if content.side else ""
    return f"A layered architecture of {len(content.layers)} layers, top first: {layers}.{side}"


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """The layers as stacked bands, top first, each named in a block on its left with its boxes
    in a row beside; the side concern as a bar down the right, its words turned to read up."""
    area = frame
    if content.side:
        area, bar = frame.split(frame.width - SIDE - GAP * 1.5, GAP * 1.5)
        accent = deck.colour("accent")
        deck.shape(slide, bar, "round", fill=accent)
        d.rotated_text(
            deck,
            slide,
            bar.centre,
            bar.height - 16,
            bar.width - 8,
            (deck.para(content.side, bold=True, colour=deck.ink_on(accent), align="centre"),),
            "heading",
            top=17,
            anchor="middle",
        )
    rows = area.rows(len(content.layers), GAP)
    colours = d.ramp(deck.colour("dark"), deck.colour("accent"), len(content.layers))
    names, boxes = [], []
    box_fill = deck.colour("paper")
    for row, layer, colour in zip(rows, content.layers, colours, strict=True):
        name, band = row.split(row.width * LABEL, 0)
        deck.card(slide, row)
        deck.shape(slide, name, "rect", fill=colour)
        ink = deck.ink_on(colour)
        names.append((name.inset(10, 4), (deck.para(layer.label, bold=True, colour=ink),)))
        if not layer.items:
            continue
        inner = band.inset(GAP, GAP * 0.75)
        cells = inner.columns(len(layer.items), GAP)
        for cell, item in zip(cells, layer.items, strict=True):
            deck.shape(slide, cell, "round", fill=box_fill, line=deck.colour("line"))
            para = deck.para(item, colour=deck.ink_on(box_fill), align="centre")
            boxes.append((cell.inset(4, 2), (para,)))
    d.write(deck, slide, names, "heading", top=16, anchor="middle")
    d.write(deck, slide, boxes, "heading", top=15, anchor="middle")
