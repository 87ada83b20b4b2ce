"""The ibl.ai Course Creation API, one method per endpoint: paths, methods, and which calls are safe to repeat.

Bodies go in and come out as JSON values; `wire` maps them to the neutral model and
`iblai` decides what to call. Repeat-safety is declared per endpoint here, because only the
endpoint's meaning says whether sending it twice can do harm.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, Self
from urllib.parse import quote

import anyio
import httpx2

from coursewright.config import Settings
from coursewright.errors import AuthFailed, CoursewrightError, Forbidden, NotConfigured
from coursewright.providers.http import PlatformHttp, RetryPolicy, Timeouts
from coursewright.providers.iblai import tree, wire
from coursewright.providers.iblai.auth import SCHEMES, AuthSchemes, scope_of

API_ROOT = "/api/ai-mentor/orgs/{org}/users/{user}/course-creation"
PAGE_SIZE = 100
#: A list longer than this many pages is cut rather than followed forever.
MAX_PAGES = 20
#: Generation steps (outline, unit drafts, sync) are LLM or edX calls: allow them minutes.
TIMEOUTS = Timeouts(read=30.0, write=60.0, long=300.0)

Json = dict[str, Any]


def _object(body: object) -> Json:
    return body if isinstance(body, dict) else {}


class IblaiClient:
    def __init__(
        self, http: PlatformHttp, *, org: str, user_id: str, key: str = "", auth: AuthSchemes | None = None
    ) -> None:
        self.http = http
        self.org = org
        self.user_id = user_id
        self.root = API_ROOT.format(org=quote(org, safe=""), user=quote(user_id, safe=""))
        self._key = key
        self.auth = auth or AuthSchemes("Token")

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
        scheme = SCHEMES.get(settings.iblai_auth_scheme.strip().lower())
        if scheme is None:
            raise NotConfigured(
                "IBLAI_AUTH_SCHEME names an authorization scheme ibl.ai does not accept.",
                "Set it to Token (the seed's, the default) or Api-Token (newer docs); the other is tried "
                "once on a 401 either way.",
            )
        http = PlatformHttp(
            platform=wire.PROVIDER,
            base_url=settings.iblai_base_url,
            auth_header=("Authorization", f"{scheme} {key}"),
            secrets=[key],
            retry=retry,
            timeouts=TIMEOUTS,
            transport=transport,
            sleep=sleep,
            clock=clock,
        )
        auth = AuthSchemes(
            scheme, data_dir=settings.data_dir, scope=scope_of(settings.iblai_base_url, org, user_id)
        )
        return cls(http, org=org, user_id=user_id, key=key, auth=auth)

    async def aclose(self) -> None:
        await self.http.aclose()

    def _task(self, number: int, action: str = "") -> str:
        return f"{self.root}/tasks/{number}/" + (f"{action}/" if action else "")

    def _course(self, number: int, action: str = "") -> str:
        return f"{self.root}/course/{number}/" + (f"{action}/" if action else "")

    async def _send(self, method: str, path: str, *, raw: bool = False, **kwargs: Any) -> Any:
        """One call with the keyword that works: on a 401 the other keyword is tried once.

        A 401 means the request was not taken on, so sending it again cannot do harm, whatever it is.
        """
        send = self.http.request if raw else self.http.request_json
        scheme = self.auth.current
        try:
            answer = await send(method, path, headers={"Authorization": f"{scheme} {self._key}"}, **kwargs)
        except AuthFailed as refused:
            other = self.auth.other
            try:
                answer = await send(method, path, headers={"Authorization": f"{other} {self._key}"}, **kwargs)
            except AuthFailed:
                refused.what = f"{refused.what} Both the Token and the Api-Token keyword were tried."
                raise refused from None
            self.auth.worked(other)
            return answer
        if not self.auth.confirmed:
            self.auth.worked(scheme)
        return answer

    async def _call(self, method: str, path: str, **kwargs: Any) -> Json:
        return _object(await self._send(method, path, **kwargs))

    async def _pages(self, path: str, params: dict[str, str]) -> list[Json]:
        items: list[Json] = []
        for page in range(1, MAX_PAGES + 1):
            body = await self._send(
                "GET", path, params={**params, "page": str(page), "page_size": str(PAGE_SIZE)}
            )
            items += wire.results_of(body)
            if not wire.next_page(body):
                break
        return items

    # --- tasks ----------------------------------------------------------------------------------

    async def task(self, number: int) -> Json:
        return await self._call("GET", self._task(number))

    async def create_task(self, body: Json) -> Json:
        return await self._call("POST", f"{self.root}/tasks/", kind="write", json=body)

    async def recent_tasks(self) -> list[Json]:
        """The newest tasks whichever way the list is ordered (it takes no ordering): first and last page."""
        path = f"{self.root}/tasks/"
        first = await self._send("GET", path, params={"page_size": str(PAGE_SIZE)})
        items = wire.results_of(first)
        count = first.get("count") if isinstance(first, dict) else None
        if isinstance(count, int) and count > PAGE_SIZE:
            last = -(-count // PAGE_SIZE)
            body = await self._send("GET", path, params={"page_size": str(PAGE_SIZE), "page": str(last)})
            items += wire.results_of(body)
        return items

    async def start(self, number: int) -> Json:
        # A GET that changes state: a second start of a running task is refused, so never auto-repeat.
        return await self._call("GET", self._task(number, "start"), idempotent=False)

    async def cancel(self, number: int) -> Json:
        return await self._call("GET", self._task(number, "cancel"), idempotent=False)

    async def create_course(self, task: int) -> Json:
        # Idempotent per task on ibl.ai: a repeat answers 200 with the existing course.
        return await self._call("POST", self._task(task, "create-course"), kind="long", idempotent=True)

    async def create_outline(self, task: int) -> Json:
        # Not repeatable: a second run adds a second set of sections.
        return await self._call(
            "POST", self._task(task, "create-course-outline"), kind="long", idempotent=False
        )

    async def upload_file(self, task: int, filename: str, data: bytes, media_type: str) -> Json:
        return await self._call(
            "POST",
            f"{self.root}/files/",
            kind="write",
            data={"course_creation_task": str(task)},
            files={"file": (filename, data, media_type)},
        )

    async def files(self) -> list[Json]:
        return await self._pages(f"{self.root}/files/", {})

    async def task_files(self, number: int, task: Json | None = None) -> list[Json]:
        """A task's reference files: from its record where that lists them, else from the file list.

        The task record's `files` is in the SDK's model, not in the seed; the file list is the seed's.
        """
        task = task if task is not None else await self.task(number)
        listed = task.get("files")
        if isinstance(listed, list):
            return [f for f in listed if isinstance(f, dict)]
        return [
            f
            for f in await self.files()
            if wire.int_or_none(f.get("course_creation_task", f.get("task"))) == number
        ]

    async def delete_file(self, number: int) -> None:
        await self._send(
            "DELETE", f"{self.root}/files/{number}/", raw=True, kind="write", expected=(200, 202, 204, 404)
        )

    # --- courses --------------------------------------------------------------------------------

    async def courses(self, task: int | None = None) -> list[Json]:
        params = {"ordering": "-updated_at"}
        if task is not None:
            params["task"] = str(task)
        return await self._pages(f"{self.root}/course/", params)

    async def course_of_task(self, task: int) -> int | None:
        courses = await self.courses(task)
        return tree.course_number_of(courses[0]) if courses else None

    async def course(self, number: int) -> Json:
        return await self._call("GET", self._course(number))

    async def task_of_course(self, number: int, data: Json) -> int | None:
        """The course's task: from a body that names it, else from the course record.

        The seed does not say a structure body carries `task`, so its absence says nothing.
        """
        if "task" in data:
            return tree.task_number_of(data)
        return tree.task_number_of(await self.course(number))

    async def light_structure(self, number: int) -> Json:
        """The tree without content by the lighter outline read, or full-structure where that fails."""
        try:
            return await self.outline(number)
        except (AuthFailed, Forbidden):
            raise
        except CoursewrightError:
            return await self.structure(number, False)

    async def delete_course(self, number: int) -> None:
        # A repeated DELETE whose first answer was lost meets 404: the course is gone either way.
        await self._send(
            "DELETE", self._course(number), raw=True, kind="write", expected=(200, 202, 204, 404)
        )

    async def delete_task(self, number: int) -> None:
        # As for a course: a repeated DELETE meeting 404 finds the task gone either way.
        await self._send("DELETE", self._task(number), raw=True, kind="write", expected=(200, 202, 204, 404))

    async def outline(self, number: int) -> Json:
        """The lighter read: the tree from the LMS without component content."""
        return await self._call("GET", self._course(number, "outline"))

    async def structure(self, number: int, include_content: bool) -> Json:
        params = {"include_content": "true"} if include_content else None
        return await self._call("GET", self._course(number, "full-structure"), params=params)

    async def draft_all(self, number: int) -> Json:
        # Starting it twice only queues units already being drafted, which the platform skips.
        return await self._call(
            "GET", self._course(number, "draft-content-for-all-units"), kind="write", idempotent=True
        )

    async def draft_unit(self, number: int, unit_id: str) -> Json:
        # Drafting a unit again replaces its components: safe to repeat after a lost answer.
        return await self._call(
            "POST",
            self._course(number, "draft-content-for-unit"),
            kind="long",
            idempotent=True,
            json={"xblock_id": unit_id},
        )

    async def sync(self, number: int) -> Json:
        # Publishing twice publishes the same course.
        return await self._call("POST", self._course(number, "sync-to-edx"), kind="long", idempotent=True)

    async def student_progress(self, number: int, username: str) -> Json:
        return await self._call(
            "GET", self._course(number, "student-progress"), params={"target_username": username}
        )

    # --- xblocks --------------------------------------------------------------------------------

    async def create_xblock(self, number: int, body: Json) -> Json:
        return await self._call("POST", self._course(number, "create-xblock"), kind="write", json=body)

    async def update_xblock(self, number: int, body: Json) -> Json:
        # Setting the same title or content again changes nothing.
        return await self._call(
            "POST", self._course(number, "update-xblock"), kind="write", idempotent=True, json=body
        )

    async def delete_xblock(self, number: int, block_id: str) -> Json:
        # Not repeatable as is: a second delete of the same block is refused as not found.
        return await self._call(
            "POST", self._course(number, "delete-xblock"), kind="write", json={"xblock_id": block_id}
        )

    async def reorder_children(self, number: int, parent_id: str, children: list[str]) -> Json:
        # The same order set twice is the same order.
        return await self._call(
            "POST",
            self._course(number, "reorder-children"),
            kind="write",
            idempotent=True,
            json={"xblock_id": parent_id, "children": children},
        )
