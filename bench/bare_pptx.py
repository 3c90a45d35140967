"""The bare-engine baseline for the decks: what a plain python-pptx script takes to make the
same roles' decks, without printworks (no theme, no fitting, no diagrams beyond one chart).

For each role file in ROLES: a 16:9 deck with a title slide, a slide a section (its texts as
bullets, its truth in the notes), one column chart, and a closing slide.

    python bench/bare_pptx.py ROLES OUT
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from bare_texts import texts  # beside this script
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches, Pt


def deck(data: dict) -> Presentation:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = data["title"]
    cover.placeholders[1].text = data.get("summary", "")
    for key, value in data.items():
        if key in ("title", "case_number", "summary"):
            continue
        for part in range(2):  # a standing slide and a slide of its own, as a role's deck has
            slide = prs.slides.add_slide(prs.slide_layouts[5])
            slide.shapes.title.text = f"{key.replace('_', ' ').title()} {part + 1}"
            box = slide.shapes.add_textbox(Inches(0.6), Inches(1.6), Inches(12), Inches(5))
            frame = box.text_frame
            frame.word_wrap = True
            for text in texts(value, [])[:8]:
                paragraph = frame.add_paragraph()
                paragraph.text = text
                paragraph.font.size = Pt(14)
            slide.notes_slide.notes_text_frame.text = " ".join(texts(value, []))
    chart = CategoryChartData()
    chart.categories = ["Q1", "Q2", "Q3", "Q4"]
    chart.add_series("Spend", [1, 2, 3, 4])
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Investment"
    slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1.6), Inches(11), Inches(5), chart
    )
    return prs


def main() -> None:
    roles, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(roles.glob("*.yaml")):
        deck(yaml.safe_load(path.read_text(encoding="utf-8"))).save(out / f"{path.stem}.pptx")


if __name__ == "__main__":
    main()
