"""Today's printworks against an earlier revision's, in one run, the two measured in turn.

    python bench/bench.py --against REV [--runs 3] [--renders 10] [--roles 100]

A figure written down on another day says as much about that day's machine as about the code:
on this shared machine the same code moves by 10-20 % from one hour to the next. Measured in
the same run, in turn, a busy moment weighs on both alike. The revision's tree is exported
(``git archive``) to a scratch folder and run with this .venv's Python and libraries; each tree
renders the roles it ships, so each figure is its product's as it was then and is now. CPU
seconds (a process and its workers) are given beside wall seconds: they move less when the
machine is shared.
"""

from __future__ import annotations

import io
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the seed's case file and deck in one process, as both trees' renderers take them, timed by
# this bench's own median_seconds (its folder is the third argument)
IN_PROCESS = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from bench import median_seconds
from printworks.casefile import render_casefile
from printworks.deck import render_deck
from printworks.loader import load_role

role, renders = load_role(Path(sys.argv[1])), int(sys.argv[2])
casefile = median_seconds(lambda: render_casefile(role), renders, warmup=2)
print(casefile, median_seconds(lambda: render_deck(role), renders, warmup=2))
"""


def export(root: Path, revision: str, into: Path) -> Path:
    """The tree of ``revision`` (of the repository at ``root``) written out under ``into``."""
    done = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", revision], capture_output=True
    )
    if done.returncode:
        said = done.stderr.decode(errors="replace").strip().splitlines()
        raise SystemExit(f"bench: --against {revision}: {said[-1] if said else 'git failed'}")
    archive = done.stdout
    tree = into / "tree"
    tree.mkdir()
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    return tree


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (the process and its children) of one run of ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def compare(
    root: Path,
    revision: str,
    seed: str,
    runs: int,
    renders: int,
    count: int,
    make_roles: Callable[[Path, int, Path], None],
) -> list[tuple[str, str, str]]:
    """Rows of (measure, the revision's figure, today's figure)."""
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        trees = {"then": export(root, revision, tmp), "now": root}
        env = {
            name: {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
            for name, tree in trees.items()
        }
        for name, tree in trees.items():  # each tree's bytecode compiled once, as make does
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "printworks")])
            make_roles(tmp / f"roles-{name}", count, tree / "roles")
        python = [sys.executable]
        figures: dict[tuple[str, str], list[float]] = {}

        def note(measure: str, name: str, value: float) -> None:
            figures.setdefault((measure, name), []).append(value)

        for run in range(runs):
            for name, tree in trees.items():
                seed_file = str(tree / "roles" / f"{seed}.yaml")
                done = subprocess.run(
                    [*python, "-c", IN_PROCESS, seed_file, str(renders), str(HERE)],
                    check=True,
                    capture_output=True,
                    text=True,
                    env=env[name],
                )
                casefile, deck = map(float, done.stdout.split())
                note("case file, in process (seed, A4)", name, casefile * 1000)
                note("deck, in process (seed, its theme)", name, deck * 1000)
                pdf = [*python, "-m", "printworks", "pdf", seed, "--roles-dir"]
                pdf += [str(tree / "roles"), "-o", str(tmp / f"{name}.pdf")]
                note("printworks pdf ROLE, whole process", name, timed(pdf, env[name])[0])
                out = tmp / f"zine-{name}-{run}"
                zine = [*python, "-m", "printworks", "zine", "--roles-dir"]
                zine += [str(tmp / f"roles-{name}"), "-o", str(out), "--jobs", "2"]
                wall, cpu = timed(zine, env[name])
                note(f"{count}-role zine, cold, --jobs 2", name, wall)
                note(f"{count}-role zine, cold, --jobs 2, CPU", name, cpu)
        rows = []
        for measure in dict.fromkeys(m for m, _ in figures):
            then, now = (statistics.median(figures[(measure, n)]) for n in ("then", "now"))
            unit = " ms" if "in process" in measure else " s"
            digits = 0 if unit == " ms" else 1 if "zine" in measure else 2
            rows.append(
                (
                    measure,
                    f"{then:.{digits}f}{unit}",
                    f"{now:.{digits}f}{unit} ({now / then:.2f}×)",
                )
            )
        return rows


def table(revision: str, rows: list[tuple[str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"\nprintworks now against {revision}, measured in turn in one run (medians)\n")
    print(f"| {'measure':<{width}} | {revision} | now |")
    print(f"| {'-' * width} | ---: | ---: |")
    for measure, then, now in rows:
        print(f"| {measure:<{width}} | {then} | {now} |")
