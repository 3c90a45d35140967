"""[03] The salary delusion: the figure, set against what other people live on and against
the hours the role's own log shows."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from printworks.layout import DossierCopy
from printworks.model import Role

from .panel import Panel
from .styles import Kit
from .text import Piece, draw_pieces, markup, para, pieces_width

MM = 72 / 25.4


def money(kit: Kit, amount: float, currency: str) -> str:
    symbol = kit.layout.salary.symbols.get(currency)
    figure = f"{round(amount):,}"
    return f"{symbol}{figure}" if symbol else f"{figure} {currency}"


class BarRow(Panel):
    """A labelled horizontal bar: the label wraps on the left, the bar and figure on the right."""

    def __init__(self, columns, *, kit: Kit, fraction: float, figure: str, hot: bool, **kw):
        self.kit, self.fraction, self.figure, self.hot = kit, fraction, figure, hot
        kw.setdefault("decorate", _draw_bar)
        super().__init__(columns, **kw)

    def prepare(self, width: float) -> None:
        self.padding = (2 * self.kit.scale, width * 0.56, 2 * self.kit.scale, 0)

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


def section(role: Role, kit: Kit, copy: DossierCopy) -> list[Flowable]:
    salary = role.salary
    figure = money(kit, salary.amount, salary.currency)
    display = kit.font("display")
    out: list[Flowable] = [
        para(kit, copy.labels["market_average"], "label"),
        para(
            kit,
            "",
            "figure",
            before=f'<font name="{display}">{markup(kit, figure, "figure")}</font>',
        ),
        Spacer(1, kit.space("paragraph")),
    ]
    rows = [(kit.words["this_salary"], salary.amount, True)] + [
        (b.label, b.amount, False)
        for b in kit.layout.salary.benchmarks
        if b.currency == salary.currency
    ]
    if len(rows) > 1:
        top = max(amount for _, amount, _ in rows) or 1
        out.append(para(kit, kit.words["salary_benchmarks_title"], "label"))
        for label, amount, hot in rows:
            out.append(
                BarRow(
                    [[para(kit, label, "small")]],
                    kit=kit,
                    fraction=amount / top,
                    figure=money(kit, amount, salary.currency),
                    hot=hot,
                )
            )
    hours = sum(_minutes(e.start, e.end) for e in role.day_log) / 60
    if hours:
        days = kit.layout.salary.working_days
        per_hour = money(kit, salary.amount / (hours * days), salary.currency)
        note = kit.words["salary_per_hour"].format(days=days)
        out.append(Spacer(1, 3 * kit.scale))
        out.append(para(kit, f"= {per_hour} {note}", "strong"))
    out += [
        Spacer(1, kit.space("paragraph")),
        para(kit, salary.footnote, "small", before="* "),
        Spacer(1, kit.space("paragraph")),
        Panel(
            [[para(kit, salary.quote, "body_italic", before="“", after="”")]],
            padding=(5 * kit.scale, 6 * kit.scale, 5 * kit.scale, 8 * kit.scale),
            decorate=_rules(kit),
        ),
    ]
    return out


def _minutes(start: str, end: str) -> int:
    h0, m0 = map(int, start.split(":"))
    h1, m1 = map(int, end.split(":"))
    return (h1 * 60 + m1) - (h0 * 60 + m0)


def _rules(kit: Kit):
    def decorate(panel: Panel, canv) -> None:
        canv.setStrokeColor(kit.colour("ink"))
        canv.setLineWidth(1.2 * kit.scale)
        if panel.first:
            canv.line(0, panel.height, panel.width, panel.height)
        if panel.last:
            canv.line(0, 0, panel.width, 0)
        canv.setFillColor(kit.colour("danger"))
        canv.rect(0, 0, 3 * kit.scale, panel.height, stroke=0, fill=1)

    return decorate
