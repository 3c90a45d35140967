"""The org chart by rank, as the presenters that stack or climb it read it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.markup import Text

if TYPE_CHECKING:
    from printworks.content.presenting import Source
    from printworks.facts import OrgEntry


def by_depth_index(source: Source) -> list[list[int]]:
    """The org chart's nodes (by their index in the facts' order), a list a rank, top first."""
    ranks: list[list[int]] = []
    for index, entry in enumerate(source.facts.org):
        while len(ranks) <= entry.depth:
            ranks.append([])
        ranks[entry.depth].append(index)
    return ranks


def by_depth(source: Source) -> list[list[OrgEntry]]:
    """The org chart's entries, a list a rank, top first."""
    org = source.facts.org
    return [[org[i] for i in rank] for rank in by_depth_index(source)]


def joined(texts: list[Text]) -> Text | None:
    """Texts as one, a middle dot between each (None for none): role text, redactions kept."""
    if not texts:
        return None
    out = texts[0]
    for text in texts[1:]:
        out = out + " · " + text
    return out
