"""Placeholders by their shape: template slots, shouted instructions, "coming soon" units, TBD.

A draft that is not finished shows it in the shape of its text more than in its words:
a slot in brackets or braces (`{site_name}`, `{{x}}`, `[Company Name]`, `[[manager]]`,
`<<SITE_PHONE>>`, `<Name einfügen>`, `%NAME%`, `$VAR$`), an instruction in capitals
("INSERT NAME HERE"), a line that is only "coming soon" (or a heading ending in it), or
TBD/TODO/TBC standing where a value should be. TBD inside a list of statuses ("Open,
Blocked, TBD or Done") or in a sentence about it ("write TBD in the tracker") is a word
the lesson teaches, not a gap.

`visible_slots` runs on the markup before it is parsed: `<<X>>` and `<Name einfügen>`
written raw would otherwise be read as tags and never seen as text.
"""

from __future__ import annotations

import re
from functools import cache

#: Element names a page may really use (HTML and Open edX problem markup); anything else in
#: angle brackets with no attribute is a slot someone forgot to fill.
_KNOWN_TAGS = frozenset(
    [
        "a",
        "abbr",
        "address",
        "article",
        "aside",
        "audio",
        "b",
        "bdi",
        "bdo",
        "blockquote",
        "body",
        "br",
        "button",
        "canvas",
        "caption",
        "center",
        "cite",
        "code",
        "col",
        "colgroup",
        "data",
        "dd",
        "del",
        "details",
        "dfn",
        "dialog",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "fieldset",
        "figcaption",
        "figure",
        "font",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "i",
        "iframe",
        "img",
        "input",
        "ins",
        "kbd",
        "label",
        "legend",
        "li",
        "link",
        "main",
        "map",
        "mark",
        "math",
        "meta",
        "nav",
        "noscript",
        "object",
        "ol",
        "optgroup",
        "option",
        "output",
        "p",
        "param",
        "picture",
        "pre",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "script",
        "section",
        "select",
        "small",
        "source",
        "span",
        "strike",
        "strong",
        "style",
        "sub",
        "summary",
        "sup",
        "svg",
        "table",
        "tbody",
        "td",
        "template",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "time",
        "title",
        "tr",
        "track",
        "tt",
        "u",
        "ul",
        "var",
        "video",
        "wbr",
        "problem",
        "choiceresponse",
        "multiplechoiceresponse",
        "choicegroup",
        "choice",
        "checkboxgroup",
        "optionresponse",
        "optioninput",
        "stringresponse",
        "textline",
        "numericalresponse",
        "formularesponse",
        "responseparam",
        "customresponse",
        "solution",
        "demandhint",
        "hint",
        "label",
        "description",
        "additional_answer",
        "correcthint",
        "choicehint",
        "imageresponse",
        "imageinput",
        "coderesponse",
        "codeparam",
        "choicetextresponse",
        "radiotextgroup",
        "checkboxtextgroup",
        "schematicresponse",
        "schematic",
        "jsinput",
        "annotationresponse",
        "symbolicresponse",
    ]
)

_SOON = (
    r"(?:coming soon|coming later|soon|to come|to follow|a venir|bientot(?: disponible)?|prochainement"
    r"|proximamente|en breve|em breve|folgt(?: in kurze| bald| demnachst)?|folgen(?: in kurze| bald)?"
    r"|demnachst|in kurze|kommt bald)"
)
_LIST_WORD = (
    r"(?:,|/|\||or|and|o|y|ou|et|oder|und|e|as|como|comme|als|with|con|avec|mit|com|write|mark|use|set)"
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    up = r"A-ZÀ-ÖØ-Þ"
    return {
        "angle": re.compile(r"<<\s*([^<>\n]{1,40}?)\s*>>|<(?![/!?])([^<>=\"'\n/]{1,40})>"),
        # on text with its case kept
        "cased": re.compile(
            r"(?<![\\\w^_$])\{[A-Za-z][A-Za-z0-9_]{1,40}\}(?!\})"  # {site_name}
            r"|\[\[\s*[^\[\]\n]{1,40}\]\](?!\()"  # [[manager]]
            r"|\$[A-Z][A-Z0-9_]{2,}\$"  # $VAR$
            r"|%[A-Za-z]+_[A-Za-z_]+%"  # %first_name%
            rf"|(?<!\])\[[{up}][\w'’-]*(?: [{up}][\w'’-]*){{1,4}}\](?!\()"  # [Company Name]
            rf"|\b(?:INSERT|ADD|PUT|PASTE|PLACE|ENTER|TYPE|WRITE|INSERTAR|AÑADIR|AGREGAR|PONER|INSÉRER|AJOUTER"
            rf"|METTRE|EINFÜGEN|ERGÄNZEN|INSERIR|ADICIONAR|COLOCAR)\b[{up}0-9 '’_/&-]{{0,60}}?"
            rf"\b(?:HERE|AQUÍ|AQUI|ICI|HIER)\b"
            rf"|\b(?!(?:CLICK|TAP|PRESS|START|SIGN|LOG|LOOK|STOP|COME|BE|RIGHT|OVER|IN|OUT|FROM)\b)"
            rf"[{up}]{{2,}}(?: [{up}]{{2,}}){{0,3}} (?:HERE|AQUÍ|AQUI|ICI|HIER|EINFÜGEN)\b"
        ),
        # folded text: a line that is only "coming soon", or a heading/label ending in it
        "soon": re.compile(rf"^(?:[^\n]{{0,60}}?[-:(]\s*)?{_SOON}\s*\)?\s*[.!]*\s*$", re.MULTILINE),
        "literal_angle": re.compile(r"<<\s*[^<>\n]{1,40}?\s*>>|<([^\s<>=][^<>=\n]{0,38}[^\s<>=]|[^\s<>=])>"),
        # the stand-alone gap words, case kept
        "gap": re.compile(r"(?<![\w-])(TBD|TBC|TBA|TODO)(?![\w-])"),
        "gap_after_label": re.compile(r"(?:[:(\[=]|^|\n)\s*$"),
        "gap_listed_before": re.compile(rf"(?:^|\W){_LIST_WORD}\s*$", re.IGNORECASE),
        "gap_listed_after": re.compile(
            r"^\s*(?:,\s*\w|/|\||(?:or|and|o|y|ou|et|oder|und|e)\b)", re.IGNORECASE
        ),
        "gap_ends": re.compile(r"^\s*(?:[).!;,\]]|:|$|\n)"),
    }


def visible_slots(html: str) -> str:
    """Escape angle-bracket slots so the HTML parser keeps them as text: `<<X>>`, `<Name einfügen>`."""

    def keep(match: re.Match[str]) -> str:
        if match.group(1) is None and not _is_slot(match.group(2)):
            return match.group(0)
        return match.group(0).replace("<", "&lt;").replace(">", "&gt;")

    return _patterns()["angle"].sub(keep, html)


#: Attribute names an element may carry bare: "<input disabled>" written as text is still a tag.
_BARE_ATTRIBUTES = frozenset(
    "disabled checked selected readonly required multiple autofocus autoplay controls loop muted hidden async defer"
    " novalidate open nowrap ismap reversed default inert playsinline allowfullscreen href src alt class id style"
    " title type name value lang rel target width height".split()
)


def _is_slot(inner: str, *, literal: bool = False) -> bool:
    """`<inner>` with no attribute: a slot unless it names an element (a lower-case custom one too).

    `literal`: the text shows the brackets (written &lt;…&gt;), so '<link to shared drive>' is a slot even
    though 'link' is an element: its other words are not attributes.
    """
    words = inner.split()
    if not words:
        return False
    if words[0].lower() in _KNOWN_TAGS:
        return literal and any(w.lower() not in _BARE_ATTRIBUTES for w in words[1:])
    return len(words) > 1 or bool(re.search(r"[A-Z_]", words[0]))


def _gap(text: str) -> str | None:
    p = _patterns()
    for match in p["gap"].finditer(text):
        before, after = text[: match.start()], text[match.end() :]
        if p["gap_listed_after"].match(after) and not p["gap_after_label"].search(before):
            continue  # "TBD or Done", "TBD, Open"
        if p["gap_after_label"].search(before):
            return match.group(0)  # "Date: TBD", "(TBD", a line of its own
        if p["gap_listed_before"].search(before):
            continue  # "Blocked, TBD", "write TBD", "mark as TBD"
        if p["gap_ends"].match(after):
            return match.group(0)  # "(link TBD)", "The venue is TBD.", "TODO: …"
    return None


def shape_hit(cased: str, folded: str) -> str | None:
    """The first placeholder shape in a text (`cased`: straightened; `folded`: the same folded)."""
    p = _patterns()
    if match := p["cased"].search(cased):
        return match.group(0)
    for match in p["literal_angle"].finditer(cased):
        if match.group(1) is None or _is_slot(match.group(1), literal=True):
            return match.group(0)
    if match := p["soon"].search(folded):
        return match.group(0).strip()[:80]
    return _gap(cased)
