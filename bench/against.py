"""Today's printworks against an earlier revision's, in one run, the two measured in turn.

    python bench/bench.py --against REV [--runs 3] [--renders 10] [--roles 100] [--instructions]

A figure written down on another day says as much about that day's machine as about the code:
on this shared machine the same code moves by 10-20 % from one hour to the next. Measured in
the same run, in turn, a busy moment weighs on both alike. The revision's tree is exported
(``git archive``) to a scratch folder and run with this .venv's Python and libraries; each tree
renders the roles it ships, so each figure is its product's as it was then and is now. CPU
seconds (a process and its workers) are given beside wall seconds: they move less when the
machine is shared. Today's code also renders the revision's roles, so a slower figure can be
told to be the code's or the roles' (they may ask for more than they did).

``--instructions`` adds the work counted in instructions (bench/counted.py, valgrind), which
no busy hour moves: some ten minutes more.
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


def tree_env(tree: Path) -> dict[str, str]:
    """The environment in which ``python -c`` and ``python -m printworks`` run ``tree``'s code.

    PYTHONPATH alone is not enough: Python puts the working folder before it for ``-c`` and
    ``-m``, so run from the project's folder the revision's figures would be today's code's.
    PYTHONSAFEPATH (Python 3.11) leaves the working folder out; :func:`check_tree` proves it.
    """
    return {
        **os.environ,
        "PYTHONPATH": str(tree),
        "PYTHONSAFEPATH": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def check_tree(tree: Path, env: dict[str, str]) -> None:
    """Stop unless ``env`` imports printworks from ``tree``."""
    done = subprocess.run(
        [sys.executable, "-c", "import printworks; print(printworks.__file__)"],
        capture_output=True,
        text=True,
        env=env,
    )
    found = Path(done.stdout.strip() or "?").resolve()
    if done.returncode or found.parent.parent != tree.resolve():
        raise SystemExit(f"bench: --against: printworks came from {found}, not from {tree}")


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
    instructions: bool = False,
) -> list[tuple[str, str, str]]:
    """Rows of (measure, the revision's figure, today's figure).

    Each tree is measured on the roles it ships; today's code is measured on the revision's
    roles too (rows "on REV's roles"), so that what the code costs is told apart from what
    the roles ask of it: a role that says more takes longer to print, whoever prints it.
    """
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        trees = {"then": export(root, revision, tmp), "now": root}
        env = {name: tree_env(tree) for name, tree in trees.items()}
        for name, tree in trees.items():  # each tree's bytecode compiled once, as make does
            check_tree(tree, env[name])
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "printworks")])
            make_roles(tmp / f"roles-{name}", count, tree / "roles")
        python = [sys.executable]
        # (code, roles): each tree's code on its own roles, and today's on the revision's
        pairs = [("then", "then"), ("now", "now"), ("now", "then")]
        figures: dict[tuple[str, str, str], list[float]] = {}

        def note(measure: str, pair: tuple[str, str], value: float) -> None:
            figures.setdefault((measure, *pair), []).append(value)

        for run in range(runs):
            for code, roles in pairs:
                seed_file = str(trees[roles] / "roles" / f"{seed}.yaml")
                done = subprocess.run(
                    [*python, "-c", IN_PROCESS, seed_file, str(renders), str(HERE)],
                    check=True,
                    capture_output=True,
                    text=True,
                    env=env[code],
                )
                casefile, deck = map(float, done.stdout.split())
                note("case file, in process (seed, A4)", (code, roles), casefile * 1000)
                note("deck, in process (seed, its theme)", (code, roles), deck * 1000)
                pdf = [*python, "-m", "printworks", "pdf", seed, "--roles-dir"]
                pdf += [str(trees[roles] / "roles"), "-o", str(tmp / f"{code}.pdf")]
                note("printworks pdf ROLE, whole process", (code, roles), timed(pdf, env[code])[0])
                out = tmp / f"zine-{code}-{roles}-{run}"
                zine = [*python, "-m", "printworks", "zine", "--roles-dir"]
                zine += [str(tmp / f"roles-{roles}"), "-o", str(out), "--jobs", "2"]
                wall, cpu = timed(zine, env[code])
                note(f"{count}-role zine, cold, --jobs 2", (code, roles), wall)
                note(f"{count}-role zine, cold, --jobs 2, CPU", (code, roles), cpu)
        medians = {key: statistics.median(values) for key, values in figures.items()}
        if instructions:
            medians.update(_counted(trees, env, seed, tmp, pairs, make_roles))
        rows = []
        for roles in ("now", "then"):
            for measure in dict.fromkeys(m for m, _, _ in medians):
                then, now = medians[(measure, "then", "then")], medians[(measure, "now", roles)]
                label = measure if roles == "now" else f"{measure}, on {revision}'s roles"
                rows.append((label, _figure(measure, then), _figure(measure, now, then)))
        return rows


ZINE_COUNTED = 24  # roles in the zine whose instructions are counted (a few minutes a count)


def _counted(trees, env, seed, tmp, pairs, make_roles) -> dict[tuple[str, str, str], float]:
    """The instruction counts of :mod:`counted`, keyed as the timed figures are."""
    from concurrent.futures import ThreadPoolExecutor

    import counted

    why = counted.available()
    if why:
        print(f"bench: no instruction counts: {why}", file=sys.stderr)
        return {}
    for name, tree in trees.items():
        make_roles(tmp / f"counted-{name}", ZINE_COUNTED, tree / "roles")
    jobs = {}
    with ThreadPoolExecutor(counted.jobs()) as pool:
        for code, roles in pairs:
            seed_file = trees[roles] / "roles" / f"{seed}.yaml"
            for what, measure in (("casefile", "case file"), ("deck", "deck")):
                key = (f"{measure}, one warm render, instructions", code, roles)
                jobs[key] = pool.submit(counted.per_render, seed_file, what, env[code])
            key = (f"{ZINE_COUNTED}-role zine, --jobs 1, instructions", code, roles)
            out = tmp / f"counted-zine-{code}-{roles}"
            jobs[key] = pool.submit(counted.zine, tmp / f"counted-{roles}", out, env[code])
        return {key: float(job.result()) for key, job in jobs.items()}


def _figure(measure: str, value: float, then: float | None = None) -> str:
    if measure.endswith("instructions"):
        text = f"{value / 1e9:.2f} G" if value >= 1e10 else f"{value / 1e6:.0f} M"
    elif "in process" in measure:
        text = f"{value:.0f} ms"
    else:
        text = f"{value:.{1 if 'zine' in measure else 2}f} s"
    return text if then is None else f"{text} ({value / then:.2f}×)"


def table(revision: str, rows: list[tuple[str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"\nprintworks now against {revision}, measured in turn in one run (medians)\n")
    print(f"| {'measure':<{width}} | {revision} | now |")
    print(f"| {'-' * width} | ---: | ---: |")
    for measure, then, now in rows:
        print(f"| {measure:<{width}} | {then} | {now} |")
