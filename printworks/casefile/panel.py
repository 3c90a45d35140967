"""Building blocks of the flow: a splittable panel with a drawn decoration, and anchors.

A :class:`Panel` lays flowables out in side-by-side columns inside padding and lets a
``decorate`` function draw around them (a box, a connector, a bar, a time stamp). A panel that
fits on a page is kept whole (a claim with its label and translation, a metric with its
description): it moves to the next page rather than split. One taller than a page splits
across pages like text does, so a figure holding a 5,000-word quote breaks instead of failing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable

from .compat import frame_height
from .paragraphs import Para, read

Decorate = Callable[["Panel", object], None]


def _height(flow: Flowable, width: float, height: float) -> float:
    """The height of ``flow`` laid out ``width`` wide (a :class:`Para` keeps its lines)."""
    return flow.wrap(width, height)[1]


def _split_column(
    flows: Sequence[Flowable], width: float, height: float, gap: float
) -> tuple[list[Flowable], list[Flowable]]:
    """The flowables of a column that fit ``height``, and the rest (a flowable may be cut)."""
    head: list[Flowable] = []
    used = 0.0
    for index, flow in enumerate(flows):
        room = height - used - (gap if head else 0)
        h = _height(flow, width, max(room, 0))
        if h <= room + 1e-6:
            used += h + (gap if head else 0)
            head.append(flow)
            continue
        parts = flow.split(width, room) if room > 0 else []
        if len(parts) >= 2:
            head.append(parts[0])
            return head, [*parts[1:], *flows[index + 1 :]]
        return head, list(flows[index:])
    return head, []


class Panel(Flowable):
    """Columns of flowables inside padding, decorated by a drawing function; splits by height."""

    def __init__(
        self,
        columns: Sequence[Sequence[Flowable]],
        *,
        fractions: Sequence[float] | None = None,
        padding: tuple[float, float, float, float] = (0, 0, 0, 0),
        column_gap: float = 0,
        gap: float = 0,
        decorate: Decorate | None = None,
        first: bool = True,
        last: bool = True,
        data: object = None,
        space_before: float = 0,
        space_after: float = 0,
        keep: bool = True,
    ):
        super().__init__()
        self.columns = [list(c) for c in columns]
        self.fractions = list(fractions or [1 / len(self.columns)] * len(self.columns))
        self.padding = padding
        self.column_gap = column_gap
        self.gap = gap
        self.decorate = decorate
        self.first, self.last = first, last
        self.data = data
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.keep = keep
        self.column_heights: list[float] = []
        self.width = self.height = 0.0

    def _copy(self, columns: list[list[Flowable]], first: bool, last: bool) -> Panel:
        twin = Panel(
            columns,
            fractions=self.fractions,
            padding=self.padding,
            column_gap=self.column_gap,
            gap=self.gap,
            decorate=self.decorate,
            first=first,
            last=last,
            data=self.data,
            space_before=self.spaceBefore if first else 0,
            space_after=self.spaceAfter if last else 0,
            keep=self.keep,
        )
        return twin

    def prepare(self, width: float) -> None:
        """A hook for subclasses to set padding from the width before layout."""

    def column_widths(self, width: float) -> list[float]:
        _, right, _, left = self.padding
        inner = width - left - right - self.column_gap * (len(self.columns) - 1)
        return [max(inner * f, 1.0) for f in self.fractions]

    def column_x(self, index: int) -> float:
        widths = self.column_widths(self.width)
        return self.padding[3] + sum(widths[:index]) + self.column_gap * index

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.prepare(aw)
        self.width = aw
        self.column_heights = []
        for column, width in zip(self.columns, self.column_widths(aw), strict=True):
            total = 0.0
            for index, flow in enumerate(column):
                total += _height(flow, width, ah) + (self.gap if index else 0)
            self.column_heights.append(total)
        top, _, bottom, _ = self.padding
        self.height = max(self.column_heights, default=0) + top + bottom
        return self.width, self.height

    def _fits_a_page(self, aw: float) -> bool:
        """Whether this panel, whole, fits the empty frame it is being laid out in (False when
        it is not laid out straight in a frame, as inside another panel)."""
        page = frame_height(self)
        if page is None:
            return False
        return self.wrap(aw, page)[1] + self.spaceBefore <= page

    def split(self, aw: float, ah: float) -> list[Flowable]:
        if self.keep and self.first and self._fits_a_page(aw):
            return []  # kept whole: it starts the next page instead
        self.prepare(aw)
        self.width = aw
        top, _, bottom, _ = self.padding
        room = ah - top - bottom
        if room <= 0:
            return []
        heads, tails = [], []
        for column, width in zip(self.columns, self.column_widths(aw), strict=True):
            head, tail = _split_column(column, width, room, self.gap)
            heads.append(head)
            tails.append(tail)
        if not any(heads):
            return []
        if not any(tails):
            return [self._copy(heads, self.first, self.last)]
        if any(not head and column for head, column in zip(heads, self.columns, strict=True)):
            # a column whose first piece cannot start here: keep the panel whole on the next page
            return []
        if any(
            head and tail and all(getattr(f, "keepWithNext", False) for f in head)
            for head, tail in zip(heads, tails, strict=True)
        ):
            # only a heading would stay behind (a metric's name without its description)
            return []
        return [self._copy(heads, self.first, False), self._copy(tails, False, self.last)]

    def draw(self) -> None:
        if self.decorate:
            self.canv.saveState()
            self.decorate(self, self.canv)
            self.canv.restoreState()
        top = self.height - self.padding[0]
        for index, (column, width) in enumerate(
            zip(self.columns, self.column_widths(self.width), strict=True)
        ):
            y = top
            x = self.column_x(index)
            for n, flow in enumerate(column):
                if n:
                    y -= self.gap
                y -= _height(flow, width, self.height)
                flow.drawOn(self.canv, x, y)


def keep_with_next(*flowables: Flowable) -> list[Flowable]:
    """``flowables``, each kept on the page of the flowable after it (the layout engine's own
    keep-with-next: a chain of them moves to the next page with what follows)."""
    for flowable in flowables:
        flowable.keepWithNext = True
    return list(flowables)


def role_key(slug: str) -> str:
    """The destination name of a role's case file (the zine and related specimens link to it)."""
    return f"role-{slug}"


class Marked(Para):
    """A paragraph that is also a bookmark (a PDF destination) and an outline entry."""

    def __init__(
        self,
        text,
        style,
        bulletText=None,
        frags=None,
        *,
        key: str | None = None,
        outline: str | None = None,
        level: int = 0,
    ):
        if frags is None and text is not None:
            text, frags = read(text, style)
        super().__init__(text, style, bulletText=bulletText, frags=frags)
        self.key, self.outline, self.level = key, outline, level

    def draw(self) -> None:
        if self.key:
            self.canv.bookmarkHorizontal(self.key, 0, self.height + self.style.fontSize)
            if self.outline is not None:
                self.canv.addOutlineEntry(self.outline, self.key, level=self.level, closed=False)
        super().draw()

    def split(self, aw, ah):
        parts = super().split(aw, ah)
        if parts:
            # only the first part carries the destination; the rest is plain text
            parts[0].key, parts[0].outline, parts[0].level = self.key, self.outline, self.level
        return parts


class Anchor(Flowable):
    """An invisible destination (and optional outline entry) at this point of the flow."""

    def __init__(self, key: str, outline: str | None = None, level: int = 0):
        super().__init__()
        self.key, self.outline, self.level = key, outline, level
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 0)
        if self.outline is not None:
            self.canv.addOutlineEntry(self.outline, self.key, level=self.level, closed=False)
