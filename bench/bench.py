"""printworks benchmark: prints one table of timings and memory against the targets.

Run it with ``make bench`` (inside the project's .venv). Speed is measured here, never
asserted in a unit test. Every figure is a median over several runs; the bare-engine
baseline (a plain ReportLab script and a plain python-pptx script, bench/bare_*.py, run side
by side as two processes) is measured in the same invocation, so ratios compare like with like.

    python bench/bench.py [--renders 10] [--runs 3] [--roles 100] [--big 1000] [--only start]
    python bench/bench.py --against REV [--instructions]

``--only start`` measures only the start: ``pdf ROLE`` as a whole process against a plain
ReportLab script printing the same role's texts at A4 (bench/bare_casefile.py).
``--against REV`` measures today's code against a git revision's, the two in turn in one run
(bench/against.py): a figure from another day is that day's machine's as much as its code's.
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


def command(*args: str, cwd: Path | None = None, env=None) -> Callable[[], None]:
    def run() -> None:
        subprocess.run([str(BIN), *args], cwd=cwd, env=env, check=True, capture_output=True)

    return run


def make_roles(folder: Path, count: int, shipped_from: Path = ROLES) -> None:
    """``count`` distinct roles made from the shipped ones (new slug, title and case number)."""
    shipped = sorted(shipped_from.glob("*.yaml"))
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


def bare_run(roles: Path, out: Path) -> float:
    """Seconds of the bare-engine batch: both baseline scripts at once, one a core."""
    scripts = [ROOT / "bench" / "bare_reportlab.py", ROOT / "bench" / "bare_pptx.py"]
    started = time.perf_counter()
    running = [
        subprocess.Popen([sys.executable, str(s), str(roles), str(out / s.stem)]) for s in scripts
    ]
    for process in running:
        if process.wait():
            raise SystemExit(f"bench: {process.args} failed")
    return time.perf_counter() - started


def grown(times: int) -> dict:
    """The seed's data with every list (but the deck's own slides) ``times`` as long."""
    data = yaml.safe_load((ROLES / f"{SEED}.yaml").read_text(encoding="utf-8"))

    def grow(value, key=None):
        if isinstance(value, dict):
            out = {k: grow(v, k) for k, v in value.items()}
            return out
        if isinstance(value, list) and key not in ("slides", "habits"):
            return [grow(item) for _ in range(times) for item in value]
        return value

    out = grow(data)
    out["deck"] = data["deck"]
    out["org_chart"] = data["org_chart"]  # one subject of the file
    return out


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
    process = subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C as a terminal gives it, even when this bench runs in the background (a
        # shell's background job ignores SIGINT, and a child inherits that)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
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
        try:
            process.communicate(timeout=30)
        except subprocess.TimeoutExpired:  # say what the watch said before it stuck
            process.kill()
            _, said = process.communicate()
            raise SystemExit(f"the watch did not stop on Ctrl-C; it said:\n{said}") from None
        finally:
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
    parser.add_argument("--big", type=int, default=1000, help="roles in the big zine (0: none)")
    parser.add_argument("--only", choices=["start"], help="measure only this (start: pdf ROLE)")
    parser.add_argument("--against", metavar="REV", help="today's against a git revision's")
    parser.add_argument(
        "--instructions", action="store_true", help="with --against: count instructions too"
    )
    options = parser.parse_args()
    if options.instructions and not options.against:
        parser.error("--instructions counts against a revision: give --against REV too")
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    if options.against:
        import against

        rows = against.compare(
            ROOT,
            options.against,
            SEED,
            options.runs,
            options.renders,
            options.roles,
            make_roles,
            options.instructions,
        )
        against.table(options.against, rows)
        return
    if options.only == "start":
        rows: list[tuple[str, str, str, bool | None, str]] = []

        def kept(name: str, value: str, target="", holds: bool | None = None, bare=""):
            rows.append((name, value, target, holds, bare))

        with tempfile.TemporaryDirectory() as scratch:
            start_rows(Path(scratch), max(options.runs, 5), kept)
        table(rows)
        return

    from printworks.casefile import render_casefile
    from printworks.deck import DeckOptions, render_deck
    from printworks.layout import shipped
    from printworks.loader import load_role, parse_role

    layouts = shipped()
    role = load_role(ROLES / f"{SEED}.yaml")
    rows: list[tuple[str, str, str, bool | None, str]] = []

    def row(name: str, value: str, target: str = "", holds: bool | None = None, bare: str = ""):
        rows.append((name, value, target, holds, bare))
        print(f"  {name}: {value}", file=sys.stderr)

    pdf = median_seconds(lambda: render_casefile(role), options.renders, warmup=2)
    row("case file, in process (seed, A4)", f"{pdf * 1000:.0f} ms")
    for theme in layouts.deck.theme_names():
        deck_options = DeckOptions(theme=theme)
        deck = median_seconds(lambda o=deck_options: render_deck(role, layouts, o), options.renders)
        row(f"deck, in process (seed, {theme})", f"{deck * 1000:.0f} ms", "≤ 120 ms", deck <= 0.12)

    # a role 1x, 4x and 12x the seed's length: time per page and per slide stays flat
    for times in (1, 4, 12):
        text = yaml.safe_dump(grown(times), allow_unicode=True, sort_keys=False)
        big = parse_role(text, f"grown-{times}.yaml")
        data = render_casefile(big)
        pages = data.count(b"/Type /Page\n")
        made = render_deck(big)
        slides = _slides(made)
        pdf_s = median_seconds(lambda b=big: render_casefile(b), max(3, options.renders // times))
        deck_s = median_seconds(lambda b=big: render_deck(b), max(3, options.renders // times))
        row(
            f"a role {times}× the seed: ms a page ({pages} pages), a slide ({slides} slides)",
            f"{pdf_s / pages * 1000:.1f} / {deck_s / slides * 1000:.1f} ms",
            "flat",
        )

    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        quiet = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        for label, env in (("", None), (", PYTHONDONTWRITEBYTECODE=1", quiet)):
            helps = median_seconds(command("--help", env=env), max(options.runs, 5))
            row(f"printworks --help{label}", f"{helps:.2f} s", "≤ 0.15 s", helps <= 0.15)
            if not label:
                start_rows(tmp, max(options.runs, 5), row)
                continue
            whole = median_seconds(
                command("pdf", SEED, "--roles-dir", str(ROLES), "-o", str(tmp / "s.pdf"), env=env),
                max(options.runs, 5),
            )
            row(f"printworks pdf ROLE, whole process{label}", f"{whole:.2f} s")

        watched = tmp / "watched"
        shutil.copytree(ROLES, watched)
        saves = statistics.median(watch_saves(watched, tmp / "watch-out", options.renders))
        row("watch: save → PDF written (seed)", f"{saves * 1000:.0f} ms", "≤ 150 ms", saves <= 0.15)

        roles = tmp / "roles"
        make_roles(roles, options.roles)
        n = options.roles
        bare = statistics.median(
            bare_run(roles, tmp / f"bare-{run}") for run in range(options.runs)
        )
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
        row(f"bare engines, {n} roles (ReportLab ∥ python-pptx)", f"{bare:.1f} s")
        row(f"{n}-role zine, cold, --jobs 1", f"{cold[1]:.1f} s", bare=f"{bare:.1f} s")
        ratio = cold[2] / bare
        row(
            f"{n}-role zine, cold, --jobs 2, against the bare engines",
            f"{cold[2]:.1f} s ({ratio:.2f}×)",
            "≤ 1.0×",
            ratio <= 1.0,
            f"{bare:.1f} s",
        )
        speedup = cold[1] / cold[2]
        row("speed-up of --jobs 2 over --jobs 1", f"{speedup:.2f}×", "≥ 1.7×", speedup >= 1.7)
        warm_out = tmp / f"out-2-{options.runs - 1}"
        warm = statistics.median(zine_run(roles, warm_out, 2)[0] for _ in range(options.runs))
        row(f"{n}-role zine, warm (all reused)", f"{warm:.2f} s", "< 1 s", warm < 1)
        row(
            f"peak RSS, largest process of the {n}-role zine",
            f"{peak / 1024:.0f} MB",
            "< 250 MB",
            peak / 1024 < 250,
        )
        shutil.rmtree(roles)

        if options.big:
            from printworks.impose import impose, sheet_for

            big_roles = tmp / "big-roles"
            make_roles(big_roles, options.big)
            out = tmp / "big-out"
            seconds, rss = zine_run(big_roles, out, 2)
            growth = seconds / cold[2]
            limit = 1.05 * options.big / n  # the 10.5x for ten times the roles
            row(
                f"{options.big}-role zine, cold, --jobs 2",
                f"{seconds:.0f} s ({growth:.1f}× the {n})",
                f"≤ {limit:.1f}×",
                growth <= limit,
            )
            row(
                f"peak RSS, largest process of the {options.big}-role zine",
                f"{rss / 1024:.0f} MB",
                "< 250 MB",
                rss / 1024 < 250,
            )
            reader = (out / "zine.pdf").read_bytes()
            pages = reader.count(b"/Type /Page\n")
            sheet = sheet_for(layouts.imposition, "a5")
            imposing = median_seconds(
                lambda: impose(reader, layouts.imposition, sheet=sheet), 1, warmup=0
            )
            row(
                f"booklet of the {options.big}-role zine ({pages} pages) imposed",
                f"{imposing:.1f} s",
                "< 5 s",
                imposing < 5,
            )

    table(rows)


def start_rows(tmp: Path, runs: int, row: Callable[..., None]) -> None:
    """``pdf ROLE`` as a whole process, beside a plain ReportLab script that prints the same
    role's texts at A4 (the bare engine's start), measured in turn, medians of ``runs``."""
    role = ROLES / f"{SEED}.yaml"
    bare_script = ROOT / "bench" / "bare_casefile.py"
    bare_args = [sys.executable, str(bare_script), str(role), str(tmp / "bare.pdf")]

    def bare_once() -> None:
        subprocess.run(bare_args, check=True, capture_output=True)

    pdf_once = command("pdf", SEED, "--roles-dir", str(ROLES), "-o", str(tmp / "s.pdf"))
    bare, whole = [], []
    for _ in range(runs):  # alternated, so that a busy moment weighs on both alike
        bare.append(median_seconds(bare_once, 1, warmup=0 if bare else 1))
        whole.append(median_seconds(pdf_once, 1, warmup=0 if whole else 1))
    bare_s, whole_s = statistics.median(bare), statistics.median(whole)
    row("bare ReportLab script, the seed's texts at A4, whole process", f"{bare_s:.2f} s")
    ratio = whole_s / bare_s
    row(
        "printworks pdf ROLE, whole process, against the bare script",
        f"{whole_s:.2f} s ({ratio:.2f}×)",
        "≤ 2.0×",
        ratio <= 2.0,
        f"{bare_s:.2f} s",
    )


def table(rows: list[tuple[str, str, str, bool | None, str]]) -> None:
    print(f"\nprintworks benchmark on {machine()}\n")
    width = max(len(r[0]) for r in rows)
    print(f"| {'measure':<{width}} | median | target | holds | bare engines |")
    print(f"| {'-' * width} | ---: | ---: | --- | ---: |")
    for name, value, target, holds, bare_value in rows:
        verdict = "" if holds is None else ("yes" if holds else "**no**")
        print(f"| {name:<{width}} | {value} | {target} | {verdict} | {bare_value} |")


def _slides(pptx: bytes) -> int:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(pptx)) as archive:
        names = archive.namelist()
    return sum(n.startswith("ppt/slides/slide") and n.endswith(".xml") for n in names)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:  # the scratch folders are gone already (their with-blocks)
        print("bench: interrupted", file=sys.stderr)
        raise SystemExit(130) from None
