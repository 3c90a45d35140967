"""Saving the deck as reproducible bytes: fixed zip times and dates, embedded workbooks too."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from datetime import datetime

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_SMALL = 1 << 30  # far below the sizes that need zip64 records
_DCTERMS = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _stamp(xml: bytes, when: datetime) -> bytes:
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    return _DCTERMS.sub(lambda m: m[1] + iso + m[3], xml)


class _FixedZip:
    """A zip being written whose entries carry fixed times and modes, and fixed dates inside."""

    def __init__(self, stream, when: datetime):
        self._zip = zipfile.ZipFile(stream, "w")
        self._when = when

    def __enter__(self) -> _FixedZip:
        return self

    def __exit__(self, *exc) -> None:
        self._zip.close()

    def add(self, name: str, blob: bytes) -> None:
        """Store ``blob`` as ``name``; embedded chart workbooks carry their own creation time."""
        if name.endswith(".xlsx"):
            blob = repack(blob, self._when)
        elif name == "docProps/core.xml":
            blob = _stamp(blob, self._when)
        entry = zipfile.ZipInfo(name, _ZIP_TIME)
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.external_attr = 0o644 << 16
        self._put(entry, blob)

    def _put(self, entry: zipfile.ZipInfo, blob: bytes) -> None:
        """What ``ZipFile.writestr`` writes for ``entry`` to a seekable stream, in one pass.

        ``writestr`` writes a blank local header, streams the data through a compressor, then
        seeks back to write the header again, for each of a deck's some 150 small entries.
        Here the data is deflated whole (the same compressor
        and settings zipfile uses), the header written once with its sizes and checksum, and the
        entry handed to the ZipFile, which writes the central directory on close as ever.
        """
        zipped = self._zip
        deflate = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        data = deflate.compress(blob) + deflate.flush()
        if len(blob) > _SMALL or len(data) > _SMALL or entry.filename in zipped.NameToInfo:
            zipped.writestr(entry, blob)  # zip64 sizes, duplicate names: zipfile's own way
            return
        entry.flag_bits = 0
        entry.file_size = len(blob)
        entry.compress_size = len(data)
        entry.CRC = zlib.crc32(blob)
        stream = zipped.fp
        stream.seek(zipped.start_dir)
        entry.header_offset = stream.tell()
        stream.write(entry.FileHeader(False))
        stream.write(data)
        zipped.start_dir = stream.tell()
        zipped.filelist.append(entry)
        zipped.NameToInfo[entry.filename] = entry
        zipped._didModify = True

    def write(self, pack_uri, blob: bytes) -> None:
        """The writer python-pptx's package writer expects: a part by its pack URI."""
        self.add(pack_uri.membername, blob)


def save(prs, when: datetime) -> bytes:
    """``prs`` as the bytes of a .pptx, written once, in python-pptx's own part order."""
    from pptx.opc.serialized import PackageWriter

    package = prs.part.package
    writer = PackageWriter(io.BytesIO(), package._rels, tuple(package.iter_parts()))
    out = io.BytesIO()
    with _FixedZip(out, when) as zipped:
        writer._write_content_types_stream(zipped)
        writer._write_pkg_rels(zipped)
        writer._write_parts(zipped)
    return out.getvalue()


def repack(data: bytes, when: datetime) -> bytes:
    """``data`` (a zip package) rewritten with fixed entry times; workbooks inside likewise."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, _FixedZip(out, when) as dst:
        for info in src.infolist():
            dst.add(info.filename, src.read(info.filename))
    return out.getvalue()
