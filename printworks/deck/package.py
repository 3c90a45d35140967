"""Saving the deck as reproducible bytes: fixed zip times and dates, embedded workbooks too."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_DCTERMS = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _stamp(xml: bytes, when: datetime) -> bytes:
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    return _DCTERMS.sub(lambda m: m[1] + iso + m[3], xml)


def repack(data: bytes, when: datetime) -> bytes:
    """``data`` (a zip package) rewritten with fixed entry times; workbooks inside likewise.

    Embedded chart workbooks carry their own creation time, so they are repacked as well.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename.endswith(".xlsx"):
                blob = repack(blob, when)
            elif info.filename == "docProps/core.xml":
                blob = _stamp(blob, when)
            entry = zipfile.ZipInfo(info.filename, _ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, blob)
    return out.getvalue()
