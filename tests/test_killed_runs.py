"""Whatever dies, the run ends: a zine whose parent is SIGKILLed takes its workers with it; one
whose worker is SIGKILLed fails that role only; the next run clears what was left and finishes."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROLES

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="finds a run's processes through /proc"
)
ENDS_WITHIN = 10  # seconds: the bound for a killed run to end
PATIENCE = 120  # seconds a slow machine gets to start rendering at all


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} within {seconds} s")
        time.sleep(0.05)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    roles = tmp_path / "roles"
    shutil.copytree(ROLES, roles)
    return roles


def _start(folder: Path, out: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "printworks", "zine", "--roles-dir", str(folder)]
    return subprocess.Popen(
        [*command, "-o", str(out), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _next_run_finishes(folder: Path, out: Path) -> None:
    again = subprocess.run(
        [sys.executable, "-m", "printworks", "zine", "--roles-dir", str(folder), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert again.returncode == 0, again.stderr
    assert (out / "zine.pdf").is_file() and (out / "zine-booklet.pdf").is_file()
    assert not list(out.glob(".*.tmp")), "a killed run's temporary files are left"
    assert len(list(out.glob("*.pptx"))) == len(list(folder.glob("*.yaml")))


def test_a_killed_parent_takes_its_workers_with_it(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = _start(folder, out)
    try:
        _wait(lambda: len(_children(run.pid)) >= 2, PATIENCE, "the workers did not start")
        workers = _children(run.pid)
        _wait(lambda: any(out.glob("*.pptx")), PATIENCE, "nothing was rendered")
        os.kill(run.pid, signal.SIGKILL)  # mid-run: a worker busy, the zine task under way
        run.wait(ENDS_WITHIN)
        _wait(
            lambda: not any(_alive(w) for w in workers),
            ENDS_WITHIN,
            "the workers of a killed parent did not exit",
        )
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)
    _next_run_finishes(folder, out)


def test_a_killed_worker_fails_only_its_role_and_the_run_ends(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = _start(folder, out)
    try:
        _wait(lambda: len(_children(run.pid)) >= 2, PATIENCE, "the workers did not start")
        _wait(lambda: any(out.glob("*.pptx")), PATIENCE, "nothing was rendered")
        os.kill(_children(run.pid)[0], signal.SIGKILL)
        code = run.wait(PATIENCE)  # the rest is still rendered: the run ends when it is done
        assert code in (0, 1)
        _wait(lambda: not _children(run.pid), ENDS_WITHIN, "workers outlived the run")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)
    _next_run_finishes(folder, out)
