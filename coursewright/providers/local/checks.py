"""Checks on the local generator's answers, and on any content the local provider stores.

An answer is used only once it passes: the outline must fit `OutlineSection`, a page must show
text once sanitised, a problem must be gradable capa; none may carry assistant chatter. A failed
check raises `Rejected`: its `feedback` goes back to the model, its `reason` (never quoting the
answer) into coursewright's report.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import TypeAdapter, ValidationError

from coursewright.capa import is_blank_html, problem_issues
from coursewright.errors import InvalidInput
from coursewright.guardrails.prose import leaked_chatter
from coursewright.guardrails.sanitize import sanitize_html, unsafe_parts
from coursewright.model import OutlineSection

_FENCE = re.compile(r"^\s*```[\w+-]*[ \t]*\n(?P<body>.*?)\n?```\s*$", re.DOTALL)
_PROBLEM_KINDS = frozenset(
    {"problem", "quiz", "question", "questions", "assessment", "exercise", "check", "test"}
)
_OUTLINE = TypeAdapter(list[OutlineSection])


class Rejected(Exception):
    """An answer failed a check: `feedback` goes back to the model, `reason` into coursewright's report."""

    def __init__(self, reason: str, feedback: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.feedback = feedback or reason


def strip_fences(text: str) -> str:
    """The body of a markdown code fence wrapping the whole answer (models add them unasked)."""
    match = _FENCE.match(text)
    return match.group("body").strip() if match else text.strip()


def _normalised_outline(data: Any) -> Any:
    """Accept `{"sections": [...]}` or a bare list; map kind synonyms onto html/problem."""
    sections = data.get("sections") if isinstance(data, dict) else data
    if not isinstance(sections, list):
        raise Rejected(
            'the JSON has no "sections" list',
            'The JSON object must have a "sections" key holding the list of sections.',
        )
    for unit in _dicts_at(sections, ("subsections", "units")):
        kind = str(unit.get("kind") or "html").strip().lower()
        unit["kind"] = "problem" if kind in _PROBLEM_KINDS else "html"
    return sections


def _dicts_at(items: list[Any], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """The dicts found by following `keys` down through lists of dicts (anything else is skipped)."""
    found = [item for item in items if isinstance(item, dict)]
    for key in keys:
        found = [
            child
            for parent in found
            if isinstance(parent.get(key), list)
            for child in parent[key]
            if isinstance(child, dict)
        ]
    return found


def _validation_summary(error: ValidationError) -> str:
    """Field paths and pydantic's messages only: never the offending values."""
    parts = []
    for item in error.errors(include_input=False, include_url=False)[:3]:
        path = "sections" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in item["loc"])
        parts.append(f"{path}: {item['msg']}")
    more = len(error.errors()) - len(parts)
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def parse_outline(answer: str, sections: int) -> list[OutlineSection]:
    """The outline in the answer, or `Rejected` saying what is wrong with it."""
    try:
        data = json.loads(strip_fences(answer))
    except ValueError:
        raise Rejected("the answer was not valid JSON", "The answer was not valid JSON.") from None
    try:
        outline = _OUTLINE.validate_python(_normalised_outline(data))
    except ValidationError as exc:
        summary = _validation_summary(exc)
        raise Rejected(
            f"it does not fit the outline shape ({summary})", f"It does not fit the shape: {summary}."
        ) from None
    if len(outline) != sections:
        raise Rejected(
            f"it has {len(outline)} sections, not the {sections} asked for",
            f"It has {len(outline)} sections; the course needs exactly {sections}.",
        )
    return outline


def _leaked_phrase(html: str) -> str | None:
    return leaked_chatter(html)


def check_html(answer: str) -> str:
    """The sanitised page, or `Rejected` when it would show nothing or carries chatter."""
    html = sanitize_html(strip_fences(answer)).html.strip()
    if is_blank_html(html):
        raise Rejected("the page shows no text once unsafe HTML is removed", "The page had no visible text.")
    leaked = _leaked_phrase(html)
    if leaked:
        raise Rejected(
            f"the page contains assistant chatter ('{leaked}')",
            f"The page contains assistant chatter ('{leaked}'): write only course text.",
        )
    return html


def check_problem(answer: str) -> str:
    """The problem XML, or `Rejected` when capa could not grade it or it is unsafe."""
    xml = strip_fences(answer)
    start = xml.find("<problem")
    if start > 0 and not xml[:start].strip().startswith("<"):
        xml = xml[start:]  # a sentence before the XML is chatter, not part of the problem
    issues = problem_issues(xml)
    if issues:
        # capa's messages may quote attribute values from the answer: the model sees them, reports do not.
        raise Rejected(
            "its problem XML cannot be graded", "The problem cannot be graded: " + " ".join(issues)
        )
    if unsafe_parts(xml):
        raise Rejected(
            "the problem holds unsafe HTML", "The problem holds scripts or event handlers; remove them."
        )
    leaked = _leaked_phrase(xml)
    if leaked:
        raise Rejected(
            f"the problem contains assistant chatter ('{leaked}')",
            f"The problem contains assistant chatter ('{leaked}'): write only the problem.",
        )
    return xml


def check_content(block_type: str, content: str | None) -> None:
    """A bad problem is refused when it is written, not discovered at export."""
    if block_type == "problem" and content:
        issues = problem_issues(content)
        if issues:
            raise InvalidInput(
                "The problem XML cannot be graded: " + " ".join(issues),
                "Send a <problem> with one response element, an input, and a correct answer.",
            )
