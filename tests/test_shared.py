"""The suite's shared renders: made once a run, and LibreOffice started once for a batch."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from tests.shared import once, pdf_pages


def test_a_deck_converted_this_run_is_not_converted_again(impress, shipped_decks, shipped_pdfs):
    files = {f"{slug}.pptx": data for slug, data in shipped_decks.items()}
    starts = impress.starts
    again = impress.convert(files)
    assert impress.starts == starts  # no LibreOffice started: every deck was converted already
    assert again == {f"{slug}.pptx": pdf for slug, pdf in shipped_pdfs.items()}
    assert all(pdf_pages(pdf) > 1 for pdf in again.values())


def _count(folder: str) -> int:
    def make() -> int:
        made = Path(folder) / "made"
        made.write_text(made.read_text() + "x" if made.exists() else "x")
        return 42

    return once(Path(folder), "answer", make)


def test_once_makes_a_value_once_for_every_process_that_asks(tmp_path):
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        answers = pool.map(_count, [str(tmp_path)] * 4)
    assert answers == [42] * 4
    assert (tmp_path / "made").read_text() == "x"
