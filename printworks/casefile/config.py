"""The case file's layout (``layouts/casefile.yaml``), read, validated and sized for one paper."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from printworks.layout import read_layout
from printworks.units import points

LAYOUT_FILE = "casefile.yaml"
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Margins(_Strict):
    top: str
    bottom: str
    left: str
    right: str

    @field_validator("*")
    @classmethod
    def _length(cls, value: str) -> str:
        points(value)
        return value


class Format(_Strict):
    """One paper size: its dimensions, margins, and how much the type shrinks on it."""

    size: tuple[str, str]
    margins: Margins
    scale: float

    @field_validator("size")
    @classmethod
    def _lengths(cls, value: tuple[str, str]) -> tuple[str, str]:
        for length in value:
            points(length)
        return value


class Benchmark(_Strict):
    label: str
    amount: int
    currency: str


class SalaryCopy(_Strict):
    working_days: int
    symbols: dict[str, str]
    benchmarks: list[Benchmark]


class CasefileLayout(_Strict):
    """Everything ``casefile.yaml`` says: formats, palettes, font chains, type, spacing, words."""

    formats: dict[str, Format]
    palettes: dict[str, dict[str, str]]
    fonts: dict[str, list[str]]
    type: dict[str, str]
    spacing: dict[str, str]
    words: dict[str, str]
    salary: SalaryCopy

    @field_validator("type", "spacing")
    @classmethod
    def _lengths(cls, value: dict[str, str]) -> dict[str, str]:
        for length in value.values():
            points(length)
        return value

    @model_validator(mode="after")
    def _palettes(self) -> CasefileLayout:
        if set(self.palettes) != {"colour", "grayscale"}:
            raise ValueError("palettes must be exactly 'colour' and 'grayscale'")
        if set(self.palettes["colour"]) != set(self.palettes["grayscale"]):
            raise ValueError("the colour and grayscale palettes must name the same colours")
        for name, palette in self.palettes.items():
            for key, value in palette.items():
                if not _HEX.match(value):
                    raise ValueError(f"palettes.{name}.{key}: {value!r} is not '#rrggbb'")
                if name == "grayscale" and len({value[1:3], value[3:5], value[5:7]}) != 1:
                    raise ValueError(f"palettes.grayscale.{key}: {value!r} is not a grey")
        if "fallback_chain" not in self.fonts:
            raise ValueError("fonts.fallback_chain is missing")
        return self

    def format(self, name: str) -> Format:
        try:
            return self.formats[name]
        except KeyError:
            known = ", ".join(self.formats)
            raise ValueError(f"unknown page size {name!r} (known: {known})") from None


@cache
def _shipped() -> CasefileLayout:
    return read_layout(LAYOUT_FILE, CasefileLayout)


def load_layout(folder: Path | None = None) -> CasefileLayout:
    """The case-file layout from ``folder`` (default: the shipped one, read once)."""
    return _shipped() if folder is None else read_layout(LAYOUT_FILE, CasefileLayout, folder)
