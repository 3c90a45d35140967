"""How a dossier section becomes a slide: which kinds can present it, and how its data maps.

A deck tells every section of the dossier that reaches it through a *kind* the role's dialect
(or the role itself) picks. A content kind says what it can present in its module's
``PRESENTS``: a mapping from a section's name to a *presenter*, a function of a
:class:`Source` (the role and its facts) and the step's words that returns the content's
fields the section fills (the title, notes, eyebrow and footnote come from the words). A
presenter may ``pop`` from ``words`` the words it uses itself (a cluster's label, say); the
words left over are content fields and go over what it returns. The *classic* kinds are the
deck's own drawings of one section each (an org chart, a talent outlook), their words the
fields of their copy model. Nothing here draws, and nothing imports a renderer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from printworks.content import KINDS, module

if TYPE_CHECKING:
    from printworks.facts import Facts
    from printworks.model import Role

# the classic kinds: each the deck's own drawing of one section -> the section it presents
CLASSIC: dict[str, str] = {
    "org_chart": "org_chart",
    "title_cards": "aliases",
    "target_quadrant": "habitat",
    "investment_case": "salary",
    "talent_outlook": "flight_risk",
    "kpi_board": "metrics",
    "enabler_cards": "weaponry",
    "maturity_grid": "org_chart",
    "charter_pillars": "jd_autopsy",
    "operating_rhythm": "day_log",
    "playbook_cards": "encounter_guide",
    "stakeholder_voices": "burn_ward",
    "partner_network": "related",
}


@dataclass(frozen=True)
class Source:
    """What a presenter reads: the role (every field of its model) and its derived facts."""

    role: Role
    facts: Facts


Presenter = Callable[[Source, dict[str, Any]], dict[str, Any]]


@cache
def presenters(section: str) -> tuple[str, ...]:
    """The kinds that can present ``section``: the classic one(s), then the content kinds."""
    classic = tuple(kind for kind, of in CLASSIC.items() if of == section)
    return classic + tuple(kind for kind in KINDS if section in presents(kind))


def presents(kind: str) -> dict[str, Presenter]:
    """What the content kind ``kind`` can present: section -> presenter (none: {})."""
    return getattr(module(kind), "PRESENTS", {})


def present(kind: str, section: str, source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The content fields of ``kind`` presenting ``section``: the presenter's, then the words
    it left over on top. ``words`` (already rendered) is not changed."""
    left = dict(words)
    made = presents(kind)[section](source, left)
    return {**made, **left}
