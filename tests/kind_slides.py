"""The every-kind deck read as a reader reads it, for the tests of each group of kinds
(tests/test_kinds_data.py, test_kinds_k1.py, test_kinds_k2.py): a kind's own slide, its words,
its one described diagram, and the checks every kind passes in every theme."""

from __future__ import annotations

import yaml
from pptx.enum.shapes import MSO_SHAPE_TYPE

from printworks.layout import shipped
from tests.conftest import SEED_DOSSIER, reader_text

THEMES = ["consultancy", "agile", "startup", "enterprise"]
EMU_PER_PT = 12700
ZWSP = "\u200b"


def says(key: str, **context) -> str:
    """What the default dialect says at ``key`` (the kinds' own words are the dialect's)."""
    return str(shipped().deck.dialect().copy.text(f"kinds.{key}", **context))


def slide(slides: dict, kind: str, **extra) -> dict:
    """The role-file entry of ``kind``'s slide in ``slides``, with ``extra`` fields over it."""
    return {
        "kind": kind,
        "notes": f"What the {kind} really means.",
        **slides[kind]["slide"],
        **extra,
    }


def role_text(title: str, slides: list[dict]) -> str:
    """The seed's dossier with a deck called ``title`` of ``slides``, as a role file's text."""
    deck = {"deck": {"title": title, "slides": slides}}
    return SEED_DOSSIER + "\n" + yaml.safe_dump(deck, allow_unicode=True, sort_keys=False)


def title(slide) -> str:
    return slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""


def own(prs, slides: dict, kind: str):
    """The one slide of ``prs`` titled as ``slides[kind]`` is."""
    wanted = slides[kind]["slide"]["title"]
    found = [s for s in prs.slides if title(s) == wanted]
    assert len(found) == 1, f"no single slide titled {wanted!r}"
    return found[0]


def walk(shapes):
    for shape in shapes:
        yield shape
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from walk(shape.shapes)


def written(slide) -> list[str]:
    """Every text on ``slide`` as it is written, table cells too (break marks kept)."""
    out = []
    for shape in walk(slide.shapes):
        if shape.has_text_frame:
            out.append(reader_text(shape))
        if getattr(shape, "has_table", False) and shape.has_table:
            out += [reader_text(cell) for row in shape.table.rows for cell in row.cells]
    return out


def texts(slide) -> list[str]:
    """Every text on ``slide`` as a reader sees it, table cells too (break marks, which draw
    nothing, left out)."""
    return [text.replace(ZWSP, "") for text in written(slide)]


def diagram(slide):
    """The slide's one group with alt text: its diagram."""
    groups = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
    described = [g for g in groups if g.element.find(".//{*}cNvPr").get("descr")]
    assert len(described) == 1
    return described[0]


def charts(slide) -> list:
    return [s.chart for s in walk(slide.shapes) if getattr(s, "has_chart", False) and s.has_chart]


# --- what every kind does, in every theme ----------------------------------------------------
def shows_its_words(prs, slides: dict, kind: str, theme: str) -> str:
    """``kind``'s slide shows each of its ``words``, and no slide of the deck runs on to a
    "(cont.)" one; the slide's text."""
    text = " ".join(texts(own(prs, slides, kind)))
    for words in slides[kind]["words"]:
        assert words in text, f"{kind} ({theme}) does not show {words!r}"
    assert not [s for s in prs.slides if "(cont.)" in title(s)]
    return text


def described(prs, slides: dict, kind: str, hidden: tuple[str, ...], least: int) -> None:
    """``kind``'s diagram is one group of at least ``least`` shapes whose alt text says each
    of its ``said`` words and none of ``hidden``."""
    group = diagram(own(prs, slides, kind))
    descr = group.element.find(".//{*}cNvPr").get("descr")
    for words in slides[kind]["said"]:
        assert words in descr, f"the alt text of {kind} does not say {words!r}: {descr}"
    for words in hidden:
        assert words not in descr
    assert len(list(walk(group.shapes))) >= least


def inside(prs, slides: dict, kind: str, theme: str, slack: float) -> None:
    """Every shape of ``kind``'s slide lies on the slide, and its diagram in the theme's body
    (give or take ``slack`` points: a note leaning, a shadow under it)."""
    width, height = prs.slide_width, prs.slide_height
    slide = own(prs, slides, kind)
    for shape in walk(slide.shapes):
        assert shape.left >= 0 and shape.top >= 0, (kind, theme, shape.name)
        assert shape.left + shape.width <= width, (kind, theme, shape.name)
        assert shape.top + shape.height <= height, (kind, theme, shape.name)
    body = shipped().deck.theme(theme).theme.box("body")
    group, slack = diagram(slide), slack * EMU_PER_PT
    assert group.left >= body.left * EMU_PER_PT - slack, (kind, theme)
    assert group.top >= body.top * EMU_PER_PT - slack, (kind, theme)
    assert group.left + group.width <= body.right * EMU_PER_PT + slack, (kind, theme)
    assert group.top + group.height <= body.bottom * EMU_PER_PT + slack, (kind, theme)
