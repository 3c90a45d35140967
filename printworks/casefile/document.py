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

from printworks.errors import RenderError
from printworks.layout import Layouts
from printworks.model import Role

from .furniture import Furniture, RunningHead
from .styles import Kit

Later = Callable[[Canvas, int], None]  # draws a form, given the page total


@dataclass(frozen=True)
class CasefileOptions:
    """How a case file is printed: its paper, colour or grey, and the build date.

    ``date`` comes from the caller (the CLI reads ``SOURCE_DATE_EPOCH``); None means no
    date worth printing: the filing date is redacted and the PDF is dated at the epoch.
    """

    page_size: str = "a4"
    grayscale: bool = False
    date: datetime | None = None


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
    except ValueError as exc:
        raise RenderError(str(exc)) from None
    return Kit(
        layout,
        layouts.dossier,
        layouts.fonts,
        paper,
        grayscale=options.grayscale,
        date=options.date,
        link_slugs=link_slugs,
    )


def role_metadata(role: Role, kit: Kit) -> Metadata:
    copy = kit.words
    title = str(role.title)
    return Metadata(
        title=f"{title} ({role.case_number})",
        author=copy.author,
        subject=copy.subject.format(title=title),
        keywords=", ".join([copy.keywords, role.case_number, role.slug or "role"]),
        language=copy.language,
        creator=copy.creator,
    )


class CaseDocument(BaseDocTemplate):
    """A case-file document: one frame a page, inside the furniture."""

    def __init__(self, buffer, kit: Kit, furniture: Furniture, meta: Metadata):
        width, height = kit.page_size
        m = kit.margins
        super().__init__(
            buffer,
            pagesize=(width, height),
            leftMargin=m["left"],
            rightMargin=m["right"],
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
        )
        frame = Frame(
            m["left"],
            m["bottom"],
            width - m["left"] - m["right"],
            height - m["top"] - m["bottom"],
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="flow",
        )
        self.addPageTemplates(
            [PageTemplate("page", [frame], onPage=furniture.paper, onPageEnd=furniture.overlay)]
        )
        self.running = None

    def beforeDocument(self) -> None:
        self.canv.showOutline()
        self.canv.setViewerPreference("DisplayDocTitle", "true")

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, RunningHead):  # from here on, pages belong to this role
            self.running = flowable.running


class FormCanvas(Canvas):
    """A canvas on which a page may show a form now that is drawn once the page total is known.

    ``later(name, draw)`` shows the form ``name`` at the current position; when the canvas is
    saved, ``draw(canvas, total)`` draws it.
    """

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.pending: dict[str, Later] = {}
        self.pages = 0

    def later(self, name: str, draw: Later) -> None:
        self.doForm(name)
        self.pending[name] = draw

    def showPage(self) -> None:
        self.pages += 1
        super().showPage()

    def save(self) -> None:
        for name, draw in self.pending.items():
            self.beginForm(name)
            draw(self, self.pages)
            self.endForm()
        super().save()


def build_pdf(make_story: Callable[[], list[Flowable]], kit: Kit, meta: Metadata) -> bytes:
    """The PDF of the story ``make_story`` gives, laid out once."""
    buffer = io.BytesIO()
    furniture = Furniture(kit)
    document = CaseDocument(buffer, kit, furniture, meta)
    try:
        document.build(make_story(), canvasmaker=FormCanvas)
    except Exception as exc:  # ReportLab's LayoutError and friends
        raise RenderError(f"could not lay out the case file: {exc}") from exc
    return buffer.getvalue()
