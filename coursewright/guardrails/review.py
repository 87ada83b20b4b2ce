"""The review publish insists on: what would embarrass the instructor in front of learners.

Blocking findings are defects a learner would hit (empty units, ungradable problems,
leaked assistant chatter, unsafe HTML, content still being drafted). Warnings are
matters of judgement (repeated titles, a length that does not fit the brief).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, Field

from coursewright.capa import is_blank_html, problem_issues, visible_text
from coursewright.guardrails.sanitize import unsafe_parts
from coursewright.model import Block, Brief, Course, content_stamp

Severity = Literal["blocking", "warning"]

#: Phrases that only appear when a model's chatter leaked into the page.
LEAKED_PHRASES: tuple[str, ...] = (
    "as an ai",
    "as a language model",
    "as an ai language model",
    "i'm an ai",
    "i am an ai",
    "here is the lesson",
    "here's the lesson",
    "here is your",
    "here's your",
    "here is a lesson",
    "i hope this helps",
    "hope this helps",
    "certainly!",
    "sure! here",
    "sure, here",
    "let me know if you",
    "feel free to ask",
    "i cannot browse",
    "my knowledge cutoff",
    "[insert",
    "lorem ipsum",
)
_WEEKS = re.compile(r"(\d+(?:\.\d+)?)\s*(?:-|–|to\s*)?(?:\d+\s*)?weeks?\b", re.IGNORECASE)
_HOURS_PER_WEEK = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:-|–|to)?\s*(\d+(?:\.\d+)?)?\s*(?:h|hrs?|hours?)\s*(?:/|a|per|each|every)\s*(?:week|wk)",
    re.IGNORECASE,
)


class Finding(BaseModel):
    severity: Severity
    block_id: str | None = Field(default=None, description="The block to fix; empty for the whole course.")
    code: str = Field(description="Stable name of the check, e.g. empty_unit.")
    problem: str
    fix: str


class ReviewReport(BaseModel):
    ok: bool = Field(description="True when nothing blocks publishing.")
    blocking: list[Finding] = Field(default_factory=list)
    warnings: list[Finding] = Field(default_factory=list)
    stamp: str = Field(
        description="Digest of the content reviewed; publish needs a review of the current stamp."
    )
    counts: dict[str, int] = Field(default_factory=dict)
    next_step: str = ""


def _name(block: Block) -> str:
    return f"{block.type} '{block.display_name}'"


def _component_is_empty(block: Block) -> bool:
    if block.type == "html":
        return is_blank_html(block.content)
    return not (block.content or "").strip()


def _unit_findings(unit: Block, pending: set[str]) -> list[Finding]:
    if unit.id in pending:
        return [
            Finding(
                severity="blocking",
                block_id=unit.id,
                code="content_pending",
                problem=f"The {_name(unit)} is still being drafted.",
                fix="Wait with poll_until_ready(until='content'), then review again.",
            )
        ]
    if unit.type == "unit" and (not unit.children or all(_component_is_empty(c) for c in unit.children)):
        if not unit.children and (unit.content or "").strip() and not is_blank_html(unit.content):
            return []  # providers that keep a unit's body on the unit itself
        return [
            Finding(
                severity="blocking",
                block_id=unit.id,
                code="empty_unit",
                problem=f"The {_name(unit)} has no content.",
                fix="Write it with edit_xblock(action='update', block_id=<unit>, content=...) or draft_content for this unit.",
            )
        ]
    return []


def _empty_component(block: Block) -> Finding:
    return Finding(
        severity="blocking",
        block_id=block.id,
        code="empty_component",
        problem=f"The {_name(block)} is empty, beside components that have content.",
        fix="Fill it with edit_xblock(action='update', block_id=<component>, content=...) or delete it.",
    )


def _component_findings(block: Block) -> list[Finding]:
    findings: list[Finding] = []
    content = block.content or ""
    if block.type == "problem" and content.strip():
        issues = problem_issues(content)
        if issues:
            findings.append(
                Finding(
                    severity="blocking",
                    block_id=block.id,
                    code="invalid_problem",
                    problem=f"The {_name(block)} cannot be graded: {' '.join(issues)}",
                    fix="Rewrite it as a <problem> with one response element, an input and a correct answer.",
                )
            )
    if block.type == "video" and not content.strip():
        findings.append(
            Finding(
                severity="blocking",
                block_id=block.id,
                code="empty_video",
                problem=f"The {_name(block)} has no video URL.",
                fix="Set its URL with edit_xblock(action='update'), or delete the component.",
            )
        )
    if block.type in ("html", "problem", "unit") and content:
        text = visible_text(content).lower()
        leaked = next((p for p in LEAKED_PHRASES if p in text), None)
        if leaked:
            findings.append(
                Finding(
                    severity="blocking",
                    block_id=block.id,
                    code="leaked_prompt",
                    problem=f"The {_name(block)} contains assistant chatter ('{leaked}').",
                    fix="Rewrite the passage as course text, or re-draft the unit.",
                )
            )
        unsafe = unsafe_parts(content)
        if unsafe:
            findings.append(
                Finding(
                    severity="blocking",
                    block_id=block.id,
                    code="unsafe_html",
                    problem=f"The {_name(block)} has unsafe HTML: {'; '.join(unsafe[:3])}.",
                    fix="Send the content again through edit_xblock, which removes it.",
                )
            )
    return findings


def _title_findings(block: Block) -> list[Finding]:
    findings: list[Finding] = []
    containers = [c for c in block.children if c.type in ("section", "subsection", "unit")]
    if block.type == "section" and containers and _same(containers[0].display_name, block.display_name):
        findings.append(
            Finding(
                severity="warning",
                block_id=containers[0].id,
                code="repeated_title",
                problem=f"The first subsection of section '{block.display_name}' repeats its title.",
                fix="Rename it to say what that part covers (edit_xblock action='update' with display_name).",
            )
        )
    counts = Counter(_fold(c.display_name) for c in containers)
    for child in containers:
        if counts[_fold(child.display_name)] > 1:
            findings.append(
                Finding(
                    severity="warning",
                    block_id=child.id,
                    code="duplicate_title",
                    problem=f"'{child.display_name}' appears more than once under {_name(block)}.",
                    fix="Give each sibling a distinct title, or merge them.",
                )
            )
    if block.type in ("section", "subsection") and not block.children:
        findings.append(
            Finding(
                severity="warning",
                block_id=block.id,
                code="empty_container",
                problem=f"The {_name(block)} has nothing in it.",
                fix="Add units to it, or delete it.",
            )
        )
    return findings


def _fold(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title.lower()).split())


def _same(a: str, b: str) -> bool:
    return _fold(a) == _fold(b)


def expected_units(brief: Brief | None) -> int | None:
    """The seed's rule of thumb: weeks x hours per week ~ units of substantive content."""
    if brief is None:
        return None
    text = f"{brief.description}\n{brief.target_audience}"
    hours = _HOURS_PER_WEEK.search(text)
    weeks = _WEEKS.search(_HOURS_PER_WEEK.sub(" ", text))
    if not hours or not weeks:
        return None
    low = float(hours.group(1))
    high = float(hours.group(2)) if hours.group(2) else low
    return max(1, round(float(weeks.group(1)) * (low + high) / 2))


def _length_findings(course: Course, brief: Brief | None) -> list[Finding]:
    """Off by more than 3x blocks (the course is not what was asked for); off by 2x warns."""
    expected = expected_units(brief)
    units = len(course.units())
    if expected is None or units == 0:
        return []
    ratio = units / expected
    if 0.5 <= ratio <= 2:
        return []
    severity: Severity = "blocking" if ratio < 1 / 3 or ratio > 3 else "warning"
    return [
        Finding(
            severity=severity,
            block_id=None,
            code="length_mismatch",
            problem=f"The course has {units} units; the brief's weeks x hours per week suggests about {expected}.",
            fix="Add or remove units or sections, or agree a different length with the user and update the brief.",
        )
    ]


def review_course(course: Course, brief: Brief | None, *, pending_units: Iterable[str] = ()) -> ReviewReport:
    """Check the course as it is now; the stamp ties the verdict to this exact content."""
    pending = set(pending_units)
    findings: list[Finding] = []
    sections = [c for c in course.root.children if c.type == "section"]
    if not sections:
        findings.append(
            Finding(
                severity="blocking",
                block_id=None,
                code="no_content",
                problem="The course has no sections.",
                fix="Call generate_outline, or add sections with edit_xblock.",
            )
        )
    for block in course.blocks():
        if block.type == "unit":
            unit_findings = _unit_findings(block, pending)
            findings += unit_findings
            if not unit_findings:
                findings += [
                    _empty_component(c)
                    for c in block.children
                    if c.type != "video" and _component_is_empty(c)
                ]
        findings += _component_findings(block)
        findings += _title_findings(block)
    findings += _length_findings(course, brief)
    blocking = [f for f in findings if f.severity == "blocking"]
    warnings = [f for f in findings if f.severity == "warning"]
    if blocking:
        next_step = (
            "Fix the blocking findings with edit_xblock (or draft_content), then call review_course again."
        )
    else:
        next_step = "Show the findings to the user; when they agree, call publish."
    return ReviewReport(
        ok=not blocking,
        blocking=blocking,
        warnings=warnings,
        stamp=content_stamp(course),
        counts=course.counts(),
        next_step=next_step,
    )


def for_platform_without_editing(report: ReviewReport, platform: str) -> ReviewReport:
    """Fixes that name edit_xblock are no use where blocks cannot be edited: point elsewhere."""
    instead = (
        f"{platform} cannot edit blocks through coursewright: fix it in {platform}'s own editor, or "
        "regenerate the course (generate_outline with regenerate=true) with a clearer brief."
    )

    def rewritten(finding: Finding) -> Finding:
        return finding.model_copy(update={"fix": instead}) if "edit_xblock" in finding.fix else finding

    next_step = report.next_step
    if not report.ok:
        next_step = (
            f"Show the blocking findings to the user: on {platform} they are fixed in its own editor, "
            "or by regenerating the course; then call review_course again."
        )
    return report.model_copy(
        update={
            "blocking": [rewritten(f) for f in report.blocking],
            "warnings": [rewritten(f) for f in report.warnings],
            "next_step": next_step,
        }
    )
