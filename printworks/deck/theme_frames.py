"""Where the standing parts of a slide sit in an imported theme, worked out from the
template's placeholders: the title where the content layout has it, the body where the master
puts its text, the footers where the master puts its date, footer and number, and the rest
(kicker, stamp, footnote, the cover's meta line) in the room between, sized as the default
theme sizes them for its slide, scaled to this one's.
"""

from __future__ import annotations

from printworks.deck.style import Rect, Theme, points
from printworks.deck.theme_layouts import Candidate

GAP = 4.0  # points between neighbouring frames
EMU_PER_PT = 12700


def _scaled(base: Theme, name: str, slide: Rect) -> Rect:
    """The default theme's frame ``name``, scaled from its slide to ``slide``."""
    rect, own = base.box(name), base.slide_rect
    sx, sy = slide.width / own.width, slide.height / own.height
    return Rect(rect.left * sx, rect.top * sy, rect.width * sx, rect.height * sy)


def _box(rect: Rect) -> dict[str, float]:
    return {"left": rect.left, "top": rect.top, "width": rect.width, "height": rect.height}


def _roomy(layout: Candidate, size: str, base: Theme, top: float, moved) -> Rect | None:
    """The layout's title box, moved to start no higher than ``top`` and grown to hold two
    lines at the smallest size the deck sets titles in (in the imported copy; said in
    ``moved``); None when the layout does not say where its title is."""
    rect = layout.title.rect
    if rect is None:
        return None
    fit = base.fit
    need = 2 * base.size(size)[1] * fit.line_height + 2 * points(fit.inset)
    new_top = max(rect.top, top)
    height = max(rect.bottom - new_top, need)
    if (new_top, height) == (rect.top, rect.height):
        return rect
    shape = layout.title.shape
    grown = Rect(rect.left, new_top, rect.width, height)
    shape.left, shape.top = round(grown.left * EMU_PER_PT), round(grown.top * EMU_PER_PT)
    shape.width, shape.height = round(grown.width * EMU_PER_PT), round(height * EMU_PER_PT)
    layout.title.rect = grown
    why = "room for the kicker above it" if new_top > rect.top else "room for two lines"
    moved.append(
        (
            f"layout '{layout.name}'",
            f"title box {rect.height:.0f}pt high at {rect.top:.0f}pt; made {height:.0f}pt at "
            f"{new_top:.0f}pt in the imported copy ({why})",
        )
    )
    return grown


def frames(
    slide: Rect, chosen: dict[str, Candidate], master: dict[str, Rect | None], base: Theme
) -> tuple[dict[str, dict[str, float]], list[tuple[str, str]]]:
    """Every frame of the theme (in points), and what had to move to make room."""
    moved: list[tuple[str, str]] = []
    content = chosen["content"]
    # a small frame keeps the default theme's height: its text's smallest size must fit it
    scale = max(1.0, slide.height / base.slide_rect.height)
    eyebrow_height = base.box("eyebrow").height * scale
    title = _roomy(content, "title", base, eyebrow_height + GAP, moved) or _scaled(
        base, "title", slide
    )
    eyebrow = Rect(title.left, title.top - eyebrow_height - 1, title.width, eyebrow_height)
    stamp_size = base.box("stamp")
    stamp = Rect(
        title.right - stamp_size.width,
        max(0.0, eyebrow.top - (stamp_size.height - eyebrow_height) / 2),
        stamp_size.width,
        stamp_size.height,
    )
    footers = {}
    for name, kind in (("footer_left", "dt"), ("footer_centre", "ftr"), ("footer_right", "sldNum")):
        rect = master.get(kind)
        if rect is None or rect.top < slide.height / 2 or rect.width <= 0:
            rect = _scaled(base, name, slide)
        footers[name] = rect
    floor = min(r.top for r in footers.values()) - GAP
    footnote_height = base.box("footnote").height * scale
    text = master.get("body") or _scaled(base, "body", slide)
    top = max(text.top, title.bottom + GAP)
    bottom = min(text.bottom, floor - footnote_height - GAP)
    if bottom - top < slide.height * 0.4:  # the master's text box is no guide: use the room
        top, bottom = title.bottom + GAP, floor - footnote_height - GAP
    left = min(text.left, title.left)
    right = max(text.right, title.right)
    body = Rect(left, top, right - left, bottom - top)
    footnote = Rect(body.left, body.bottom + GAP, body.width, footnote_height)
    cover = chosen["cover"]
    cover_title = _roomy(cover, "cover_title", base, 0, moved) or _scaled(
        base, "cover_title", slide
    )
    second = cover.second
    cover_sub = (second.rect if second else None) or _scaled(base, "cover_subtitle", slide)
    meta_height = base.box("cover_meta").height * scale
    meta_top = min(cover_sub.bottom + GAP, floor - meta_height)
    cover_meta = Rect(cover_sub.left, meta_top, cover_sub.width, meta_height)
    statement = chosen["statement"]
    statement_title = _roomy(statement, "cover_title", base, 0, moved) or _scaled(
        base, "statement_title", slide
    )
    line = statement.second
    statement_body = (line.rect if line else None) or _scaled(base, "statement_body", slide)
    found = {
        "title": title,
        "eyebrow": eyebrow,
        "stamp": stamp,
        "body": body,
        "footnote": footnote,
        **footers,
        "cover_title": cover_title,
        "cover_subtitle": cover_sub,
        "cover_meta": cover_meta,
        "statement_title": statement_title,
        "statement_body": statement_body,
    }
    return {name: _box(rect) for name, rect in found.items()}, moved
