"""[08] The JD autopsy: each job-ad claim beside its translation, joined by an arrow."""

from __future__ import annotations

import math

from reportlab.platypus import Flowable

from printworks.facts import Facts
from printworks.layout import DossierCopy
from printworks.model import Claim

from .furniture import begin_actual_text, end_actual_text, pieces_text
from .panel import Panel
from .styles import Kit
from .text import draw_pieces, line_pieces, markup, para, pieces_width

STAMP_ANGLE = 4.0


class Stamp(Flowable):
    """A small, slightly crooked rubber-stamp label such as ``[SOURCE REDACTED]``."""

    def __init__(self, kit: Kit, text: str):
        super().__init__()
        self.kit, self.text = kit, text

    def wrap(self, aw, ah):
        kit = self.kit
        self.size = kit.size("label") * 1.3
        self.pieces = line_pieces(kit, self.text, "stamp")
        natural = pieces_width(self.pieces, self.size) + kit.figure("source_stamp_pad")
        if natural > aw * 0.92:
            self.size *= aw * 0.92 / natural
            natural = aw * 0.92
        self.box = (natural, self.size * 1.6)
        lift = math.sin(math.radians(STAMP_ANGLE)) * natural
        self.width, self.height = aw, self.box[1] + lift + 2
        return self.width, self.height

    def draw(self) -> None:
        kit, canv = self.kit, self.canv
        width, height = self.box
        canv.saveState()
        canv.translate(1, 1)
        canv.rotate(STAMP_ANGLE)
        begin_actual_text(canv, pieces_text(self.pieces))
        canv.setStrokeColor(kit.colour("stamp"))
        canv.setLineWidth(kit.stroke("claim_stamp"))
        canv.rect(0, 0, width, height, stroke=1, fill=0)
        draw_pieces(
            canv, kit, self.pieces, width / 2, height * 0.3, self.size, "stamp", align="centre"
        )
        end_actual_text(canv)
        canv.restoreState()


def _claim(kit: Kit, copy: DossierCopy, item: Claim) -> Panel:
    left: list[Flowable] = [para(kit, copy.labels.claim, "label")]
    if item.source_redacted:
        left.append(Stamp(kit, copy.labels.source_redacted))
    else:
        label = markup(kit, kit.words.source_label + " ", "small")
        left.append(para(kit, item.source, "small", before=label))  # type: ignore[arg-type]
    left.append(para(kit, item.claim, "body_italic", before="“", after="”"))
    right = [
        para(kit, copy.labels.translation, "label", textColor=kit.colour("danger")),
        para(kit, item.translation, "body"),
    ]
    gap = kit.figure("claim_gap")
    pad = kit.figure("claim_pad")

    def decorate(panel: Panel, canv) -> None:
        split = panel.column_x(1) - gap / 2
        canv.setFillColor(kit.colour("card"))
        canv.setStrokeColor(kit.colour("rule"))
        canv.setLineWidth(kit.hairline("dash"))
        canv.setDash(2, 2)
        if panel.column_heights[0] > 0:  # a continued claim may have only its translation left
            canv.rect(0, 0, split - gap / 2 + pad, panel.height, stroke=1, fill=1)
        canv.setDash()
        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(kit.stroke("claim_box"))
        right_x = split + gap / 2 - pad
        if panel.column_heights[1] > 0:
            canv.rect(right_x, 0, panel.width - right_x, panel.height, stroke=1, fill=0)
        if panel.first and all(panel.column_heights):
            y = panel.height - kit.figure("claim_arrow_drop")
            canv.setFillColor(kit.colour("danger"))
            head = kit.figure("claim_arrow_head")
            canv.rect(split - gap / 2 + pad, y - 1, gap - 2 * pad - head, 2, stroke=0, fill=1)
            path = canv.beginPath()
            path.moveTo(right_x, y)
            path.lineTo(right_x - head, y + head * 0.6)
            path.lineTo(right_x - head, y - head * 0.6)
            path.close()
            canv.drawPath(path, stroke=0, fill=1)

    return Panel(
        [left, right],
        fractions=(0.47, 0.53),
        padding=(pad, pad, pad, pad),
        column_gap=gap,
        gap=kit.figure("cell_gap"),
        decorate=decorate,
        space_after=kit.space("item"),
    )


def section(facts: Facts, kit: Kit) -> list[Flowable]:
    return [_claim(kit, kit.copy, item) for item in facts.role.jd_autopsy]
