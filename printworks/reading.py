"""Reading a file of the roles folder the safe way: a regular file only (never blocking on a
FIFO, never reading a device), and never more than a role file may hold."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from printworks.errors import RoleNotFound

MAX_FILE_BYTES = 2_000_000  # a role file is a few kilobytes; this is a thousand times that


def read_role_file(path: Path) -> bytes:
    """The bytes of the role file ``path``; never blocks on a FIFO, never reads a device."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise RoleNotFound(f"{path}: cannot read: {reason(exc)}") from None
    try:
        kind = kind_of(os.fstat(fd).st_mode)
        if kind:
            raise RoleNotFound(f"{path}: is {kind}, not a role file")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise RoleNotFound(f"{path}: cannot read: {reason(exc)}") from None
    finally:
        os.close(fd)


def reason(exc: OSError) -> str:
    """Why ``exc`` happened, as a line says it."""
    return (exc.strerror or str(exc)).lower()


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is (a folder, a FIFO...), or None."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (a named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"
