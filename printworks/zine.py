"""The zine: every role's case file and deck, built in parallel, then one booklet of them all.

The batch reads top to bottom as a pipeline: list the roles, render each one (in worker
processes, reusing what an earlier run already made from the same inputs), then combine the
good ones into ``zine.pdf`` and impose that as ``zine-booklet.pdf``. One bad role never sinks
the batch: it is reported, and everything else is built.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import time
import zipfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

from printworks import __version__
from printworks.errors import PrintworksError
from printworks.loader import SUFFIX, load_role, role_paths
from printworks.output import write_atomic
from printworks.resources import fonts_dir, layouts_dir

ORDER_FILE = "order.txt"
CACHE_FILE = ".printworks-cache.json"
ZINE_FILE = "zine.pdf"
BOOKLET_FILE = "zine-booklet.pdf"


@dataclass(frozen=True)
class ZineOptions:
    """What the zine is made with; every field is part of the cache key."""

    page_size: str = "a5"
    grayscale: bool = False
    creep: str = "0mm"
    crop_marks: bool = False

    @property
    def sheet(self) -> str:
        """The sheet the zine is folded from; single case files print on it too."""
        from printworks.impose import sheet_for

        return sheet_for(self.page_size)


@dataclass
class RoleResult:
    """What happened to one role: its outputs, or the problems that stopped it."""

    slug: str
    source: str
    status: str = "built"  # built | cached | failed
    pages: int = 0
    slides: int = 0
    seconds: float = 0.0
    error: str = ""


@dataclass
class ZineReport:
    roles: list[RoleResult] = field(default_factory=list)
    zine: Path | None = None
    booklet: Path | None = None
    zine_status: str = "skipped"  # built | cached | skipped
    zine_pages: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[RoleResult]:
        return [r for r in self.roles if r.status == "failed"]


def ordered_role_paths(folder: Path, warnings: list[str] | None = None) -> list[Path]:
    """The role files of ``folder`` in zine order: ``order.txt`` first (if any), then by slug."""
    paths = {p.stem: p for p in role_paths(folder)}
    order_file = folder / ORDER_FILE
    listed: list[str] = []
    if order_file.is_file():
        for number, line in enumerate(order_file.read_text(encoding="utf-8").splitlines(), 1):
            slug = line.split("#", 1)[0].strip()
            if not slug:
                continue
            if slug not in paths and warnings is not None:
                warnings.append(f"{order_file}:{number}:1: no role '{slug}{SUFFIX}' in {folder}")
            elif slug not in listed:
                listed.append(slug)
    rest = sorted(set(paths) - set(listed))
    return [paths[s] for s in listed if s in paths] + [paths[s] for s in rest]


@cache
def _inputs_digest() -> str:
    """A digest of everything besides the role that shapes an output: layouts, fonts, version."""
    digest = hashlib.sha256(__version__.encode())
    for root in (layouts_dir(), fonts_dir()):
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _digest(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def _count_pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _count_slides(pptx: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(pptx)) as archive:
        names = archive.namelist()
    return sum(n.startswith("ppt/slides/slide") and n.endswith(".xml") for n in names)


def _render_role(path: Path, outdir: Path, sheet: str, grayscale: bool) -> RoleResult:
    """Worker: validate and render one role's case file and deck into ``outdir``."""
    started = time.perf_counter()
    result = RoleResult(slug=path.stem, source=str(path))
    try:
        from printworks.casefile import render_casefile
        from printworks.deck import render_deck

        role = load_role(path)
        pdf = render_casefile(role, page_size=sheet, grayscale=grayscale)
        pptx = render_deck(role)
        write_atomic(outdir / f"{role.slug}.pdf", pdf)
        write_atomic(outdir / f"{role.slug}.pptx", pptx)
        result.pages, result.slides = _count_pages(pdf), _count_slides(pptx)
    except PrintworksError as exc:
        result.status, result.error = "failed", str(exc)
    except Exception as exc:  # a renderer bug must not sink the batch either
        result.status, result.error = "failed", f"{path}: internal error: {exc!r}"
    result.seconds = time.perf_counter() - started
    return result


class _Cache:
    """Digests of the inputs behind each output in OUTDIR, kept in a small JSON file."""

    def __init__(self, outdir: Path):
        self.path = outdir / CACHE_FILE
        try:
            self.entries: dict[str, dict] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.entries = {}

    def hit(self, key: str, digest: str, files: Iterable[Path]) -> dict | None:
        entry = self.entries.get(key)
        if entry and entry.get("digest") == digest and all(f.is_file() for f in files):
            return entry
        return None

    def put(self, key: str, digest: str, **facts: object) -> None:
        self.entries[key] = {"digest": digest, **facts}

    def save(self) -> None:
        data = json.dumps(self.entries, indent=1, sort_keys=True).encode()
        write_atomic(self.path, data)


def build_zine(
    folder: Path,
    outdir: Path,
    options: ZineOptions | None = None,
    *,
    jobs: int | None = None,
    force: bool = False,
    on_result: Callable[[RoleResult], None] | None = None,
) -> ZineReport:
    """Render every role in ``folder`` into ``outdir``, then ``zine.pdf`` and its booklet."""
    options = options or ZineOptions()
    report = ZineReport()
    paths = ordered_role_paths(folder, report.warnings)
    outdir.mkdir(parents=True, exist_ok=True)
    cache_ = _Cache(outdir)
    settings = json.dumps(asdict(options), sort_keys=True)
    digests = {p.stem: _digest(p.read_bytes(), _inputs_digest(), settings) for p in paths}

    todo: list[Path] = []
    for path in paths:
        slug = path.stem
        outputs = (outdir / f"{slug}.pdf", outdir / f"{slug}.pptx")
        entry = None if force else cache_.hit(slug, digests[slug], outputs)
        if entry:
            result = RoleResult(slug, str(path), "cached", entry["pages"], entry["slides"])
            report.roles.append(result)
            if on_result:
                on_result(result)
        else:
            todo.append(path)

    for result in _run(todo, outdir, options, jobs):
        report.roles.append(result)
        if result.status != "failed":
            cache_.put(result.slug, digests[result.slug], pages=result.pages, slides=result.slides)
        if on_result:
            on_result(result)
    position = {p.stem: i for i, p in enumerate(paths)}
    report.roles.sort(key=lambda r: position[r.slug])

    good = [Path(r.source) for r in report.roles if r.status != "failed"]
    zine, booklet = outdir / ZINE_FILE, outdir / BOOKLET_FILE
    if good:
        key = _digest(settings, *(digests[p.stem] for p in good))
        entry = None if force else cache_.hit("(zine)", key, (zine, booklet))
        if entry:
            report.zine_status, report.zine_pages = "cached", entry["pages"]
        else:
            from printworks.casefile import render_collection
            from printworks.impose import impose

            roles = [load_role(p) for p in good]
            reader_copy = render_collection(
                roles, page_size=options.page_size, grayscale=options.grayscale
            )
            printer_copy = impose(
                reader_copy, sheet=options.sheet, creep=options.creep, crop_marks=options.crop_marks
            )
            write_atomic(zine, reader_copy)
            write_atomic(booklet, printer_copy)
            report.zine_status, report.zine_pages = "built", _count_pages(reader_copy)
            cache_.put("(zine)", key, pages=report.zine_pages)
        report.zine, report.booklet = zine, booklet
    cache_.save()
    return report


def _run(paths: list[Path], outdir: Path, options: ZineOptions, jobs: int | None):
    """Each role's result as its worker finishes (in this process when one job is asked)."""
    if not paths:
        return
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(paths)))
    args = (outdir, options.sheet, options.grayscale)
    if jobs == 1:
        for path in paths:
            yield _render_role(path, *args)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_render_role, path, *args) for path in paths]
        for future in as_completed(futures):
            yield future.result()
