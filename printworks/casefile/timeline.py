"""[09] The day-in-the-life log: a ruler of the logged day, then a log sheet along a spine."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from printworks.layout import DossierCopy
from printworks.model import LogEntry, Role

from .panel import Panel
from .styles import Kit
from .text import Piece, draw_pieces, para

MM = 72 / 25.4


def minutes(clock: str) -> int:
    hours, mins = map(int, clock.split(":"))
    return hours * 60 + mins


def lanes(entries: list[LogEntry]) -> list[int]:
    """A lane for each entry, so that entries that overlap in time sit on separate lanes."""
    ends: list[int] = []
    out = [0] * len(entries)
    for index in sorted(range(len(entries)), key=lambda i: minutes(entries[i].start)):
        start, end = minutes(entries[index].start), minutes(entries[index].end)
        lane = next((i for i, e in enumerate(ends) if e <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        out[index] = lane
    return out


class DayRuler(Flowable):
    """The logged hours of a day on one axis, each entry a numbered block."""

    def __init__(self, kit: Kit, entries: list[LogEntry], label: str):
        super().__init__()
        self.kit, self.entries, self.label = kit, entries, label
        self.lanes = lanes(entries)

    def wrap(self, aw, ah):
        self.lane_h = (
            6.5 * MM * self.kit.scale * (1 if max(self.lanes) < 3 else 3 / (max(self.lanes) + 1))
        )
        self.width = aw
        self.height = self.lane_h * (max(self.lanes) + 1) + 9 * MM * self.kit.scale
        return self.width, self.height

    def draw(self) -> None:
        kit, canv = self.kit, self.canv
        first = min(minutes(e.start) for e in self.entries) // 60
        last = -(-max(minutes(e.end) for e in self.entries) // 60)
        span = max(last - first, 1) * 60
        size = kit.size("small")
        label_w = 0.0
        axis_y = size * 1.6
        left = label_w
        width = self.width - left

        def x_of(m: int) -> float:
            return left + (m - first * 60) / span * width

        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(0.8)
        canv.line(left, axis_y, self.width, axis_y)
        step = 1 if span <= 12 * 60 else 2
        for hour in range(first, last + 1, step):
            x = x_of(hour * 60)
            canv.line(x, axis_y, x, axis_y - size * 0.5)
            text = [Piece(kit.font("body"), text=f"{hour:02d}")]
            align = "left" if hour == first else "right" if hour == last else "centre"
            draw_pieces(canv, kit, text, x, 0.2 * size, size, "muted", align=align)
        canv.setDash(1, 2)
        canv.setStrokeColor(kit.colour("rule"))
        canv.line(left, self.height - 1, self.width, self.height - 1)
        canv.setDash()
        for number, (entry, lane) in enumerate(zip(self.entries, self.lanes, strict=True), 1):
            x0, x1 = x_of(minutes(entry.start)), x_of(minutes(entry.end))
            y = axis_y + 2 + lane * self.lane_h
            canv.setFillColor(kit.colour("bar"))
            canv.rect(x0, y, max(x1 - x0 - 1, 1), self.lane_h - 2, stroke=0, fill=1)
            tag = [Piece(kit.font("display"), text=str(number))]
            if x1 - x0 > size * 1.6:
                draw_pieces(
                    canv,
                    kit,
                    tag,
                    (x0 + x1) / 2,
                    y + (self.lane_h - 2 - size * 0.7) / 2,
                    size,
                    "paper",
                    align="centre",
                )


def _entry(kit: Kit, number: int, entry: LogEntry, last: bool) -> Panel:
    time_w = 27 * MM * kit.scale
    size = kit.size("title")

    def decorate(panel: Panel, canv) -> None:
        spine = time_w - 7 * kit.scale
        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(1.2 * kit.scale)
        canv.line(
            spine, 0 if not (last and panel.last) else panel.height - size, spine, panel.height
        )
        if not panel.first:
            return
        top = panel.height - size * 0.85
        canv.setFillColor(kit.colour("danger"))
        canv.circle(spine, top + size * 0.3, 3.2 * kit.scale, stroke=0, fill=1)
        display = kit.font("display")
        draw_pieces(canv, kit, [Piece(display, text=entry.start)], 0, top, size, "ink")
        small = kit.size("small")
        until = [Piece(kit.font("body"), text=f"– {entry.end}")]
        draw_pieces(canv, kit, until, 0, top - small * 1.5, small, "muted")
        badge = [Piece(kit.font("body"), text=f"#{number}")]
        draw_pieces(canv, kit, badge, 0, top - small * 2.9, small, "muted")

    return Panel(
        [[para(kit, entry.title, "strong"), para(kit, entry.description, "body")]],
        padding=(0, 0, kit.space("item"), time_w),
        gap=2 * kit.scale,
        decorate=decorate,
    )


def section(role: Role, kit: Kit, copy: DossierCopy) -> list[Flowable]:
    entries = role.day_log
    out: list[Flowable] = [DayRuler(kit, entries, kit.words["day_ruler"]), Spacer(1, 5 * kit.scale)]
    count = len(entries)
    out += [_entry(kit, n, e, n == count) for n, e in enumerate(entries, 1)]
    return out
