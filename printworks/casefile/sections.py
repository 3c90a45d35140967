"""The sections that are mostly words: habitat, metrics, weaponry, encounters, complaints."""

from __future__ import annotations

import string

from reportlab.platypus import Flowable

from printworks.layout import DossierCopy
from printworks.markup import Text
from printworks.model import Role

from .panel import Panel
from .styles import Kit
from .text import draw_pieces, line_pieces, markup, para

__all__ = ["burn_ward", "encounter_guide", "habitat", "metrics", "para", "weaponry"]


def tagged(kit: Kit, tag: str, column: list[Flowable], *, width: float | None = None) -> Panel:
    """``column`` beside a small boxed tag such as ``M-01`` (layout copy, never role text)."""
    tag_width = width or 17 * kit.scale * 72 / 25.4
    size = kit.size("label")

    def decorate(panel: Panel, canv) -> None:
        if not panel.first:
            return
        pieces = line_pieces(kit, tag, "display")
        box_w = tag_width - 3 * kit.scale * 72 / 25.4
        box_h = size * 1.7
        top = panel.height
        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(0.8)
        canv.rect(0, top - box_h, box_w, box_h, stroke=1, fill=0)
        draw_pieces(
            canv, kit, pieces, box_w / 2, top - box_h + size * 0.55, size, "ink", align="centre"
        )

    return Panel(
        [column],
        padding=(0, 0, 0, tag_width),
        gap=2 * kit.scale,
        decorate=decorate,
        space_after=kit.space("item"),
    )


def _named(kit: Kit, tag: str, name: Text, description: Text) -> Panel:
    title = para(kit, name, "strong")
    title.keepWithNext = True
    return tagged(kit, tag, [title, para(kit, description, "body")])


def habitat(role: Role, kit: Kit, copy: DossierCopy) -> list[Flowable]:
    return [
        Panel(
            [[para(kit, place, "body")]],
            padding=(0, 0, 0, 7 * kit.scale),
            decorate=_bullet(kit),
            space_after=kit.space("paragraph"),
        )
        for place in role.habitat
    ]


def _bullet(kit: Kit):
    def decorate(panel: Panel, canv) -> None:
        if panel.first:
            side = 3.2 * kit.scale
            canv.setFillColor(kit.colour("ink"))
            canv.rect(0, panel.height - kit.size("body") * 0.82, side, side, stroke=0, fill=1)

    return decorate


def metrics(role: Role, kit: Kit, copy: DossierCopy) -> list[Flowable]:
    tag = kit.words["metric_tag"]
    return [
        _named(kit, tag.format(n=n), m.name, m.description) for n, m in enumerate(role.metrics, 1)
    ]


def _letter(n: int) -> str:
    letters = string.ascii_uppercase
    out = ""
    while True:
        n, r = divmod(n, 26)
        out = letters[r] + out
        if not n:
            return out
        n -= 1


def weaponry(role: Role, kit: Kit, copy: DossierCopy) -> list[Flowable]:
    tag = kit.words["weapon_tag"]
    return [
        _named(kit, tag.format(letter=_letter(n)), w.name, w.description)
        for n, w in enumerate(role.weaponry)
    ]


def encounter_guide(role: Role, kit: Kit, copy: DossierCopy) -> list[Flowable]:
    out: list[Flowable] = []
    strong = kit.font("strong")
    for entry in role.encounter_guide:
        situation = markup(kit, entry.situation, "strong", upper=True)
        before = f'<font name="{strong}">[{situation}:]</font> '
        out.append(
            Panel(
                [[para(kit, entry.advice, "body", before=before)]],
                padding=(4 * kit.scale, 6 * kit.scale, 5 * kit.scale, 8 * kit.scale),
                decorate=_card(kit),
                space_after=kit.space("item"),
            )
        )
    return out


def _card(kit: Kit, *, rule: str = "ink"):
    def decorate(panel: Panel, canv) -> None:
        canv.setFillColor(kit.colour("card"))
        canv.setStrokeColor(kit.colour("rule"))
        canv.setLineWidth(0.6)
        canv.setDash(2, 2)
        canv.rect(0, 0, panel.width, panel.height, stroke=1, fill=1)
        canv.setDash()
        canv.setFillColor(kit.colour(rule))
        canv.rect(0, 0, 3 * kit.scale, panel.height, stroke=0, fill=1)

    return decorate


def burn_ward(role: Role, kit: Kit, copy: DossierCopy) -> list[Flowable]:
    out: list[Flowable] = []
    mark = 20 * kit.scale
    for complaint in role.burn_ward:
        quote = para(kit, complaint.quote, "body_italic", before="“", after="”")
        source = para(kit, complaint.posted_on, "small_right", before="— ")
        out.append(
            Panel(
                [[quote, source]],
                padding=(3 * kit.scale, 4 * kit.scale, 4 * kit.scale, mark),
                gap=3 * kit.scale,
                decorate=_quote_mark(kit),
                space_after=kit.space("item"),
            )
        )
    return out


def _quote_mark(kit: Kit):
    def decorate(panel: Panel, canv) -> None:
        canv.setFillColor(kit.colour("rule"))
        canv.rect(0, 0, 1.6 * kit.scale, panel.height, stroke=0, fill=1)
        if panel.first:
            size = kit.size("big_figure")
            canv.setFillColor(kit.colour("danger"))
            canv.setFont(kit.font("display"), size)
            canv.drawString(5 * kit.scale, panel.height - size * 0.78, "“")

    return decorate
