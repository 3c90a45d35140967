"""A figure that is never split across pages: it moves whole to the next page when it does not
fit what is left of this one; one taller than a page is set wider and scaled down to fit the
page, or the half page or more left on this one (so it keeps the page's width)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from .compat import frame_height


class Fitted(Flowable):
    """``flowables`` stacked as one unbreakable figure, scaled down only when a whole page is
    too short for it."""

    def __init__(self, flowables: Sequence[Flowable], *, space_before: float = 0):
        super().__init__()
        self.flowables = list(flowables)
        self.scale = 1.0
        self.inner_width = 0.0
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
        # too tall for any page, it may as well shrink into the half page or more left here
        shrinks = page is not None and ((natural > page and ah >= page / 2) or ah >= page - 1)
        if natural <= ah or not shrinks:
            self.height = natural  # fits here, or moves whole to the next page
            return aw, natural
        # too tall for the room it has: set it wider, then scale it to the room
        scale = ah / natural
        for _ in range(4):
            height = self._stack(aw / scale, 1e6)
            scale = min(1.0, ah / height)
        self.inner_width = aw / scale
        self.scale = min(1.0, ah / self._stack(self.inner_width, 1e6))
        self.height = self._stack(self.inner_width, 1e6) * self.scale
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return []

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
