"""The TutorFlow provider: one course request builds the whole course; edits go through the editor API.

TutorFlow has no task object and no separate outline step. A task is the brief kept on this
server (`tasks`); `generate_outline` sends it as one course request (the agent's
outline, if any, written into the prompt and then imposed with a canonical save once the
course exists), in async mode unless the task's options ask for sync. The request id is the
course id from then on: it exists at once, the platform's own course id only at completion.

Every create carries an Idempotency-Key recorded before sending, so a lost answer is sent
again with the same key (by the HTTP layer at once, or by the next call) and TutorFlow
returns the original request instead of generating and billing a second course.

Edit tokens and preview URLs grant editing without login: each is given to the secret hook
the moment it is seen and never appears in a result. `editor_link` is the one deliberate
exception, for a tool that hands the user a link and says what it allows.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Self

import anyio
import httpx2

from coursewright.config import Settings
from coursewright.errors import (
    NotConfigured,
    NotSupported,
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
from coursewright.providers.journal import in_thread
from coursewright.providers.tutorflow import wire
from coursewright.providers.tutorflow.build import OutlineBuilder
from coursewright.providers.tutorflow.client import TutorFlowClient
from coursewright.providers.tutorflow.content import TutorFlowContent
from coursewright.providers.tutorflow.courses import Courses
from coursewright.providers.tutorflow.create import Creator
from coursewright.providers.tutorflow.edits import Editor
from coursewright.providers.tutorflow.tasks import TaskTable, account_of, task_number

PROVIDER = wire.PROVIDER
#: How a listing marks a course still generating when TutorFlow last answered and unknown to it now. It is
#: listed rather than left out so the user sees where that generation went, and its task can regenerate it.

TUTORFLOW_CAPABILITIES = Capabilities(
    separate_outline=False,
    agent_outline=True,
    edit_structure=True,
    draft_all=True,
    draft_units=True,
    pipeline=True,
    reference_files=False,
    student_progress=False,
    delete_course=False,
    publish_means=(
        "hand out the course's public TutorFlow learner URL (read-only, no login needed); the course already "
        "lives in the TutorFlow workspace from the moment it was generated"
    ),
    cost_signal="$0.05 per generated lesson: TutorFlow bills the lessons it actually generates",
    editor_link=True,
)


class TutorFlowProvider(Provider):
    name = PROVIDER
    capabilities = TUTORFLOW_CAPABILITIES

    def __init__(
        self,
        http: PlatformHttp,
        tasks: TaskTable,
        *,
        new_key: Callable[[], str] = lambda: str(uuid.uuid4()),
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.http = http
        self.tasks = tasks
        self._learned: list[str] = []
        self._secret_hook: Callable[[str], None] | None = None
        self.client = TutorFlowClient(http, self._learn, wall_clock=wall_clock)
        self.editor = Editor(self.client)
        self.courses = Courses(self.client, tasks, OutlineBuilder(self.client, self.editor))
        self.creator = Creator(self.courses, new_key)
        self.content = TutorFlowContent(self.client, self.courses, self.editor.lock)

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
        """`sleep` and `clock` pace the client (rate limit, back-off); tests pass fakes."""
        key = settings.tutorflow_api_key.get_secret_value().strip() if settings.tutorflow_api_key else ""
        if not key:
            raise NotConfigured(
                "The tutorflow provider has no API key configured.",
                "Set TUTORFLOW_API_KEY to a TutorFlow Platform key (it starts with tf_platform_), and "
                "TUTORFLOW_BASE_URL when not using api.tutorflow.io, then restart the server.",
            )
        base_url = settings.tutorflow_base_url.rstrip("/")
        http = PlatformHttp(
            platform=PROVIDER,
            base_url=base_url,
            auth_header=("Authorization", f"Bearer {key}"),
            secrets=[key],
            # TutorFlow allows 60 calls a minute per key ("rateLimitPerMinute" on /agent/account); a
            # create refused with 429 is not retried, so the client paces itself rather than meet one.
            rate_per_minute=60,
            retry=retry,
            timeouts=Timeouts(read=30.0, write=60.0, long=300.0),
            transport=transport,
            sleep=sleep,
            clock=clock,
        )
        tasks = TaskTable(Path(settings.data_dir) / "tutorflow.sqlite3", account_of(base_url, key))
        return cls(http, tasks)

    # -- secrets -------------------------------------------------------------------------------------

    def set_secret_hook(self, hook: Callable[[str], None]) -> None:
        """Secrets learned at run time join the server's redactor (including those learned before)."""
        self._secret_hook = hook
        for secret in self._learned:
            hook(secret)

    def _learn(self, secret: str) -> None:
        if not secret or secret in self._learned:
            return
        self._learned.append(secret)
        self.http.add_secret(secret)
        if self._secret_hook is not None:
            self._secret_hook(secret)

    async def aclose(self) -> None:
        await self.http.aclose()

    # -- cost ------------------------------------------------------------------------------------------

    def estimate_cost(self, options: TaskOptions) -> float | None:
        """What generating the course will cost: $0.05 per lesson asked for (5 unless lesson_count says)."""
        return wire.cost_usd(wire.lesson_count(options))

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
        """Every generated lesson is billed: a course build, a regeneration, and each drafted lesson."""
        if operation == "draft":
            if units <= 0:
                return None
            return Quote(
                amount_usd=wire.cost_usd(units),
                what=f"TutorFlow generates {units} lesson(s) at ${wire.PRICE_PER_LESSON_USD:.2f} each",
            )
        if options is None:
            if task_id is None:
                return None
            number = task_number(task_id)
            options = (await in_thread(self.tasks.task, number)).options
            # Refused before anyone is asked: the create would refuse it anyway.
            self.creator.check_cost(number, options, outline)
        lessons = wire.lesson_count(options, outline, brief)
        return Quote(
            amount_usd=wire.cost_usd(lessons),
            what=f"TutorFlow generates and bills a course of {lessons} lessons at ${wire.PRICE_PER_LESSON_USD:.2f} each",
        )

    # -- tasks -----------------------------------------------------------------------------------------

    async def create_task(self, brief: Brief, options: TaskOptions) -> Task:
        options = wire.sized_options(options, brief)
        row = await in_thread(self.tasks.add_task, brief, options)
        lessons = wire.lesson_count(options)
        return Task(
            task_id=join_id(PROVIDER, row.number),
            provider=PROVIDER,
            status=TaskStatus.PENDING,
            name=brief.name,
            detail=(
                "Kept on this server: TutorFlow has no task object. generate_outline creates the whole course "
                f"({lessons} lessons, about ${wire.cost_usd(lessons):.2f})."
            ),
        )

    async def get_task(self, task_id: str) -> Task:
        number = task_number(task_id)
        task = await in_thread(self.tasks.task, number)
        base = Task(
            task_id=join_id(PROVIDER, number),
            provider=PROVIDER,
            status=TaskStatus.PENDING,
            name=task.brief.name,
        )
        row = await in_thread(self.tasks.latest, number)
        if row is None:
            return base.model_copy(
                update={"detail": "No course yet: call generate_outline (or run_pipeline) to create it."}
            )
        if row.request_id is None:
            return base.model_copy(
                update={
                    "detail": "The last create's answer was lost; generate_outline sends it again with the same "
                    "Idempotency-Key, so TutorFlow will not build a second course."
                }
            )
        request = await self.courses.fetch(row.request_id)
        return base.model_copy(
            update={
                "status": request.task_status,
                "course_id": join_id(PROVIDER, row.request_id),
                "has_outline": request.status == "COMPLETED",
                "detail": wire.request_detail(request),
            }
        )

    async def cancel_task(self, task_id: str) -> Task:
        await in_thread(self.tasks.task, task_number(task_id))
        raise NotSupported(
            "The tutorflow provider cannot stop a course generation: TutorFlow offers no way to cancel one.",
            "Let it finish (about 20 seconds to a few minutes); the course then stays in the TutorFlow workspace.",
        )

    # -- creating the course -------------------------------------------------------------------------

    async def generate_outline(
        self, task_id: str, outline: list[OutlineSection] | None, regenerate: bool
    ) -> Course:
        number = task_number(task_id)
        task = await in_thread(self.tasks.task, number)
        row, request = await self.creator.create(
            number, outline or None, regenerate=regenerate, mode=task.options.mode
        )
        if request.status == "FAILED":
            raise Unavailable(
                wire.request_detail(request),
                f"Change the brief or the outline and call generate_outline(task_id='tutorflow:{number}', "
                "regenerate=true), or try again later.",
            )
        return await self.courses.course(row, request, include_content=False)

    async def run_pipeline(self, task_id: str) -> Task:
        number = task_number(task_id)
        await self.creator.create(number, None, regenerate=False, mode="async")
        return await self.get_task(task_id)

    async def get_course(self, course_id: str, include_content: bool = False) -> Course:
        row = await self.courses.row(course_id)
        request = await self.courses.fetch(course_id)
        if request.status == "FAILED":
            raise self.courses.not_ready(course_id, request)
        return await self.courses.course(row, request, include_content=include_content)

    async def list_courses(self, task_id: str | None = None) -> list[CourseSummary]:
        number = task_number(task_id) if task_id else None
        if number is not None:
            await in_thread(self.tasks.task, number)
        return await self.courses.summaries(number)

    async def readiness(self, target_id: str, until: WaitTarget) -> ReadyState:
        return await self.content.state(target_id, until)

    # -- editing ---------------------------------------------------------------------------------------

    async def create_block(
        self,
        course_id: str,
        parent_id: str,
        block_type: str,
        display_name: str,
        content: str | None,
        position: Position,
    ) -> str:
        row = await self.courses.completed(course_id)
        assert row.request_id is not None
        return await self.editor.create_block(
            row.request_id, parent_id, block_type, display_name, content, position
        )

    async def update_block(
        self, course_id: str, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        row = await self.courses.completed(course_id)
        assert row.request_id is not None
        await self.editor.update_block(row.request_id, block_id, display_name, content)

    async def delete_block(self, course_id: str, block_id: str) -> list[str]:
        row = await self.courses.completed(course_id)
        assert row.request_id is not None
        return await self.editor.delete_block(row.request_id, block_id)

    async def reorder_children(self, course_id: str, parent_id: str, children: list[str]) -> None:
        row = await self.courses.completed(course_id)
        assert row.request_id is not None
        await self.editor.reorder_children(row.request_id, parent_id, children)

    async def draft_content(
        self, course_id: str, unit_ids: list[str] | None, redraft: bool, progress: ProgressFn
    ) -> DraftResult:
        row = await self.courses.completed(course_id)
        assert row.request_id is not None
        return await self.content.draft(
            row.request_id, join_id(PROVIDER, course_id), unit_ids or None, redraft, progress
        )

    # -- publishing ------------------------------------------------------------------------------------

    async def publish(self, course_id: str) -> PublishResult:
        await self.courses.completed(course_id)
        request = await self.courses.fetch(course_id)
        if not request.publicUrl:
            raise Unavailable(
                f"TutorFlow gave no public learner URL for course tutorflow:{course_id}.",
                "Check that the course has at least one lesson, then publish again.",
            )
        await in_thread(self.tasks.set_published, course_id, request.publicUrl)
        return PublishResult(
            published=True,
            location=request.publicUrl,
            detail=(
                f"Learners open the course at {request.publicUrl} (read-only, no login). It stays editable "
                "through coursewright; TutorFlow has no unpublish, so anyone with this link keeps access."
            ),
        )

    async def editor_link(self, course_id: str) -> str:
        """A fresh link to TutorFlow's web editor for this course: anyone holding it can edit for an hour.

        Deliberately the one secret not given to the server's redactor (a tool shows it to the user,
        with that warning); it is still kept out of this client's own logs and errors. The link uses
        a freshly minted token, which coursewright then works with too (the seed speaks of one current
        edit token; a platform may revoke the old one when a new one is minted).
        """
        await self.courses.completed(course_id)
        request = await self.courses.fetch(course_id)
        current = request.previewUrl or request.editUrl
        old_token = wire.token_in_editor_url(current or "")
        if not current or not old_token:
            raise Unavailable(
                f"TutorFlow gave no editor address for course tutorflow:{course_id}.",
                "Open the course from the TutorFlow dashboard instead.",
            )
        minted = await self.client.mint_token(course_id)
        self.http.add_secret(minted.editToken)
        # One current token for the link and for coursewright: where a new token revokes the old
        # one, keeping a second would make the next edit re-mint and revoke the user's link.
        self.client.adopt_token(course_id, minted)
        return current.replace(old_token, minted.editToken)

    # -- what TutorFlow cannot do ----------------------------------------------------------------------

    async def delete_course(self, course_id: str) -> None:
        await self.courses.row(course_id)
        raise NotSupported(
            "The tutorflow provider cannot delete courses: TutorFlow's Platform API offers no delete.",
            "Delete it in the TutorFlow dashboard.",
        )


__all__ = ["TUTORFLOW_CAPABILITIES", "TutorFlowProvider"]
