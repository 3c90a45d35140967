"""The one-sheet mini-zine: a role's pocket dossier, eight pages from one sheet, one cut.

The sheet, its panels and its layout are :mod:`printworks.minisheet`; the drawing is
:mod:`printworks.casefile.mini`. Importing this module is cheap: the drawing (ReportLab) is
loaded on the first render.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.layout import shipped
from printworks.minisheet import LAYOUT_FILE, Cell, MiniLayout, MiniOptions, mini_cells

if TYPE_CHECKING:
    from printworks.layout import Layouts
    from printworks.model import Role

__all__ = ["LAYOUT_FILE", "Cell", "MiniLayout", "MiniOptions", "mini_cells", "render_minizine"]


def render_minizine(
    role: Role, layouts: Layouts | None = None, options: MiniOptions | None = None
) -> bytes:
    """The mini-zine of ``role`` as PDF bytes: one sheet, eight panels, its guide."""
    from printworks.casefile.mini import render  # the renderer: loads ReportLab, so lazily

    return render(role, layouts or shipped(), options or MiniOptions())
