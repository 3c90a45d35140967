"""The template deck: opened fresh for each render, its layouts found by name."""

from __future__ import annotations

from pathlib import Path

from printworks.errors import RenderError


class TemplateError(RenderError):
    """A template deck that cannot be used: missing, unreadable, or lacking a named layout."""


def open_template(path: Path):
    """The presentation in ``path``, emptied of any slides it came with."""
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    try:
        prs = Presentation(str(path))
    except (PackageNotFoundError, OSError, KeyError, ValueError) as exc:
        raise TemplateError(f"{path}: cannot open the template deck: {exc}") from None
    ids = prs.slides._sldIdLst
    for sld_id in list(ids):
        prs.part.drop_rel(sld_id.rId)
        ids.remove(sld_id)
    return prs


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
