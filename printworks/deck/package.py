"""Saving the deck as reproducible bytes: fixed zip times and dates (an embedded workbook is
dated when its chart is made, see :func:`printworks.deck.compat.add_chart`).

Most of a package is the same from one deck to the next: the template's own parts, the
relationship files of the nth slide and notes page. Deflating an entry costs about as much to
set up as to run, so what is written the same is deflated once a process (keyed by its very
bytes); what a role writes is not kept.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from functools import lru_cache

from printworks.deck import compat

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_DCTERMS = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")
# the entries that differ from one role's deck to the next, so are never kept deflated: the
# slides, notes pages and charts, the workbooks, the core properties
_PER_ROLE = re.compile(r"ppt/(slides|notesSlides|charts)/[^/]+\.xml|.*\.xlsx|docProps/core\.xml")
_KEPT = 1024  # deflated entries kept: a few templates' worth, each some 150 entries
# a role's own entries are deflated at level 3: half the time of the default level (6) for
# some 8% more bytes (the seed deck's: 3.2 ms against 6.4 ms, 131 KB against 121 KB)
_PER_ROLE_LEVEL = 3


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
        """Store ``blob`` as ``name``, the package's core properties dated."""
        if name == "docProps/core.xml":
            blob = _stamp(blob, self._when)
        entry = zipfile.ZipInfo(name, _ZIP_TIME)
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.external_attr = 0o644 << 16
        same = _PER_ROLE.fullmatch(name) is None
        deflated = _deflated(blob) if same else compat.deflate(blob, _PER_ROLE_LEVEL)
        compat.put_entry(self._zip, entry, blob, deflated)


@lru_cache(maxsize=_KEPT)
def _deflated(blob: bytes) -> compat.Deflated:
    """``blob`` deflated, once a process for each distinct content (see the module's doc)."""
    return compat.deflate(blob)


def save(prs, when: datetime) -> bytes:
    """``prs`` as the bytes of a .pptx, written once, in python-pptx's own part order."""
    out = io.BytesIO()
    with _FixedZip(out, when) as zipped:
        compat.write_package(prs, zipped.add)
    return out.getvalue()
