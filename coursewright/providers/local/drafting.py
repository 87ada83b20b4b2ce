"""The local provider's drafting: which units to draft, the generator drafting them a few at a
time, and what the answer says about those that failed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import anyio

from coursewright.capa import is_blank_html
from coursewright.errors import (
    AuthFailed,
    CoursewrightError,
    Forbidden,
    InvalidInput,
    NotConfigured,
    NotFound,
)
from coursewright.guardrails.sanitize import sanitize_html
from coursewright.model import Block, Brief, Course, DraftResult
from coursewright.providers.base import ProgressFn
from coursewright.providers.local.checks import check_content
from coursewright.providers.local.generate import LlmGenerator
from coursewright.providers.local.prompts import ReferenceText, UnitKind, UnitPlace

#: Units drafted at once: enough to keep a remote endpoint busy, few enough for a local model.
DRAFT_CONCURRENCY = 3
#: Reference files the generator can read as text (others shaped nothing but the agent's reading).
TEXT_REFERENCE_SUFFIXES = (".txt", ".md", ".markdown")
#: Failures that would fail every other unit the same way: stop asking.
FATAL_FAILURES = (AuthFailed, Forbidden, NotConfigured, NotFound)


def unit_is_empty(unit) -> bool:
    return not unit.children or all(
        is_blank_html(c.content) if c.type == "html" else not (c.content or "").strip() for c in unit.children
    )


@dataclass(frozen=True)
class DraftJob:
    unit: Block
    place: UnitPlace
    kind: UnitKind


def text_references(files: list[tuple[str, bytes]]) -> list[ReferenceText]:
    return [
        ReferenceText(name, data.decode("utf-8", errors="replace"))
        for name, data in files
        if name.lower().endswith(TEXT_REFERENCE_SUFFIXES)
    ]


def chosen_units(course: Course, unit_ids: list[str] | None) -> list[Block]:
    units = course.units()
    if not unit_ids:
        return units
    by_id = {unit.id: unit for unit in units}
    unknown = [u for u in dict.fromkeys(unit_ids) if u not in by_id]
    if unknown:
        raise InvalidInput(
            f"These ids are not units of course {course.course_id}: {', '.join(unknown[:5])}.",
            "Pass unit ids from get_course (blocks of type unit), or leave unit_ids empty to draft every empty unit.",
        )
    return [by_id[u] for u in dict.fromkeys(unit_ids)]


def draft_jobs(course: Course, kinds: dict[str, str]) -> list[DraftJob]:
    """Every unit with its place in the course and what to write for it, in reading order."""
    jobs = []
    for section in course.root.children:
        for subsection in section.children:
            for unit in subsection.children:
                if unit.type != "unit":
                    continue
                kind = kinds.get(unit.id) or next((c.type for c in unit.children), "html")
                place = UnitPlace(
                    course.title, section.display_name, subsection.display_name, unit.display_name
                )
                # A video unit cannot be generated; a text lesson stands in until the agent adds the video.
                jobs.append(DraftJob(unit, place, "problem" if kind == "problem" else "html"))
    return jobs


def draft_result(
    course_id: str,
    model: str,
    jobs: list[DraftJob],
    drafted: set[str],
    failed: dict[str, CoursewrightError],
    skipped: list[str],
) -> DraftResult:
    if not drafted:
        first = next(iter(failed.values()))
        raise type(first)(
            f"None of the {len(jobs)} unit(s) could be drafted: {first.what}",
            first.next_step
            or "Write the units yourself with edit_xblock, or call draft_content again later.",
        )
    detail = f"Drafted {len(drafted)} unit(s) with {model}; each passed the HTML or problem check before it was stored."
    if failed:
        titles = {job.unit.id: job.unit.display_name for job in jobs}
        listed = "; ".join(f"'{titles[u]}' ({u})" for u in list(failed)[:5])
        more = f" and {len(failed) - 5} more" if len(failed) > 5 else ""
        reason = next(iter(failed.values())).what
        detail += (
            f" Could not draft {len(failed)}: {listed}{more}; the first failure: {reason} Those units are still "
            "empty (or unchanged): call draft_content with their unit_ids again, or write them with edit_xblock."
        )
    return DraftResult(
        course_id=course_id,
        started=False,
        drafted=[job.unit.id for job in jobs if job.unit.id in drafted],
        skipped=skipped,
        failed=[job.unit.id for job in jobs if job.unit.id in failed],
        detail=detail,
    )


async def draft(
    generator: LlmGenerator,
    brief: Brief,
    references: list[ReferenceText],
    jobs: list[DraftJob],
    progress: ProgressFn,
    save: Callable[[str, str], Awaitable[None]],
) -> tuple[set[str], dict[str, CoursewrightError]]:
    """Draft every job, a few at a time; `save(unit_id, content)` stores each that passes its check.

    A failure leaves its unit as it was; a failure that would fail every other unit stops the rest.
    """
    limiter = anyio.CapacityLimiter(DRAFT_CONCURRENCY)
    drafted: set[str] = set()
    failed: dict[str, CoursewrightError] = {}
    stopped: list[CoursewrightError] = []
    await progress(0.0, float(len(jobs)), f"Drafting {len(jobs)} unit(s) with {generator.model}")

    async def draft_one(job: DraftJob) -> None:
        async with limiter:
            try:
                if stopped:
                    raise stopped[0]
                content = await generator.unit_content(brief, job.place, job.kind, references)
                if job.kind == "html":
                    content = sanitize_html(content).html  # the same allow-list edit_xblock applies
                check_content(job.kind, content)
                await save(job.unit.id, content)
                drafted.add(job.unit.id)
            except CoursewrightError as exc:
                failed[job.unit.id] = exc
                if isinstance(exc, FATAL_FAILURES) and not stopped:
                    stopped.append(exc)
            done = len(drafted) + len(failed)
            await progress(float(done), float(len(jobs)), f"Drafted {len(drafted)} of {len(jobs)} units")

    async with anyio.create_task_group() as group:
        for job in jobs:
            group.start_soon(draft_one, job)
    return drafted, failed
