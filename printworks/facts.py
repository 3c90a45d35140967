"""The one view of a role that every renderer reads: what is derived from it, derived once.

Money in the role's currency, clock times in minutes and the lanes of the day log, counts, the
sections a role has content for, the org chart flattened with its connectors, and the related
specimens: the case file and the deck both take these from here, so they cannot disagree.

Text stays :class:`~printworks.markup.Text`, its redactions kept as structure all the way into
each renderer. Pure data: nothing here knows a renderer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from printworks import templating
from printworks.articles import article
from printworks.layout import DossierCopy, MoneyCopy, Section
from printworks.model import LogEntry, OrgNode, Role


def money(amount: float, currency: str, copy: MoneyCopy) -> str:
    """``amount`` (rounded to a whole unit) in ``currency``: ``$237,458``, ``CHF 90,000``."""
    figure = f"{round(amount):,}"
    symbol = copy.symbols().get(currency)
    if symbol:
        return templating.words(copy.with_symbol, symbol=symbol, figure=figure, code=currency)
    return templating.words(copy.with_code, figure=figure, code=currency)


def minutes(clock: str) -> int:
    """The minutes since midnight of ``HH:MM``."""
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)


@dataclass(frozen=True)
class Block:
    """One block of the day log: its entry, its number, its minutes and its lane."""

    entry: LogEntry
    number: int
    start: int
    end: int
    lane: int  # blocks that overlap in time sit on separate lanes

    @property
    def minutes(self) -> int:
        return self.end - self.start


def _lanes(spans: list[tuple[int, int]]) -> list[int]:
    ends: list[int] = []
    out = [0] * len(spans)
    for index in sorted(range(len(spans)), key=lambda i: spans[i][0]):
        start, end = spans[index]
        lane = next((i for i, e in enumerate(ends) if e <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        out[index] = lane
    return out


@dataclass(frozen=True)
class OrgEntry:
    """A node of the org chart, in print order, with where it sits in the tree."""

    node: OrgNode
    depth: int
    parent: int | None
    children: tuple[int, ...]
    last_sibling: bool
    # for each ancestor level above this node: whether that ancestor has siblings still to come
    lines: tuple[bool, ...]


def _flatten(root: OrgNode) -> list[OrgEntry]:
    found: list[dict] = []

    def visit(
        node: OrgNode, depth: int, parent: int | None, lines: tuple[bool, ...], last: bool
    ) -> None:
        index = len(found)
        found.append({"node": node, "depth": depth, "parent": parent, "children": [], "last": last})
        found[index]["lines"] = lines
        if parent is not None:
            found[parent]["children"].append(index)
        child_lines = (*lines, not last) if depth else lines
        for number, child in enumerate(node.reports):
            visit(child, depth + 1, index, child_lines, number == len(node.reports) - 1)

    visit(root, 0, None, (), True)
    return [
        OrgEntry(f["node"], f["depth"], f["parent"], tuple(f["children"]), f["last"], f["lines"])
        for f in found
    ]


class Facts:
    """Everything derived from one role that more than one output shows."""

    def __init__(self, role: Role, copy: DossierCopy):
        self.role = role
        self.copy = copy

    @cached_property
    def article(self) -> str:
        """The indefinite article said before the role's title: "an SDET", "a UX lead"."""
        return article(str(self.role.title))

    @cached_property
    def salary(self) -> str:
        """The market average, in the role's currency."""
        return money(self.role.salary.amount, self.role.salary.currency, self.copy.money)

    def money(self, amount: float) -> str:
        """Any other sum, in the role's currency."""
        return money(amount, self.role.salary.currency, self.copy.money)

    @cached_property
    def currency_symbol(self) -> str:
        """What stands before a figure in this currency (its code and a space, if no symbol)."""
        currency = self.role.salary.currency
        symbol = self.copy.money.symbols().get(currency)
        return symbol if symbol else f"{currency} "

    @cached_property
    def blocks(self) -> list[Block]:
        spans = [(minutes(e.start), minutes(e.end)) for e in self.role.day_log]
        lanes = _lanes(spans)
        return [
            Block(entry, number, start, end, lane)
            for number, (entry, (start, end), lane) in enumerate(
                zip(self.role.day_log, spans, lanes, strict=True), 1
            )
        ]

    @cached_property
    def logged_hours(self) -> float:
        """The hours the day log accounts for."""
        return sum(block.minutes for block in self.blocks) / 60

    def per_hour(self, working_days: int) -> str | None:
        """The salary per logged hour over ``working_days`` days, or None with no day log."""
        if not self.logged_hours:
            return None
        return self.money(self.role.salary.amount / (self.logged_hours * working_days))

    @cached_property
    def org(self) -> list[OrgEntry]:
        """The org chart's nodes, parents before children; empty without an org chart."""
        chart = self.role.org_chart
        return _flatten(chart.root) if chart else []

    @cached_property
    def present(self) -> list[Section]:
        """The dossier's sections that this role has content for, in print order."""
        return [s for s in self.copy.sections if getattr(self.role, s.id)]

    @cached_property
    def counts(self) -> dict[str, int]:
        """How many of each listed thing the role has: aliases, metrics, day_log, ..."""
        role = self.role
        lists = {
            name: value
            for name in type(role).model_fields
            if isinstance(value := getattr(role, name), list)
        }
        return {name: len(items) for name, items in lists.items()}

    @cached_property
    def lowest_match(self) -> int | None:
        """The lowest system match among the related specimens."""
        return min((s.match for s in self.role.related), default=None)
