"""[04] The flight risk: a dial from 0 to 100 % with its needle, the verdict and the diagnosis."""

from __future__ import annotations

import math

from reportlab.platypus import Flowable

from printworks.facts import Facts

from .panel import Panel
from .styles import Kit
from .text import markup, para

BANDS = ((0, 40, "safe"), (40, 70, "bar_track"), (70, 100, "danger"))


class Gauge(Flowable):
    """A half-dial meter with its needle at ``percent``."""

    def __init__(self, kit: Kit, percent: int):
        super().__init__()
        self.kit, self.percent = kit, percent

    def wrap(self, aw, ah):
        self.width = min(aw, self.kit.figure("gauge_width"))
        # the dial, and under its hub the reading (where the needle, above, never points)
        self.height = self.width / 2 + self.kit.figure("gauge_hub") + self._reading() * 1.05
        return self.width, self.height

    def _reading(self) -> float:
        return self.kit.size("big_figure") * 0.8

    def draw(self) -> None:
        kit, canv = self.kit, self.canv
        radius = self.width / 2 - 2
        cx, cy = self.width / 2, self.height - radius - 2
        hub = kit.figure("gauge_hub")
        ring = radius * 0.24
        for start, end, colour in BANDS:
            canv.setFillColor(kit.colour(colour))
            canv.setStrokeColor(kit.colour(colour))
            a0, extent = 180 - end * 1.8, (end - start) * 1.8
            canv.wedge(
                cx - radius, cy - radius, cx + radius, cy + radius, a0, extent, stroke=0, fill=1
            )
        canv.setFillColor(kit.colour("paper"))
        inner = radius - ring
        # the dial's face: a half disc, so that nothing of it shows under the baseline on a
        # ground of another colour (the mini-zine's panels)
        canv.wedge(cx - inner, cy - inner, cx + inner, cy + inner, 0, 180, stroke=0, fill=1)
        canv.setStrokeColor(kit.colour("ink"))
        canv.setFillColor(kit.colour("ink"))
        size = kit.size("small")
        for value in range(0, 101, 10):
            angle = math.radians(180 - value * 1.8)
            outer = radius + 1.5
            tick = ring * (0.55 if value % 50 else 0.9)
            canv.setLineWidth(kit.hairline("tick" if value % 50 else "tick_major"))
            canv.line(
                cx + math.cos(angle) * outer,
                cy + math.sin(angle) * outer,
                cx + math.cos(angle) * (outer - tick),
                cy + math.sin(angle) * (outer - tick),
            )
            if value % 50 == 0:
                canv.setFont(kit.font("body"), size)
                lx = cx + math.cos(angle) * (inner - size * 1.2)
                ly = cy + math.sin(angle) * (inner - size * 1.2) + (size * 0.3 if value else 0)
                canv.drawCentredString(lx, max(ly, cy + 2), f"{value}")
        angle = math.radians(180 - self.percent * 1.8)
        tip = radius - ring * 0.2
        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(kit.stroke("needle"))
        canv.setLineCap(1)
        canv.line(cx, cy, cx + math.cos(angle) * tip, cy + math.sin(angle) * tip)
        canv.circle(cx, cy, hub, stroke=0, fill=1)
        big = self._reading()
        canv.setFont(kit.font("display"), big)
        canv.drawCentredString(cx, cy - hub - big * 0.78, f"{self.percent}%")


def section(facts: Facts, kit: Kit) -> list[Flowable]:
    copy = kit.copy
    risk = facts.role.flight_risk
    display = kit.font("display")
    heading = markup(kit, f"{copy.labels.flight_risk} {risk.percent}%", "figure")
    # a verdict is a word or two; a long one is set as text rather than as a headline
    style = "figure" if len(risk.label) <= 40 else "title"
    verdict = para(kit, risk.label, style, textColor=kit.colour("danger"))
    readout = [
        para(kit, "", "figure", before=f'<font name="{display}">{heading}</font>'),
        verdict,
    ]
    panel = Panel(
        [[Gauge(kit, risk.percent)], readout],
        fractions=(0.46, 0.54),
        column_gap=kit.figure("gauge_gap"),
        gap=kit.figure("cell_gap"),
        space_after=kit.space("item"),
    )
    label = markup(kit, copy.labels.diagnosis, "strong")
    diagnosis = para(
        kit, risk.diagnosis, "body", before=f'<font name="{kit.font("strong")}">{label}</font> '
    )
    return [panel, diagnosis]
