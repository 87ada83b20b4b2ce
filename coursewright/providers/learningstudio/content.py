"""LearningStudio waiting: following a generation job until the course is written.

LearningStudio drafts every lesson while it generates the course, so there is nothing to draft on
request; waiting asks for the job's state and progress.
"""

from __future__ import annotations

from coursewright.model import ReadyState, join_id
from coursewright.providers.base import WaitTarget
from coursewright.providers.journal import in_thread
from coursewright.providers.learningstudio import wire
from coursewright.providers.learningstudio.courses import PROVIDER, Courses
from coursewright.providers.learningstudio.tasks import task_number

#: The create-course page: "the worker generates the course in the background (typically 60-120 seconds)".
TYPICAL_JOB_S = 90.0


class LearningStudioContent:
    def __init__(self, courses: Courses) -> None:
        self.courses = courses

    async def state(self, target_id: str, until: WaitTarget) -> ReadyState:
        if target_id.isascii() and target_id.isdigit():
            number = task_number(target_id)
            await in_thread(self.courses.tasks.task, number)
            row = await in_thread(self.courses.tasks.latest_job, number)
            if row is None:
                return ReadyState(
                    ready=False,
                    status="idle",
                    missing=["course"],
                    detail=(
                        f"Task learningstudio:{number} has no course yet and nothing is generating one: "
                        "call generate_outline or run_pipeline first."
                    ),
                )
        else:
            row = await self.courses.row(target_id)
        job = await self.courses.fetch(row.job_id)
        course_id = join_id(PROVIDER, row.job_id)
        if job.status == "completed":
            return ReadyState(ready=True, status="completed", progress=100.0, detail=wire.job_detail(job))
        if job.status == "failed":
            return ReadyState(
                ready=False,
                status="failed",
                missing=[course_id],
                progress=job.progress,
                detail=wire.job_detail(job)
                + " Call generate_outline again (a failed job built nothing), perhaps with your own chapter "
                "titles, or create a new task whose name states the subject more plainly.",
            )
        return ReadyState(
            ready=False,
            status=job.status,
            missing=[course_id],
            progress=job.progress,
            detail=wire.job_detail(job),
            expected_s=TYPICAL_JOB_S,
        )
