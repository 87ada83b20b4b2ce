"""The ibl.ai provider: courses on Open edX through ibl.ai's Course Creation API.

Stepwise: a task holds the brief; `create-course` makes the empty edX course, then the
platform outlines it (`create-course-outline`) or the agent's outline is built with
`create-xblock`; units are drafted all at once in the background or one by one
synchronously; `sync-to-edx` publishes. The API has no idempotency keys, so every create
whose answer is lost is looked up on the platform before it is sent again (see `journal`).
Wire shapes live in `iblai_wire`; this module only decides which calls to make.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, Self, TypeVar
from urllib.parse import quote

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
from coursewright.guardrails.files import MAX_FILES_PER_TASK
from coursewright.model import (
    VALID_PARENT,
    Attachment,
    Block,
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
from coursewright.providers import iblai_wire as wire
from coursewright.providers.base import BaseProvider, Capabilities, ProgressFn, WaitTarget
from coursewright.providers.http import PlatformHttp, RetryPolicy, Timeouts
from coursewright.providers.journal import Intent, IntentState, Journal

T = TypeVar("T")

PROVIDER = wire.PROVIDER
API_ROOT = "/api/ai-mentor/orgs/{org}/users/{user}/course-creation"
AUTH_SCHEMES = {"api-token": "Api-Token", "token": "Token"}
PAGE_SIZE = 100
MAX_PAGES = 20
#: Synchronous unit drafts in flight at once: each is an LLM call on the platform.
DRAFT_CONCURRENCY = 3
#: A background draft not finished after this long is treated as stalled (the seed's 15 minutes).
DRAFT_STALL_S = 15 * 60
#: How far the platform's clock may be from ours when matching a task we may have created.
CLOCK_SKEW_S = 300
RUNNING = (TaskStatus.SCHEDULED, TaskStatus.IN_PROGRESS)

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
        self,
        http: PlatformHttp,
        *,
        org: str,
        user_id: str,
        journal: Journal,
        wall_clock: Callable[[], float] = time.time,
        draft_concurrency: int = DRAFT_CONCURRENCY,
    ) -> None:
        self.http = http
        self.org = org
        self.user_id = user_id
        self.journal = journal
        self._wall = wall_clock
        self._draft_concurrency = max(1, draft_concurrency)
        self._root = API_ROOT.format(org=quote(org, safe=""), user=quote(user_id, safe=""))

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        transport: httpx2.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
    ) -> Self:
        key = settings.iblai_api_key.get_secret_value().strip() if settings.iblai_api_key else ""
        missing = [
            variable
            for variable, value in (
                ("IBLAI_API_KEY", key),
                ("IBLAI_ORG", settings.iblai_org),
                ("IBLAI_USER_ID", settings.iblai_user_id),
            )
            if not (value or "").strip()
        ]
        if missing:
            raise NotConfigured(
                f"The iblai provider is not configured: {', '.join(missing)} not set.",
                "Set IBLAI_API_KEY (the 64-character platform key), IBLAI_ORG (the tenant) and IBLAI_USER_ID "
                "(the key's username), and IBLAI_BASE_URL if not the hosted gateway; then restart the server.",
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
            timeouts=Timeouts(read=30.0, write=60.0, long=300.0),
            transport=transport,
        )
        return cls(
            http,
            org=(settings.iblai_org or "").strip(),
            user_id=(settings.iblai_user_id or "").strip(),
            journal=Journal.for_settings(settings),
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    # --- paths and calls ------------------------------------------------------------------------

    def _task_path(self, number: int, action: str = "") -> str:
        return f"{self._root}/tasks/{number}/" + (f"{action}/" if action else "")

    def _course_path(self, number: int, action: str = "") -> str:
        return f"{self._root}/course/{number}/" + (f"{action}/" if action else "")

    async def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        return await self.http.request_json(method, path, **kwargs)

    async def _pages(self, path: str, params: dict[str, str]) -> list[dict[str, Any]]:
        """Every item of a DRF list, page by page (bounded: a runaway list is cut, not looped)."""
        items: list[dict[str, Any]] = []
        page = 1
        while page <= MAX_PAGES:
            body = await self._json(
                "GET", path, params={**params, "page": str(page), "page_size": str(PAGE_SIZE)}
            )
            items += wire.results_of(body)
            if not wire.next_page(body):
                break
            page += 1
        return items

    # --- tasks ----------------------------------------------------------------------------------

    async def _task_json(self, number: int) -> dict[str, Any]:
        body = await self._json("GET", self._task_path(number))
        return body if isinstance(body, dict) else {}

    async def _course_of_task(self, number: int) -> dict[str, Any] | None:
        courses = await self._pages(f"{self._root}/course/", {"task": str(number)})
        return courses[0] if courses else None

    async def _log(self, call: Callable[..., T], *args: object) -> T:
        # The journal is SQLite: keep its short writes off the event loop.
        return await anyio.to_thread.run_sync(partial(call, *args))

    async def create_task(self, brief: Brief, options: TaskOptions) -> Task:
        wire.check_brief_fits(brief, options)
        body = wire.task_request(brief, options)
        fingerprint = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
        earlier = await self._log(self.journal.find, PROVIDER, "create_task", fingerprint)
        intent = await self._log(
            self.journal.record_intent, PROVIDER, "create_task", fingerprint, fingerprint
        )
        if earlier is not None and earlier.state in (IntentState.PENDING, IntentState.UNKNOWN):
            # An earlier create of this brief ended without an answer: it may exist already.
            found = await self._find_created_task(brief, since=earlier.created_at)
            if found is not None:
                await self._log(self.journal.mark_done, earlier, str(found["id"]))
                await self._log(self.journal.mark_done, intent, str(found["id"]))
                return wire.task_from_wire(found)
            await self._log(self.journal.mark_failed, earlier, "not found on look-up")
        created = await self._create_once(
            lambda: self._json("POST", f"{self._root}/tasks/", kind="write", json=body),
            lambda: self._find_created_task(brief, since=intent.created_at),
            "the course task",
            intent,
        )
        return wire.task_from_wire(created)

    async def _create_once(
        self,
        send: Callable[[], Awaitable[Any]],
        look_up: Callable[[], Awaitable[dict[str, Any] | None]],
        what: str,
        intent: Intent | None = None,
    ) -> dict[str, Any]:
        """Send a create; if its answer is lost, look for the result, and send again only if absent.

        With an `intent`, the journal follows along, so a later call can look up an attempt
        whose outcome stayed unknown instead of creating a duplicate.
        """
        try:
            try:
                result = await send()
            except OutcomeUnknown:
                if intent is not None:
                    await self._log(self.journal.mark_unknown, intent, "answer lost")
                try:
                    result = await look_up()
                except CoursewrightError as exc:
                    raise OutcomeUnknown(
                        f"ibl.ai may have created {what}, and checking for it failed: {exc.what}",
                        "Call the same tool again with the same arguments in a minute: coursewright looks "
                        "for the earlier attempt first and does not create a duplicate.",
                    ) from None
                if result is None:
                    try:
                        result = await send()
                    except OutcomeUnknown:
                        raise OutcomeUnknown(
                            f"ibl.ai lost the answer twice while creating {what}, so whether it exists is unknown.",
                            "Call the same tool again with the same arguments: coursewright looks for the "
                            "earlier attempt first and does not create a duplicate.",
                        ) from None
        except OutcomeUnknown:
            raise
        except CoursewrightError as refusal:
            if intent is not None:
                await self._log(self.journal.mark_failed, intent, type(refusal).__name__)
            raise
        result = result if isinstance(result, dict) else {}
        if intent is not None:
            await self._log(self.journal.mark_done, intent, str(result.get("id", "")))
        return result

    async def _find_created_task(self, brief: Brief, since: float) -> dict[str, Any] | None:
        """The newest task with this brief created after `since` (less the allowed clock skew)."""
        threshold = since - CLOCK_SKEW_S
        claimed = await self._log(self.journal.native_ids, PROVIDER, "create_task")
        matches = []
        for item in await self._recent_tasks():
            created = wire.parse_time(item.get("date_created"))
            if not wire.task_matches(item, brief) or str(item.get("id")) in claimed:
                continue
            if created is not None and created.timestamp() < threshold:
                continue
            matches.append(item)
        return max(matches, key=lambda item: int(item.get("id") or 0), default=None)

    async def _recent_tasks(self) -> list[dict[str, Any]]:
        """The newest tasks whichever way the list is ordered: its first and its last page."""
        path = f"{self._root}/tasks/"
        first = await self._json("GET", path, params={"page_size": str(PAGE_SIZE)})
        items = wire.results_of(first)
        count = first.get("count") if isinstance(first, dict) else None
        if isinstance(count, int) and count > PAGE_SIZE:
            last = -(-count // PAGE_SIZE)
            body = await self._json("GET", path, params={"page_size": str(PAGE_SIZE), "page": str(last)})
            items += wire.results_of(body)
        return items

    async def get_task(self, task_id: str) -> Task:
        number = wire.native_number(task_id, "task")
        data = await self._task_json(number)
        course = await self._course_of_task(number)
        course_number = wire.course_number_of(course) if course else None
        has_outline = False
        if course_number is not None:
            structure = await self._structure(course_number, include_content=False)
            has_outline = bool(wire.root_from_wire(structure, False).children)
        return wire.task_from_wire(data, course_number, has_outline)

    async def attach_reference(self, task_id: str, filename: str, data: bytes) -> Attachment:
        number = wire.native_number(task_id, "task")
        task = await self._task_json(number)
        known = {str(f.get("id")) for f in task.get("files") or [] if isinstance(f, dict)}
        if len(known) >= MAX_FILES_PER_TASK:
            raise Conflict(
                f"Task iblai:{number} already has {len(known)} reference files, the most ibl.ai takes.",
                "Put the essential facts from this file into the brief's description instead.",
            )
        media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"

        async def send() -> dict[str, Any]:
            return await self._json(
                "POST",
                f"{self._root}/files/",
                kind="write",
                data={"course_creation_task": str(number)},
                files={"file": (filename, data, media_type)},
            )

        async def look_up() -> dict[str, Any] | None:
            fresh = await self._task_json(number)
            new = [
                f for f in fresh.get("files") or [] if isinstance(f, dict) and str(f.get("id")) not in known
            ]
            return new[-1] if new else None

        created = await self._create_once(send, look_up, f"the reference file {filename!r}")
        return wire.attachment_from_wire(created, size=len(data)).model_copy(
            update={"name": filename, "size": len(data)}
        )

    async def run_pipeline(self, task_id: str) -> Task:
        number = wire.native_number(task_id, "task")
        try:
            data = await self._json("GET", self._task_path(number, "start"), idempotent=False)
        except OutcomeUnknown:
            data = await self._task_json(number)
            if wire.task_status(data.get("status")) not in (*RUNNING, TaskStatus.SUCCESS):
                data = await self._json("GET", self._task_path(number, "start"), idempotent=False)
        return wire.task_from_wire(data)

    async def cancel_task(self, task_id: str) -> Task:
        number = wire.native_number(task_id, "task")
        data = await self._task_json(number)
        status = wire.task_status(data.get("status"))
        if status.terminal:
            raise Conflict(
                f"Task iblai:{number} is {status.value}, so there is nothing to cancel.",
                "Use get_task to see its result; delete the course with delete_course if it is unwanted.",
            )
        try:
            data = await self._json("GET", self._task_path(number, "cancel"), idempotent=False)
        except OutcomeUnknown:
            data = await self._task_json(number)
            if wire.task_status(data.get("status")) != TaskStatus.CANCELLED:
                data = await self._json("GET", self._task_path(number, "cancel"), idempotent=False)
        return wire.task_from_wire(data)

    # --- outline --------------------------------------------------------------------------------

    async def generate_outline(
        self, task_id: str, outline: list[OutlineSection] | None, regenerate: bool
    ) -> Course:
        number = wire.native_number(task_id, "task")
        task = await self._task_json(number)
        status = wire.task_status(task.get("status"))
        if status == TaskStatus.CANCELLED:
            raise Conflict(f"Task iblai:{number} was cancelled.", "Create a new task with create_task.")
        if status in RUNNING:
            raise Conflict(
                f"Task iblai:{number} is running its one-shot pipeline, which builds the outline itself.",
                "Wait with poll_until_ready(until='pipeline'), or cancel_task first.",
            )
        # create-course is idempotent per task on ibl.ai (200 with the existing course on repeat).
        made = await self._json(
            "POST", self._task_path(number, "create-course"), kind="long", idempotent=True
        )
        course_number = wire.course_number_of(made or {})
        if course_number is None:
            found = await self._course_of_task(number)
            course_number = wire.course_number_of(found) if found else None
        if course_number is None:
            raise OutcomeUnknown(
                f"ibl.ai answered create-course for task iblai:{number} without saying which course it made.",
                "Call list_courses with this task_id to find it, then get_course.",
            )
        root = wire.root_from_wire(await self._structure(course_number, False), False)
        if root.children:
            if not regenerate:
                raise Conflict(
                    f"Task iblai:{number} already has an outline (course iblai:{course_number}).",
                    "Edit it with edit_xblock, or pass regenerate=true only if the user asked to replace it "
                    "(its content is lost).",
                )
            for section in root.children:
                await self._json(
                    "POST",
                    self._course_path(course_number, "delete-xblock"),
                    kind="write",
                    idempotent=True,
                    json={"xblock_id": section.id},
                )
        if outline:
            await self._build_outline(course_number, root.id, outline)
        else:
            await self._platform_outline(number, course_number)
        return await self.get_course(str(course_number))

    async def _platform_outline(self, task_number: int, course_number: int) -> None:
        path = self._task_path(task_number, "create-course-outline")

        async def send() -> dict[str, Any]:
            return await self._json("POST", path, kind="long", idempotent=False) or {}

        async def look_up() -> dict[str, Any] | None:
            root = wire.root_from_wire(await self._structure(course_number, False), False)
            return {"sections": len(root.children)} if root.children else None

        await self._create_once(send, look_up, f"the outline of course iblai:{course_number}")

    async def _build_outline(self, course_number: int, root_id: str, outline: list[OutlineSection]) -> None:
        """The agent's outline, block by block; a failure part-way says what exists and how to go on."""
        total = sum(len(sub.units) for section in outline for sub in section.subsections)
        built = 0
        try:
            for section in outline:
                section_id = await self._create_child(course_number, root_id, "section", section.title)
                for subsection in section.subsections:
                    sub_id = await self._create_child(
                        course_number, section_id, "subsection", subsection.title
                    )
                    for unit in subsection.units:
                        await self._create_child(course_number, sub_id, "unit", unit.title)
                        built += 1
        except CoursewrightError as exc:
            raise type(exc)(
                f"{exc.what} The outline was only partly built: {built} of {total} units exist in course "
                f"iblai:{course_number}.",
                f"{exc.next_step} Then call generate_outline again with regenerate=true to rebuild it, "
                "or finish it with edit_xblock.",
            ) from None

    async def _create_child(self, course_number: int, parent_id: str, block_type: str, title: str) -> str:
        """Append a block to a parent this call built, so a lost answer can be checked by name."""
        body = wire.create_xblock_request(parent_id, block_type, title, None, "last")
        path = self._course_path(course_number, "create-xblock")

        async def send() -> dict[str, Any]:
            return await self._json("POST", path, kind="write", json=body) or {}

        async def look_up() -> dict[str, Any] | None:
            root = wire.root_from_wire(await self._structure(course_number, False), False)
            parent = next((b for b in root.walk() if b.id == parent_id), None)
            last = parent.children[-1] if parent and parent.children else None
            if last is not None and last.type == block_type and last.display_name == title:
                return {"xblock_id": last.id}
            return None

        result = await self._create_once(send, look_up, f"the {block_type} {title!r}")
        return self._created_locator(result, block_type, title)

    @staticmethod
    def _created_locator(result: object, block_type: str, title: str) -> str:
        success, detail, locator, _ = wire.xblock_outcome(result)
        if not success or not locator:
            raise InvalidInput(
                f"ibl.ai did not create the {block_type} {title!r}: {detail or 'no block id came back'}.",
                "Call get_course to see the current structure, then adjust the request.",
            )
        return locator

    # --- courses --------------------------------------------------------------------------------

    async def _structure(self, course_number: int, include_content: bool) -> dict[str, Any]:
        params = {"include_content": "true"} if include_content else None
        body = await self._json("GET", self._course_path(course_number, "full-structure"), params=params)
        return body if isinstance(body, dict) else {}

    async def _published_courses(self) -> set[str]:
        return await self._log(self.journal.native_ids, PROVIDER, "publish")

    async def get_course(self, course_id: str, include_content: bool = False) -> Course:
        number = wire.native_number(course_id, "course")
        data = await self._structure(number, include_content)
        published = str(number) in await self._published_courses()
        return self._course_from(number, data, include_content, published)

    def _course_from(
        self, number: int, data: dict[str, Any], include_content: bool, published: bool
    ) -> Course:
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
        params = {"ordering": "-updated_at"}
        if task_id:
            params["task"] = str(wire.native_number(task_id, "task"))
        items = await self._pages(f"{self._root}/course/", params)
        published = await self._published_courses()
        return [wire.summary_from_wire(item, str(item.get("id", "")) in published) for item in items]

    async def delete_course(self, course_id: str) -> None:
        number = wire.native_number(course_id, "course")
        await self._json("GET", self._course_path(number))  # a wrong id says so before anything
        # A retried DELETE whose first answer was lost meets 404: the course is gone either way.
        await self.http.request(
            "DELETE", self._course_path(number), kind="write", expected=(200, 202, 204, 404)
        )

    async def publish(self, course_id: str) -> PublishResult:
        number = wire.native_number(course_id, "course")
        intent = await self._log(self.journal.record_intent, PROVIDER, "publish", str(number), "sync-to-edx")
        # Publishing twice publishes the same course: safe to repeat when an answer is lost.
        data = (
            await self._json("POST", self._course_path(number, "sync-to-edx"), kind="long", idempotent=True)
            or {}
        )
        key = wire.course_key(data)
        if key is None:
            key = wire.course_key(await self._json("GET", self._course_path(number)) or {})
        await self._log(self.journal.mark_done, intent, str(number))
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
        data = await self._json(
            "GET", self._course_path(number, "student-progress"), params={"target_username": username}
        )
        return wire.progress_from_wire(
            data if isinstance(data, dict) else {}, join_id(PROVIDER, number), username
        )

    # --- blocks ---------------------------------------------------------------------------------

    @staticmethod
    def _check_parent(parent_id: str, block_type: str) -> None:
        parent_type = wire.neutral_type_of_locator(parent_id)
        expected = VALID_PARENT.get(block_type)
        if expected is None:
            raise InvalidInput(
                f"{block_type!r} is not a block type ibl.ai can create.",
                "Use section, subsection, unit, html, problem or video.",
            )
        if parent_type is not None and parent_type != expected:
            raise InvalidInput(
                f"A {block_type} must be created under a {expected}, and {parent_id} is a {parent_type}.",
                f"Pass the id of a {expected} as parent_id (see get_course).",
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
        number = wire.native_number(course_id, "course")
        self._check_parent(parent_id, block_type)
        body = wire.create_xblock_request(parent_id, block_type, display_name, content, position)
        try:
            result = await self._json(
                "POST", self._course_path(number, "create-xblock"), kind="write", json=body
            )
        except OutcomeUnknown:
            raise OutcomeUnknown(
                f"ibl.ai may or may not have created the {block_type} {display_name!r}: its answer was lost.",
                "Call get_course to see whether it is there before creating it again.",
            ) from None
        locator = self._created_locator(result, block_type, display_name)
        if block_type == "unit" and content:
            await self._fill_unit(number, locator, display_name, content, existing=[])
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
        body = wire.create_xblock_request(unit_id, kind, title, content, "last")
        try:
            result = await self._json(
                "POST", self._course_path(number, "create-xblock"), kind="write", json=body
            )
        except OutcomeUnknown:
            raise OutcomeUnknown(
                f"ibl.ai may or may not have added the {kind} component to unit {unit_id}: its answer was lost.",
                "Call get_course with include_content=true to check before sending the content again.",
            ) from None
        self._created_locator(result, kind, title)

    async def _update(
        self, number: int, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        # Setting the same title or content again changes nothing: safe to repeat.
        result = await self._json(
            "POST",
            self._course_path(number, "update-xblock"),
            kind="write",
            idempotent=True,
            json=wire.update_xblock_request(block_id, display_name, content),
        )
        success, detail, _, _ = wire.xblock_outcome(result if result is not None else {"success": True})
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
        block_type = wire.neutral_type_of_locator(block_id)
        if content is not None and block_type in (None, "unit"):
            root = wire.root_from_wire(await self._structure(number, False), False)
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
        number = wire.native_number(course_id, "course")
        path = self._course_path(number, "delete-xblock")

        async def send() -> dict[str, Any]:
            return await self._json("POST", path, kind="write", json={"xblock_id": block_id}) or {}

        async def look_up() -> dict[str, Any] | None:
            root = wire.root_from_wire(await self._structure(number, False), False)
            gone = all(b.id != block_id for b in root.walk())
            return {"success": True, "xblock_id": block_id} if gone else None

        result = await self._create_once(send, look_up, f"the deletion of {block_id}")
        _, _, _, extra = wire.xblock_outcome(result)
        return wire.deleted_locators(extra, block_id)

    async def reorder_children(self, course_id: str, parent_id: str, children: list[str]) -> None:
        number = wire.native_number(course_id, "course")
        # The same order set twice is the same order: safe to repeat.
        await self._json(
            "POST",
            self._course_path(number, "reorder-children"),
            kind="write",
            idempotent=True,
            json={"xblock_id": parent_id, "children": children},
        )

    # --- content --------------------------------------------------------------------------------

    async def draft_content(
        self, course_id: str, unit_ids: list[str] | None, redraft: bool, progress: ProgressFn
    ) -> DraftResult:
        number = wire.native_number(course_id, "course")
        root = wire.root_from_wire(await self._structure(number, True), True)
        units = [b for b in root.walk() if b.type == "unit"]
        if not units:
            raise Conflict(
                f"Course iblai:{number} has no units to draft.",
                "Call generate_outline first, or add units with edit_xblock.",
            )
        if unit_ids:
            known = {unit.id: unit for unit in units}
            unknown = [unit_id for unit_id in unit_ids if unit_id not in known]
            if unknown:
                raise InvalidInput(
                    f"Not units of course iblai:{number}: {', '.join(unknown[:5])}.",
                    "Pass unit ids (type@vertical) from get_course.",
                )
            chosen = [known[unit_id] for unit_id in dict.fromkeys(unit_ids)]
        else:
            chosen = units
        skipped = [] if redraft else [u.id for u in chosen if wire.unit_has_content(u, True)]
        targets = [u for u in chosen if u.id not in skipped]
        result = DraftResult(course_id=join_id(PROVIDER, number), started=False, skipped=skipped)
        if not targets:
            result.detail = "Every chosen unit already has content; pass redraft=true to rewrite them."
            return result
        if unit_ids is None and not redraft:
            # The platform drafts every unit without components in the background; units holding
            # only blank components it would leave alone, so those are drafted here, one by one.
            background = [u for u in targets if not u.children]
            await self._json(
                "GET", self._course_path(number, "draft-content-for-all-units"), kind="write", idempotent=True
            )
            started = await self._log(self.journal.record_intent, PROVIDER, "draft_all", str(number), "all")
            await self._log(self.journal.mark_done, started, str(number))
            result.started = True
            result.pending = [u.id for u in background]
            targets = [u for u in targets if u.children]
        drafted, failed = await self._draft_units(number, targets, progress)
        result.drafted = drafted
        result.detail = self._draft_detail(result, failed)
        if failed and not drafted and not result.started:
            raise failed[0][1]
        return result

    async def _draft_units(
        self, number: int, units: list[Block], progress: ProgressFn
    ) -> tuple[list[str], list[tuple[str, CoursewrightError]]]:
        drafted: list[str] = []
        failed: list[tuple[str, CoursewrightError]] = []
        if not units:
            return drafted, failed
        limiter = anyio.CapacityLimiter(self._draft_concurrency)
        path = self._course_path(number, "draft-content-for-unit")

        async def draft(unit: Block) -> None:
            async with limiter:
                try:
                    # Drafting a unit again replaces its components: safe to repeat after a lost answer.
                    await self._json("POST", path, kind="long", idempotent=True, json={"xblock_id": unit.id})
                except CoursewrightError as exc:
                    failed.append((unit.id, exc))
                    return
                drafted.append(unit.id)
                await progress(len(drafted), len(units), f"Drafted '{unit.display_name}'")

        async with anyio.create_task_group() as group:
            for unit in units:
                group.start_soon(draft, unit)
        order = {unit.id: index for index, unit in enumerate(units)}
        drafted.sort(key=order.__getitem__)
        return drafted, failed

    @staticmethod
    def _draft_detail(result: DraftResult, failed: list[tuple[str, CoursewrightError]]) -> str:
        parts = []
        if result.started:
            parts.append(
                f"ibl.ai is drafting {len(result.pending)} unit(s) in the background: "
                "call poll_until_ready(until='content')."
            )
        if result.drafted:
            parts.append(f"Drafted {len(result.drafted)} unit(s) now.")
        if result.skipped:
            parts.append(f"Left {len(result.skipped)} unit(s) with content alone.")
        if failed:
            ids = ", ".join(unit_id for unit_id, _ in failed[:5])
            parts.append(
                f"{len(failed)} unit(s) failed ({failed[0][1].what}): {ids}. "
                "Call draft_content again with those unit_ids."
            )
        return " ".join(parts)

    async def readiness(self, target_id: str, until: WaitTarget) -> ReadyState:
        if until == "pipeline":
            return await self._pipeline_state(wire.native_number(target_id, "task"))
        number = wire.native_number(target_id, "course")
        data = await self._structure(number, include_content=False)
        root = wire.root_from_wire(data, False)
        task_number = wire.task_number_of(data)
        if until == "outline":
            if root.children:
                return ReadyState(ready=True, status="ready", progress=100.0)
            return await self._not_there(task_number, "The course has no outline yet: call generate_outline.")
        units = [b for b in root.walk() if b.type == "unit"]
        missing = [u.id for u in units if not u.children]
        if units and not missing:
            return ReadyState(ready=True, status="ready", progress=100.0)
        if not units:
            return await self._not_there(task_number, "The course has no units yet: call generate_outline.")
        progress = round(100.0 * (len(units) - len(missing)) / len(units), 1)
        started = await self._log(self.journal.find, PROVIDER, "draft_all", str(number))
        if started is not None and self._wall() - started.created_at < DRAFT_STALL_S:
            return ReadyState(
                ready=False,
                status="in_progress",
                missing=missing,
                progress=progress,
                detail=f"ibl.ai is drafting: {len(missing)} of {len(units)} units still empty.",
            )
        state = await self._not_there(
            task_number,
            f"{len(missing)} unit(s) have no content and nothing is drafting them: call draft_content "
            "(all empty units, or the given unit_ids), or write them with edit_xblock.",
        )
        return state.model_copy(update={"missing": missing, "progress": progress})

    async def _not_there(self, task_number: int | None, idle_detail: str) -> ReadyState:
        """Missing work is in progress only while the task's pipeline runs; otherwise nothing will fill it."""
        if task_number is not None:
            task = await self._task_json(task_number)
            if wire.task_status(task.get("status")) in RUNNING:
                return ReadyState(
                    ready=False,
                    status="in_progress",
                    detail=wire.last_log_line(task.get("logs")) or "The pipeline is still running.",
                )
        return ReadyState(ready=False, status="idle", detail=idle_detail)

    async def _pipeline_state(self, number: int) -> ReadyState:
        data = await self._task_json(number)
        status = wire.task_status(data.get("status"))
        if status == TaskStatus.SUCCESS:
            return ReadyState(
                ready=True,
                status="success",
                progress=100.0,
                detail=wire.last_log_line(data.get("logs")) or "",
            )
        if status == TaskStatus.FAILED:
            reason = wire.failure_reason(data) or "no reason given"
            return ReadyState(
                ready=False,
                status="failed",
                detail=f"The pipeline failed: {reason} Call run_pipeline again to retry, or use the stepwise flow.",
            )
        if status == TaskStatus.CANCELLED:
            return ReadyState(
                ready=False, status="cancelled", detail="The task was cancelled; create a new task."
            )
        if status == TaskStatus.PENDING:
            return ReadyState(
                ready=False, status="idle", detail="The pipeline has not been started: call run_pipeline."
            )
        return ReadyState(
            ready=False,
            status=status.value,
            missing=["pipeline"],
            detail=wire.last_log_line(data.get("logs")) or f"The pipeline is {status.value}.",
        )
