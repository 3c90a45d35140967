"""What a process keeps from one deck to the next (a template's blank slides and notes page,
deflated package entries) changes no byte of any deck: a deck made first in a fresh process is
the deck made after others on the same templates."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

from printworks.deck import DeckOptions, render_deck
from printworks.layout import shipped
from printworks.loader import load_role
from tests.conftest import ROLES

DATE = datetime(2024, 1, 1, tzinfo=UTC)
SLUGS = ["sdet", "enterprise-architect", "agile-transformation-coach"]
FRESH = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from printworks.deck import DeckOptions, render_deck
from printworks.loader import load_role
role = load_role(Path(sys.argv[1]))
options = DeckOptions(date=datetime(2024, 1, 1, tzinfo=UTC))
sys.stdout.buffer.write(render_deck(role, options=options))
"""


def test_a_deck_made_first_in_a_process_is_the_deck_made_after_others() -> None:
    layouts = shipped()
    roles = {slug: load_role(ROLES / f"{slug}.yaml") for slug in SLUGS}
    for role in roles.values():  # every template used once: all that is kept is kept
        render_deck(role, layouts, DeckOptions(date=DATE))
    for slug, role in roles.items():
        warm = render_deck(role, layouts, DeckOptions(date=DATE))
        made = subprocess.run(
            [sys.executable, "-c", FRESH, str(ROLES / f"{slug}.yaml")],
            capture_output=True,
            check=True,
        )
        assert made.stdout == warm, f"{slug}: a deck made in a fresh process differs"
