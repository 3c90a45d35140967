"""A hostile user and a flaky machine: every failure is one line, nothing is half-written,
nothing good is clobbered, nothing stale is served. Each case runs through the CLI, with the
real thing where the machine allows it (a FIFO, a read-only or full file system, a signal)."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from printworks.cli import app
from tests.conftest import ROLES, SEED_SLUG

runner = CliRunner()
CLI = [sys.executable, "-m", "printworks"]


def _cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120, **kw)


def _no_traceback(*outputs: str) -> None:
    for text in outputs:
        assert "Traceback" not in text, text


def _leftovers(folder: Path) -> list[str]:
    """Temporary files a write left behind in ``folder``."""
    return sorted(p.name for p in folder.glob(".*.tmp"))


@pytest.fixture
def two_roles(tmp_path: Path) -> Path:
    folder = tmp_path / "roles"
    folder.mkdir()
    for slug in ("sdet", "enterprise-architect"):
        shutil.copy(ROLES / f"{slug}.yaml", folder)
    return folder


def _many_roles(folder: Path, count: int) -> Path:
    """``count`` distinct roles made from the shipped ones."""
    folder.mkdir()
    shipped = sorted(ROLES.glob("*.yaml"))
    for n in range(count):
        data = yaml.safe_load(shipped[n % len(shipped)].read_text(encoding="utf-8"))
        data["title"] = f"{data['title']} {n}"
        data["case_number"] = f"HRD-{n:04d}"
        for specimen in data.get("related", []):
            specimen.pop("slug", None)
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6)
        (folder / f"role-{n:03d}.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def mount(tmp_path: Path):
    """A real tmpfs of a given size (and read-only if asked), or a skip with the reason."""
    made: list[Path] = []

    def make(name: str, size: str = "1m", read_only: bool = False) -> Path:
        target = tmp_path / name
        target.mkdir()
        options = f"size={size}" + (",ro" if read_only else "")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
        )
        if done.returncode:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.decode().strip()}")
        made.append(target)
        return target

    yield make
    for target in made:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


# ---- output folders that cannot be written ------------------------------------------------


def test_a_read_only_output_folder_is_one_line(mount) -> None:
    folder = mount("ro", read_only=True)
    done = _cli("pdf", SEED_SLUG, "--roles-dir", str(ROLES), "-o", str(folder / "x.pdf"))
    assert done.returncode == 1
    assert done.stderr.strip() == f"{folder / 'x.pdf'}: read-only file system"
    _no_traceback(done.stdout, done.stderr)


def test_a_zine_into_a_read_only_folder_is_one_line(mount, two_roles) -> None:
    folder = mount("ro", read_only=True)
    done = _cli("zine", "--roles-dir", str(two_roles), "-o", str(folder / "out"))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == f"{folder / 'out'}: read-only file system"
    _no_traceback(done.stdout, done.stderr)


@pytest.mark.parametrize("command", ["pdf", "deck"])
def test_an_output_under_a_file_names_the_file(command: str, tmp_path: Path) -> None:
    blocker = tmp_path / "README.md"
    blocker.write_text("not a folder")
    target = blocker / ("x.pdf" if command == "pdf" else "x.pptx")
    result = runner.invoke(app, [command, SEED_SLUG, "--roles-dir", str(ROLES), "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"{target}: {blocker} is a file, not a folder"
    assert blocker.read_text() == "not a folder"


def test_a_zine_whose_folder_is_a_file_is_one_line(two_roles, tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("a file")
    result = runner.invoke(app, ["zine", "--roles-dir", str(two_roles), "-o", str(blocker)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == f"{blocker}: {blocker} is a file, not a folder"


def test_a_full_disk_keeps_the_previous_file(mount) -> None:
    folder = mount("full", size="64k")
    target = folder / "seed.pdf"
    target.write_bytes(b"the good one")
    done = _cli("pdf", SEED_SLUG, "--roles-dir", str(ROLES), "-o", str(target))
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"{target}: no space left on device; the previous seed.pdf is kept"
    )
    assert target.read_bytes() == b"the good one"
    assert _leftovers(folder) == []


def test_a_zine_on_a_full_disk_reports_each_output_and_keeps_nothing_half_written(
    mount, two_roles
) -> None:
    folder = mount("small", size="200k")
    done = _cli("zine", "--roles-dir", str(two_roles), "-o", str(folder), "--jobs", "1")
    assert done.returncode == 1
    _no_traceback(done.stdout, done.stderr)
    assert "no space left on device" in done.stderr
    assert _leftovers(folder) == []
    for line in done.stderr.strip().splitlines():
        assert line.startswith(str(folder)) or line.startswith(str(two_roles)), line


def test_a_simulated_full_disk_on_the_zine_keeps_the_previous_zine(
    two_roles, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "out"
    assert (
        runner.invoke(app, ["zine", "--roles-dir", str(two_roles), "-o", str(out)]).exit_code == 0
    )
    before = (out / "zine.pdf").read_bytes()
    real = os.fsync

    def full(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").rsplit("/", 1)[-1].startswith(".zine.pdf."):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", full)
    args = ["zine", "--roles-dir", str(two_roles), "-o", str(out), "--force", "--jobs", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert f"{out / 'zine.pdf'}: no space left on device; the previous zine.pdf is kept" in (
        result.stderr
    )
    assert (out / "zine.pdf").read_bytes() == before
    assert _leftovers(out) == []


# ---- signals and dying workers ------------------------------------------------------------


def test_ctrl_c_ends_a_cold_zine_within_a_second_and_keeps_what_was_finished(
    tmp_path: Path,
) -> None:
    roles = _many_roles(tmp_path / "roles", 12)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*CLI, "zine", "--roles-dir", str(roles), "-o", str(out), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a process group of its own, as a terminal's job is
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.pptx"))) < 2:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C sends: the whole group
    sent = time.monotonic()
    stdout, stderr = process.communicate(timeout=30)
    assert time.monotonic() - sent < 1.5
    assert process.returncode == 130
    _no_traceback(stdout, stderr)
    last = stderr.strip().splitlines()[-1]
    found = re.fullmatch(
        r"interrupted: (\d+) of 12 roles done and kept; run again to finish the rest", last
    )
    assert found, last
    assert _leftovers(out) == []
    kept = int(found[1])
    again = _cli("zine", "--roles-dir", str(roles), "-o", str(out))
    assert again.returncode == 0, again.stderr
    assert f"12 roles: {12 - kept} built, {kept} reused, 0 failed" in again.stdout


def test_a_killed_worker_fails_only_its_role(tmp_path: Path) -> None:
    roles = _many_roles(tmp_path / "roles", 8)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*CLI, "zine", "--roles-dir", str(roles), "-o", str(out), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # once the first role is written, both workers are busy: seven roles and the zine are left
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(out.glob("*.pdf")):
        time.sleep(0.02)
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    workers = [int(p) for p in children.read_text().split()]
    os.kill(workers[0], signal.SIGKILL)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 1
    _no_traceback(stdout, stderr)
    assert "the worker rendering it died (killed by SIGKILL); nothing of it was written" in stderr
    # the worker was rendering one role, or the zine itself; either way, only that failed
    assert "8 roles: 7 built, 0 reused, 1 failed" in stdout or (
        "8 roles: 8 built" in stdout and f"{out / 'zine.pdf'}: the worker" in stderr
    )
    again = _cli("zine", "--roles-dir", str(roles), "-o", str(out))
    assert again.returncode == 0
    assert "0 failed" in again.stdout and "zine.pdf (" in again.stdout
    assert _leftovers(out) == []


_DIE_ONCE = "PRINTWORKS_TEST_DIE_ONCE"


def _die_once() -> None:
    """A worker's setup that kills the first worker to run it, before it takes a task."""
    try:
        os.unlink(os.environ[_DIE_ONCE])
    except FileNotFoundError:
        return
    os.kill(os.getpid(), signal.SIGKILL)


def _square(n: int) -> int:
    return n * n


def test_a_worker_dead_before_its_task_hands_the_task_on(tmp_path, monkeypatch) -> None:
    from printworks import workers

    flag = tmp_path / "die-once"
    flag.touch()
    monkeypatch.setenv(_DIE_ONCE, str(flag))
    started = workers._Worker.__init__

    def slow_start(self, *args):  # the worker is dead by the time it is handed its task
        started(self, *args)
        self.process.join(0.5)

    monkeypatch.setattr(workers._Worker, "__init__", slow_start)
    tasks = [workers.Task(str(n), _square, (n,)) for n in range(6)]
    done = {task.key: answer for task, answer in workers.run(tasks, 2, _die_once)}
    assert not flag.exists()  # one worker did die
    assert done == {str(n): n * n for n in range(6)}


_SET_UP = "PRINTWORKS_TEST_SET_UP"


def _mark_set_up() -> None:
    """A worker's setup that leaves a file named by its process id."""
    (Path(os.environ[_SET_UP]) / str(os.getpid())).touch()


def test_a_pool_sets_its_workers_up_before_it_has_tasks_and_stops_them_on_leaving(
    tmp_path, monkeypatch
) -> None:
    from printworks import workers

    monkeypatch.setenv(_SET_UP, str(tmp_path))
    with workers.Pool(2, _mark_set_up) as pool:
        processes = [worker.process for worker in pool.workers]
        for process in processes:  # set up with no task given yet
            deadline = time.monotonic() + 30
            while not (tmp_path / str(process.pid)).exists() and time.monotonic() < deadline:
                time.sleep(0.01)
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(str(p.pid) for p in processes)
        tasks = [workers.Task(str(n), _square, (n,)) for n in range(5)]
        done = {task.key: answer for task, answer in pool.run(tasks)}
    assert done == {str(n): n * n for n in range(5)}
    assert not any(process.is_alive() for process in processes)


def test_a_stale_temp_file_from_a_killed_run_is_removed(two_roles, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / ".sdet.pdf.abc123.tmp").write_bytes(b"half a PDF")
    result = runner.invoke(app, ["zine", "--roles-dir", str(two_roles), "-o", str(out)])
    assert result.exit_code == 0
    assert _leftovers(out) == []


def test_one_zine_run_at_a_time_per_output_folder(two_roles, tmp_path: Path) -> None:
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".printworks.lock", "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        result = runner.invoke(app, ["zine", "--roles-dir", str(two_roles), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"{out}: another printworks zine is writing here; wait for it to finish, "
        "or give another --outdir"
    )
    assert not list(out.glob("*.pdf"))


def test_a_closed_pipe_ends_quietly() -> None:
    done = subprocess.run(
        f"{sys.executable} -m printworks list --roles-dir {ROLES} | head -1",
        shell=True,
        capture_output=True,
        text=True,
    )
    assert done.stdout.count("\n") == 1
    assert done.stderr == ""


# ---- the cache ----------------------------------------------------------------------------


@pytest.mark.parametrize("content", ["[1, 2]", "42", '"text"', '{"entries": 3}', "{not json"])
def test_a_cache_of_the_wrong_shape_is_ignored_said_once_and_rebuilt(
    content: str, two_roles, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / ".printworks-cache.json").write_text(content)
    result = runner.invoke(app, ["zine", "--roles-dir", str(two_roles), "-o", str(out)])
    assert result.exit_code == 0
    warning = (
        f"warning: {out / '.printworks-cache.json'}: not a cache this printworks wrote; rebuilding"
    )
    assert result.stderr.count(warning) == 1
    assert "2 roles: 2 built" in result.stdout
    json.loads((out / ".printworks-cache.json").read_text())


def test_a_cache_that_is_a_folder_is_one_line(two_roles, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / ".printworks-cache.json").mkdir(parents=True)
    result = runner.invoke(app, ["zine", "--roles-dir", str(two_roles), "-o", str(out)])
    _no_traceback(result.output)
    assert "cannot read the cache" in result.stderr
    assert "2 roles: 2 built" in result.stdout


def test_an_output_overwritten_since_is_rebuilt(two_roles, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["zine", "--roles-dir", str(two_roles), "-o", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    (out / "sdet.pdf").write_bytes(b"garbage")
    (out / "zine.pdf").write_bytes(b"more garbage")
    target = out / "enterprise-architect.pdf"
    pdf = ["pdf", "enterprise-architect", "--grayscale", "--roles-dir", str(two_roles)]
    other = runner.invoke(app, [*pdf, "-o", str(target)])
    assert other.exit_code == 0  # a case file made with other options than the zine's
    result = runner.invoke(app, args)
    assert "2 roles: 2 built, 0 reused" in result.stdout
    assert "zine.pdf (" in result.stdout and ", built)" in result.stdout
    assert (out / "sdet.pdf").read_bytes().startswith(b"%PDF")


def test_a_changed_build_date_is_not_served_from_the_cache(two_roles, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["zine", "--roles-dir", str(two_roles), "-o", str(out)]
    first = runner.invoke(app, args, env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert first.exit_code == 0
    second = runner.invoke(app, args, env={"SOURCE_DATE_EPOCH": "1800000000"})
    assert "2 roles: 2 built, 0 reused" in second.stdout


@pytest.mark.parametrize("value", ["banana", "1e9", "99999999999999"])
def test_a_bad_source_date_epoch_is_refused_before_any_render(
    value: str, two_roles, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["zine", "--roles-dir", str(two_roles), "-o", str(out)],
        env={"SOURCE_DATE_EPOCH": value},
    )
    assert result.exit_code == 1
    assert result.stderr.strip().startswith(f"SOURCE_DATE_EPOCH={value!r}: not a build date")
    assert not out.exists()


def test_a_bad_creep_is_refused_before_any_render(two_roles, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["zine", "--roles-dir", str(two_roles), "-o", str(out), "--creep", "banana"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("--creep banana: 'banana' is not a length")
    assert not out.exists()


def test_order_txt_naming_a_role_twice_is_a_located_warning(two_roles, tmp_path: Path) -> None:
    (two_roles / "order.txt").write_text("sdet\nenterprise-architect\nsdet\n")
    result = runner.invoke(app, ["zine", "--roles-dir", str(two_roles), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0
    order = two_roles / "order.txt"
    assert (
        f"warning: {order}:3:1: 'sdet' is listed already, at line 1; a role goes in the zine once"
        in result.stderr
    )


# ---- the roles folder ---------------------------------------------------------------------


def _odd_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "roles"
    folder.mkdir()
    shutil.copy(ROLES / "sdet.yaml", folder)
    outside = tmp_path / "outside.yaml"
    shutil.copy(ROLES / "enterprise-architect.yaml", outside)
    (folder / "passwd.yaml").symlink_to("/etc/passwd")
    (folder / "leaves.yaml").symlink_to(outside)
    (folder / "inside.yaml").symlink_to(folder / "sdet.yaml")
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    os.mkfifo(folder / "fifo.yaml")
    (folder / "d.yaml").mkdir()
    (folder / os.fsdecode(b"bad\xff.yaml")).write_text("title: x\n")
    return folder


def test_odd_entries_in_the_roles_folder_are_one_line_each_and_the_rest_is_built(
    tmp_path: Path,
) -> None:
    folder = _odd_folder(tmp_path)
    out = tmp_path / "out"
    done = _cli("zine", "--roles-dir", str(folder), "-o", str(out))
    _no_traceback(done.stdout, done.stderr)
    lines = done.stderr.splitlines()
    expected = [
        f"{folder}/d.yaml: is a folder, not a role file; skipped",
        f"{folder}/fifo.yaml: is a FIFO (a named pipe), not a role file; skipped",
        f"{folder}/loop.yaml: is a link that leads round in a loop; skipped",
        f"{folder}/passwd.yaml: is a link to /etc/passwd, outside the roles folder; "
        "roles are read only from inside it",
        f"{folder}/leaves.yaml: is a link to {tmp_path / 'outside.yaml'}, outside the roles "
        "folder; roles are read only from inside it",
    ]
    for line in expected:
        assert f"warning: {line}" in lines, (line, lines)
    assert any("bad" in line and "the file name is not UTF-8; rename it" in line for line in lines)
    assert (out / "sdet.pdf").is_file() and (out / "inside.pdf").is_file()
    assert not (out / "passwd.pdf").exists()


def test_a_fifo_named_as_a_role_never_hangs_a_command(tmp_path: Path) -> None:
    folder = tmp_path / "roles"
    folder.mkdir()
    os.mkfifo(folder / "fifo.yaml")
    done = _cli("pdf", str(folder / "fifo.yaml"), "-o", str(tmp_path / "x.pdf"))
    assert done.returncode == 1
    assert (
        done.stderr.strip() == f"{folder / 'fifo.yaml'}: is a FIFO (a named pipe), not a role file"
    )


def test_a_role_named_like_a_zine_output_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "roles"
    folder.mkdir()
    for name in ("zine-print", "zine-booklet", "sdet-mini"):
        shutil.copy(ROLES / "sdet.yaml", folder / f"{name}.yaml")
    result = runner.invoke(app, ["validate", "--roles-dir", str(folder)])
    assert result.exit_code == 1
    for name in ("zine-print", "zine-booklet", "sdet-mini"):  # problems are on stdout
        assert (
            f"{folder / name}.yaml:1:1: (file): the file name '{name}' is kept for the zine's "
            f"own output ({name}.pdf); rename the role file"
        ) in result.stdout


def test_a_huge_field_is_refused_quickly(tmp_path: Path) -> None:
    text = (ROLES / "sdet.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    path = tmp_path / "huge.yaml"
    path.write_text(text + "\nnotes: '" + "synergy " * 600_000 + "'\n", encoding="utf-8")
    started = time.monotonic()
    result = runner.invoke(app, ["validate", str(path)])
    assert time.monotonic() - started < 5
    assert result.exit_code == 1
    assert result.stdout.startswith(
        f"{path}:1:1: (file): the file is over 2,000,000 bytes, the most a role file may hold"
    )
    data["summary"] = "synergy " * 10_000  # 80,000 characters in a file of 85 kB
    path.write_text(yaml.safe_dump(data, width=10**9), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert (
        "summary: is 80,000 characters long; a field holds at most 50,000: shorten it, "
        "or split it into several entries"
    ) in result.stdout


def test_an_empty_roles_folder_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    result = runner.invoke(app, ["list", "--roles-dir", str(folder)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"{folder}: no role files here; start one with `printworks new SLUG`"
    )


def test_list_reports_an_unreadable_role_in_one_line(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "roles"
    folder.mkdir()
    shutil.copy(ROLES / "sdet.yaml", folder)
    secret = folder / "secret.yaml"
    shutil.copy(ROLES / "sdet.yaml", secret)
    real = os.open

    def refuse(path, *args, **kwargs):  # root reads any file: the refusal is simulated
        if Path(path) == secret:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    result = runner.invoke(app, ["list", "--roles-dir", str(folder)])
    assert result.exit_code == 1
    _no_traceback(result.output)
    assert result.stderr.strip() == f"{secret}: cannot read: permission denied"
    assert result.stdout.startswith("secret\t") is False
    assert result.stdout.startswith("sdet\t")


# ---- YAML ---------------------------------------------------------------------------------


def test_an_alias_bomb_is_refused_without_expanding_it(tmp_path: Path) -> None:
    # 9 ** 30 values once expanded: a reader that expanded them would never come back
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, 30):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    result = _cli("validate", str(path))
    assert result.returncode == 1
    _no_traceback(result.stderr)
    assert "values once its aliases (*name) are expanded" in result.stdout
