"""The deck package stays in rooms of one subject each: no module of it past 500 lines."""

from __future__ import annotations

from pathlib import Path

import printworks.deck

DECK = Path(printworks.deck.__file__).parent
MOST = 500


def test_no_module_of_the_deck_package_is_over_500_lines() -> None:
    modules = sorted(DECK.rglob("*.py"))
    assert len(modules) > 40, "the deck package's modules were found"
    long = {
        str(path.relative_to(DECK)): count
        for path in modules
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MOST
    }
    assert not long, f"split these by subject: {long}"
