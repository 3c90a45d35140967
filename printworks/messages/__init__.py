"""What a reader is told about a mistake: what was expected, and how to fix it, in their words.

The one place for the wording of YAML syntax errors (:mod:`.syntax`), of values with a form of
their own (:mod:`.forms`), and of values of the wrong kind, including those YAML reads otherwise
than meant (:mod:`.values`). Each function returns the message of one
``path:line:col: field: message`` line; locating it is :mod:`printworks.yamldoc`'s work.
Nothing here reads a file.
"""

from __future__ import annotations

from .forms import CASE_NUMBER, CLOCK, CURRENCY, FORMS, SLUG, Form, padded_clock, unknown_currency
from .syntax import comment_cut, duplicate_key, foreign_tag, not_a_name, syntax
from .values import allowed_keys, explain, model_at, models_in
from .words import Loc, Written, one_of, quoted, short

__all__ = [
    "CASE_NUMBER",
    "CLOCK",
    "CURRENCY",
    "FORMS",
    "SLUG",
    "Form",
    "Loc",
    "Written",
    "allowed_keys",
    "comment_cut",
    "duplicate_key",
    "explain",
    "foreign_tag",
    "model_at",
    "models_in",
    "not_a_name",
    "one_of",
    "padded_clock",
    "quoted",
    "short",
    "syntax",
    "unknown_currency",
]
