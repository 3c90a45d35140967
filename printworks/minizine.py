"""The one-sheet mini-zine: a role's pocket dossier, eight pages from one sheet, one cut.

The sheet is landscape, in eight panels, four across and two down. Folded in half along its
length (printed side out), cut along the middle half of that fold, pushed into a cross and
folded flat, it is an eight-page booklet. :func:`mini_cells` says which page each panel is and
which way up it is printed; the top row is printed upside down so that the first fold brings
it the right way up. The layout (``layouts/minizine.yaml``) says what each page holds.

Importing this module is cheap: the drawing (ReportLab) is loaded on the first render.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal, NamedTuple

from pydantic import Field, field_validator, model_validator

from printworks.casefile.config import Margins
from printworks.forms import Copy, Length, Named
from printworks.layout import Strict
from printworks.units import points

if TYPE_CHECKING:
    from printworks.layout import Layouts
    from printworks.model import Role

LAYOUT_FILE = "minizine.yaml"
PageName = Literal[
    "cover", "org_chart", "salary", "flight_risk", "metrics", "weaponry", "complaint", "back"
]


class Cell(NamedTuple):
    """A panel of the sheet: its row (0 the top) and column (0 the left), the page of the
    folded zine it becomes, and whether it is printed upside down."""

    row: int
    column: int
    page: int
    upside_down: bool


def mini_cells() -> list[Cell]:
    """The eight panels of the classic one-cut zine, as printed (sheet landscape, face up).

    Folded along the length with the print outside, the top row lies behind the bottom row,
    turned the right way up. The cut opens the middle two columns into two wings, which a
    push of the ends turns into a cross, folded flat: the front cover is the bottom row's
    last panel, and the pages run on round the cross, along the top row from right to left,
    then the bottom row from left to right, to the back cover beside the front.
    """
    top = [Cell(0, column, page, True) for column, page in enumerate((5, 4, 3, 2))]
    bottom = [Cell(1, column, page, False) for column, page in enumerate((6, 7, 8, 1))]
    return top + bottom


class MiniSheet(Strict):
    width: Length
    height: Length

    @model_validator(mode="after")
    def _landscape(self) -> MiniSheet:
        if points(self.width) <= points(self.height):
            raise ValueError("a sheet is given landscape: width greater than height")
        return self


class Most(Strict):
    """How many of a list at most go on a page of the mini-zine."""

    aliases: int = Field(ge=1)
    metrics: int = Field(ge=1)
    weaponry: int = Field(ge=1)
    related: int = Field(ge=1)


class Guide(Strict):
    """The faint cut and fold guide, and the inside pages' folios."""

    fold_weight: Length
    fold_dash: tuple[float, float]
    cut_weight: Length
    scissors: Length
    folio: Length
    # from the sheet's edge to the folio's baseline: clear of a home printer's unprintable rim
    folio_edge: Length


class MiniWords(Strict):
    kicker: str
    cut: str
    more: Copy("count")
    cut_short: str
    folio: Copy("case", "page")
    back_title: str
    back_note: str
    back_credit: str


class MiniSheets(Named, Strict):
    """The sheets a mini-zine prints on: each `--paper` the command offers."""

    a4: MiniSheet
    letter: MiniSheet


class MiniLayout(Strict):
    """Everything ``minizine.yaml`` says: sheets, panel margins, pages, limits, guide, words."""

    sheets: MiniSheets
    margins: Margins
    figure_scale: float = Field(gt=0)
    pages: list[PageName] = Field(min_length=8, max_length=8)
    most: Most
    guide: Guide
    words: MiniWords

    @field_validator("pages")
    @classmethod
    def _each_once(cls, pages: list[str]) -> list[str]:
        twice = sorted({p for p in pages if pages.count(p) > 1})
        if twice:
            raise ValueError(f"each page is named once; twice: {twice}")
        if pages[0] != "cover" or pages[-1] != "back":
            raise ValueError("the first page is the cover and the last the back")
        return pages


@dataclass(frozen=True)
class MiniOptions:
    """How a mini-zine is printed: its sheet (a key of minizine.yaml's sheets), colour or
    grey, and the build date (None: none)."""

    paper: str = "a4"
    grayscale: bool = False
    date: datetime | None = None


def render_minizine(
    role: Role, layouts: Layouts | None = None, options: MiniOptions | None = None
) -> bytes:
    """The mini-zine of ``role`` as PDF bytes: one sheet, eight panels, its guide."""
    from printworks.casefile.mini import render
    from printworks.layout import shipped

    return render(role, layouts or shipped(), options or MiniOptions())
