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
from pathlib import Path
from typing import Self

import anyio
import httpx2

from coursewright.config import Settings
from coursewright.errors import (
    Conflict,
    CoursewrightError,
    NotConfigured,
    NotSupported,
)
from coursewright.guardrails.course_size import course_size
from coursewright.model import (
    Brief,
    Course,
    CourseSummary,
    DraftResult,
    OutlineSection,
    Position,
    PublishResult,
    Quote,
    ReadyState,
    SpendOperation,
    Task,
    TaskOptions,
    TaskStatus,
    join_id,
)
from coursewright.providers.base import Capabilities, ProgressFn, Provider, WaitTarget
from coursewright.providers.http import PlatformHttp, RetryPolicy, Timeouts
from coursewright.providers.journal import Journal, in_thread
from coursewright.providers.learningstudio import wire
from coursewright.providers.learningstudio.content import LearningStudioContent
from coursewright.providers.learningstudio.courses import Courses
from coursewright.providers.learningstudio.create import Callbacks, Creator
from coursewright.providers.learningstudio.hooks import Inbox
from coursewright.providers.learningstudio.tasks import TaskTable, task_number

PROVIDER = wire.PROVIDER
#: The export format LearningStudio defaults to; every LMS that takes SCORM takes 1.2.
SCORM_FORMAT = "scorm12"
#: A job id no platform issues: asking for it proves key and plan without touching anything.
ACCESS_PROBE_JOB = "coursewright-access-check"

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
    "A request to generate this course lost its answer, so LearningStudio may be building it unseen. Call "
    "generate_outline again with the same arguments (it adopts the job once LearningStudio reports it by webhook, "
    "in team mode); or, if the LearningStudio dashboard shows the new course, pass its job id as adopt_job_id; "
    "only if there is none, call generate_outline with regenerate=true."
)
_NO_EDITS = (
    "Regenerate the course instead: generate_outline(task_id, outline=<up to 9 sections>, regenerate=true) "
    "builds a new one (it uses another plan credit)."
)


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
        callbacks: Callbacks | None = None,
    ) -> None:
        self.http = http
        self.tasks = tasks
        self.journal = journal
        self._access_checked = False
        self.courses = Courses(http, tasks)
        self.creator = Creator(self.courses, journal, sleep, callbacks)
        self.content = LearningStudioContent(self.courses)

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        transport: httpx2.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> Self:
        """`sleep` and `clock` pace the client (rate limit, back-off, polling), `wall_clock` dates the
        webhook wait; tests pass fakes."""
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
        callbacks = None
        if settings.public_url:
            # Team mode: LearningStudio's webhooks reach this server, so a lost create can be found again.
            from coursewright.guardrails.confirm import load_or_create_key

            inbox = Inbox(data_dir / "learningstudio.sqlite3", clock=wall_clock)
            callbacks = Callbacks(settings.public_url, load_or_create_key(data_dir), inbox)
        return cls(
            http,
            TaskTable(data_dir / "learningstudio.sqlite3"),
            Journal.for_settings(settings),
            sleep=sleep,
            callbacks=callbacks,
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    async def quote(
        self,
        operation: SpendOperation,
        task_id: str | None = None,
        *,
        options: TaskOptions | None = None,
        outline: list[OutlineSection] | None = None,
        units: int = 0,
        brief: Brief | None = None,
    ) -> Quote | None:
        """Each generated course (a create job) uses one monthly plan credit; nothing else is counted."""
        if operation == "draft":
            return None
        return Quote(credits=1, what="LearningStudio builds the course with one monthly plan credit")

    # -- tasks ---------------------------------------------------------------------------------

    async def create_task(self, brief: Brief, options: TaskOptions) -> Task:
        wire.language_id(options.language)  # a bad language is refused now, not at generation
        await self._check_access()
        row = await in_thread(self.tasks.add_task, brief, options)
        return Task(
            task_id=join_id(PROVIDER, row.number),
            provider=PROVIDER,
            status=TaskStatus.PENDING,
            name=brief.name,
            detail=(
                "Kept on this server: LearningStudio has no task object. generate_outline creates the course "
                f"(one plan credit). {wire.chapters_note(course_size(brief))}"
            ),
        )

    async def get_task(self, task_id: str) -> Task:
        number = task_number(task_id)
        row = await in_thread(self.tasks.task, number)
        job = await in_thread(self.tasks.latest_job, number)
        base = Task(
            task_id=join_id(PROVIDER, number),
            provider=PROVIDER,
            status=TaskStatus.PENDING,
            name=row.brief.name,
        )
        if job is None:
            if await self.creator.in_doubt(number):
                return base.model_copy(update={"detail": _IN_DOUBT})
            return base.model_copy(
                update={"detail": "No course yet: call generate_outline (or run_pipeline) to create it."}
            )
        wire_job = await self.courses.fetch(job.job_id)
        return base.model_copy(
            update={
                "status": wire_job.task_status,
                "course_id": join_id(PROVIDER, job.job_id),
                "has_outline": wire_job.status == "completed",
                "detail": wire.job_detail(wire_job),
            }
        )

    async def cancel_task(self, task_id: str) -> Task:
        await in_thread(self.tasks.task, task_number(task_id))
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
        job = await self.creator.create(number, chapters, regenerate=regenerate)
        return await self.courses.course(job, include_content=False, fetch=False)

    async def adopt_job(self, task_id: str, job_id: str) -> Course:
        job = await self.creator.adopt(task_number(task_id), job_id)
        return await self.courses.course(job, include_content=False)

    async def run_pipeline(self, task_id: str) -> Task:
        number = task_number(task_id)
        await self.creator.create(number, None, regenerate=False)
        return await self.get_task(task_id)

    async def _check_access(self) -> None:
        """Key and plan are checked once, before a task exists that could never be generated."""
        if self._access_checked:
            return
        # 401 (key) and 403 (plan) come back as errors; any other answer means the key may be used.
        await self.http.request("GET", wire.job_path(ACCESS_PROBE_JOB), expected=(200, 400, 404))
        self._access_checked = True

    # -- reading the course --------------------------------------------------------------------

    async def get_course(self, course_id: str, include_content: bool = False) -> Course:
        row = await self.courses.row(course_id)
        return await self.courses.course(row, include_content=include_content)

    async def list_courses(self, task_id: str | None = None) -> list[CourseSummary]:
        number = task_number(task_id) if task_id else None
        if number is not None:
            await in_thread(self.tasks.task, number)
        return await self.courses.summaries(number)

    async def readiness(self, target_id: str, until: WaitTarget) -> ReadyState:
        return await self.content.state(target_id, until)

    # -- publishing ------------------------------------------------------------------------------

    async def publish(self, course_id: str) -> PublishResult:
        row = await self.courses.row(course_id)
        job = await self.courses.fetch(row.job_id)
        if job.status != "completed" or job.course is None:
            raise Conflict(
                f"Course learningstudio:{row.job_id} is not generated yet ({job.status}), so there is nothing to publish.",
                "Call poll_until_ready(course_id, until='content'), then review_course, then publish.",
            )
        share_url = job.course.shareUrl
        export_note, download_url = await self._export_scorm(job.course.id)
        await in_thread(self.tasks.set_published, row.job_id, share_url, download_url)
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
        await self.courses.row(course_id)
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
