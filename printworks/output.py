"""Writing output files: atomically, and with a reproducible date."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from printworks.errors import PrintworksError


class OutputNameError(PrintworksError):
    """An output file named for another kind of file than the command writes."""


def expect_suffix(path: Path, suffix: str, what: str) -> Path:
    """``path``, if its name ends in ``suffix`` (``.pdf``); else an error naming the fix."""
    if path.suffix.lower() != suffix:
        mended = path.with_suffix(suffix) if path.suffix else path.with_name(path.name + suffix)
        raise OutputNameError(f"{path}: {what}, so its name must end in {suffix}: use -o {mended}")
    return path


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    A failure leaves no partial file behind and never touches a file already at ``path``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def source_date() -> datetime | None:
    """The date ``SOURCE_DATE_EPOCH`` gives, or None when it is not set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return datetime.fromtimestamp(int(epoch), tz=UTC) if epoch.isdigit() else None


def build_date() -> datetime:
    """The date stamped into outputs: ``SOURCE_DATE_EPOCH`` when set, else the Unix epoch.

    A fixed fallback keeps outputs byte-identical across runs by default.
    """
    return source_date() or datetime.fromtimestamp(0, tz=UTC)
