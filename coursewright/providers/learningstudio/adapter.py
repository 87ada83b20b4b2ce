"""The LearningStudio provider: one generation job builds the whole course, published by its share URL.

LearningStudio has no task object, no separate outline and no structure edits. A task is
the brief kept on this server (`tasks`); `generate_outline` (or
`run_pipeline`) turns it into a job with the subject, the agent's chapter titles, the
language, the layout and the add-ons. The job id is the course id from then on, because
the platform's own course id only exists once the job completes.

Creating a job is not idempotent and uses a plan credit, so each create goes through the
journal: an answer lost in transit is looked up before anything is created again, and when
it cannot be found the adapter refuses to guess rather than spend a second credit.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any, Self, TypeVar

import anyio
import httpx2

from coursewright.config import Settings
from coursewright.errors import (
    Conflict,
    CoursewrightError,
    NotConfigured,
    NotFound,
    NotSupported,
    OutcomeUnknown,
    Unavailable,
)
from coursewright.model import (
    Brief,
    Course,
    CourseSummary,
    DraftResult,
    OutlineSection,
    Position,
    PublishResult,
    ReadyState,
    Task,
    TaskOptions,
    TaskStatus,
    join_id,
)
from coursewright.providers.base import Capabilities, ProgressFn, Provider, WaitTarget
from coursewright.providers.http import PlatformHttp, RetryPolicy, Timeouts
from coursewright.providers.journal import IntentState, Journal, create_once
from coursewright.providers.learningstudio import wire
from coursewright.providers.learningstudio.tasks import JobRow, TaskTable, task_number

T = TypeVar("T")
PROVIDER = wire.PROVIDER
#: The export format LearningStudio defaults to; every LMS that takes SCORM takes 1.2.
SCORM_FORMAT = "scorm12"
#: A job id no platform issues: asking for it proves key and plan without touching anything.
ACCESS_PROBE_JOB = "coursewright-access-check"
CREATE_JOB = "create_job"
#: How a listing marks a job still running when LearningStudio last answered and unknown to it now. It is
#: listed rather than left out so the user sees where that generation went, and its task can regenerate it.
FORGOTTEN_NOTE = "LearningStudio no longer knows this job; regenerate its task to build it again"

LEARNINGSTUDIO_CAPABILITIES = Capabilities(
    separate_outline=False,
    agent_outline=True,
    edit_structure=False,
    draft_all=False,
    draft_units=False,
    pipeline=True,
    reference_files=False,
    student_progress=False,
    delete_course=False,
    publish_means=(
        "hand out the course's LearningStudio share URL and a SCORM 1.2 package to download; the course "
        "already lives in the LearningStudio account from the moment it was generated"
    ),
    cost_signal="plan quota: each generated course (each generate_outline or run_pipeline) uses one monthly course credit",
)

_IN_DOUBT = (
    "A request to generate this course lost its answer, so LearningStudio may be building it unseen. Check the "
    "LearningStudio dashboard; only if no new course is there, call generate_outline with regenerate=true."
)
_NO_EDITS = (
    "Regenerate the course instead: generate_outline(task_id, outline=<up to 9 sections>, regenerate=true) "
    "builds a new one (it uses another plan credit)."
)


async def _no_job_listing() -> str | None:
    """The look-up `create_once` asks for: LearningStudio documents no way to list jobs, so a lost
    job cannot be found, and saying "not found" would let a second job (a second credit) be made."""
    raise OutcomeUnknown("LearningStudio offers no way to list jobs.", "Check the LearningStudio dashboard.")


def _job_key(task: int, ordinal: int) -> str:
    """The journal key of a task's n-th course: the first job, then one more per regeneration."""
    return f"task-{task}/job-{ordinal}"


class LearningStudioProvider(Provider):
    name = PROVIDER
    capabilities = LEARNINGSTUDIO_CAPABILITIES

    def __init__(
        self,
        http: PlatformHttp,
        tasks: TaskTable,
        journal: Journal,
        *,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self.http = http
        self.tasks = tasks
        self.journal = journal
        self._sleep = sleep
        self._access_checked = False
        self._create_lock = anyio.Lock()

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        transport: httpx2.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> Self:
        """`sleep` and `clock` pace the client (rate limit, back-off, polling); tests pass fakes."""
        key = settings.learningstudio_api_key.get_secret_value() if settings.learningstudio_api_key else ""
        if not key.strip():
            raise NotConfigured(
                "The learningstudio provider has no API key configured.",
                "Set LEARNINGSTUDIO_API_KEY (or LS_API_KEY) to a LearningStudio key (it starts with ls_), and "
                "LEARNINGSTUDIO_BASE_URL when not using learningstudioai.com, then restart the server.",
            )
        http = PlatformHttp(
            platform=PROVIDER,
            base_url=settings.learningstudio_base_url.rstrip("/"),
            auth_header=("Authorization", f"Bearer {key.strip()}"),
            secrets=[key],
            # "30 requests / minute / key" (the create-course page). A create refused with 429 is not
            # retried (it is not idempotent), so the client paces itself rather than meet one.
            rate_per_minute=30,
            retry=retry,
            timeouts=Timeouts(read=30.0, write=60.0, long=90.0),
            transport=transport,
            sleep=sleep,
            clock=clock,
        )
        data_dir = Path(settings.data_dir)
        return cls(
            http, TaskTable(data_dir / "learningstudio.sqlite3"), Journal.for_settings(settings), sleep=sleep
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    async def _run(self, function: Callable[..., T], *args: Any) -> T:
        # SQLite blocks; keep it off the event loop.
        return await anyio.to_thread.run_sync(partial(function, *args))

    # -- tasks ---------------------------------------------------------------------------------

    async def create_task(self, brief: Brief, options: TaskOptions) -> Task:
        wire.language_id(options.language)  # a bad language is refused now, not at generation
        await self._check_access()
        row = await self._run(self.tasks.add_task, brief, options)
        return Task(
            task_id=join_id(PROVIDER, row.number),
            provider=PROVIDER,
            status=TaskStatus.PENDING,
            name=brief.name,
            detail=(
                "Kept on this server: LearningStudio has no task object. generate_outline creates the course "
                "(one plan credit)."
            ),
        )

    async def get_task(self, task_id: str) -> Task:
        number = task_number(task_id)
        row = await self._run(self.tasks.task, number)
        job = await self._run(self.tasks.latest_job, number)
        base = Task(
            task_id=join_id(PROVIDER, number),
            provider=PROVIDER,
            status=TaskStatus.PENDING,
            name=row.brief.name,
        )
        if job is None:
            if await self._create_in_doubt(number):
                return base.model_copy(update={"detail": _IN_DOUBT})
            return base.model_copy(
                update={"detail": "No course yet: call generate_outline (or run_pipeline) to create it."}
            )
        wire_job = await self._fetch_job(job.job_id)
        return base.model_copy(
            update={
                "status": wire_job.task_status,
                "course_id": join_id(PROVIDER, job.job_id),
                "has_outline": wire_job.status == "completed",
                "detail": wire.job_detail(wire_job),
            }
        )

    async def cancel_task(self, task_id: str) -> Task:
        await self._run(self.tasks.task, task_number(task_id))
        raise NotSupported(
            "The learningstudio provider cannot stop a generation job: LearningStudio offers no way to cancel one.",
            "Let it finish (about 1-2 minutes); the course stays in the LearningStudio account, where it can be deleted.",
        )

    # -- creating the course (one job) -----------------------------------------------------------

    async def generate_outline(
        self, task_id: str, outline: list[OutlineSection] | None, regenerate: bool
    ) -> Course:
        chapters = wire.chapter_titles(outline)
        number = task_number(task_id)
        job = await self._create_job(number, chapters, regenerate=regenerate)
        return await self._course_for(job, include_content=False, fetch=False)

    async def run_pipeline(self, task_id: str) -> Task:
        number = task_number(task_id)
        await self._create_job(number, None, regenerate=False)
        return await self.get_task(task_id)

    async def _create_job(self, number: int, chapters: list[str] | None, *, regenerate: bool) -> JobRow:
        task = await self._run(self.tasks.task, number)
        body = wire.create_job_body(task.brief, task.options, chapters)
        async with self._create_lock:
            jobs = await self._run(self.tasks.jobs, number)
            if jobs and not regenerate:
                state = await self._fetch_job(jobs[-1].job_id)
                if state.status != "failed":
                    raise Conflict(
                        f"Task learningstudio:{number} already has a course (learningstudio:{jobs[-1].job_id}, "
                        f"{state.status}).",
                        "Use get_course or poll_until_ready on it; pass regenerate=true only if the user wants "
                        "a new course (it uses another plan credit).",
                    )
            key = _job_key(number, len(jobs) + 1)
            if regenerate:
                await self._give_up_doubtful(key)

            issued_now: list[str] = []

            async def create() -> str:
                payload = await self.http.request_json(
                    "POST", f"{wire.API_PREFIX}/courses", kind="write", json=body, expected=(200, 201, 202)
                )
                try:
                    job_id = wire.parse_job(payload).jobId
                except Unavailable:
                    # Accepted, but without a readable job id: the job may well exist.
                    raise OutcomeUnknown("LearningStudio's answer named no job.") from None
                issued_now.append(job_id)
                return job_id

            try:
                job_id = await create_once(
                    self.journal,
                    PROVIDER,
                    CREATE_JOB,
                    key,
                    wire.fingerprint(body),
                    create,
                    _no_job_listing,
                    settle_s=0.0,
                    sleep=self._sleep,
                )
            except OutcomeUnknown:
                raise OutcomeUnknown(
                    f"LearningStudio may have started generating the course for task learningstudio:{number}, "
                    "but its answer was lost and LearningStudio offers no way to look the job up, so nothing "
                    "was sent again (a second job would use a second plan credit).",
                    f"Check the LearningStudio dashboard for a new course on '{body['subject']}'; only if there "
                    "is none, call generate_outline again with regenerate=true.",
                ) from None
            row = await self._run(self.tasks.add_job, job_id, number, chapters, job_id in issued_now)
        return row

    async def _create_in_doubt(self, number: int) -> bool:
        """Whether the task's next job was asked for and its answer lost (it may exist unseen)."""
        jobs = await self._run(self.tasks.jobs, number)
        latest = await self._run(self.journal.find, PROVIDER, CREATE_JOB, _job_key(number, len(jobs) + 1))
        return latest is not None and latest.state is IntentState.UNKNOWN

    async def _give_up_doubtful(self, key: str) -> None:
        """The user chose to create anew: an attempt whose outcome was lost is no longer looked up."""
        latest = await self._run(self.journal.find, PROVIDER, CREATE_JOB, key)
        if latest is not None and latest.state is IntentState.UNKNOWN:
            await self._run(self.journal.mark_failed, latest, "superseded by regenerate")

    # -- reading the course --------------------------------------------------------------------

    async def _check_access(self) -> None:
        """Key and plan are checked once, before a task exists that could never be generated."""
        if self._access_checked:
            return
        # 401 (key) and 403 (plan) come back as errors; any other answer means the key may be used.
        await self.http.request("GET", wire.job_path(ACCESS_PROBE_JOB), expected=(200, 400, 404))
        self._access_checked = True

    async def _fetch_job(self, job_id: str) -> wire.WireJob:
        payload = await self.http.request_json("GET", wire.job_path(job_id))
        job = wire.parse_job(payload)
        course = job.course
        await self._run(
            self.tasks.set_state,
            job_id,
            job.status,
            course.id if course else None,
            course.name if course else None,
            course.shareUrl if course else None,
        )
        return job

    async def _job_row(self, native: str) -> JobRow:
        row = await self._run(self.tasks.job, native)
        if row is None and native.startswith("cou_"):
            row = await self._run(self.tasks.job_for_course_ref, native)
        if row is None:
            raise NotFound(
                f"Course learningstudio:{native} was not created through this server.",
                "Pass the course_id that generate_outline or get_task returned (list_courses shows them).",
            )
        return row

    async def _course_for(self, row: JobRow, *, include_content: bool, fetch: bool = True) -> Course:
        task = await self._run(self.tasks.task, row.task)
        if fetch:
            job = await self._fetch_job(row.job_id)
        else:
            job = wire.WireJob(jobId=row.job_id, status=row.status)
        return wire.neutral_course(
            job,
            title=row.title or task.brief.name,
            task_id=join_id(PROVIDER, row.task),
            planned_chapters=row.chapters,
            include_content=include_content,
            published=row.published_at is not None,
        )

    async def get_course(self, course_id: str, include_content: bool = False) -> Course:
        row = await self._job_row(course_id)
        return await self._course_for(row, include_content=include_content)

    async def list_courses(self, task_id: str | None = None) -> list[CourseSummary]:
        number = task_number(task_id) if task_id else None
        if number is not None:
            await self._run(self.tasks.task, number)
        summaries = []
        for row in await self._run(self.tasks.jobs, number):
            forgotten = False
            if row.status in ("pending", "running"):
                try:
                    await self._fetch_job(row.job_id)
                except NotFound:
                    # The platform was reset since: one job it lost must not hide the other courses.
                    forgotten = True
                else:
                    row = await self._job_row(row.job_id)
            title = row.title or (await self._run(self.tasks.task, row.task)).brief.name
            summaries.append(
                wire.course_summary(
                    row.job_id,
                    title=f"{title} ({FORGOTTEN_NOTE})" if forgotten else title,
                    task_id=join_id(PROVIDER, row.task),
                    status=None
                    if forgotten
                    else wire.course_status(
                        wire.WireJob(jobId=row.job_id, status=row.status), row.published_at is not None
                    ),
                    location=row.share_url if row.published_at else None,
                    updated_at=row.updated_at,
                )
            )
        return summaries

    async def readiness(self, target_id: str, until: WaitTarget) -> ReadyState:
        if target_id.isdigit():
            number = task_number(target_id)
            await self._run(self.tasks.task, number)
            row = await self._run(self.tasks.latest_job, number)
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
            row = await self._job_row(target_id)
        job = await self._fetch_job(row.job_id)
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
        )

    # -- publishing ------------------------------------------------------------------------------

    async def publish(self, course_id: str) -> PublishResult:
        row = await self._job_row(course_id)
        job = await self._fetch_job(row.job_id)
        if job.status != "completed" or job.course is None:
            raise Conflict(
                f"Course learningstudio:{row.job_id} is not generated yet ({job.status}), so there is nothing to publish.",
                "Call poll_until_ready(course_id, until='content'), then review_course, then publish.",
            )
        share_url = job.course.shareUrl
        export_note, download_url = await self._export_scorm(job.course.id)
        await self._run(self.tasks.set_published, row.job_id, share_url, download_url)
        where = f"Learners open it at {share_url}." if share_url else "LearningStudio gave no share URL."
        return PublishResult(
            published=True, location=share_url or download_url, detail=f"{where} {export_note}".strip()
        )

    async def _export_scorm(self, course_ref: str) -> tuple[str, str | None]:
        """The SCORM package is a convenience: its failure does not undo the share URL."""
        try:
            # Exporting again only makes another package, so a retry after a lost answer is harmless.
            payload = await self.http.request_json(
                "POST",
                wire.export_path(course_ref),
                kind="long",
                idempotent=True,
                json={"format": SCORM_FORMAT},
            )
            export = wire.parse_export(payload)
        except CoursewrightError as exc:
            return f"The SCORM export did not complete ({exc.what}) - the share URL works without it.", None
        if not export.downloadUrl:
            return "LearningStudio returned no SCORM download link.", None
        return f"A SCORM 1.2 package for other LMSs: {export.downloadUrl}", export.downloadUrl

    # -- what LearningStudio cannot do ---------------------------------------------------------------

    async def draft_content(
        self, course_id: str, unit_ids: list[str] | None, redraft: bool, progress: ProgressFn
    ) -> DraftResult:
        await self._job_row(course_id)
        raise NotSupported(
            "The learningstudio provider cannot draft content on request: LearningStudio writes every lesson "
            "when it generates the course.",
            "Call poll_until_ready(course_id, until='content') to wait for it, then review_course.",
        )

    async def create_block(
        self,
        course_id: str,
        parent_id: str,
        block_type: str,
        display_name: str,
        content: str | None,
        position: Position,
    ) -> str:
        raise NotSupported(
            "The learningstudio provider cannot add blocks: LearningStudio has no editing API.", _NO_EDITS
        )

    async def update_block(
        self, course_id: str, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        raise NotSupported(
            "The learningstudio provider cannot change blocks: LearningStudio has no editing API.", _NO_EDITS
        )

    async def delete_block(self, course_id: str, block_id: str) -> list[str]:
        raise NotSupported(
            "The learningstudio provider cannot delete blocks: LearningStudio has no editing API.", _NO_EDITS
        )

    async def reorder_children(self, course_id: str, parent_id: str, children: list[str]) -> None:
        raise NotSupported(
            "The learningstudio provider cannot reorder blocks: LearningStudio has no editing API.", _NO_EDITS
        )

    async def delete_course(self, course_id: str) -> None:
        raise NotSupported(
            "The learningstudio provider cannot delete courses: LearningStudio's API offers no delete.",
            "Delete it in the LearningStudio dashboard.",
        )
