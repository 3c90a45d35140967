"""``printworks watch``: one role rendered again on every save, in a process kept warm.

The loop reads top to bottom: render once, then wait for a save of the role file, of a layout
or of a font it is drawn with (an editor's save-and-rename counts once), and render again.
Fonts, layouts and templates stay loaded between renders, so a save of the seed role is a
new PDF in a fraction of a second. Every file is written atomically, so a viewer that reloads
on change never reads half a PDF; a save with errors says where they are and leaves the last
good file in place. The loop knows no terminal: it says what happened through ``echo``.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from pathlib import Path

from printworks import checks, loader
from printworks.errors import ERROR, LayoutError, PrintworksError, RoleNotFound
from printworks.layout import Layouts
from printworks.loader import without_deck
from printworks.output import OutputError, expect_suffix, source_date, write_atomic
from printworks.resources import fonts_dir, layouts_dir
from printworks.single import output_path

# The engine (python-pptx or ReportLab) is imported when the watch first renders with it.

# how long a batch of changes is gathered: an editor's write, rename and touch fall in one
STEP_MS = 20
DEBOUNCE_MS = 1600
WAKE_MS = 200  # how often the loop wakes with nothing changed (to see that it is stopped)
_LAYOUT_SUFFIXES = {".yaml", ".j2", ".pptx"}
_FONT_SUFFIXES = {".ttf", ".otf"}

Echo = Callable[[str, bool], None]  # a line, and whether it tells of a problem


def _echo(line: str, problem: bool = False) -> None:
    print(line, file=sys.stderr if problem else sys.stdout, flush=True)


@dataclass(frozen=True)
class WatchOptions:
    """What is watched and made: the role file, the output, and how it is rendered."""

    role: Path
    output: Path | None = None  # default: out/<slug>.pdf (or .pptx)
    deck: bool = False  # the deck instead of the case file
    page_size: str = "a4"
    grayscale: bool = False
    roles_dir: Path | None = None  # the roles folder in use, for related slugs

    @property
    def target(self) -> Path:
        suffix, what = (
            (".pptx", "a deck is PowerPoint") if self.deck else (".pdf", "a case file is PDF")
        )
        slug = self.role.name.removesuffix(loader.SUFFIX)
        return expect_suffix(output_path(self.output, slug, suffix), suffix, what)


class Watch:
    """The watch of one role: :meth:`build` renders it once, :meth:`run` on every save."""

    def __init__(self, options: WatchOptions, layouts: Layouts | None = None, echo: Echo = _echo):
        self.options = options
        self.output = options.target
        self.echo = echo
        self.layouts = layouts or Layouts(layouts_dir())
        self.shelf = checks.Shelf(options.role.parent)
        self.failing = False  # the last build had errors: the next good one says so
        self.builds = 0
        self._coverage: Container[int] | None = None

    # -----------------------------------------------------------------------------------------
    # one build

    def build(self, cause: str = "") -> bool:
        """Render the role into the output; True when a new file was written."""
        started = time.perf_counter()
        try:
            data = self._render()
            if data is None:
                return False
        except LayoutError as exc:
            return self._failed(str(exc).splitlines(), "the layouts have errors")
        except RoleNotFound as exc:
            return self._failed([], str(exc))
        except PrintworksError as exc:
            return self._failed(str(exc).splitlines(), "it could not be rendered")
        except Exception as exc:  # a renderer bug: say it, keep the last good file, go on
            return self._failed([f"internal error while rendering: {exc!r}"], "a renderer failed")
        try:
            write_atomic(self.output, data)
        except OutputError as exc:
            return self._failed([str(exc)], "it was rendered, but could not be written")
        except OSError as exc:
            why = f"it was rendered, but {self.output} cannot be written: {exc.strerror}"
            return self._failed([], why)
        took = (time.perf_counter() - started) * 1000
        verb = "rebuilt" if self.builds else "built"
        notes = [f"{cause} changed"] if cause else []
        notes += ["good again"] if self.failing else []
        because = f" ({'; '.join(notes)})" if notes else ""
        self.echo(f"{verb} {self.output} in {took:.0f} ms{because}", False)
        self.failing, self.builds = False, self.builds + 1
        return True

    def _render(self) -> bytes | None:
        file = loader.read_role(self.options.role)
        if not self.options.deck:  # the case file never reads deck: a mistake there waits
            file = without_deck(file)
        roles = loader.roles_dir(self.options.roles_dir)
        problems = checks.review(
            [file], self.layouts, self._glyphs(), [self.shelf], alone=True, roles=roles
        )
        for problem in problems:
            self.echo(str(problem), True)
        errors = sum(p.severity == ERROR for p in problems)
        if file.role is None or errors:
            self._failed([], f"{self.options.role} has {errors} error{'s' * (errors != 1)}")
            return None
        date = source_date()
        if self.options.deck:
            from printworks.deck import DeckOptions, render_deck

            return render_deck(file.role, self.layouts, DeckOptions(date=date))
        from printworks.casefile import CasefileOptions, render_casefile

        options = CasefileOptions(self.options.page_size, self.options.grayscale, date)
        return render_casefile(file.role, self.layouts, options)

    def _glyphs(self) -> Container[int] | None:
        if self.options.deck:
            return None
        if self._coverage is None:
            from printworks.casefile import coverage

            self._coverage = coverage(self.layouts)
        return self._coverage

    def _failed(self, lines: Iterable[str], why: str) -> bool:
        for line in lines:
            self.echo(line, True)
        kept = f"{self.output} is the last good one" if self.output.exists() else "nothing written"
        self.echo(f"not {'rebuilt' if self.builds else 'built'}: {why}; {kept}", False)
        self.failing = True
        return False

    # -----------------------------------------------------------------------------------------
    # the loop

    def folders(self) -> list[Path]:
        """The folders watched (each on its own, not below): the role's, every layout folder
        and the fonts'."""
        found = [self.options.role.parent, fonts_dir()]
        found += [self.layouts.folder, *(p for p in self.layouts.folder.rglob("*") if p.is_dir())]
        return list(dict.fromkeys(p.resolve() for p in found if p.is_dir()))

    def wanted(self, path: Path) -> bool:
        """Whether a change of ``path`` is one of the inputs (never an output of its own)."""
        path = path.resolve()
        output = self.output.resolve()
        if path == output or (path.parent == output.parent and path.name.startswith(".")):
            return False  # the output, or its temporary file before the rename
        if path == self.options.role.resolve():
            return True
        if path.name.startswith((".", "~")) or path.name.endswith("~"):
            return False
        if path.is_relative_to(self.layouts.folder.resolve()):
            return path.suffix in _LAYOUT_SUFFIXES
        return path.is_relative_to(fonts_dir().resolve()) and path.suffix in _FONT_SUFFIXES

    def run(self, stop: threading.Event | None = None) -> None:
        """Build, then build again after each batch of saves, until ``stop`` is set or Ctrl-C.

        Returns quietly either way: stopping is what a watch is for.
        """
        import watchfiles  # its Rust core, only when a watch starts

        try:
            stamp = _stamp(self.options.role)
            self.build()
            batches = watchfiles.watch(
                *self.folders(),
                watch_filter=lambda _change, name: self.wanted(Path(name)),
                debounce=DEBOUNCE_MS,
                step=STEP_MS,
                stop_event=stop,
                rust_timeout=WAKE_MS,
                yield_on_timeout=True,
                recursive=False,
                raise_interrupt=True,  # caught below, and quietly
            )
            live = False
            for changes in batches:
                if not live:  # the first batch, or the first wake: the watcher is in place
                    live = True
                    if not changes and _stamp(self.options.role) != stamp:  # saved meanwhile
                        changes = {(watchfiles.Change.modified, str(self.options.role))}
                    inputs = f"{self.options.role}, the layouts and the fonts"
                    self.echo(f"watching {inputs} (Ctrl-C stops)", False)
                if changes:
                    self.build(self._changed(Path(name) for _, name in changes))
        except KeyboardInterrupt:
            pass

    def _changed(self, paths: Iterable[Path]) -> str:
        """What the batch changed besides the role file, as a reader would say it (the role
        going without saying); a changed layout or font is read afresh."""
        role = self.options.role.resolve()
        others = sorted({_short(p) for p in paths if p.resolve() != role})
        if others:
            self.layouts = Layouts(self.layouts.folder)  # unchanged files are kept by content
            self._coverage = None
        more = f" and {len(others) - 3} more" if len(others) > 3 else ""
        return ", ".join(others[:3]) + more


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """What tells one version of a file from the next: inode, size and time of change."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def _short(path: Path) -> str:
    """``path`` relative to the current folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
