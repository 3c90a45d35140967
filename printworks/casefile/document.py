"""Flowables -> PDF bytes: the page template, metadata, and the two passes for 'page X of Y'."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

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
            [PageTemplate("page", [frame], onPage=furniture.paper, onPageEnd=furniture.overlay)]
        )
        self.running = None

    def beforeDocument(self) -> None:
        self.canv.showOutline()
        self.canv.setViewerPreference("DisplayDocTitle", "true")


def build_pdf(make_story: Callable[[], list[Flowable]], kit: Kit, meta: Metadata) -> bytes:
    """The PDF of the story ``make_story`` gives, built twice so pages know their total."""
    total = None
    for _ in range(2):
        buffer = io.BytesIO()
        furniture = Furniture(kit, total)
        document = CaseDocument(buffer, kit, furniture, meta)
        try:
            document.build(make_story())
        except Exception as exc:  # ReportLab's LayoutError and friends
            raise RenderError(f"could not lay out the case file: {exc}") from exc
        total = document.page
    return buffer.getvalue()
