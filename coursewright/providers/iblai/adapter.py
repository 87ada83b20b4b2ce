"""The ibl.ai provider: courses on Open edX through ibl.ai's Course Creation API.

Stepwise: a task holds the brief; `create-course` makes the empty edX course, then the
platform outlines it (`create-course-outline`) or the agent's outline is built with
`create-xblock`; units are drafted all at once in the background or one by one
synchronously; `sync-to-edx` publishes. The API has no idempotency keys, so a create whose
answer is lost is looked up on the platform before it is sent again, and the journal keeps
an unresolved create so the next call looks it up too. A block is looked up among its
parent's children that were not there before the call (`outline`), and the journal
keeps an agent's outline build until it completes, so a re-run resumes it. Calls live in
`client`, wire shapes in `wire`, drafting and waiting in `content`.
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
    NotConfigured,
    NotFound,
    OutcomeUnknown,
)
from coursewright.guardrails.files import MAX_FILES_PER_TASK, MEDIA_TYPES
from coursewright.model import (
    VALID_PARENT,
    Attachment,
    Block,
    Brief,
    Course,
    CourseStatus,
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
from coursewright.providers.base import BaseProvider, Capabilities, ProgressFn, WaitTarget
from coursewright.providers.http import PlatformHttp, RetryPolicy, Timeouts
from coursewright.providers.iblai import wire
from coursewright.providers.iblai.client import IblaiClient, Json
from coursewright.providers.iblai.content import RUNNING, IblaiContent
from coursewright.providers.iblai.journal import PROVIDER, ScopedJournal
from coursewright.providers.iblai.outline import (
    count_units,
    is_built_prefix,
    new_child,
    outline_fingerprint,
    planned_tree,
)
from coursewright.providers.journal import Intent, IntentState, Journal

AUTH_SCHEMES = {"api-token": "Api-Token", "token": "Token"}
#: How far the platform's clock may be from ours when matching a task we may have created.
CLOCK_SKEW_S = 300
#: Generation steps (outline, unit drafts, sync) are LLM or edX calls: allow them minutes.
TIMEOUTS = Timeouts(read=30.0, write=60.0, long=300.0)
#: A listing reads at most this many outlines for statuses (the newest courses): an org may hold thousands.
STATUS_READS_PER_LISTING = 25
STATUS_READS_AT_ONCE = 4

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


class IblaiProvider(BaseProvider):
    name = PROVIDER
    capabilities = IBLAI_CAPABILITIES

    def __init__(
        self, client: IblaiClient, journal: ScopedJournal, content: IblaiContent | None = None
    ) -> None:
        self.client = client
        self.journal = journal
        self.content = content or IblaiContent(client, journal)
        self._outline_locks: dict[int, anyio.Lock] = {}

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
        key = settings.iblai_api_key.get_secret_value().strip() if settings.iblai_api_key else ""
        org = (settings.iblai_org or "").strip()
        user_id = (settings.iblai_user_id or "").strip()
        missing = [
            name
            for name, value in (("IBLAI_API_KEY", key), ("IBLAI_ORG", org), ("IBLAI_USER_ID", user_id))
            if not value
        ]
        if missing:
            raise NotConfigured(
                f"The iblai provider is not configured: {', '.join(missing)} not set.",
                "Set IBLAI_API_KEY (the platform key), IBLAI_ORG (the tenant) and IBLAI_USER_ID (the key's "
                "username), and IBLAI_BASE_URL unless you use the hosted gateway; then restart the server.",
            )
        scheme = AUTH_SCHEMES.get(settings.iblai_auth_scheme.strip().lower())
        if scheme is None:
            raise NotConfigured(
                "IBLAI_AUTH_SCHEME names an authorization scheme ibl.ai does not accept.",
                "Set it to Api-Token (a platform key, the default) or Token (a session token).",
            )
        http = PlatformHttp(
            platform=PROVIDER,
            base_url=settings.iblai_base_url,
            auth_header=("Authorization", f"{scheme} {key}"),
            secrets=[key],
            retry=retry,
            timeouts=TIMEOUTS,
            transport=transport,
            sleep=sleep,
            clock=clock,
        )
        journal = ScopedJournal(
            Journal.for_settings(settings), base_url=settings.iblai_base_url, org=org, user_id=user_id
        )
        return cls(IblaiClient(http, org=org, user_id=user_id), journal)

    async def aclose(self) -> None:
        await self.client.aclose()

    # --- creating at most once ------------------------------------------------------------------

    async def _create_once(
        self,
        send: Callable[[], Awaitable[Json]],
        look_up: Callable[[], Awaitable[Json | None]],
        doing: str,
        intent: Intent | None = None,
        if_in_doubt: str | None = None,
    ) -> Json:
        """Send a create; if its answer is lost, look for the result, and send again only if absent.

        With an `intent`, the journal follows along, so a later call looks up an attempt whose
        outcome stayed unknown instead of creating a duplicate. `if_in_doubt` is the next step
        when the outcome stays unknown, for creates a later call cannot look up by itself.
        """
        try:
            try:
                return await self._settle(intent, await send())
            except OutcomeUnknown:
                if intent is not None:
                    await self.journal.unknown(intent, "answer lost")
            try:
                found = await look_up()
            except CoursewrightError as exc:
                raise OutcomeUnknown(
                    f"ibl.ai may have finished {doing}, and checking for it failed: {exc.what}",
                    if_in_doubt
                    or "Call the same tool again with the same arguments in a minute: coursewright looks for "
                    "the earlier attempt first and does not repeat it.",
                ) from None
            if found is not None:
                return await self._settle(intent, found)
            try:
                return await self._settle(intent, await send())
            except OutcomeUnknown:
                raise OutcomeUnknown(
                    f"ibl.ai lost the answer twice while {doing}, so whether it happened is unknown.",
                    if_in_doubt
                    or "Call the same tool again with the same arguments: coursewright looks for the earlier "
                    "attempt first and does not repeat it.",
                ) from None
        except OutcomeUnknown:
            raise
        except CoursewrightError as refusal:
            if intent is not None:
                await self.journal.failed(intent, type(refusal).__name__)
            raise

    async def _settle(self, intent: Intent | None, result: Json) -> Json:
        if intent is not None:
            await self.journal.done(intent, str(result.get("id") or result.get("xblock_id") or ""))
        return result

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
                return wire.task_from_wire(await self._settle(intent, found))
            await self.journal.failed(earlier, "not found on look-up")
        created = await self._create_once(
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

    async def _course_of_task(self, task: int) -> int | None:
        courses = await self.client.courses(task)
        return wire.course_number_of(courses[0]) if courses else None

    async def get_task(self, task_id: str) -> Task:
        number = wire.native_number(task_id, "task")
        return await self._described_task(number, await self.client.task(number))

    async def _described_task(self, number: int, data: Json) -> Task:
        """A task as every tool shows it: its record plus its course and whether that has an outline."""
        course = await self._course_of_task(number)
        has_outline = False
        if course is not None:
            root = wire.root_from_wire(await self.client.structure(course, False), False)
            has_outline = bool(root.children)
        return wire.task_from_wire(data, course, has_outline)

    async def attach_reference(self, task_id: str, filename: str, data: bytes) -> Attachment:
        number = wire.native_number(task_id, "task")
        task = await self.client.task(number)
        known = {str(f.get("id")) for f in task.get("files") or [] if isinstance(f, dict)}
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
            files = (await self.client.task(number)).get("files") or []
            new = [f for f in files if isinstance(f, dict) and str(f.get("id")) not in known]
            return new[-1] if new else None

        created = await self._create_once(
            lambda: self.client.upload_file(number, filename, data, media_type),
            look_up,
            f"uploading {filename!r}",
        )
        attachment = wire.attachment_from_wire(created, size=len(data))
        return attachment.model_copy(update={"name": filename, "size": len(data)})

    async def run_pipeline(self, task_id: str) -> Task:
        number = wire.native_number(task_id, "task")

        async def look_up() -> Json | None:
            data = await self.client.task(number)
            return data if wire.task_status(data.get("status")) in (*RUNNING, TaskStatus.SUCCESS) else None

        return wire.task_from_wire(
            await self._create_once(lambda: self.client.start(number), look_up, "starting the pipeline")
        )

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

        cancelled = await self._create_once(
            lambda: self.client.cancel(number), look_up, "cancelling the task"
        )
        # The cancel answer is the bare task record; a course it already has is still part of it.
        return await self._described_task(number, {**cancelled, "id": cancelled.get("id", number)})

    # --- outline --------------------------------------------------------------------------------

    async def generate_outline(
        self, task_id: str, outline: list[OutlineSection] | None, regenerate: bool
    ) -> Course:
        number = wire.native_number(task_id, "task")
        status = wire.task_status((await self.client.task(number)).get("status"))
        if status == TaskStatus.CANCELLED:
            raise Conflict(f"Task iblai:{number} was cancelled.", "Create a new task with create_task.")
        if status in RUNNING:
            raise Conflict(
                f"Task iblai:{number} is running its one-shot pipeline, which builds the outline itself.",
                "Wait with poll_until_ready(until='pipeline'), or cancel_task first.",
            )
        made = await self.client.create_course(number)
        course = wire.course_number_of(made)
        if course is None:
            course = await self._course_of_task(number)
        if course is None:
            raise OutcomeUnknown(
                f"ibl.ai answered create-course for task iblai:{number} without saying which course it made.",
                "Call list_courses with this task_id to find it, then get_course.",
            )
        # A second call for the same course waits, then sees what the first built.
        async with self._outline_locks.setdefault(course, anyio.Lock()):
            await self._outline_into(number, course, made, outline, regenerate)
        return await self.get_course(str(course))

    async def _outline_into(
        self, number: int, course: int, made: Json, outline: list[OutlineSection] | None, regenerate: bool
    ) -> None:
        earlier = await self.journal.find("build_outline", str(course))
        root = wire.root_from_wire(await self.client.structure(course, False), False)
        resume = (
            bool(root.children)
            and bool(outline)
            and not regenerate
            and _interrupted_build_of(earlier, root, outline or [])
        )
        if root.children and not resume:
            if not regenerate:
                raise Conflict(
                    f"Task iblai:{number} already has an outline (course iblai:{course}).",
                    "Edit it with edit_xblock, or pass regenerate=true only if the user asked to replace it "
                    "(its content is lost).",
                )
            for section in root.children:
                await self.delete_block(str(course), section.id)
            root = root.model_copy(update={"children": []})
        if outline:
            root_id = root.id or str(made.get("xblock_id") or "")
            await self._build_outline(course, root_id, root.children, outline)
        else:
            await self._platform_outline(number, course)

    async def _platform_outline(self, task: int, course: int) -> None:
        async def look_up() -> Json | None:
            root = wire.root_from_wire(await self.client.structure(course, False), False)
            return {"sections": len(root.children)} if root.children else None

        await self._create_once(lambda: self.client.create_outline(task), look_up, "generating the outline")

    async def _build_outline(
        self, course: int, root_id: str, existing: list[Block], outline: list[OutlineSection]
    ) -> None:
        """The agent's outline, block by block, after what an interrupted build of it already made.

        The journal holds the build until it completes, so a re-run with the same outline
        resumes it; a failure part-way says what exists and how to go on.
        """
        plan = planned_tree(outline)
        intent = await self.journal.record("build_outline", str(course), outline_fingerprint(outline))
        total = count_units(plan)
        built = [count_units(existing)]
        finished = False
        try:
            await self._build_children(course, root_id, existing, plan, built)
            finished = True
        except CoursewrightError as exc:
            finish = (
                "call generate_outline again with the same outline to finish it: what exists is kept, "
                "including a block whose answer was lost, and only the rest is added; or pass "
                "regenerate=true to rebuild it from scratch."
            )
            in_doubt = isinstance(exc, OutcomeUnknown)
            raise type(exc)(
                f"{exc.what} The outline was only partly built ({built[0]} of {total} units confirmed in "
                f"course iblai:{course}).",
                f"Next, {finish}" if in_doubt else f"{exc.next_step} Then {finish}",
            ) from None
        finally:
            # Also when cancelled: the next call must be free to resume at once, not wait out a lease.
            with anyio.CancelScope(shield=True):
                if finished:
                    await self.journal.done(intent, str(course))
                else:
                    await self.journal.unknown(intent, "partly built")

    async def _build_children(
        self, course: int, parent_id: str, existing: list[Block], planned: list[Block], built: list[int]
    ) -> None:
        # The parent's children are tracked here as they are made, so no create needs a fresh snapshot.
        children = [block.id for block in existing]
        for index, wanted in enumerate(planned):
            if index < len(existing):
                block = existing[index]
            else:
                block_id = await self._create_child(
                    course, parent_id, wanted.type, wanted.display_name, None, "last", set(children)
                )
                children.append(block_id)
                block = Block(id=block_id, type=wanted.type, display_name=wanted.display_name)
                built[0] += wanted.type == "unit"
            await self._build_children(course, block.id, block.children, wanted.children, built)

    async def _children_of(self, course: int, parent_id: str) -> list[Block]:
        root = wire.root_from_wire(await self.client.structure(course, False), False)
        parent = next((block for block in root.walk() if block.id == parent_id), None)
        if parent is None:
            raise NotFound(
                f"The parent block {parent_id!r} is not in course iblai:{course}.",
                "Call get_course to see the current block ids.",
            )
        return parent.children

    async def _create_child(
        self,
        course: int,
        parent_id: str,
        block_type: str,
        title: str,
        content: str | None,
        position: Position,
        before: set[str] | None = None,
        if_in_doubt: str | None = None,
    ) -> str:
        """Create one block; if its answer is lost, find it among the parent's new children first.

        `before` holds the parent's children just before the call (read here when not given).
        A new child of the requested type and name is the block the lost call made; with none,
        the create is sent once more.
        """
        if before is None:
            before = {child.id for child in await self._children_of(course, parent_id)}
        body = wire.create_xblock_request(parent_id, block_type, title, content, position)

        async def look_up() -> Json | None:
            found = new_child(await self._children_of(course, parent_id), before, block_type, title)
            return {"success": True, "xblock_id": found.id} if found is not None else None

        result = await self._create_once(
            lambda: self.client.create_xblock(course, body),
            look_up,
            f"creating the {block_type} {title!r}",
            if_in_doubt=if_in_doubt
            or f"Call get_course to see whether the {block_type} {title!r} is there before creating it again.",
        )
        return _created_locator(result, block_type, title)

    # --- courses --------------------------------------------------------------------------------

    async def get_course(self, course_id: str, include_content: bool = False) -> Course:
        number = wire.native_number(course_id, "course")
        data = await self.client.structure(number, include_content)
        published = str(number) in await self.journal.native_ids("publish")
        root = wire.root_from_wire(data, include_content)
        task = wire.task_number_of(data)
        return Course(
            course_id=join_id(PROVIDER, number),
            provider=PROVIDER,
            title=str(data.get("name") or root.display_name),
            task_id=join_id(PROVIDER, task) if task is not None else None,
            status=wire.course_status(root, include_content, published),
            location=wire.course_key(data) if published else None,
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
            n for n in map(wire.course_number_of, items) if n is not None and str(n) not in published
        ]
        statuses = await self._outline_statuses(sorted(unpublished, reverse=True)[:STATUS_READS_PER_LISTING])
        return [
            wire.summary_from_wire(
                item, str(item.get("id", "")) in published, statuses.get(wire.course_number_of(item))
            )
            for item in items
        ]

    async def _outline_statuses(self, courses: list[int]) -> dict[int | None, CourseStatus]:
        statuses: dict[int | None, CourseStatus] = {}
        limiter = anyio.CapacityLimiter(STATUS_READS_AT_ONCE)

        async def read(course: int) -> None:
            async with limiter:
                try:
                    data = await self.client.structure(course, False)
                except CoursewrightError:
                    return  # deleted meanwhile, or unreadable: the listing still answers
            statuses[course] = wire.course_status(wire.root_from_wire(data, False), False, False)

        async with anyio.create_task_group() as group:
            for course in courses:
                group.start_soon(read, course)
        return statuses

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
            raise
        key = wire.course_key(data) or wire.course_key(await self.client.course(number))
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
        _check_parent(parent_id, block_type)
        locator = await self._create_child(number, parent_id, block_type, display_name, content, position)
        if block_type == "unit" and content:
            try:
                await self._fill_unit(number, locator, display_name, content, [])
            except OutcomeUnknown as exc:
                raise OutcomeUnknown(
                    f"The unit {locator} was created; whether its content was added is unknown: {exc.what}",
                    exc.next_step,
                ) from None
            except CoursewrightError as exc:
                raise type(exc)(
                    f"The unit {locator} was created, but its content was not added: {exc.what}",
                    "Send the content again with edit_xblock(action='update', block_id=<that unit>).",
                ) from None
        return locator

    async def _fill_unit(
        self, number: int, unit_id: str, title: str, content: str, existing: list[Block]
    ) -> None:
        """Content sent to a unit fills its first component of the matching kind, created if missing."""
        kind = "problem" if content.lstrip().startswith("<problem") else "html"
        target = next((child for child in existing if child.type == kind), None)
        if target is not None:
            await self._update(number, target.id, None, content)
            return
        # The unit's children were just read (or it was just made), so they are the snapshot.
        await self._create_child(
            number,
            unit_id,
            kind,
            title,
            content,
            "last",
            {child.id for child in existing},
            if_in_doubt=f"Send the content again with edit_xblock(action='update', block_id='{unit_id}'): it "
            f"fills the unit's {kind} component if one was made, and adds one only if none was.",
        )

    async def _update(
        self, number: int, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        result = await self.client.update_xblock(
            number, wire.update_xblock_request(block_id, display_name, content)
        )
        success, detail, _, _ = wire.xblock_outcome(result or {"success": True})
        if not success:
            raise InvalidInput(
                f"ibl.ai did not update {block_id}: {detail or 'no reason given'}.",
                "Call get_course to check the block id and type, then try again.",
            )

    async def update_block(
        self, course_id: str, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        number = wire.native_number(course_id, "course")
        if display_name is None and content is None:
            raise InvalidInput("The update has nothing to change.", "Pass display_name, content, or both.")
        if content is not None and wire.neutral_type_of_locator(block_id) in (None, "unit"):
            root = wire.root_from_wire(await self.client.structure(number, False), False)
            block = next((b for b in root.walk() if b.id == block_id), None)
            if block is None:
                raise NotFound(
                    f"The block {block_id!r} is not in course iblai:{number}.",
                    "Call get_course to see the current block ids.",
                )
            if block.type == "unit":
                if display_name is not None:
                    await self._update(number, block_id, display_name, None)
                await self._fill_unit(number, block_id, block.display_name, content, block.children)
                return
            if block.type not in ("html", "problem", "video"):
                raise InvalidInput(
                    f"A {block.type} holds no content of its own.",
                    "Send content to a unit or to one of its html, problem or video components.",
                )
        await self._update(number, block_id, display_name, content)

    async def delete_block(self, course_id: str, block_id: str) -> list[str]:
        """Delete a block; a lost answer is settled by whether the block is still there.

        Deleting is idempotent in effect but not on the wire (a second delete is refused as not
        found), so the HTTP layer does not repeat it; the look-up decides instead. After a lost
        answer the removed list is just `block_id` (its descendants went with it).
        """
        number = wire.native_number(course_id, "course")

        async def look_up() -> Json | None:
            root = wire.root_from_wire(await self.client.structure(number, False), False)
            gone = all(b.id != block_id for b in root.walk())
            return {"success": True, "xblock_id": block_id} if gone else None

        result = await self._create_once(
            lambda: self.client.delete_xblock(number, block_id),
            look_up,
            f"deleting {block_id}",
            if_in_doubt=f"Call get_course: if {block_id} is no longer there, the delete took effect; "
            "if it is, delete it again.",
        )
        _, _, _, extra = wire.xblock_outcome(result)
        return wire.deleted_locators(extra, block_id)

    async def reorder_children(self, course_id: str, parent_id: str, children: list[str]) -> None:
        """Set the full order; the same full list sent twice is the same order.

        So the HTTP layer repeats it by itself when its answer is lost (the client marks the
        call idempotent), and a caller may repeat it after any failure.
        """
        number = wire.native_number(course_id, "course")
        await self.client.reorder_children(number, parent_id, children)

    # --- content --------------------------------------------------------------------------------

    async def draft_content(
        self, course_id: str, unit_ids: list[str] | None, redraft: bool, progress: ProgressFn
    ) -> DraftResult:
        return await self.content.draft(wire.native_number(course_id, "course"), unit_ids, redraft, progress)

    async def readiness(self, target_id: str, until: WaitTarget) -> ReadyState:
        if until == "pipeline":
            return await self.content.pipeline_state(wire.native_number(target_id, "task"))
        return await self.content.course_state(wire.native_number(target_id, "course"), until)


def _interrupted_build_of(earlier: Intent | None, root: Block, outline: list[OutlineSection]) -> bool:
    """Whether the course holds the start of this very outline, left by a build that did not finish."""
    return (
        earlier is not None
        and earlier.state is not IntentState.DONE
        and earlier.fingerprint == outline_fingerprint(outline)
        and is_built_prefix(root.children, planned_tree(outline))
    )


def _check_parent(parent_id: str, block_type: str) -> None:
    """The hierarchy rule, read from the parent's locator, before anything is sent."""
    expected = VALID_PARENT.get(block_type)
    if expected is None:
        raise InvalidInput(
            f"{block_type!r} is not a block type ibl.ai can create.",
            "Use section, subsection, unit, html, problem or video.",
        )
    parent_type = wire.neutral_type_of_locator(parent_id)
    if parent_type is not None and parent_type != expected:
        raise InvalidInput(
            f"A {block_type} must be created under a {expected}, and {parent_id} is a {parent_type}.",
            f"Pass the id of a {expected} as parent_id (see get_course).",
        )


def _created_locator(result: Json, block_type: str, title: str) -> str:
    success, detail, locator, _ = wire.xblock_outcome(result)
    if not success or not locator:
        raise InvalidInput(
            f"ibl.ai did not create the {block_type} {title!r}: {detail or 'no block id came back'}.",
            "Call get_course to see the current structure, then adjust the request.",
        )
    return locator
