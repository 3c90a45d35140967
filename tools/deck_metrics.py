"""How alike the shipped decks are: the three measures of "one skeleton in every deck", a table
and the worst offenders, for the writers of dialects to run as they write.

    python tools/deck_metrics.py [--roles-dir DIR] [--top N]

Every role's deck is rendered as ``printworks deck`` makes it. The measures are those of
tests/deck_metrics.py: the share of slide titles two decks share once each role's own names
(office, title, buzzword) and emoji are out (at most 25% a pair), the share of a deck's visible
words in lines four or more decks print word for word (at most 10%), and the share of a deck's
slides whose layout three or more other decks have (at most 20%). A line over its limit is
marked with "!"; the exit status is 0 either way (a report, not a gate).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests/deck_metrics.py holds the measures

from printworks.deck import render_deck  # noqa: E402
from printworks.loader import load_role  # noqa: E402
from printworks.resources import shipped_roles_dir  # noqa: E402
from tests import deck_metrics as metrics  # noqa: E402
from tests.deck_metrics import LAYOUTS, LINES, TITLES, names  # noqa: E402


def mark(value: float, limit: float) -> str:
    return f"{value:6.0%}{'!' if value > limit else ' '}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--roles-dir", type=Path, default=None, help="the roles (default: shipped)")
    parser.add_argument("--top", type=int, default=12, help="how many offenders of each kind")
    args = parser.parse_args(argv)
    folder = args.roles_dir or shipped_roles_dir()
    roles = {path.stem: load_role(path) for path in sorted(folder.glob("*.yaml"))}
    decks = {slug: render_deck(role) for slug, role in roles.items()}
    named = {slug: names(role) for slug, role in roles.items()}

    titles = metrics.shared_titles_found(decks, named)
    lines = metrics.common_lines_found(decks)
    layouts = metrics.shared_layouts_found(decks)

    width = max(len(slug) for slug in decks)
    print(f"{'deck':<{width}}  titles (worst pair)          lines   layouts")
    for slug in decks:
        pairs = [
            (share, a if b == slug else b)
            for (a, b), (share, _) in titles.items()
            if slug in (a, b)
        ]
        worst, other = max(pairs) if pairs else (0.0, "-")
        print(
            f"{slug:<{width}} {mark(worst, TITLES)} {other[:20]:<20} "
            f"{mark(lines[slug][0], LINES)} {mark(layouts[slug][0], LAYOUTS)}"
        )
    over = sum(share > TITLES for share, _ in titles.values())
    print(f"\npairs over {TITLES:.0%} shared titles: {over} of {len(titles)}")

    print(f"\nthe titles most decks share (normalised; how many decks), top {args.top}:")
    shared = Counter(t for _share, same in titles.values() for t in same)
    by_decks = Counter()
    for slug, role_names in named.items():
        for title in {metrics.normalised(t, role_names) for t in metrics.titles(decks[slug])}:
            if title in shared:
                by_decks[title] += 1
    for title, count in by_decks.most_common(args.top):
        print(f"  {count}  {title or '(only the role’s names)'}")

    print(f"\nthe lines {metrics.LINE_DECKS}+ decks print, by their words summed over those decks:")
    common = Counter()
    for _share, said in lines.values():
        for line in said:
            common[line] += metrics.words(line)
    for line, weight in common.most_common(args.top):
        print(f"  {weight:4d} words  {line[:100]}")

    print(f"\nthe slides whose layout {metrics.LAYOUT_OTHERS}+ other decks share, by title:")
    alike = Counter(
        metrics.normalised(t, named[slug]) for slug, (_, ts) in layouts.items() for t in ts
    )
    for title, count in alike.most_common(args.top):
        print(f"  {count}  {title or '(only the role’s names)'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
