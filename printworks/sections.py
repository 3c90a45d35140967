"""The names a deck's running order is made of: the dossier's sections, and the frame slides.

Plain names, below the model and the renderers alike: the role model checks a deck section's
``order`` and ``sections`` against them, and a dialect's running order is written in them.
"""

from __future__ import annotations

# every dossier section a deck presents, by the role field it is made from
SECTIONS: tuple[str, ...] = (
    "org_chart",
    "aliases",
    "habitat",
    "salary",
    "flight_risk",
    "metrics",
    "weaponry",
    "encounter_guide",
    "jd_autopsy",
    "day_log",
    "burn_ward",
    "related",
)

# what a running order may name besides the sections: ``own`` is where the role's own slides go
# that name no place; the habits' slides show only for a role with that habit
FRAMES: tuple[str, ...] = (
    "cover",
    "agenda",
    "own",
    "takeaways",
    "next_steps",
    "questions",
    "burning_platform",
    "logo_wall",
    "glossary",
)
# the parts of a dialect's copy a role may put its own lines over, key by key
FRAME_COPY: tuple[str, ...] = (
    "furniture",
    "properties",
    "handout",
    "cover",
    "agenda",
    "takeaways",
    "next_steps",
    "questions",
    "habits",
    "burning_platform",
    "logo_wall",
    "glossary",
    "kinds",
)

__all__ = ["FRAMES", "FRAME_COPY", "SECTIONS"]
