"""A figure that is never split across pages: it moves whole to the next page when it does not
fit what is left of this one; one taller than a page is set wider and scaled down to fit the
page, or the half page or more left on this one (so it keeps the page's width); one that would
have to shrink past the least scale it is given breaks across pages instead."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from .compat import frame_height


class Fitted(Flowable):
    """``flowables`` stacked as one unbreakable figure, scaled down only when a whole page is
    too short for it."""

    def __init__(self, flowables: Sequence[Flowable], *, least: float, space_before: float = 0):
        super().__init__()
        self.flowables = list(flowables)
        self.least = least  # the least share of its size it is scaled to; past it, it breaks
        self.scale = 1.0
        self.inner_width = 0.0
        self.too_big = False
        self.spaceBefore = space_before
        self.width = self.height = 0.0

    def _stack(self, width: float, height: float) -> float:
        """The height of the flowables laid out ``width`` wide, spaces between them included."""
        total = 0.0
        for index, flow in enumerate(self.flowables):
            if index:
                total += flow.getSpaceBefore()
            total += flow.wrap(width, height)[1]
            if index < len(self.flowables) - 1:
                total += flow.getSpaceAfter()
        return total

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.scale, self.inner_width = aw, 1.0, aw
        natural = self._stack(aw, 1e6)
        page = frame_height(self)
        self.too_big = page is not None and natural * self.least > page
        # too tall for any page, it may as well shrink into the half page or more left here
        shrinks = page is not None and ((natural > page and ah >= page / 2) or ah >= page - 1)
        if natural <= ah or self.too_big or not shrinks:
            self.height = natural  # fits here, moves whole to the next page, or breaks
            return aw, natural
        # too tall for the room it has: set it wider, then scale it to the room
        scale = ah / natural
        for _ in range(4):
            scale = min(1.0, ah / self._stack(aw / scale, 1e6))
        self.inner_width = aw / scale
        height = self._stack(self.inner_width, 1e6)
        self.scale = min(scale, ah / height)  # never wider than the room, nor taller
        self.height = height * self.scale
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        """Nothing (it moves whole), unless it is too big to shrink: then what fits here,
        the one that does not cut where it can, and the rest."""
        if not self.too_big:
            return []
        head: list[Flowable] = []
        used = 0.0
        for index, flow in enumerate(self.flowables):
            before = flow.getSpaceBefore() if head else 0
            height = flow.wrap(aw, ah - used - before)[1]
            if used + before + height <= ah:
                head.append(flow)
                used += before + height + flow.getSpaceAfter()
                continue
            parts = flow.split(aw, ah - used - before)
            if parts:
                return [*head, *parts, *self.flowables[index + 1 :]]
            return [*head, *self.flowables[index:]] if head else []
        return head

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.scale(self.scale, self.scale)
        y = self.height / self.scale
        for index, flow in enumerate(self.flowables):
            if index:
                y -= flow.getSpaceBefore()
            _, height = flow.wrap(self.inner_width, 1e6)
            y -= height
            flow.drawOn(canv, 0, y)
            y -= flow.getSpaceAfter()
        canv.restoreState()
