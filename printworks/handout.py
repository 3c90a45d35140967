"""The truth edition as a PDF: a role's deck printed as notes pages by LibreOffice, a page a
slide, the slide's picture above what it really means.

The deck already carries its notes pages designed in its theme (see
:mod:`printworks.deck.notes_design`); this module only asks LibreOffice Impress to print them.
Impress is run headless with a profile of its own (so it never meets a running Impress), and
the PDF it writes is read back and written again with the deck's own metadata and an
identifier made from the deck, so the same deck gives the same bytes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from printworks.errors import RenderError
from printworks.impose import write_pdf

# Impress's PDF export, notes pages only (the filter's options as JSON, LibreOffice 7.4 on)
FILTER = (
    'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},'
    '"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}'
)
INSTALL = (
    "printworks handout needs LibreOffice Impress to print the notes pages: install it "
    "(Debian/Ubuntu: apt-get install libreoffice-impress-nogui; macOS: brew install "
    "--cask libreoffice), then run this again"
)
TIMEOUT = 300  # seconds: a long deck on a slow machine takes well under a minute


class HandoutError(RenderError):
    """The handout could not be printed; nothing was written."""


def soffice() -> str | None:
    """LibreOffice's command, when it is installed."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    mac = "/Applications/LibreOffice.app/Contents/MacOS/soffice"
    return found or (mac if os.access(mac, os.X_OK) else None)


def print_handout(deck: bytes, command: str | None = None) -> bytes:
    """The notes pages of ``deck`` (the bytes of a .pptx) as the bytes of a PDF."""
    command = command or soffice()
    if command is None:
        raise HandoutError(INSTALL)
    with tempfile.TemporaryDirectory(prefix="printworks-handout-") as work:
        folder = Path(work)
        source = folder / "deck.pptx"
        source.write_bytes(deck)
        args = [
            command,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            FILTER,
            "--outdir",
            str(folder / "out"),
            str(source),
        ]
        try:
            done = subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise HandoutError(f"LibreOffice could not print the notes pages: {exc}") from None
        printed = folder / "out" / "deck.pdf"
        if not printed.is_file() or not printed.stat().st_size:
            said = " ".join((done.stderr or done.stdout or "no output").split())[:300]
            raise HandoutError(f"LibreOffice could not print the notes pages: {said}")
        return _steady(printed.read_bytes(), deck)


def _steady(pdf: bytes, deck: bytes) -> bytes:
    """``pdf`` written again with no dates of its own and an identifier made from ``deck``."""
    reader = PdfReader(BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    return write_pdf(writer, reader, hashlib.sha256(deck).digest(), "handout")
