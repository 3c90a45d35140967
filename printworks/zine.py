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
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

from printworks.errors import PrintworksError
from printworks.issue import Issue, read_issue
from printworks.layout import Layouts
from printworks.loader import SUFFIX, load_role, role_paths
from printworks.model import Role
from printworks.output import write_atomic

ORDER_FILE = "order.txt"
CACHE_FILE = ".printworks-cache.json"
ZINE_FILE = "zine.pdf"
BOOKLET_FILE = "zine-booklet.pdf"
PRINT_FILE = "zine-print.pdf"
MINI_SUFFIX = "-mini.pdf"


@dataclass(frozen=True)
class ZineOptions:
    """What the zine is made with; every field is part of the cache key.

    ``creep`` None is computed from the booklet's sheet count and the imposition layout's
    paper thickness; ``date`` is the build date (None: none). ``for_print`` adds the print
    shop's edition (``bleed`` None: the layout's; ``cmyk``: in the CMYK palette); ``mini``
    adds each role's one-sheet mini-zine.
    """

    page_size: str = "a5"
    grayscale: bool = False
    creep: str | None = None
    crop_marks: bool = False
    date: datetime | None = None
    for_print: bool = False
    bleed: str | None = None
    cmyk: bool = False
    mini: bool = False

    def sheet(self, layouts: Layouts) -> str:
        """The sheet the zine is folded from; single case files print on it too."""
        from printworks.impose import sheet_for

        return sheet_for(layouts.imposition, self.page_size)

    def key(self) -> str:
        """These options as text, for the cache key."""
        fields = asdict(self)
        fields["date"] = self.date.isoformat() if self.date else None
        return json.dumps(fields, sort_keys=True)


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
    print_edition: Path | None = None
    zine_status: str = "skipped"  # built | cached | skipped
    zine_pages: int = 0
    zine_error: str = ""
    sheets: int = 0
    creep_mm: float = 0.0
    preflight: list[tuple[str, str, bool]] = field(default_factory=list)
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
def code_digest() -> str:
    """A digest of printworks' own code: a changed program never serves an old output."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _inputs_digest(layouts: Layouts) -> str:
    """A digest of everything besides the role that shapes an output: code, layouts, fonts."""
    return _digest(code_digest(), layouts.digest())


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


def _render_role(
    role: Role, source: str, outdir: Path, layouts: Layouts, options: ZineOptions
) -> RoleResult:
    """Worker: render one (validated) role's case file and deck into ``outdir``."""
    started = time.perf_counter()
    result = RoleResult(slug=role.slug, source=source)
    try:
        from printworks.casefile import CasefileOptions, render_casefile
        from printworks.deck import DeckOptions, render_deck

        sheet = options.sheet(layouts)
        casefile = CasefileOptions(sheet, options.grayscale, options.date)
        pdf = render_casefile(role, layouts, casefile)
        pptx = render_deck(role, layouts, DeckOptions(date=options.date))
        if options.mini:
            from printworks.minizine import MiniOptions, render_minizine

            mini = MiniOptions(sheet, options.grayscale, options.date)
            write_atomic(outdir / f"{role.slug}{MINI_SUFFIX}", render_minizine(role, layouts, mini))
        write_atomic(outdir / f"{role.slug}.pdf", pdf)
        write_atomic(outdir / f"{role.slug}.pptx", pptx)
        result.pages, result.slides = _count_pages(pdf), _count_slides(pptx)
    except PrintworksError as exc:
        result.status, result.error = "failed", f"{source}: {exc}"
    except Exception as exc:  # a renderer bug must not sink the batch either
        result.status, result.error = "failed", f"{source}: internal error: {exc!r}"
    result.seconds = time.perf_counter() - started
    return result


@dataclass
class _ZineResult:
    pages: int = 0
    error: str = ""
    sheets: int = 0
    creep_mm: float = 0.0
    preflight: list[tuple[str, str, bool]] = field(default_factory=list)


def _render_zine(
    roles: list[Role], outdir: Path, layouts: Layouts, options: ZineOptions, issue: Issue
) -> _ZineResult:
    """Worker: the reader's copy of every role, and the printer's copy imposed from it."""
    try:
        from printworks.casefile import CasefileOptions, render_collection
        from printworks.impose import creep_for, impose, points, sheets_for

        casefile = CasefileOptions(options.page_size, options.grayscale, options.date)
        reader_copy = render_collection(roles, layouts, casefile, issue)
        pages = _count_pages(reader_copy)
        creep = points(options.creep) if options.creep else creep_for(layouts.imposition, pages)
        printer_copy = impose(
            reader_copy,
            layouts.imposition,
            sheet=options.sheet(layouts),
            creep=f"{creep}pt",
            crop_marks=options.crop_marks,
        )
        result = _ZineResult(pages=pages, sheets=sheets_for(pages), creep_mm=creep / MM)
        if options.for_print:
            result.preflight = _print_edition(roles, outdir, layouts, options, issue)
        write_atomic(outdir / ZINE_FILE, reader_copy)
        write_atomic(outdir / BOOKLET_FILE, printer_copy)
        return result
    except PrintworksError as exc:
        return _ZineResult(error=f"{outdir / ZINE_FILE}: {exc}")
    except Exception as exc:
        return _ZineResult(error=f"{outdir / ZINE_FILE}: internal error: {exc!r}")


MM = 72 / 25.4


def _print_edition(
    roles: list[Role], outdir: Path, layouts: Layouts, options: ZineOptions, issue: Issue
) -> list[tuple[str, str, bool]]:
    """The print shop's edition, written beside the zine; its preflight's findings."""
    from printworks.casefile import CasefileOptions, render_collection
    from printworks.preflight import preflight
    from printworks.press import press

    bleed = options.bleed or layouts.imposition.press.bleed
    casefile = CasefileOptions(
        options.page_size, options.grayscale, options.date, bleed=bleed, cmyk=options.cmyk
    )
    shop = press(
        render_collection(roles, layouts, casefile, issue), layouts.imposition, cmyk=options.cmyk
    )
    write_atomic(outdir / PRINT_FILE, shop)
    return preflight(shop).rows(bleed=True)


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
    layouts: Layouts | None = None,
) -> ZineReport:
    """Render every role in ``folder`` into ``outdir``, then ``zine.pdf`` and its booklet.

    Roles are validated here, so only good ones reach the workers. The zine is one of the
    workers' tasks too, started first since it is the longest, beside the single roles.
    """
    options = options or ZineOptions()
    layouts = layouts or Layouts()
    report = ZineReport()
    paths = ordered_role_paths(folder, report.warnings)
    try:
        issue: Issue | None = read_issue(folder)
    except PrintworksError as exc:  # the roles are still built; the zine cannot be
        issue, report.zine_error = None, str(exc)
    outdir.mkdir(parents=True, exist_ok=True)
    store = _Cache(outdir)
    settings = options.key()
    inputs = _inputs_digest(layouts)
    digests = {p.stem: _digest(p.read_bytes(), inputs, settings) for p in paths}
    zine, booklet, shop = outdir / ZINE_FILE, outdir / BOOKLET_FILE, outdir / PRINT_FILE
    zine_files = (zine, booklet, shop) if options.for_print else (zine, booklet)
    issued = issue.model_dump_json() if issue else ""
    zine_key = _digest(settings, issued, *(f"{p.stem}:{digests[p.stem]}" for p in paths))
    zine_entry = None if force or issue is None else store.hit("(zine)", zine_key, zine_files)

    def done(result: RoleResult) -> None:
        report.roles.append(result)
        if on_result:
            on_result(result)

    stale: list[Path] = []
    for path in paths:
        outputs: tuple[Path, ...] = (outdir / f"{path.stem}.pdf", outdir / f"{path.stem}.pptx")
        if options.mini:
            outputs += (outdir / f"{path.stem}{MINI_SUFFIX}",)
        entry = None if force else store.hit(path.stem, digests[path.stem], outputs)
        if entry:
            done(RoleResult(path.stem, str(path), "cached", entry["pages"], entry["slides"]))
        else:
            stale.append(path)

    # validate what will be rendered: every role when the zine is rebuilt, else the stale ones
    good: dict[str, Role] = {}
    for path in paths if zine_entry is None else stale:
        started = time.perf_counter()
        try:
            good[path.stem] = load_role(path)
        except PrintworksError as exc:
            if path in stale:
                done(RoleResult(path.stem, str(path), "failed", error=str(exc)))
                report.roles[-1].seconds = time.perf_counter() - started

    zine_roles = [good[p.stem] for p in paths if p.stem in good]
    zine_task = zine_roles if zine_entry is None and zine_roles and issue else None
    role_tasks = [(good[p.stem], str(p)) for p in stale if p.stem in good]
    for outcome in _run(zine_task, role_tasks, outdir, layouts, options, jobs, issue):
        if isinstance(outcome, RoleResult):
            if outcome.status != "failed":
                store.put(
                    outcome.slug, digests[outcome.slug], pages=outcome.pages, slides=outcome.slides
                )
            done(outcome)
        elif outcome.error:
            report.zine_error = outcome.error
        else:
            report.zine_status, report.zine_pages = "built", outcome.pages
            report.sheets, report.creep_mm = outcome.sheets, outcome.creep_mm
            report.preflight = outcome.preflight
            store.put(
                "(zine)",
                zine_key,
                pages=outcome.pages,
                sheets=outcome.sheets,
                creep_mm=outcome.creep_mm,
                preflight=outcome.preflight,
            )
    if zine_entry:
        report.zine_status, report.zine_pages = "cached", zine_entry["pages"]
        report.sheets, report.creep_mm = zine_entry.get("sheets", 0), zine_entry.get("creep_mm", 0)
        report.preflight = [tuple(row) for row in zine_entry.get("preflight", [])]
    if report.zine_status != "skipped":
        report.zine, report.booklet = zine, booklet
        report.print_edition = shop if options.for_print else None
    position = {p.stem: i for i, p in enumerate(paths)}
    report.roles.sort(key=lambda r: position[r.slug])
    store.save()
    return report


def _run(
    zine_roles: list[Role] | None,
    role_tasks: list[tuple[Role, str]],
    outdir: Path,
    layouts: Layouts,
    options: ZineOptions,
    jobs: int | None,
    issue: Issue | None = None,
) -> Iterator[RoleResult | _ZineResult]:
    """Each task's outcome as it finishes (in this process when one job is asked)."""
    count = len(role_tasks) + (zine_roles is not None)
    if not count:
        return
    jobs = max(1, min(jobs or os.cpu_count() or 1, count))
    if jobs == 1:
        if zine_roles is not None:
            yield _render_zine(zine_roles, outdir, layouts, options, issue or Issue())
        for role, source in role_tasks:
            yield _render_role(role, source, outdir, layouts, options)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = []
        if zine_roles is not None:
            futures.append(
                pool.submit(_render_zine, zine_roles, outdir, layouts, options, issue or Issue())
            )
        for role, source in role_tasks:
            futures.append(pool.submit(_render_role, role, source, outdir, layouts, options))
        for future in as_completed(futures):
            yield future.result()
