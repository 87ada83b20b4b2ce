"""generate_outline at most once per identical call, and advice that matches what exists.

The call's key (task, outline, regenerate) is journalled before the provider runs. An identical
call repeated soon after one that finished gets that course back, nothing made again (except a
regenerate: each one the user confirmed is its own act). One
repeated after an error continues what the earlier call started: the provider resumes what it
can (ibl.ai's partly built outline, TutorFlow's resent Idempotency-Key), and where it answers that
the task already has its course, that course is the earlier call's work and is returned as it
stands, never "already exists, pass regenerate=true" right after "call it again to finish".
"""

from __future__ import annotations

import anyio

from coursewright.errors import Conflict, CoursewrightError
from coursewright.model import Course, OutlineSection, split_id
from coursewright.providers.base import Provider
from coursewright.providers.journal import IntentState, in_thread
from coursewright.providers.once import REFUSALS, call_key
from coursewright.runtime import Runtime

ACTION = "generate_outline"
#: An identical call this soon after one that finished is a retry, and gets the first result back.
REUSE_WINDOW_S = 3_600.0


async def outline_once(
    runtime: Runtime,
    platform: Provider,
    task_id: str,
    native: str,
    outline: list[OutlineSection] | None,
    regenerate: bool,
) -> tuple[Course, str | None]:
    journal = runtime.journal
    wanted = [section.model_dump(mode="json") for section in outline] if outline else None
    key = call_key(ACTION, task_id=task_id, outline=wanted, regenerate=regenerate)
    earlier = await in_thread(journal.find, platform.name, ACTION, key)
    # A confirmed regenerate repeated is a new act (the user said yes again); only an interrupted one continues.
    if (
        not regenerate
        and earlier is not None
        and earlier.state is IntentState.DONE
        and earlier.native_id
        and journal.now() - earlier.updated_at < REUSE_WINDOW_S
    ):
        course = await platform.get_course(earlier.native_id, False)
        return (
            course,
            "An identical earlier call already created this course; it is returned, not made again.",
        )
    interrupted = earlier is not None and earlier.state is not IntentState.DONE
    intent = await in_thread(journal.record_intent, platform.name, ACTION, key, key)
    settled = False
    try:
        try:
            # A regenerate is passed on as asked: after a lost answer the user has checked what exists.
            course = await platform.generate_outline(native, outline, regenerate)
            note = None
        except Conflict:
            if not interrupted or regenerate:
                raise
            course = await _existing_course(platform, native)
            if course is None:
                raise
            note = (
                "An earlier identical call had already created this course before it was cut off; "
                "it is returned as it stands."
            )
        await in_thread(journal.mark_done, intent, split_id(course.course_id, "course_id")[1])
        settled = True
        return course, note
    except REFUSALS as refusal:
        await in_thread(journal.mark_failed, intent, type(refusal).__name__)
        settled = True
        raise
    finally:
        if not settled:
            with anyio.CancelScope(shield=True):
                await in_thread(journal.mark_unknown, intent, "interrupted")


async def _existing_course(platform: Provider, native: str) -> Course | None:
    try:
        task = await platform.get_task(native)
    except CoursewrightError:
        return None
    if not task.course_id:
        return None
    return await platform.get_course(split_id(task.course_id, "course_id")[1], False)
