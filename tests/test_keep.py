"""What is kept between runs (printworks.keep): a good layout file's model, read back by the
next run as it was built, never a stale one, never a broken one, and nothing at all when told."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from printworks import keep, memo, yamldoc
from printworks.errors import LayoutError
from printworks.layout import Layouts
from printworks.resources import layouts_dir


@pytest.fixture
def cache(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(keep.ENV, str(folder))
    monkeypatch.setattr(memo, "_MEMO", {})  # a new run, as far as this process knows
    return folder


@pytest.fixture
def layouts(tmp_path: Path) -> Layouts:
    folder = tmp_path / "layouts"
    shutil.copytree(layouts_dir(), folder)
    return Layouts(folder)


def _no_validating(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("validated again")

    monkeypatch.setattr(yamldoc, "load", refuse)


def test_a_run_reads_back_what_a_run_before_kept(cache, layouts, monkeypatch) -> None:
    code = (
        "import printworks.casefile; from printworks.layout import Layouts; "
        f"Layouts(__import__('pathlib').Path({str(layouts.folder)!r})).casefile"
    )
    env = {**__import__("os").environ, keep.ENV: str(cache)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert len(list(cache.glob("*.pickle"))) == 2  # fonts.yaml, casefile.yaml
    built = Layouts(layouts.folder).casefile
    monkeypatch.setattr(memo, "_MEMO", {})
    _no_validating(monkeypatch)
    again = Layouts(layouts.folder).casefile
    assert again == built and again is not built
    assert len(list(cache.glob("*.pickle"))) == 2


def test_a_changed_file_is_validated_afresh(cache, layouts, monkeypatch) -> None:
    _ = Layouts(layouts.folder).dossier
    path = layouts.folder / "dossier.yaml"
    path.write_text(path.read_text().replace("{{ title }} ACTUALLY", "{{ titel }} ACTUALLY"))
    monkeypatch.setattr(memo, "_MEMO", {})
    with pytest.raises(LayoutError, match="titel"):
        _ = Layouts(layouts.folder).dossier


def test_a_mistake_is_never_kept(cache, layouts, monkeypatch) -> None:
    path = layouts.folder / "dossier.yaml"
    path.write_text(path.read_text().replace("{{ title }} ACTUALLY", "{{ titel }} ACTUALLY"))
    for _ in range(2):
        monkeypatch.setattr(memo, "_MEMO", {})
        with pytest.raises(LayoutError, match="titel"):
            _ = Layouts(layouts.folder).dossier
    assert not list(cache.glob("*.pickle"))


def test_a_kept_file_that_cannot_be_read_is_built_again(cache, layouts, monkeypatch) -> None:
    built = Layouts(layouts.folder).dossier
    (kept,) = cache.glob("*.pickle")
    kept.write_bytes(kept.read_bytes()[:40])  # cut short, as by a full disk
    monkeypatch.setattr(memo, "_MEMO", {})
    assert Layouts(layouts.folder).dossier == built
    monkeypatch.setattr(memo, "_MEMO", {})
    _no_validating(monkeypatch)
    assert Layouts(layouts.folder).dossier == built, "kept whole this time"


def test_an_empty_folder_setting_keeps_nothing(tmp_path, layouts, monkeypatch) -> None:
    monkeypatch.setenv(keep.ENV, "")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _ = Layouts(layouts.folder).dossier
    assert keep.folder() is None
    assert not list(tmp_path.rglob("*.pickle"))


def test_a_folder_that_cannot_be_written_keeps_nothing_and_fails_nothing(
    tmp_path, layouts, monkeypatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(keep.ENV, str(blocked / "cache"))
    monkeypatch.setattr(memo, "_MEMO", {})
    assert Layouts(layouts.folder).dossier.sections


def test_the_folder_is_the_users_cache_unless_told(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(keep.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert keep.folder() == tmp_path / "printworks"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert keep.folder() == tmp_path / "home" / ".cache" / "printworks"


def test_the_oldest_go_past_the_limit(cache, monkeypatch) -> None:
    monkeypatch.setattr(keep, "KEEP", 3)
    for n in range(5):
        assert keep.kept("test", str(n).encode(), lambda n=n: n * n) == n * n
    assert len(list(cache.glob("*.pickle"))) == 3


def test_another_printworks_keeps_apart(tmp_path, monkeypatch) -> None:
    package = tmp_path / "printworks"
    package.mkdir()
    module = package / "model.py"
    module.write_text("A = 1\n")
    monkeypatch.setattr(keep, "_PACKAGE", package)
    keep._stamp.cache_clear()
    try:
        before = keep._stamp()
        module.write_text("A = 22\n")  # an edit, as a new version or a checkout makes
        keep._stamp.cache_clear()
        assert keep._stamp() != before
    finally:
        keep._stamp.cache_clear()


def test_the_roles_a_role_names_are_read_back_with_what_they_say(cache, roles_copy, monkeypatch):
    from printworks import checks, loader
    from printworks.layout import shipped

    seed = roles_copy / "principal-ai-ml-model-training-assistant.yaml"
    text = seed.read_text(encoding="utf-8")
    quoted = "  - title: Enterprise Architect\n"
    assert quoted in text
    seed.write_text(text.replace(quoted, "  - title: Enterprise Architect (misquoted)\n"), "utf-8")

    def review() -> list[str]:
        file = loader.read_role(seed, deck=False)
        found = checks.review([file], shipped(), None, alone=True, roles=roles_copy)
        return [str(p) for p in found]

    said = review()
    assert any("misquoted" in line and "make the two the same" in line for line in said)
    assert list(cache.glob("*.pickle"))
    monkeypatch.setattr(checks, "check_role", lambda *a, **k: (_ for _ in ()).throw(AssertionError))
    assert review() == said, "read back, the same problems"


def test_a_dialects_templates_are_put_together_from_the_code_a_run_before_kept(cache, monkeypatch):
    """Copy templates compiled in one run are put together from their kept code in the next:
    nothing compiled again, each renders as it did, and one that is no template is still
    said to be none, in the same words."""
    from printworks import templating

    good = "{{ title | upper }} x {% for n in range(count) %}{{ n }}{% endfor %}"
    bad = "{{ title "
    monkeypatch.setattr(templating, "_COMPILED", {})
    wrong = templating.compile_each([good, bad, good])
    assert list(wrong) == [bad] and "unexpected end of template" in wrong[bad]
    rendered = templating.render(templating.compiled(good), {"title": "ok", "count": 3})
    assert rendered.visible == "OK x 012"
    assert list(cache.glob("*.pickle"))

    monkeypatch.setattr(templating, "_COMPILED", {})  # the next run
    env = templating._shared()
    monkeypatch.setattr(env, "compile", lambda *a, **k: pytest.fail("compiled again"))
    assert templating.compile_each([bad, good]) == wrong
    again = templating.render(templating.compiled(good), {"title": "ok", "count": 3})
    assert again.visible == rendered.visible
