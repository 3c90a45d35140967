"""`printworks watch`: a role rendered again on every save; errors keep the last good file."""

from __future__ import annotations

import io
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from printworks.cli import app
from printworks.layout import Layouts
from printworks.resources import fonts_dir, layouts_dir
from printworks.watch import Watch, WatchOptions

from .conftest import SEED_SLUG

TITLE = "title: Principal AI/ML Model Training Assistant"
TIMEOUT = 20  # seconds; a save is a PDF in a fraction of one, a slow machine gets patience


def _text(pdf: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)


def _until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.01)


class Session:
    """A watch running in a thread, with every line it says kept in order."""

    def __init__(self, options: WatchOptions, layouts: Layouts | None = None):
        self.lines: queue.Queue[tuple[str, bool]] = queue.Queue()
        self.said: list[tuple[str, bool]] = []
        self.watch = Watch(options, layouts, lambda line, problem: self.lines.put((line, problem)))
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.watch.run, args=(self.stop,), daemon=True)

    def next_status(self) -> str:
        """The next line that is not a problem, with the problems before it kept in ``said``."""
        while True:
            try:
                line, problem = self.lines.get(timeout=TIMEOUT)
            except queue.Empty:
                pytest.fail(f"the watch said nothing more; it said {self.said}")
            self.said.append((line, problem))
            if not problem:
                return line


@pytest.fixture
def session(roles_copy: Path, tmp_path: Path) -> Iterator[Session]:
    watching = Session(WatchOptions(roles_copy / f"{SEED_SLUG}.yaml", tmp_path / "out" / "x.pdf"))
    watching.thread.start()
    yield watching
    watching.stop.set()
    watching.thread.join(TIMEOUT)
    assert not watching.thread.is_alive(), "the watch did not stop"


def _save(path: Path, text: str) -> None:
    """Save as an editor does: a new file renamed over the old one."""
    spare = path.with_name(f".{path.name}.swp")
    spare.write_text(text, encoding="utf-8")
    os.replace(spare, path)


def test_each_save_rebuilds_and_a_bad_one_keeps_the_last_good_file(session: Session) -> None:
    role, pdf = session.watch.options.role, session.watch.output
    seed = role.read_text(encoding="utf-8")
    assert session.next_status().startswith(f"built {pdf} in ")
    assert session.next_status() == f"watching {role}, the layouts and the fonts (Ctrl-C stops)"

    _save(role, seed.replace(TITLE, f"{TITLE} of Zanzibar", 1))
    line = session.next_status()
    assert line.startswith(f"rebuilt {pdf} in ") and line.endswith(" ms"), line
    assert "ZANZIBAR" in _text(pdf).upper()
    good = pdf.read_bytes()

    _save(role, seed.replace("posted_on: teamblind.com", "posted_on: No", 1))
    line = session.next_status()
    assert line == f"not rebuilt: {role} has 1 error; {pdf} is the last good one"
    problems = [said for said, problem in session.said if problem]
    assert problems[-1].startswith(f"{role}:102:16: burn_ward[0].posted_on: No is read as ")
    assert pdf.read_bytes() == good  # the viewer keeps showing the last good case file

    _save(role, seed.replace(TITLE, f"{TITLE} of Timbuktu", 1))
    line = session.next_status()
    assert line.startswith(f"rebuilt {pdf} in ")
    assert line.endswith(" ms (good again)"), line
    text = _text(pdf).upper()
    assert "TIMBUKTU" in text and "ZANZIBAR" not in text


def test_it_never_wakes_for_its_own_output(roles_copy: Path) -> None:
    """The output beside the role, in a watched folder: something else touching it wakes
    nothing, and the watch is alive all along (the role's next save is the next build, and
    says nothing changed besides the role)."""
    role = roles_copy / f"{SEED_SLUG}.yaml"
    pdf = roles_copy / "x.pdf"
    session = Session(WatchOptions(role, pdf))
    watch = session.watch
    assert not watch.wanted(pdf)
    assert not watch.wanted(pdf.with_name(f".{pdf.name}.x1y2.tmp"))  # the write before the rename
    assert watch.wanted(role)
    assert not watch.wanted(role.with_name("sdet.yaml"))
    assert not watch.wanted(role.with_name(f".{SEED_SLUG}.yaml.swp"))
    assert watch.wanted(layouts_dir() / "casefile.yaml")
    assert watch.wanted(layouts_dir() / "deck" / "themes" / "agile" / "theme.yaml")
    assert watch.wanted(fonts_dir() / "DejaVuSans.ttf")
    assert not watch.wanted(fonts_dir() / "LICENSE-DejaVu.txt")
    session.thread.start()
    try:
        session.next_status(), session.next_status()  # built, watching
        assert pdf.parent.resolve() in watch.folders()
        assert watch.builds == 1
        pdf.write_bytes(pdf.read_bytes())  # something else touches the output
        _save(role, role.read_text(encoding="utf-8").replace(TITLE, f"{TITLE} of Uruk", 1))
        line = session.next_status()
        # woken by the output, the build would have said "(x.pdf changed)", or come first
        assert line.startswith(f"rebuilt {pdf} in ") and line.endswith(" ms"), line
        assert " OF URUK" in _text(pdf).upper()
        _until(lambda: watch.builds == 2, "the rebuild's count")
    finally:
        session.stop.set()
        session.thread.join(TIMEOUT)
    assert watch.builds == 2 and session.lines.empty(), list(session.lines.queue)


def test_the_folders_watched_are_the_inputs_only(session: Session) -> None:
    watch = session.watch
    folders = watch.folders()
    assert watch.options.role.parent.resolve() in folders
    assert layouts_dir().resolve() in folders and fonts_dir().resolve() in folders
    assert (layouts_dir() / "deck" / "themes" / "agile").resolve() in folders
    assert watch.output.parent.resolve() not in folders


def test_the_deck_can_be_watched_instead(roles_copy: Path, tmp_path: Path) -> None:
    pptx = tmp_path / "x.pptx"
    lines: list[str] = []
    watch = Watch(
        WatchOptions(roles_copy / f"{SEED_SLUG}.yaml", pptx, deck=True),
        echo=lambda line, problem: lines.append(line),
    )
    assert watch.build()
    assert pptx.read_bytes()[:2] == b"PK" and lines[0].startswith(f"built {pptx} in ")


def test_an_output_named_for_another_kind_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["watch", SEED_SLUG, "-o", str(tmp_path / "x.pptx")])
    assert result.exit_code == 1
    fix = tmp_path / "x.pdf"
    assert result.stderr.strip() == (
        f"{tmp_path / 'x.pptx'}: a case file is PDF, so its name must end in .pdf: use -o {fix}"
    )
    assert not (tmp_path / "x.pptx").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is how a terminal's Ctrl-C arrives")
def test_ctrl_c_stops_it_cleanly(roles_copy: Path, tmp_path: Path) -> None:
    args = [sys.executable, "-m", "printworks", "watch", SEED_SLUG, "--roles-dir", str(roles_copy)]
    args += ["-o", str(tmp_path / "x.pdf")]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().startswith("built ")
        assert process.stdout.readline().startswith("watching ")
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=TIMEOUT)
    finally:
        process.kill() if process.poll() is None else None
    assert process.returncode == 0
    assert out == "stopped watching\n"
    assert err == ""


def test_a_save_during_the_first_build_is_not_missed(roles_copy: Path, tmp_path: Path) -> None:
    role = roles_copy / f"{SEED_SLUG}.yaml"
    watching = Session(WatchOptions(role, tmp_path / "x.pdf"))
    first = watching.watch.build

    def build_then_save(cause: str = "") -> bool:
        done = first(cause)
        if watching.watch.builds == 1:  # saved while the watcher was not yet in place
            _save(role, role.read_text(encoding="utf-8").replace(TITLE, f"{TITLE} of Ur", 1))
        return done

    watching.watch.build = build_then_save  # type: ignore[method-assign]
    watching.thread.start()
    try:
        assert watching.next_status().startswith("built ")
        assert watching.next_status().startswith("watching ")
        assert watching.next_status().startswith("rebuilt ")
        assert " OF UR" in _text(tmp_path / "x.pdf").upper()
    finally:
        watching.stop.set()
        watching.thread.join(TIMEOUT)


def test_a_saved_layout_is_read_afresh_and_a_broken_one_said(
    roles_copy: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "layouts"
    shutil.copytree(layouts_dir(), folder)
    dossier = folder / "dossier.yaml"
    copy = dossier.read_text(encoding="utf-8")
    options = WatchOptions(roles_copy / f"{SEED_SLUG}.yaml", tmp_path / "x.pdf")
    watching = Session(options, Layouts(folder))
    watching.thread.start()
    try:
        watching.next_status(), watching.next_status()  # built, watching
        _save(dossier, copy.replace("ACTUALLY DO?", "REALLY DO ALL DAY?"))
        assert watching.next_status().endswith(f" ms ({_short(dossier)} changed)")
        assert "REALLY DO ALL DAY?" in _text(tmp_path / "x.pdf")
        _save(dossier, copy.replace('question: "WHAT', 'questio: "WHAT'))
        assert watching.next_status() == (
            f"not rebuilt: the layouts have errors; {tmp_path / 'x.pdf'} is the last good one"
        )
        assert any(f"{dossier}:4:1: questio: unknown field" in line for line, _ in watching.said)
    finally:
        watching.stop.set()
        watching.thread.join(TIMEOUT)


def _short(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def test_a_role_file_gone_is_said_and_its_return_rebuilt(session: Session) -> None:
    role, pdf = session.watch.options.role, session.watch.output
    seed = role.read_text(encoding="utf-8")
    session.next_status(), session.next_status()  # built, watching
    role.unlink()
    assert session.next_status() == (
        f"not rebuilt: {role}: cannot read: no such file or directory; {pdf} is the last good one"
    )
    _save(role, seed)
    assert session.next_status().endswith(" ms (good again)")


def test_an_editors_save_with_a_backup_counts_once(session: Session) -> None:
    """vim's way: the file renamed to a backup, a new one written, the backup removed."""
    role = session.watch.options.role
    seed = role.read_text(encoding="utf-8")
    session.next_status(), session.next_status()  # built, watching
    backup = role.with_name(role.name + "~")
    os.replace(role, backup)
    role.write_text(seed.replace(TITLE, f"{TITLE} of Nineveh", 1), encoding="utf-8")
    backup.unlink()
    assert session.next_status().startswith("rebuilt ")
    time.sleep(0.5)
    assert session.lines.empty(), list(session.lines.queue)
