"""Values with a shape of their own (slugs, case numbers, currencies, times of day), each
explained with its rule and an example, mended from what was written where that is plain."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from printworks.currencies import ISO_4217, MIX_UPS, code_for

from .words import as_written


@dataclass(frozen=True)
class Form:
    """A shape a value must have: what it is called, the rule, and an example."""

    name: str
    pattern: str
    rule: str
    example: str

    def explain(self, value: object) -> str:
        """``value`` (as written) is not of this form: the rule and an example."""
        shown = value if isinstance(value, str) else as_written(value)
        return f"{shown!r} is not {self.name}: {self.rule}, e.g. {self.suggest(shown)}"

    def suggest(self, value: str) -> str:
        """The example to show: ``value`` mended when that is plain, else the standing one."""
        mended = _MENDS.get(self.name, lambda v: None)(value)
        return mended if mended and re.match(self.pattern, mended) else self.example


SLUG = Form(
    "a role slug",
    r"^[a-z0-9]+(-[a-z0-9]+)*$",
    "use lowercase letters and digits in words joined by hyphens",
    "chief-vibes-officer",
)
CASE_NUMBER = Form(
    "a case number",
    r"^[A-Z0-9][A-Z0-9/-]{0,39}$",
    "use capital letters, digits, hyphens and slashes, at most 40",
    "OTI-0009",
)
CURRENCY = Form("a currency code", r"^[A-Z]{3}$", "use three capital letters (ISO 4217)", "GBP")
CLOCK = Form(
    "a time of day", r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$", "use the 24-hour clock, HH:MM", "09:00"
)
FORMS = {form.pattern: form for form in (SLUG, CASE_NUMBER, CURRENCY, CLOCK)}


def _mend_slug(value: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", value.lower()))


def _mend_clock(value: str) -> str | None:
    found = re.fullmatch(r"\s*(\d{1,2})(?:[.:h ](\d{2}))?\s*(am|pm)?\s*", value.lower())
    if not found:
        return None
    hours, minutes = int(found[1]), int(found[2] or 0)
    if found[3] == "pm" and hours < 12:
        hours += 12
    return f"{hours:02d}:{minutes:02d}"


_MENDS = {
    SLUG.name: _mend_slug,
    CASE_NUMBER.name: lambda v: re.sub(r"[^A-Z0-9/-]+", "-", v.strip().upper()).strip("-"),
    CURRENCY.name: lambda v: code_for(v) or v.strip().upper(),
    CLOCK.name: _mend_clock,
}


def padded_clock(value: str) -> str:
    """``9:00`` as ``09:00``: a time of day always written with two-digit hours."""
    return f"0{value}" if re.fullmatch(r"\d:\d\d", value) else value


def unknown_currency(code: str) -> str:
    """The message for a three-letter code that ISO 4217 does not have."""
    known = MIX_UPS.get(code) or next(iter(difflib.get_close_matches(code, ISO_4217, 1, 0.67)), "")
    hint = f" (did you mean {known}?)" if known else ""
    return f"{code!r} is not a currency code in ISO 4217{hint}: use one such as USD, EUR or GBP"
