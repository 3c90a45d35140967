"""The template deck: read once a process, opened fresh for each render; slides on its layouts."""

from __future__ import annotations

import io
from copy import copy as clone  # an lxml element copied with all it holds (its copy is deep)
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from printworks.deck import compat
from printworks.errors import RenderError
from printworks.memo import by_content

_NEW_TREE_CHILDREN = 2  # p:nvGrpSpPr and p:grpSpPr
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
# the index PowerPoint's own layouts give each footer placeholder (used when a layout has none)
_USUAL_IDX = {"dt": 10, "ftr": 11, "sldNum": 12}


class TemplateError(RenderError):
    """A template deck that cannot be used: missing, unreadable, or lacking a named layout."""


@dataclass
class Template:
    """A template deck's bytes, and what every deck on it finds the same (kept per process):
    where its layouts put the placeholders slides inherit, by layout part and placeholder
    index, the placeholders a new slide on each layout is given, by layout name, and a blank
    notes page."""

    data: bytes
    places: dict[tuple[str, int], Any] = field(default_factory=dict)
    blanks: dict[str, Blank] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)  # the blank notes page (see .notes)


@dataclass(frozen=True)
class Blank:
    """What a new slide on a layout is given by cloning the layout's placeholders."""

    elements: list[Any]  # the clones, in the order they stand in the slide's shape tree
    highest_id: int  # the highest shape id on the new slide
    title_at: int | None  # where its title placeholder stands in the tree (None: it has none)
    title_kind: type | None  # the proxy python-pptx gives that placeholder
    footers: dict[str, int]  # the index of the layout's date, footer and number placeholders


def open_template(path: Path) -> tuple[Any, Template]:
    """The presentation in ``path``, emptied of any slides it came with, and its memo."""
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    def read(data: bytes | None) -> Template:
        if data is None:
            raise TemplateError(f"{path}: cannot open the template deck: cannot read the file")
        return Template(data)

    template = by_content("template", path, read)
    try:
        prs = Presentation(io.BytesIO(template.data))
    except (PackageNotFoundError, OSError, KeyError, ValueError) as exc:
        raise TemplateError(f"{path}: cannot open the template deck: {exc}") from None
    ids = prs.slides.element
    for sld_id in list(ids):
        prs.part.drop_rel(sld_id.rId)
        ids.remove(sld_id)
    return prs, template


def layout_named(prs, name: str, path: Path | str = "template.pptx"):
    """The slide layout called ``name``; a clear error naming the ones there are if none is."""
    for layout in prs.slide_layouts:
        if layout.name == name:
            return layout
    known = ", ".join(repr(layout.name) for layout in prs.slide_layouts) or "none"
    raise TemplateError(
        f"{path}: no slide layout named {name!r} (the template has: {known}); "
        "rename a layout in the template, or change 'layouts' in deck.yaml"
    )


def footer_indices(layout) -> dict[str, int]:
    """The index of each footer placeholder on ``layout`` (a python-pptx slide layout), by
    type; the usual index for a type the layout lacks."""
    found = dict(_USUAL_IDX)
    for mark in layout.element.iter(f"{_P}ph"):
        kind = mark.get("type")
        if kind in found:
            found[kind] = int(mark.get("idx", found[kind]))
    return found


class SlideMaker:
    """Adds slides on the template's layouts, named; each layout is looked up once a deck, and
    its placeholders cloned once a process (the template's memo keeps the clones, with where
    the title stands and the highest shape id): every slide on it gets copies of those clones."""

    def __init__(self, prs, path: Path | str = "template.pptx", blanks: dict | None = None):
        self.prs = prs
        self.path = path
        self._layouts: dict[str, Any] = {}
        self._blanks: dict[str, Blank] = {} if blanks is None else blanks

    def footers(self, layout_name: str) -> dict[str, int]:
        """The index of each footer placeholder on the layout ``layout_name`` (one of the
        layouts a slide has been added on)."""
        return self._blanks[layout_name].footers

    def add(self, layout_name: str) -> tuple[Any, Any]:
        """A new slide, last in the deck, on the layout called ``layout_name``, and its title
        placeholder (None if the layout has none); its shape ids are counted from here on (see
        :func:`~printworks.deck.compat.count_shapes`)."""
        if layout_name not in self._layouts:
            self._layouts[layout_name] = layout_named(self.prs, layout_name, self.path)
        layout = self._layouts[layout_name]
        blank = self._blanks.get(layout_name)
        if blank is None:
            slide = self.prs.slides.add_slide(layout)
            tree = slide.shapes.element
            title = slide.shapes.title
            # what cloning added to a new slide's tree (which holds only its group properties)
            self._blanks[layout_name] = Blank(
                [clone(e) for e in tree[_NEW_TREE_CHILDREN:]],
                tree.max_shape_id,
                None if title is None else tree.index(title.element),
                None if title is None else type(title),
                footer_indices(layout),
            )
            compat.count_shapes(slide)
            return slide, title
        rel_id, slide = compat.add_slide(self.prs.part, layout)
        tree = slide.shapes.element
        for element in blank.elements:
            tree.insert_element_before(clone(element), "p:extLst")
        compat.add_slide_id(self.prs.slides.element, rel_id)
        compat.count_shapes(slide, blank.highest_id)
        if blank.title_kind is None:
            return slide, None
        # the proxy python-pptx's ``slide.shapes.title`` makes, without its search by XPath
        return slide, blank.title_kind(tree[blank.title_at], slide.shapes)
