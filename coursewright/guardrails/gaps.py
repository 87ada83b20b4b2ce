"""Gaps a draft leaves where a value, a source or a page should be, without slot syntax.

- a newsroom's TK (or TBD, XX, ??) standing where a number goes: "to TK hours a day", "$TK", "TK%";
- an editorial query in square brackets: "[source?]", "[¿fuente?]", "[which year?]", "[check date]",
  "[verify]", "[needs citation]";
- test filler as a page's text: a line only of keyboard mash and test words ("asdf asdf test",
  "test test", "xxx", "qwerty");
- digits masked with x beside other digits or a number's label: "020-xxx xx xx", "ext. xxxx";
- a stand-in image: a placeholder-image service, or a file or alt text that says it is a placeholder,
  a dummy or only a size ("placeholder-640x360.png", "600x400.png", alt="image placeholder").

What a course shows on purpose stays out: TK explained ("type TK and keep going", "a TK still in
it"), the insurer "bei der TK", "[sic]", "[?]" in a puzzle, "[check all that apply]", a typing drill
in a typing course, "2 x 3", "1920x1080" in a sentence about screens, an image of a real chart whose
file name gives its size after a word ("sales-by-region-1200x800.png"). Patterns are over folded text
(lower case, no accents) unless noted.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import unquote

#: Counted things a number slot stands before (folded; several languages).
_COUNTED = (
    r"(?:hours?|minutes?|days?|weeks?|months?|years?|per ?cent|percent|%|people|persons|words|pages|times|members"
    r"|children|pupils|students|staff|workers|euros?|dollars?|pounds?|points?|miles|km|kg|metres|meters|deaths"
    r"|votes|seats|cases|horas|dias|semanas|meses|anos|personas|pessoas|heures|jours|semaines|mois|ans|stunden|tage"
    r"|wochen|monate|jahre|prozent|ore|giorni|settimane|mesi|anni|uur|dagen|weken|maanden|jaar|procent)"
)
_GAP_WORD = r"(?:tk|tktk|tbd|tbc|xx|\?\?)"
_QUERY_WORD = (
    r"(?:source|sources|citation|ref|reference|date|year|name|figure|number|stat|quote|link|fuente|cita|fecha|ano"
    r"|nombre|cifra|dato|source|date|annee|chiffre|quelle|jahr|datum|zahl|fonte|data|ano|numero|anno|bron|jaar"
    r"|which|what|when|who|cual|quel|quelle|welche\w*|qual|quale|welk\w*|check|verify|confirm)"
)
_EDITOR_NOTE = (
    r"(?:check|verify|confirm|fact-?check|needs? (?:checking|a source|source|citation|ref(?:erence)?)|source needed"
    r"|ref needed|citation needed|comprobar|verificar|confirmar|a verifier|a confirmer|verifier|prufen|nachprufen"
    r"|quelle fehlt|checar|conferir|verificare|da verificare|controleren|nakijken|bron nodig|cita requerida"
    r"|citation necessaire|reference necessaire|citacao necessaria|citazione necessaria)"
)
_NOT_EDITOR = r"(?!\s+(?:all|one|each|every|the box|todas?|toutes?|alle|tutte?|tudo)\b)"
#: Words of test filler (folded): nothing a course says in its own voice when they are all a line says.
_TEST_WORDS = frozenset(
    "test tests testing asdf asdfg asdfgh asdfasdf qwer qwert qwerty qwertz azerty jkl hjkl sdf sdfg sdfsdf dfgh"
    " fghj ghjk zxcv zxcvb xxx xxxx xxxxx yyy zzz aaa aaaa bbb ccc blah bla blabla tmp temp"
    " dummy prueba teste essai".split()
)
#: Real test words: a line of these alone needs a mash word or a repeat to be filler.
_PLAIN_WORDS = frozenset("test tests testing blah bla tmp temp dummy prueba teste essai".split())
_TYPING_TOPIC = (
    r"(?:typing|touch[- ]typ|keyboarding|home row|mecanografia|dactylo|tastschreiben|zehnfinger|datilografia"
    r"|dattilografia|blind typen|typecursus)"
)
_NUMBER_LABEL = (
    r"\b(?:ext|extension|tel|phone|telephone|number|no|nr|pin|code|account|line|call|ring|bel|bellen|llama|llame"
    r"|appelez|anrufen|ligue|chiama|poste|durchwahl|nummer|telefon|ramal|numero|telefono|telefoon|interno|hotline"
    r"|fax|iban|kvk|btw)\.?\s*:?\s*(?:op|on|at|al|au|unter|no|pelo|al numero)?\s*$"
)
_STAND_IN_HOSTS = (
    r"(?:placehold\.(?:co|it|jp)|via\.placeholder\.com|placeholder\.com|placekitten|placebear|picsum\.photos"
    r"|dummyimage\.com|fakeimg\.pl|lorempixel|loremflickr|placeimg|fpoimg|placecats|baconmockup)"
)
_STAND_IN_WORDS = (
    r"(?:placeholder|place-holder|platzhalter|marcador|espace-reserve|segnaposto|dummy|stand-?in|tbd|todo|fpo"
    r"|image[-_ ]?here|img[-_ ]?here|insert[-_ ]?image|coming[-_ ]?soon|sample[-_ ]?image|no[-_ ]?image"
    r"|image[-_ ]?missing|missing[-_ ]?image)"
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "number_slot": re.compile(
            rf"(?<![\w-]){_GAP_WORD}(?:\s*-\s*{_GAP_WORD})?\s*(?:more |extra |additional |further )?{_COUNTED}(?!\w)"
            rf"|[$€£]\s*{_GAP_WORD}(?![\w])|(?<![\w-]){_GAP_WORD}\s*%"
        ),
        "query": re.compile(
            rf"\[\s*[¿?]?\s*(?=[^\]\n]{{0,40}}\?\s*\])(?:[\w' ,/-]{{0,30}}\b)?{_QUERY_WORD}\b[^\]\n]{{0,40}}\?\s*\]"
        ),
        "editor_note": re.compile(rf"\[\s*{_EDITOR_NOTE}\b{_NOT_EDITOR}[^\]\n]{{0,40}}\]"),
        "x_mask": re.compile(r"(?<![\w])x{2,}(?![\w])"),
        "size_only": re.compile(r"^(?:img|image|pic|photo|chart|graph|banner|hero|thumb)?[-_ ]?\d{2,4}x\d{2,4}$"),
    }


def number_gap(folded: str) -> str | None:
    """'TK hours', '$TK', 'TBD%': a gap word standing where a number goes."""
    match = _patterns()["number_slot"].search(folded)
    return match.group(0) if match else None


def editorial_query(folded: str) -> str | None:
    """'[source?]', '[¿fuente?]', '[check date]': a question or note to the editor in square brackets."""
    p = _patterns()
    match = p["query"].search(folded) or p["editor_note"].search(folded)
    return match.group(0) if match else None


def test_filler(folded: str, topic: str = "") -> str | None:
    """A line that is only keyboard mash and test words ('asdf asdf test', 'test test', 'xxx')."""
    if re.search(_TYPING_TOPIC, topic):
        return None
    for line in folded.splitlines():
        words = re.findall(r"[\w']+|[^\w\s]+", line)
        tokens = [w for w in words if re.match(r"\w", w) and not w.isdigit()]
        if not tokens or len(tokens) > 8 or any(w not in _TEST_WORDS for w in tokens):
            continue
        mash = [w for w in tokens if w not in _PLAIN_WORDS]
        if mash or len(tokens) >= 2:
            return line.strip()[:80]
    return None


def masked_digits(folded: str) -> str | None:
    """'020-xxx xx xx', 'ext. xxxx': x standing for digits beside digits, another mask or a number's label."""
    for match in _patterns()["x_mask"].finditer(folded):
        before = folded[max(0, match.start() - 20) : match.start()]
        after = folded[match.end() : match.end() + 3]
        beside = re.search(r"[\dx][\s./()-]?$", before) or re.match(r"[\s./()-]?[\dx]", after)
        if beside or re.search(_NUMBER_LABEL, before):
            return match.group(0) if not beside else (before[-4:] + match.group(0)).strip()
    return None


def _only_stand_in(words: str) -> bool:
    """A name or alt text that says nothing but 'placeholder', 'dummy', an image word or a size.

    'crash-test-dummy.jpg' and alt="A crash-test dummy" show something; 'dummy-photo.jpg' does not.
    """
    if not re.search(rf"(?<![a-z]){_STAND_IN_WORDS}(?![a-z])", words):
        return False
    rest = re.sub(rf"(?<![a-z]){_STAND_IN_WORDS}(?![a-z])", " ", words)
    generic = r"(?:an?|the|of|for|image|img|picture|pic|photo|chart|graph|graphic|figure|banner|hero|thumb|icon|logo"
    generic += r"|here|\d+(?:x\d+)?|v\d+|px)"
    return all(re.fullmatch(generic, w) for w in re.findall(r"[a-z0-9]+", rest))


def stand_in_image(src: str, alt: str) -> str | None:
    """An image that only stands in for one: a placeholder service, or a name or alt text saying so."""
    source = unquote(src).lower()
    if re.search(_STAND_IN_HOSTS, source):
        return src[:80]
    stem = re.sub(r"\.[a-z0-9]{2,4}$", "", source.rsplit("/", 1)[-1].split("?", 1)[0])
    if _only_stand_in(stem) or _patterns()["size_only"].match(stem):
        return src[:80]
    if _only_stand_in(alt.lower()):
        return f'alt="{alt[:60]}"'
    return None


#: Words that name a template's slots: a sentence using one teaches the slot it shows (folded).
_SLOT_NAMES = (
    r"(?:merge (?:field|tag|code)s?|mail ?merge|mailmerge|placeholders?|variables?|tokens?|template (?:fields?|slots?"
    r"|tags?)|personali[sz]ation (?:fields?|tokens?|tags?)|fill-in fields?|campos? (?:de (?:combinacion|combinar|fusion"
    r"|mesclagem)|variables?|variaveis|variavel)|combinacion de correspondencia|champs? (?:de fusion|variables?)"
    r"|publipostage|seriendruck\w*|serienbrief\w*|platzhalter\w*|mala direta|stampa unione|campi? (?:unione|variabil[ei]"
    r"|di unione)|segnaposto|samenvoeg\w*|variabelen?|marcadores? de posicion|espaces? reserves?|espacos? reservados?)"
)


def taught_slot(text: str, start: int, end: int) -> bool:
    """True when the sentence around text[start:end] names what the slot is ('type the merge field [First Name]')."""
    if re.search(r"placeholder|platzhalter|marcador|reserv|segnaposto", text[start:end], re.IGNORECASE):
        return False
    left = max(text.rfind("\n", 0, start), *(m.end() - 1 for m in re.finditer(r"[.!?]\s", text[:start])), -1)
    stops = [i for i in (text.find("\n", end), *(m.start() + end for m in re.finditer(r"[.!?](?:\s|$)", text[end:])))
             if i >= 0]  # fmt: skip
    sentence = text[left + 1 : min(stops, default=len(text))]
    return bool(re.search(rf"\b{_SLOT_NAMES}\b", sentence, re.IGNORECASE))
