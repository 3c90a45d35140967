"""Writing output files: atomically, with every failure one plain line; the build date.

A file is written to a temporary name beside it and renamed over the old one only once it is
whole, so a failure (a full disk, a signal) leaves the previous file as it was and no partial
one. The temporary names are ``.<name>.<random>.tmp``; :func:`remove_stale` clears those a
killed run left behind.
"""

from __future__ import annotations

import errno
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from printworks.errors import PrintworksError

SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"
_LATEST = 253402300799  # 9999-12-31 23:59:59 UTC, the last second a date can print
EPOCH = datetime.fromtimestamp(0, tz=UTC)  # the date of an output made with no build date


class OutputError(PrintworksError):
    """An output that could not be written; what was there before is untouched."""


class OptionError(PrintworksError):
    """An option or environment value that cannot be used."""


def _reason(exc: OSError, path: Path) -> str:
    """Why writing ``path`` failed, in plain words."""
    if exc.errno == errno.ENOTDIR or (exc.errno == errno.EEXIST and not path.parent.is_dir()):
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), path.parent)
        return f"{blocker} is a file, not a folder"
    if exc.errno == errno.EISDIR:
        return "is a folder, not a file"
    if exc.errno == errno.ENOSPC:
        return "no space left on device"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()


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

    A failure raises :class:`OutputError` naming the path and the reason; it leaves no partial
    file behind and never touches a file already at ``path``.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: {_reason(exc, path)}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        kept = f"; the previous {path.name} is kept" if path.is_file() else ""
        raise OutputError(f"{path}: {_reason(exc, path)}{kept}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def remove_stale(folder: Path) -> list[Path]:
    """Remove the temporary files a killed write left in ``folder``; the ones removed."""
    removed = []
    try:
        candidates = list(folder.glob(".*.tmp"))
    except OSError:
        return removed
    for path in candidates:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed


def source_date(environ: dict[str, str] | None = None) -> datetime | None:
    """The date ``SOURCE_DATE_EPOCH`` gives, or None when it is not set (or set empty).

    A value that is not a whole number of seconds between 1970 and the year 9999 is an
    :class:`OptionError` that names the variable.
    """
    raw = (os.environ if environ is None else environ).get(SOURCE_DATE_EPOCH, "").strip()
    if not raw:
        return None
    if not raw.isdigit() or int(raw) > _LATEST:
        raise OptionError(
            f"{SOURCE_DATE_EPOCH}={raw!r}: not a build date; give whole seconds since "
            "1970-01-01 UTC (e.g. 1700000000 for 14 Nov 2023), or unset it"
        )
    return datetime.fromtimestamp(int(raw), tz=UTC)


def pdf_date(when: datetime | None) -> str:
    """``when`` (the epoch when there is no build date) as a PDF date string, in UTC."""
    return (when or EPOCH).strftime("D:%Y%m%d%H%M%S+00'00'")
