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
from functools import partial
from pathlib import Path
from typing import Any, Literal, Self, TypeVar

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
    Refused,
    Unavailable,
)
from coursewright.model import (
    Brief,
    Course,
    CourseStatus,
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
from coursewright.providers.tutorflow import tree, wire
from coursewright.providers.tutorflow.client import TutorFlowClient
from coursewright.providers.tutorflow.edits import Editor
from coursewright.providers.tutorflow.tasks import RequestRow, TaskTable, account_of, task_number

T = TypeVar("T")
PROVIDER = wire.PROVIDER
#: How a listing marks a course still generating when TutorFlow last answered and unknown to it now. It is
#: listed rather than left out so the user sees where that generation went, and its task can regenerate it.
FORGOTTEN_NOTE = "TutorFlow no longer knows this course; regenerate its task to build it again"
#: Lessons generated at once while drafting: enough to overlap the streams, far under 60 calls a minute.
DRAFT_CONCURRENCY = 3

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
        self._new_key = new_key
        self._learned: list[str] = []
        self._secret_hook: Callable[[str], None] | None = None
        self.client = TutorFlowClient(http, self._learn, wall_clock=wall_clock)
        self.editor = Editor(self.client)
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

    async def _run(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        # SQLite blocks; keep it off the event loop.
        return await anyio.to_thread.run_sync(partial(function, *args, **kwargs))

    # -- cost ------------------------------------------------------------------------------------------

    def estimate_cost(self, options: TaskOptions) -> float | None:
        """What generating the course will cost: $0.05 per lesson asked for (5 unless lesson_count says)."""
        return wire.cost_usd(wire.lesson_count(options))

    # -- tasks -----------------------------------------------------------------------------------------

    async def create_task(self, brief: Brief, options: TaskOptions) -> Task:
        row = await self._run(self.tasks.add_task, brief, options)
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
        task = await self._run(self.tasks.task, number)
        base = Task(
            task_id=join_id(PROVIDER, number),
            provider=PROVIDER,
            status=TaskStatus.PENDING,
            name=task.brief.name,
        )
        row = await self._run(self.tasks.latest, number)
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
        request = await self._fetch(row.request_id)
        return base.model_copy(
            update={
                "status": request.task_status,
                "course_id": join_id(PROVIDER, row.request_id),
                "has_outline": request.status == "COMPLETED",
                "detail": wire.request_detail(request),
            }
        )

    async def cancel_task(self, task_id: str) -> Task:
        await self._run(self.tasks.task, task_number(task_id))
        raise NotSupported(
            "The tutorflow provider cannot stop a course generation: TutorFlow offers no way to cancel one.",
            "Let it finish (about 20 seconds to a few minutes); the course then stays in the TutorFlow workspace.",
        )

    # -- creating the course -------------------------------------------------------------------------

    async def generate_outline(
        self, task_id: str, outline: list[OutlineSection] | None, regenerate: bool
    ) -> Course:
        number = task_number(task_id)
        task = await self._run(self.tasks.task, number)
        row, request = await self._create(
            number, outline or None, regenerate=regenerate, mode=task.options.mode
        )
        if request.status == "FAILED":
            raise Unavailable(
                wire.request_detail(request),
                f"Change the brief or the outline and call generate_outline(task_id='tutorflow:{number}', "
                "regenerate=true), or try again later.",
            )
        return await self._course(row, request, include_content=False)

    async def run_pipeline(self, task_id: str) -> Task:
        number = task_number(task_id)
        await self._create(number, None, regenerate=False, mode="async")
        return await self.get_task(task_id)

    async def _create(
        self,
        number: int,
        outline: list[OutlineSection] | None,
        *,
        regenerate: bool,
        mode: Literal["sync", "async"],
    ) -> tuple[RequestRow, wire.WireRequest]:
        task = await self._run(self.tasks.task, number)
        async with self._create_lock:
            latest = await self._run(self.tasks.latest, number)
            if latest is not None and latest.request_id is None:
                # An earlier create whose answer never came: the same body and key again, so TutorFlow
                # returns that request if it exists rather than generating another.
                row = latest
            else:
                if latest is not None and latest.request_id is not None and not regenerate:
                    state = await self._fetch(latest.request_id)
                    if state.status != "FAILED":
                        raise Conflict(
                            f"Task tutorflow:{number} already has a course (tutorflow:{latest.request_id}, "
                            f"{state.status.lower()}).",
                            "Use get_course or poll_until_ready on it; pass regenerate=true only if the user wants "
                            "a new course (it is generated and billed again).",
                        )
                self._check_cost(number, task.options, outline)
                key = self._new_key()
                body = wire.create_body(task.brief, task.options, outline, mode=mode, idempotency_key=key)
                row = await self._run(
                    self.tasks.add_request,
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
                request = await self.client.create(body, mode=sent_mode)
            except (Unavailable, OutcomeUnknown) as exc:
                raise OutcomeUnknown(
                    f"TutorFlow gave no usable answer to the request creating the course for task "
                    f"tutorflow:{number} ({exc.what.rstrip('.')}).",
                    "Call generate_outline again with the same arguments: it resends the same Idempotency-Key, so "
                    "TutorFlow returns the course if it was created and never builds or bills a second one.",
                ) from None
            except CoursewrightError:
                # A refusal created nothing: the next call starts afresh (with what it is then given).
                await self._run(self.tasks.forget, row.idempotency_key)
                raise
            await self._run(self.tasks.set_request_id, row.idempotency_key, request.id)
            await self._run(self.tasks.set_state, request.id, request.status, request.title)
            row = await self._run(self.tasks.by_key, row.idempotency_key)
            assert row is not None
        if outline and row.outline != outline:
            raise Conflict(
                f"Task tutorflow:{number} already had a course on its way from an earlier call whose answer was lost "
                f"(tutorflow:{request.id}); it was built from that call's outline, not this one.",
                "Look at it with get_course; pass regenerate=true only if the user wants a new course from this outline.",
            )
        return row, request

    def _check_cost(self, number: int, options: TaskOptions, outline: list[OutlineSection] | None) -> None:
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

    # -- reading ---------------------------------------------------------------------------------------

    async def _fetch(self, request_id: str) -> wire.WireRequest:
        request = await self.client.get(request_id)
        await self._run(self.tasks.set_state, request_id, request.status, request.title)
        return request

    async def _row(self, native: str) -> RequestRow:
        row = await self._run(self.tasks.by_request_id, native)
        if row is None:
            raise NotFound(
                f"Course tutorflow:{native} was not created through this server.",
                "Pass the course_id that generate_outline or get_task returned (list_courses shows them).",
            )
        return row

    async def _completed(self, native: str) -> RequestRow:
        """The course's row once TutorFlow finished it and the agent's outline is in place."""
        row = await self._row(native)
        if row.status != "COMPLETED":
            request = await self._fetch(native)
            if request.status != "COMPLETED":
                raise self._not_ready(native, request)
        return await self._settle_outline(row)

    @staticmethod
    def _not_ready(native: str, request: wire.WireRequest) -> CoursewrightError:
        if request.status == "FAILED":
            return Conflict(
                wire.request_detail(request),
                "Call generate_outline with regenerate=true on its task to build it again.",
            )
        return Conflict(
            f"Course tutorflow:{native} is still being generated, so it cannot be changed or published yet.",
            f"Call poll_until_ready(target_id='tutorflow:{native}', until='outline') first.",
        )

    async def _settle_outline(self, row: RequestRow) -> RequestRow:
        """Impose the agent's outline once, after TutorFlow built the course from the prompt."""
        if not row.outline_pending or row.request_id is None:
            return row
        cleared = await self.editor.impose_outline(row.request_id, row.outline or [], self._row_pending(row))
        if cleared is not None:
            await self._run(self.tasks.set_outline_applied, row.request_id, cleared)
        fresh = await self._run(self.tasks.by_request_id, row.request_id)
        assert fresh is not None
        return fresh

    def _row_pending(self, row: RequestRow) -> Callable[[], Awaitable[bool]]:
        async def still_pending() -> bool:
            fresh = await self._run(self.tasks.by_request_id, row.request_id)
            return fresh is not None and fresh.outline_pending

        return still_pending

    async def _course(self, row: RequestRow, request: wire.WireRequest, *, include_content: bool) -> Course:
        assert row.request_id is not None
        task = await self._run(self.tasks.task, row.task)
        published = row.published_at is not None
        if request.status == "COMPLETED":
            row = await self._settle_outline(row)
            canonical = await self.client.canonical(row.request_id)
            root = tree.course_tree(row.request_id, canonical, include_content=include_content)
            status = tree.course_status(request, canonical, published)
            await self._note_drafted(row, status)
        else:
            title = request.title or task.brief.name
            root = tree.planned_tree(row.request_id, title, row.outline)
            status = CourseStatus.DRAFTING
        return Course(
            course_id=join_id(PROVIDER, row.request_id),
            provider=PROVIDER,
            title=root.display_name,
            task_id=join_id(PROVIDER, row.task),
            status=status,
            location=row.public_url if published else None,
            root=root,
        )

    async def _note_drafted(self, row: RequestRow, status: CourseStatus) -> None:
        """Once every lesson has content again, listings stop calling the course merely outlined."""
        if row.cleared and row.request_id and status is CourseStatus.DRAFTED:
            await self._run(self.tasks.set_outline_applied, row.request_id, [])

    async def get_course(self, course_id: str, include_content: bool = False) -> Course:
        row = await self._row(course_id)
        request = await self._fetch(course_id)
        if request.status == "FAILED":
            raise self._not_ready(course_id, request)
        return await self._course(row, request, include_content=include_content)

    async def list_courses(self, task_id: str | None = None) -> list[CourseSummary]:
        number = task_number(task_id) if task_id else None
        if number is not None:
            await self._run(self.tasks.task, number)
        summaries = []
        for row in await self._run(self.tasks.requests, number):
            assert row.request_id is not None
            forgotten = False
            if row.status not in ("COMPLETED", "FAILED"):
                try:
                    await self._fetch(row.request_id)
                except NotFound:
                    # The platform was reset since: one course it lost must not hide the others.
                    forgotten = True
                else:
                    row = await self._row(row.request_id)
            title = row.title or (await self._run(self.tasks.task, row.task)).brief.name
            summaries.append(
                CourseSummary(
                    course_id=join_id(PROVIDER, row.request_id),
                    title=f"{title} ({FORGOTTEN_NOTE})" if forgotten else title,
                    task_id=join_id(PROVIDER, row.task),
                    status=None if forgotten else _summary_status(row),
                    location=row.public_url if row.published_at else None,
                    updated_at=row.updated_at,
                )
            )
        return summaries

    async def readiness(self, target_id: str, until: WaitTarget) -> ReadyState:
        if target_id.isdigit():
            number = task_number(target_id)
            await self._run(self.tasks.task, number)
            row = await self._run(self.tasks.latest, number)
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
            row = await self._row(target_id)
        assert row.request_id is not None
        course_id = join_id(PROVIDER, row.request_id)
        request = await self._fetch(row.request_id)
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
            )
        row = await self._settle_outline(row)
        if until != "content":
            return ReadyState(
                ready=True, status="completed", progress=100.0, detail=wire.request_detail(request)
            )
        canonical = await self.client.canonical(row.request_id)
        missing = [lesson.id for lesson in canonical.lessons if lesson.is_empty]
        total = len(canonical.lessons)
        if not missing:
            await self._note_drafted(row, CourseStatus.DRAFTED)
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
        row = await self._completed(course_id)
        assert row.request_id is not None
        return await self.editor.create_block(
            row.request_id, parent_id, block_type, display_name, content, position
        )

    async def update_block(
        self, course_id: str, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        row = await self._completed(course_id)
        assert row.request_id is not None
        await self.editor.update_block(row.request_id, block_id, display_name, content)

    async def delete_block(self, course_id: str, block_id: str) -> list[str]:
        row = await self._completed(course_id)
        assert row.request_id is not None
        return await self.editor.delete_block(row.request_id, block_id)

    async def reorder_children(self, course_id: str, parent_id: str, children: list[str]) -> None:
        row = await self._completed(course_id)
        assert row.request_id is not None
        await self.editor.reorder_children(row.request_id, parent_id, children)

    async def draft_content(
        self, course_id: str, unit_ids: list[str] | None, redraft: bool, progress: ProgressFn
    ) -> DraftResult:
        row = await self._completed(course_id)
        assert row.request_id is not None
        return await self.editor.draft(
            row.request_id,
            join_id(PROVIDER, course_id),
            unit_ids or None,
            redraft,
            progress,
            DRAFT_CONCURRENCY,
        )

    # -- publishing ------------------------------------------------------------------------------------

    async def publish(self, course_id: str) -> PublishResult:
        await self._completed(course_id)
        request = await self._fetch(course_id)
        if not request.publicUrl:
            raise Unavailable(
                f"TutorFlow gave no public learner URL for course tutorflow:{course_id}.",
                "Check that the course has at least one lesson, then publish again.",
            )
        await self._run(self.tasks.set_published, course_id, request.publicUrl)
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
        its own token, so coursewright's working token is not handed out.
        """
        await self._completed(course_id)
        request = await self._fetch(course_id)
        current = request.previewUrl or request.editUrl
        old_token = wire.token_in_editor_url(current or "")
        if not current or not old_token:
            raise Unavailable(
                f"TutorFlow gave no editor address for course tutorflow:{course_id}.",
                "Open the course from the TutorFlow dashboard instead.",
            )
        minted = await self.client.mint_token(course_id)
        self.http.add_secret(minted.editToken)
        return current.replace(old_token, minted.editToken)

    # -- what TutorFlow cannot do ----------------------------------------------------------------------

    async def delete_course(self, course_id: str) -> None:
        await self._row(course_id)
        raise NotSupported(
            "The tutorflow provider cannot delete courses: TutorFlow's Platform API offers no delete.",
            "Delete it in the TutorFlow dashboard.",
        )


def _summary_status(row: RequestRow) -> CourseStatus | None:
    if row.published_at is not None:
        return CourseStatus.PUBLISHED
    if row.status == "COMPLETED":
        return CourseStatus.OUTLINED if row.cleared else CourseStatus.DRAFTED
    if row.status == "FAILED":
        return None
    return CourseStatus.DRAFTING


__all__ = ["TUTORFLOW_CAPABILITIES", "TutorFlowProvider"]
