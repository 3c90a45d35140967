"""What is built from a file's bytes, kept between runs in the user's cache folder.

A layout file is read into a validated model by every command, and what is built never
changes while the file, printworks and its libraries stay the same: so the model is kept,
pickled, under a digest of all of them, and the next run reads it back instead of parsing
and validating again (and need not build the model classes' validators at all). Anything
amiss with a kept file (unreadable, cut short, from another version) is ignored and the value
built afresh; a value that cannot be kept (a full disk, a read-only home) is simply not kept.

The folder is ``$PRINTWORKS_CACHE`` if set (empty: keep nothing), else
``$XDG_CACHE_HOME/printworks``, else ``~/.cache/printworks``. It holds only what printworks
wrote there itself; like any cache of pickles it must not be writable by anyone else.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TypeVar

import pydantic
import pydantic_core

from printworks.resources import fonts_dir

T = TypeVar("T")
ENV = "PRINTWORKS_CACHE"
KEEP = 64  # files kept; the oldest go when there are more
_PACKAGE = Path(__file__).resolve().parent


def folder() -> Path | None:
    """The cache folder (None: keep nothing)."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "printworks" if os.path.isabs(base) else None


@cache
def _stamp() -> bytes:
    """What every kept value also depends on: this printworks (each module's file as it is
    now), the fonts it ships (a layout names them), Python and the libraries it validates with."""
    digest = hashlib.sha256()
    for version in (sys.version, pydantic.VERSION, pydantic_core.__version__):
        digest.update(version.encode() + b"\0")
    for root, ending in ((str(_PACKAGE), ".py"), (str(fonts_dir()), "")):
        for path, stat in sorted(_files(root, ending)):
            line = f"{path[len(root) :]}\0{stat.st_size}\0{stat.st_mtime_ns}\0"
            digest.update(line.encode())
    return digest.digest()


def _files(folder: str, ending: str) -> Iterator[tuple[str, os.stat_result]]:
    """Each file under ``folder`` whose name ends in ``ending``, with its stat."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    yield from _files(entry.path, ending)
            elif entry.name.endswith(ending):
                yield entry.path, entry.stat()


def kept(kind: str, data: bytes, build: Callable[[], T]) -> T:
    """``build()``, the value made of ``data`` (for ``kind``: what is built and how), read
    back from the cache when a run before made it of the same bytes with the same code."""
    where = folder()
    if where is None:
        return build()
    key = hashlib.sha256(_stamp() + kind.encode() + b"\0" + data).hexdigest()
    path = where / f"{key}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # not kept yet, or not as this printworks reads it: build it
        pass
    value = build()
    _keep(where, path, value)
    return value


def _keep(where: Path, path: Path, value: object) -> None:
    """``value`` pickled at ``path``, whole or not at all; the oldest files beyond KEEP gone."""
    try:
        where.mkdir(parents=True, exist_ok=True)
        handle, spare = tempfile.mkstemp(dir=where, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(spare, path)
        except BaseException:
            os.unlink(spare)
            raise
        files = sorted(where.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns)
        for old in files[:-KEEP]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass  # not kept: the next run builds it again
