"""The forms a layout file's values take, each written once: lengths, colours, font aliases,
inks, currency codes and copy.

Every layout model (the case file's, the mini-zine's, the imposition's, the dossier's, and the
deck's when it moves here) annotates its fields with these, so the same value is checked the
same way, with the same message, in every file. Pure data: nothing here knows a renderer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated

from pydantic import AfterValidator, Field, ValidationInfo

from printworks import templating, units
from printworks.messages import CURRENCY

if TYPE_CHECKING:
    from printworks.layout import FontTable

COLOUR = re.compile(r"#[0-9a-fA-F]{6}")  # the one notation of a colour: #rrggbb


def length(value: str) -> str:
    """``value`` if it is a length: a number and its unit (``12mm``, ``-2pt``)."""
    units.points(value)
    return value


def not_negative(value: str) -> str:
    """``value`` if it is a length of 0 or more."""
    if units.points(value) < 0:
        raise ValueError(f"{value!r} is negative: a length here is 0 or more")
    return value


def positive(value: str) -> str:
    """``value`` if it is a length greater than 0."""
    if units.points(value) <= 0:
        raise ValueError(f"{value!r}: give a size greater than 0")
    return value


def colour(value: str) -> str:
    """``value`` if it is a colour as every layout file writes one: ``#rrggbb``."""
    if not COLOUR.fullmatch(value):
        raise ValueError(f"{value!r} is not a colour: write '#rrggbb'")
    return value


# a colour a deck theme's build: section names: '#rrggbb', a key of the theme's colours,
# series[i] or sticky[i], or mix(A, B, share) of two of those (see deck/theme_spec.py)
_REF = rf"(?:{COLOUR.pattern}|[a-z_]+|(?:series|sticky)\[\d+\])"
_MIX = re.compile(rf"mix\(\s*({_REF})\s*,\s*({_REF})\s*,\s*(0|1|0?\.\d+|1\.0+)\s*\)")


def colour_expression(value: str) -> tuple[str, ...]:
    """``value`` parsed: ``(ref,)`` or ``("mix", ref, ref, share)``; ValueError if neither."""
    text = value.strip()
    if re.fullmatch(_REF, text):
        return (text,)
    if match := _MIX.fullmatch(text):
        return ("mix", match[1], match[2], match[3])
    raise ValueError(
        f"{value!r} is not a colour: name a colour key (e.g. accent), series[i], "
        "sticky[i] or '#rrggbb', or write mix(A, B, share)"
    )


def _expression(value: str) -> str:
    colour_expression(value)
    return value


def known_alias(value: str, info: ValidationInfo) -> str:
    """``value``, if the font table in the validation context has it (a located error if not)."""
    table: FontTable | None = (info.context or {}).get("fonts")
    if table is not None and value not in table.faces:
        known = ", ".join(table.faces)
        raise ValueError(f"no font alias '{value}' in fonts.yaml (known: {known})")
    return value


def ink(value: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """``value`` if it is a CMYK colour: four percentages."""
    if not all(0 <= v <= 100 for v in value):
        raise ValueError(f"{list(value)} is not a CMYK colour: write four percentages, 0 to 100")
    return value


Length = Annotated[str, AfterValidator(length)]
NonNegativeLength = Annotated[str, AfterValidator(not_negative)]
PositiveLength = Annotated[str, AfterValidator(positive)]
Colour = Annotated[str, AfterValidator(colour)]
ColourExpression = Annotated[str, AfterValidator(_expression)]
Alias = Annotated[str, AfterValidator(known_alias)]
Ink = Annotated[tuple[float, float, float, float], AfterValidator(ink)]
CurrencyCode = Annotated[str, Field(pattern=CURRENCY.pattern)]


class Named:
    """A layout's table of named parts (its sheets, its type sets), each part by its name."""

    def names(self) -> list[str]:
        return list(type(self).model_fields)  # type: ignore[attr-defined]

    def __contains__(self, name: object) -> bool:
        return name in type(self).model_fields  # type: ignore[attr-defined]

    def __getitem__(self, name: str):
        return getattr(self, name)


def copy(*names: str) -> AfterValidator:
    """A check that a copy template compiles and uses only ``names`` (what its caller gives)."""
    given = frozenset(names)

    def check(source: str) -> str:
        if wrong := templating.unknown_names(source, given):
            raise ValueError(wrong)
        return source

    return AfterValidator(check)


def Copy(*names: str):
    """Layout copy: a template (sandboxed Jinja2) that may use ``names`` and no others."""
    return Annotated[str, copy(*names)]
