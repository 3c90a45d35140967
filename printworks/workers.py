"""Worker processes for a batch: each runs one task at a time, and one dying fails only its task.

``concurrent.futures`` gives up the whole pool when one worker is killed (the OOM killer, a
segfault): every task still queued fails with it. Here each worker has its own pipe; the
parent hands a task to whichever worker is idle, waits on the pipes and on the processes
themselves, and when a worker dies mid-task reports that task as failed and starts another
worker for the rest. Workers ignore Ctrl-C: the parent takes it, stops them within a second
and lets the interrupt go on. A worker whose parent is gone (killed outright) exits within a
fraction of a second.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

STOP_WAIT = 0.5  # seconds a stopped worker is given before it is killed
PARENT_CHECK = 0.2  # seconds between a worker's looks at whether its parent is still there
START_TRIES = 3  # workers started in turn for a task whose worker died before taking it


@dataclass(frozen=True)
class Task:
    """A call to run in a worker: ``function(*args)``, known by ``key``."""

    key: str
    function: Callable[..., Any]
    args: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Died:
    """What a task gives when its worker died before answering."""

    reason: str


@dataclass(frozen=True)
class Crashed:
    """What a task gives when its function raised: the exception as text."""

    error: str
    trace: str


def _orphaned(parent: int) -> None:
    """End this worker as soon as its parent is gone (killed, even by SIGKILL, which no
    handler sees): the worker is then someone else's child. A busy worker would otherwise
    finish its task, and an idle one wait on a pipe that other workers hold open, for ever."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK)
    os._exit(1)


def _serve(conn: Connection, setup: Callable[[], None] | None, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C for everyone
    threading.Thread(target=_orphaned, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # gone already, before the watch began
        os._exit(1)
    if setup:
        setup()
    first = True
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        try:
            answer: Any = task.function(*task.args)
        except Exception as exc:  # a task's own failure is its result, not the worker's end
            answer = Crashed(repr(exc), traceback.format_exc())
        conn.send(answer)
        if first:
            first = False
            _settle()


def _settle() -> None:
    """After a worker's first task: what is alive now (the modules, and what the task left in
    their caches: fonts, layouts, a deck's template) lives to the worker's end, so it is frozen
    out of the collector's sight; each full collection then walks only what came since (a
    zine of 100 roles: a tenth of a worker's time had gone on walking it again and again)."""
    gc.collect()
    gc.freeze()


class _Worker:
    def __init__(self, context, setup: Callable[[], None] | None):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, setup, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        self.task: Task | None = None

    def give(self, task: Task) -> None:
        self.task = task
        self.conn.send(task)

    def reason(self) -> str:
        self.process.join(STOP_WAIT)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exited with status {code}"


def _stop(workers: list[_Worker]) -> None:
    """Stop every worker: idle ones are told to, busy ones are ended; within a second."""
    for worker in workers:
        try:
            if worker.task is None:
                worker.conn.send(None)
            else:
                worker.process.terminate()
        except (OSError, ValueError):
            pass
    deadline = time.monotonic() + STOP_WAIT
    for worker in workers:
        worker.process.join(max(0.0, deadline - time.monotonic()))
    for worker in workers:
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()


class Pool:
    """``jobs`` worker processes, started as the pool is made (each runs ``setup`` first), so
    they start up while the parent is still getting the tasks ready; in this process when
    ``jobs`` is 1. Use it in a ``with``: leaving it stops every worker, however it is left.
    """

    def __init__(self, jobs: int, setup: Callable[[], None] | None = None):
        self.jobs, self.setup = jobs, setup
        self.context = multiprocessing.get_context()
        self.workers: list[_Worker] = []
        try:
            for _ in range(jobs if jobs > 1 else 0):
                self.workers.append(_Worker(self.context, setup))
        except BaseException:
            _stop(self.workers)
            raise

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        _stop(self.workers)
        self.workers = []

    def run(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, Any]]:
        """Each task with what it gave (its result, :class:`Crashed` or :class:`Died`), as
        they finish."""
        queue = deque(tasks)
        if self.jobs <= 1:
            for task in queue:
                try:
                    yield task, task.function(*task.args)
                except Exception as exc:
                    yield task, Crashed(repr(exc), traceback.format_exc())
            return
        workers, context, setup = self.workers, self.context, self.setup

        def hand(worker: _Worker, task: Task) -> Died | None:
            """Give ``task`` to ``worker``, or to a new worker when that one died before taking
            it (its pipe is broken: the task never started); a Died if none would start."""
            for _ in range(START_TRIES):
                try:
                    worker.give(task)
                    return None
                except OSError:
                    reason = worker.reason()
                    worker.task = None
                    _stop([worker])
                    workers.remove(worker)
                    worker = _Worker(context, setup)
                    workers.append(worker)
            return Died(f"no worker would start ({reason})")

        for worker in list(workers):
            if queue:
                task = queue.popleft()
                if failed := hand(worker, task):
                    yield task, failed
        while any(w.task for w in workers):
            busy = [w for w in workers if w.task]
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
            for worker in busy:
                if worker.conn in ready and worker.conn.poll():
                    try:
                        answer = worker.conn.recv()
                    except EOFError:
                        answer = Died(worker.reason())
                elif worker.process.sentinel in ready:
                    answer = Died(worker.reason())
                else:
                    continue
                task, worker.task = worker.task, None
                if isinstance(answer, Died):
                    _stop([worker])
                    workers.remove(worker)
                    if queue:
                        worker = _Worker(context, setup)
                        workers.append(worker)
                yield task, answer
                if queue and worker in workers:
                    task = queue.popleft()
                    if failed := hand(worker, task):
                        yield task, failed


def run(
    tasks: Iterable[Task], jobs: int, setup: Callable[[], None] | None = None
) -> Iterator[tuple[Task, Any]]:
    """Each task with what it gave, as they finish, run by ``jobs`` worker processes (in this
    process when ``jobs`` is 1): a :class:`Pool` made for these tasks alone."""
    tasks = list(tasks)
    with Pool(min(jobs, len(tasks)), setup) as pool:
        yield from pool.run(tasks)
