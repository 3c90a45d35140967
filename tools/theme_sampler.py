"""A sample deck on each deck theme, to look at: a cover, two dense content slides, a statement.

    python tools/theme_sampler.py [NAME ...] [--out build/themes]

Each sample is made with python-pptx on the theme's own template.pptx, with the theme's
colours, and with text set in the family the theme names but measured with the font files its
aliases point to (layouts/fonts.yaml): every text box is sized down until its text fits, as the
renderer does, and the sampler fails if some text cannot fit at the theme's smallest size. It
also prints the contrast ratios of the colour pairs the renderer sets text in.

Turn a sample into pictures with shared/tools/preview, or all four into one with contact-sheet.
"""

from __future__ import annotations

import argparse
import io
import logging
import sys
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import yaml
from fontTools.ttLib import TTFont
from lxml import etree
from pptx import Presentation
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn

from printworks.deck.theme_colours import contrast  # one contrast formula
from printworks.layout import shipped
from printworks.units import points as pt  # one length parser

ROOT = Path(__file__).resolve().parent.parent
THEMES = ROOT / "layouts" / "deck" / "themes"
FONTS = ROOT / "fonts"
EMU_PER_PT = 12700
IN = 72.0
BLOCK = "█"


def emu(points: float) -> int:
    return round(points * EMU_PER_PT)


# --- contrast ----------------------------------------------------------------------------------
# Text colour on fill colour, as the renderer pairs them; AA asks 4.5 of text, 3 of large text
# and of shapes that must be told apart.
PAIRS = [
    ("ink", "paper", 4.5),
    ("ink", "panel", 4.5),
    ("strong", "paper", 4.5),
    ("strong", "panel", 4.5),
    ("muted", "paper", 4.5),
    ("muted", "panel", 4.5),
    ("on_dark", "dark", 4.5),
    ("accent", "paper", 3.0),
    ("accent", "dark", 3.0),
    ("good", "dark", 3.0),
    ("bad", "paper", 3.0),
    ("bad", "dark", 3.0),
    ("ink", "good_pale", 4.5),
    ("ink", "warn_pale", 4.5),
    ("ink", "bad_pale", 4.5),
    ("redaction", "paper", 3.0),
    ("redaction", "panel", 3.0),
]


def on_sticky(theme: dict) -> str:
    """The role that reads on every sticky note: the first of ink, strong, dark at AA."""
    colours = theme["colours"]
    for role in ("ink", "strong", "dark", "on_dark"):
        if all(contrast(colours[role], note) >= 4.5 for note in theme["sticky"]):
            return role
    raise ValueError(f"{theme['name']}: no text colour reads on every sticky note")


def on_accent(theme: dict) -> str:
    """The role that reads best on an accent fill (chips, the last step of a process)."""
    colours = theme["colours"]
    return max(("paper", "on_dark"), key=lambda role: contrast(colours[role], colours["accent"]))


def contrast_table(theme: dict) -> list[tuple[str, str, float, float]]:
    colours = theme["colours"]
    rows = [
        (text, fill, contrast(colours[text], colours[fill]), need) for text, fill, need in PAIRS
    ]
    sticky_text = on_sticky(theme)
    worst = min(contrast(colours[sticky_text], note) for note in theme["sticky"])
    rows.append((sticky_text, "sticky (worst)", worst, 4.5))
    chip = on_accent(theme)
    rows.append((chip, "accent", contrast(colours[chip], colours["accent"]), 3.0))
    return rows


# --- measuring --------------------------------------------------------------------------------
@cache
def _faces() -> dict[str, str]:
    return yaml.safe_load((ROOT / "layouts" / "fonts.yaml").read_text(encoding="utf-8"))["faces"]


@cache
def _metrics(alias: str) -> tuple[dict[int, float], float]:
    """Advance widths (in ems) by code point, from the face's own tables."""
    font = TTFont(FONTS / _faces()[alias], lazy=True)
    per_em = font["head"].unitsPerEm
    hmtx = font["hmtx"]
    widths = {code: hmtx[glyph][0] / per_em for code, glyph in font.getBestCmap().items()}
    return widths, widths.get(ord(" "), 0.25)


def width(alias: str, text: str, size: float, fallback_alias: str = "fallback") -> float:
    """How wide ``text`` is at ``size`` in the face ``alias``, what it lacks measured in the
    fallback face, as the renderer measures it."""
    widths, _ = _metrics(alias)
    fallback, _ = _metrics(fallback_alias)
    return size * sum(widths.get(ord(c), fallback.get(ord(c), 0.6)) for c in text)


@dataclass
class Span:
    text: str
    colour: str
    bold: bool = False
    italic: bool = False


@dataclass
class Para:
    spans: list[Span]
    align: str = "l"
    scale: float = 1.0
    space_after: float = 0.0  # as a share of the line pitch


@dataclass
class Fitted:
    size: float
    lines: list[int] = field(default_factory=list)


class Setter:
    """Fits and writes text the way the deck renderer does, for one theme."""

    def __init__(self, theme: dict):
        self.theme = theme
        fit = theme["fit"]
        self.line_height, self.safety = fit["line_height"], fit["safety"]
        self.step, self.inset = pt(fit["step"]), pt(fit["inset"])
        font = theme["font"]
        self.family = font["family"]
        self.fallback = font.get("fallback", "fallback")
        self.faces = {
            (False, False): font["regular"],
            (True, False): font["bold"],
            (False, True): font["italic"],
            (True, True): font["bold_italic"],
        }
        self.colours = theme["colours"]

    def c(self, role: str) -> str:
        return self.colours[role]

    def _lines(self, para: Para, size: float, room: float) -> int | None:
        """How many lines ``para`` takes at ``size`` in ``room`` points; None if a word is wider."""
        words: list[tuple[float, float]] = []  # (width, width of the space after)
        for span in para.spans:
            face = self.faces[(span.bold, span.italic)]
            for index, word in enumerate(span.text.split(" ")):
                if index and words:
                    words[-1] = (words[-1][0], width(face, " ", size, self.fallback))
                if word:
                    words.append((width(face, word, size, self.fallback), 0.0))
        lines, used = 1, 0.0
        for word, gap in words:
            if word > room:
                return None
            if used and used + word > room:
                lines, used = lines + 1, 0.0
            used += word + gap
        return lines

    def fit(self, paras: list[Para], box, size_key: str, top: float | None = None) -> Fitted:
        _, _, w, h = box
        largest = pt(self.theme["type"][size_key]["max"])
        floor = pt(self.theme["type"][size_key]["floor"])
        largest = min(largest, top) if top else largest
        room_w = (w - 2 * self.inset) * self.safety
        room_h = h - 2 * self.inset
        size = largest
        while size >= floor - 1e-9:
            counts, height = [], 0.0
            for index, para in enumerate(paras):
                lines = self._lines(para, size * para.scale, room_w)
                if lines is None:
                    break
                counts.append(lines)
                pitch = size * para.scale * self.line_height
                height += lines * pitch
                if index < len(paras) - 1:
                    height += para.space_after * pitch
            else:
                if height <= room_h + 1e-6:
                    return Fitted(size, counts)
            size -= self.step
        text = " / ".join("".join(s.text for s in p.spans) for p in paras)
        raise ValueError(f"{self.theme['name']}: does not fit {box} at {floor}pt: {text!r}")

    def _paragraphs(self, paras: list[Para], fitted: Fitted) -> str:
        out = []
        for index, para in enumerate(paras):
            size = fitted.size * para.scale
            pitch = size * self.line_height
            after = para.space_after * pitch if index < len(paras) - 1 else 0
            runs = "".join(
                f'<a:r><a:rPr lang="en-GB" sz="{round(size * 100)}" b="{int(s.bold)}" '
                f'i="{int(s.italic)}"><a:solidFill><a:srgbClr val="{s.colour}"/></a:solidFill>'
                f"<a:latin typeface={quoteattr(self.family)}/></a:rPr>"
                f"<a:t>{escape(s.text)}</a:t></a:r>"
                for s in para.spans
            )
            out.append(
                f'<a:p><a:pPr algn="{para.align}" marL="0" indent="0">'
                f'<a:lnSpc><a:spcPts val="{round(pitch * 100)}"/></a:lnSpc>'
                f'<a:spcBef><a:spcPts val="0"/></a:spcBef>'
                f'<a:spcAft><a:spcPts val="{round(after * 100)}"/></a:spcAft>'
                f"</a:pPr>{runs}</a:p>"
            )
        return "".join(out)

    def body(self, paras: list[Para], fitted: Fitted, anchor: str) -> str:
        inset = emu(self.inset)
        return (
            f'<p:txBody {nsdecls("a", "p")}><a:bodyPr wrap="square" lIns="{inset}" '
            f'rIns="{inset}" tIns="{inset}" bIns="{inset}" anchor="{anchor}" rtlCol="0">'
            f"<a:noAutofit/></a:bodyPr><a:lstStyle/>{self._paragraphs(paras, fitted)}</p:txBody>"
        )


# --- drawing ----------------------------------------------------------------------------------
class Sheet:
    """One slide being drawn: boxes in points, colours by role."""

    def __init__(self, setter: Setter, slide):
        self.setter, self.slide = setter, slide
        self.theme = setter.theme

    def _add(self, xml: str):
        tree = self.slide.shapes._spTree
        element = parse_xml(xml)
        tree.append(element)
        return element

    def _next_id(self) -> int:
        return self.slide.shapes._next_shape_id

    def box(
        self,
        rect,
        fill: str | None,
        *,
        kind: str = "rect",
        line: str | None = None,
        line_width: float = 0.75,
        card: bool = False,
        shadow: bool = False,
        rotation: float = 0,
        text: tuple[list[Para], Fitted, str] | None = None,
        name: str = "Shape",
    ):
        left, top, w, h = rect
        prst = {"rect": "rect", "round": "roundRect", "chevron": "chevron"}[kind]
        guides = ""
        if kind == "round":
            radius = min(0.5, 8 / max(1.0, min(w, h)))
            guides = f'<a:gd name="adj" fmla="val {round(radius * 100000)}"/>'
        fill_xml = (
            f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
        )
        ln = (
            f'<a:ln w="{emu(line_width)}"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill>'
            "</a:ln>"
            if line
            else "<a:ln><a:noFill/></a:ln>"
        )
        extra = ""
        if shadow or (card and self.theme["cards"]["shadow"]):
            extra += (
                '<a:effectLst><a:outerShdw blurRad="50800" dist="25400" dir="2700000" algn="tl" '
                'rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="28000"/></a:srgbClr>'
                "</a:outerShdw></a:effectLst>"
            )
        if card and self.theme["cards"]["bevel"]:
            extra += (
                '<a:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" '
                'dir="t"/></a:scene3d><a:sp3d><a:bevelT w="50800" h="25400"/></a:sp3d>'
            )
        if text:
            paras, fitted, anchor = text
            body = self.setter.body(paras, fitted, anchor)
        else:
            body = f"<p:txBody {nsdecls('a', 'p')}><a:bodyPr/><a:lstStyle/><a:p/></p:txBody>"
        xml = (
            f'<p:sp {nsdecls("a", "p")}><p:nvSpPr><p:cNvPr id="{self._next_id()}" '
            f'name="{name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>'
            f'<a:xfrm rot="{round(rotation * 60000)}"><a:off x="{emu(left)}" y="{emu(top)}"/>'
            f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
            f'<a:prstGeom prst="{prst}"><a:avLst>{guides}</a:avLst></a:prstGeom>'
            f"{fill_xml}{ln}{extra}</p:spPr>{body}</p:sp>"
        )
        element = self._add(xml)
        body_el = element.find(qn("p:txBody"))
        if text is None:
            element.remove(body_el)
        return element

    def text(self, rect, paras, size="body", *, anchor="t", top=None, fill=None, **kw):
        """Fitted text in ``rect``; a filled shape when ``fill`` is given."""
        paras = paras if isinstance(paras, list) else [paras]
        fitted = self.setter.fit(paras, rect, size, top)
        return self.box(rect, fill, text=(paras, fitted, anchor), name="Text", **kw)

    def card(self, rect, rule: str):
        kind = self.theme["cards"]["kind"]
        c = self.setter.c
        self.box(rect, c("panel"), kind=kind, line=c("line"), card=True, name="Card")
        left, top, _, h = rect
        inset = 8 if kind == "round" else 0
        self.box((left + inset, top + inset, 4, h - 2 * inset), rule, name="Card Rule")

    def placeholder(self, idx: int, paras, size: str, anchor: str):
        holder = self.slide.placeholders[idx]
        rect = (
            holder.left / EMU_PER_PT,
            holder.top / EMU_PER_PT,
            holder.width / EMU_PER_PT,
            holder.height / EMU_PER_PT,
        )
        paras = paras if isinstance(paras, list) else [paras]
        fitted = self.setter.fit(paras, rect, size)
        body = etree.fromstring(self.setter.body(paras, fitted, anchor))
        old = holder._element.find(qn("p:txBody"))
        if old is not None:
            holder._element.remove(old)
        holder._element.append(body)


def frame(theme: dict, name: str) -> tuple[float, float, float, float]:
    box = theme["frame"][name]
    return tuple(pt(box[k]) for k in ("left", "top", "width", "height"))


def para(text: str, colour: str, **kw) -> Para:
    """A paragraph; ``||...||`` marks a redacted span."""
    bold, italic = kw.pop("bold", False), kw.pop("italic", False)
    redaction = kw.pop("redaction", "000000")
    spans = []
    for index, part in enumerate(text.split("||")):
        if not part:
            continue
        if index % 2:
            spans.append(Span(BLOCK * len(part), redaction, bold, italic))
        else:
            spans.append(Span(part, colour, bold, italic))
    return Para(spans, **kw)


# --- the sample --------------------------------------------------------------------------------
def furniture(sheet: Sheet, number: int, dark: bool) -> None:
    c, theme = sheet.setter.c, sheet.theme
    ink = c("on_dark") if dark else c("muted")
    sheet.text(
        frame(theme, "footer_left"),
        para("CONFIDENTIAL · DO NOT FORWARD", ink, bold=True),
        "footer",
        anchor="ctr",
    )
    sheet.text(
        frame(theme, "footer_centre"),
        para("Office of Strategic Alignment · Vision 2030", ink, align="ctr"),
        "footer",
        anchor="ctr",
    )
    sheet.text(
        frame(theme, "footer_right"), para(f"{number}", ink, align="r"), "footer", anchor="ctr"
    )
    sheet.text(
        frame(theme, "stamp"),
        para("DRAFT v7 · FINAL", c("bad"), bold=True, align="ctr"),
        "eyebrow",
        anchor="ctr",
        kind="round",
        line=c("bad"),
        line_width=1.5,
    )


def sample(name: str) -> tuple[bytes, dict]:
    folder = THEMES / name
    # validated, so colours are six hex digits as python-pptx takes them
    theme = shipped().deck.theme(name).theme.model_dump()
    prs = Presentation(str(folder / theme["template"]))
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    setter = Setter(theme)
    c = setter.c
    red = {"redaction": c("redaction")}

    # 1. the cover
    slide = prs.slides.add_slide(layouts[theme["layouts"]["cover"]])
    sheet = Sheet(setter, slide)
    sheet.placeholder(
        0,
        para("Realigning the Synergy Roadmap for FY26 and Beyond", c("on_dark"), bold=True),
        "cover_title",
        "b",
    )
    sheet.placeholder(
        1,
        para("A strategic dossier for the Chief Alignment Officer", c("accent"), bold=True),
        "heading",
        "t",
    )
    sheet.text(
        frame(theme, "cover_meta"),
        para("Prepared for the Steering Committee · Q3 · Version 7 (final, final)", c("on_dark")),
        "footnote",
    )
    furniture(sheet, 1, dark=True)

    # 2. three cards and a banner
    slide = prs.slides.add_slide(layouts[theme["layouts"]["content"]])
    sheet = Sheet(setter, slide)
    sheet.placeholder(
        0,
        para("Three pillars of a bold, frictionless transformation", c("strong"), bold=True),
        "title",
        "ctr",
    )
    sheet.text(
        frame(theme, "eyebrow"),
        para("WHERE WE ARE TODAY", c("accent"), bold=True),
        "eyebrow",
        anchor="b",
    )
    furniture(sheet, 2, dark=False)
    left, top, w, h = frame(theme, "body")
    gap = 14
    cw = (w - 2 * gap) / 3
    cards = [
        (
            "Align the alignment",
            "Every workstream reports to a steering group that reports to "
            "a working group that reports to ||the steering group||. Dependencies are mapped in "
            "three colours and one spreadsheet nobody may open.",
            c("accent"),
        ),
        (
            "Unlock latent value",
            "Value is latent until a consultant names it. We have named "
            "£||4.2m|| of it so far, and expect to name more by the next quarterly review, "
            "subject to alignment.",
            c("good"),
        ),
        (
            "Empower by memo",
            "Teams are empowered to decide within the guard-rails below, once "
            "the guard-rails are signed off by ||the Office of Empowerment||, the board and legal.",
            c("warn"),
        ),
    ]
    card_h = 2.55 * IN
    for index, (head, text, rule) in enumerate(cards):
        rect = (left + index * (cw + gap), top, cw, card_h)
        sheet.card(rect, rule)
        inner = (rect[0] + 14, rect[1] + 8, rect[2] - 22, rect[3] - 16)
        sheet.text(
            inner,
            [para(head, c("strong"), bold=True, space_after=0.35), para(text, c("ink"), **red)],
            "body",
            top=15,
        )
    banner = (left, top + card_h + gap, w, h - card_h - gap - 4)
    sheet.box(banner, c("dark"), name="Banner")
    sheet.box((banner[0], banner[1], 6, banner[3]), c("good"), name="Banner Rule")
    head = (banner[0] + 20, banner[1] + 6, 220, banner[3] - 12)
    sheet.text(head, para("+212%", c("good"), bold=True), "big", anchor="ctr", top=40)
    sheet.text(
        (head[0] + head[2] + 10, banner[1] + 6, banner[2] - head[2] - 46, banner[3] - 12),
        [
            para(
                "So what? Alignment rose in every quarter we measured it, and in one we "
                "did not. The trend is our friend, and our friend is on a retainer.",
                c("on_dark"),
            )
        ],
        "heading",
        anchor="ctr",
        top=17,
    )
    sheet.text(
        frame(theme, "footnote"),
        para(
            "Source: internal survey of the survey team (n = 4). Percentages may not "
            "add up, by design.",
            c("muted"),
            italic=True,
        ),
        "footnote",
        anchor="b",
    )

    # 3. a chart made of boxes, a heat map and sticky notes
    slide = prs.slides.add_slide(layouts[theme["layouts"]["content"]])
    sheet = Sheet(setter, slide)
    sheet.placeholder(
        0,
        para("KPIs trend up and to the right, as forecast", c("strong"), bold=True),
        "title",
        "ctr",
    )
    sheet.text(
        frame(theme, "eyebrow"),
        para("KEY PERFORMANCE INDICATORS", c("accent"), bold=True),
        "eyebrow",
        anchor="b",
    )
    furniture(sheet, 3, dark=False)
    left, top, w, h = frame(theme, "body")
    chart_w = w * 0.5
    sheet.box(
        (left, top, chart_w, h),
        c("panel"),
        kind=theme["cards"]["kind"],
        line=c("line"),
        card=True,
        name="Chart Panel",
    )
    sheet.text(
        (left + 12, top + 6, chart_w - 24, 30),
        para("Synergy index by workstream", c("strong"), bold=True),
        "heading",
    )
    base = top + h - 44
    values = [38, 52, 61, 70, 84, 97]
    labels = ["Ops", "HR", "IT", "Legal", "Sales", "Vibes"]
    slot = (chart_w - 48) / len(values)
    for index, (value, label) in enumerate(zip(values, labels, strict=True)):
        bar_h = (h - 110) * value / 100
        x = left + 24 + index * slot + slot * 0.18
        bw = slot * 0.64
        sheet.box((x, base - bar_h, bw, bar_h), theme["series"][index], name="Bar")
        sheet.text(
            (x - 8, base - bar_h - 24, bw + 16, 22),
            para(f"{value}", c("ink"), bold=True, align="ctr"),
            "body",
            anchor="b",
        )
        sheet.text(
            (x - 10, base + 4, bw + 20, 22),
            para(label, c("muted"), align="ctr"),
            "body",
            anchor="t",
            top=11,
        )
    sheet.box((left + 20, base, chart_w - 40, 1.25), c("line"), name="Axis")

    right = left + chart_w + 16
    rw = left + w - right
    sheet.text(
        (right, top, rw, 26),
        para("Risk heat map (likelihood × impact)", c("strong"), bold=True),
        "heading",
    )
    cells = [
        ("good_pale", "Scope"),
        ("warn_pale", "Budget"),
        ("bad_pale", "Morale"),
        ("warn_pale", "Timeline"),
        ("bad_pale", "Vendors"),
        ("good_pale", "Branding"),
    ]
    cell_w = (rw - 2 * 8) / 3
    for index, (fill, label) in enumerate(cells):
        row, col = divmod(index, 3)
        rect = (right + col * (cell_w + 8), top + 32 + row * 44, cell_w, 38)
        sheet.text(
            rect, para(label, c("ink"), bold=True, align="ctr"), "body", anchor="ctr", fill=c(fill)
        )
    notes_top = top + 32 + 2 * 44 + 14
    sheet.text((right, notes_top, rw, 24), para("Parking lot", c("strong"), bold=True), "heading")
    ink = c(on_sticky(theme))
    note_w = (rw - 3 * 10) / 4
    note_h = min(note_w, top + h - (notes_top + 30))
    texts = [
        "Circle back on the circle-back",
        "Who owns the ownership matrix?",
        "Rename 'risk' to 'opportunity'",
        "Synergy: ||£1.1m|| (tbc)",
    ]
    for index, (fill, text) in enumerate(zip(theme["sticky"], texts, strict=True)):
        rect = (right + index * (note_w + 10), notes_top + 36, note_w, note_h)
        sheet.text(
            rect,
            para(text, ink, bold=True, **red),
            "heading",
            anchor="ctr",
            fill=fill,
            top=15,
            shadow=True,
            rotation=(-2.5, 1.5, -1, 2)[index],
        )
    sheet.text(
        frame(theme, "footnote"),
        para(
            "Bars are series 1–6 of the theme; cells are the pale good, warn and bad "
            "fills; notes are its sticky colours.",
            c("muted"),
            italic=True,
        ),
        "footnote",
        anchor="b",
    )

    # 4. the statement
    slide = prs.slides.add_slide(layouts[theme["layouts"]["statement"]])
    sheet = Sheet(setter, slide)
    sheet.placeholder(
        0, para("Any questions before we circle back?", c("on_dark"), bold=True), "cover_title", "b"
    )
    sheet.placeholder(
        1,
        para("Questions will be parked, actioned and taken offline.", c("accent")),
        "heading",
        "t",
    )
    furniture(sheet, 4, dark=True)

    props = prs.core_properties
    props.title = f"{theme['name']}: sample"
    props.created = props.modified = datetime(1980, 1, 1)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue(), theme


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--out", default=str(ROOT / "build" / "themes"))
    args = parser.parse_args(argv)
    # Carlito's and Caladea's font headers carry a creation date fontTools finds implausible
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    names = args.names or sorted(p.name for p in THEMES.iterdir() if (p / "theme.yaml").is_file())
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        data, theme = sample(name)
        target = out / f"{name}.pptx"
        target.write_bytes(data)
        print(target)
        for text, fill, ratio, need in contrast_table(theme):
            mark = "ok" if ratio >= need else "LOW"
            print(f"  {text:>9} on {fill:<15} {ratio:5.2f}:1  (needs {need}) {mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
