"""A template's colour and font schemes read into a theme's colours and font: pure data in,
pure data out (nothing here imports python-pptx).

The scheme gives twelve colours (dark 1 and 2, light 1 and 2, six accents, two link colours);
a theme names sixteen by what they paint. Each is taken from the scheme by a rule written
here once: text and headings from the scheme's text colours, cards and rules from tints of
them, good, warning and bad from the accent nearest in hue to green, amber and red (when one
is near enough), else from the default theme, so a corporate palette of blues still shows a
red that means bad.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass

from printworks.deck.contrast import GRAPHIC, TEXT, luminance, mix
from printworks.deck.contrast import ratio as contrast

SCHEME = ("dk1", "lt1", "dk2", "lt2", *(f"accent{i}" for i in range(1, 7)), "hlink", "folHlink")
# a master's colour map names the slot each of these resolves to (bg1 -> lt1, tx1 -> dk1, ...)
MAPPED = ("bg1", "tx1", "bg2", "tx2")
_HUES = {"good": 140, "warn": 38, "bad": 4}  # degrees: green, amber, red
_NEAR = 28  # degrees within which an accent is taken for good, warning or bad


def toward(colour: str, against: str, need: float) -> str:
    """``colour``, moved toward black or white (whichever is farther from ``against``) just
    enough to stand ``need``:1 against it."""
    if contrast(colour, against) >= need:
        return colour
    end = "000000" if luminance(against) > 0.18 else "FFFFFF"
    for step in range(1, 21):
        moved = mix(colour, end, step / 20)
        if contrast(moved, against) >= need:
            return moved
    return end


def _hue(colour: str) -> tuple[float, float]:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, _, s = colorsys.rgb_to_hls(r, g, b)
    return h * 360, s


@dataclass(frozen=True)
class Scheme:
    """A template's colour scheme as six-hex-digit colours by slot, with the master's map."""

    slots: dict[str, str]
    mapping: dict[str, str]  # bg1, tx1, bg2, tx2 -> the slot each stands for

    def __getitem__(self, name: str) -> str:
        """A scheme colour by slot (dk1) or by mapped name (bg1, tx1); phClr and the
        unknown read as the text colour."""
        name = self.mapping.get(name, name)
        return self.slots.get(name, self.slots["dk1"])

    @property
    def accents(self) -> list[str]:
        return [self.slots[f"accent{i}"] for i in range(1, 7)]


def theme_colours(scheme: Scheme, default: dict[str, str]) -> dict[str, str]:
    """The sixteen colours of a theme, from the template's ``scheme``; ``default`` (the
    default theme's colours) gives good, warning and bad where no accent is near them."""
    paper, ink = scheme["bg1"], toward(scheme["tx1"], scheme["bg1"], TEXT)
    strong = scheme["tx2"] if contrast(scheme["tx2"], paper) >= TEXT else ink
    accent = toward(scheme["accent1"], paper, GRAPHIC)
    dark = strong if luminance(paper) > 0.18 else mix(paper, "FFFFFF", 0.15)
    if luminance(paper) > 0.18:  # the cover's subtitle is the accent on dark: deepen the dark
        dark = next(
            (
                mix(dark, "000000", s / 10)
                for s in range(11)
                if contrast(accent, mix(dark, "000000", s / 10)) >= GRAPHIC
            ),
            "000000",
        )
    on_dark = max((paper, "FFFFFF", "000000"), key=lambda c: contrast(c, dark))
    colours = {
        "strong": strong,
        "ink": ink,
        "muted": toward(mix(ink, paper, 0.35), paper, TEXT),
        "accent": accent,
        "paper": paper,
        "dark": dark,
        "on_dark": on_dark,
        "panel": mix(paper, strong, 0.06),
        "line": toward(mix(paper, ink, 0.22), paper, 1.5),
        "redaction": "000000",
    }
    for name, hue in _HUES.items():
        near = [
            (abs((_hue(c)[0] - hue + 180) % 360 - 180), c)
            for c in scheme.accents
            if _hue(c)[1] > 0.3
        ]
        distance, found = min(near, default=(360.0, ""))
        chosen = found if distance <= _NEAR else default[name]
        colours[name] = toward(chosen, paper, GRAPHIC)
        colours[f"{name}_pale"] = mix(chosen, paper, 0.82)
    return colours


def series(scheme: Scheme, paper: str) -> list[str]:
    """A chart's series colours: the six accents, each made to stand out from the paper."""
    return [toward(c, paper, GRAPHIC) for c in scheme.accents]


def sticky(scheme: Scheme) -> list[str]:
    """Sticky-note fills: pale tints of the first four accents, dark text reads on each."""
    return [mix(c, "FFFFFF", 0.7) for c in scheme.accents[:4]]
