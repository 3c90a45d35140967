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
    """A half-dial meter with its needle at ``percent``. The scale's labels sit where the
    needle never goes: 0 and 100 under the dial's baseline, 50 over its top."""

    def __init__(self, kit: Kit, percent: int):
        super().__init__()
        self.kit, self.percent = kit, percent

    def wrap(self, aw, ah):
        self.width = min(aw, self.kit.figure("gauge_width"))
        # the label over the dial, the dial, and under its hub the reading
        self.height = (
            self._label_room()
            + self.width / 2
            + self.kit.figure("gauge_hub")
            + self._reading() * 1.05
        )
        return self.width, self.height

    def _reading(self) -> float:
        return self.kit.size("big_figure") * 0.8

    def _label_room(self) -> float:
        return self.kit.size("small") * 1.2

    def geometry(self) -> tuple[float, float, float, float]:
        """The dial's centre (x, y), radius and ring width."""
        radius = self.width / 2 - 2
        return self.width / 2, self.height - self._label_room() - radius - 2, radius, radius * 0.24

    def needle(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """From the hub to the needle's tip."""
        cx, cy, radius, ring = self.geometry()
        angle = math.radians(180 - self.percent * 1.8)
        tip = radius - ring * 0.2
        return (cx, cy), (cx + math.cos(angle) * tip, cy + math.sin(angle) * tip)

    def labels(self) -> list[tuple[str, float, float]]:
        """Each label of the scale and where its baseline is centred."""
        cx, cy, radius, ring = self.geometry()
        size = self.kit.size("small")
        foot = cy - size * 1.3
        middle = radius - ring / 2
        return [
            ("0", cx - middle, foot),
            ("50", cx, cy + radius + size * 0.35),
            ("100", cx + middle, foot),
        ]

    def draw(self) -> None:
        kit, canv = self.kit, self.canv
        cx, cy, radius, ring = self.geometry()
        hub = kit.figure("gauge_hub")
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
        canv.setFont(kit.font("body"), kit.size("small"))
        for text, x, y in self.labels():
            canv.drawCentredString(x, y, text)
        (x0, y0), (x1, y1) = self.needle()
        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(kit.stroke("needle"))
        canv.setLineCap(1)
        canv.line(x0, y0, x1, y1)
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
