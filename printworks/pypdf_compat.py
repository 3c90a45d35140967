"""The private parts of pypdf the imposition relies on, and nothing else.

``tests/test_compat.py`` fails loudly if an upgrade moves any of it; pyproject.toml pins pypdf
to the range tested.

- ``PdfWriter._add_object``: pypdf has no public way to add a free-standing object (a form
  XObject, a content stream) and get its reference; pages and annotations have their own
  public adders, forms do not.
- ``PdfWriter._ID``: pypdf writes a random file identifier, or one copied from a reader; a
  reproducible file needs one made from its input, and only this attribute takes it.
- ``PdfReader.resolved_objects``: every object a reader has parsed stays in this dict for the
  reader's life. The imposition clones each page into the writer once and never reads it
  again, so it empties the dict as it goes (a writer knows what it has cloned by object
  number, not by the parsed object): a 6,788-page booklet 354 -> 300 MB, 6.3 -> 5.0 s.
- ``PdfWriter._info``: the public ``metadata`` setter turns every value into a string, and its
  getter hands back a copy; PDF/X needs ``/Trapped /False``, a name, in the Info dictionary
  itself.
"""

from __future__ import annotations

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, DictionaryObject, IndirectObject, PdfObject


def add_object(writer: PdfWriter, obj: PdfObject) -> IndirectObject:
    """``obj`` added to ``writer``, and its reference."""
    return writer._add_object(obj)


def set_identifier(writer: PdfWriter, digest: bytes) -> None:
    """The file identifier ``writer`` writes: ``digest`` (16 bytes), twice."""
    value = ByteStringObject(digest[:16])
    writer._ID = ArrayObject([value, value])


def forget_parsed(reader: PdfReader) -> None:
    """Let go of the objects ``reader`` has parsed so far; it parses again what is asked
    for again."""
    reader.resolved_objects.clear()


def info_dictionary(writer: PdfWriter) -> DictionaryObject:
    """``writer``'s own Info dictionary (made if it has none), to write into."""
    if writer._info is None:
        writer._info = DictionaryObject()
    return writer._info
