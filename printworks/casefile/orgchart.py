"""[01] The org chart: an indented tree of boxes joined by arrows, and the pressure flow.

An indented tree fits any breadth and depth on a narrow page: each node is one row. The chart
and its pressure flow are one figure, never split: it moves whole to the next page, and one
taller than a page is set wider and scaled to fit it. The role's own node is
highlighted; the pressure flow is two labelled arrows, down onto the role and up from it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from printworks.facts import Facts, OrgEntry
from printworks.model import Role

from .fitted import Fitted
from .panel import Panel, keep_with_next
from .styles import Kit
from .text import markup, para


class OrgRow(Panel):
    """One node's box in the tree, with the connectors that pass through its row."""

    def __init__(
        self,
        columns,
        *,
        kit: Kit,
        depth: int,
        max_depth: int,
        lines: tuple[bool, ...],
        last_sibling: bool,
        has_children: bool,
        this_role: bool,
        **kw,
    ):
        self.kit = kit
        self.depth, self.max_depth, self.lines = depth, max_depth, lines
        self.last_sibling, self.has_children, self.this_role = last_sibling, has_children, this_role
        self.indent = kit.space("org_indent")
        self.pad = kit.figure("org_pad")
        self.row_gap = kit.space("org_gap")
        kw.setdefault("decorate", _draw_row)
        kw.setdefault("gap", kit.figure("org_line_gap"))
        super().__init__(columns, **kw)

    def prepare(self, width: float) -> None:
        self.indent = min(self.kit.space("org_indent"), width * 0.42 / max(self.max_depth, 1))
        left = self.depth * self.indent + self.pad
        self.padding = (self.pad, self.pad, self.row_gap + self.pad, left)

    def _copy(self, columns, first, last):
        twin = OrgRow(
            columns,
            kit=self.kit,
            depth=self.depth,
            max_depth=self.max_depth,
            lines=self.lines,
            last_sibling=self.last_sibling,
            has_children=self.has_children,
            this_role=self.this_role,
            first=first,
            last=last,
        )
        return twin

    def line_x(self, level: int) -> float:
        return level * self.indent + min(self.indent * 0.45, self.kit.figure("org_connector"))


def _arrow_head(canv, x: float, y: float, size: float, direction: str) -> None:
    path = canv.beginPath()
    if direction == "right":
        path.moveTo(x, y)
        path.lineTo(x - size, y + size * 0.55)
        path.lineTo(x - size, y - size * 0.55)
    elif direction == "down":
        path.moveTo(x, y)
        path.lineTo(x - size * 0.55, y + size)
        path.lineTo(x + size * 0.55, y + size)
    else:
        path.moveTo(x, y)
        path.lineTo(x - size * 0.55, y - size)
        path.lineTo(x + size * 0.55, y - size)
    path.close()
    canv.drawPath(path, stroke=0, fill=1)


def _draw_row(row: OrgRow, canv) -> None:
    kit = row.kit
    height, gap = row.height, row.row_gap
    box_x = row.depth * row.indent
    ink = kit.colour("ink")
    # connectors of the ancestors that still have children below this row
    canv.setStrokeColor(kit.colour("rule"))
    canv.setLineWidth(kit.stroke("connector"))
    for level, goes_on in enumerate(row.lines):
        if goes_on:
            canv.line(row.line_x(level), 0, row.line_x(level), height)
    if row.depth:
        x = row.line_x(row.depth - 1)
        elbow = height - row.pad - kit.size("node") * 0.7
        hot = row.this_role
        colour = kit.colour("danger") if hot else kit.colour("rule")
        canv.setStrokeColor(colour)
        canv.setFillColor(colour)
        if row.first:
            canv.setLineWidth(kit.stroke("connector_hot" if hot else "connector"))
            canv.line(x, height, x, elbow)
            canv.line(x, elbow, box_x - 2, elbow)
            _arrow_head(canv, box_x, elbow, kit.figure("org_arrow_head"), "right")
        canv.setStrokeColor(kit.colour("rule"))
        canv.setLineWidth(kit.stroke("connector"))
        if not row.last_sibling:
            canv.line(x, 0, x, elbow if row.first else height)
    if row.has_children and row.last:
        canv.setStrokeColor(kit.colour("rule"))
        canv.setLineWidth(kit.stroke("connector"))
        canv.line(row.line_x(row.depth), 0, row.line_x(row.depth), gap)
    # the box
    canv.setFillColor(kit.colour("highlight" if row.this_role else "card"))
    canv.setStrokeColor(kit.colour("danger") if row.this_role else ink)
    canv.setLineWidth(kit.stroke("box_hot" if row.this_role else "box"))
    canv.rect(box_x, gap, row.width - box_x, height - gap, stroke=1, fill=1)


def rows(kit: Kit, entries: list[OrgEntry], copy_label: str) -> list[Flowable]:
    """Every node of the chart as a row: its box and the connectors through it."""
    max_depth = max(entry.depth for entry in entries)
    out: list[Flowable] = []
    for entry in entries:
        node = entry.node
        column: list[Flowable] = []
        if node.this_role:
            column.append(para(kit, copy_label, "label", textColor=kit.colour("danger")))
        column.append(para(kit, node.title, "node_title"))
        if node.note:
            column.append(para(kit, node.note, "node", textColor=kit.colour("muted")))
        out.append(
            OrgRow(
                [column],
                kit=kit,
                depth=entry.depth,
                max_depth=max_depth,
                lines=entry.lines,
                last_sibling=entry.last_sibling,
                has_children=bool(entry.children),
                this_role=node.this_role,
            )
        )
    return out


def _pressure(role: Role, kit: Kit) -> Flowable:
    flow = role.org_chart.pressure_flow  # type: ignore[union-attr]
    labels = kit.copy.labels
    arrow = kit.figure("pressure_arrow")
    strong = kit.font("display")
    down_head = markup(kit, "▼ " + labels.pressure_down, "label_ink")
    up_head = markup(kit, "▲ " + labels.pressure_up, "label_ink")
    columns = [
        [para(kit, "", "label_ink", before=f'<font name="{strong}">{down_head}</font>')]
        + [para(kit, item, "small", before="– ") for item in flow.down],
        [para(kit, "", "label_ink", before=f'<font name="{strong}">{up_head}</font>')]
        + [para(kit, item, "small", before="– ") for item in flow.up],
    ]

    def decorate(panel: Panel, canv) -> None:
        for index, direction, colour in ((0, "down", "danger"), (1, "up", "accent")):
            x = panel.column_x(index) - arrow * 0.6
            canv.setFillColor(kit.colour(colour))
            canv.setStrokeColor(kit.colour(colour))
            canv.setLineWidth(kit.stroke("pressure_arrow"))
            head = kit.figure("pressure_head")
            top, bottom = panel.height - 1, 1
            if direction == "down":
                canv.line(x, top, x, bottom + head)
                _arrow_head(canv, x, bottom, head, "down")
            else:
                canv.line(x, bottom, x, top - head)
                _arrow_head(canv, x, top, head, "up")

    title = para(kit, kit.words.pressure_title, "label")
    title.keepWithNext = True
    return Panel(
        columns,
        padding=(0, 0, 0, arrow * 1.3),
        column_gap=arrow * 1.3 + kit.figure("pressure_gap"),
        gap=kit.figure("pressure_line_gap"),
        decorate=decorate,
        space_before=kit.figure("rule_before"),
        data=title,
    )


def aliases(role: Role, kit: Kit) -> list[Flowable]:
    """The known aliases: a label, then every alias (kept with what follows them).

    Each separator is glued to the alias before it by a no-break space and followed by one
    plain space, so the line reads (and copies) as it is written: no wide gap that a text
    extractor would take for a column break.
    """
    label = markup(kit, kit.copy.labels.aliases, "label_ink")
    names = "&nbsp;/ ".join(markup(kit, alias, "strong") for alias in role.aliases)
    return keep_with_next(
        para(kit, "", "label_ink", before=label),
        para(kit, "", "strong", before=names),
    )


def section(facts: Facts, kit: Kit) -> list[Flowable]:
    role = facts.role
    out: list[Flowable] = []
    if role.aliases:
        # the aliases stay with the heading; the chart may go over to the next page whole
        out += [*aliases(role, kit), Spacer(1, kit.space("item"))]
    if role.org_chart is None:
        return out
    pressure = _pressure(role, kit)
    chart = [*rows(kit, facts.org, kit.words.this_role), Spacer(1, kit.space("paragraph"))]
    # one figure: a chart cut in two leaves connectors dangling over a page turn
    out.append(Fitted([*chart, pressure.data, pressure], least=kit.layout.breaks.least_scale))
    return out
