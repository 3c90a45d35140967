"""Other words people use for a choice printworks has: a slide kind or a habit called by
another name is suggested by meaning, where its spelling is nothing like (2x2: matrix)."""

from __future__ import annotations

import re

# word -> the choice it means; each choice is suggested only where it is allowed
SYNONYMS = {
    # slide kinds
    "2x2": "matrix",
    "2by2": "matrix",
    "quadrant": "matrix",
    "quadrants": "matrix",
    "magic_quadrant": "matrix",
    "grid": "matrix",
    "flywheel": "cycle",
    "wheel": "cycle",
    "loop": "cycle",
    "circle": "cycle",
    "virtuous_cycle": "cycle",
    "timeline": "roadmap",
    "gantt": "roadmap",
    "milestones": "roadmap",
    "plan": "roadmap",
    "triangle": "pyramid",
    "hierarchy": "pyramid",
    "layers": "stack",
    "architecture": "stack",
    "layered": "stack",
    "steps": "staircase",
    "stairs": "staircase",
    "maturity": "staircase",
    "maturity_model": "staircase",
    "postits": "sticky_wall",
    "post_its": "sticky_wall",
    "stickies": "sticky_wall",
    "retro": "sticky_wall",
    "pipeline": "funnel",
    "conversion": "funnel",
    "hype_cycle": "hype_curve",
    "gartner": "hype_curve",
    "overlap": "venn",
    "circles": "venn",
    "process": "chevrons",
    "arrows": "chevrons",
    "kpis": "dashboard",
    "scorecard": "dashboard",
    "traffic_lights": "dashboard",
    "logos": "logo_wall",
    "partners": "logo_wall",
    "big_number": "hero_number",
    "number": "hero_number",
    "stat": "hero_number",
    "quote": "hero_quote",
    "testimonial": "hero_quote",
    "table": "spreadsheet",
    "excel": "spreadsheet",
    "lanes": "swimlane",
    "swimlanes": "swimlane",
    "flowchart": "swimlane",
    "responsibilities": "raci",
    "matrix_of_roles": "raci",
    "heat_map": "heatmap",
    "risks": "heatmap",
    "current_vs_future": "before_after",
    "as_is_to_be": "before_after",
    "comparison": "before_after",
    "fire": "burning_platform",
    "burn_down": "burndown",
    "story_points": "velocity",
    "sprints": "velocity",
    # habits
    "watermark": "version_stamp",
    "draft_stamp": "version_stamp",
    "stamp": "version_stamp",
    "emojis": "emoji_titles",
    "emoji": "emoji_titles",
    "buzzword": "pet_buzzword",
    "jargon": "acronym_soup",
    "acronyms": "acronym_soup",
    "glossary": "acronym_soup",
    "urgency": "burning_platform",
    "partner_logos": "logo_wall",
}


def meant(value: str, allowed: list[str] | tuple[str, ...]) -> str | None:
    """The choice among ``allowed`` that ``value`` is another word for, or None."""
    key = re.sub(r"[\s\-/]+", "_", value.strip().lower()).replace("×", "x")
    key = key.replace("_x_", "x")
    choice = SYNONYMS.get(key) or SYNONYMS.get(key.rstrip("s"))
    return choice if choice in allowed else None
