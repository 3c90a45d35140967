"""The private parts of pypdf the imposition relies on, and nothing else.

``tests/test_compat.py`` fails loudly if an upgrade moves any of it; pyproject.toml pins pypdf
to the range tested.

- ``PdfWriter._add_object``: pypdf has no public way to add a free-standing object (a form
  XObject, a content stream) and get its reference; pages and annotations have their own
  public adders, forms do not.
- ``PdfWriter._ID``: pypdf writes a random file identifier, or one copied from a reader; a
  reproducible file needs one made from its input, and only this attribute takes it.
"""

from __future__ import annotations

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, IndirectObject, PdfObject


def add_object(writer: PdfWriter, obj: PdfObject) -> IndirectObject:
    """``obj`` added to ``writer``, and its reference."""
    return writer._add_object(obj)


def set_identifier(writer: PdfWriter, digest: bytes) -> None:
    """The file identifier ``writer`` writes: ``digest`` (16 bytes), twice."""
    value = ByteStringObject(digest[:16])
    writer._ID = ArrayObject([value, value])
