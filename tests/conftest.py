"""Shared fixtures: the shipped roles, the seed role, and a scratch roles folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

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


def impress_pages(decks: dict[str, bytes], folder: Path, timeout: float = 600) -> dict[str, int]:
    """How many pages LibreOffice Impress makes of each deck (by name) converted to PDF;
    skips the test when LibreOffice or poppler is not installed."""
    import re
    import subprocess

    if not shutil.which("soffice") or not shutil.which("pdfinfo"):
        pytest.skip("LibreOffice (soffice) or poppler (pdfinfo) not installed")
    sources = []
    for name, data in decks.items():
        path = folder / f"{name}.pptx"
        path.write_bytes(data)
        sources.append(str(path))
    profile = f"-env:UserInstallation=file://{folder}/profile"
    args = ["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir"]
    subprocess.run(
        [*args, str(folder / "pdf"), *sources], check=True, capture_output=True, timeout=timeout
    )
    pages = {}
    for name in decks:
        info = subprocess.run(
            ["pdfinfo", str(folder / "pdf" / f"{name}.pdf")],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        pages[name] = int(re.search(r"Pages:\s+(\d+)", info)[1])
    return pages


@pytest.fixture(scope="session")
def deck_gallery() -> dict[str, bytes]:
    """Every shipped role's deck in its own theme (by slug) and in each theme
    (``slug--theme``), and a deck with one slide of every kind in each theme
    (``every-kind--theme``): built once a session, for the checks that judge them all."""
    from printworks.deck import DeckOptions, render_deck
    from printworks.layout import shipped
    from tests.test_kinds_data import KINDS, _role_text, _slide

    themes = shipped().deck.theme_names()
    built = {}
    for path in sorted(ROLES.glob("*.yaml")):
        role = load_role(path)
        built[path.stem] = render_deck(role)
        for theme in themes:
            built[f"{path.stem}--{theme}"] = render_deck(role, options=DeckOptions(theme=theme))
    every = role_from_yaml(_role_text([_slide(kind) for kind in KINDS]), "every-kind")
    for theme in themes:
        built[f"every-kind--{theme}"] = render_deck(every, options=DeckOptions(theme=theme))
    return built
