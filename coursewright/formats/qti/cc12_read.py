"""Questions read from a Common Cartridge assessment (QTI 1.2.1, CC profile), for the importer.

Elements are matched by local name, so the files of every CC version (and of exporters that
omit or vary the namespace) read alike. An item's type is its `cc_profile` field: multiple
choice and true/false become single-choice questions, multiple response checkboxes, fill in
the blank a text answer (a number when its one answer is numeric and not case-sensitive, or
when it is scored on a range). The correct answers are those of the response conditions that
award points. Prompts and choices are kept as plain text: question markup and images are not
carried over.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element

from coursewright.formats.questions import Question, Unmapped

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_RESPONSES = ("response_lid", "response_str", "response_num", "response_xy", "response_grp")
#: Profile types with no capa counterpart here, and why.
_UNMAPPED = {
    "cc.essay": "essay questions are marked by hand and have no capa counterpart here",
    "cc.pattern_match": "pattern-match answers (wildcards) have no capa counterpart here",
}


@dataclass(frozen=True)
class Item:
    ident: str
    title: str
    question: Question | Unmapped


def local(element: Element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local(child) == name]


def descendants(element: Element, name: str) -> list[Element]:
    return [found for found in element.iter() if local(found) == name]


def _plain(mattext: Element) -> str:
    text = "".join(mattext.itertext())
    if "html" in (mattext.get("texttype") or "").lower():
        text = html.unescape(_TAG.sub(" ", text))
    return _SPACE.sub(" ", text).strip()


def _material_text(element: Element) -> str:
    return " ".join(t for t in (_plain(m) for m in descendants(element, "mattext")) if t)


def _prompt(presentation: Element) -> str:
    """The question's text: the material outside the response elements."""
    parts: list[str] = []

    def visit(element: Element) -> None:
        for child in element:
            name = local(child)
            if name in _RESPONSES:
                continue
            if name == "mattext":
                parts.append(_plain(child))
            else:
                visit(child)

    visit(presentation)
    return " ".join(p for p in parts if p)


def _profile(item: Element) -> str:
    for field in descendants(item, "qtimetadatafield"):
        label = next(iter(children(field, "fieldlabel")), None)
        entry = next(iter(children(field, "fieldentry")), None)
        if label is not None and (label.text or "").strip() == "cc_profile" and entry is not None:
            return (entry.text or "").strip().lower()
    return ""


def _awards_points(condition: Element) -> bool:
    for setvar in children(condition, "setvar"):
        if (setvar.get("action") or "Set").strip().lower() not in ("set", "add"):
            continue
        try:
            if float((setvar.text or "").strip()) > 0:
                return True
        except ValueError:
            continue
    return False


def _scoring(item: Element) -> list[Element]:
    """The condition variables of the response conditions that award points."""
    return [
        var
        for processing in children(item, "resprocessing")
        for condition in children(processing, "respcondition")
        if _awards_points(condition)
        for var in children(condition, "conditionvar")
    ]


def _positive(element: Element, name: str) -> list[Element]:
    """The `name` elements under `element` that are not negated by a <not>."""
    found: list[Element] = []
    for child in element:
        if local(child) == "not":
            continue
        if local(child) == name:
            found.append(child)
        found.extend(_positive(child, name))
    return found


def _choices(item: Element, presentation: Element, kind: str) -> Question | Unmapped:
    lids = descendants(presentation, "response_lid")
    if not lids:
        return Unmapped("a choice question without its list of choices")
    labels = [
        (label.get("ident") or "", _material_text(label)) for label in descendants(lids[0], "response_label")
    ]
    correct = {(v.text or "").strip() for var in _scoring(item) for v in _positive(var, "varequal")}
    question = Question(
        kind="single" if kind != "cc.multiple_response" else "multiple", prompt=_prompt(presentation)
    )
    question.choices = [(text, ident in correct) for ident, text in labels]
    if len(question.choices) < 2:
        return Unmapped("a choice question with fewer than two choices")
    return question


def _number(value: str) -> Decimal | None:
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _text(decimal: Decimal) -> str:
    text = format(decimal.normalize(), "f")
    return text if text != "-0" else "0"


def _blank(item: Element, presentation: Element) -> Question | Unmapped:
    prompt = _prompt(presentation)
    scoring = _scoring(item)
    equal = [v for var in scoring for v in _positive(var, "varequal")]
    answers = list(dict.fromkeys((v.text or "").strip() for v in equal if (v.text or "").strip()))
    if not answers:
        low = [_number(v.text or "") for var in scoring for v in _positive(var, "vargte")]
        high = [_number(v.text or "") for var in scoring for v in _positive(var, "varlte")]
        if (
            len(low) == 1
            and len(high) == 1
            and low[0] is not None
            and high[0] is not None
            and low[0] <= high[0]
        ):
            middle, half = (low[0] + high[0]) / 2, (high[0] - low[0]) / 2
            return Question(
                kind="number", prompt=prompt, answers=[_text(middle)], tolerance=_text(half) if half else ""
            )
        return Unmapped("a fill-in-the-blank question with no answer this server can read")
    # QTI's own default is case-insensitive: only an explicit case="Yes" makes it sensitive.
    sensitive = all((v.get("case") or "No").strip().lower() == "yes" for v in equal)
    if len(answers) == 1 and not sensitive and _number(answers[0]) is not None:
        return Question(kind="number", prompt=prompt, answers=answers)
    return Question(kind="text", prompt=prompt, answers=answers, case_sensitive=sensitive)


def read_item(item: Element) -> Question | Unmapped:
    """The item as a question, or why it has no capa counterpart."""
    profile = _profile(item)
    kind = profile.rsplit(".v", 1)[0] if ".v" in profile else profile
    if not kind:
        return Unmapped("it names no Common Cartridge question type (no cc_profile)")
    if kind in _UNMAPPED:
        return Unmapped(_UNMAPPED[kind])
    presentation = next(iter(children(item, "presentation")), None)
    if presentation is None:
        return Unmapped("the question has no presentation (no text to show)")
    if kind in ("cc.multiple_choice", "cc.true_false", "cc.multiple_response"):
        question = _choices(item, presentation, kind)
    elif kind == "cc.fib":
        question = _blank(item, presentation)
    else:
        return Unmapped(f"'{profile}' questions have no capa counterpart here")
    if isinstance(question, Question) and not question.prompt:
        question.prompt = (item.get("title") or "").strip() or "Question"
    return question


def read_items(root: Element) -> list[Item]:
    """Every item of the assessment file, in order."""
    found = []
    for number, item in enumerate(descendants(root, "item"), start=1):
        title = _SPACE.sub(" ", item.get("title") or "").strip()[:255] or f"Question {number}"
        found.append(Item(item.get("ident") or "", title, read_item(item)))
    return found
