"""The ``printworks`` program: the CLI (:mod:`printworks.cli`), but for the plainest
``printworks pdf ROLE``, which goes the quick route.

Building the typer app (typer itself, a pydantic adapter for every parameter, a signature
for every command) is a sixth of the start of ``pdf ROLE``, the command run most often. So a
``pdf`` command line written in the few plain forms below is read here and made by the very
steps the typer command takes (:func:`printworks.single.case_file`); any other line (help,
completion, a mistake, a form not listed) goes to the typer app, which says what it says.

    printworks pdf ROLE [-o PATH | --output PATH | --output=PATH]
                        [--page-size SIZE | --page-size=SIZE] [--grayscale]
                        [--roles-dir DIR | --roles-dir=DIR]     (options in any order)
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from printworks import single

# what the typer command takes (printworks.cli.pdf); tests/test_launch.py reads both the same
PAGE_SIZES = ("a4", "letter", "a5", "half-letter")
_VALUED = {
    "-o": "output",
    "--output": "output",
    "--page-size": "page_size",
    "--roles-dir": "roles_dir",
}
ROLES_ENV = "PRINTWORKS_ROLES"
COMPLETION_ENV = "_PRINTWORKS_COMPLETE"


def quick_pdf(args: Sequence[str], environ: Mapping[str, str]) -> dict[str, object] | None:
    """The arguments of the typer ``pdf`` command for the command line ``args``, when it is
    written in one of the plain forms; None for any other line."""
    if not args or args[0] != "pdf" or any(k.startswith(COMPLETION_ENV) for k in environ):
        return None
    found: dict[str, str] = {}
    role: str | None = None
    grayscale = False
    rest = list(args[1:])
    while rest:
        token = rest.pop(0)
        if token == "--grayscale":
            grayscale = True
            continue
        if not token.startswith("-"):
            if role is not None:
                return None
            role = token
            continue
        name, equals, value = token.partition("=")
        key = _VALUED.get(name)
        if key is None or key in found or (equals and name == "-o"):
            return None  # --help, an option not listed, one given twice, -o=...
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if not value or value.startswith("-"):
            return None
        found[key] = value
    page_size = found.get("page_size", "a4")
    if role is None or page_size not in PAGE_SIZES:
        return None
    roles_dir = found.get("roles_dir") or environ.get(ROLES_ENV) or None
    return {
        "role": role,
        "output": Path(found["output"]) if "output" in found else None,
        "page_size": page_size,
        "grayscale": grayscale,
        "roles_dir": Path(roles_dir) if roles_dir else None,
    }


def echo(line: str, err: bool) -> None:
    """``line`` on stdout (or stderr), flushed; a character the stream cannot encode is
    replaced, as typer's echo does."""
    stream = sys.stderr if err else sys.stdout
    try:
        stream.write(line + "\n")
    except UnicodeEncodeError:
        encoding = stream.encoding or "utf-8"
        stream.write(line.encode(encoding, "replace").decode(encoding) + "\n")
    stream.flush()


def main(args: Sequence[str] | None = None) -> None:
    """Run ``printworks`` with ``args`` (default: the command line, as the program: then the
    collector is tuned for a process that ends with the command, as below)."""
    program = args is None
    args = sys.argv[1:] if args is None else list(args)
    quick = quick_pdf(args, os.environ)
    try:
        if quick is None:
            from printworks.cli import app  # typer, only for the lines that need it

            app(args, prog_name="printworks")
            return
        if program:
            # a case file's process makes a few hundred thousand objects that live to its end
            # (classes, fonts, flowables): the collector looks for cycles among the young ones
            # less often than after every 700 (it took a tenth of the start)
            gc.set_threshold(20_000, 10, 10)
        try:
            status = single.case_file(**quick, echo=echo)
        except KeyboardInterrupt:
            echo("\nAborted!", True)  # as the typer app says it
            status = 1
        sys.exit(status)
    finally:
        if program:  # the process ends: no collection need walk all it made on the way out
            gc.freeze()
