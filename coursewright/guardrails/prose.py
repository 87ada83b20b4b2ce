"""Reading a page the way an editor does: what the course says in its own voice.

Text is folded (Unicode NFKC, curly quotes straight, case-folded, accents removed) and
matched against the phrase packs as whole words and phrases, so "Here’s the lesson" is
caught and "as an aid to memory" is not. Text the course *quotes* (inside code, pre, kbd,
samp, blockquote or q, or between quotation marks) is not the course speaking: a lesson
about AI assistants may show one saying "As an AI language model…". Hits there are
reported as quoted, for a warning rather than a block.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from typing import Literal

from coursewright.guardrails.dialogue import dialogue_lines
from coursewright.guardrails.drafts import draft_mark
from coursewright.guardrails.gaps import (
    editorial_query,
    masked_digits,
    number_gap,
    stand_in_image,
    taught_slot,
    test_filler,
)
from coursewright.guardrails.phrases import (
    CASED_PLACEHOLDERS,
    CHATTER,
    LOREM_PATTERNS,
    LOREM_TOPICS,
    PLACEHOLDERS,
    UPPERCASE_PLACEHOLDERS,
)
from coursewright.guardrails.replies import REPLY_VOICE
from coursewright.guardrails.requester import OPENING_REPLY, REQUESTER_VOICE
from coursewright.guardrails.slots import shape_hit, visible_slots
from coursewright.guardrails.voice import ASSISTANT_VOICE

Kind = Literal["chatter", "placeholder"]

#: Elements whose text the course shows as an example rather than says.
QUOTING_TAGS = frozenset({"code", "pre", "kbd", "samp", "blockquote", "q", "tt"})
#: Elements whose text a learner never sees.
HIDDEN_TAGS = frozenset({"script", "style", "template", "noscript", "head", "title"})
#: Elements that do not break a sentence in two.
INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em", "i", "ins", "mark", "s",
     "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "font"}
)  # fmt: skip
_VOID = frozenset({"br", "hr", "img", "input", "wbr", "source", "track", "col", "area", "meta", "link"})

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
"\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
        "\u00ab": '"', "\u00bb": '"', "\u2033": '"', "\u300c": '"', "\u300d": '"', "\u2039": '"',
        "\u203a": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\u00ad": "", "\u200b": "", "\u2026": "...",
    }
)  # fmt: skip
_DOUBLE_QUOTED = re.compile(r'"[^"\n]{1,400}"')
_SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(\[:-]))'[^\n]{1,300}?'(?=[\s.,;:!?)\]]|$)")
_FENCE = "```"


@dataclass(frozen=True)
class ProseHit:
    kind: Kind
    phrase: str
    quoted: bool


def straighten(text: str) -> str:
    """NFKC, straight quotes, one kind of dash, single spaces (case and accents kept)."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def fold(text: str) -> str:
    """`straighten`, then case-folded with accents removed: the form phrase packs are written in."""
    folded = straighten(text).casefold()
    decomposed = unicodedata.normalize("NFKD", folded)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _boundary(pattern: str) -> str:
    return rf"(?<![\w])(?:{pattern})(?![\w])"


@lru_cache(maxsize=1)
def _packs() -> dict[str, tuple[re.Pattern[str], ...]]:
    def compiled(packs: dict[str, tuple[str, ...]]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(_boundary(p), re.MULTILINE) for pack in packs.values() for p in pack)

    return {
        "chatter": compiled(CHATTER)
        + compiled(ASSISTANT_VOICE)
        + compiled(REQUESTER_VOICE)
        + compiled(REPLY_VOICE)
        + (re.compile(_boundary(OPENING_REPLY)),),
        "placeholder": compiled(PLACEHOLDERS),
        "upper": (re.compile(_boundary("|".join(UPPERCASE_PLACEHOLDERS))),),
        "cased": tuple(re.compile(p) for p in CASED_PLACEHOLDERS),
        "lorem": tuple(re.compile(_boundary(p)) for p in LOREM_PATTERNS),
        "topic": tuple(re.compile(_boundary(p)) for p in LOREM_TOPICS),
    }


class _Reader(HTMLParser):
    """One pass over the markup: the course's own words, the words it quotes, and its media."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.voice: list[str] = []
        self.quoted: list[str] = []
        self.media = 0
        self.tables = 0
        self.stand_ins: list[str] = []
        self._quoting = 0
        self._hidden = 0

    def _break(self) -> None:
        self.voice.append("\n")
        self.quoted.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: (value or "") for name, value in attrs}
        if tag in HIDDEN_TAGS:
            self._hidden += tag not in _VOID
        elif tag in QUOTING_TAGS:
            self._break()
            self._quoting += 1
        elif tag not in INLINE_TAGS:
            self._break()
        self.tables += tag == "table"
        if tag == "img" and (stand_in := stand_in_image(values.get("src", ""), values.get("alt", ""))):
            self.stand_ins.append(stand_in)
        if tag == "img" and values.get("src", "").strip():
            # alt="" marks a decorative image; an image with no alt at all is still content.
            if "alt" not in values or values["alt"].strip():
                self.media += 1
        elif (
            tag in ("video", "audio", "iframe", "embed", "source")
            and values.get("src", "").strip()
            or tag == "object"
            and values.get("data", "").strip()
            or tag in ("svg", "math", "canvas", "schematic", "imageinput")
        ):
            self.media += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in QUOTING_TAGS:
            self._quoting = max(0, self._quoting - 1)
        elif tag in HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS and tag not in _VOID:
            self._hidden = max(0, self._hidden - 1)
        elif tag in QUOTING_TAGS:
            self._quoting = max(0, self._quoting - 1)
            self._break()
        elif tag not in INLINE_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        (self.quoted if self._quoting else self.voice).append(data)


@dataclass(frozen=True)
class PageText:
    """What a page says in its own voice, what it quotes, and whether it shows any media."""

    voice: str
    quoted: str
    media: int
    tables: int = 0
    stand_ins: tuple[str, ...] = ()

    @property
    def shows_something(self) -> bool:
        """Visible words (any letter or digit) or real media: an image with alt text, a video..."""
        return self.media > 0 or bool(re.search(r"\w", self.voice + self.quoted))


def read_page(html: str | None) -> PageText:
    reader = _Reader()
    reader.feed(visible_slots(html or ""))
    reader.close()
    spoken, lines = dialogue_lines("".join(reader.voice))
    voice = straighten(spoken)
    quoted = [straighten("".join(reader.quoted)), straighten(lines)]
    # Quotation marks inside the course's own sentences: that part is quoted too.
    for pattern in (_DOUBLE_QUOTED, _SINGLE_QUOTED):
        quoted += [m.group(0)[1:-1] for m in pattern.finditer(voice)]
        voice = pattern.sub(" ", voice)
    return PageText(
        voice=voice,
        quoted="\n".join(q for q in quoted if q.strip()),
        media=reader.media,
        tables=reader.tables,
        stand_ins=tuple(reader.stand_ins),
    )


def shows_something(html: str | None) -> bool:
    return read_page(html).shows_something


def is_about_lorem(topic: str) -> bool:
    """True when a unit is about placeholder text itself (Cicero, typesetting, mock-ups)."""
    folded = fold(topic)
    return any(p.search(folded) for p in _packs()["topic"])


def _names_filler(phrase: str) -> bool:
    """'lorem ipsum', 'placeholder text', 'texto de relleno': words a lesson about filler text uses."""
    packs = _packs()
    return any(p.search(phrase) for p in (*packs["lorem"], *packs["topic"]))


def _taught(phrase: str, cased: str, folded: str) -> bool:
    """The slot `phrase` sits in a sentence that names what it is (a merge field, a variable)."""
    for text in (cased, folded):
        start = text.find(phrase)
        if start >= 0:
            return taught_slot(text, start, start + len(phrase))
    return False


def _hits(
    text: str, *, quoted: bool, lorem_is_topic: bool, shows: bool = False, topic: str = ""
) -> list[ProseHit]:
    """`shows`: the page shows an image, a video or a table (a '(Figure: …)' beside it is its caption)."""
    packs = _packs()
    folded = fold(text)
    found: list[ProseHit] = []
    for kind in ("chatter", "placeholder"):
        for pattern in packs[kind]:
            for match in pattern.finditer(folded):
                if kind == "placeholder" and (
                    lorem_is_topic and _names_filler(match.group(0)) or taught_slot(folded, *match.span())
                ):
                    continue
                found.append(ProseHit(kind, match.group(0).strip()[:80], quoted))  # type: ignore[arg-type]
                break
    cased = straighten(text)
    marks = (m for p in (*packs["upper"], *packs["cased"]) for m in p.finditer(cased))
    upper = next((m for m in marks if not taught_slot(cased, *m.span())), None)
    candidates = (
        lambda: shape_hit(cased, folded),
        lambda: draft_mark(cased, folded, filler_is_topic=lorem_is_topic, shows=shows),
        lambda: number_gap(folded),
        lambda: editorial_query(folded),
        lambda: masked_digits(folded),
        lambda: test_filler(folded, fold(topic)),
    )
    gap = next((g for find in candidates if (g := find()) and not _taught(g, cased, folded)), None)
    if upper:
        found.append(ProseHit("placeholder", upper.group(0), quoted))
    elif gap:
        found.append(ProseHit("placeholder", gap, quoted))
    return found


def prose_hits(html: str | None, *, topic: str = "") -> list[ProseHit]:
    """Chatter and placeholders on a page, at most one of each kind in voice and one quoted.

    `topic` is what the unit is about (its titles); with the page's own text it decides
    whether "lorem ipsum" is filler or the subject of the lesson.
    """
    page = read_page(html)
    lorem_is_topic = is_about_lorem(f"{topic}\n{page.voice}\n{page.quoted}")
    shows = page.media + page.tables > 0
    hits = _hits(page.voice, quoted=False, lorem_is_topic=lorem_is_topic, shows=shows, topic=topic)
    hits += _hits(page.quoted, quoted=True, lorem_is_topic=lorem_is_topic, shows=shows, topic=topic)
    if page.stand_ins and not lorem_is_topic:
        hits.append(ProseHit("placeholder", page.stand_ins[0], False))
    first: dict[tuple[str, bool], ProseHit] = {}
    for hit in hits:
        first.setdefault((hit.kind, hit.quoted), hit)
    return list(first.values())


def title_hits(title: str, *, topic: str = "") -> list[ProseHit]:
    """Chatter and placeholders in a block's title (titles are plain text, never quoted)."""
    lorem_is_topic = is_about_lorem(f"{topic}\n{title}")
    hits = _hits(title, quoted=False, lorem_is_topic=lorem_is_topic)
    first: dict[str, ProseHit] = {}
    for hit in hits:
        first.setdefault(hit.kind, hit)
    return list(first.values())


def leaked_chatter(html: str | None) -> str | None:
    """The first chatter phrase the page says in its own voice, if any (for generated drafts)."""
    return next((h.phrase for h in prose_hits(html) if h.kind == "chatter" and not h.quoted), None)
