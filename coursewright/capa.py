"""Checks that a capa problem can be graded, and that an html body says something.

olxcleaner and Studio import both accept problems that can never be answered
(no response, no correct choice), so these checks run when the problem is
written, where the agent can still fix it. Parsing is defused: no DTDs, no entities.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

#: Response element -> the input elements capa accepts inside it.
RESPONSE_INPUTS: dict[str, frozenset[str]] = {
    "multiplechoiceresponse": frozenset({"choicegroup"}),
    "truefalseresponse": frozenset({"choicegroup"}),
    "choiceresponse": frozenset({"checkboxgroup", "radiogroup"}),
    "optionresponse": frozenset({"optioninput"}),
    "stringresponse": frozenset({"textline"}),
    "numericalresponse": frozenset({"textline", "formulaequationinput"}),
    "formularesponse": frozenset({"textline", "formulaequationinput"}),
    "customresponse": frozenset(
        {"textline", "textbox", "jsinput", "formulaequationinput", "chemicalequationinput", "choicegroup"}
    ),
    "symbolicresponse": frozenset({"textline", "textbox", "formulaequationinput"}),
    "choicetextresponse": frozenset({"radiotextgroup", "checkboxtextgroup"}),
    "imageresponse": frozenset({"imageinput"}),
    "coderesponse": frozenset({"textbox", "filesubmission"}),
    "externalresponse": frozenset({"textbox", "textline"}),
    "schematicresponse": frozenset({"schematic"}),
    "annotationresponse": frozenset({"annotationinput"}),
}
ALL_INPUTS: frozenset[str] = frozenset().union(*RESPONSE_INPUTS.values())
_SINGLE_INPUT = {"multiplechoiceresponse", "truefalseresponse", "choiceresponse", "stringresponse"}
_NUMBER = re.compile(r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$")
_RANGE = re.compile(r"^\s*[\[(]\s*[^,]+,\s*[^,]+[\])]\s*$")


def parse_problem(xml: str) -> tuple[Element | None, str | None]:
    """The parsed root, or the reason the text is not safe, well-formed XML."""
    try:
        return fromstring(xml), None
    except DefusedXmlException:
        return None, "The XML declares a DTD or entities, which are not allowed."
    except ParseError as exc:
        line = getattr(exc, "position", (None,))[0]
        where = f" (line {line})" if line else ""
        return None, f"The XML is not well formed{where}."


def _is_true(value: str | None) -> bool:
    return (value or "").strip().lower() == "true"


def _inputs_of(response: Element) -> list[Element]:
    return [el for el in response.iter() if el.tag in ALL_INPUTS]


def _choice_issues(tag: str, group: Element) -> list[str]:
    choices = [c for c in group if c.tag == "choice"]
    if len(choices) < 2:
        return [f"The {tag} in a {group.tag} needs at least two choices."]
    if any(c.get("correct") is None for c in choices):
        return [f'Every <choice> in the {group.tag} needs correct="true" or correct="false".']
    correct = sum(_is_true(c.get("correct")) for c in choices)
    if correct == 0:
        return [f'No <choice> in the {group.tag} is marked correct="true".']
    if group.tag == "choicegroup" and tag in ("multiplechoiceresponse", "truefalseresponse") and correct > 1:
        return [
            f"A single-select {tag} has {correct} correct choices; use <choiceresponse> with "
            "<checkboxgroup> for multi-select."
        ]
    return []


def _option_issues(optioninput: Element) -> list[str]:
    options = [o for o in optioninput if o.tag == "option"]
    if options:
        if not any(_is_true(o.get("correct")) for o in options):
            return ['No <option> in the optioninput is marked correct="True".']
        return []
    listed = optioninput.get("options")
    correct = optioninput.get("correct")
    if not listed or not correct:
        return ["The optioninput needs <option> children or both options=... and correct=... attributes."]
    if correct.strip("'\" ") not in re.findall(r"'([^']*)'", listed):
        return [f"The optioninput's correct value {correct!r} is not one of its options."]
    return []


def _response_issues(response: Element) -> list[str]:
    tag = response.tag
    inputs = _inputs_of(response)
    allowed = RESPONSE_INPUTS[tag]
    if not inputs:
        return [f"The <{tag}> has no input element (expected one of {', '.join(sorted(allowed))})."]
    wrong = sorted({el.tag for el in inputs if el.tag not in allowed})
    if wrong:
        return [
            f"<{tag}> cannot hold {', '.join('<' + w + '>' for w in wrong)}; use {', '.join(sorted(allowed))}."
        ]
    if tag in _SINGLE_INPUT and len(inputs) > 1:
        return [f"<{tag}> takes exactly one input element, not {len(inputs)}."]
    issues: list[str] = []
    for element in inputs:
        if element.tag in ("choicegroup", "checkboxgroup", "radiogroup"):
            issues += _choice_issues(tag, element)
        elif element.tag == "optioninput":
            issues += _option_issues(element)
    if tag == "stringresponse" and not (response.get("answer") or "").strip():
        issues.append('The <stringresponse> needs an answer="..." attribute.')
    if tag in ("numericalresponse", "formularesponse"):
        answer = (response.get("answer") or "").strip()
        if not answer:
            issues.append(f'The <{tag}> needs an answer="..." attribute.')
        elif (
            tag == "numericalresponse"
            and not answer.startswith("$")
            and not _NUMBER.match(answer)
            and not _RANGE.match(answer)
        ):
            issues.append(f"The numericalresponse answer {answer!r} is not a number.")
        if tag == "formularesponse" and not (response.get("samples") or "").strip():
            issues.append('The <formularesponse> needs a samples="..." attribute.')
    return issues


def problem_issues(xml: str) -> list[str]:
    """Why the problem cannot be graded; empty when it can."""
    if not xml or not xml.strip():
        return ["The problem is empty."]
    root, error = parse_problem(xml.strip())
    if root is None:
        return [error or "The XML cannot be read."]
    if root.tag != "problem":
        return [f"The root element is <{root.tag}>; a problem must be wrapped in <problem>...</problem>."]
    responses = [el for el in root.iter() if el.tag in RESPONSE_INPUTS]
    if not responses:
        return [
            "The problem has no response element (such as <multiplechoiceresponse>), so it cannot be graded."
        ]
    issues: list[str] = []
    for response in responses:
        issues += _response_issues(response)
    return issues


_TAG = re.compile(r"<[^>]*>")
_MEDIA = re.compile(r"<\s*(img|iframe|video|audio|object|svg)\b", re.IGNORECASE)


def visible_text(html: str) -> str:
    """The words a learner would read, tags and entities aside."""
    text = _TAG.sub(" ", html or "")
    text = re.sub(r"&nbsp;|&#160;", " ", text)
    return " ".join(text.split())


def is_blank_html(html: str | None) -> bool:
    """True when an html body shows nothing: no words and no media."""
    if not html:
        return True
    return not visible_text(html) and not _MEDIA.search(html)
