"""[09] The day-in-the-life log: a ruler of the logged day, then a log sheet along a spine."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from printworks.facts import Block, Facts, hours
from printworks.model import LogEntry

from .panel import Panel, keep_with_next
from .styles import Kit
from .text import Piece, draw_pieces, para


class DayRuler(Flowable):
    """The logged hours of a day on one axis, each entry a numbered block."""

    def __init__(self, kit: Kit, blocks: list[Block]):
        super().__init__()
        self.kit, self.blocks = kit, blocks
        self.lanes = max(b.lane for b in blocks) + 1

    def wrap(self, aw, ah):
        lane = self.kit.figure("day_lane")
        self.lane_h = lane * (1 if self.lanes <= 3 else 3 / self.lanes)
        self.width = aw
        self.height = self.lane_h * self.lanes + self.kit.figure("day_axis_room")
        return self.width, self.height

    def draw(self) -> None:
        kit, canv = self.kit, self.canv
        first, last = hours(self.blocks)
        span = max(last - first, 1) * 60
        size = kit.size("small")
        axis_y = size * 1.6
        left = 0.0
        width = self.width

        def x_of(m: int) -> float:
            return left + (m - first * 60) / span * width

        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(kit.hairline("tick"))
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
        for block in self.blocks:
            number = block.number
            x0, x1 = x_of(block.start), x_of(block.end)
            y = axis_y + 2 + block.lane * self.lane_h
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
    time_w = kit.figure("day_time_width")
    size = kit.size("title")

    def decorate(panel: Panel, canv) -> None:
        spine = time_w - kit.figure("day_spine_back")
        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(kit.stroke("spine"))
        canv.line(
            spine, 0 if not (last and panel.last) else panel.height - size, spine, panel.height
        )
        if not panel.first:
            return
        top = panel.height - size * 0.85
        canv.setFillColor(kit.colour("danger"))
        canv.circle(spine, top + size * 0.3, kit.figure("day_dot"), stroke=0, fill=1)
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
        gap=kit.figure("line_gap"),
        decorate=decorate,
    )


def section(facts: Facts, kit: Kit) -> list[Flowable]:
    blocks = facts.blocks
    out = keep_with_next(DayRuler(kit, blocks), Spacer(1, kit.figure("day_ruler_after")))
    count = len(blocks)
    out += [_entry(kit, b.number, b.entry, b.number == count) for b in blocks]
    return out
