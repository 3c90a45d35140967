"""A print shop's first look at a PDF: fonts embedded, page boxes, the smallest type, colour.

It checks, read straight from the file, what PDF/X-1a and a printer's preflight profile ask:
every font embedded, a TrimBox and a BleedBox on every page, CMYK alone (no RGB in the content,
the resources or the annotations), the output intent and the Info keys, black text that
overprints, small and reversed type on at most two plates, no tint finer than a press holds,
total ink within the limit. It is a preflight, not a certified PDF/X validator.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from io import BytesIO

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject

from printworks import units
from printworks.impose import Imposition
from printworks.layout import shipped
from printworks.pdfx import Limits

MM = 72 / 25.4
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)
_COLOUR_OPS = {b"rg": "RGB", b"RG": "RGB", b"k": "CMYK", b"K": "CMYK", b"g": "grey", b"G": "grey"}
_OTHER_COLOUR_OPS = {b"cs", b"CS", b"sc", b"SC", b"scn", b"SCN"}
_SHOW = {b"Tj", b"TJ", b"'", b'"'}
_FILL = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
_END_PATH = {b"n", b"S", b"s"}
Box = tuple[float, float, float, float]
Ink = tuple[float, float, float, float]
REGISTRATION: Ink = (1, 1, 1, 1)


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
    rgb_objects: int = 0  # RGB outside the content: images, colour spaces, annotation colours
    inks: set[Ink] = field(default_factory=set)  # every CMYK colour painted (but registration)
    black_text: int = 0  # text runs in black ink alone
    knocked_out_black: int = 0  # ... of them, not overprinting
    plates_over: list[str] = field(default_factory=list)  # small/reversed type on > 2 plates
    output_intent: str | None = None  # its condition identifier, when it embeds a CMYK profile
    info: dict[str, str] = field(default_factory=dict)  # the Info keys PDF/X reads

    @property
    def embedded(self) -> bool:
        return not self.unembedded

    def rows(self, *, bleed: bool, limits: Limits | None = None) -> list[tuple[str, str, bool]]:
        """(check, what was found, whether it passes) for a table; with ``limits`` (a PDF/X
        edition's) the PDF/X checks too."""
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
        if self.rgb_objects:
            spaces += f"; RGB in {self.rgb_objects} objects"
        rows.append(("colour space", spaces, one and not self.rgb_objects))
        if "CMYK" in self.colour_spaces:
            black = (
                "pure black (K only)"
                if not self.rich_black_text
                else (f"{self.rich_black_text} runs in four-colour black")
            )
            rows.append(("black text", black, not self.rich_black_text))
        if limits is not None:
            rows += self.pdfx_rows(limits)
        return rows

    def pdfx_rows(self, limits: Limits) -> list[tuple[str, str, bool]]:
        """The checks a PDF/X edition owes a print portal."""
        keys = ("/GTS_PDFXVersion", "/Trapped", "/CreationDate", "/ModDate", "/Title")
        missing = [k.lstrip("/") for k in keys if not self.info.get(k)]
        version = self.info.get("/GTS_PDFXVersion", "no version")
        trapped = self.info.get("/Trapped", "")
        found = (
            f"{version}, Trapped {trapped.lstrip('/')}, dated, titled"
            if not missing
            else "missing: " + ", ".join(missing)
        )
        rows = [
            ("PDF/X", found, not missing and trapped in ("/True", "/False")),
            (
                "output intent",
                f"{self.output_intent}, CMYK profile embedded"
                if self.output_intent
                else "none (or no CMYK profile)",
                self.output_intent is not None,
            ),
        ]
        overprint = (
            f"all {self.black_text} runs of 100% K text overprint"
            if not self.knocked_out_black
            else f"{self.knocked_out_black} of {self.black_text} runs knock out"
        )
        rows.append(("overprint", overprint, self.black_text > 0 and not self.knocked_out_black))
        small = units.points(limits.small_type)
        plates = (
            f"at most 2 plates under {small:g} pt and under reversed type"
            if not self.plates_over
            else f"{len(self.plates_over)} runs on more: {self.plates_over[0]}"
        )
        rows.append(("small type", plates, not self.plates_over))
        tints = [v for ink in self.inks for v in ink if v > 0]
        lightest = min(tints, default=0) * 100
        rows.append(
            (
                "tints",
                f"lightest {lightest:.3g}% (at least {limits.min_tint:g}%)",
                lightest >= limits.min_tint - 1e-6,
            )
        )
        heaviest = max((sum(ink) for ink in self.inks), default=0) * 100
        rows.append(
            (
                "total ink",
                f"at most {heaviest:.3g}% (limit {limits.max_ink:g}%)",
                heaviest <= limits.max_ink + 1e-6,
            )
        )
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
    def __init__(self, reader: PdfReader, found: Preflight, small: float):
        self.reader, self.found, self.small = reader, found, small
        self.seen_fonts: set[int] = set()
        self.grounds: list[tuple[Box, Ink]] = []  # the page's filled rectangles, in order
        self.page = 0

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
        stack: list[tuple[Matrix, Ink, bool]] = []
        tm: Matrix = IDENTITY
        size = 0.0
        fill: tuple[float, ...] = ()
        overprint = False
        path: list[Box] = []
        if not isinstance(content, ContentStream):
            content = ContentStream(content, self.reader)
        for operands, op in content.operations:
            if op == b"q":
                stack.append((ctm, fill, overprint))
            elif op == b"Q":
                ctm, fill, overprint = stack.pop() if stack else (ctm, fill, overprint)
            elif op == b"cm":
                ctm = multiply(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
            elif op == b"gs":
                overprint = _overprint(resources, operands[0], overprint)
            elif op == b"re":
                x, y, w, h = (float(v) for v in operands)
                path.append(_transform_box((x, y, x + w, y + h), ctm))
            elif op in _FILL:
                if len(fill) == 4:
                    self.grounds += [(box, fill) for box in path]  # type: ignore[misc]
                path = []
            elif op in _END_PATH:
                path = []
            elif op == b"BT":
                tm = IDENTITY
            elif op == b"Tm":
                tm = tuple(float(v) for v in operands)  # type: ignore[assignment]
            elif op == b"Td":
                tm = multiply((1, 0, 0, 1, float(operands[0]), float(operands[1])), tm)
            elif op == b"Tf":
                size = float(operands[1])
            elif op in _SHOW:
                shown = operands[0] if op != b'"' else operands[2]
                if len(shown):
                    self.text(multiply(tm, ctm), size, fill, overprint)
            elif op in _COLOUR_OPS:
                found.colour_spaces.add(_COLOUR_OPS[op])
                if op in (b"rg", b"k", b"g"):
                    fill = tuple(float(v) for v in operands)
                if op in (b"k", b"K"):
                    ink = tuple(float(v) for v in operands)
                    if not (op == b"K" and ink == REGISTRATION):  # crop marks: every plate
                        found.inks.add(ink)  # type: ignore[arg-type]
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

    def text(self, matrix: Matrix, size: float, fill: tuple[float, ...], overprint: bool) -> None:
        """One run of text shown at ``matrix`` in ``size``, filled in ``fill``."""
        found = self.found
        _, _, c, d, x, y = matrix
        effective = size * math.hypot(c, d)
        if found.smallest_pt is None or effective < found.smallest_pt:
            found.smallest_pt = effective
        if len(fill) != 4:
            return
        if fill[3] > 0.5 and sum(fill[:3]) > 0:
            found.rich_black_text += 1
        if fill == (0, 0, 0, 1):
            found.black_text += 1
            found.knocked_out_black += not overprint
        plates = sum(v > 0 for v in fill)
        where = f"page {self.page}, {effective:.1f} pt"
        if effective < self.small and plates > 2:
            found.plates_over.append(f"{where} in {_percent(fill)}")
        ground = next((ink for box, ink in reversed(self.grounds) if _inside(x, y, box)), None)
        # reversed out: lighter than its ground, so the ground's plates draw its edges
        if ground is not None and sum(fill) < sum(ground) and sum(v > 0 for v in ground) > 2:
            found.plates_over.append(f"{where} reversed out of {_percent(ground)}")


def _percent(ink: tuple[float, ...]) -> str:
    return "/".join(f"{v * 100:g}" for v in ink)


def _inside(x: float, y: float, box: Box) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _transform_box(box: Box, m: Matrix) -> Box:
    a, b, c, d, e, f = m
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def _overprint(resources: DictionaryObject, name, current: bool) -> bool:
    """Whether fills overprint after ``name gs``: its ``op`` (else its ``OP``) in overprint
    mode 1, where a DeviceCMYK zero leaves the plate alone."""
    state = (resources.get("/ExtGState") or {}).get(name)
    if state is None:
        return current
    state = state.get_object()
    flag = state.get("/op", state.get("/OP"))
    if flag is None:
        return current
    return bool(flag) and state.get("/OPM", 0) == 1


def _file_checks(reader: PdfReader, found: Preflight) -> None:
    """What the file says of itself: its Info keys, its output intent; and RGB anywhere
    outside the content streams (an image, a colour space, an annotation's colour)."""
    info = reader.trailer.get("/Info")
    info = info.get_object() if info is not None else {}
    found.info = {str(k): str(v) for k, v in info.items()}
    for intent in reader.trailer["/Root"].get_object().get("/OutputIntents") or []:
        intent = intent.get_object()
        profile = intent.get("/DestOutputProfile")
        cmyk = profile is not None and profile.get_object().get("/N") == 4
        if intent.get("/S") == "/GTS_PDFX" and cmyk:
            found.output_intent = str(intent.get("/OutputConditionIdentifier", "?"))
    seen = []
    for number in range(1, int(reader.trailer.get("/Size", 0))):
        try:
            seen.append(reader.get_object(number))
        except (PyPdfError, ValueError, KeyError):
            continue
    for page in reader.pages:  # annotations written in place, not as objects of their own
        seen += [a for a in page.get("/Annots") or [] if isinstance(a, DictionaryObject)]
    found.rgb_objects = sum(1 for obj in seen if isinstance(obj, DictionaryObject) and _rgb(obj))


def _rgb(obj: DictionaryObject) -> bool:
    if obj.get("/Type") == "/Annot" and len(obj.get("/C") or []) == 3:
        return True
    space = obj.get("/ColorSpace")
    spaces = list(space.get_object().values()) if isinstance(space, DictionaryObject) else [space]
    for space in spaces:
        space = space.get_object() if space is not None else None
        head = space[0] if isinstance(space, ArrayObject) and space else space
        if head in ("/DeviceRGB", "/CalRGB"):
            return True
        if head == "/ICCBased" and space[1].get_object().get("/N") == 3:
            return True
    return False


def preflight(pdf: bytes, limits: Limits | None = None) -> Preflight:
    """Read ``pdf`` as a print shop's preflight would (``limits``: what small type is; the
    shipped PDF/X limits when None)."""
    if limits is None:
        imposition: Imposition = shipped().imposition
        limits = imposition.press.pdfx.limits
    reader = PdfReader(BytesIO(pdf))
    found = Preflight(pages=len(reader.pages))
    walker = _Walker(reader, found, units.points(limits.small_type))
    _file_checks(reader, found)
    for number, page in enumerate(reader.pages, 1):
        walker.page, walker.grounds = number, []
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
