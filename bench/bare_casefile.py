"""The bare-engine baseline for one case file: what a plain ReportLab script takes, as a whole
process, to print one role's texts at A4 (the same story as bare_reportlab.py's, one role).

    python bench/bare_casefile.py ROLE.yaml OUT.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from bare_reportlab import FONTS, story  # beside this script
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate


def main() -> None:
    role, out = Path(sys.argv[1]), Path(sys.argv[2])
    pdfmetrics.registerFont(TTFont("mono", str(FONTS / "LiberationMono-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("display", str(FONTS / "RobotoCondensed-Bold.ttf")))
    data = yaml.safe_load(role.read_text(encoding="utf-8"))
    SimpleDocTemplate(str(out), pagesize=A4).build(story(data, 1.0))


if __name__ == "__main__":
    main()
