"""Text folding shared by the brief checklist and the learner-time reader.

`fold` keeps the text's length, so a match in the folded text quotes the original span:
NFKC, lower case, accents dropped (é -> e, ü -> u, ł -> l), typographic quotes and dashes made plain.
Patterns are written against folded text: lower case, no accents. Patterns are compiled on
first use through `re`'s own cache, never at import time.
"""

from __future__ import annotations

import re
import unicodedata

_PLAIN = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
    # Polish l with stroke has no decomposition, so NFD would keep it: "łącznie" must fold to "lacznie".
    "\u0142": "l",
    "\u0141": "L",
}


def _fold_char(char: str) -> str:
    char = _PLAIN.get(char, char)
    lower = char.lower()
    if len(lower) != 1:
        return char
    return unicodedata.normalize("NFD", lower)[0]


def fold(text: str) -> str:
    """Lower-case, accent-free text of the same length as the NFKC form of `text`."""
    return "".join(_fold_char(c) for c in unicodedata.normalize("NFKC", text))


def nfkc(text: str) -> str:
    """The form whose offsets `fold` keeps: quote spans from this."""
    return unicodedata.normalize("NFKC", text)


def rx(source: str) -> re.Pattern[str]:
    """A pattern for folded text; `re` caches it after the first call."""
    return re.compile(source, re.IGNORECASE)


def alternation(words: str) -> str:
    """'a b c' -> '(?:a|b|c)', longest first so a phrase wins over its first word."""
    items = sorted(set(words.split()), key=len, reverse=True)
    return "(?:" + "|".join(w.replace("_", r"\s+") for w in items) + ")"
