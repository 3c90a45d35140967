"""Work counted in instructions (valgrind's callgrind), for ``bench.py --against --instructions``.

On a shared machine the same code's time moves by a tenth or more from one hour to the next,
and by more than the difference being looked for. The number of instructions a render takes
does not: with the caches warm, the hash seed fixed and the collector off, it is the same from
one run to the next, to a few parts in a thousand. It is not time (an instruction that misses
the cache costs more than one that does not), but less work counted this way is less work.

A render's count is ``(I(3) - I(1)) / 2``: a process that renders three times less one that
renders once, so that neither start-up nor the first render's loading is in it. A zine's count
is the whole ``zine --jobs 1`` process: one process does all its work.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# one role's seed case file and deck rendered ``count`` times, the collector off (its walks
# depend on what else the process holds), the caches warmed by the first render
RENDERS = """
import gc, sys
from pathlib import Path
from printworks.loader import load_role
role = load_role(Path(sys.argv[1]))
if sys.argv[2] == "deck":
    from printworks.deck import render_deck as render
else:
    from printworks.casefile import render_casefile as render
gc.disable()
for _ in range(int(sys.argv[3])):
    render(role)
"""
_COLLECTED = re.compile(rb"Collected : (\d+)")


def available() -> str | None:
    """Why instructions cannot be counted here, or None if they can."""
    if shutil.which("valgrind") is None:
        return "valgrind is not installed (apt install valgrind)"
    return None


def _instructions(args: list[str], env: dict[str, str]) -> int:
    run = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *args]
    done = subprocess.run(run, capture_output=True, env={**env, "PYTHONHASHSEED": "0"})
    found = _COLLECTED.search(done.stderr)
    if done.returncode or not found:
        tail = done.stderr.decode(errors="replace").strip().splitlines()[-1:]
        raise SystemExit(f"bench: counting {' '.join(args[-3:])}: {' '.join(tail)}")
    return int(found[1])


def _warm(args: list[str], env: dict[str, str]) -> None:
    """Run ``args`` once uncounted: what printworks keeps between runs (parsed faces, compiled
    templates, under the code that made them) is then kept before the counted runs, so that
    none of them pays for writing it."""
    subprocess.run(args, capture_output=True, env=env)


def per_render(role: Path, what: str, env: dict[str, str]) -> int:
    """Instructions one warm render of ``role``'s ``what`` ("deck" or "casefile") takes."""
    script = [sys.executable, "-c", RENDERS, str(role), what]
    _warm([*script, "1"], env)
    once, thrice = (_instructions([*script, str(n)], env) for n in (1, 3))
    return (thrice - once) // 2


def zine(roles: Path, out: Path, env: dict[str, str]) -> int:
    """Instructions of a whole ``printworks zine --jobs 1`` of the roles in ``roles``."""
    args = [sys.executable, "-m", "printworks", "zine", "--roles-dir", str(roles)]
    _warm([*args, "-o", str(out), "--jobs", "1", "--force"], env)
    counted = _instructions([*args, "-o", str(out), "--jobs", "1", "--force"], env)
    shutil.rmtree(out, ignore_errors=True)
    return counted


def jobs() -> int:
    """How many counts to run at once: valgrind runs a program on one core."""
    return max(1, min(4, os.cpu_count() or 1))
