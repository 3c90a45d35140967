"""The bare-engine baseline for the case files: what a plain ReportLab script takes to print
the same roles, without printworks (no validation, no fitting, no figures beyond a table).

For each role file in ROLES: an A4 PDF of every text of the role under its section headings,
in the same embedded faces; then one A5 PDF of every role (the zine's reader's copy).

    python bench/bare_reportlab.py ROLES OUT
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from bare_texts import texts  # beside this script
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

FONTS = Path(__file__).resolve().parent.parent / "fonts"


def story(data: dict, scale: float) -> list:
    body = ParagraphStyle("body", fontName="mono", fontSize=8.8 * scale, leading=12.4 * scale)
    head = ParagraphStyle("head", fontName="display", fontSize=17 * scale, leading=20 * scale)
    flow = [Paragraph(escape(data["title"]), head), Spacer(1, 6)]
    for key, value in data.items():
        if key in ("title", "case_number", "deck"):
            continue
        flow.append(Paragraph(escape(key.replace("_", " ").upper()), head))
        if key == "metrics":
            rows = [
                [Paragraph(escape(m["name"]), body), Paragraph(escape(m["description"]), body)]
                for m in value
            ]
            flow.append(Table(rows, colWidths=[150 * scale, 300 * scale]))
            continue
        for text in texts(value, []):
            flow.append(Paragraph(escape(text), body))
    return flow


def main() -> None:
    roles, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    pdfmetrics.registerFont(TTFont("mono", str(FONTS / "LiberationMono-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("display", str(FONTS / "RobotoCondensed-Bold.ttf")))
    everything = []
    for path in sorted(roles.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        SimpleDocTemplate(str(out / f"{path.stem}.pdf"), pagesize=A4).build(story(data, 1.0))
        everything += [*story(data, 0.78), PageBreak()]
    SimpleDocTemplate(str(out / "zine.pdf"), pagesize=A5).build(everything)


if __name__ == "__main__":
    main()
