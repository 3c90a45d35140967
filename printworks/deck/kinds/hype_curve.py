"""A hype curve: trigger, peak, trough, slope and plateau, with ‘we are here’."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.hype_curve import PHASES, Content, Phase
from printworks.deck.kinds import _drawing as d
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


# the curve, as (across, up) fractions of the plot: a steep rise to the peak, the fall to the
# trough, the long slope and the plateau; each phase's span across, and where its marker goes
CURVE = [
    (0.0, 0.03),
    (0.08, 0.14),
    (0.14, 0.6),
    (0.2, 1.0),
    (0.26, 0.72),
    (0.33, 0.3),
    (0.42, 0.12),
    (0.52, 0.19),
    (0.64, 0.35),
    (0.78, 0.47),
    (0.9, 0.5),
    (1.0, 0.51),
]
SPANS = {
    "trigger": (0.0, 0.15),
    "peak": (0.15, 0.3),
    "trough": (0.3, 0.53),
    "slope": (0.53, 0.76),
    "plateau": (0.76, 1.0),
}
HERE = {"trigger": 0.1, "peak": 0.2, "trough": 0.42, "slope": 0.64, "plateau": 0.88}
HEADROOM = 78.0  # above the peak: room for the marker when we are at the top
DOT = 11.0
LABEL, LABEL_WIDTH = 11.0, 150.0  # a point's label: its type size, and how wide it may run


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    name = {phase: spoken(deck.say(f"kinds.hype_curve.{phase}")).lower() for phase in PHASES}
    here = spoken(content.here_label) if content.here_label else "We are here"
    said = (
        f"A hype curve rising from the {name['trigger']} to the {name['peak']}, falling to the "
        f"{name['trough']}, then climbing the {name['slope']} to the {name['plateau']}. "
        f"“{here}” marks the {name[content.we_are_here]}."
    )
    for phase in PHASES:
        placed = [p.label for p in content.points if p.phase == phase]
        if placed:
            said += f" On the {name[phase]}: {listed(placed)}."
    return said


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """The curve as one smooth line over the five phases (named along the bottom, ours picked
    out), each point a dot on the curve with its label clear of the curve and of each other,
    and a large marker pointing at where we are."""
    accent, muted, line = deck.colour("accent"), deck.colour("muted"), deck.colour("line")
    gutter, foot = 30.0, 40.0
    plot = Rect(frame.left + gutter, frame.top, frame.width - gutter, frame.height - foot)

    def at(u: float, v: float) -> tuple[float, float]:
        rise = plot.height - HEADROOM - 8
        return plot.left + plot.width * u, plot.bottom - 8 - rise * v

    # the phases: a faint rule between each, their names under the axis
    names = []
    for phase in PHASES:
        start, end = SPANS[phase]
        x1, x2 = plot.left + plot.width * start, plot.left + plot.width * end
        if start > 0:
            deck.line(slide, x1, plot.top + HEADROOM / 2, x1, plot.bottom, line, 0.75)
        ours = phase == content.we_are_here
        para = deck.para(
            deck.say(f"kinds.hype_curve.{phase}"),
            bold=ours,
            colour=accent if ours else muted,
            align="centre",
        )
        names.append((Rect(x1 + 2, plot.bottom + 6, x2 - x1 - 4, foot - 6), (para,)))
    d.write(deck, slide, names, "eyebrow", top=11, anchor="top")

    # the axes
    deck.line(slide, plot.left, plot.bottom, plot.left, plot.top + 8, muted, 1.5)
    d.arrowhead(deck, slide, (plot.left, plot.top), -90, 10, muted)
    deck.line(slide, plot.left, plot.bottom, plot.right - 8, plot.bottom, muted, 1.5)
    d.arrowhead(deck, slide, (plot.right, plot.bottom), 0, 10, muted)
    d.rotated_text(
        deck,
        slide,
        (frame.left + 12, plot.top + plot.height / 2),
        plot.height - 20,
        22,
        (deck.para(deck.say("kinds.hype_curve.y_axis"), bold=True, colour=muted, align="centre"),),
        "eyebrow",
        top=11,
        anchor="middle",
    )
    x_name = Rect(plot.right - 160, plot.bottom - 24, 150, 22)
    deck.text(
        slide,
        x_name,
        deck.para(deck.say("kinds.hype_curve.x_axis"), bold=True, colour=muted, align="right"),
        "eyebrow",
        top=11,
        anchor="bottom",
    )

    controls = [at(u, v) for u, v in CURVE]
    deck.path(slide, controls, line=accent, line_width=3.5, smooth=True)
    samples = d.curve(controls)

    here = d.at_x(samples, plot.left + plot.width * HERE[content.we_are_here])
    marker = _marker(deck, plot, here, content)
    _points(deck, slide, plot, samples, content, [marker.box, x_name])
    _draw_marker(deck, slide, marker)  # last: on top of any leader line that passes under it


@dataclass(frozen=True)
class _Marker:
    """The big "we are here": where it points, its chip of words, and the arrow under it."""

    point: tuple[float, float]
    chip: object  # a Rect
    arrow: object  # a Rect
    words: object  # a Para

    @property
    def box(self):
        top = self.chip.top
        return Rect(self.chip.left, top, self.chip.width, self.arrow.bottom - top)


def _marker(deck: Deck, plot, point, content) -> _Marker:
    words = content.here_label or deck.say("kinds.hype_curve.here")
    para = deck.para(words, bold=True, colour=deck.ink_on(deck.colour("bad")), align="centre")
    width = min(d.one_line(deck, para, 22) + 12, 260.0)
    x, y = point
    arrow = Rect(x - 12, y - DOT - 30, 24, 28)
    chip = d.within(Rect(x - width / 2, arrow.top - 42, width, 42), plot)
    return _Marker(point, chip, arrow, para)


def _draw_marker(deck: Deck, slide: Slide, marker: _Marker) -> None:
    """A halo and a dot on the curve, an arrow down to it, the words in a chip above."""
    bad = deck.colour("bad")
    x, y = marker.point
    halo = DOT * 2.6
    deck.shape(
        slide,
        Rect(x - halo / 2, y - halo / 2, halo, halo),
        "oval",
        fill=bad,
        alpha=0.25,
        decorative=True,
    )
    dot = Rect(x - DOT, y - DOT, 2 * DOT, 2 * DOT)
    deck.shape(
        slide,
        dot,
        "oval",
        fill=deck.legible(bad, dot, 3.0),  # it must show on its halo
        line=deck.colour("paper"),
        line_width=2,
    )
    deck.shape(slide, marker.arrow, "down", fill=bad)
    d.write(
        deck,
        slide,
        [(marker.chip, (marker.words,))],
        "big",
        22,
        fill=bad,
        kind="round",
        anchor="middle",
    )


def _points(deck: Deck, slide: Slide, plot, samples, content, taken) -> None:
    """Each point as a dot on the curve within its phase, its label where it is clear of the
    curve, the dots, the marker and the other labels; every label at one size."""
    strong, paper = deck.colour("strong"), deck.colour("paper")
    spots = []
    for phase in PHASES:
        group = [p for p in content.points if p.phase == phase]
        for point, share in zip(group, _slots(phase, len(group), content.we_are_here), strict=True):
            spots.append((point, d.at_x(samples, plot.left + plot.width * share)))
    dots = [Rect(x - DOT / 2, y - DOT / 2, DOT, DOT) for _, (x, y) in spots]
    taken = [*taken, *dots]
    labels = []
    for point, (x, y) in spots:
        para = deck.para(point.label, colour=strong, align="centre")
        wide = d.one_line(deck, para, LABEL)
        lines = 1 if wide <= LABEL_WIDTH else 2
        height = deck.measure.pitch(para, LABEL) * lines + 2 * deck.measure.inset + 2
        box = _clear_spot(plot, samples, (x, y), min(wide, LABEL_WIDTH), height, taken)
        taken.append(box)
        near = (min(max(x, box.left), box.right), min(max(y, box.top), box.bottom))
        if abs(near[0] - x) + abs(near[1] - y) > DOT:
            deck.line(slide, x, y, near[0], near[1], deck.colour("muted"), 0.75)
        labels.append((box, (para,)))
    for dot in dots:
        deck.shape(slide, dot, "oval", fill=strong, line=paper, line_width=1.5)
    d.write(deck, slide, labels, "body", LABEL, anchor="middle")


def _slots(phase: Phase, count: int, here: Phase) -> list[float]:
    """Where across the plot ``count`` points of ``phase`` go: evenly over its span, leaving
    the marker's place to the marker in its own phase."""
    start, end = SPANS[phase]
    if phase != here:
        return [start + (end - start) * (i + 1) / (count + 1) for i in range(count)]
    slots = [start + (end - start) * (i + 1) / (count + 2) for i in range(count + 1)]
    slots.remove(min(slots, key=lambda share: abs(share - HERE[here])))
    return slots


def _crosses(point, box, taken) -> bool:
    """Whether the leader line from ``point`` to ``box`` would run through a box ``taken``
    (the dot it starts from aside)."""
    x, y = point
    near = (min(max(x, box.left), box.right), min(max(y, box.top), box.bottom))
    steps = [i / 12 for i in range(1, 12)]
    along = [(x + (near[0] - x) * t, y + (near[1] - y) * t) for t in steps]
    return any(
        other.left < px < other.right and other.top < py < other.bottom
        for other in taken
        if not (other.left <= x <= other.right and other.top <= y <= other.bottom)
        for px, py in along
    )


def _clear_spot(plot, samples, point, width, height, taken):
    """Where a label of ``width`` by ``height`` goes near ``point``: the nearest spot inside
    the plot that keeps clear of every box ``taken``, of the curve, and whose leader line
    crosses no box; failing that, one that lets its leader line cross, then one on the curve."""
    x, y = point
    room = plot.inset(4)
    tries = []
    for distance in (10, 30, 55, 85, 120, 160, 200):
        for dx in (0.0, -0.5, 0.5, -0.9, 0.9, -1.4, 1.4):
            left = x - width / 2 + dx * width
            tries.append(d.within(Rect(left, y - distance - height, width, height), room))
            tries.append(d.within(Rect(left, y + distance, width, height), room))
    # the first try that passes every test wins, so each is tested only as far as it needs:
    # the same pick as filtering all of them, without testing every try against the curve
    first_free = first_off_curve = None
    for b in tries:
        if any(d.overlaps(b, other, 4) for other in taken):
            continue
        if first_free is None:
            first_free = b
        if _on_curve(b, samples):
            continue
        if first_off_curve is None:
            first_off_curve = b
        if not _crosses(point, b, taken):
            return b
    for found in (first_off_curve, first_free):
        if found is not None:
            return found
    return tries[0]


def _on_curve(box, samples) -> bool:
    """Whether any sample of the curve lies within 3pt of ``box``."""
    left, right = box.left - 3, box.right + 3
    top, bottom = box.top - 3, box.bottom + 3
    return any(left < px < right and top < py < bottom for px, py in samples)
