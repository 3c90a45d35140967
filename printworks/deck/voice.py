"""The deck's voice: its copy said of one role, with the role, its facts and its office."""

from __future__ import annotations

from typing import Any

from printworks.deck.copy import DeckCopy
from printworks.deck.notes_design import HandoutWords
from printworks.facts import Facts
from printworks.markup import Text
from printworks.model import Role
from printworks.templating import view


def template_facts(facts: Facts) -> dict[str, Any]:
    """What the copy templates get as ``facts``: what is derived from the role, formatted."""
    return {
        "salary": facts.salary,
        "currency_symbol": facts.currency_symbol,
        "counts": facts.counts,
        "lowest_match": facts.lowest_match,
        "org": [
            {
                "title": e.node.title,
                "note": e.node.note,
                "depth": e.depth,
                "this_role": e.node.this_role,
            }
            for e in facts.org
        ],
    }


class Voice:
    """The copy at each key, rendered for one role (role text in it keeps its redactions)."""

    def __init__(self, copy: DeckCopy, role: Role, facts: Facts, office: str | Text):
        self.copy = copy
        self._context = {"role": view(role), "facts": template_facts(facts), "office": office}
        self._said: dict[str, Text] = {}

    def say(self, key: str, **context: Any) -> Text:
        """The copy at ``key``, said of this role, with ``context`` for its template."""
        if context:
            return self.copy.text(key, **self._context, **context)
        # the furniture says the same on every slide: the role's facts are fixed for the deck
        said = self._said.get(key)
        if said is None:
            said = self._said[key] = self.copy.text(key, **self._context)
        return said

    def says(self, key: str, **context: Any) -> list[Text]:
        """The list of copy at ``key``, each said of this role."""
        return self.copy.texts(key, **self._context, **context)

    def words(self, key: str) -> dict[str, Any]:
        """The mapping of copy at ``key`` (a section step's words), each said of this role."""
        return dict(self.copy.tree(key, **self._context))

    def handout_words(self) -> HandoutWords:
        """The words the handout's notes pages print around each slide."""
        said = {k: str(self.say(f"handout.{k}")) for k in ("header", "edition", "footer", "number")}
        return HandoutWords(**said)
