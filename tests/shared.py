"""What a whole test run shares, whichever pytest-xdist worker asks first: expensive results made
once (kept on disk under a lock, the others read them), and one LibreOffice Impress that
converts each distinct file once a run, in as few starts as the callers allow."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

try:  # a lock between workers; where there is no fcntl (Windows) each worker makes its own
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None


FOLDER: Path | None = None  # the run's shared folder, set by conftest for the session


def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder every worker of this run shares: the workers' base temp's parent under xdist
    (pytest removes it with the run's other temporary folders), the base temp alone otherwise."""
    base = tmp_path_factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = root / "shared"
    folder.mkdir(exist_ok=True)
    return folder


@contextmanager
def locked(folder: Path, name: str) -> Iterator[None]:
    """Held by one worker at a time (every worker of the run sees the same ``folder``)."""
    with open(folder / f"{name}.lock", "w") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_UN)


def once(folder: Path, name: str, make: Callable[[], Any]) -> Any:
    """``make()``'s value, made by the first worker to ask and read back by the others."""
    kept = folder / f"{name}.pickle"
    with locked(folder, name):
        if kept.is_file():
            return pickle.loads(kept.read_bytes())
        value = make()
        spare = kept.with_suffix(".part")
        spare.write_bytes(pickle.dumps(value))
        os.replace(spare, kept)
        return value


_casefiles: dict[tuple[str, str], bytes] = {}
_decks: dict[str, bytes] = {}


def render_shipped_decks() -> dict[str, bytes]:
    """Every shipped role's deck in its own theme, by slug."""
    from printworks.deck import render_deck
    from printworks.loader import load_role
    from tests.conftest import ROLES

    return {path.stem: render_deck(load_role(path)) for path in sorted(ROLES.glob("*.yaml"))}


def shipped_deck(slug: str) -> bytes:
    """The deck of the shipped role ``slug`` (as ``printworks deck`` makes it): the run's one
    render of it (conftest's ``shipped_decks``)."""
    if not _decks:
        made = render_shipped_decks() if FOLDER is None else None
        _decks.update(made or once(FOLDER, "shipped_decks", render_shipped_decks))
    return _decks[slug]


def shipped_casefile(slug: str, size: str = "a4") -> bytes:
    """The case file of the shipped role ``slug`` at ``size`` (as ``printworks pdf`` makes it):
    rendered once a run, by whichever worker asks first, and shared by every test that reads
    it."""
    if (slug, size) not in _casefiles:

        def make() -> bytes:
            from printworks.loader import load_role
            from tests.conftest import ROLES, casefile

            return casefile(load_role(ROLES / f"{slug}.yaml"), size)

        _casefiles[slug, size] = make() if FOLDER is None else once(FOLDER, f"{slug}.{size}", make)
    return _casefiles[slug, size]


class Impress:
    """LibreOffice Impress, headless, for the run: ``convert`` turns files into another format,
    each distinct file (by its bytes and the target) once a run, every file it is given that is
    not yet converted in ONE start; one profile for all starts, made once."""

    def __init__(self, folder: Path):
        self.folder = folder / "impress"
        self.folder.mkdir(exist_ok=True)
        self.starts = 0  # how many times this one started LibreOffice (tests/test_shared.py)

    @staticmethod
    def require(*tools: str) -> None:
        """Skip the test when LibreOffice (or another tool it reads the output with) is absent."""
        missing = [tool for tool in ("soffice", *tools) if not shutil.which(tool)]
        if missing:
            pytest.skip(f"not installed: {', '.join(missing)} (LibreOffice, poppler)")

    def convert(self, files: dict[str, bytes], to: str = "pdf", timeout: float = 900):
        """Each file (name with its suffix -> bytes) converted ``--convert-to to``: the path
        of each result, by name."""
        self.require()
        ext = to.split(":")[0]
        keys = {}
        for name, data in files.items():
            digest = hashlib.sha256(data + b"\0" + to.encode()).hexdigest()[:32]
            keys[name] = (digest, Path(name).suffix)
        done = {name: self.folder / f"{digest}.{ext}" for name, (digest, _) in keys.items()}
        with locked(self.folder, "soffice"):
            todo = {digest: suffix for name, (digest, suffix) in keys.items()}
            todo = {d: s for d, s in todo.items() if not (self.folder / f"{d}.{ext}").is_file()}
            if todo:
                self._start(todo, files, keys, to, ext, timeout)
        return done

    def _start(self, todo, files, keys, to: str, ext: str, timeout: float) -> None:
        batch = self.folder / f"batch-{os.getpid()}-{self.starts}"
        (batch / "out").mkdir(parents=True)
        sources = []
        for name, (digest, suffix) in keys.items():
            if digest in todo and digest not in {Path(s).stem for s in sources}:
                source = batch / f"{digest}{suffix}"
                source.write_bytes(files[name])
                sources.append(str(source))
        profile = f"-env:UserInstallation={(self.folder / 'profile').as_uri()}"
        args = ["soffice", profile, "--headless", "--norestore", "--convert-to", to]
        subprocess.run(
            [*args, "--outdir", str(batch / "out"), *sources],
            check=True,
            capture_output=True,
            timeout=timeout,
        )
        self.starts += 1
        for digest in todo:
            made = batch / "out" / f"{digest}.{ext}"
            assert made.is_file(), f"LibreOffice made no {ext} of {digest}"
            os.replace(made, self.folder / f"{digest}.{ext}")
        shutil.rmtree(batch)


def pdf_pages(pdf: Path) -> int:
    """How many pages a PDF has, as poppler counts them."""
    import re

    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout)[1])
