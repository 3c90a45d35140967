"""[11] Related specimens: each a match bar, a title (a link when its file is in the document)
and a summary."""

from __future__ import annotations

from reportlab.platypus import Flowable

from printworks.facts import Facts
from printworks.layout import DossierCopy
from printworks.model import Specimen

from .panel import Panel, role_key
from .styles import Kit
from .text import Piece, draw_pieces, markup, para


def _specimen(kit: Kit, copy: DossierCopy, item: Specimen) -> Panel:
    size = kit.size("label")
    bar_h = size * 1.25
    top_room = bar_h + size * 1.2
    link = role_key(item.slug) if item.slug and item.slug in kit.link_slugs else None

    def decorate(panel: Panel, canv) -> None:
        if not panel.first:
            return
        label = [Piece(kit.font("display"), text=f"{copy.labels.system_match} {item.match}%")]
        baseline = panel.height - size
        label_w = draw_pieces(canv, kit, label, 0, baseline, size, "ink")
        x0 = label_w + kit.figure("match_gap")
        track = panel.width - x0
        y = baseline - size * 0.15
        canv.setFillColor(kit.colour("bar_track"))
        canv.rect(x0, y, track, bar_h * 0.7, stroke=0, fill=1)
        canv.setFillColor(kit.colour("danger" if item.match >= 90 else "bar"))
        canv.rect(x0, y, track * item.match / 100, bar_h * 0.7, stroke=0, fill=1)
        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(kit.hairline("rule"))
        for tick in range(0, 101, 25):
            x = x0 + track * tick / 100
            canv.line(x, y - 1.5, x, y + bar_h * 0.7 + 1.5)

    arrow = markup(kit, " " + copy.labels.related_arrow, "strong")
    column = [
        para(kit, item.title, "strong", link=link, after=arrow),
        para(kit, item.summary, "body"),
    ]
    return Panel(
        [column],
        padding=(top_room, 0, 0, 0),
        gap=kit.figure("line_gap"),
        decorate=decorate,
        space_after=kit.space("item") * 1.4,
    )


def section(facts: Facts, kit: Kit) -> list[Flowable]:
    copy = kit.copy
    label = para(kit, copy.labels.taxonomy, "label", spaceAfter=kit.space("paragraph"))
    label.keepWithNext = True
    return [label, *[_specimen(kit, copy, item) for item in facts.role.related]]
