"""Shared fixtures: the shipped roles, the seed role, and a scratch roles folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# what printworks keeps between runs (printworks.keep) stays out of the user's cache folder:
# the tests keep nothing, but those of tests/test_keep.py, which give it a folder of their own
os.environ.setdefault("PRINTWORKS_CACHE", "")

# each renderer registers the part of the layouts it reads when its module is imported (the
# CLI imports the one it runs); the tests read every part, in any order
import printworks.casefile.config
import printworks.deck.style
import printworks.impose
import printworks.minisheet  # noqa: F401
from printworks.layout import Layouts
from printworks.loader import load_role, parse_role
from printworks.model import Role

ROOT = Path(__file__).resolve().parent.parent
ROLES = ROOT / "roles"
SEED_SLUG = "principal-ai-ml-model-training-assistant"
SEED_FILE = ROLES / f"{SEED_SLUG}.yaml"
SEED_TEXT = Path(__file__).resolve().parent / "data" / "seed.txt"
# the seed's dossier without its deck section: tests that give the seed a deck of their own
SEED_DOSSIER = SEED_FILE.read_text(encoding="utf-8").split("\ndeck:", 1)[0] + "\n"
# the sections a role may leave empty, as the model says (aliases, habitat, metrics, ...)
OPTIONAL_LISTS = [
    name
    for name, field in Role.model_fields.items()
    if not field.is_required() and field.default_factory is list
]


@pytest.fixture(scope="session")
def seed_role() -> Role:
    """The seed role, as shipped."""
    return load_role(SEED_FILE)


@pytest.fixture
def roles_copy(tmp_path: Path) -> Path:
    """A scratch copy of the shipped roles folder."""
    folder = tmp_path / "roles"
    shutil.copytree(ROLES, folder)
    return folder


def role_from_yaml(text: str, slug: str = "hostile") -> Role:
    """A role parsed from YAML text, for hostile variants built in a test."""
    return parse_role(text, f"{slug}.yaml")


def casefile(
    role: Role,
    page_size: str = "a4",
    grayscale: bool = False,
    *,
    date=None,
    layouts: Layouts | None = None,
) -> bytes:
    """The case file of ``role``, as ``printworks pdf`` would make it with these options."""
    from printworks.casefile import CasefileOptions, render_casefile

    return render_casefile(role, layouts, CasefileOptions(page_size, grayscale, date))


def reader_text(frame) -> str:
    """The text of a python-pptx text frame (or table cell) as a reader sees it: a redaction
    (a highlighted run of no-break spaces) as one block a hidden character, break marks out."""
    from printworks.deck.builder import REDACTION_SPACES

    lines = []
    for paragraph in (
        frame.text_frame.paragraphs if hasattr(frame, "text_frame") else frame.paragraphs
    ):
        parts = []
        for run in paragraph.runs:
            text = run.text.replace("\u200b", "")
            if run._r.find(".//{*}highlight") is not None:
                text = "\u2588" * round(len(text) / REDACTION_SPACES)
            parts.append(text)
        lines.append("".join(parts))
    return "\n".join(lines)


def package_bytes(data: bytes) -> bytes:
    """Every entry of a .pptx package, inflated; embedded workbooks opened too."""
    import io
    import zipfile

    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            blob = package.read(name)
            out.append(package_bytes(blob) if name.endswith(".xlsx") else blob)
    return b"\n".join(out)


@pytest.fixture(scope="session")
def run_folder(tmp_path_factory) -> Path:
    """A folder all the workers of this run share (see tests/shared.py)."""
    from tests.shared import run_folder

    return run_folder(tmp_path_factory)


@pytest.fixture(scope="session", autouse=True)
def _share_renders(run_folder: Path, request):
    """Renders shared through plain functions (tests.shared.shipped_casefile) use the run's
    folder too. When the run has a test that reads the shipped decks' LibreOffice PDFs, their
    one conversion starts now, beside the first tests, rather than holding up a worker later."""
    import threading

    from tests import shared

    shared.FOLDER = run_folder
    early = None
    wanted = any("shipped_pdfs" in getattr(i, "fixturenames", ()) for i in request.session.items)
    if wanted and all(shutil.which(tool) for tool in ("soffice", "pdfinfo", "pdftoppm")):

        def convert() -> None:
            try:
                decks = shared.once(run_folder, "shipped_decks", shared.render_shipped_decks)
                shared.Impress(run_folder).convert({f"{s}.pptx": d for s, d in decks.items()})
            except Exception:  # the test that needs them converts them again, and says why
                return

        early = threading.Thread(target=convert, name="impress-early", daemon=True)
        early.start()
    yield
    if early is not None:
        early.join()


@pytest.fixture(scope="session")
def impress(run_folder: Path):
    """LibreOffice Impress for the run: each distinct file converted once, by whichever
    worker asks first; every LibreOffice render the tests make goes through it (the handout
    is printworks' own command, run once a run)."""
    from tests.shared import Impress

    return Impress(run_folder)


def impress_pages(impress, decks: dict[str, bytes]) -> dict[str, int]:
    """How many pages LibreOffice Impress makes of each deck (by name) converted to PDF, in one
    start for the decks not yet converted this run; skips the test when LibreOffice or poppler
    is not installed."""
    from tests.shared import pdf_pages

    impress.require("pdfinfo")
    pdfs = impress.convert({f"{name}.pptx": data for name, data in decks.items()})
    return {name: pdf_pages(pdfs[f"{name}.pptx"]) for name in decks}


@pytest.fixture(scope="session")
def shipped_decks(run_folder: Path) -> dict[str, bytes]:
    """Every shipped role's deck in its own theme, by slug: made once a run."""
    from tests.shared import once, render_shipped_decks

    return once(run_folder, "shipped_decks", render_shipped_decks)


@pytest.fixture(scope="session")
def shipped_pdfs(impress, shipped_decks: dict[str, bytes]) -> dict[str, Path]:
    """Every shipped deck as LibreOffice Impress prints it to PDF (by slug), all in one start,
    once a run: the tests that count its pages or look at its pictures share them."""
    impress.require("pdfinfo", "pdftoppm")
    pdfs = impress.convert({f"{slug}.pptx": data for slug, data in shipped_decks.items()})
    return {slug: pdfs[f"{slug}.pptx"] for slug in shipped_decks}


@pytest.fixture(scope="session")
def every_kind_decks(run_folder: Path) -> dict[str, bytes]:
    """A deck with one slide of every kind, in each shipped theme (by theme): made once a run."""
    from tests.shared import once

    def make():
        from printworks.deck import DeckOptions, render_deck
        from printworks.layout import shipped
        from tests.test_kinds_data import _role_text
        from tests.test_kinds_every import every_kind_slides

        every = role_from_yaml(_role_text(every_kind_slides()), "every-kind")
        return {
            theme: render_deck(every, options=DeckOptions(theme=theme))
            for theme in shipped().deck.theme_names()
        }

    return once(run_folder, "every_kind_decks", make)


@pytest.fixture(scope="session")
def every_kind_shown(every_kind_decks: dict[str, bytes]) -> dict:
    """The every-kind decks as python-pptx opens them, by theme."""
    import io

    from pptx import Presentation

    return {theme: Presentation(io.BytesIO(data)) for theme, data in every_kind_decks.items()}


@pytest.fixture(scope="session")
def deck_gallery(
    run_folder: Path, shipped_decks: dict[str, bytes], every_kind_decks: dict[str, bytes]
) -> dict[str, bytes]:
    """Every shipped role's deck in its own theme (by slug) and in one other theme
    (``slug--theme``, the themes taken in turn, so that each theme dresses a role it was not
    made for), and a deck with one slide of every kind in each theme (``every-kind--theme``):
    built once a run, for the checks that judge them all. Every kind in every theme, and
    every role in two: a role in all seven themes would check no drawing that these do not."""
    from tests.shared import once

    def make():
        from printworks.deck import DeckOptions, render_deck
        from printworks.layout import shipped

        themes = shipped().deck.theme_names()
        built = {}
        for index, path in enumerate(sorted(ROLES.glob("*.yaml"))):
            role = load_role(path)
            built[path.stem] = shipped_decks[path.stem]
            own = role.deck.theme if role.deck else None
            others = [t for t in themes if t != own]
            theme = others[index % len(others)]
            built[f"{path.stem}--{theme}"] = render_deck(role, options=DeckOptions(theme=theme))
        for theme in themes:
            built[f"every-kind--{theme}"] = every_kind_decks[theme]
        return built

    return once(run_folder, "deck_gallery", make)
