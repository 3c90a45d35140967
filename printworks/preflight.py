"""A print shop's first look at a PDF: fonts embedded, page boxes, the smallest type, colour.

It checks the rules PDF/X is made of (every font embedded, a TrimBox and a BleedBox on every
page, one colour space, legible type), read straight from the file; it is not a PDF/X
validator and certifies nothing (no output intent is written or checked).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from io import BytesIO

from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject

MM = 72 / 25.4
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)
_COLOUR_OPS = {b"rg": "RGB", b"RG": "RGB", b"k": "CMYK", b"K": "CMYK", b"g": "grey", b"G": "grey"}
_OTHER_COLOUR_OPS = {b"cs", b"CS", b"sc", b"SC", b"scn", b"SCN"}
_SHOW = {b"Tj", b"TJ", b"'", b'"'}


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF's row-vector order: the matrix of ``m`` applied inside ``n``)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


@dataclass
class Preflight:
    """What a preflight found in one PDF."""

    pages: int = 0
    fonts: set[str] = field(default_factory=set)
    unembedded: set[str] = field(default_factory=set)
    pages_without_boxes: list[int] = field(default_factory=list)
    bleed_mm: float | None = None  # the narrowest bleed around a TrimBox, on any page
    smallest_pt: float | None = None  # the smallest type anything is set in
    colour_spaces: set[str] = field(default_factory=set)
    rich_black_text: int = 0  # text runs filled with a four-colour black

    @property
    def embedded(self) -> bool:
        return not self.unembedded

    def rows(self, *, bleed: bool) -> list[tuple[str, str, bool]]:
        """(check, what was found, whether it passes) for a table."""
        fonts = (
            f"{len(self.fonts)} fonts, all embedded"
            if self.embedded
            else ("not embedded: " + ", ".join(sorted(self.unembedded)))
        )
        rows = [("fonts", fonts, self.embedded)]
        if bleed:
            boxed = not self.pages_without_boxes
            found = (
                f"TrimBox and BleedBox on all {self.pages} pages, bleed {self.bleed_mm:.1f} mm"
                if boxed and self.bleed_mm is not None
                else f"missing on pages {self.pages_without_boxes[:5]}"
            )
            rows.append(("boxes", found, boxed and (self.bleed_mm or 0) > 0))
        small = self.smallest_pt or 0
        rows.append(("smallest type", f"{small:.2f} pt", small >= 6))
        spaces = ", ".join(sorted(self.colour_spaces)) or "none"
        one = len(self.colour_spaces - {"grey"}) <= 1
        rows.append(("colour space", spaces, one))
        if "CMYK" in self.colour_spaces:
            black = (
                "pure black (K only)"
                if not self.rich_black_text
                else (f"{self.rich_black_text} runs in four-colour black")
            )
            rows.append(("black text", black, not self.rich_black_text))
        return rows


def _font_embedded(font: DictionaryObject) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True
    descendants = font.get("/DescendantFonts")
    if descendants:
        font = descendants[0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


class _Walker:
    def __init__(self, reader: PdfReader, found: Preflight):
        self.reader, self.found = reader, found
        self.seen_fonts: set[int] = set()

    def fonts(self, resources: DictionaryObject) -> None:
        for ref in (resources.get("/Font") or {}).values():
            key = id(ref.get_object()) if not hasattr(ref, "idnum") else ref.idnum
            if key in self.seen_fonts:
                continue
            self.seen_fonts.add(key)
            font = ref.get_object()
            name = str(font.get("/BaseFont", "?")).lstrip("/")
            self.found.fonts.add(name)
            if not _font_embedded(font):
                self.found.unembedded.add(name)

    def stream(self, content, resources: DictionaryObject, ctm: Matrix) -> None:
        self.fonts(resources)
        found = self.found
        stack: list[Matrix] = []
        tm: Matrix = IDENTITY
        size = 0.0
        fill: tuple[float, ...] = ()
        fill_stack: list[tuple[float, ...]] = []
        if not isinstance(content, ContentStream):
            content = ContentStream(content, self.reader)
        for operands, op in content.operations:
            if op == b"q":
                stack.append(ctm)
                fill_stack.append(fill)
            elif op == b"Q":
                ctm = stack.pop() if stack else ctm
                fill = fill_stack.pop() if fill_stack else fill
            elif op == b"cm":
                ctm = multiply(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
            elif op == b"BT":
                tm = IDENTITY
            elif op == b"Tm":
                tm = tuple(float(v) for v in operands)  # type: ignore[assignment]
            elif op == b"Tf":
                size = float(operands[1])
            elif op in _SHOW:
                shown = operands[0] if op != b'"' else operands[2]
                if len(shown):
                    _, _, c, d, _, _ = multiply(tm, ctm)
                    effective = size * math.hypot(c, d)
                    if found.smallest_pt is None or effective < found.smallest_pt:
                        found.smallest_pt = effective
                    if len(fill) == 4 and fill[3] > 0.5 and sum(fill[:3]) > 0:
                        found.rich_black_text += 1
            elif op in _COLOUR_OPS:
                found.colour_spaces.add(_COLOUR_OPS[op])
                if op in (b"rg", b"k", b"g"):
                    fill = tuple(float(v) for v in operands)
            elif op in _OTHER_COLOUR_OPS:
                found.colour_spaces.add("other")
            elif op == b"Do":
                xobject = (resources.get("/XObject") or {}).get(operands[0])
                if xobject is None:
                    continue
                form = xobject.get_object()
                if form.get("/Subtype") != "/Form":
                    continue
                matrix = tuple(float(v) for v in form.get("/Matrix", IDENTITY))
                inner = form.get("/Resources")
                inner = inner.get_object() if inner is not None else resources
                self.stream(form, inner, multiply(matrix, ctm))  # type: ignore[arg-type]


def preflight(pdf: bytes) -> Preflight:
    """Read ``pdf`` as a print shop's preflight would."""
    reader = PdfReader(BytesIO(pdf))
    found = Preflight(pages=len(reader.pages))
    walker = _Walker(reader, found)
    for number, page in enumerate(reader.pages, 1):
        if "/TrimBox" not in page or "/BleedBox" not in page:
            found.pages_without_boxes.append(number)
        else:
            trim, bleed = page.trimbox, page.bleedbox
            margin = (
                min(
                    float(trim.left) - float(bleed.left),
                    float(trim.bottom) - float(bleed.bottom),
                    float(bleed.right) - float(trim.right),
                    float(bleed.top) - float(trim.top),
                )
                / MM
            )
            found.bleed_mm = margin if found.bleed_mm is None else min(found.bleed_mm, margin)
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else DictionaryObject()
        contents = page.get_contents()
        if contents is not None:
            walker.stream(contents, resources, IDENTITY)
    return found
