"""The private parts of python-pptx and zipfile the deck relies on, and nothing else.

Everything else in the deck uses public API. What is here is here for speed, measured in
``make bench``; ``tests/test_compat.py`` fails loudly if an upgrade moves any of it, and
pyproject.toml pins python-pptx to the range tested.

- A notes page made as a copy of the first one: python-pptx's own ``slide.notes_slide``
  clones the notes master's placeholders one by one and walks the whole package for the next
  free part name, for every slide; the part is made here with ``NotesSlidePart``'s constructor.
- Slide ids counted, not searched for: the next entry of the presentation's slide list made
  with ``CT_SlideIdList._add_sldId`` and the id python-pptx's XPath query would find.
- Shape ids counted, not searched for: python-pptx's public ``turbo_add_enabled`` keeps the
  highest id of a slide (in ``_cached_max_shape_id``, set here directly when the highest id
  of a new slide is known), but only its private ``_next_shape_id`` hands out the next one;
  searching the slide's XML for the highest id at each of a deck's thousands of shapes cost
  a third of a render.
- The package written in one pass: the parts in python-pptx's ``PackageWriter`` order, into
  a zip whose entries are deflated whole and written once with their header, rather than
  through ``ZipFile.writestr`` (which writes each header twice) and a second repacking pass
  to fix the entry times.
- A chart added with its part names counted, not searched for: python-pptx's
  ``add_chart`` walks the whole package for the next free chart and workbook names, twice a
  chart; here the names in use are gathered once a package (a ``WeakKeyDictionary``) and the
  parts made with ``ChartPart.load`` and ``EmbeddedXlsxPart``'s constructor, the frame with
  ``_add_chart_graphicFrame``. Its workbook is written by a ``CategoryWorkbookWriter`` whose
  ``_open_worksheet`` dates it, so that it comes out reproducible (xlsxwriter dates the entries
  of its zip 1980-01-01 already) rather than being repacked when the deck is saved.
- A part just made related without a search: python-pptx's ``relate_to`` looks through every
  relationship of the source, of that kind, for one to the target to reuse (rebuilding the
  list of them at each call: a presentation's dozens, at each slide); a part just made has
  none, so its relationship is added with ``_Relationships._add_relationship``, the step
  ``relate_to`` ends with. A slide is added so (``SlidePart.new``, then that step), as
  ``PresentationPart.add_slide`` adds it.
- Relationship files and the content types written as strings: from a package's and each
  part's ``_rels`` (a target's place relative to its relationship's ``_base_uri``) and from
  ``_ContentTypesItem``'s ``_defaults_and_overrides``, the same bytes python-pptx builds an
  element per entry for, then serializes.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from pptx.opc.oxml import nsmap, serialize_part_xml
from pptx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI, PackURI
from pptx.opc.serialized import _ContentTypesItem
from pptx.oxml.ns import qn
from pptx.parts.chart import ChartPart
from pptx.parts.embeddedpackage import EmbeddedXlsxPart
from pptx.parts.slide import NotesSlidePart, SlidePart
from xlsxwriter import Workbook

_SMALL = 1 << 30  # far below the sizes that need zip64 records
_SLIDE_ID = qn("p:sldId")
_MIN_SLIDE_ID, _MAX_SLIDE_ID = 256, 2147483647  # the slide ids PowerPoint takes


def relate_new(source, target, reltype: str) -> str:
    """What ``source.relate_to(target, reltype)`` gives when ``source`` or ``target`` was just
    made, so that no relationship between them can be there to reuse: the next rId."""
    return source._rels._add_relationship(reltype, target)


def add_slide(presentation_part, layout) -> tuple[str, Any]:
    """What ``presentation_part.add_slide(layout)`` gives (the new slide's rId and the slide),
    its new part related without a search."""
    part = SlidePart.new(
        presentation_part._next_slide_partname, presentation_part.package, layout.part
    )
    return relate_new(presentation_part, part, RELATIONSHIP_TYPE.SLIDE), part.slide


def notes_part(slide, partname: str, element, master) -> None:
    """A notes page for ``slide``: the part ``partname`` holding ``element``, on ``master``."""
    part = NotesSlidePart(
        PackURI(partname), CONTENT_TYPE.PML_NOTES_SLIDE, slide.part.package, element
    )
    relate_new(part, master, RELATIONSHIP_TYPE.NOTES_MASTER)
    relate_new(part, slide.part, RELATIONSHIP_TYPE.SLIDE)
    relate_new(slide.part, part, RELATIONSHIP_TYPE.NOTES_SLIDE)


def add_slide_id(ids, rel_id: str) -> None:
    """List the slide related as ``rel_id`` last in the presentation's slide list ``ids``.

    python-pptx's ``add_sldId`` finds the next id by an XPath query over the list, compiled
    and run afresh at every slide; the same id, one more than the highest, is counted here
    from the list's children, and the entry added as it adds it (``_add_sldId``).
    """
    highest = max(
        [_MIN_SLIDE_ID - 1, *(int(entry.get("id")) for entry in ids.iterchildren(_SLIDE_ID))]
    )
    if highest >= _MAX_SLIDE_ID:  # python-pptx then searches for a gap
        ids.add_sldId(rel_id)
        return
    ids._add_sldId(id=highest + 1, rId=rel_id)


def count_shapes(slide, highest: int | None = None) -> None:
    """From now on, hand out ``slide``'s shape ids by counting (see :func:`next_shape_id`), on
    from ``highest`` when the highest id on the slide is known (python-pptx's own switch,
    ``turbo_add_enabled``, searches the slide for it by XPath)."""
    if highest is None:
        slide.shapes.turbo_add_enabled = True
    else:
        slide.shapes._cached_max_shape_id = highest


def next_shape_id(slide) -> int:
    """A fresh shape id on ``slide``, the same python-pptx gives the shapes it adds itself."""
    return slide.shapes._next_shape_id


def write_package(prs, put: Callable[[str, bytes], None]) -> None:
    """Hand every part of ``prs`` to ``put(name, blob)``, in python-pptx's own order.

    As ``PackageWriter`` writes them: the content types (written by :func:`content_types_xml`),
    the package's relationships, then each part followed by its relationships if it has any
    (those written by :func:`rels_xml`).
    """
    package = prs.part.package
    parts = tuple(package.iter_parts())
    put(CONTENT_TYPES_URI.membername, content_types_xml(parts))
    put(PACKAGE_URI.rels_uri.membername, rels_xml(package._rels))
    for part in parts:
        put(part.partname.membername, part.blob)
        if part._rels:
            put(part.partname.rels_uri.membername, rels_xml(part._rels))


_RELS_HEAD = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    f'<Relationships xmlns="{nsmap["pr"]}">'
)
# what lxml writes in an attribute as it stands: printable ASCII but for the escaped few
_PLAIN = re.compile(r"[ !#-%\'-;=?-~]*")


def rels_xml(rels) -> bytes:
    """The bytes python-pptx's ``_Relationships.xml`` gives, written as a string.

    That property builds an element for each relationship, attribute by attribute, to
    serialize it: a twentieth of a render. Here the same elements, in the same (numerical)
    order, are written directly; a value that lxml would escape is left to python-pptx.
    """

    def numerically(rId: str) -> tuple[int, str]:
        return (int(rId[3:]) if rId.startswith("rId") and rId[3:].isdigit() else 0, rId)

    out = [_RELS_HEAD]
    for rId in sorted(rels.keys(), key=numerically):
        rel = rels[rId]
        kind = rel.reltype
        target = rel.target_ref if rel.is_external else _ref(rel.target_partname, rel._base_uri)
        if not all(_PLAIN.fullmatch(value) for value in (rId, kind, target)):
            return rels.xml
        mode = ' TargetMode="External"' if rel.is_external else ""
        out.append(f'<Relationship Id="{rId}" Type="{kind}" Target="{target}"{mode}/>')
    out.append("</Relationships>")
    return "".join(out).encode()


@lru_cache(maxsize=4096)
def _ref(partname: PackURI, base: str) -> str:
    """A relationship's target as its file states it: ``partname`` relative to ``base``, as
    python-pptx's ``target_ref`` works it out (by ``posixpath.relpath``, slow), once each."""
    return partname.relative_ref(base)


_TYPES_HEAD = (
    f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Types xmlns=\"{nsmap['ct']}\">"
)


def content_types_xml(parts) -> bytes:
    """The bytes of python-pptx's ``[Content_Types].xml`` for ``parts``, written as a string.

    python-pptx's ``_ContentTypesItem`` decides each extension's default and each part's
    override, then builds an element for each to serialize them; here its decisions are
    written directly, in its order (sorted); a value lxml would escape is left to it.
    """
    item = _ContentTypesItem(parts)
    defaults, overrides = item._defaults_and_overrides
    out = [_TYPES_HEAD]
    for ext, kind in sorted(defaults.items()):
        out.append(f'<Default Extension="{ext}" ContentType="{kind}"/>')
    for partname, kind in sorted(overrides.items()):
        out.append(f'<Override PartName="{partname}" ContentType="{kind}"/>')
    values = (*defaults.items(), *overrides.items())
    if not all(_PLAIN.fullmatch(key) and _PLAIN.fullmatch(kind) for key, kind in values):
        return serialize_part_xml(item._xml)
    out.append("</Types>")
    return "".join(out).encode()


def put_entry(
    archive: zipfile.ZipFile, entry: zipfile.ZipInfo, blob: bytes, deflated: Deflated
) -> None:
    """What ``archive.writestr(entry, blob)`` writes to a seekable stream, in one pass.

    ``writestr`` writes a blank local header, streams the data through a compressor, then
    seeks back to write the header again. Here ``deflated`` is ``blob`` already deflated whole
    by :func:`deflate` (the same compressor and settings zipfile uses) with its checksum, the
    header is written once with its sizes, and the entry handed to the archive, which writes
    the central directory on close as ever.
    """
    data, crc = deflated
    if len(blob) > _SMALL or len(data) > _SMALL or entry.filename in archive.NameToInfo:
        archive.writestr(entry, blob)  # zip64 sizes, duplicate names: zipfile's own way
        return
    entry.flag_bits = 0
    entry.file_size = len(blob)
    entry.compress_size = len(data)
    entry.CRC = crc
    stream = archive.fp
    stream.seek(archive.start_dir)
    entry.header_offset = stream.tell()
    stream.write(entry.FileHeader(False))
    stream.write(data)
    archive.start_dir = stream.tell()
    archive.filelist.append(entry)
    archive.NameToInfo[entry.filename] = entry
    archive._didModify = True


Deflated = tuple[bytes, int]  # a blob deflated as a zip entry's data, and its CRC-32


def deflate(blob: bytes, level: int = zlib.Z_DEFAULT_COMPRESSION) -> Deflated:
    """``blob`` deflated as zipfile deflates an entry (raw deflate, at the default level unless
    told), and its CRC-32: what :func:`put_entry` writes."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return compressor.compress(blob) + compressor.flush(), zlib.crc32(blob)


def set_blob(part, blob: bytes) -> None:
    """Replace the bytes of a part python-pptx keeps as bytes (a theme part, say): it has no
    public setter for them, so its ``_blob`` is set."""
    part._blob = blob


# the part names in use in each package a chart has been added to (see add_chart)
_NAMES: WeakKeyDictionary = WeakKeyDictionary()


def _next_partname(package, template: str) -> PackURI:
    """What ``package.next_partname(template)`` gives (the lowest free number), from the names
    gathered once a package; the name is taken."""
    names = _NAMES.get(package)
    if names is None:
        names = _NAMES[package] = {str(part.partname) for part in package.iter_parts()}
    number = 1
    while template % number in names:
        number += 1
    names.add(template % number)
    return PackURI(template % number)


class _DatedWorkbook(CategoryWorkbookWriter):
    """python-pptx's workbook writer for category charts, its workbook dated ``made``."""

    def __init__(self, chart_data, made: datetime):
        super().__init__(chart_data)
        self._made = made

    @contextmanager
    def _open_worksheet(self, xlsx_file):
        workbook = Workbook(xlsx_file, {"in_memory": True})
        workbook.set_properties({"created": self._made})
        worksheet = workbook.add_worksheet()
        yield workbook, worksheet
        workbook.close()


def workbook_blob(chart_data, made: datetime) -> bytes:
    """The embedded workbook of a category chart's ``chart_data``, dated ``made``."""
    return _DatedWorkbook(chart_data, made).xlsx_blob


def add_chart(slide, kind, left: int, top: int, width: int, height: int, data, made: datetime):
    """What ``slide.shapes.add_chart(kind, left, top, width, height, data)`` adds (its chart
    part, workbook part, relationships and graphic frame, with the same names), its workbook
    dated ``made``; the frame's proxy."""
    package = slide.part.package
    chart = ChartPart.load(
        _next_partname(package, ChartPart.partname_template),
        CONTENT_TYPE.DML_CHART,
        package,
        data.xml_bytes(kind),
    )
    chart.chart_workbook.xlsx_part = EmbeddedXlsxPart(
        _next_partname(package, EmbeddedXlsxPart.partname_template),
        CONTENT_TYPE.SML_SHEET,
        package,
        workbook_blob(data, made),
    )
    rel_id = relate_new(slide.part, chart, RELATIONSHIP_TYPE.CHART)
    shapes = slide.shapes
    return shapes._shape_factory(shapes._add_chart_graphicFrame(rel_id, left, top, width, height))
