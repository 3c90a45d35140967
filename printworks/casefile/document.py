"""Flowables -> PDF bytes: the page template, metadata, and pages held back for 'page X of Y'.

The page furniture that names the page total is drawn when the document is saved: the canvas
keeps each finished page aside (its drawing and its graphics state) until then, so a document
is laid out once. The zine's contents page writes its page numbers in the same way.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from printworks.errors import RenderError
from printworks.model import Role

from .config import CasefileLayout, load_layout
from .furniture import Furniture
from .styles import Kit


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
    layout: CasefileLayout | None = None,
    *,
    page_size: str = "a4",
    grayscale: bool = False,
    link_slugs: frozenset[str] = frozenset(),
) -> Kit:
    """The kit to draw with on ``page_size`` paper (a size named in casefile.yaml)."""
    layout = layout or load_layout()
    try:
        paper = layout.format(page_size)
    except ValueError as exc:
        raise RenderError(str(exc)) from None
    return Kit(layout, paper, grayscale=grayscale, link_slugs=link_slugs)


def role_metadata(role: Role, kit: Kit) -> Metadata:
    copy = kit.words
    title = str(role.title)
    return Metadata(
        title=f"{title} ({role.case_number})",
        author=copy["author"],
        subject=copy["subject"].format(title=title),
        keywords=", ".join([copy["keywords"], role.case_number, role.slug or "role"]),
        language=copy["language"],
        creator=copy["creator"],
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
            [PageTemplate("page", [frame], onPage=furniture.paper, onPageEnd=furniture.page_end)]
        )
        self.running = None

    def beforeDocument(self) -> None:
        self.canv.showOutline()
        self.canv.setViewerPreference("DisplayDocTitle", "true")


class HeldCanvas(Canvas):
    """A canvas that holds every finished page until ``save``, then lets ``finish`` draw on it.

    ``finish(canvas, total)`` runs once a page, with the page's own drawing and graphics state
    back in place, just before the page is written: what it draws lands where a page-end
    callback would have drawn it. A flowable may also :meth:`defer` drawing that needs the
    whole layout (a page number in a table of contents); it runs first, under the furniture.
    """

    def __init__(self, *args, finish: Callable[[Canvas, int], None], **kw):
        super().__init__(*args, **kw)
        self._held_pages: list[dict] = []
        self._finish_page = finish
        self._deferred: list[Callable[[Canvas], None]] = []

    def defer(self, draw: Callable[[Canvas], None]) -> None:
        """Run ``draw(canvas)`` on this page once the whole document is laid out."""
        self._deferred.append(draw)

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._deferred = []
        # the page's PDF name is taken now, so destinations set on later pages point past it
        self._doc.pageCounter += 1
        self._startPage()

    def save(self) -> None:
        held = self._held_pages
        self._doc.pageCounter -= len(held)
        for state in held:
            links = self._annotationCount  # a document-wide count: it must not go back
            self.__dict__.update(state)
            self._annotationCount = links
            for draw in self._deferred:
                draw(self)
            self._finish_page(self, len(held))
            super().showPage()
        super().save()


def build_pdf(make_story: Callable[[], list[Flowable]], kit: Kit, meta: Metadata) -> bytes:
    """The PDF of the story ``make_story`` gives, laid out once."""
    buffer = io.BytesIO()
    furniture = Furniture(kit)
    document = CaseDocument(buffer, kit, furniture, meta)

    def canvas(*args, **kw) -> HeldCanvas:
        return HeldCanvas(*args, finish=furniture.overlay, **kw)

    try:
        document.build(make_story(), canvasmaker=canvas)
    except Exception as exc:  # ReportLab's LayoutError and friends
        raise RenderError(f"could not lay out the case file: {exc}") from exc
    return buffer.getvalue()
