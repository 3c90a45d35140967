"""[03] The salary delusion: the figure, set against what other people live on and against
the hours the role's own log shows."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from printworks import templating
from printworks.facts import Facts

from .panel import Panel, keep_with_next
from .sections import card_padding
from .styles import Kit
from .text import Piece, draw_pieces, markup, para, pieces_width


class BarRow(Panel):
    """A labelled horizontal bar: the label wraps on the left, the bar and figure on the right."""

    def __init__(self, columns, *, kit: Kit, fraction: float, figure: str, hot: bool, **kw):
        self.kit, self.fraction, self.figure, self.hot = kit, fraction, figure, hot
        kw.setdefault("decorate", _draw_bar)
        super().__init__(columns, **kw)

    def prepare(self, width: float) -> None:
        pad = self.kit.figure("bar_pad")
        self.padding = (pad, width * 0.56, pad, 0)

    def _copy(self, columns, first, last):
        return BarRow(
            columns,
            kit=self.kit,
            fraction=self.fraction,
            figure=self.figure,
            hot=self.hot,
            first=first,
            last=last,
        )


def _draw_bar(row: BarRow, canv) -> None:
    if not row.first:
        return
    kit = row.kit
    x0 = row.width * 0.46
    track = row.width - x0
    size = kit.size("label")
    bar_h = size * 1.9
    top = row.height - row.padding[0]
    y = top - bar_h
    canv.setFillColor(kit.colour("bar_track"))
    canv.rect(x0, y, track, bar_h, stroke=0, fill=1)
    length = max(track * row.fraction, 1.5)
    canv.setFillColor(kit.colour("danger" if row.hot else "bar"))
    canv.rect(x0, y, length, bar_h, stroke=0, fill=1)
    pieces = [Piece(kit.font("display"), text=row.figure)]
    width = pieces_width(pieces, size)
    baseline = y + (bar_h - size * 0.7) / 2
    if width + 6 < length or length + width + 6 > track:
        # inside the bar; a figure too long for either side stays inside the track
        end = max(x0 + length - 3, x0 + width + 3)
        draw_pieces(canv, kit, pieces, end, baseline, size, "paper", align="right")
    else:
        draw_pieces(canv, kit, pieces, x0 + length + 3, baseline, size, "ink")


def section(facts: Facts, kit: Kit) -> list[Flowable]:
    copy = kit.copy
    salary = facts.role.salary
    figure = facts.salary
    display = kit.font("display")
    out: list[Flowable] = keep_with_next(
        para(kit, copy.labels.market_average, "label"),
        para(
            kit,
            "",
            "figure",
            before=f'<font name="{display}">{markup(kit, figure, "figure")}</font>',
        ),
        Spacer(1, kit.space("paragraph")),
    )
    rows = [(kit.words.this_salary, salary.amount, True)] + [
        (b.label, b.amount, False)
        for b in kit.layout.salary.benchmarks
        if b.currency == salary.currency
    ]
    if len(rows) > 1:
        top = max(amount for _, amount, _ in rows) or 1
        out += keep_with_next(para(kit, kit.words.salary_benchmarks_title, "label"))
        for label, amount, hot in rows:
            out.append(
                BarRow(
                    [[para(kit, label, "small")]],
                    kit=kit,
                    fraction=amount / top,
                    figure=facts.money(amount),
                    hot=hot,
                )
            )
    days = kit.layout.salary.working_days
    per_hour = facts.per_hour(days)
    if per_hour:
        note = templating.words(kit.words.salary_per_hour, days=days)
        out.append(Spacer(1, kit.figure("cell_gap")))
        out.append(para(kit, f"= {per_hour} {note}", "strong"))
    out += [
        Spacer(1, kit.space("paragraph")),
        para(kit, salary.footnote, "small", before="* "),
        Spacer(1, kit.space("paragraph")),
        Panel(
            [[para(kit, salary.quote, "body_italic", before="“", after="”")]],
            padding=card_padding(kit, "verdict_top"),
            decorate=_rules(kit),
        ),
    ]
    return out


def _rules(kit: Kit):
    def decorate(panel: Panel, canv) -> None:
        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(kit.stroke("rule"))
        if panel.first:
            canv.line(0, panel.height, panel.width, panel.height)
        if panel.last:
            canv.line(0, 0, panel.width, 0)
        canv.setFillColor(kit.colour("danger"))
        canv.rect(0, 0, kit.figure("card_rule"), panel.height, stroke=0, fill=1)

    return decorate
