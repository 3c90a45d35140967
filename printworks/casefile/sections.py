"""The sections that are mostly words: habitat, metrics, weaponry, encounters, complaints."""

from __future__ import annotations

import string

from reportlab.platypus import Flowable

from printworks import templating
from printworks.facts import Facts
from printworks.markup import Text

from .panel import Panel
from .styles import Kit
from .text import draw_pieces, line_pieces, markup, para, pieces_width

__all__ = ["burn_ward", "encounter_guide", "habitat", "metrics", "para", "weaponry"]


def tagged(kit: Kit, tag: str, column: list[Flowable], *, width: float | None = None) -> Panel:
    """``column`` beside a small boxed tag such as ``M-01`` (layout copy, never role text)."""
    size = kit.size("label")
    # the box is as wide as the layout says, or as its tag needs (small panels, big type)
    needed = pieces_width(line_pieces(kit, tag, "display"), size) + size * 0.8
    tag_width = max(width or kit.figure("tag_width"), needed + kit.figure("tag_gap"))

    def decorate(panel: Panel, canv) -> None:
        if not panel.first:
            return
        pieces = line_pieces(kit, tag, "display")
        box_w = tag_width - kit.figure("tag_gap")
        box_h = size * 1.7
        top = panel.height
        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(kit.hairline("tick"))
        canv.rect(0, top - box_h, box_w, box_h, stroke=1, fill=0)
        draw_pieces(
            canv, kit, pieces, box_w / 2, top - box_h + size * 0.55, size, "ink", align="centre"
        )

    return Panel(
        [column],
        padding=(0, 0, 0, tag_width),
        gap=kit.figure("line_gap"),
        decorate=decorate,
        space_after=kit.space("item"),
    )


def _named(kit: Kit, tag: str, name: Text, description: Text) -> Panel:
    title = para(kit, name, "strong")
    title.keepWithNext = True
    return tagged(kit, tag, [title, para(kit, description, "body")])


def habitat(facts: Facts, kit: Kit) -> list[Flowable]:
    return [
        Panel(
            [[para(kit, place, "body")]],
            padding=(0, 0, 0, kit.figure("bullet_indent")),
            decorate=_bullet(kit),
            space_after=kit.space("paragraph"),
        )
        for place in facts.role.habitat
    ]


def _bullet(kit: Kit):
    def decorate(panel: Panel, canv) -> None:
        if panel.first:
            side = kit.figure("bullet")
            canv.setFillColor(kit.colour("ink"))
            canv.rect(0, panel.height - kit.size("body") * 0.82, side, side, stroke=0, fill=1)

    return decorate


def metrics(facts: Facts, kit: Kit) -> list[Flowable]:
    tag = kit.words.metric_tag
    return [
        _named(kit, templating.text(tag, n=n), m.name, m.description)
        for n, m in enumerate(facts.role.metrics, 1)
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


def weaponry(facts: Facts, kit: Kit) -> list[Flowable]:
    tag = kit.words.weapon_tag
    return [
        _named(kit, templating.text(tag, letter=_letter(n)), w.name, w.description)
        for n, w in enumerate(facts.role.weaponry)
    ]


def encounter_guide(facts: Facts, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = []
    strong = kit.font("strong")
    for entry in facts.role.encounter_guide:
        situation = markup(kit, entry.situation, "strong", upper=True)
        before = f'<font name="{strong}">[{situation}:]</font> '
        out.append(
            Panel(
                [[para(kit, entry.advice, "body", before=before)]],
                padding=card_padding(kit, "card_top"),
                decorate=_card(kit),
                space_after=kit.space("item"),
            )
        )
    return out


def _card(kit: Kit, *, rule: str = "ink"):
    def decorate(panel: Panel, canv) -> None:
        canv.setFillColor(kit.colour("card"))
        canv.setStrokeColor(kit.colour("rule"))
        canv.setLineWidth(kit.hairline("dash"))
        canv.setDash(2, 2)
        canv.rect(0, 0, panel.width, panel.height, stroke=1, fill=1)
        canv.setDash()
        canv.setFillColor(kit.colour(rule))
        canv.rect(0, 0, kit.figure("card_rule"), panel.height, stroke=0, fill=1)

    return decorate


def card_padding(kit: Kit, top: str) -> tuple[float, float, float, float]:
    """The padding of a card with a rule down its left side; ``top`` names its top padding."""
    return (
        kit.figure(top),
        kit.figure("card_right"),
        kit.figure("card_bottom"),
        kit.figure("card_left"),
    )


def burn_ward(facts: Facts, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = []
    mark = kit.figure("quote_indent")
    for complaint in facts.role.burn_ward:
        quote = para(kit, complaint.quote, "body_italic", before="“", after="”")
        source = para(kit, complaint.posted_on, "small_right", before="— ")
        out.append(
            Panel(
                [[quote, source]],
                padding=(
                    kit.figure("quote_top"),
                    kit.figure("quote_side"),
                    kit.figure("quote_side"),
                    mark,
                ),
                gap=kit.figure("cell_gap"),
                decorate=_quote_mark(kit),
                space_after=kit.space("item"),
            )
        )
    return out


def _quote_mark(kit: Kit):
    def decorate(panel: Panel, canv) -> None:
        canv.setFillColor(kit.colour("rule"))
        canv.rect(0, 0, kit.figure("quote_rule"), panel.height, stroke=0, fill=1)
        if panel.first:
            size = kit.size("big_figure")
            canv.setFillColor(kit.colour("danger"))
            canv.setFont(kit.font("display"), size)
            canv.drawString(kit.figure("quote_mark"), panel.height - size * 0.78, "“")

    return decorate
