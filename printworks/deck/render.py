"""The deck pipeline, top to bottom: the template, then each slide in the running order."""

from __future__ import annotations

from pydantic import ValidationError

from printworks import content
from printworks.content.presenting import Source, present, presenters
from printworks.deck import kinds
from printworks.deck.builder import Deck, DeckOptions
from printworks.deck.dialect import COMMON, words_key
from printworks.deck.order import Step, running_order
from printworks.deck.slides import builder
from printworks.errors import LayoutError
from printworks.layout import Layouts
from printworks.markup import Text
from printworks.model import Role


def render(role: Role, layouts: Layouts, options: DeckOptions) -> bytes:
    deck = Deck(role, layouts, options)
    deck.running = running_order(role, deck.dialect)
    for step in deck.running:
        draw(deck, step)
    return deck.finish()


def draw(deck: Deck, step: Step) -> None:
    """Make the slide (or slides) of one step of the running order."""
    if step.own is not None:
        own_slide(deck, deck.role.deck.slides[step.own])
    elif step.frame is not None:
        builder(step.frame)(deck)
    elif step.kind in content.KINDS:
        own_slide(deck, section_content(deck, step))
    else:
        builder(step.kind)(deck)


def section_content(deck: Deck, step: Step):
    """A dossier section as the content of the kind that presents it: the section's data
    mapped by the kind's presenter, and the step's words (the dialect's, the role's over them).

    A section too small or too large for that kind (one alias for a logo wall that wants
    three) is told by the first other kind that can hold it, with the step's title and notes:
    a role's deck never fails for having a short list."""
    assert step.kind is not None and step.section is not None
    words = deck.voice.words(words_key(step.kind, step.section))
    common = {k: words.pop(k) for k in COMMON if k in words}
    common.pop("agenda", None)
    source = Source(deck.role, deck.facts)
    try:
        return _content(step.kind, step.section, source, common, words)
    except ValidationError as exc:
        first = exc
    for kind in presenters(step.section):
        if kind in content.KINDS and kind != step.kind:
            try:
                return _content(kind, step.section, source, common, {})
            except ValidationError:
                continue
    where = f"{deck.dialect.path}: order: {step.section} (kind {step.kind})"
    problems = "; ".join(
        f"{'.'.join(map(str, e['loc'])) or '(slide)'}: {e['msg']}" for e in first.errors()
    )
    raise LayoutError(f"{where}: {problems}") from None


def _content(kind: str, section: str, source: Source, common: dict, words: dict):
    model = content.module(kind).Content
    fields = present(kind, section, source, _as_fields(model, words))
    return model.model_validate({"kind": kind, **common, **fields})


def _as_fields(model, words: dict) -> dict:
    """A step's words as the content's fields take them: a word said for a field that holds no
    text (a status such as amber, a number) is given as the plain string it says."""
    out = {}
    for name, value in words.items():
        field = model.model_fields.get(name)
        if field is not None and "Text" not in repr(field.annotation):
            value = _plain(value)
        out[name] = value
    return out


def _plain(value):
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return str(value) if isinstance(value, Text) else value


def own_slide(deck: Deck, content) -> None:
    """A slide of one kind (the role's own, or a section presented in it), as one described
    group."""
    kind = kinds.module(content.kind)
    slide = deck.slide(
        f"own.{content.kind}",
        content.title,
        notes=content.notes,
        footnote=content.footnote,
        eyebrow=content.eyebrow,
    )
    with deck.group(slide, kind.describe(content, deck)):
        kind.draw(deck, slide, deck.body, content)
