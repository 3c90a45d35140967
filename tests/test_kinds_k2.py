"""The research and engineering kinds (leaderboard, loss curve, pipeline run, testimonial wall,
health check): each is drawn, described, kept inside its slide in every theme, keeps its
redactions, draws its data as a native chart or table where it has data, and refuses bad
content at its line."""

from __future__ import annotations

import yaml

from printworks.markup import BLOCK
from tests.conftest import SEED_DOSSIER

THEMES = ["consultancy", "agile", "startup", "enterprise"]
SECRET = "quokka marzipan"
HIDDEN = f"||{SECRET}||"
BAR = BLOCK * len(SECRET)
EMU_PER_PT = 12700
ZWSP = "\u200b"

# one slide of each kind; `words` must show on the slide, `said` in its alt text
SLIDES = {
    "leaderboard": {
        "slide": {
            "title": "Eval Leaderboard",
            "metric": "Accuracy (%)",
            "entries": [
                {"name": "baseline-7b", "score": 61.2, "note": "the one that works"},
                {"name": "ours-v3-final", "score": 88.4, "note": "evaluated on the train set"},
                {"name": f"ours-{HIDDEN}", "score": 79.0, "note": "seed 3 of 40"},
                {"name": "GPT-ish", "score": 74.5},
            ],
        },
        "words": ["ours-v3-final", "88.4", "BEST", "Accuracy (%)", "evaluated on the train set"],
        "said": ["leaderboard", "1. ours-v3-final (88.4)", "4. baseline-7b (61.2)", "[redacted]"],
    },
    "loss_curve": {
        "slide": {
            "title": "Training Loss",
            "steps": ["0", "1k", "2k", "3k", "4k", "5k", f"6k {HIDDEN}"],
            "curves": [
                {"name": "train", "values": [2.9, 1.8, 1.1, 0.7, 0.4, 0.21, 0.09]},
                {"name": "validation", "values": [2.9, 2.0, 1.7, 1.75, 1.9, 2.3, 2.8]},
            ],
            "caption": f"Validation was {HIDDEN} consulted.",
        },
        "words": ["LOWEST POINT", "0.09", "Validation was"],
        "said": ["loss curve", "train from 2.9 to 0.09", "validation", "[redacted]"],
    },
    "pipeline_run": {
        "slide": {
            "title": "Nightly Pipeline",
            "run": "#4812 nightly",
            "stages": [
                {"name": "lint", "status": "pass", "duration": "12s"},
                {"name": "unit tests", "status": "pass", "duration": "4m", "note": "3 retried"},
                {"name": "integration", "status": "fail", "note": f"timeout on {HIDDEN}"},
                {"name": "e2e", "status": "skipped", "note": "depends on integration"},
                {"name": "deploy", "status": "pass", "note": "deployed anyway"},
            ],
        },
        "words": ["lint", "integration", "PASSED", "FAILED", "SKIPPED", "#4812 nightly"],
        "said": ["pipeline run", "3 passed, 1 failed, 1 skipped", "3. integration: FAILED"],
    },
    "testimonial_wall": {
        "slide": {
            "title": "What Builders Say",
            "quotes": [
                {"quote": "I shipped it before reading it.", "name": "Kate", "handle": "@kate"},
                {"quote": f"It replaced {HIDDEN} entirely.", "name": "Dev", "stars": 5},
                {"quote": "Ten times faster at everything.", "name": "Anon", "stars": 2},
            ],
        },
        "words": ["I shipped it before reading it.", "Kate", "@kate", "entirely"],
        "said": ["3 testimonials", "Kate (@kate)", "5 of 5 stars", "[redacted]"],
    },
    "health_check": {
        "slide": {
            "title": "Squad Health Check",
            "columns": ["Alpha", "Beta", f"{HIDDEN}"],
            "areas": [
                {
                    "area": "Fun",
                    "note": "mandatory",
                    "cells": [
                        {"light": "green", "trend": "up"},
                        {"light": "amber"},
                        {"light": "red", "trend": "down"},
                    ],
                },
                {
                    "area": "Speed",
                    "cells": [{"light": "green"}, {"light": "green"}, {"light": "amber"}],
                },
            ],
        },
        "words": ["Fun", "Speed", "Alpha", "mandatory", "improving", "getting worse"],
        "said": ["health check of 2 areas", "Fun: Alpha Green, improving", "Red, getting worse"],
    },
}
KINDS = list(SLIDES)


def _slide(kind: str, **extra) -> dict:
    return {"kind": kind, **SLIDES[kind]["slide"], "notes": "n", **extra}


def _role_text(slides: list[dict]) -> str:
    deck = {"deck": {"title": "Models at Scale", "slides": slides}}
    dumped = yaml.safe_dump(deck, allow_unicode=True, sort_keys=False)
    return SEED_DOSSIER + "\n" + dumped
