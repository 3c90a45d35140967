"""The print shop's edition as PDF/X-1a:2003: what the standard asks of a file, written in.

PDF/X-1a is the strictest and the oldest of the PDF/X family, and the one every print
portal takes: CMYK (and grey) only, no transparency, every font embedded, the output
condition named and described. The print edition already has all of that but the last; here
it gains the OutputIntent (the FOGRA39 profile in ``layouts/print/``), the Info keys the
standard reads (``GTS_PDFXVersion``, ``Trapped``, the dates, the title) and black text that
overprints (no white halo where a plate is a hair out of register).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from printworks.forms import PositiveLength
from printworks.output import pdf_date
from printworks.pypdf_compat import add_object, info_dictionary

PDFX_VERSION = "PDF/X-1a:2003"
# the two graphics states the content switches between: overprint for a fill in black ink
# alone, knock-out (the default) for every other fill
OVERPRINT, KNOCKOUT = "/PWOverprint", "/PWKnockout"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OutputIntent(_Model):
    """The printing condition the file is made for, and the ICC profile that describes it."""

    identifier: str = Field(min_length=1)  # a registered name, e.g. FOGRA39
    condition: str = Field(min_length=1)  # the same, in words
    registry: str = Field(min_length=1)
    profile: str = Field(min_length=1)  # a CMYK output profile, under layouts/


class Limits(_Model):
    """What a printer's preflight holds the colours and type to."""

    small_type: PositiveLength  # under it: at most two plates
    min_tint: float = Field(gt=0, lt=100)  # percent: no plate lighter than this, but 0
    max_ink: float = Field(gt=0, le=400)  # percent: the four plates together


class PdfX(_Model):
    """The PDF/X the print edition conforms to."""

    version: Literal["PDF/X-1a:2003"]
    output_intent: OutputIntent
    limits: Limits


def declare(writer: PdfWriter, pdfx: PdfX, profile: bytes, title: str, when: datetime) -> None:
    """Write the OutputIntent (with ``profile`` embedded) into ``writer``'s catalog and the Info
    keys PDF/X-1a reads: its version, Trapped, the creation and modification dates (both
    ``when``), the title."""
    intent = pdfx.output_intent
    icc = DecodedStreamObject()
    icc.set_data(profile)
    icc[NameObject("/N")] = NumberObject(4)
    output = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFX"),
            NameObject("/OutputConditionIdentifier"): TextStringObject(intent.identifier),
            NameObject("/OutputCondition"): TextStringObject(intent.condition),
            NameObject("/RegistryName"): TextStringObject(intent.registry),
            NameObject("/Info"): TextStringObject(intent.condition),
            NameObject("/DestOutputProfile"): add_object(writer, icc.flate_encode()),
        }
    )
    writer.root_object[NameObject("/OutputIntents")] = ArrayObject([add_object(writer, output)])
    info = info_dictionary(writer)
    stamp = TextStringObject(pdf_date(when))
    info.update(
        {
            NameObject("/Title"): TextStringObject(title),
            NameObject("/CreationDate"): stamp,
            NameObject("/ModDate"): stamp,
            NameObject("/Trapped"): NameObject("/False"),
            NameObject("/GTS_PDFXVersion"): TextStringObject(pdfx.version),
            NameObject("/Producer"): TextStringObject("printworks"),
        }
    )


def _black_ink_alone(operands) -> bool:
    c, m, y, k = (float(v) for v in operands)
    return c == m == y == 0 and k == 1


def overprint_black(content: bytes, pdf: PdfReader) -> bytes:
    """``content`` (a page's content stream, decoded, of ``pdf``) with every fill in black ink
    alone made to overprint: text in 100% K prints on top of what lies beneath instead of
    knocking it out. The page's resources need :func:`add_overprint_states`.

    After each ``k`` the graphics state is switched to match the new fill: overprint (``op``
    on, overprint mode 1, so the zero plates leave what is under them alone) for 0 0 0 1,
    knock-out for anything else. The switch lives in the graphics state, like the colour, so
    ``q`` and ``Q`` save and restore the two together.
    """
    stream = DecodedStreamObject()
    stream.set_data(content)
    parsed = ContentStream(stream, pdf)
    # what the caller left is not known (a form is drawn from inside a page): the first fill
    # sets the state either way
    overprinting: bool | None = None
    operations, saved = [], []
    for operands, op in parsed.operations:
        operations.append((operands, op))
        if op == b"q":
            saved.append(overprinting)
        elif op == b"Q":
            overprinting = saved.pop() if saved else None
        elif op == b"k":
            black = _black_ink_alone(operands)
            if black != overprinting:
                name = OVERPRINT if black else KNOCKOUT
                operations.append(([NameObject(name)], b"gs"))
                overprinting = black
    parsed.operations = operations
    return parsed.get_data()


def overprint_forms(
    form: StreamObject, writer: PdfWriter, pdf: PdfReader, done: dict[int, IndirectObject]
) -> None:
    """The forms that ``form`` (a page's content, its own content already rewritten) draws,
    rewritten by :func:`overprint_black` too, and the graphics states added to every
    resources dictionary on the way. ``done`` maps a form already rewritten (by its object
    number in the writer) to its new self, so a form shared by many pages is rewritten once."""
    resources = add_overprint_states(form)
    xobjects = resources.get("/XObject")
    xobjects = xobjects.get_object() if xobjects is not None else {}
    for name, reference in list(xobjects.items()):
        inner = reference.get_object()
        if inner.get("/Subtype") != "/Form":
            continue
        key = getattr(reference, "idnum", id(inner))
        if key not in done:
            fresh = DecodedStreamObject()
            for entry, value in inner.items():
                if entry not in ("/Filter", "/DecodeParms", "/Length"):
                    fresh[NameObject(entry)] = value
            fresh.set_data(overprint_black(inner.get_data(), pdf))
            done[key] = add_object(writer, fresh.flate_encode())
            overprint_forms(done[key].get_object(), writer, pdf, done)
        xobjects[NameObject(name)] = done[key]


def add_overprint_states(form: StreamObject) -> DictionaryObject:
    """The two graphics states :func:`overprint_black` switches between, in ``form``'s
    resources (which are returned)."""
    resources = form.get("/Resources")
    resources = resources.get_object() if resources is not None else DictionaryObject()
    states = resources.get("/ExtGState")
    states = states.get_object() if states is not None else DictionaryObject()
    states[NameObject(OVERPRINT)] = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/ExtGState"),
            NameObject("/op"): BooleanObject(True),
            NameObject("/OPM"): NumberObject(1),
        }
    )
    states[NameObject(KNOCKOUT)] = DictionaryObject(
        {NameObject("/Type"): NameObject("/ExtGState"), NameObject("/op"): BooleanObject(False)}
    )
    resources[NameObject("/ExtGState")] = states
    form[NameObject("/Resources")] = resources
    return resources
