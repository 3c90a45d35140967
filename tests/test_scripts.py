"""Scripts beyond the Latin alphabet: a role in Chinese, Arabic and emoji prints, in order."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from printworks.deck import render_deck
from printworks.scripts import base_level, has_cjk, has_rtl, slots, visual_order
from tests.conftest import ROLES, casefile, role_from_yaml

SENTENCE = "يعقد اجتماعات حول الاجتماعات"  # "holds meetings about meetings", four words


@pytest.fixture(scope="module")
def world_role():
    data = yaml.safe_load((ROLES / "sdet.yaml").read_text(encoding="utf-8"))
    data.pop("deck", None)
    data["title"] = "首席协同官 Chief Synergy Officer 🚀"
    data["summary"] = f"负责召开关于会议的会议。 {SENTENCE} 📈🔥"
    data["aliases"] = ["协同赋能负责人", "مدير التوافق الاستراتيجي", "Head of Vibes ✨🙌"]
    data["flight_risk"]["label"] = "高风险 🔥"
    data["metrics"][0]["name"] = "每周发布的幻灯片数量 📊"
    return role_from_yaml(yaml.safe_dump(data, allow_unicode=True), "world")


@pytest.fixture(scope="module")
def world_pdf(world_role) -> bytes:
    return casefile(world_role)


def _text(pdf: bytes, tmp: Path, *args: str) -> str:
    path = tmp / "world.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8", "replace")  # -bbox writes emoji as halves of a pair


def test_every_character_prints_no_code_in_its_place(world_pdf, tmp_path) -> None:
    pytest.importorskip("pypdf")
    if subprocess.run(["which", "pdftotext"], capture_output=True).returncode:
        pytest.skip("pdftotext (poppler-utils) not installed")
    text = unicodedata.normalize("NFKC", _text(world_pdf, tmp_path))
    assert "[U+" not in text
    for word in ("首席协同官", "协同赋能负责人", "高风险", "🚀", "🔥", "✨"):
        assert word in text, word


def test_arabic_words_stand_right_to_left(world_pdf, tmp_path) -> None:
    if subprocess.run(["which", "pdftotext"], capture_output=True).returncode:
        pytest.skip("pdftotext (poppler-utils) not installed")
    boxes = _text(world_pdf, tmp_path, "-bbox", "-f", "1", "-l", "1")
    found = []
    for match in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)</word>', boxes):
        word = unicodedata.normalize("NFKC", match[3])
        if has_rtl(word):
            found.append((round(float(match[2])), float(match[1]), word[::-1]))
    # the alias: its first word (in reading order) is the rightmost on its line
    alias = [w for w in found if w[2] in SENTENCE.split() or w[2] in "مدير التوافق الاستراتيجي"]
    lines: dict[int, list[tuple[float, str]]] = {}
    for y, x, word in alias:
        lines.setdefault(y, []).append((x, word))
    assert sum(len(words) for words in lines.values()) >= 5, found  # the check has words to check
    for words in lines.values():
        by_position = [word for _, word in sorted(words, reverse=True)]  # right to left
        sentence = (
            SENTENCE.split() if by_position[0] in SENTENCE else ["مدير", "التوافق", "الاستراتيجي"]
        )
        assert by_position == [w for w in sentence if w in by_position]


def test_the_deck_names_a_font_for_each_script(world_role) -> None:
    prs = Presentation(io.BytesIO(render_deck(world_role)))
    xml = "".join(
        shape.element.xml for slide in prs.slides for shape in slide.shapes if shape.has_text_frame
    )
    assert '<a:ea typeface="Microsoft YaHei"/>' in xml
    assert '<a:cs typeface="Arial"/>' in xml
    assert '<a:latin typeface="Segoe UI Emoji"/>' in xml
    assert 'lang="zh-CN"' in xml and 'lang="ar-SA"' in xml


def test_the_rules_of_direction() -> None:
    assert has_rtl(SENTENCE) and not has_rtl("synergy")
    assert has_cjk("对齐") and not has_cjk("align")
    assert base_level(SENTENCE + " KPI") == 1 and base_level("KPI " + SENTENCE) == 0
    assert slots("go 🚀 对齐 ok") == [
        ("latin", "go "),
        ("emoji", "🚀 "),
        ("east_asian", "对齐 "),
        ("latin", "ok"),
    ]
    # a tick, a cross or a star is text (the face's own, or the viewer's symbol fallback: an
    # emoji face that lacks U+2715 draws nothing in LibreOffice); a picture by default, or one
    # asked for with U+FE0F, is emoji
    assert slots("✕ Three CRMs") == [("latin", "✕ Three CRMs")]
    assert slots("✓ one ★") == [("latin", "✓ one ★")]
    assert slots("⭐ ✅") == [("emoji", "⭐ ✅")]
    assert slots("ok ✔\ufe0f") == [("latin", "ok "), ("emoji", "✔\ufe0f")]
    text = "ab אב"
    assert visual_order(text, [0, 0, 0, 1, 1], 0) == [0, 1, 2, 4, 3]
