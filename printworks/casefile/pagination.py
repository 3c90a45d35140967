"""Pages a designer would sign: a role's last page never left nearly empty, and the pages a
booklet needs to make up its sheets spread out, never two blank pages in a row.

A document is laid out once and measured (where each of a role's flowables landed, how far
down each page is printed); then the few breaks that fix what the measure found are planned,
and the document is laid out again with them. Pure bookkeeping: the flowables are tagged with
their role and their place in its story, so a plan names a place the same way in both passes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, PageBreak

from .compat import Again

# a planned break fills the page it fills a little more than the least (for the room a
# flowable's foot keeps below its last line)
MARGIN = 0.08
# the roles' stories a first layout keeps for the second, laid out (about 0.6 MB each): a zine
# of more roles makes the rest again
KEPT_STORIES = 100


@dataclass(frozen=True)
class Plan:
    """Where to break a page before a flowable (role slug, index in its story), and which
    roles a blank page goes before (so that they open on a right-hand page)."""

    breaks: frozenset[tuple[str, int]] = frozenset()
    blanks_before: frozenset[str] = frozenset()


@dataclass
class Placed:
    """Where one of a role's flowables landed: its page and its top and bottom (points up)."""

    slug: str
    index: int
    page: int
    top: float
    bottom: float
    held: bool  # kept on this page by the flowable before it (a heading, a label)


@dataclass
class Record:
    """What a layout pass measured."""

    placed: list[Placed] = field(default_factory=list)
    lowest: dict[int, float] = field(default_factory=dict)  # each page's lowest printed point

    def note(self, flowable: Flowable, page: int, y: float) -> None:
        """``flowable`` has just been laid out on ``page``, its foot at ``y``."""
        self.lowest[page] = min(self.lowest.get(page, y), y)
        at = getattr(flowable, "pw_at", None)
        if at is not None:
            height = getattr(flowable, "height", 0) or 0
            held = bool(getattr(flowable, "pw_held", False))
            self.placed.append(Placed(at[0], at[1], page, y + height, y, held))


class Stories:
    """Each role's story for a document laid out twice: made for the first layout and taken
    again by the second (see :class:`~.compat.Again`: a paragraph keeps the lines it broke),
    for the first :data:`KEPT_STORIES` roles; the rest are made again."""

    def __init__(self, make: Callable[[int], list[Flowable]]):
        self._make = make  # a role's story, by its place in the document
        self._kept: dict[int, Again] = {}
        self._asked: set[int] = set()  # a story asked for again: a later layout's

    def story(self, index: int) -> list[Flowable]:
        """The flowables of the story of the document's ``index``-th role, as made."""
        made = self._kept.pop(index, None)
        if made is None:
            made = Again(self._make(index))
            if index not in self._asked and len(self._kept) < KEPT_STORIES:
                self._kept[index] = made
        self._asked.add(index)
        return made()


def tag(story: Sequence[Flowable], slug: str, plan: Plan) -> list[Flowable]:
    """``story`` (a role's) with each flowable tagged by its place, and the plan's breaks."""
    out: list[Flowable] = []
    for index, flowable in enumerate(story):
        if (slug, index) in plan.breaks:
            out.append(PageBreak())
        flowable.pw_at = (slug, index)
        flowable.pw_held = bool(index and story[index - 1].getKeepWithNext())
        out.append(flowable)
    return out


def tail_breaks(record: Record, top: float, height: float, least: float) -> set[tuple[str, int]]:
    """A break for each role whose last page is printed less than ``least`` of its flow
    (``height``, from ``top``) down: before a flowable on the page before it, so that both
    pages are at least that full."""
    found: set[tuple[str, int]] = set()
    by_role: dict[str, list[Placed]] = {}
    for placed in record.placed:
        by_role.setdefault(placed.slug, []).append(placed)
    for slug, placed in by_role.items():
        last = max(p.page for p in placed)
        tail = (top - record.lowest.get(last, top)) / height
        if tail >= least or last - 1 not in {p.page for p in placed}:
            continue
        before = [p for p in placed if p.page == last - 1]
        lowest = record.lowest.get(last - 1, top)
        choices = []
        for n, p in enumerate(before):
            if n == 0 or p.held:
                continue  # the page's first flowable, or one held by the flowable before it
            stays = (top - before[n - 1].bottom) / height
            moved = tail + (p.top - lowest) / height
            if stays >= least and least + MARGIN <= moved <= 0.95:
                choices.append((stays, p.index))
        if choices:
            found.add((slug, max(choices)[1]))
    return found


def blanks_before(starts: list[tuple[str, int]], needed: int) -> set[str]:
    """Which roles (by their first page, in order) a blank page goes before, so that the
    ``needed`` blank pages stand apart: first where the role would open on a left-hand (even)
    page, so that it opens on a right-hand one; one is left for its usual place, before the
    back cover; any more go before the last roles."""
    chosen: list[str] = []
    shift = 0
    for slug, page in starts[1:]:
        if len(chosen) < needed and (page + shift) % 2 == 0:
            chosen.append(slug)
            shift += 1
    for slug, _ in reversed(starts[1:]):
        if len(chosen) < needed - 1 and slug not in chosen:
            chosen.append(slug)
    return set(chosen)
