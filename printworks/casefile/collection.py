"""Many roles' case files in one document: the zine's reader copy.

A cover, a contents page whose entries link to each dossier and give its first page, then
every role's case file, each starting on a new page. Related specimens that are in the zine
link to their own dossier. The contents is laid out before the dossiers it lists, so its page
numbers are written in once the whole zine is laid out (see
:meth:`~printworks.casefile.document.HeldCanvas.defer`), in room kept for four digits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from printworks.facts import Facts
from printworks.layout import Layouts
from printworks.model import Role

from .cover import filing_date
from .document import CasefileOptions, Metadata, build_pdf, make_kit
from .furniture import RunningHead, draw_stamp
from .panel import Anchor
from .paragraphs import paragraph
from .story import casefile_story, role_key
from .styles import Kit
from .text import line_pieces, markup

COVER_KEY, CONTENTS_KEY, BACK_KEY = "zine-cover", "zine-contents", "zine-back"


class PageMark(Flowable):
    """Invisible: notes the page it lands on under ``key`` in ``pages``."""

    def __init__(self, key: str, pages: dict[str, int]):
        super().__init__()
        self.key, self.pages = key, pages
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()


class PageRef(Flowable):
    """The page noted under ``key`` in ``pages``, a link to it, its number drawn once the whole
    document is laid out (as a form the canvas writes when it is saved).

    ``make(text)`` gives the paragraph that shows a page number; the room kept is that of
    ``placeholder`` (wide enough for any page number), so the layout never waits for the
    number.
    """

    def __init__(
        self, key: str, pages: dict[str, int], make: Callable[[str], Flowable], placeholder: str
    ):
        super().__init__()
        self.key, self.pages, self.make = key, pages, make
        self.room = make(placeholder)

    def wrap(self, aw, ah):
        self.width, self.height = self.room.wrap(aw, ah)
        return self.width, self.height

    def draw(self) -> None:
        width, height = self.width, self.height

        def write(canv, total: int) -> None:
            number = self.make(str(self.pages[self.key]))
            number.wrap(width, height)
            number.drawOn(canv, 0, 0)

        self.canv.linkRect("", self.key, (0, 0, width, height), relative=1)
        self.canv.later(f"pw-page-of-{self.key}", write)


class CoverStamp(Flowable):
    """The rubber stamp across the zine's cover."""

    def __init__(self, kit: Kit, words: str):
        super().__init__()
        self.kit, self.words = kit, words
        self.width = kit.space("stamp_width") * 1.6
        self.height = self.width * 0.55

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self) -> None:
        lines = [line_pieces(self.kit, self.words, "stamp")]
        cx, cy = self.width / 2, self.height / 2
        draw_stamp(self.canv, self.kit, lines, cx, cy, self.width * 0.8, angle=-8.0)


def _cover(kit: Kit, count: int) -> list[Flowable]:
    words = kit.words
    issued = filing_date(kit)
    big = kit.style("question", fontSize=kit.size("question") * 2.2)
    big.leading = big.fontSize * 1.05
    issue = markup(kit, words.zine_issue + ": ", "label") + markup(kit, issued, "label")
    return [
        Anchor(COVER_KEY, words.cover_outline, 0),
        Spacer(1, kit.figure("cover_top")),
        paragraph(markup(kit, words.zine_kicker, "label"), kit.style("label")),
        Spacer(1, kit.figure("cover_after_kicker")),
        paragraph(markup(kit, words.zine_title, "question"), big),
        Spacer(1, kit.figure("cover_after_title")),
        paragraph(markup(kit, words.zine_blurb.format(count=count), "body"), kit.style("body")),
        Spacer(1, kit.figure("cover_around_stamp")),
        CoverStamp(kit, words.zine_stamp),
        Spacer(1, kit.figure("cover_around_stamp")),
        paragraph(issue, kit.style("label")),
        PageBreak(),
    ]


def _back_cover(kit: Kit) -> list[Flowable]:
    """The last page: the colophon and how to fold it. It stays the back of the booklet, so
    the blank pages that pad it to a multiple of four fall after the last dossier."""
    words = kit.words
    return [
        PageBreak(),
        RunningHead(None),
        Anchor(BACK_KEY, words.back_outline, 0),
        Spacer(1, kit.figure("back_top")),
        CoverStamp(kit, words.zine_back_stamp),
        Spacer(1, kit.figure("cover_around_stamp")),
        paragraph(markup(kit, words.zine_colophon, "body"), kit.style("body")),
        Spacer(1, kit.figure("cover_after_title")),
        paragraph(markup(kit, words.zine_folding, "small"), kit.style("small")),
    ]


def _contents(kit: Kit, roles: Sequence[Role], pages: dict[str, int]) -> list[Flowable]:
    link = kit.hex("link")
    rows = []
    for role in roles:
        key = role_key(role.slug)

        def number(text: str, key: str = key) -> Paragraph:
            return paragraph(
                f'<font color="{link}">{markup(kit, text, "strong")}</font>',
                kit.style("body", alignment=2),
            )

        title = f'<a href="#{key}" color="{link}">{markup(kit, role.title, "body")}</a>'
        rows.append(
            [
                paragraph(markup(kit, role.case_number, "small"), kit.style("small")),
                paragraph(title, kit.style("body")),
                PageRef(key, pages, number, "0000"),
            ]
        )
    width = kit.page_size[0] - kit.margins["inner"] - kit.margins["outer"]
    case_width, page_width = kit.figure("contents_case"), kit.figure("contents_page")
    table = Table(rows, colWidths=[case_width, width - case_width - page_width, page_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), kit.figure("cell_gap")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), kit.figure("cell_gap")),
                ("LINEBELOW", (0, 0), (-1, -1), kit.hairline("contents"), kit.colour("rule")),
            ]
        )
    )
    heading = paragraph(markup(kit, kit.words.contents_title, "heading"), kit.style("heading"))
    return [
        Anchor(CONTENTS_KEY, kit.words.contents_outline, 0),
        heading,
        Spacer(1, kit.space("section_after")),
        table,
    ]


def render_collection(roles: Sequence[Role], layouts: Layouts, options: CasefileOptions) -> bytes:
    """One PDF of every role in ``roles``, in that order, with a cover, contents and a back."""
    kit = make_kit(layouts, options, link_slugs=frozenset(r.slug for r in roles))
    pages: dict[str, int] = {}

    def story() -> list[Flowable]:
        flow = _cover(kit, len(roles)) + _contents(kit, roles, pages)
        for role in roles:
            key = role_key(role.slug)
            facts = Facts(role, layouts.dossier)
            flow += [PageBreak(), PageMark(key, pages), *casefile_story(facts, kit)]
        return flow + _back_cover(kit)

    words = kit.words
    meta = Metadata(
        title=words.zine_title.title(),
        author=words.author,
        subject=words.zine_blurb.format(count=len(roles)),
        keywords=", ".join([words.keywords, *(r.case_number for r in roles)]),
        language=words.language,
        creator=words.creator,
    )
    return build_pdf(story, kit, meta, facing=True)
