"""A sample deck on each deck theme, to look at, and the contrast of its text colour pairs.

    python tools/theme_samples.py [NAME ...] [--role SLUG] [--out build/themes]

Each sample is the role's deck (default: the seed role) rendered by printworks on the theme,
so it is what a user gets. Turn one into pictures with shared/tools/preview, or all into one
with contact-sheet. The table lists text colour on fill colour as the renderer pairs them; WCAG
AA asks 4.5:1 of text, 3:1 of large text and of shapes that must be told apart.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from printworks.deck import DeckOptions, render_deck
from printworks.deck.theme_colours import contrast
from printworks.layout import shipped
from printworks.loader import load_role
from printworks.resources import shipped_roles_dir

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    *(("ink", "paper", 4.5), ("ink", "panel", 4.5), ("strong", "paper", 4.5)),
    *(("strong", "panel", 4.5), ("muted", "paper", 4.5), ("muted", "panel", 4.5)),
    *(("on_dark", "dark", 4.5), ("accent", "paper", 3.0), ("accent", "dark", 3.0)),
    *(("good", "dark", 3.0), ("bad", "paper", 3.0), ("bad", "dark", 3.0)),
    *(("ink", "good_pale", 4.5), ("ink", "warn_pale", 4.5), ("ink", "bad_pale", 4.5)),
    *(("redaction", "paper", 3.0), ("redaction", "panel", 3.0)),
]


def contrast_table(theme) -> list[tuple[str, str, float, float]]:
    """Each pair's contrast and the contrast it needs."""
    colours = theme.colours.model_dump()
    return [
        (text, fill, contrast(colours[text], colours[fill]), need) for text, fill, need in PAIRS
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--role", default="principal-ai-ml-model-training-assistant")
    parser.add_argument("--out", default=str(ROOT / "build" / "themes"))
    args = parser.parse_args(argv)
    deck = shipped().deck
    role = load_role(shipped_roles_dir() / f"{args.role}.yaml")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in args.names or deck.theme_names():
        target = out / f"{name}.pptx"
        target.write_bytes(render_deck(role, options=DeckOptions(theme=name)))
        print(target)
        for text, fill, ratio, need in contrast_table(deck.theme(name).theme):
            mark = "ok" if ratio >= need else "LOW"
            print(f"  {text:>9} on {fill:<15} {ratio:5.2f}:1  (needs {need}) {mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
