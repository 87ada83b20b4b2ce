"""TutorFlow drafting and waiting: lessons generated with the generate stream, and what is still missing.

Drafting generates lessons outside the editor's lock and saves each under it, re-reading the lesson
first. Waiting follows the course request until TutorFlow finishes it, then the lessons left empty.
"""

from __future__ import annotations

import anyio

from coursewright.errors import CoursewrightError, InvalidInput
from coursewright.model import CourseStatus, DraftResult, ReadyState, join_id
from coursewright.providers.base import ProgressFn, WaitTarget
from coursewright.providers.journal import in_thread
from coursewright.providers.tutorflow import wire
from coursewright.providers.tutorflow.canonical import CanonicalLesson, generate_body, with_generated
from coursewright.providers.tutorflow.client import TutorFlowClient
from coursewright.providers.tutorflow.courses import PROVIDER, Courses
from coursewright.providers.tutorflow.tasks import task_number

#: Lessons generated at once while drafting: enough to overlap the streams, far under 60 calls a minute.
DRAFT_CONCURRENCY = 3


class TutorFlowContent:
    def __init__(
        self,
        client: TutorFlowClient,
        courses: Courses,
        lock: anyio.Lock,
        concurrency: int = DRAFT_CONCURRENCY,
    ) -> None:
        """`lock` is the editor's: a lesson save takes its turn with structure saves."""
        self.client = client
        self.courses = courses
        self.lock = lock
        self.concurrency = concurrency

    async def draft(
        self,
        request_id: str,
        course_id: str,
        unit_ids: list[str] | None,
        redraft: bool,
        progress: ProgressFn,
    ) -> DraftResult:
        canonical = await self.client.canonical(request_id)
        if unit_ids:
            unknown = [u for u in unit_ids if canonical.lesson(u) is None]
            if unknown:
                raise InvalidInput(
                    f"These ids are not units (lessons) of course {course_id}: {', '.join(unknown[:5])}.",
                    "Pass unit ids from get_course, or leave unit_ids empty to draft every empty unit.",
                )
            chosen = [canonical.lesson(u) for u in dict.fromkeys(unit_ids)]
            targets = [x for x in chosen if x is not None]
        else:
            targets = sorted(canonical.lessons, key=lambda x: x.sequence)
        skipped = [x.id for x in targets if not x.is_empty and not redraft]
        todo = [x for x in targets if x.is_empty or redraft]
        if not todo:
            return DraftResult(
                course_id=course_id,
                started=False,
                skipped=skipped,
                detail="Every unit asked for already has content; pass redraft=true to rewrite it.",
            )
        limiter = anyio.CapacityLimiter(max(1, self.concurrency))
        drafted: set[str] = set()
        failed: list[tuple[CanonicalLesson, CoursewrightError]] = []

        async def draft_one(lesson: CanonicalLesson) -> None:
            async with limiter:
                try:
                    generated = await self.client.generate(
                        request_id, lesson.id, generate_body(canonical, lesson)
                    )
                    async with self.lock:
                        fresh = await self.client.lesson(request_id, lesson.id)
                        await self.client.save_lesson(request_id, with_generated(fresh, generated))
                    drafted.add(lesson.id)
                except CoursewrightError as exc:
                    failed.append((lesson, exc))
                await progress(
                    float(len(drafted) + len(failed)),
                    float(len(todo)),
                    f"Drafted {len(drafted)} of {len(todo)} units",
                )

        async with anyio.create_task_group() as group:
            for lesson in todo:
                group.start_soon(draft_one, lesson)
        if not drafted:
            first = failed[0][1]
            raise type(first)(
                f"TutorFlow could not draft any of the {len(todo)} unit(s): {first.what}",
                first.next_step or "Try again in a minute, or write the units with edit_xblock.",
            )
        detail = f"Drafted {len(drafted)} unit(s) with TutorFlow's lesson generator and saved them."
        if failed:
            names = "; ".join(f"'{lesson.title}' ({exc.what.rstrip('.')})" for lesson, exc in failed[:5])
            detail += (
                f" Could not draft {len(failed)}: {names}. Call draft_content for those units again, or write them "
                "with edit_xblock."
            )
        return DraftResult(
            course_id=course_id,
            started=False,
            drafted=[x.id for x in todo if x.id in drafted],
            skipped=skipped,
            failed=[lesson.id for lesson, _ in failed],
            detail=detail,
        )

    # -- waiting ---------------------------------------------------------------------------------------

    async def state(self, target_id: str, until: WaitTarget) -> ReadyState:
        if target_id.isascii() and target_id.isdigit():
            number = task_number(target_id)
            await in_thread(self.courses.tasks.task, number)
            row = await in_thread(self.courses.tasks.latest, number)
            if row is None or row.request_id is None:
                return ReadyState(
                    ready=False,
                    status="idle",
                    missing=["course"],
                    detail=(
                        f"Task tutorflow:{number} has no course on TutorFlow yet: call generate_outline or run_pipeline."
                        if row is None
                        else "The create's answer was lost: call generate_outline again (it resends the same "
                        "Idempotency-Key, so nothing is built twice)."
                    ),
                )
        else:
            row = await self.courses.row(target_id)
        assert row.request_id is not None
        course_id = join_id(PROVIDER, row.request_id)
        request = await self.courses.fetch(row.request_id)
        if request.status == "FAILED":
            return ReadyState(
                ready=False,
                status="failed",
                missing=[course_id],
                detail=wire.request_detail(request)
                + f" Call generate_outline(task_id='tutorflow:{row.task}', regenerate=true) to try again.",
            )
        if not request.terminal:
            return ReadyState(
                ready=False,
                status=request.status.lower(),
                missing=[course_id],
                detail=wire.request_detail(request),
                retry_after_s=wire.poll_after_s(request) or None,
                expected_s=wire.expected_generation_s(request.lessonCount or row.lessons),
            )
        row = await self.courses.settle_outline(row)
        if until != "content":
            return ReadyState(
                ready=True, status="completed", progress=100.0, detail=wire.request_detail(request)
            )
        canonical = await self.client.canonical(row.request_id)
        missing = [lesson.id for lesson in canonical.lessons if lesson.is_empty]
        total = len(canonical.lessons)
        if not missing:
            await self.courses.note_drafted(row, CourseStatus.DRAFTED)
            return ReadyState(
                ready=True, status="completed", progress=100.0, detail=wire.request_detail(request)
            )
        return ReadyState(
            ready=False,
            status="idle",
            missing=missing,
            progress=round(100.0 * (total - len(missing)) / total, 1) if total else 0.0,
            detail=(
                f"{len(missing)} lesson(s) have no content (renamed to fit your outline, or added since) and "
                f"nothing is drafting them: call draft_content(course_id='{course_id}')."
            ),
        )
