"""printworks stays in rooms of one subject each: no module of it past 500 lines."""

from __future__ import annotations

from pathlib import Path

import printworks

PACKAGE = Path(printworks.__file__).parent
MOST = 500


def long_modules(folder: Path) -> dict[str, int]:
    """The modules under ``folder`` past :data:`MOST` lines, with their counts."""
    return {
        str(path.relative_to(folder)): count
        for path in sorted(folder.rglob("*.py"))
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MOST
    }


def test_no_module_of_printworks_is_over_500_lines() -> None:
    assert len(list(PACKAGE.rglob("*.py"))) > 100, "the package's modules were found"
    long = long_modules(PACKAGE)
    assert not long, f"split these by subject: {long}"


def test_a_long_module_is_found(tmp_path) -> None:
    (tmp_path / "short.py").write_text("x = 1\n" * MOST, encoding="utf-8")
    (tmp_path / "long.py").write_text("x = 1\n" * (MOST + 1), encoding="utf-8")
    assert long_modules(tmp_path) == {"long.py": MOST + 1}
