"""The themes' recipes, for the theme builder (tools/make_theme.py): what each theme is beyond
its theme.yaml (its backgrounds and the decoration on each layout), drawn in the theme's own
colours. The enterprise theme's clip art is in theme_enterprise.py."""

from __future__ import annotations

from pptx.enum.shapes import MSO_SHAPE
from theme_drawing import (
    Gradient,
    Recipe,
    _rect,
    effects,
    emu,
    line,
    mix,
    path,
    ramp,
    shape,
    text_on,
)
from theme_enterprise import ENTERPRISE


# === consultancy: navy, chevrons =============================================================
def _consultancy_cover(shapes, theme: dict) -> None:
    colours = theme["colours"]
    _rect(shapes, MSO_SHAPE.RECTANGLE, "0in", "0in", "0.28in", "7.5in", colours["accent"])
    for index, left in enumerate(("8.1in", "9.5in", "10.9in")):
        _rect(
            shapes,
            MSO_SHAPE.CHEVRON,
            left,
            "1.6in",
            "2.2in",
            "4.3in",
            colours["accent"],
            transparency=78 - 18 * index,
        )
    _rect(shapes, MSO_SHAPE.RECTANGLE, "0.9in", "4.05in", "1.2in", "0.06in", colours["good"])


def _consultancy_content(shapes, theme: dict) -> None:
    colours = theme["colours"]
    _rect(shapes, MSO_SHAPE.RECTANGLE, "0in", "0in", "13.333in", "0.1in", colours["dark"])
    _rect(shapes, MSO_SHAPE.RECTANGLE, "0in", "0.1in", "3.2in", "0.04in", colours["accent"])
    _rect(shapes, MSO_SHAPE.RECTANGLE, "0.55in", "6.93in", "12.23in", "0.01in", colours["line"])


def _consultancy_statement(shapes, theme: dict) -> None:
    colours = theme["colours"]
    _rect(shapes, MSO_SHAPE.RECTANGLE, "0in", "7.36in", "13.333in", "0.14in", colours["accent"])
    for index, left in enumerate(("0.1in", "0.75in")):
        _rect(
            shapes,
            MSO_SHAPE.CHEVRON,
            left,
            "0.6in",
            "1.6in",
            "2.6in",
            colours["accent"],
            transparency=80 - 20 * index,
        )


CONSULTANCY = Recipe(
    scheme="Strategic Alignment",
    backgrounds=lambda t: {
        "master": t["colours"]["paper"],
        "cover": t["colours"]["dark"],
        "statement": t["colours"]["dark"],
    },
    cover=_consultancy_cover,
    content=_consultancy_content,
    statement=_consultancy_statement,
    statement_size=44,
    # its shapes have always been stacked each behind the last; kept, so the file stays the same
    painter=False,
)


# === agile: warm paper, sticky notes, tape ==================================================
def _sticky(shapes, theme, box, colour, rotation, label=None):
    """A sticky note with a soft shadow and a strip of tape across its top edge."""
    left, top, width, _ = box
    note = shape(shapes, MSO_SHAPE.RECTANGLE, box, colour, rotation=rotation, name="Sticky Note")
    effects(note, shadow=(22, 6, 3))
    if label:
        note.text_frame.margin_left = note.text_frame.margin_right = emu(8)
        text_on(note, label, theme["colours"]["strong"], 20)
    tape = (left + width / 2 - 0.45, top - 0.12, 0.9, 0.26)
    shape(
        shapes,
        MSO_SHAPE.RECTANGLE,
        tape,
        theme["colours"]["paper"],
        opacity=70,
        rotation=rotation * 1.6 + 2,
        name="Tape",
    )


def _agile_cover(shapes, theme: dict) -> None:
    colours, sticky = theme["colours"], theme["sticky"]
    # a faint board ruled into swim lanes behind the notes
    board = (8.25, 1.15, 4.55, 5.55)
    shape(shapes, MSO_SHAPE.ROUNDED_RECTANGLE, board, colours["paper"], adjust=(0.05,))
    for x in (9.77, 11.29):
        line(shapes, (x, 1.5), (x, 6.45), colours["line"], 1.25)
    notes = [
        ((8.45, 1.55, 1.25, 1.2), sticky[0], -4, "To do"),
        ((9.98, 1.75, 1.25, 1.2), sticky[1], 3, "Doing"),
        ((11.5, 1.5, 1.15, 1.15), sticky[2], -2, "Done?"),
        ((8.5, 3.2, 1.2, 1.2), sticky[3], 2, None),
        ((10.0, 3.45, 1.2, 1.2), sticky[0], -3, None),
        ((8.55, 4.85, 1.2, 1.2), sticky[2], 4, None),
    ]
    for box, colour, rotation, label in notes:
        _sticky(shapes, theme, box, colour, rotation, label)
    # the accent rule under the title, rounded
    shape(
        shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (0.9, 4.02, 1.3, 0.1), colours["accent"], adjust=(0.5,)
    )
    # a few round dots, like magnets on a whiteboard
    for x, colour in ((0.9, sticky[0]), (1.22, sticky[1]), (1.54, sticky[2]), (1.86, sticky[3])):
        shape(
            shapes,
            MSO_SHAPE.OVAL,
            (x, 0.7, 0.2, 0.2),
            colour,
            line=colours["line"],
            line_width=0.75,
        )


def _agile_content(shapes, theme: dict) -> None:
    colours, sticky = theme["colours"], theme["sticky"]
    band = (0.25, 0.18, 12.83, 1.24)
    shape(
        shapes,
        MSO_SHAPE.ROUNDED_RECTANGLE,
        band,
        colours["dark"],
        adjust=(0.28,),
        name="Title Band",
    )
    shape(
        shapes,
        MSO_SHAPE.RECTANGLE,
        (-0.14, 0.06, 0.9, 0.26),
        mix(sticky[1], colours["paper"], 0.25),
        opacity=85,
        rotation=-24,
        name="Tape",
    )
    # a strip of the four note colours along the foot of the slide
    width = 13.333 / 4
    for index, colour in enumerate(sticky):
        shape(shapes, MSO_SHAPE.RECTANGLE, (index * width, 7.38, width, 0.12), colour)


def _agile_statement(shapes, theme: dict) -> None:
    colours, sticky = theme["colours"], theme["sticky"]
    note = (1.35, 1.45, 10.65, 4.6)
    shape(shapes, MSO_SHAPE.RECTANGLE, note, sticky[0], rotation=-1.2, name="Sticky Note")
    effects(shapes[-1], shadow=(25, 10, 5))
    for x, rotation in ((1.2, -30), (11.2, 28)):
        shape(
            shapes,
            MSO_SHAPE.RECTANGLE,
            (x, 1.38, 1.05, 0.3),
            colours["paper"],
            opacity=72,
            rotation=rotation,
            name="Tape",
        )
    for x, colour in ((12.2, sticky[1]), (12.45, sticky[2]), (12.7, sticky[3])):
        shape(
            shapes,
            MSO_SHAPE.OVAL,
            (x, 6.6, 0.18, 0.18),
            colour,
            line=colours["line"],
            line_width=0.75,
        )


AGILE = Recipe(
    scheme="Sprint Zero",
    backgrounds=lambda t: {
        "master": t["colours"]["paper"],
        "cover": t["colours"]["dark"],
        "statement": t["colours"]["dark"],
    },
    cover=_agile_cover,
    content=_agile_content,
    statement=_agile_statement,
)


# === startup: dark gradient, one neon accent, a glowing hockey stick ========================
def _startup_cover(shapes, theme: dict) -> None:
    colours = theme["colours"]
    accent = colours["accent"]
    glow = Gradient(((0, accent, 55), (55, accent, 12), (100, accent, 0)), radial=True)
    blob = shape(shapes, MSO_SHAPE.OVAL, (8.2, -1.2, 6.6, 6.6), glow, name="Glow")
    effects(blob, soft=60)
    # a second, dimmer glow of the same accent, deeper into the dark
    second = mix(accent, colours["dark"], 0.45)
    halo = Gradient(((0, second, 55), (100, second, 0)), radial=True)
    blob = shape(shapes, MSO_SHAPE.OVAL, (9.6, 3.4, 4.6, 4.6), halo, name="Glow")
    effects(blob, soft=50)
    # up and to the right
    curve = [
        (8.4, 5.9),
        (9.3, 5.7),
        (10.1, 5.55),
        (10.8, 5.2),
        (11.35, 4.5),
        (11.8, 3.4),
        (12.2, 2.3),
        (12.45, 1.45),
    ]
    made = path(shapes, curve, accent, 4.5)
    effects(made, glow=(accent, 9, 45))
    shape(shapes, MSO_SHAPE.OVAL, (12.3, 1.3, 0.3, 0.3), accent, name="Dot")
    effects(shapes[-1], glow=(accent, 12, 55))
    shape(shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (0.9, 4.02, 1.6, 0.09), accent, adjust=(0.5,))
    effects(shapes[-1], glow=(accent, 6, 50))


def _startup_content(shapes, theme: dict) -> None:
    colours = theme["colours"]
    accent = colours["accent"]
    shape(shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (0.55, 1.36, 1.4, 0.06), accent, adjust=(0.5,))
    effects(shapes[-1], glow=(accent, 5, 45))
    line(shapes, (1.95, 1.39), (12.78, 1.39), colours["line"], 0.75)
    glow = Gradient(((0, accent, 30), (100, accent, 0)), radial=True)
    blob = shape(shapes, MSO_SHAPE.OVAL, (11.3, -1.3, 3.2, 2.4), glow, name="Glow")
    effects(blob, soft=30)


def _startup_statement(shapes, theme: dict) -> None:
    colours = theme["colours"]
    accent = colours["accent"]
    glow = Gradient(((0, accent, 50), (60, accent, 10), (100, accent, 0)), radial=True)
    blob = shape(shapes, MSO_SHAPE.OVAL, (-2.2, 3.6, 6.4, 6.4), glow, name="Glow")
    effects(blob, soft=60)
    ring = shape(shapes, MSO_SHAPE.DONUT, (11.0, 2.0, 1.7, 1.7), accent, adjust=(0.06,))
    effects(ring, glow=(accent, 10, 45))
    shape(shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (1.8, 4.0, 1.6, 0.09), accent, adjust=(0.5,))
    effects(shapes[-1], glow=(accent, 6, 50))


STARTUP = Recipe(
    scheme="Series A",
    backgrounds=lambda t: {
        "master": ramp(
            mix(t["colours"]["paper"], t["colours"]["dark"], 0.9),
            t["colours"]["paper"],
            mix(t["colours"]["paper"], "000000", 0.35),
            angle=60,
        ),
        "cover": ramp(
            mix(t["colours"]["dark"], t["colours"]["accent"], 0.18),
            t["colours"]["dark"],
            mix(t["colours"]["dark"], "000000", 0.7),
            angle=45,
        ),
        "statement": ramp(
            mix(t["colours"]["dark"], "000000", 0.6),
            t["colours"]["dark"],
            mix(t["colours"]["dark"], t["colours"]["accent"], 0.14),
            angle=315,
        ),
    },
    cover=_startup_cover,
    content=_startup_content,
    statement=_startup_statement,
)

RECIPES = {
    "consultancy": CONSULTANCY,
    "agile": AGILE,
    "startup": STARTUP,
    "enterprise": ENTERPRISE,
}
