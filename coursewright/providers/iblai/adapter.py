"""The ibl.ai provider: courses on Open edX through ibl.ai's Course Creation API.

Stepwise: a task holds the brief; `create-course` makes the empty edX course, then the
platform outlines it (`create-course-outline`) or the agent's outline is built with
`create-xblock`; units are drafted all at once in the background or one by one
synchronously; `sync-to-edx` publishes. The API has no idempotency keys, so a create whose
answer is lost is looked up on the platform before it is sent again, and the journal keeps
an unresolved create so the next call looks it up too. A block is looked up among its
parent's children that were not there before the call (`outline`), and the journal
keeps an agent's outline build until it completes, so a re-run resumes it. Calls live in
`client`, wire shapes in `wire`, creating at most once in `journal`, structure edits in `edits`,
building an outline in `build`, drafting and waiting in `content`.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import time
from collections.abc import Awaitable, Callable
from pathlib import PurePath
from typing import Self

import anyio
import httpx2

from coursewright.config import Settings
from coursewright.errors import (
    Conflict,
    CoursewrightError,
    InvalidInput,
)
from coursewright.guardrails.files import MAX_FILES_PER_TASK, MEDIA_TYPES
from coursewright.model import (
    Attachment,
    Brief,
    Course,
    CourseSummary,
    DraftResult,
    OutlineSection,
    Position,
    PublishResult,
    ReadyState,
    StudentProgress,
    Task,
    TaskOptions,
    TaskStatus,
    join_id,
)
from coursewright.providers.base import Capabilities, ProgressFn, Provider, WaitTarget
from coursewright.providers.http import PlatformHttp, RetryPolicy
from coursewright.providers.iblai import tree, wire
from coursewright.providers.iblai.build import OutlineBuilder
from coursewright.providers.iblai.client import IblaiClient, Json
from coursewright.providers.iblai.content import RUNNING, IblaiContent
from coursewright.providers.iblai.edits import Editor
from coursewright.providers.iblai.journal import PROVIDER, ScopedJournal
from coursewright.providers.journal import IntentState, Journal

#: How far the platform's clock may be from ours when matching a task we may have created.
CLOCK_SKEW_S = 300
#: A listing reads at most this many outlines for statuses (the newest courses): an org may hold thousands.
STATUS_READS_PER_LISTING = 25

IBLAI_CAPABILITIES = Capabilities(
    separate_outline=True,
    agent_outline=True,
    edit_structure=True,
    draft_all=True,
    draft_units=True,
    pipeline=True,
    reference_files=True,
    student_progress=True,
    delete_course=True,
    publish_means=(
        "sync-to-edx: ibl.ai pushes the course to your organisation's Open edX, where it goes live for learners"
    ),
    cost_signal="model choice: each generation step runs the task's LLM (default gpt-4o-mini) on your ibl.ai account",
)


class IblaiProvider(Provider):
    name = PROVIDER
    capabilities = IBLAI_CAPABILITIES

    def __init__(
        self, client: IblaiClient, journal: ScopedJournal, content: IblaiContent | None = None
    ) -> None:
        self.client = client
        self.journal = journal
        self.content = content or IblaiContent(client, journal)
        self.edits = Editor(client, journal)
        self.outline = OutlineBuilder(client, journal, self.edits)

    @property
    def http(self) -> PlatformHttp:
        return self.client.http

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
        client = IblaiClient.from_settings(
            settings, transport=transport, retry=retry, sleep=sleep, clock=clock
        )
        journal = ScopedJournal(
            Journal.for_settings(settings),
            base_url=settings.iblai_base_url,
            org=client.org,
            user_id=client.user_id,
        )
        return cls(client, journal)

    async def aclose(self) -> None:
        await self.client.aclose()

    # --- tasks ----------------------------------------------------------------------------------

    async def create_task(self, brief: Brief, options: TaskOptions) -> Task:
        wire.check_brief_fits(brief, options)
        body = wire.task_request(brief, options)
        fingerprint = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
        earlier = await self.journal.find("create_task", fingerprint)
        intent = await self.journal.record("create_task", fingerprint, fingerprint)
        if earlier is not None and earlier.state in (IntentState.PENDING, IntentState.UNKNOWN):
            # An earlier create of this brief ended without an answer: it may exist already.
            found = await self._find_created_task(brief, since=earlier.created_at)
            if found is not None:
                await self.journal.done(earlier, str(found.get("id", "")))
                return wire.task_from_wire(await self.journal.settle(intent, found))
            await self.journal.failed(earlier, "not found on look-up")
        created = await self.journal.create_once(
            lambda: self.client.create_task(body),
            lambda: self._find_created_task(brief, since=intent.created_at),
            "creating the course task",
            intent,
        )
        return wire.task_from_wire(created)

    async def _find_created_task(self, brief: Brief, since: float) -> Json | None:
        """The newest task with this brief, created since `since` (less the clock skew), not yet claimed."""
        threshold = since - CLOCK_SKEW_S
        claimed = await self.journal.native_ids("create_task")
        matches = []
        for item in await self.client.recent_tasks():
            created = wire.parse_time(item.get("date_created"))
            if not wire.task_matches(item, brief) or str(item.get("id")) in claimed:
                continue
            if created is not None and created.timestamp() < threshold:
                continue
            matches.append(item)
        return max(matches, key=lambda item: int(item.get("id") or 0), default=None)

    async def get_task(self, task_id: str) -> Task:
        number = wire.native_number(task_id, "task")
        return await self._described_task(number, await self.client.task(number))

    async def _described_task(self, number: int, data: Json) -> Task:
        """A task as every tool shows it: its record plus its course and whether that has an outline."""
        if not isinstance(data.get("files"), list):
            data = {**data, "files": await self.client.task_files(number, data)}
        course = await self.client.course_of_task(number)
        has_outline = False
        if course is not None:
            root = tree.root_from_wire(await self.client.structure(course, False), False)
            has_outline = bool(root.children)
        return wire.task_from_wire(data, course, has_outline)

    async def attach_reference(self, task_id: str, filename: str, data: bytes) -> Attachment:
        number = wire.native_number(task_id, "task")
        task = await self.client.task(number)
        status = wire.task_status(task.get("status"))
        if status is not TaskStatus.PENDING:
            # The seed: files attached after create-course-outline *or start* are ignored.
            raise Conflict(
                f"Task iblai:{number} is {status.value.replace('_', ' ')}: its pipeline was started, and ibl.ai "
                "ignores files attached after the start.",
                "Attach files to a task before run_pipeline or generate_outline; for a course built from "
                "this file, create a new task and attach it first.",
            )
        known = {str(f.get("id")) for f in await self.client.task_files(number, task)}
        if len(known) >= MAX_FILES_PER_TASK:
            raise Conflict(
                f"Task iblai:{number} already has {len(known)} reference files, the most ibl.ai takes.",
                "Put the essential facts from this file into the brief's description instead.",
            )
        suffix = PurePath(filename).suffix.lower()
        media_type = (
            MEDIA_TYPES.get(suffix) or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        )

        async def look_up() -> Json | None:
            files = await self.client.task_files(number)
            new = [f for f in files if str(f.get("id")) not in known]
            return new[-1] if new else None

        created = await self.journal.create_once(
            lambda: self.client.upload_file(number, filename, data, media_type),
            look_up,
            f"uploading {filename!r}",
        )
        attachment = wire.attachment_from_wire(created, size=len(data))
        return attachment.model_copy(update={"name": filename, "size": len(data)})

    async def run_pipeline(self, task_id: str) -> Task:
        """Start the pipeline; a cancelled task is started again (the seed's remedy for a stuck one)."""
        number = wire.native_number(task_id, "task")
        before = wire.task_status((await self.client.task(number)).get("status"))

        async def look_up() -> Json | None:
            data = await self.client.task(number)
            return data if wire.task_status(data.get("status")) in (*RUNNING, TaskStatus.SUCCESS) else None

        try:
            started = await self.journal.create_once(
                lambda: self.client.start(number), look_up, "starting the pipeline"
            )
        except (InvalidInput, Conflict) as exc:
            if before is not TaskStatus.CANCELLED:
                raise
            raise Conflict(
                f"ibl.ai did not start cancelled task iblai:{number} again: {exc.what}",
                "This deployment does not restart a cancelled task: create a new task with the same brief "
                "(create_task) and run that one.",
            ) from None
        return wire.task_from_wire(started)

    async def cancel_task(self, task_id: str) -> Task:
        number = wire.native_number(task_id, "task")
        status = wire.task_status((await self.client.task(number)).get("status"))
        if status.terminal:
            raise Conflict(
                f"Task iblai:{number} is {status.value}, so there is nothing to cancel.",
                "Use get_task to see its result; delete the course with delete_course if it is unwanted.",
            )

        async def look_up() -> Json | None:
            data = await self.client.task(number)
            return data if wire.task_status(data.get("status")) == TaskStatus.CANCELLED else None

        cancelled = await self.journal.create_once(
            lambda: self.client.cancel(number), look_up, "cancelling the task"
        )
        # The cancel answer is the bare task record; a course it already has is still part of it.
        return await self._described_task(number, {**cancelled, "id": cancelled.get("id", number)})

    # --- outline --------------------------------------------------------------------------------

    async def generate_outline(
        self, task_id: str, outline: list[OutlineSection] | None, regenerate: bool
    ) -> Course:
        course = await self.outline.generate(wire.native_number(task_id, "task"), outline, regenerate)
        return await self.get_course(str(course))

    # --- courses --------------------------------------------------------------------------------

    async def get_course(self, course_id: str, include_content: bool = False) -> Course:
        number = wire.native_number(course_id, "course")
        data = await self.client.structure(number, include_content)
        published = str(number) in await self.journal.native_ids("publish")
        root = tree.root_from_wire(data, include_content)
        task = await self.client.task_of_course(number, data)
        return Course(
            course_id=join_id(PROVIDER, number),
            provider=PROVIDER,
            title=str(data.get("name") or root.display_name),
            task_id=join_id(PROVIDER, task) if task is not None else None,
            status=tree.course_status(root, include_content, published),
            location=tree.course_key(data) if published else None,
            root=root,
        )

    async def list_courses(self, task_id: str | None = None) -> list[CourseSummary]:
        """Each course with the status get_course would give it.

        The course records carry no structure, so an unpublished course's status comes from its
        outline: one light read each, for the newest `STATUS_READS_PER_LISTING` unpublished courses.
        Beyond that, and where a read fails, the status stays empty (unknown) rather than guessed.
        """
        task = wire.native_number(task_id, "task") if task_id else None
        items = await self.client.courses(task)
        published = await self.journal.native_ids("publish")
        unpublished = [
            n for n in map(tree.course_number_of, items) if n is not None and str(n) not in published
        ]
        statuses = await self.content.outline_statuses(
            sorted(unpublished, reverse=True)[:STATUS_READS_PER_LISTING]
        )
        return [
            tree.summary_from_wire(
                item, str(item.get("id", "")) in published, statuses.get(tree.course_number_of(item))
            )
            for item in items
        ]

    async def delete_course(self, course_id: str) -> None:
        number = wire.native_number(course_id, "course")
        await self.client.course(number)  # a wrong id says so before anything is sent
        await self.client.delete_course(number)

    async def publish(self, course_id: str) -> PublishResult:
        number = wire.native_number(course_id, "course")
        intent = await self.journal.record("publish", str(number), "sync-to-edx")
        try:
            data = await self.client.sync(number)
        except CoursewrightError as exc:
            await self.journal.failed(intent, type(exc).__name__)
            if "no task" in exc.what.lower():
                # The seed: the course record lost its task link; recreate it via the task's create-course.
                raise Conflict(
                    f"ibl.ai cannot sync course iblai:{number}: it has lost the link to its task.",
                    "ibl.ai's remedy is to recreate the course through its task: call generate_outline with "
                    "that task_id (its create-course step runs again), then check the course with get_course "
                    "before publishing.",
                ) from None
            raise
        key = tree.course_key(data) or tree.course_key(await self.client.course(number))
        await self.journal.done(intent, str(number))
        where = f" as {key}" if key else ""
        return PublishResult(
            published=True,
            location=key,
            detail=(
                f"ibl.ai synced course iblai:{number} to Open edX{where}; it is live in the organisation's LMS. "
                "Later edits need another publish."
            ),
        )

    async def student_progress(self, course_id: str, username: str) -> StudentProgress:
        number = wire.native_number(course_id, "course")
        data = await self.client.student_progress(number, username)
        return wire.progress_from_wire(data, join_id(PROVIDER, number), username)

    # --- blocks ---------------------------------------------------------------------------------

    async def create_block(
        self,
        course_id: str,
        parent_id: str,
        block_type: str,
        display_name: str,
        content: str | None,
        position: Position,
    ) -> str:
        number = wire.native_number(course_id, "course")
        return await self.edits.create_block(number, parent_id, block_type, display_name, content, position)

    async def update_block(
        self, course_id: str, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        await self.edits.update_block(
            wire.native_number(course_id, "course"), block_id, display_name, content
        )

    async def delete_block(self, course_id: str, block_id: str) -> list[str]:
        return await self.edits.delete_block(wire.native_number(course_id, "course"), block_id)

    async def reorder_children(self, course_id: str, parent_id: str, children: list[str]) -> None:
        await self.edits.reorder_children(wire.native_number(course_id, "course"), parent_id, children)

    # --- content --------------------------------------------------------------------------------

    async def draft_content(
        self, course_id: str, unit_ids: list[str] | None, redraft: bool, progress: ProgressFn
    ) -> DraftResult:
        return await self.content.draft(wire.native_number(course_id, "course"), unit_ids, redraft, progress)

    async def readiness(self, target_id: str, until: WaitTarget) -> ReadyState:
        if until == "pipeline":
            return await self.content.pipeline_state(wire.native_number(target_id, "task"))
        return await self.content.course_state(wire.native_number(target_id, "course"), until)
