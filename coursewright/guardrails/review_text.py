"""The review's editor: chatter and placeholders in what the course says, and its length.

Chatter (a model talking to whoever prompted it) and placeholders (an unfinished draft)
block publishing when the course says them in its own voice; when the course quotes them
(code, a quotation, a blockquote) they are only warned about. Length is compared with
the size the brief asks for (`course_size`: a stated unit count, else its learner time); when that cannot be read, the
review says so rather than passing the check in silence.
"""

from __future__ import annotations

from coursewright.guardrails.course_size import course_size
from coursewright.guardrails.findings import Finding, Severity
from coursewright.guardrails.prose import ProseHit, prose_hits, title_hits
from coursewright.model import Block, Brief, Course

#: Beyond these ratios of units to the brief's hours, the course is not what was asked for.
BLOCK_RATIO = 4.0
WARN_RATIO = 2.0

_FIX = {
    "chatter": "Rewrite the passage as course text addressed to the learner, or re-draft the unit.",
    "placeholder": "Write the missing text (or remove the placeholder) before publishing.",
}
_QUOTED_FIX = {
    "chatter": "If the course quotes it on purpose (an example of a model's reply), keep it; otherwise rewrite it.",
    "placeholder": "If the course shows it on purpose (a template, starter code), keep it; otherwise fill it in.",
}


def _name(block: Block) -> str:
    return f"{block.type} '{block.display_name}'"


def _finding(block: Block, hit: ProseHit, where: str) -> Finding:
    what = "assistant chatter" if hit.kind == "chatter" else "a placeholder"
    if hit.quoted:
        return Finding(
            severity="warning",
            block_id=block.id,
            code=f"quoted_{hit.kind}",
            problem=f"The {_name(block)} quotes {what} ('{hit.phrase}') in code or quotation marks.",
            fix=_QUOTED_FIX[hit.kind],
        )
    return Finding(
        severity="blocking",
        block_id=block.id,
        code=hit.kind,
        problem=f"The {_name(block)} has {what} in its {where} ('{hit.phrase}').",
        fix=_FIX[hit.kind],
    )


def prose_findings(block: Block, topic: str) -> list[Finding]:
    """Chatter and placeholders in a block's title and content; `topic` is its ancestors' titles."""
    findings = [_finding(block, hit, "title") for hit in title_hits(block.display_name, topic=topic)]
    if block.type in ("html", "problem", "unit") and block.content:
        seen = {(f.code) for f in findings}
        for hit in prose_hits(block.content, topic=f"{topic}\n{block.display_name}"):
            finding = _finding(block, hit, "text")
            if finding.code not in seen:
                findings.append(finding)
    return findings


def expected_units(brief: Brief | None) -> int | None:
    """The units the brief asks for (`course_size`: a stated count, else one unit per learner hour)."""
    return None if brief is None else course_size(brief).units


def length_findings(course: Course, brief: Brief | None) -> list[Finding]:
    """Off by more than 4x blocks (five times the brief's length is another course); by 2x warns."""
    units = len(course.units())
    if units == 0:
        return []
    if brief is None:
        return [
            Finding(
                severity="warning",
                code="length_unchecked",
                problem="No brief is on record for this course, so its length was not compared with one.",
                fix="Check with the user that the number of units fits the learners' time.",
            )
        ]
    size = course_size(brief)
    if size.units is None:
        return [
            Finding(
                severity="warning",
                code="length_unchecked",
                problem=(
                    f"The brief's study time could not be read ({size.basis}), so the course's "
                    f"{units} units were not compared with it."
                ),
                fix=(
                    "Ask the user how much time learners have (e.g. '3 hours a week for 6 weeks' or "
                    "'12 hours in total') and check the number of units against it."
                ),
            )
        ]
    expected = max(1, size.units)
    ratio = units / expected
    if 1 / WARN_RATIO <= ratio <= WARN_RATIO:
        return []
    severity: Severity = "blocking" if ratio > BLOCK_RATIO or ratio < 1 / BLOCK_RATIO else "warning"
    return [
        Finding(
            severity=severity,
            code="length_mismatch",
            problem=f"The course has {units} units; {size.basis} suggests about {expected}.",
            fix="Add or remove units or sections, or agree a different length with the user and update the brief.",
        )
    ]
