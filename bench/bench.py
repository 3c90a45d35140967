"""printworks benchmark: prints one table of timings and memory against the targets.

Run it with ``make bench`` (inside the project's .venv). Speed is measured here, never
asserted in a unit test. Every figure is a median over several runs.

    python bench/bench.py [--renders 10] [--runs 3] [--roles 100]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ROLES = ROOT / "roles"
SEED = "principal-ai-ml-model-training-assistant"
BIN = Path(sys.executable).parent / "printworks"


def median_seconds(run: Callable[[], object], times: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        run()
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def command(*args: str, cwd: Path | None = None) -> Callable[[], None]:
    def run() -> None:
        subprocess.run([str(BIN), *args], cwd=cwd, check=True, capture_output=True)

    return run


def make_roles(folder: Path, count: int) -> None:
    """``count`` distinct roles made from the shipped ones (new slug, title and case number)."""
    shipped = sorted(ROLES.glob("*.yaml"))
    folder.mkdir(parents=True)
    for n in range(count):
        source = shipped[n % len(shipped)]
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        cohort = n // len(shipped)
        data["title"] = f"{data['title']} (Cohort {cohort})"
        data["case_number"] = f"BEN-{n:04d}"
        for specimen in data.get("related", []):
            if specimen.get("slug"):
                specimen["slug"] = f"{specimen['slug']}-{cohort}"
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6)
        (folder / f"{source.stem}-{cohort}.yaml").write_text(text, encoding="utf-8")


def zine_run(roles: Path, out: Path, jobs: int) -> tuple[float, int]:
    """Seconds of one ``printworks zine``, and the peak RSS (KiB) of its largest process."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    args = [str(BIN), "zine", "--roles-dir", str(roles), "-o", str(out), "--jobs", str(jobs)]
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], check=True, capture_output=True, text=True
    )
    return time.perf_counter() - started, int(done.stdout.strip())


def watch_saves(roles: Path, out: Path, saves: int) -> list[float]:
    """Seconds from each save of the seed role to its new PDF, in one warm ``printworks watch``.

    A save is a whole new file (as an editor writes it); the PDF counts as written when the
    file at the output path is a new one (the watch renames each new PDF into place).
    """
    role = roles / f"{SEED}.yaml"
    original = role.read_text(encoding="utf-8")
    pdf = out / "seed.pdf"
    args = [str(BIN), "watch", SEED, "--roles-dir", str(roles), "-o", str(pdf)]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(2):  # "built ..." and "watching ..."
            process.stdout.readline()
        samples = []
        for n in range(saves + 1):
            before = pdf.stat().st_ino
            title = f"title: Principal AI/ML Model Training Assistant, take {n}"
            role.write_text(
                original.replace("title: Principal AI/ML Model Training Assistant", title, 1)
            )
            saved = time.perf_counter()
            deadline = saved + 10
            while pdf.stat().st_ino == before and time.perf_counter() < deadline:
                time.sleep(0.002)
            samples.append(time.perf_counter() - saved)
            time.sleep(0.25)  # a writer's pause between saves
        return samples[1:]  # the first save warms the renderer's remaining caches
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=10)
        role.write_text(original, encoding="utf-8")


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {model or 'unknown CPU'}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=10, help="renders per in-process figure")
    parser.add_argument("--runs", type=int, default=3, help="runs per whole-process figure")
    parser.add_argument("--roles", type=int, default=100, help="roles in the zine benchmark")
    options = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")

    from printworks.casefile import render_casefile
    from printworks.deck import render_deck
    from printworks.loader import load_role

    role = load_role(ROLES / f"{SEED}.yaml")
    rows: list[tuple[str, str, str, bool | None]] = []

    def row(name: str, value: str, target: str, holds: bool | None) -> None:
        rows.append((name, value, target, holds))
        print(f"  {name}: {value}", file=sys.stderr)

    pdf = median_seconds(lambda: render_casefile(role), options.renders, warmup=2)
    row("case file, in process (seed, A4)", f"{pdf * 1000:.0f} ms", "≤ 40 ms", pdf <= 0.040)
    deck = median_seconds(lambda: render_deck(role), options.renders, warmup=2)
    row("deck, in process (seed)", f"{deck * 1000:.0f} ms", "≤ 120 ms", deck <= 0.120)

    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        helps = median_seconds(command("--help"), max(options.runs, 5))
        row("printworks --help", f"{helps:.2f} s", "≤ 0.15 s", helps <= 0.15)
        whole = median_seconds(
            command("pdf", SEED, "--roles-dir", str(ROLES), "-o", str(tmp / "seed.pdf")),
            max(options.runs, 5),
        )
        row("printworks pdf ROLE, whole process", f"{whole:.2f} s", "≤ 0.5 s", whole <= 0.5)

        watched = tmp / "watched"
        shutil.copytree(ROLES, watched)
        saves = statistics.median(watch_saves(watched, tmp / "watch-out", options.renders))
        row(
            "watch: save → PDF written (seed)", f"{saves * 1000:.0f} ms", "≤ 150 ms", saves <= 0.150
        )

        roles = tmp / "roles"
        make_roles(roles, options.roles)
        n = options.roles
        cold: dict[int, float] = {}
        peak = 0
        for jobs in (1, 2):
            samples = []
            for run in range(options.runs):
                out = tmp / f"out-{jobs}-{run}"
                seconds, rss = zine_run(roles, out, jobs)
                samples.append(seconds)
                peak = max(peak, rss)
                shutil.rmtree(out) if run < options.runs - 1 or jobs == 1 else None
            cold[jobs] = statistics.median(samples)
        row(f"{n}-role zine, cold, --jobs 1", f"{cold[1]:.1f} s", "", None)
        row(f"{n}-role zine, cold, --jobs 2", f"{cold[2]:.1f} s", "≤ 10 s", cold[2] <= 10)
        speedup = cold[1] / cold[2]
        row("speed-up of --jobs 2 over --jobs 1", f"{speedup:.2f}×", "≥ 1.7×", speedup >= 1.7)
        warm_out = tmp / f"out-2-{options.runs - 1}"
        warm = statistics.median(zine_run(roles, warm_out, 2)[0] for _ in range(options.runs))
        row(f"{n}-role zine, warm (all reused)", f"{warm:.2f} s", "< 1 s", warm < 1)
        row(
            f"peak RSS, largest process of the {n}-role zine",
            f"{peak / 1024:.0f} MB",
            "< 200 MB",
            peak / 1024 < 200,
        )

    print(f"\nprintworks benchmark on {machine()}\n")
    width = max(len(r[0]) for r in rows)
    print(f"| {'measure':<{width}} | median | target | holds |")
    print(f"| {'-' * width} | ---: | ---: | --- |")
    for name, value, target, holds in rows:
        verdict = "" if holds is None else ("yes" if holds else "**no**")
        print(f"| {name:<{width}} | {value} | {target} | {verdict} |")


if __name__ == "__main__":
    main()
