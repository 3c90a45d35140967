"""The top of a role's case file: file record, the question, the title, the verdict stamp."""

from __future__ import annotations

from reportlab.platypus import Flowable, HRFlowable, Spacer

from printworks import templating
from printworks.facts import Facts
from printworks.markup import Segment, Text

from .furniture import draw_stamp
from .panel import Marked, Panel
from .paragraphs import paragraph
from .styles import Kit
from .text import line_pieces, markup, para, template

STAMP_ANGLE = 11.0


def _stamp(role, kit: Kit):
    def decorate(panel: Panel, canv) -> None:
        if not panel.first:
            return
        width = kit.space("stamp_width")
        top = templating.text(kit.words.stamp_top, percent=role.flight_risk.percent)
        lines = [
            line_pieces(kit, top, "stamp"),
            line_pieces(kit, role.flight_risk.label, "stamp", upper=True),
        ]
        cx = panel.width - width / 2 - kit.figure("stamp_offset")
        cy = panel.height - kit.figure("stamp_drop") - width * 0.2
        draw_stamp(canv, kit, lines, cx, cy, width, angle=STAMP_ANGLE)

    return decorate


def cover(facts: Facts, kit: Kit, *, key: str, level: int) -> list[Flowable]:
    """The cover block: a panel beside the stamp, and the index of the sections present."""
    role, copy = facts.role, kit.copy
    record = templating.text(copy.file_record, slug=role.slug.upper())
    first = Marked(
        markup(kit, record, "label"),
        kit.style("label"),
        key=key,
        level=level,
        outline=f"{role.title} [{role.case_number}]",
    )
    question = paragraph(
        template(
            kit, copy.question, "question", upper=True, article=facts.article, title=role.title
        ),
        kit.style("question"),
    )
    column: list[Flowable] = [first, question, para(kit, role.title, "title")]
    if role.summary:
        label = markup(kit, kit.words.summary_label + ": ", "strong")
        column.append(
            para(
                kit,
                role.summary,
                "body",
                before=f'<font name="{kit.font("strong")}">{label}</font>',
            )
        )
    if role.aliases and role.org_chart is None:
        from .orgchart import aliases  # the aliases sit in [01] when there is an org chart

        column += aliases(role, kit)
    # With no build date there is no date worth printing: the filing date is redacted.
    filed = filing_date(kit)
    file_facts = [
        (kit.words.case_label, role.case_number),
        (kit.words.filed, filed),
        (kit.words.status_label, kit.words.status),
    ]
    strong = kit.font("strong")
    fact_line = "&nbsp;· ".join(
        f'<font name="{strong}">{markup(kit, k, "strong")}</font> {markup(kit, v, "small")}'
        for k, v in file_facts
    )
    column.append(para(kit, "", "small", before=fact_line))
    stamp_room = kit.space("stamp_width") + kit.space("gutter")
    block = Panel(
        [column],
        padding=(0, stamp_room, 0, 0),
        gap=kit.space("paragraph"),
        decorate=_stamp(role, kit),
    )
    index = [
        f'<a href="#{key}-{s.id.replace("_", "-")}" color="{kit.hex("link")}">[{s.number}]</a>'
        f" {markup(kit, s.heading, 'small')}"
        for s in facts.present
    ]
    out: list[Flowable] = [block, Spacer(1, kit.space("paragraph"))]
    if index:
        label = markup(kit, kit.words.index_label + ":", "label_ink")
        out.append(
            para(
                kit,
                "",
                "small",
                before=f'<font name="{kit.font("display")}">{label}</font> '
                + "&nbsp;/ ".join(index),
            )
        )
    out.append(
        HRFlowable(
            width="100%",
            thickness=kit.stroke("cover_rule"),
            color=kit.colour("ink"),
            spaceBefore=kit.figure("rule_before"),
            spaceAfter=kit.figure("rule_after"),
        )
    )
    return out


def filing_date(kit: Kit) -> Text | str:
    """The date a file was filed: the build date, or a redaction bar when there is none."""
    if kit.date is None:
        return Text((Segment(hidden=11),))
    return kit.date.strftime(kit.words.filed_format).upper()
