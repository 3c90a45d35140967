"""Which roles go into a zine: drafts left out (with a line each), two roles that would share
a title or a case number refused (a line each), and the outputs of roles no longer in the
folder cleared (only the files the zine's cache knows it wrote, with the bytes it wrote); the
order they go in (``order.txt``, then by slug)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from printworks.checks import Head, duplicates
from printworks.drafts import drafted
from printworks.errors import PrintworksError, Problem
from printworks.loader import MAX_FILE_BYTES, SUFFIX, read_role, role_paths
from printworks.yamldoc import sorted_problems

ORDER_FILE = "order.txt"


def ordered_role_paths(folder: Path, warnings: list[str] | None = None) -> list[Path]:
    """The role files of ``folder`` in zine order: ``order.txt`` first (if any), then by slug."""
    paths = {p.stem: p for p in role_paths(folder)}
    order_file = folder / ORDER_FILE
    listed: list[str] = []
    listed_at: dict[str, int] = {}
    if order_file.is_file():
        for number, line in enumerate(order_file.read_text(encoding="utf-8").splitlines(), 1):
            slug = line.split("#", 1)[0].strip()
            if not slug:
                continue
            if slug not in paths:
                if warnings is not None:
                    warnings.append(
                        f"{order_file}:{number}:1: no role '{slug}{SUFFIX}' in {folder}"
                    )
            elif slug in listed_at:
                if warnings is not None:
                    warnings.append(
                        f"{order_file}:{number}:1: '{slug}' is listed already, at line "
                        f"{listed_at[slug]}; a role goes in the zine once"
                    )
            else:
                listed.append(slug)
                listed_at[slug] = number
    rest = sorted(set(paths) - set(listed))
    return [paths[s] for s in listed if s in paths] + [paths[s] for s in rest]


def left_out(paths: list[Path], drafts: bool) -> tuple[list[Path], list[Path]]:
    """``paths`` split into those that go in the zine and the drafts left out (none when
    ``drafts``: they go in too)."""
    if drafts:
        return list(paths), []
    out = [p for p in paths if drafted(p)]
    return [p for p in paths if p not in out], out


def draft_line(path: Path) -> str:
    """What is said of a draft left out of the zine."""
    return f"{path}: a draft (draft: true), left out of the zine; --drafts puts it in"


def clashes(paths: list[Path]) -> dict[Path, list[Problem]]:
    """The errors of each of ``paths`` whose title or case number another of them has too:
    two such roles cannot meet in one zine."""
    heads = []
    for path in paths:
        try:
            with path.open("rb") as handle:
                text = handle.read(MAX_FILE_BYTES).decode("utf-8-sig", errors="replace")
        except OSError:
            continue
        heads.append(Head.scan(path, text))
    found: dict[Path, list[Problem]] = {}
    for problem in duplicates(heads, heads):
        found.setdefault(Path(problem.path), []).append(problem)
    return found


def with_own_errors(path: Path, clashes: list[Problem]) -> list[Problem]:
    """A refused role's clashes and its file's own errors, in file order: all there is to mend
    before it goes in."""
    try:
        own = read_role(path).errors
    except PrintworksError:
        own = []
    return sorted_problems([*clashes, *own])


def clear_gone(outdir: Path, slugs: set[str], entries: dict) -> list[Path]:
    """Remove the outputs of the cache ``entries`` whose role (by slug) is not in ``slugs``,
    each only while it holds the bytes the zine wrote; those entries are dropped. The files
    removed."""
    removed = []
    for key in [k for k in entries if not k.startswith("(") and k not in slugs]:
        for name, sha in entries.pop(key).outputs.items():
            path = outdir / name
            try:
                if hashlib.sha256(path.read_bytes()).hexdigest() == sha:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue
    return removed
