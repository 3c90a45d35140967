"""The zine: every role's case file and deck, built in parallel, then one booklet of them all.

The batch reads top to bottom as a pipeline: list the roles, render each one (in worker
processes, reusing what an earlier run already made from the same inputs), then combine the
good ones into ``zine.pdf`` and impose that as ``zine-booklet.pdf``. One bad role never sinks
the batch: it is reported, and everything else is built.
"""

from __future__ import annotations

import gc
import hashlib
import io
import json
import os
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

from printworks import lineup, workers
from printworks.drafts import stamped
from printworks.errors import PrintworksError, RoleInvalid
from printworks.issue import Issue, read_issue
from printworks.layout import Layouts
from printworks.lineup import ORDER_FILE, ordered_role_paths  # noqa: F401 - the zine's too
from printworks.loader import RoleFile, folder_problems, read_role
from printworks.model import Role
from printworks.output import OutputError, remove_stale, write_atomic
from printworks.workers import Task

# The engines (ReportLab, python-pptx, pypdf) are imported in the functions that run them: a
# worker loads them once (_load_renderers), and the parent, which reads roles and reports, never.
from printworks.zinecache import (  # noqa: F401 - its files, and the run it may meet
    CACHE_FILE,
    LOCK_FILE,
    Busy,
    _Cache,
    _Entry,
    _locked,
)

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
    drafts: bool = False  # the drafts go in too, stamped DRAFT

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
    outputs: dict[str, str] = field(default_factory=dict)  # file name -> sha256 written


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
    errors: list[str] = field(default_factory=list)  # output errors beside the roles' own
    notes: list[str] = field(default_factory=list)  # drafts left out, old outputs cleared

    @property
    def failed(self) -> list[RoleResult]:
        return [r for r in self.roles if r.status == "failed"]


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
    """The pages of a PDF printworks wrote, from its page tree's count: no page is read (a
    thousand roles' reader's copy: 0.2 s, where reading every page took 2.3 s)."""
    from pypdf import PdfReader

    return int(PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Pages"]["/Count"])


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
        files = [(f"{role.slug}.pdf", pdf), (f"{role.slug}.pptx", pptx)]
        if options.mini:
            from printworks.minizine import MiniOptions, render_minizine

            mini = MiniOptions(sheet, options.grayscale, options.date)
            files.append((f"{role.slug}{MINI_SUFFIX}", render_minizine(role, layouts, mini)))
        for name, data in files:
            write_atomic(outdir / name, data)
            result.outputs[name] = hashlib.sha256(data).hexdigest()
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
    outputs: dict[str, str] = field(default_factory=dict)
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
        files = [(ZINE_FILE, reader_copy), (BOOKLET_FILE, printer_copy)]
        if options.for_print:
            shop = _print_edition(roles, layouts, options, issue)
            result.preflight = _preflight(shop, layouts)
            files.append((PRINT_FILE, shop))
        for name, data in files:
            write_atomic(outdir / name, data)
            result.outputs[name] = hashlib.sha256(data).hexdigest()
        return result
    except PrintworksError as exc:
        return _ZineResult(error=f"{outdir / ZINE_FILE}: {exc}")
    except Exception as exc:
        return _ZineResult(error=f"{outdir / ZINE_FILE}: internal error: {exc!r}")
    finally:  # ReportLab's document is a web of cycles (a text object's bound methods, its
        # pages' references): freed now, so the roles this worker makes next reuse its memory
        # rather than adding theirs on top (1,000 roles: the worker's peak 726 -> 505 MB)
        gc.collect()


MM = 72 / 25.4


def _print_edition(
    roles: list[Role], layouts: Layouts, options: ZineOptions, issue: Issue
) -> bytes:
    """The print shop's edition: every page single, with its bleed, on a sheet with marks; in
    CMYK (PDF/X asks for it), with the layout's output intent."""
    from printworks.casefile import CasefileOptions, render_collection
    from printworks.press import output_profile, press

    bleed = options.bleed or layouts.imposition.press.bleed
    casefile = CasefileOptions(
        options.page_size, options.grayscale, options.date, bleed=bleed, cmyk=True
    )
    collection = render_collection(roles, layouts, casefile, issue)
    profile = output_profile(layouts.folder, layouts.imposition)
    return press(collection, layouts.imposition, profile=profile, when=options.date)


def _preflight(shop: bytes, layouts: Layouts) -> list[tuple[str, str, bool]]:
    """What the print edition's preflight found, a row a check."""
    from printworks.preflight import preflight

    limits = layouts.imposition.press.pdfx.limits
    return preflight(shop, limits).rows(bleed=True, limits=limits)


class Interrupted(PrintworksError):
    """Ctrl-C stopped the batch; ``report`` holds what was finished (and is kept)."""

    def __init__(self, report: ZineReport, total: int):
        self.report, self.total = report, total
        done = sum(r.status != "failed" for r in report.roles)
        super().__init__(
            f"interrupted: {done} of {total} roles done and kept; run again to finish the rest"
        )


def build_zine(
    folder: Path,
    outdir: Path,
    options: ZineOptions | None = None,
    *,
    jobs: int | None = None,
    force: bool = False,
    on_result: Callable[[RoleResult], None] | None = None,
    on_read: Callable[[RoleFile], None] | None = None,
    layouts: Layouts | None = None,
) -> ZineReport:
    """Render every role in ``folder`` into ``outdir``, then ``zine.pdf`` and its booklet.

    Roles are validated here, so only good ones reach the workers; ``on_read`` is given each
    good role file rendered now, as it is read (each is read once, and let go after). The
    zine is one of the workers' tasks too, started first since it is the longest, beside the
    single roles.
    One run at a time writes into ``outdir``; what a killed run left half-written is cleared
    first; each output is recorded in the cache as it completes, so Ctrl-C
    (:class:`Interrupted`) loses nothing that was finished.
    """
    options = options or ZineOptions()
    layouts = layouts or Layouts()
    report = ZineReport()
    everyone = ordered_role_paths(folder, report.warnings)
    paths, drafts = lineup.left_out(everyone, options.drafts)
    report.notes += [lineup.draft_line(p) for p in drafts]
    report.warnings += [str(p) for p in folder_problems(folder)]
    clashing = lineup.clashes(paths)
    paths = [p for p in paths if p not in clashing]
    try:
        issue: Issue | None = read_issue(folder)
    except PrintworksError as exc:  # the roles are still built; the zine cannot be
        issue, report.zine_error = None, str(exc)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocker = next((p for p in (outdir, *outdir.parents) if p.exists()), outdir)
        reason = (
            f"{blocker} is a file, not a folder"
            if blocker.is_file()
            else (exc.strerror or str(exc)).lower()
        )
        raise OutputError(f"{outdir}: {reason}") from None
    with _locked(outdir):
        remove_stale(outdir)
        store = _Cache(outdir, [])
        slugs = {p.stem for p in everyone}
        for gone in lineup.clear_gone(outdir, slugs, store.entries):
            report.notes.append(f"{gone}: its role is no longer in {folder}; removed")
            store.unsaved = True
        store.flush()
        for path, problems in clashing.items():
            error = "\n".join(str(p) for p in lineup.with_own_errors(path, problems))
            report.roles.append(RoleResult(path.stem, str(path), "failed", error=error))
            if on_result:
                on_result(report.roles[-1])
        try:
            _build(paths, issue, outdir, options, jobs, force, on_result, on_read, layouts, report)
            order = {p.stem: i for i, p in enumerate(everyone)}
            report.roles.sort(key=lambda r: order.get(r.slug, -1))
        except KeyboardInterrupt:
            raise Interrupted(report, len(paths)) from None
    return report


def _build(
    paths: list[Path],
    issue: Issue | None,
    outdir: Path,
    options: ZineOptions,
    jobs: int | None,
    force: bool,
    on_result: Callable[[RoleResult], None] | None,
    on_read: Callable[[RoleFile], None] | None,
    layouts: Layouts,
    report: ZineReport,
) -> None:
    store = _Cache(outdir, report.warnings)
    try:
        settings = options.key()
        inputs = _inputs_digest(layouts)
        digests = {p.stem: _digest(p.read_bytes(), inputs, settings) for p in paths}
        zine, booklet = outdir / ZINE_FILE, outdir / BOOKLET_FILE
        issued = issue.model_dump_json() if issue else ""
        zine_key = _digest(settings, issued, *(f"{p.stem}:{digests[p.stem]}" for p in paths))
        zine_entry = None if force or issue is None else store.hit("(zine)", zine_key)

        def done(result: RoleResult) -> None:
            report.roles.append(result)
            if on_result:
                on_result(result)

        stale: list[Path] = []
        for path in paths:
            entry = None if force else store.hit(path.stem, digests[path.stem])
            if entry:
                done(RoleResult(path.stem, str(path), "cached", entry.pages, entry.slides))
            else:
                stale.append(path)

        # the workers start up (and load the renderers) while the roles are read here; started
        # before the roles are read, none of them inherits the memory that reading takes
        wanted = len(stale) + (zine_entry is None and issue is not None)
        count = max(1, min(jobs or os.cpu_count() or 1, wanted or 1))
        with workers.Pool(count, _load_renderers) as pool:
            good = _validate(paths if zine_entry is None else stale, stale, done, on_read)
            good = {slug: stamped(role) if role.draft else role for slug, role in good.items()}
            zine_roles = [good[p.stem] for p in paths if p.stem in good]
            tasks = []
            if zine_entry is None and zine_roles and issue is not None:
                zine_args = (zine_roles, outdir, layouts, options, issue)
                tasks.append(Task("(zine)", _render_zine, zine_args))
            for path in stale:
                if path.stem in good:
                    args = (good[path.stem], str(path), outdir, layouts, options)
                    tasks.append(Task(path.stem, _render_role, args))
            for task, outcome in pool.run(tasks):
                if task.key == "(zine)":
                    _zine_done(report, store, zine_key, zine, outcome)
                    continue
                if not isinstance(outcome, RoleResult):
                    source = str(task.args[1])
                    outcome = RoleResult(
                        task.key, source, "failed", error=f"{source}: {_failure(outcome)}"
                    )
                elif outcome.status != "failed":
                    entry = _Entry(
                        digest=digests[outcome.slug],
                        outputs=outcome.outputs,
                        pages=outcome.pages,
                        slides=outcome.slides,
                    )
                    store.put(outcome.slug, entry)
                done(outcome)
        if zine_entry:
            report.zine_status, report.zine_pages = "cached", zine_entry.pages
            report.sheets, report.creep_mm = zine_entry.sheets, zine_entry.creep_mm
            report.preflight = [tuple(row) for row in zine_entry.preflight]
        if report.zine_status != "skipped":
            report.zine, report.booklet = zine, booklet
            report.print_edition = outdir / PRINT_FILE if options.for_print else None
        position = {p.stem: i for i, p in enumerate(paths)}
        report.roles.sort(key=lambda r: position.get(r.slug, -1))
    finally:  # what was finished is kept, however the run ends
        store.flush()
    report.errors += [store.error] if store.error else []


def _validate(
    paths: list[Path],
    stale: list[Path],
    done: Callable[[RoleResult], None],
    on_read: Callable[[RoleFile], None] | None,
) -> dict[str, Role]:
    """The good roles of ``paths``, by slug; a stale one that is not good is done (failed),
    a good stale one's file handed to ``on_read``."""
    good: dict[str, Role] = {}
    rendered = set(stale)
    for path in paths:
        started = time.perf_counter()
        try:
            file = read_role(path)
            if file.role is None:
                raise RoleInvalid(file.errors)
        except PrintworksError as exc:
            if path in rendered:
                seconds = time.perf_counter() - started
                done(RoleResult(path.stem, str(path), "failed", seconds=seconds, error=str(exc)))
            continue
        good[path.stem] = file.role
        if path in rendered and on_read:
            on_read(file)
    return good


def _load_renderers() -> None:
    """A worker's first job: import what rendering needs, while the parent reads the roles."""
    import printworks.casefile.collection
    import printworks.deck.builder  # noqa: F401


def _zine_done(report: ZineReport, store: _Cache, key: str, zine: Path, outcome: object) -> None:
    if isinstance(outcome, _ZineResult) and not outcome.error:
        report.zine_status, report.zine_pages = "built", outcome.pages
        report.sheets, report.creep_mm = outcome.sheets, outcome.creep_mm
        report.preflight = outcome.preflight
        entry = _Entry(
            digest=key,
            outputs=outcome.outputs,
            pages=outcome.pages,
            sheets=outcome.sheets,
            creep_mm=outcome.creep_mm,
            preflight=outcome.preflight,
        )
        store.put("(zine)", entry)
    elif isinstance(outcome, _ZineResult):
        report.zine_error = outcome.error
    else:
        report.zine_error = f"{zine}: {_failure(outcome)}"


def _failure(outcome: object) -> str:
    """A worker's failure in a line: it died (and how), or its code raised (what)."""
    if isinstance(outcome, workers.Died):
        return f"the worker rendering it died ({outcome.reason}); nothing of it was written"
    if isinstance(outcome, workers.Crashed):
        return f"internal error: {outcome.error}"
    return f"internal error: unexpected result {outcome!r}"
