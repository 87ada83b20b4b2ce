"""The review publish insists on: what would embarrass the instructor in front of learners.

Blocking findings are defects a learner would hit (empty units, ungradable problems,
assistant chatter and placeholders in the course's own voice, unsafe HTML, content still
being drafted, a length far from the brief's). Warnings are matters of judgement
(repeated titles, chatter the course quotes, a length somewhat off or not readable).
The prose and length checks live in `review_text`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from coursewright.capa import problem_issues
from coursewright.guardrails.findings import Finding, ReviewReport, Severity
from coursewright.guardrails.prose import shows_something
from coursewright.guardrails.review_text import expected_units, length_findings, prose_findings
from coursewright.guardrails.sanitize import unsafe_parts
from coursewright.model import Block, Brief, Course, content_stamp

__all__ = ["Finding", "ReviewReport", "Severity", "expected_units", "review_course"]
#: The finding for a course whose content the platform's API does not show.
NOT_REVIEWED = "content_not_reviewed"


def _name(block: Block) -> str:
    return f"{block.type} '{block.display_name}'"


def _component_is_empty(block: Block) -> bool:
    if block.type == "html":
        return not shows_something(block.content)
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
        if not unit.children and shows_something(unit.content):
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


def _walk(block: Block, topic: str) -> Iterable[tuple[Block, str]]:
    """Every block with the titles above it (what decides whether 'lorem ipsum' is the subject)."""
    yield block, topic
    for child in block.children:
        yield from _walk(child, f"{topic}\n{block.display_name}")


def review_course(course: Course, brief: Brief | None, *, pending_units: Iterable[str] = ()) -> ReviewReport:
    """Check the course as it is now; the stamp ties the verdict to this exact content.

    A course whose platform does not expose its content cannot be checked: the review says so
    plainly (`content_not_reviewed`) instead of blocking forever or passing having read nothing.
    """
    if not course.content_readable:
        return ReviewReport(
            ok=True,
            warnings=[
                Finding(
                    severity="warning",
                    block_id=None,
                    code=NOT_REVIEWED,
                    problem="Content not reviewed: the platform's API does not expose it.",
                    fix=f"Open the course on {course.provider} and read it before publishing.",
                )
            ],
            stamp=content_stamp(course),
            counts=course.counts(),
            next_step="Tell the user the content was not reviewed and where to read it; publish only if they agree.",
        )
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
    for block, topic in _walk(course.root, ""):
        if block.type != "course":
            findings += prose_findings(block, topic)
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
    findings += length_findings(course, brief)
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
