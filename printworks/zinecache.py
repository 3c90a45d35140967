"""What the zine keeps in OUTDIR beside its outputs: its cache (what it knows of each output:
the digest of its inputs, and of each file it wrote, in a small JSON file; an output is reused
only while both hold) and its lock (one run at a time writes into a folder)."""

from __future__ import annotations

import fcntl
import hashlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from printworks.errors import PrintworksError
from printworks.output import OutputError, write_atomic

CACHE_FILE = ".printworks-cache.json"
LOCK_FILE = ".printworks.lock"


class _Entry(BaseModel):
    """What the cache knows of one output's inputs and of the files it wrote."""

    model_config = ConfigDict(extra="forbid")

    digest: str
    outputs: dict[str, str]  # file name -> sha256 of the bytes written
    pages: int = 0
    slides: int = 0
    sheets: int = 0  # the zine's: the booklet's sheets, its creep, the print edition's preflight
    creep_mm: float = 0.0
    preflight: list[tuple[str, str, bool]] = []


class _CacheFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[2]
    entries: dict[str, _Entry]


SAVE_EVERY = 0.5  # seconds between two saves of the cache while a run goes on


class _Cache:
    """Digests of the inputs behind each output in OUTDIR and of the files written, kept in a
    small JSON file, saved as each output completes. An output is reused only while its
    inputs are the same and its files still hold the very bytes that were written."""

    def __init__(self, outdir: Path, warnings: list[str]):
        self.outdir = outdir
        self.path = outdir / CACHE_FILE
        self.entries: dict[str, _Entry] = {}
        self.error = ""
        self.unsaved, self.saved = False, time.monotonic()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            reason = (exc.strerror or str(exc)).lower()
            warnings.append(f"{self.path}: cannot read the cache ({reason}); rebuilding")
            return
        try:
            self.entries = _CacheFile.model_validate_json(raw).entries
        except ValueError:
            warnings.append(f"{self.path}: not a cache this printworks wrote; rebuilding")

    def hit(self, key: str, digest: str) -> _Entry | None:
        entry = self.entries.get(key)
        if entry is None or entry.digest != digest:
            return None
        for name, sha in entry.outputs.items():
            try:
                if hashlib.sha256((self.outdir / name).read_bytes()).hexdigest() != sha:
                    return None
            except OSError:
                return None
        return entry

    def put(self, key: str, entry: _Entry) -> None:
        """Record ``entry``; the cache is saved at most every :data:`SAVE_EVERY` seconds
        (a thousand roles would otherwise write the whole file a thousand times) and by
        :meth:`flush` when the run ends, Ctrl-C too: an interrupted run keeps what it finished.
        """
        self.entries[key] = entry
        self.unsaved = True
        if time.monotonic() - self.saved >= SAVE_EVERY:
            self.flush()

    def flush(self) -> None:
        """Save the cache, if anything is unsaved.

        A cache that cannot be saved costs the next run some time, never this run its
        outputs: the failure is kept in ``error`` for the report.
        """
        if not self.unsaved:
            return
        self.unsaved, self.saved = False, time.monotonic()
        data = _CacheFile(version=2, entries=self.entries).model_dump_json(indent=1)
        try:
            write_atomic(self.path, data.encode())
        except OutputError as exc:
            self.error = self.error or f"{exc}; the next run will rebuild what it cannot check"


class Busy(PrintworksError):
    """Another zine run holds the output folder."""


@contextmanager
def _locked(outdir: Path) -> Iterator[None]:
    """Hold ``outdir`` for this run: one zine run at a time writes into a folder."""
    path = outdir / LOCK_FILE
    try:
        handle = open(path, "a+b")  # noqa: SIM115 - held open for the whole run
    except OSError as exc:
        raise OutputError(f"{path}: {(exc.strerror or str(exc)).lower()}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise Busy(
                f"{outdir}: another printworks zine is writing here; wait for it to finish, "
                "or give another --outdir"
            ) from None
        yield
    finally:
        handle.close()
