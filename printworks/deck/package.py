"""Saving the deck as reproducible bytes: fixed zip times and dates, embedded workbooks too."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

from printworks.deck import compat

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
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
        compat.put_entry(self._zip, entry, blob)


def save(prs, when: datetime) -> bytes:
    """``prs`` as the bytes of a .pptx, written once, in python-pptx's own part order."""
    out = io.BytesIO()
    with _FixedZip(out, when) as zipped:
        compat.write_package(prs, zipped.add)
    return out.getvalue()


def repack(data: bytes, when: datetime) -> bytes:
    """``data`` (a zip package) rewritten with fixed entry times; workbooks inside likewise."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, _FixedZip(out, when) as dst:
        for info in src.infolist():
            dst.add(info.filename, src.read(info.filename))
    return out.getvalue()
