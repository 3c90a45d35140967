"""The print shop's edition: every page single, in reading order, on a sheet with crop marks.

What a print shop asks for. The reader's copy comes in laid out with a bleed: each page's
MediaBox is its BleedBox, the trimmed page (its TrimBox) inside it, every background that
reaches the edge running on to the bleed's edge. Here each page is placed, unscaled, in the
middle of a larger sheet; the sheet's TrimBox and BleedBox are the page's, moved with it, and
crop marks stand in the slug around the bleed, where the guillotine never leaves them.

The edition is written as PDF/X-1a (:mod:`printworks.pdfx`): in CMYK, its black text
overprinting, its printing condition declared with the profile that describes it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, RectangleObject

from printworks.errors import RenderError
from printworks.impose import Box, Imposition, page_form, points, read_pages, trim_box, write_pdf
from printworks.pdfx import declare, overprint_black, overprint_forms
from printworks.pypdf_compat import add_object


def _box(page, name: str) -> Box:
    box = getattr(page, name)
    return float(box.left), float(box.bottom), float(box.right), float(box.top)


def crop_marks(trim: Box, offset: float, length: float) -> list[str]:
    """Eight lines at the trim's corners, each in line with a trim edge and ``offset`` clear
    of the trim, reaching ``length`` outward."""
    left, bottom, right, top = trim
    lines = []
    for x, out_x in ((left, -1), (right, 1)):
        for y, out_y in ((bottom, -1), (top, 1)):
            lines.append((x + out_x * offset, y, x + out_x * (offset + length), y))
            lines.append((x, y + out_y * offset, x, y + out_y * (offset + length)))
    return [f"{x0:.3f} {y0:.3f} m {x1:.3f} {y1:.3f} l S" for x0, y0, x1, y1 in lines]


def output_profile(folder: Path, layout: Imposition) -> bytes:
    """The ICC profile of the layout's output intent, from the layouts ``folder``."""
    name = layout.press.pdfx.output_intent.profile
    try:
        return (folder / name).read_bytes()
    except OSError as exc:
        raise RenderError(
            f"{folder / 'imposition.yaml'}: press.pdfx.output_intent.profile: cannot read "
            f"{name!r} ({exc.strerror}): name an ICC profile in the layouts folder"
        ) from None


def press(pdf: bytes, layout: Imposition, *, profile: bytes, when: datetime | None = None) -> bytes:
    """The print shop's copy of ``pdf`` (laid out with a bleed, in CMYK: its pages' TrimBox
    inside their MediaBox): each page on its own sheet, crop marks around it, as PDF/X.

    The marks are drawn in registration colour (every plate), at least the layout's mark
    offset from the trim and never inside the bleed. ``profile`` is the output intent's ICC
    profile (the layout names it); ``when`` is the file's creation date (None: 1 Jan 1970, so
    that a build without SOURCE_DATE_EPOCH is still the same bytes every time).
    """
    pages, reader = read_pages(pdf)
    marks = layout.marks
    slug = points(layout.press.slug)
    length = points(marks.length)
    writer = PdfWriter()
    writer.pdf_header = reader.pdf_header
    registration = "1 1 1 1 K"
    rewritten: dict = {}
    for number, page in enumerate(pages, 1):
        media = _box(page, "mediabox")
        trim = trim_box(page)
        bleed = min(trim[0] - media[0], trim[1] - media[1], media[2] - trim[2], media[3] - trim[3])
        if bleed <= 0:
            raise RenderError(
                f"cannot make the print edition: page {number} has no bleed around its trim"
            )
        offset = max(points(marks.offset), bleed)
        if offset + length > bleed + slug:
            raise RenderError("the press's slug is too narrow for the crop marks: widen it")
        width = media[2] - media[0] + 2 * slug
        height = media[3] - media[1] + 2 * slug
        dx, dy = slug - media[0], slug - media[1]
        moved = (trim[0] + dx, trim[1] + dy, trim[2] + dx, trim[3] + dy)
        out = writer.add_blank_page(width, height)
        form = page_form(writer, page, media, overprint_black)
        overprint_forms(form.get_object(), writer, page.pdf, rewritten)
        operators = [
            f"q 1 0 0 1 {dx:.3f} {dy:.3f} cm /P Do Q",
            f"q {points(marks.weight):.2f} w {registration} 0 J",
            *crop_marks(moved, offset, length),
            "Q",
        ]
        content = DecodedStreamObject()
        content.set_data("\n".join(operators).encode() + b"\n")
        out[NameObject("/Contents")] = add_object(writer, content.flate_encode())
        out[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/P"): form})}
        )
        out[NameObject("/TrimBox")] = RectangleObject(moved)
        out[NameObject("/BleedBox")] = RectangleObject((slug, slug, width - slug, height - slug))
    when = when or datetime.fromtimestamp(0, tz=UTC)
    info = reader.metadata
    title = str(info.get("/Title") or "") if info else ""
    pdfx = layout.press.pdfx

    def declared(writer: PdfWriter) -> None:
        declare(writer, pdfx, profile, title or "printworks zine", when)

    options = repr(("press", slug, pdfx.model_dump(), when.isoformat()))
    return write_pdf(writer, reader, pdf, options, declared)
