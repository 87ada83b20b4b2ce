"""Text folding shared by the brief checklist and the learner-time reader.

`fold` keeps the text's length, so a match in the folded text quotes the original span:
NFKC, lower case, accents dropped (é -> e, ü -> u, ł -> l), typographic quotes and dashes made plain.
Patterns are written against folded text: lower case, no accents. Patterns are compiled on
first use through `re`'s own cache, never at import time.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coursewright.model import Brief

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


def tidy_whitespace(text: str) -> str:
    """One space for each run of spaces or tabs, at most one blank line in a row, no spaces at line ends.

    What a text says does not change, and no rule then meets a long run of blanks: several
    patterns allow optional blanks around optional words or punctuation, and on thousands of
    blanks in a row their backtracking grows with the square of the run (a brief of 20,000
    spaces took minutes).
    """
    text = re.sub(r"[^\S\n]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def tidy_brief(brief: Brief) -> Brief:
    """The brief with its texts tidied (`tidy_whitespace`): what every reader of a brief's text starts from."""
    return brief.model_copy(
        update={
            "name": tidy_whitespace(brief.name),
            "description": tidy_whitespace(brief.description),
            "target_audience": tidy_whitespace(brief.target_audience),
        }
    )


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
