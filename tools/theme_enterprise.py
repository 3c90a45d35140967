"""The enterprise theme's recipe, for the theme builder (tools/make_theme.py): grey gradients,
bevels, a crest and some clip art, drawn from native shapes in the theme's colours."""

from __future__ import annotations

from pptx.enum.shapes import MSO_SHAPE
from theme_drawing import Gradient, Recipe, bevel, effects, line, mix, ramp, shape


# === enterprise: grey gradients, bevels, a crest and some clip art ==========================
def _crest(shapes, theme: dict, left: float, top: float, size: float) -> None:
    """A crest-like logo box: a bevelled plate holding a shield with a star on it."""
    colours = theme["colours"]
    plate = shape(
        shapes,
        MSO_SHAPE.BEVEL,
        (left, top, size, size),
        ramp("FFFFFF", mix(colours["panel"], colours["line"], 0.9)),
        line=colours["line"],
        line_width=0.75,
        adjust=(0.1,),
        name="Crest",
    )
    effects(plate, shadow=(30, 4, 2))
    inset = size * 0.22
    shield = shape(
        shapes,
        MSO_SHAPE.FLOWCHART_OFFPAGE_CONNECTOR,
        (left + inset, top + inset * 0.85, size - 2 * inset, size - 1.8 * inset),
        ramp(mix(colours["strong"], "FFFFFF", 0.25), colours["strong"]),
        line=colours["warn"],
        line_width=1,
        name="Shield",
    )
    bevel(shield, 3, 1.5)
    star = size * 0.28
    shape(
        shapes,
        MSO_SHAPE.STAR_5_POINT,
        (left + (size - star) / 2, top + size * 0.33, star, star),
        colours["warn"],
        name="Star",
    )


def _globe(shapes, theme: dict, left: float, top: float, size: float) -> None:
    colours = theme["colours"]
    blue = theme["series"][4]
    sea = Gradient(
        ((0, mix(blue, "FFFFFF", 0.65), 100), (100, mix(blue, "000000", 0.35), 100)), radial=True
    )
    globe = shape(
        shapes,
        MSO_SHAPE.OVAL,
        (left, top, size, size),
        sea,
        line=colours["on_dark"],
        line_width=1.25,
        name="Globe",
    )
    effects(globe, shadow=(35, 8, 4))
    for share in (0.62, 0.3):  # meridians
        width = size * share
        shape(
            shapes,
            MSO_SHAPE.OVAL,
            (left + (size - width) / 2, top, width, size),
            None,
            line=colours["on_dark"],
            line_width=1,
            name="Meridian",
        )
    line(shapes, (left + size / 2, top), (left + size / 2, top + size), colours["on_dark"], 1)
    for share in (0.25, 0.5, 0.75):  # parallels, as chords of the circle
        y = top + size * share
        half = size / 2 * (1 - (2 * share - 1) ** 2) ** 0.5
        line(
            shapes, (left + size / 2 - half, y), (left + size / 2 + half, y), colours["on_dark"], 1
        )
    # continents, after a fashion
    green = theme["series"][2]
    shape(
        shapes,
        MSO_SHAPE.CLOUD,
        (left + size * 0.2, top + size * 0.22, size * 0.32, size * 0.26),
        green,
        opacity=85,
    )
    shape(
        shapes,
        MSO_SHAPE.CLOUD,
        (left + size * 0.52, top + size * 0.55, size * 0.26, size * 0.22),
        green,
        opacity=85,
    )


def _sun(shapes, theme: dict, left: float, top: float, size: float) -> None:
    warn = theme["colours"]["warn"]
    rays = Gradient(((0, mix(warn, "FFFFFF", 0.7), 100), (100, warn, 100)), radial=True)
    sun = shape(
        shapes,
        MSO_SHAPE.SUN,
        (left, top, size, size),
        rays,
        line=mix(warn, "000000", 0.25),
        line_width=0.75,
        name="Sun",
    )
    effects(sun, glow=(warn, 8, 35))


def _bulb(shapes, theme: dict, left: float, top: float, size: float) -> None:
    """A light bulb: a glowing glass, a grey screw base, a few rays."""
    colours = theme["colours"]
    warn = colours["warn"]
    glass = Gradient(
        ((0, "FFFFFF", 100), (45, mix(warn, "FFFFFF", 0.55), 100), (100, warn, 100)), radial=True
    )
    bulb = shape(
        shapes,
        MSO_SHAPE.OVAL,
        (left, top, size, size),
        glass,
        line=mix(warn, "000000", 0.3),
        line_width=1,
        name="Bulb",
    )
    effects(bulb, glow=(warn, 10, 40))
    neck = size * 0.42
    metal, edge = colours["line"], mix(colours["muted"], colours["line"], 0.3)
    base = shape(
        shapes,
        MSO_SHAPE.ROUNDED_RECTANGLE,
        (left + (size - neck) / 2, top + size * 0.9, neck, size * 0.36),
        ramp(
            mix(metal, "FFFFFF", 0.85),
            mix(metal, "000000", 0.25),
            mix(metal, "FFFFFF", 0.4),
            angle=0,
        ),
        line=edge,
        line_width=0.75,
        adjust=(0.2,),
        name="Bulb Base",
    )
    bevel(base, 2, 1)
    for k in range(2):
        y = top + size * (1.0 + 0.1 * k)
        line(shapes, (left + (size - neck) / 2, y), (left + (size + neck) / 2, y), edge, 1)
    cx, cy, reach = left + size / 2, top + size / 2, size * 0.62
    for dx, dy in ((0, -1), (0.72, -0.72), (-0.72, -0.72), (1, 0.05), (-1, 0.05)):
        start = (cx + dx * reach, cy + dy * reach)
        end = (cx + dx * reach * 1.3, cy + dy * reach * 1.3)
        line(shapes, start, end, warn, 2.5)


def _silver(theme: dict) -> Gradient:
    panel, line_colour = theme["colours"]["panel"], theme["colours"]["line"]
    return ramp("FFFFFF", mix(panel, line_colour, 0.35), mix(panel, line_colour, 0.8))


def _enterprise_cover(shapes, theme: dict) -> None:
    colours = theme["colours"]
    # a bevelled band along the foot, with the footers on it
    band = shape(
        shapes,
        MSO_SHAPE.RECTANGLE,
        (0, 6.82, 13.333, 0.68),
        ramp(mix(colours["dark"], "FFFFFF", 0.18), mix(colours["dark"], "000000", 0.3)),
        name="Foot Band",
    )
    bevel(band, 4, 2)
    line(shapes, (0, 6.82), (13.333, 6.82), colours["warn"], 2)
    # a clip-art cluster on the right
    _sun(shapes, theme, 10.6, 1.15, 1.75)
    _globe(shapes, theme, 8.7, 2.0, 3.2)
    _bulb(shapes, theme, 11.4, 3.95, 1.05)
    _crest(shapes, theme, 0.9, 0.5, 0.8)
    # the rule under the title: a bevelled gold bar
    rule = shape(
        shapes,
        MSO_SHAPE.RECTANGLE,
        (0.9, 4.03, 2.4, 0.1),
        ramp(mix(colours["warn"], "FFFFFF", 0.4), colours["warn"]),
        name="Rule",
    )
    bevel(rule, 2, 1)


def _enterprise_content(shapes, theme: dict) -> None:
    colours = theme["colours"]
    bar = shape(
        shapes,
        MSO_SHAPE.BEVEL,
        (0.3, 0.14, 12.73, 1.28),
        _silver(theme),
        line=colours["line"],
        line_width=0.75,
        adjust=(0.045,),
        name="Title Bar",
    )
    bevel(bar, 6, 3)
    effects(bar, shadow=(28, 5, 2.5))
    _crest(shapes, theme, 0.5, 0.33, 0.9)
    line(shapes, (0.3, 1.52), (13.03, 1.52), colours["warn"], 1.5)
    line(shapes, (0.55, 6.93), (12.78, 6.93), colours["line"], 0.75)


def _enterprise_statement(shapes, theme: dict) -> None:
    colours = theme["colours"]
    plate = shape(
        shapes,
        MSO_SHAPE.BEVEL,
        (1.45, 1.6, 10.35, 4.35),
        ramp(mix(colours["dark"], "FFFFFF", 0.2), mix(colours["dark"], "FFFFFF", 0.05)),
        line=mix(colours["dark"], "FFFFFF", 0.35),
        line_width=0.75,
        adjust=(0.03,),
        name="Plate",
    )
    bevel(plate, 6, 3)
    effects(plate, shadow=(45, 8, 4))
    _crest(shapes, theme, 0.55, 0.45, 0.8)
    _bulb(shapes, theme, 0.4, 3.2, 0.85)
    band = shape(
        shapes,
        MSO_SHAPE.RECTANGLE,
        (0, 6.82, 13.333, 0.68),
        ramp(mix(colours["dark"], "FFFFFF", 0.18), mix(colours["dark"], "000000", 0.3)),
        name="Foot Band",
    )
    bevel(band, 4, 2)
    line(shapes, (0, 6.82), (13.333, 6.82), colours["warn"], 2)
    for box in ((12.05, 1.75, 0.8, 0.8), (12.35, 2.7, 0.42, 0.42), (11.95, 3.3, 0.3, 0.3)):
        star = shape(
            shapes,
            MSO_SHAPE.STAR_5_POINT,
            box,
            ramp(mix(colours["warn"], "FFFFFF", 0.5), colours["warn"]),
            line=mix(colours["warn"], "000000", 0.25),
            line_width=0.5,
        )
        effects(star, glow=(colours["warn"], 5, 30))


ENTERPRISE = Recipe(
    scheme="Corporate Standard 2003",
    backgrounds=lambda t: {
        "master": ramp("FFFFFF", t["colours"]["paper"], mix(t["colours"]["paper"], "000000", 0.11)),
        "cover": ramp(
            mix(t["colours"]["dark"], "FFFFFF", 0.28),
            t["colours"]["dark"],
            mix(t["colours"]["dark"], "000000", 0.35),
        ),
        "statement": ramp(
            mix(t["colours"]["dark"], "FFFFFF", 0.22),
            t["colours"]["dark"],
            mix(t["colours"]["dark"], "000000", 0.3),
        ),
    },
    cover=_enterprise_cover,
    content=_enterprise_content,
    statement=_enterprise_statement,
)
