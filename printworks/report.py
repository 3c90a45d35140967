"""How the CLI shows a zine build: a progress bar while it runs, a table when it is done."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from printworks.zine import RoleResult, ZineReport

_out = Console()
_err = Console(stderr=True)


class ZineProgress:
    """A progress bar over the roles of a zine build (on stderr, only on a terminal)."""

    def __init__(self, total: int):
        self._bar = Progress(
            TextColumn("[bold]rendering"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=_err,
            disable=not sys.stderr.isatty(),
            transient=True,
        )
        self._task = self._bar.add_task("", total=total)

    def __enter__(self) -> ZineProgress:
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def advance(self, result: RoleResult) -> None:
        self._bar.update(self._task, advance=1, description=result.slug)


def print_summary(report: ZineReport) -> None:
    """The table of roles, then each failure in full, then where the zine went."""
    table = Table(title="printworks zine", title_justify="left")
    table.add_column("role")
    table.add_column("pages", justify="right")
    table.add_column("slides", justify="right")
    table.add_column("seconds", justify="right")
    table.add_column("status")
    style = {"built": "green", "cached": "cyan", "failed": "bold red"}
    shown = {"cached": "reused"}  # one word for it, in the table and the summary
    for r in report.roles:
        table.add_row(
            Text(r.slug),
            str(r.pages or "-"),
            str(r.slides or "-"),
            f"{r.seconds:.2f}",
            Text(shown.get(r.status, r.status), style=style[r.status]),
        )
    _out.print(table)
    for note in report.notes:
        _err.print(note, markup=False, highlight=False, soft_wrap=True)
    for warning in report.warnings:
        _err.print(f"warning: {warning}", markup=False, highlight=False, soft_wrap=True)
    for r in report.failed:
        _err.print(r.error, markup=False, highlight=False, soft_wrap=True)
    if report.zine_error:
        _err.print(report.zine_error, markup=False, highlight=False, soft_wrap=True)
    plain = {"markup": False, "highlight": False, "soft_wrap": True}
    if report.zine:
        _out.print(
            f"{report.zine} ({report.zine_pages} pages, "
            f"{shown.get(report.zine_status, report.zine_status)}), {report.booklet}"
            f" ({report.sheets} sheets, creep {report.creep_mm:.2f} mm)",
            **plain,
        )
    if report.print_edition:
        _out.print(
            f"{report.print_edition}: the print shop's edition, every page single, in reading"
            " order, with its bleed and crop marks",
            **plain,
        )
        _print_preflight(report.preflight)
    built = sum(r.status == "built" for r in report.roles)
    cached = sum(r.status == "cached" for r in report.roles)
    summary = (
        f"{len(report.roles)} roles: {built} built, {cached} reused, {len(report.failed)} failed"
    )
    _out.print(summary, markup=False, highlight=False, soft_wrap=True)
    for error in report.errors:
        _err.print(error, markup=False, highlight=False, soft_wrap=True)


def _print_preflight(rows: list[tuple[str, str, bool]]) -> None:
    """The print edition's preflight: one row a check."""
    table = Table(title="preflight of the print edition", title_justify="left")
    table.add_column("check")
    table.add_column("found")
    table.add_column("", justify="center")
    for check, found, ok in rows:
        table.add_row(check, Text(found), Text("ok", "green") if ok else Text("check", "bold red"))
    _out.print(table)
    _out.print(
        "Written as PDF/X-1a:2003 and read back by printworks' own preflight; no certified "
        "PDF/X validator has seen it.",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
