"""TutorFlow: creating a task's course as one course request, at most once and within the approved cost.

Every create carries an Idempotency-Key recorded before sending, so a lost answer is sent
again with the same key (by the HTTP layer at once, or by the next call) and TutorFlow
returns the original request instead of generating and billing a second course.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import anyio

from coursewright.errors import Conflict, CoursewrightError, OutcomeUnknown, Refused, Unavailable
from coursewright.model import OutlineSection, TaskOptions
from coursewright.providers.journal import in_thread
from coursewright.providers.tutorflow import wire
from coursewright.providers.tutorflow.courses import Courses
from coursewright.providers.tutorflow.tasks import RequestRow


class Creator:
    def __init__(self, courses: Courses, new_key: Callable[[], str]) -> None:
        self.courses = courses
        self.new_key = new_key
        self._lock = anyio.Lock()

    async def create(
        self,
        number: int,
        outline: list[OutlineSection] | None,
        *,
        regenerate: bool,
        mode: Literal["sync", "async"],
    ) -> tuple[RequestRow, wire.WireRequest]:
        task = await in_thread(self.courses.tasks.task, number)
        async with self._lock:
            latest = await in_thread(self.courses.tasks.latest, number)
            if latest is not None and latest.request_id is None:
                # An earlier create whose answer never came: the same body and key again, so TutorFlow
                # returns that request if it exists rather than generating another.
                row = latest
            else:
                if latest is not None and latest.request_id is not None and not regenerate:
                    state = await self.courses.fetch(latest.request_id)
                    if state.status != "FAILED":
                        raise Conflict(
                            f"Task tutorflow:{number} already has a course (tutorflow:{latest.request_id}, "
                            f"{state.status.lower()}).",
                            "Use get_course or poll_until_ready on it; pass regenerate=true only if the user wants "
                            "a new course (it is generated and billed again).",
                        )
                self.check_cost(number, task.options, outline)
                key = self.new_key()
                body = wire.create_body(task.brief, task.options, outline, mode=mode, idempotency_key=key)
                row = await in_thread(
                    self.courses.tasks.add_request,
                    key,
                    number,
                    mode=mode,
                    lessons=body["lessonCount"],
                    outline=outline,
                )
            sent_mode: Literal["sync", "async"] = "sync" if row.mode == "sync" else "async"
            body = wire.create_body(
                task.brief, task.options, row.outline, mode=sent_mode, idempotency_key=row.idempotency_key
            )
            try:
                request = await self.courses.client.create(body, mode=sent_mode)
            except (Unavailable, OutcomeUnknown) as exc:
                raise OutcomeUnknown(
                    f"TutorFlow gave no usable answer to the request creating the course for task "
                    f"tutorflow:{number} ({exc.what.rstrip('.')}).",
                    "Call generate_outline again with the same arguments: it resends the same Idempotency-Key, so "
                    "TutorFlow returns the course if it was created and never builds or bills a second one.",
                ) from None
            except CoursewrightError:
                # A refusal created nothing: the next call starts afresh (with what it is then given).
                await in_thread(self.courses.tasks.forget, row.idempotency_key)
                raise
            await in_thread(self.courses.tasks.set_request_id, row.idempotency_key, request.id)
            await in_thread(self.courses.tasks.set_state, request.id, request.status, request.title)
            row = await in_thread(self.courses.tasks.by_key, row.idempotency_key)
            assert row is not None
        if outline and row.outline != outline:
            raise Conflict(
                f"Task tutorflow:{number} already had a course on its way from an earlier call whose answer was lost "
                f"(tutorflow:{request.id}); it was built from that call's outline, not this one.",
                "Look at it with get_course; pass regenerate=true only if the user wants a new course from this outline.",
            )
        return row, request

    def check_cost(self, number: int, options: TaskOptions, outline: list[OutlineSection] | None) -> None:
        """The user approved the cost of `lesson_count` lessons at create_task; an outline may not add more."""
        approved = wire.lesson_count(options)
        asked = wire.lesson_count(options, outline)
        if asked > approved:
            raise Refused(
                f"The outline has {asked} units, so TutorFlow would generate {asked} lessons "
                f"(about ${wire.cost_usd(asked):.2f}), but task tutorflow:{number} was approved for {approved} "
                f"(about ${wire.cost_usd(approved):.2f}).",
                f"Shorten the outline to {approved} units, or create the task again with "
                f"options.lesson_count={asked} so the user can approve the cost.",
            )
