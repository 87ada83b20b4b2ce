"""Checks that a capa problem can be graded, and that an html body says something.

olxcleaner and Studio import both accept problems that can never be answered
(no response, no correct choice), so these checks run when the problem is
written, where the agent can still fix it, and again in the review for what a
platform generated. Parsing is defused: no DOCTYPE (internal or external), no
entities, no processing instructions. The only script a problem may carry is
capa's grader, `<script type="loncapa/python">`; what each response type needs is
in `capa_grading`.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from coursewright.capa_grading import ALL_INPUTS, RESPONSE_INPUTS, Script, response_issues

__all__ = [
    "ALL_INPUTS",
    "RESPONSE_INPUTS",
    "GRADER_SCRIPT",
    "is_blank_html",
    "parse_problem",
    "problem_issues",
]

#: The one script type a problem may hold: capa runs it server-side as Python.
GRADER_SCRIPT = "loncapa/python"
_BEFORE_PROBLEM = re.compile(
    r"\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)\s*)*<problem[\s>/]",
    re.DOTALL | re.IGNORECASE,
)


def looks_like_problem(content: str) -> bool:
    """True for capa problem XML, also behind an XML declaration, a DOCTYPE or an instruction
    (which `problem_issues` then refuses), so it is never mistaken for an html page."""
    return bool(_BEFORE_PROBLEM.match(content or ""))


def parse_problem(xml: str) -> tuple[Element | None, str | None]:
    """The parsed root, or the reason the text is not safe, well-formed XML."""
    instructions: list[str] = []
    parser = DefusedXMLParser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    parser.parser.ProcessingInstructionHandler = lambda target, data: instructions.append(target)
    try:
        parser.feed(xml)
        root = parser.close()
    except DefusedXmlException:
        return (
            None,
            "The XML has a DOCTYPE or entity declarations, which problems may not carry; remove them.",
        )
    except ParseError as exc:
        line = getattr(exc, "position", (None,))[0]
        where = f" (line {line})" if line else ""
        return None, f"The XML is not well formed{where}."
    if instructions:
        return None, (
            f"The XML has a processing instruction (<?{instructions[0]} ...?>), which problems may not carry; "
            "remove it."
        )
    return root, None


def _script_issues(root: Element) -> tuple[list[str], Script]:
    graders: list[str] = []
    issues: list[str] = []
    for script in root.iter("script"):
        kind = (script.get("type") or "").strip().lower()
        if kind != GRADER_SCRIPT:
            issues.append(
                f'A <script type="{kind or "(none)"}"> is not allowed in a problem; the only script a problem '
                f'may carry is its grader, <script type="{GRADER_SCRIPT}">.'
            )
        elif script.get("src"):
            issues.append(f'The <script type="{GRADER_SCRIPT}"> must hold its code inline, not load src=....')
        else:
            graders.append(script.text or "")
    code = Script(graders)
    if code.error:
        issues.append(code.error)
    return issues, code


def problem_issues(xml: str) -> list[str]:
    """Why the problem cannot be graded (or may not be stored); empty when it can."""
    if not xml or not xml.strip():
        return ["The problem is empty."]
    root, error = parse_problem(xml.strip())
    if root is None:
        return [error or "The XML cannot be read."]
    if root.tag != "problem":
        return [f"The root element is <{root.tag}>; a problem must be wrapped in <problem>...</problem>."]
    issues, script = _script_issues(root)
    responses = [el for el in root.iter() if el.tag in RESPONSE_INPUTS]
    if not responses:
        return issues + [
            "The problem has no response element (such as <multiplechoiceresponse>), so it cannot be graded."
        ]
    for response in responses:
        issues += response_issues(response, script)
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
