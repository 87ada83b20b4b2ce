"""Capa problems read as plain questions, the shape every quiz format can write.

Five capa responses map: single choice (multiple choice, true/false, option list), multiple
response (checkboxes), text answer and number (with its tolerance). Anything else, and a
problem with more than one response, is reported as not expressible, never dropped.
`capa_of` is the way back, for the importers: a question as the capa `read_question` reads.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Literal
from xml.etree.ElementTree import Element

from coursewright.capa import parse_problem

Kind = Literal["single", "multiple", "text", "number"]

#: Capa response -> the question kind it becomes.
MAPPED: dict[str, Kind] = {
    "multiplechoiceresponse": "single",
    "truefalseresponse": "single",
    "optionresponse": "single",
    "choiceresponse": "multiple",
    "stringresponse": "text",
    "numericalresponse": "number",
}
_SPACE = re.compile(r"\s+")
_SKIP_TEXT = frozenset({"choicehint", "optionhint", "solution", "script", "correcthint", "hintgroup"})


@dataclass
class Question:
    kind: Kind
    prompt: str
    choices: list[tuple[str, bool]] = field(default_factory=list)
    #: Accepted answers (text and number questions).
    answers: list[str] = field(default_factory=list)
    case_sensitive: bool = True
    #: Number questions: the tolerance as written in capa ("0.5", "5%"), "" for exact.
    tolerance: str = ""


@dataclass(frozen=True)
class Unmapped:
    reason: str


def _tag(element: Element) -> str:
    return element.tag if isinstance(element.tag, str) else ""


def _text(element: Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if _tag(child) not in _SKIP_TEXT and _tag(child) not in MAPPED:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return _SPACE.sub(" ", "".join(parts)).strip()


def _prompt(root: Element, response: Element) -> str:
    for element in response.iter("label"):
        if _text(element):
            return _text(element)
    texts = [_text(el) for el in list(root) + list(response) if _tag(el) in ("p", "description", "div")]
    return " ".join(t for t in texts if t)


def _choices(group: Element) -> list[tuple[str, bool]]:
    return [
        (_text(choice), (choice.get("correct") or "").strip().lower() == "true")
        for choice in group
        if _tag(choice) == "choice"
    ]


def _options(response: Element) -> list[tuple[str, bool]] | None:
    select = response.find("optioninput")
    if select is None:
        return None
    options = [o for o in select if _tag(o) == "option"]
    if options:
        return [(_text(o), (o.get("correct") or "").strip().lower() == "true") for o in options]
    try:
        values = ast.literal_eval(f"[{(select.get('options') or '').strip('()')}]")
    except (ValueError, SyntaxError):
        return None
    correct = (select.get("correct") or "").strip()
    return [(str(v), str(v) == correct) for v in values]


def read_question(xml: str) -> Question | Unmapped:
    """The problem as a question, or why no quiz format here can express it."""
    root, error = parse_problem(xml or "")
    if root is None:
        return Unmapped(error or "The problem XML could not be read.")
    responses = [el for el in root.iter() if _tag(el).endswith("response")]
    if len(responses) != 1:
        return Unmapped(f"a problem with {len(responses)} response parts (only single-part problems map)")
    response = responses[0]
    tag = _tag(response)
    kind = MAPPED.get(tag)
    if kind is None:
        return Unmapped(f"<{tag}> has no equivalent in this format")
    question = Question(kind=kind, prompt=_prompt(root, response) or "Question")
    if tag == "optionresponse":
        options = _options(response)
        if not options:
            return Unmapped("an <optionresponse> without readable options")
        question.choices = options
    elif kind in ("single", "multiple"):
        group = next((g for g in response if _tag(g) in ("choicegroup", "checkboxgroup", "radiogroup")), None)
        question.choices = _choices(group) if group is not None else []
    elif kind == "text":
        answers = [response.get("answer") or ""]
        answers += [(a.get("answer") or "").strip() for a in response.iter("additional_answer")]
        question.answers = [a.strip() for a in answers if a.strip()]
        question.case_sensitive = "ci" not in (response.get("type") or "").split()
        if "regexp" in (response.get("type") or "").split():
            return Unmapped("a <stringresponse> matched by regular expression")
    else:
        answer = (response.get("answer") or "").strip()
        try:
            float(answer)
        except ValueError:
            return Unmapped("a <numericalresponse> whose answer is an expression or a range")
        question.answers = [answer]
        for param in response.iter("responseparam"):
            if param.get("type") == "tolerance":
                question.tolerance = (param.get("default") or "").strip()
    if kind in ("single", "multiple") and not any(correct for _, correct in question.choices):
        return Unmapped("a choice problem with no correct choice")
    if kind in ("text", "number") and not question.answers:
        return Unmapped("a text or number problem with no answer")
    return question


def tolerance_of(question: Question) -> tuple[str, float]:
    """("absolute" | "relative" | "exact", amount): capa's tolerance in QTI's terms."""
    text = question.tolerance
    if not text:
        return "exact", 0.0
    try:
        if text.endswith("%"):
            return "relative", float(text[:-1])
        return "absolute", float(text)
    except ValueError:
        return "exact", 0.0


def capa_of(question: Question) -> str:
    """The capa problem that `read_question` reads back as the same question (the inverse mapping,
    used by the importers)."""
    from xml.sax.saxutils import escape, quoteattr

    label = f"<label>{escape(question.prompt)}</label>"
    if question.kind in ("single", "multiple"):
        choices = "".join(
            f'<choice correct="{"true" if correct else "false"}">{escape(text)}</choice>'
            for text, correct in question.choices
        )
        if question.kind == "single":
            return (
                f"<problem><multiplechoiceresponse>{label}"
                f'<choicegroup type="MultipleChoice">{choices}</choicegroup></multiplechoiceresponse></problem>'
            )
        return f"<problem><choiceresponse>{label}<checkboxgroup>{choices}</checkboxgroup></choiceresponse></problem>"
    first, *more = question.answers or [""]
    if question.kind == "text":
        case = "" if question.case_sensitive else ' type="ci"'
        extra = "".join(f"<additional_answer answer={quoteattr(a)}/>" for a in more)
        return (
            f"<problem><stringresponse answer={quoteattr(first)}{case}>{label}{extra}"
            '<textline size="20"/></stringresponse></problem>'
        )
    tolerance = (
        f'<responseparam type="tolerance" default={quoteattr(question.tolerance)}/>'
        if question.tolerance
        else ""
    )
    return (
        f"<problem><numericalresponse answer={quoteattr(first)}>{label}{tolerance}"
        "<formulaequationinput/></numericalresponse></problem>"
    )
