"""Many roles' case files in one document: the zine's reader copy.

A designed cover, a contents page whose entries link to each dossier and give its first page,
then every role's case file, each starting on a new page, then blank pages enough to fill the
booklet's last sheet, then a designed back cover: the page count is a multiple of four, so the
back cover is the back of the booklet. The pages face each other as a booklet's do. Related
specimens that are in the zine link to their own dossier. The contents is laid out before the
dossiers it lists, so its page numbers are written in once the whole zine is laid out (see
:class:`~printworks.casefile.document.FormCanvas`), in room kept for four digits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from printworks import templating
from printworks.facts import Facts
from printworks.issue import Issue
from printworks.layout import Layouts
from printworks.model import Role

from .blanks import BlankPage, PadToSheets
from .compat import Unrolled
from .covers import BackCover, Cover, Specimen, by_the_numbers, overheard
from .document import DESIGNED_VERSO, CasefileOptions, Metadata, build_pdf, frame_top, make_kit
from .furniture import RunningHead
from .pagination import Plan, Record, Stories, blanks_before, tag, tail_breaks
from .panel import Anchor
from .paragraphs import paragraph
from .story import casefile_story, role_key
from .styles import Kit
from .text import markup, para

COVER_KEY, CONTENTS_KEY, BACK_KEY = "zine-cover", "zine-contents", "zine-back"


class PageMark(Flowable):
    """Invisible: notes the page it lands on under ``key`` in ``pages`` (in a measuring
    pass too: the plan and the contents read it)."""

    notes_layout = True

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


def _contents(
    kit: Kit, issue: Issue, roles: Sequence[Role], pages: dict[str, int]
) -> list[Flowable]:
    """The contents page: each role's case number, title (a link to it) and first page, and
    under the title its summary when the whole list fits one page with them; the editor's line.
    """
    heading = paragraph(markup(kit, kit.words.contents_title, "heading"), kit.style("heading"))
    label = markup(kit, kit.words.zine_editor_label, "strong")
    editor = para(
        kit,
        issue.editor,
        "body_italic",
        before=f'<font name="{kit.font("strong")}">{label}</font> ',
        spaceBefore=kit.space("section_before"),
    )
    width, height = kit.frame_size
    table = _contents_table(kit, roles, pages, summaries=True)
    above = [heading, Spacer(1, kit.space("section_after"))]
    used = sum(f.wrap(width, height)[1] for f in (*above, table, editor))
    if used > height:  # the summaries would spill a page: a second, near empty, page is worse
        table = _contents_table(kit, roles, pages, summaries=False)
    return [Anchor(CONTENTS_KEY, kit.words.contents_outline, 0), *above, table, editor]


def _contents_table(
    kit: Kit, roles: Sequence[Role], pages: dict[str, int], *, summaries: bool
) -> Table:
    link = kit.hex("link")
    rows = []
    for role in roles:
        key = role_key(role.slug)

        def number(text: str, key: str = key) -> Paragraph:
            return paragraph(
                f'<font color="{link}">{markup(kit, text, "strong")}</font>',
                kit.style("body", alignment=2),
            )

        title = paragraph(
            f'<a href="#{key}" color="{link}">{markup(kit, role.title, "body")}</a>',
            kit.style("body"),
        )
        # under the title, what the role really does: a list of charges, not only of names
        entry = [title, para(kit, role.summary, "caption")] if summaries else title
        rows.append(
            [
                paragraph(markup(kit, role.case_number, "small"), kit.style("small")),
                entry,
                PageRef(key, pages, number, "0000"),
            ]
        )
    width = kit.frame_size[0]
    case_width, page_width = kit.figure("contents_case"), kit.figure("contents_page")
    table = Table(rows, colWidths=[case_width, width - case_width - page_width, page_width])
    table.setStyle(
        TableStyle(
            [
                # the table's own text state, never used for a cell, in the case file's face:
                # left to ReportLab's default, it would name a font the file does not embed
                ("FONT", (0, 0), (-1, -1), kit.font("body"), kit.size("body")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), kit.figure("cell_gap")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), kit.figure("cell_gap")),
                ("LINEBELOW", (0, 0), (-1, -1), kit.hairline("contents"), kit.colour("rule")),
            ]
        )
    )
    return table


def render_collection(
    roles: Sequence[Role], layouts: Layouts, options: CasefileOptions, issue: Issue | None = None
) -> bytes:
    """One PDF of every role in ``roles``, in that order, with a cover, contents and a back,
    for the issue ``issue`` (default: the default issue)."""
    issue = issue or Issue()
    kit = make_kit(layouts, options, link_slugs=frozenset(r.slug for r in roles))
    pages: dict[str, int] = {}
    pads: list[PadToSheets] = []  # each layout pass's
    facts = [Facts(role, layouts.dossier) for role in roles]
    stories = Stories(lambda index: casefile_story(facts[index], kit))

    def story(plan: Plan) -> list[Flowable]:
        pads.append(pad := PadToSheets(kit))
        specimens = [Specimen(r.case_number, r.title) for r in roles]
        front: list[Flowable] = [
            Anchor(COVER_KEY, kit.words.cover_outline, 0),
            Cover(kit, issue, specimens),
            PageBreak(),
            *_contents(kit, issue, roles, pages),
        ]
        back: list[Flowable] = [
            pad,
            RunningHead(None),
            NextPageTemplate(DESIGNED_VERSO),
            PageBreak(),
            Anchor(BACK_KEY, kit.words.back_outline, 0),
            BackCover(kit, issue, by_the_numbers(kit, facts), overheard(facts)),
        ]

        def dossiers() -> Iterator[list[Flowable]]:  # a role's flowables when the build nears it
            for index, role in enumerate(roles):
                head, *dossier = stories.story(index)  # its running head is the next page's
                blank = [RunningHead(None), PageBreak(), BlankPage(kit)]
                yield [
                    *(blank if role.slug in plan.blanks_before else []),
                    head,
                    PageBreak(),
                    PageMark(role_key(role.slug), pages),
                    *tag(dossier, role.slug, plan),
                ]
            yield back

        return Unrolled(front, dossiers())

    words = kit.words
    title = (
        f"{issue.title.visible} {templating.words(words.zine_issue_number, number=issue.number)}"
    )
    meta = Metadata(
        title=title,
        author=words.author,
        subject=issue.tagline.visible,
        keywords=", ".join([words.keywords, *(r.case_number for r in roles)]),
        language=words.language,
        creator=words.creator,
    )

    def replan(record: Record) -> Plan:
        least = kit.layout.breaks.least_fill
        breaks = tail_breaks(record, frame_top(kit), kit.frame_size[1], least)
        # the blank pages the last sheet needs, spread between the dossiers
        total = max(record.lowest, default=0) - pads[-1].added
        needed = -total % kit.layout.zine.page_multiple
        starts = [(role.slug, pages.get(role_key(role.slug), 0)) for role in roles]
        return Plan(frozenset(breaks), frozenset(blanks_before(starts, needed)))

    return build_pdf(story, kit, meta, facing=True, replan=replan, measure=True)
