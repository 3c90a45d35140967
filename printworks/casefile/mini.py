"""The mini-zine drawn: eight small pages of a role's case file on one sheet, and the guide.

Each page is a panel of the sheet (see :func:`printworks.minisheet.mini_cells`), laid out in
the case file's own pieces (org rows, salary bars, the gauge, tagged metrics, quotes, match
bars) drawn with a kit for the panel's size and the layout's ``mini`` type. What does not fit
a page is left out, and the page says so: the whole of it is in the case file.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from printworks import templating
from printworks.errors import RenderError
from printworks.facts import Facts
from printworks.layout import Layouts
from printworks.minisheet import MiniLayout, MiniOptions, mini_cells
from printworks.model import Role
from printworks.output import pdf_date
from printworks.units import points

from . import gauge, orgchart, salary, sections, specimens
from .config import Format
from .cover import filing_date
from .document import role_metadata
from .furniture import draw_stamp
from .orgchart import aliases
from .story import heading_rule
from .styles import Kit
from .text import Piece, draw_pieces, line_pieces, markup, para, template

Page = Callable[[Facts, Kit, MiniLayout], list[Flowable]]


def _heading(kit: Kit, section_id: str) -> list[Flowable]:
    section = kit.copy.section(section_id)
    ink, paper = kit.hex("ink"), kit.hex("paper")
    number = f'<span backColor="{ink}" color="{paper}">&nbsp;[{section.number}]&nbsp;</span>'
    title = para(kit, section.heading, "heading", before=f"{number} ")
    return [title, heading_rule(kit)]


def _more(kit: Kit, mini: MiniLayout, left: int) -> list[Flowable]:
    return [para(kit, templating.text(mini.words.more, count=left), "caption")] if left > 0 else []


def cover(facts: Facts, kit: Kit, mini: MiniLayout) -> list[Flowable]:
    role = facts.role
    question = template(
        kit, kit.copy.question, "question", upper=True, article=facts.article, title=role.title
    )
    return [
        Band(kit, mini.words.kicker, role.case_number),
        para(kit, "", "question", before=question, spaceBefore=kit.space("item")),
        para(kit, role.title, "title", spaceBefore=kit.space("paragraph")),
        *([para(kit, role.summary, "body", spaceBefore=kit.space("item"))] if role.summary else []),
        para(kit, "", "small", before=facts_line(kit, role), spaceBefore=kit.space("item")),
    ]


def facts_line(kit: Kit, role: Role) -> str:
    """The file's case number, filing date and status, as the case file's cover gives them."""
    words, strong = kit.words, kit.font("strong")
    pairs = [
        (words.case_label, role.case_number),
        (words.filed, filing_date(kit)),
        (words.status_label, words.status),
    ]
    return "&nbsp;· ".join(
        f'<font name="{strong}">{markup(kit, k, "strong")}</font> {markup(kit, v, "small")}'
        for k, v in pairs
    )


def org_chart(facts: Facts, kit: Kit, mini: MiniLayout) -> list[Flowable]:
    role = facts.role
    out = _heading(kit, "org_chart")
    if role.aliases:
        shown = role.aliases[: mini.most.aliases]
        out += aliases(role.model_copy(update={"aliases": shown}), kit)
        out += _more(kit, mini, len(role.aliases) - len(shown))
        out.append(Spacer(1, kit.space("item")))
    if facts.org:
        out += orgchart.rows(kit, facts.org, kit.words.this_role)
    return out


def salary_page(facts: Facts, kit: Kit, mini: MiniLayout) -> list[Flowable]:
    return _heading(kit, "salary") + salary.section(facts, kit)


def flight_risk(facts: Facts, kit: Kit, mini: MiniLayout) -> list[Flowable]:
    return _heading(kit, "flight_risk") + gauge.section(facts, kit)


def _listed(section_id: str, body, most: Callable[[MiniLayout], int]) -> Page:
    def page(facts: Facts, kit: Kit, mini: MiniLayout) -> list[Flowable]:
        items = body(facts, kit)
        shown = items[: most(mini)]
        return _heading(kit, section_id) + shown + _more(kit, mini, len(items) - len(shown))

    return page


def complaint(facts: Facts, kit: Kit, mini: MiniLayout) -> list[Flowable]:
    """As many complaints as the page holds whole (one at least), and how many more there are."""
    quotes = sections.burn_ward(facts, kit)
    head = _heading(kit, "burn_ward")
    width, room = kit.frame_size[0], inside_room(kit, mini)
    used = sum(_height(f, width, room) for f in head)
    shown = quotes[:1]
    for quote in quotes[1:]:
        more = _more(kit, mini, len(quotes) - len(shown) - 1)
        need = sum(_height(f, width, room) for f in [*shown, quote, *more])
        if used + need > room:
            break
        shown.append(quote)
    return head + shown + _more(kit, mini, len(quotes) - len(shown))


def _height(flow: Flowable, width: float, room: float) -> float:
    return flow.getSpaceBefore() + flow.wrap(width, room)[1] + flow.getSpaceAfter()


def folio_rise(kit: Kit, mini: MiniLayout) -> float:
    """How far above the panel's inner foot an inside page's folio stands."""
    return max(0.0, points(mini.guide.folio_edge) - kit.margins["bottom"])


def inside_room(kit: Kit, mini: MiniLayout) -> float:
    """The height an inside page's text has, above its folio."""
    return kit.frame_size[1] - folio_rise(kit, mini) - points(mini.guide.folio) * 1.8


def back(facts: Facts, kit: Kit, mini: MiniLayout) -> list[Flowable]:
    out: list[Flowable] = []
    if facts.role.related:
        items = specimens.section(facts, kit)[1:]  # without the taxonomy's label
        shown = items[: mini.most.related]
        out += _heading(kit, "related") + shown + _more(kit, mini, len(items) - len(shown))
    words = mini.words
    out += [
        para(kit, words.back_title, "heading", spaceBefore=kit.space("item")),
        para(kit, words.back_note, "small", spaceBefore=kit.space("paragraph")),
        para(kit, words.back_credit, "caption", spaceBefore=kit.space("paragraph")),
    ]
    return out


PAGES: dict[str, Page] = {
    "cover": cover,
    "org_chart": org_chart,
    "salary": salary_page,
    "flight_risk": flight_risk,
    "metrics": _listed("metrics", sections.metrics, lambda m: m.most.metrics),
    "weaponry": _listed("weaponry", sections.weaponry, lambda m: m.most.weaponry),
    "complaint": complaint,
    "back": back,
}


class Band(Flowable):
    """The cover's band: the kicker and the case number, ink on the banner's colour."""

    def __init__(self, kit: Kit, kicker: str, case: str):
        super().__init__()
        self.kit, self.kicker, self.case = kit, kicker, case

    def wrap(self, aw, ah):
        self.width, self.height = aw, self.kit.space("banner_height") * 1.6
        return self.width, self.height

    def draw(self) -> None:
        kit, canv = self.kit, self.canv
        canv.setFillColor(kit.colour("banner"))
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        size = kit.size("banner")
        pad = kit.space("gutter")
        y = (self.height - size * 0.7) / 2
        draw_pieces(canv, kit, line_pieces(kit, self.kicker, "display"), pad, y, size, "banner_ink")
        case = [Piece(kit.font("strong"), text=self.case)]
        draw_pieces(canv, kit, case, self.width - pad, y, size, "banner_ink", align="right")


def fill(canv, kit: Kit, flows: list[Flowable], width: float, height: float, cut: str) -> float:
    """Draw ``flows`` down from the top of a ``width`` by ``height`` box at the origin, as many
    as fit (the last one that does not, cut to the room), then ``cut`` if anything is left
    out. Returns the height used."""
    note = para(kit, cut, "caption")
    _, note_h = note.wrap(width, height)
    y = height
    for flow in flows:
        before = flow.getSpaceBefore() if y < height else 0
        _, h = flow.wrap(width, height)
        room = y - before
        if h <= room:
            y -= before + h
            flow.drawOn(canv, 0, y)
            y -= flow.getSpaceAfter()
            continue
        parts = flow.split(width, room - note_h) if room - note_h > 0 else []
        if parts:
            _, h = parts[0].wrap(width, room - note_h)
            y -= before + h
            parts[0].drawOn(canv, 0, y)
        if y - note_h >= 0:
            y -= note_h
            note.drawOn(canv, 0, y)
        break
    return height - y


def _panel_kit(layouts: Layouts, mini: MiniLayout, size: tuple[float, float], options) -> Kit:
    paper = Format(
        size=(f"{size[0]:.3f}pt", f"{size[1]:.3f}pt"),
        margins=mini.margins,
        type="mini",
        spacing="mini",
        figure_scale=mini.figure_scale,
    )
    return Kit(
        layouts.casefile,
        layouts.dossier,
        layouts.fonts,
        paper,
        grayscale=options.grayscale,
        date=options.date,
    )


def render(role: Role, layouts: Layouts, options: MiniOptions) -> bytes:
    """The mini-zine of ``role``: one landscape sheet of eight panels, and its guide."""
    mini = layouts.minizine
    if options.paper not in mini.sheets:
        known = ", ".join(mini.sheets.names())
        raise RenderError(f"unknown mini-zine paper {options.paper!r} (known: {known})")
    sheet = mini.sheets[options.paper]
    width, height = points(sheet.width), points(sheet.height)
    panel = (width / 4, height / 2)
    kit = _panel_kit(layouts, mini, panel, options)
    facts = Facts(role, layouts.dossier)
    buffer = io.BytesIO()
    canv = Canvas(
        buffer,
        pagesize=(width, height),
        invariant=1,
        pageCompression=1,
        initialFontName=kit.font("body"),
        initialFontSize=kit.size("body"),
        lang=role_metadata(facts, kit).language,
    )
    stamp = pdf_date(options.date)
    canv.setDateFormatter(lambda *_: stamp)
    meta = role_metadata(facts, kit)
    canv.setTitle(f"{meta.title}: {mini.words.kicker.lower()}")
    canv.setAuthor(meta.author)
    canv.setSubject(meta.subject)
    canv.setKeywords(meta.keywords)
    canv.setCreator(meta.creator)
    canv.setProducer(meta.creator)
    m = kit.margins
    inner_w = panel[0] - m["inner"] - m["outer"]
    inner_h = panel[1] - m["top"] - m["bottom"]
    for cell in mini_cells():
        name = mini.pages[cell.page - 1]
        x0, y0 = cell.column * panel[0], (1 - cell.row) * panel[1]
        canv.saveState()
        if cell.upside_down:
            canv.translate(x0 + panel[0], y0 + panel[1])
            canv.rotate(180)
        else:
            canv.translate(x0, y0)
        canv.translate(m["inner"], m["bottom"])
        _page(canv, kit, mini, facts, name, cell.page, inner_w, inner_h)
        canv.restoreState()
    _guide(canv, kit, mini, width, height)
    canv.showPage()
    canv.save()
    return buffer.getvalue()


def _page(canv, kit: Kit, mini: MiniLayout, facts: Facts, name: str, page: int, w, h) -> None:
    flows = PAGES[name](facts, kit, mini)
    folio = points(mini.guide.folio)
    room = h if name in ("cover", "back") else inside_room(kit, mini)
    canv.saveState()
    canv.translate(0, h - room)
    used = fill(canv, kit, flows, w, room, mini.words.cut_short)
    canv.restoreState()
    if name == "cover":
        risk = facts.role.flight_risk
        lines = [
            line_pieces(kit, templating.text(kit.words.stamp_top, percent=risk.percent), "stamp"),
            line_pieces(kit, risk.label, "stamp", upper=True),
        ]
        below = h - used
        draw_stamp(canv, kit, lines, w / 2, below / 2, w * 0.86, angle=-8)
    elif name != "back":
        text = templating.words(mini.words.folio, case=facts.role.case_number, page=page)
        pieces = line_pieces(kit, text, "body")
        draw_pieces(canv, kit, pieces, w, folio_rise(kit, mini), folio, "muted", align="right")


def _guide(canv, kit: Kit, mini: MiniLayout, width: float, height: float) -> None:
    """Fold lines dashed, the cut solid, both faint: where to fold and the one place to cut."""
    guide = mini.guide
    quarter, middle = width / 4, height / 2
    canv.saveState()
    canv.setStrokeColor(kit.colour("rule"))
    canv.setLineWidth(points(guide.fold_weight))
    canv.setDash(*guide.fold_dash)
    for x in (quarter, 2 * quarter, 3 * quarter):
        canv.line(x, 0, x, height)
    canv.line(0, middle, quarter, middle)
    canv.line(3 * quarter, middle, width, middle)
    canv.setDash()
    canv.setLineWidth(points(guide.cut_weight))
    canv.line(quarter, middle, 3 * quarter, middle)
    size = points(guide.scissors)
    scissors = line_pieces(kit, "\u2702", "body")
    draw_pieces(canv, kit, scissors, quarter + size * 0.2, middle - size * 0.33, size, "rule")
    label = line_pieces(kit, mini.words.cut, "display")
    small = points(guide.folio)
    draw_pieces(canv, kit, label, quarter + size * 1.5, middle + small * 0.4, small, "rule")
    canv.restoreState()
