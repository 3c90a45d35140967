"""The indefinite article a title takes, by how its first word is said: "an SDET", "a UX lead",
"an hour", "a unicorn", "an 8-hour day", "a one-person team".

Pure: text in, "a" or "an" out. The facts view asks it once per role, so every output says the
same. English only; when the first word cannot be read (redacted, no letters), "a".
"""

from __future__ import annotations

import re
import unicodedata

# Letters whose names start with a vowel sound: "an F", "an MBA", "an SDET", but "a UX lead".
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")

# Words that start with a vowel letter and a consonant sound ("a one-off", "a European", "a
# unicorn", "a user"), and words that start with a silent h ("an hour", "an honest").
_CONSONANT_SOUND = re.compile(
    r"^(one(?![a-z])|once|onesie|ouija|eu|ewe|uni(?![mnd])|unan|use|usu|usa|ure|uri|uro"
    r"|ute|uti|uto|ubiq|uku|ufo|ukr)"
)
_SILENT_H = re.compile(r"^(hour|honest|honou?r|heir)")

# All-capital words said as words, not letter by letter ("a NASA engineer", "a FAANG alumnus").
_SAID_AS_WORDS = frozenset(
    {"NASA", "SCUBA", "FAANG", "SAFE", "SCRUM", "AGILE", "NATO", "OPEC", "UNICEF", "LASER", "GIF"}
)

_OPENERS = "\"'“‘«([ \t\n"
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9,]*")  # "AI/ML" starts with "AI"


def _number(digits: str) -> str:
    """The article of a figure: "an 8", "an 11", "an 18,000", "an 80", "a 1,100"."""
    digits = digits.replace(",", "")
    digits = re.match(r"\d*", digits).group()  # type: ignore[union-attr]
    if not digits:
        return "a"
    if digits[0] == "8":
        return "an"
    if len(digits) % 3 == 2 and digits[:2] in ("11", "18"):
        return "an"
    return "a"


# The consonants a said word may start with (English onsets): "SCRUM" and "CRUD" are said as
# words, "SDET" and "MBA" cannot be.
_ONSETS = frozenset(
    [
        "bl",
        "br",
        "ch",
        "cl",
        "cr",
        "dr",
        "dw",
        "fl",
        "fr",
        "gl",
        "gr",
        "kl",
        "kn",
        "kr",
        "ph",
        "pl",
        "pr",
        "ps",
        "qu",
        "sc",
        "sh",
        "sk",
        "sl",
        "sm",
        "sn",
        "sp",
        "st",
        "sw",
        "th",
        "tr",
        "tw",
        "wh",
        "wr",
        "sch",
        "scr",
        "shr",
        "sph",
        "spl",
        "spr",
        "squ",
        "str",
        "thr",
    ]
)


def _sayable(word: str) -> bool:
    """Whether a capital word could be said as a word (a plausible start, then a vowel)."""
    lower = word.lower()
    onset = re.match(r"[^aeiou]*", lower).group()  # type: ignore[union-attr]
    if onset == lower:
        return False
    return len(onset) <= 1 or onset in _ONSETS


def _spelled(word: str) -> bool:
    """Whether ``word`` is said letter by letter: an initialism such as SDET, MBA, UX, or a
    word whose second letter is a capital (iOS, eBay)."""
    if len(word) > 1 and word[0].islower() and word[1].isupper():
        return True
    capitals = re.match(r"[A-Z]*", word).group()  # type: ignore[union-attr]
    if len(capitals) > 2 and len(word) > len(capitals) and word[len(capitals)].islower():
        return True  # MLOps, HRTech: an initialism run into a word
    letters = re.sub(r"[^A-Za-z]", "", word)
    if not letters or not letters.isupper() or letters in _SAID_AS_WORDS:
        return False
    if len(letters) <= 3:
        return True  # UX, HR, AI, MBA, CEO: too short to be a word in capitals
    if len(letters) >= 6:
        return False  # ENTERPRISE, in a title set in capitals
    return not _sayable(letters)


def article(title: str) -> str:
    """The indefinite article ("a" or "an") said before ``title``."""
    text = unicodedata.normalize("NFKD", title.lstrip(_OPENERS))
    text = "".join(c for c in text if not unicodedata.combining(c))  # Über: Uber
    match = _WORD.match(text)
    if not match:  # a redaction bar, a symbol: nothing to go by
        return "a"
    word = match.group()
    if word[0].isdigit():
        return _number(word)
    if _spelled(word):
        return "an" if word[0].upper() in _VOWEL_LETTERS else "a"
    lower = word.lower()
    if _SILENT_H.match(lower):
        return "an"
    if lower[0] in "aeiou":
        return "a" if _CONSONANT_SOUND.match(lower) else "an"
    return "a"


_FIXED = re.compile(r"\b(an?)\s+\{\{-?\s*title\b", re.IGNORECASE)


def fixed_article(pattern: str) -> str | None:
    """What is wrong with a copy ``pattern`` that sets its own article before ``{{ title }}``
    ("A {{ title }}" reads "A ENTERPRISE ARCHITECT"), or None when it has none."""
    found = _FIXED.search(pattern)
    if not found:
        return None
    return (
        f"{pattern!r} puts {found.group(1)!r} before {{{{ title }}}}: write "
        "{{ article }} {{ title }}, "
        "and the article is chosen by how the title is said (a UX lead, an SDET)"
    )
