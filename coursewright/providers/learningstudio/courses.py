"""LearningStudio: the generation jobs this server started, read with their state on LearningStudio.

A job's row (its task, chapters and what was published) is kept here; its status is refreshed from
LearningStudio on every read. The job id is the course id; the platform's course id is accepted too.
"""

from __future__ import annotations

from coursewright.errors import NotFound
from coursewright.model import Course, CourseSummary, join_id
from coursewright.providers.http import PlatformHttp
from coursewright.providers.journal import in_thread
from coursewright.providers.learningstudio import tree, wire
from coursewright.providers.learningstudio.tasks import JobRow, TaskTable

PROVIDER = wire.PROVIDER
#: How a listing marks a job still running when LearningStudio last answered and unknown to it now. It is
#: listed rather than left out so the user sees where that generation went, and its task can regenerate it.
FORGOTTEN_NOTE = "LearningStudio no longer knows this job; regenerate its task to build it again"


class Courses:
    def __init__(self, http: PlatformHttp, tasks: TaskTable) -> None:
        self.http = http
        self.tasks = tasks

    async def fetch(self, job_id: str) -> wire.WireJob:
        payload = await self.http.request_json("GET", wire.job_path(job_id))
        job = wire.parse_job(payload)
        course = job.course
        await in_thread(
            self.tasks.set_state,
            job_id,
            job.status,
            course.id if course else None,
            course.name if course else None,
            course.shareUrl if course else None,
        )
        return job

    async def row(self, native: str) -> JobRow:
        row = await in_thread(self.tasks.job, native)
        if row is None and native.startswith("cou_"):
            row = await in_thread(self.tasks.job_for_course_ref, native)
        if row is None:
            raise NotFound(
                f"Course learningstudio:{native} was not created through this server.",
                "Pass the course_id that generate_outline or get_task returned (list_courses shows them).",
            )
        return row

    async def course(self, row: JobRow, *, include_content: bool, fetch: bool = True) -> Course:
        task = await in_thread(self.tasks.task, row.task)
        if fetch:
            job = await self.fetch(row.job_id)
        else:
            job = wire.WireJob(jobId=row.job_id, status=row.status)
        return tree.neutral_course(
            job,
            title=row.title or task.brief.name,
            task_id=join_id(PROVIDER, row.task),
            planned_chapters=row.chapters,
            include_content=include_content,
            published=row.published_at is not None,
        )

    async def summaries(self, number: int | None) -> list[CourseSummary]:
        """The courses made for task `number` (all with None), a job LearningStudio forgot still shown."""
        summaries = []
        for row in await in_thread(self.tasks.jobs, number):
            forgotten = False
            if row.status in ("pending", "running"):
                try:
                    await self.fetch(row.job_id)
                except NotFound:
                    # The platform was reset since: one job it lost must not hide the other courses.
                    forgotten = True
                else:
                    row = await self.row(row.job_id)
            title = row.title or (await in_thread(self.tasks.task, row.task)).brief.name
            summaries.append(
                tree.course_summary(
                    row.job_id,
                    title=f"{title} ({FORGOTTEN_NOTE})" if forgotten else title,
                    task_id=join_id(PROVIDER, row.task),
                    status=None
                    if forgotten
                    else tree.course_status(
                        wire.WireJob(jobId=row.job_id, status=row.status), row.published_at is not None
                    ),
                    location=row.share_url if row.published_at else None,
                    updated_at=row.updated_at,
                )
            )
        return summaries
