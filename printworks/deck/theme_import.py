"""A company's own template (.pptx or .potx) read into a deck theme folder.

What is read: the first slide master's colour scheme (``a:clrScheme``, through the master's
colour map) and font scheme (``a:fontScheme``: the minor latin face is the deck's family, the
major one noted), the slide size, and the layouts the deck draws its cover, content and
statement slides on (see :mod:`.theme_layouts`). What the default theme gives: how text is fitted,
the type sizes (scaled to the slide's height), how cards are drawn.

What is written: ``theme.yaml`` and ``template.pptx`` (the template with its slides taken
out, saved as a presentation), and one line for each thing that could not be taken as it was,
``file: layout 'X': what, and what was done instead``, which the theme's YAML also keeps.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from printworks.deck import theme_colours as tc
from printworks.deck.package import save
from printworks.deck.style import Rect, Theme, ThemeFolder, points
from printworks.deck.theme_frames import frames
from printworks.deck.theme_layouts import candidates, choose, rect_of
from printworks.deck.theme_mend import (
    KINDS,
    colour_of,
    darken,
    fit_content,
    fit_second,
    named_once,
)
from printworks.errors import PrintworksError

_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
# a template's and a slide show's main part: the same XML under another content type
_OTHER_MAINS = re.compile(
    rb"application/vnd\.openxmlformats-officedocument\.presentationml\."
    rb"(template|slideshow)\.main\+xml"
)
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# faces drawn to the same widths: a face in one is measured as a shipped theme measures any
# face of the same (what a viewer draws is then what was measured)
TWINS = [
    {"arial", "helvetica", "helvetica neue", "liberation sans", "arimo"},
    {"calibri", "carlito"},
    {"cambria", "caladea"},
]


class ThemeImportError(PrintworksError):
    """A file that cannot be read as a PowerPoint template."""


@dataclass
class Imported:
    """A theme read from a template: its YAML data, its template's bytes, what it says."""

    data: dict
    template: bytes
    notes: list[str] = field(default_factory=list)


def presentation_bytes(path: Path) -> bytes:
    """The package at ``path``, with a template's (.potx) main part typed as a
    presentation's, which is what python-pptx opens and what a deck's template is."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ThemeImportError(f"{path}: cannot read: {exc.strerror or exc}".lower()) from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            names = src.namelist()
            if "[Content_Types].xml" not in names:
                raise zipfile.BadZipFile("no content types")
            types = src.read("[Content_Types].xml")
            if not _OTHER_MAINS.search(types):
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
                for info in src.infolist():
                    blob = src.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        blob = _OTHER_MAINS.sub(_MAIN.encode(), blob)
                    dst.writestr(info, blob)
            return out.getvalue()
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        raise ThemeImportError(
            f"{path}: not a PowerPoint file: save it from PowerPoint or Impress as .pptx or .potx"
        ) from None


def open_presentation(path: Path):
    from pptx import Presentation

    try:
        prs = Presentation(io.BytesIO(presentation_bytes(path)))
    except ThemeImportError:
        raise
    except Exception as exc:  # python-pptx reports a broken package in many ways
        raise ThemeImportError(f"{path}: cannot open as a presentation: {exc}") from None
    ids = prs.slides.element
    for sld_id in list(ids):
        prs.part.drop_rel(sld_id.rId)
        ids.remove(sld_id)
    _view_properties(prs)
    return prs


_VIEW = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<p:viewPr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
    '<p:gridSpacing cx="76200" cy="76200"/></p:viewPr>'
)


def _view_properties(prs) -> None:
    """Give a template without view properties (Impress writes none) the part PowerPoint
    otherwise repairs the file for."""
    from pptx.opc.constants import CONTENT_TYPE
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI

    if any(rel.reltype == RT.VIEW_PROPS for rel in prs.part.rels.values()):
        return
    part = Part(
        PackURI("/ppt/viewProps.xml"), CONTENT_TYPE.PML_VIEW_PROPS, prs.part.package, _VIEW.encode()
    )
    prs.part.relate_to(part, RT.VIEW_PROPS)


def read_scheme(master) -> tc.Scheme:
    """The master's colour scheme and colour map."""
    theme = etree.fromstring(master.part.part_related_by(RT.THEME).blob)
    slots = {}
    scheme = theme.find(f".//{_A}clrScheme")
    for slot in tc.SCHEME:
        found = scheme.find(f"{_A}{slot}") if scheme is not None else None
        colour = colour_of(found[0]) if found is not None and len(found) else None
        slots[slot] = colour or ("000000" if slot.startswith("dk") else "FFFFFF")
    clr_map = master.element.find(qn("p:clrMap"))
    defaults = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}
    mapping = {
        k: (clr_map.get(k) if clr_map is not None else None) or v for k, v in defaults.items()
    }
    return tc.Scheme(slots, mapping)


def read_fonts(master) -> tuple[str, str]:
    """The master theme's minor (body) and major (heading) latin faces."""
    theme = etree.fromstring(master.part.part_related_by(RT.THEME).blob)
    faces = []
    for which in ("minorFont", "majorFont"):
        latin = theme.find(f".//{_A}fontScheme/{_A}{which}/{_A}latin")
        faces.append((latin.get("typeface") if latin is not None else "") or "")
    return faces[0], faces[1]


def measured_as(family: str, shipped: list[Theme]) -> Theme | None:
    """The shipped theme whose face has the same widths as ``family`` (None: none has)."""
    twins = next((t for t in TWINS if family.lower() in t), {family.lower()})
    return next((t for t in shipped if t.font.family.lower() in twins), None)


def read_template(path: Path, base: ThemeFolder, name: str, shipped: list[Theme]) -> Imported:
    """The theme read from the template at ``path``; ``base`` (the default theme) gives what a
    template does not say (type, fitting, cards), and the ``shipped`` themes how a face is
    measured."""
    prs = open_presentation(path)
    notes: list[str] = []

    def note(where: str, what: str) -> None:
        notes.append(f"{path.name}: {where}: {what}" if where else f"{path.name}: {what}")

    masters = list(prs.slide_masters)
    master = masters[0]
    if len(masters) > 1:
        note("", f"{len(masters) - 1} more slide masters left unused: the deck uses the first")
    scheme = read_scheme(master)
    colours = tc.theme_colours(scheme, base.theme.colours.model_dump())
    minor, major = read_fonts(master)
    family = minor if minor and not minor.startswith("+") else "Arial"
    if family != minor:
        note("", f"font scheme names no body face ({minor!r}); the deck names {family}")
    twin = measured_as(family, shipped)
    if twin is None:
        twin = base.theme
        note(
            "",
            f"font '{family}' has no metric-compatible face in fonts/; text is measured as "
            f"{twin.font.family} is, so lines may fit a little differently",
        )
    if major and major != family and not major.startswith("+"):
        note("", f"heading font '{major}' not used: the deck sets its titles in '{family}' too")
    found = candidates(master)
    chosen = choose(KINDS, found)
    if chosen["content"] is None:
        raise ThemeImportError(
            f"{path}: no slide layout has a title placeholder; add one (e.g. a 'Title Only' "
            "layout) to the template and import it again"
        )
    slide = Rect(0, 0, prs.slide_width / 12700, prs.slide_height / 12700)
    for kind in ("cover", "statement"):
        if chosen[kind] is None:
            chosen[kind] = chosen["content"]
            note(f"layout '{chosen['content'].name}'", f"no layout fits the {kind}; it uses this")
    named_once(chosen, found, note)
    fit_content(chosen, note)
    for kind in ("cover", "statement"):
        fit_second(chosen[kind], kind, chosen, slide, note)
        darken(chosen[kind], kind, colours, scheme, master, note)
    master_rects = {h.element.ph.get("type", "obj"): rect_of(h) for h in master.placeholders}
    frame, moved = frames(slide, chosen, master_rects, base.theme)
    for where, what in moved:
        note(where, what)
    data = _theme_data(name, path, base.theme, slide, family, twin, colours, scheme, chosen, frame)
    template = save(prs, datetime(1980, 1, 1))
    return Imported(data, template, notes)


def _hex(colour: str) -> str:
    """Six hex digits in a layout file's notation, "#rrggbb"."""
    return "#" + colour.lower()


def _length(points: float) -> str:
    return f"{round(points, 1)}pt"


def _theme_data(
    name, path, base: Theme, slide: Rect, family, twin: Theme, colours, scheme, chosen, frame
):
    data = base.model_dump(exclude={"build"})  # its template is its own: nothing to build
    measured = twin.font
    data["name"] = name
    data["description"] = f"Imported from {path.name}: its colours, fonts and layouts."
    data["template"] = "template.pptx"
    data["slide"] = {"width": _length(slide.width), "height": _length(slide.height)}
    data["font"].update(
        family=family,
        regular=measured.regular,
        bold=measured.bold,
        italic=measured.italic,
        bold_italic=measured.bold_italic,
    )
    data["layouts"] = {k: chosen[k].name for k in KINDS}
    data["colours"] = {key: _hex(value) for key, value in colours.items()}
    data["series"] = [_hex(value) for value in tc.series(scheme, colours["paper"])]
    data["sticky"] = [_hex(value) for value in tc.sticky(scheme)]
    scale = max(0.75, min(1.25, slide.height / 540))
    for size in data["type"].values():
        size["max"] = _length(max(points(size["floor"]), points(size["max"]) * scale))
    data["frame"] = {k: {n: _length(v) for n, v in box.items()} for k, box in frame.items()}
    return data
