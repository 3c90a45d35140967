"""Flowables -> PDF bytes: the page template, metadata, and what is drawn once all is laid out.

A document is laid out once. What needs the whole layout (the page total in 'page X of Y', the
page numbers on the zine's contents page) is drawn on its page as a form XObject by name, and
the form itself is written when the canvas is saved, once the numbers are known: ReportLab lets
a page use a form that is defined later.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from printworks import templating
from printworks.errors import RenderError
from printworks.facts import Facts
from printworks.layout import Layouts
from printworks.units import points

from .compat import MeasuringFrame, flow_y
from .furniture import Furniture, RunningHead
from .pagination import Plan, Record
from .styles import Kit

Later = Callable[[Canvas, int], None]  # draws a form, given the page total


@dataclass(frozen=True)
class CasefileOptions:
    """How a case file is printed: its paper, colour or grey, the build date, and the press.

    ``date`` comes from the caller (the CLI reads ``SOURCE_DATE_EPOCH``); None means no
    date worth printing: the filing date is redacted and the PDF is dated at the epoch.
    ``bleed`` (a length, for the print shop) extends every background that reaches the edge
    this far past the trim and sets each page's TrimBox and BleedBox; ``cmyk`` draws in the
    layout's CMYK palette, text in pure black, and refuses any RGB colour.
    """

    page_size: str = "a4"
    grayscale: bool = False
    date: datetime | None = None
    bleed: str | None = None
    cmyk: bool = False


@dataclass(frozen=True)
class Metadata:
    """The document information a PDF reader shows."""

    title: str
    author: str
    subject: str
    keywords: str
    language: str
    creator: str


def make_kit(
    layouts: Layouts, options: CasefileOptions, *, link_slugs: frozenset[str] = frozenset()
) -> Kit:
    """The kit to draw with on ``options.page_size`` paper (a size named in casefile.yaml)."""
    layout = layouts.casefile
    try:
        paper = layout.format(options.page_size)
        bleed = points(options.bleed) if options.bleed else 0.0
    except ValueError as exc:
        raise RenderError(str(exc)) from None
    if bleed < 0:
        raise RenderError(f"bleed: {options.bleed!r} is negative")
    return Kit(
        layout,
        layouts.dossier,
        layouts.fonts,
        paper,
        grayscale=options.grayscale,
        date=options.date,
        link_slugs=link_slugs,
        bleed=bleed,
        cmyk=options.cmyk,
    )


def role_metadata(facts: Facts, kit: Kit) -> Metadata:
    copy, role = kit.words, facts.role
    title = str(role.title)
    return Metadata(
        title=f"{title} ({role.case_number})",
        author=copy.author,
        subject=templating.words(copy.subject, article=facts.article, title=title),
        keywords=", ".join([copy.keywords, role.case_number, role.slug or "role"]),
        language=copy.language,
        creator=copy.creator,
    )


# The page templates of a document. A single case file has one; a booklet (``facing``) has a
# right-hand and a left-hand page with mirrored margins, each followed by the other. Designed
# pages (the zine's covers) have one frame as large as the page, for a flowable that draws the
# whole page, and only the paper under it.
PAGE, RECTO, VERSO = "page", "recto", "verso"
DESIGNED_RECTO, DESIGNED_VERSO = "designed-recto", "designed-verso"


class CaseDocument(BaseDocTemplate):
    """A case-file document: one frame a page, inside the furniture."""

    def __init__(
        self, buffer, kit: Kit, furniture: Furniture, meta: Metadata, *, measuring: bool = False
    ):
        width, height = kit.page_size
        bleed = kit.bleed
        m = kit.margins
        super().__init__(
            buffer,
            pagesize=(width + 2 * bleed, height + 2 * bleed),
            leftMargin=m["inner"],
            rightMargin=m["outer"],
            topMargin=m["top"],
            bottomMargin=m["bottom"],
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=meta.keywords,
            creator=meta.creator,
            producer=meta.creator,
            lang=meta.language,
            invariant=1,
            pageCompression=1,
            initialFontName=kit.font("body"),
            initialFontSize=kit.size("body"),
            enforceColorSpace="cmyk" if kit.cmyk else None,
        )
        self.kit = kit
        self.measuring = measuring  # laid out to be measured: nothing drawn but what notes it
        if furniture.facing:
            templates = [
                self._designed(DESIGNED_RECTO, VERSO, furniture),
                self._flow(RECTO, 1, VERSO, furniture),
                self._flow(VERSO, 2, RECTO, furniture),
                self._designed(DESIGNED_VERSO, RECTO, furniture),
            ]
        else:
            templates = [self._flow(PAGE, 1, None, furniture)]
        self.addPageTemplates(templates)
        self.running = self.next_running = None  # this page's role, and the next page's
        self.record = Record()  # where the flowables landed, for a second pass

    def _boxes(self) -> dict[str, tuple[float, float, float, float]]:
        """The TrimBox and BleedBox of every page, when there is a bleed."""
        bleed = self.kit.bleed
        if not bleed:
            return {}
        width, height = self.kit.page_size
        return {
            "trimBox": (bleed, bleed, width + bleed, height + bleed),
            "bleedBox": (0, 0, width + 2 * bleed, height + 2 * bleed),
        }

    def _flow(self, name: str, page: int, after: str | None, furniture: Furniture) -> PageTemplate:
        kit = self.kit
        width, height = kit.page_size
        left, right = kit.side_margins(page, furniture.facing)
        m, bleed = kit.margins, kit.bleed
        frame = self._frame(
            bleed + left,
            bleed + m["bottom"],
            width - left - right,
            height - m["top"] - m["bottom"],
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="flow",
        )
        drawn = (
            {} if self.measuring else {"onPage": furniture.paper, "onPageEnd": furniture.overlay}
        )
        return PageTemplate(name, [frame], autoNextPageTemplate=after, **drawn, **self._boxes())

    def _designed(self, name: str, after: str, furniture: Furniture) -> PageTemplate:
        width, height = self.kit.page_size
        bleed = self.kit.bleed
        frame = self._frame(bleed, bleed, width, height, 0, 0, 0, 0, id="designed")
        drawn = {} if self.measuring else {"onPage": furniture.plain}
        return PageTemplate(name, [frame], autoNextPageTemplate=after, **drawn, **self._boxes())

    def _frame(self, *args, **kwargs) -> Frame:
        return (MeasuringFrame if self.measuring else Frame)(*args, **kwargs)

    def beforeDocument(self) -> None:
        self.canv.showOutline()
        self.canv.setViewerPreference("DisplayDocTitle", "true")

    def afterFlowable(self, flowable: Flowable) -> None:
        y = flow_y(self)
        if y is not None:
            self.record.note(flowable, self.canv.getPageNumber(), y)
        if isinstance(flowable, RunningHead):  # from the next page on, pages are this role's
            self.next_running = flowable.running


class FormCanvas(Canvas):
    """A canvas on which a page may show a form now that is drawn once the page total is known.

    ``later(name, draw)`` shows the form ``name`` at the current position; when the canvas is
    saved, ``draw(canvas, total)`` draws it. A canvas made ``held`` is not written out when
    the build saves it, but only if :meth:`finish` is called (a measuring pass whose layout
    may be thrown away need not pay for compressing and writing its pages).
    """

    held = False

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.pending: dict[str, Later] = {}
        self.pages = 0
        self.saved = False

    def later(self, name: str, draw: Later) -> None:
        self.doForm(name)
        self.pending[name] = draw

    def showPage(self) -> None:
        self.pages += 1
        super().showPage()

    def save(self) -> None:
        self.saved = True
        if not self.held:
            self.finish()

    def finish(self) -> None:
        """The canvas written out: the pending forms drawn, then the PDF made."""
        for name, draw in self.pending.items():
            self.beginForm(name)
            draw(self, self.pages)
            self.endForm()
        super().save()


class HeldCanvas(FormCanvas):
    """A :class:`FormCanvas` written out only when :meth:`finish` is called."""

    held = True


def build_pdf(
    make_story: Callable[[Plan], list[Flowable]],
    kit: Kit,
    meta: Metadata,
    *,
    facing: bool = False,
    replan: Callable[[Record], Plan] | None = None,
    measure: bool = False,
) -> bytes:
    """The PDF of the story ``make_story`` gives for a plan of breaks; ``facing``: as a
    booklet's pages, right-hand and left-hand in turn, the first a right-hand page.

    Laid out once with no plan; then, if ``replan`` makes a plan of that layout's record,
    laid out again with it. The first layout is written out only when it is the one kept.
    ``measure``: the first layout only measures (nothing is drawn on its pages, at about half
    the cost), and the second is always made, with the plan or none: for a document that
    nearly always needs a plan (a zine of many roles), cheaper than a first layout drawn in
    vain; for one that seldom does (a case file on A4), dearer."""
    if replan and measure:
        _, record = _build(lambda: make_story(Plan()), kit, meta, facing=facing, measuring=True)
        first, _ = _build(lambda: make_story(replan(record)), kit, meta, facing=facing)
        return first()
    maker = HeldCanvas if replan else FormCanvas
    first, record = _build(lambda: make_story(Plan()), kit, meta, facing=facing, maker=maker)
    plan = replan(record) if replan else Plan()
    if plan != Plan():
        first, _ = _build(lambda: make_story(plan), kit, meta, facing=facing)
    return first()


def frame_top(kit: Kit) -> float:
    """The height above the page's foot of the top of the flow."""
    return kit.bleed + kit.margins["bottom"] + kit.frame_size[1]


def _build(
    make_story: Callable[[], list[Flowable]],
    kit: Kit,
    meta: Metadata,
    *,
    facing: bool,
    maker: type[FormCanvas] = FormCanvas,
    measuring: bool = False,
) -> tuple[Callable[[], bytes], Record]:
    """The laid-out document's bytes (written out when first asked for), and its record;
    ``measuring``: only the record is wanted (its canvas is held, and never written out)."""
    buffer = io.BytesIO()
    furniture = Furniture(kit, facing=facing)
    document = CaseDocument(buffer, kit, furniture, meta, measuring=measuring)
    maker = HeldCanvas if measuring else maker
    story = make_story()
    if story and isinstance(story[0], RunningHead):  # the first page is this role's too
        document.next_running = story[0].running
    try:
        document.build(story, canvasmaker=maker)
    except Exception as exc:  # ReportLab's LayoutError and friends
        raise RenderError(f"could not lay out the case file: {_plain(exc)}") from exc
    canvas: FormCanvas = document.canv

    def data() -> bytes:
        if canvas.held and canvas.saved:
            canvas.held = False
            canvas.finish()
        return buffer.getvalue()

    return data, document.record


def _plain(exc: Exception) -> str:
    """ReportLab's complaint without its object addresses: a block too large for the page is
    the layout's doing (its margins, type and spacing)."""
    text = " ".join(str(exc).split())
    if "too large" in text:
        return (
            "a block is too large for the page's text area: make the margins, type or "
            "spacing of layouts/casefile.yaml smaller for this paper"
        )
    return text
