"""Redaction marks: parsed once, hidden characters never kept."""

from __future__ import annotations

import pytest

from printworks.markup import BLOCK, MarkupError, Segment, Text, parse


def test_spans_become_segments_that_keep_only_a_length() -> None:
    assert parse("paid ||Jane Doe|| to attend") == (
        Segment(text="paid "),
        Segment(hidden=8),
        Segment(text=" to attend"),
    )


def test_masked_text_shows_blocks_never_the_words() -> None:
    text = Text.parse("by ||ACME Corp|| in ||2021||")
    assert text.masked() == f"by {BLOCK * 9} in {BLOCK * 4}"
    assert str(text) == text.masked()
    assert "ACME" not in repr(text) and "2021" not in repr(text)
    assert text.visible == "by  in "
    assert text.redacted and not text.fully_redacted


def test_a_wholly_redacted_text() -> None:
    assert Text.parse("||anyone||").fully_redacted


def test_text_without_marks_is_unchanged() -> None:
    text = Text.parse("plain words, 'quoted' & <tagged>")
    assert text.masked() == "plain words, 'quoted' & <tagged>"
    assert not text.redacted


@pytest.mark.parametrize("raw", ["open ||never closed", "|| ||", "a |||| b"])
def test_bad_marks_are_refused(raw: str) -> None:
    with pytest.raises(MarkupError):
        parse(raw)
