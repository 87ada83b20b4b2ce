"""TutorFlow: the course requests this server made, read with their state on TutorFlow.

A request's row (its task, outline and what was published) is kept here; its status is refreshed
from TutorFlow on every read, and the agent's outline is imposed once the course exists.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from coursewright.errors import Conflict, CoursewrightError, NotFound
from coursewright.model import Course, CourseStatus, CourseSummary, join_id
from coursewright.providers.journal import in_thread
from coursewright.providers.tutorflow import tree, wire
from coursewright.providers.tutorflow.build import OutlineBuilder
from coursewright.providers.tutorflow.client import TutorFlowClient
from coursewright.providers.tutorflow.tasks import RequestRow, TaskTable

PROVIDER = wire.PROVIDER
#: Shown in a listing beside a course the platform no longer has (reset or deleted there).
FORGOTTEN_NOTE = "TutorFlow no longer knows this course; regenerate its task to build it again"
UNRECORDED_NOTE = "on your TutorFlow account, not in this server's records; open it in TutorFlow"
#: The account's course list is read this far (pages of the list's largest size).
ACCOUNT_PAGES = 5
ACCOUNT_PAGE_SIZE = 100


class Courses:
    def __init__(self, client: TutorFlowClient, tasks: TaskTable, builder: OutlineBuilder) -> None:
        self.client = client
        self.tasks = tasks
        self.builder = builder

    async def fetch(self, request_id: str) -> wire.WireRequest:
        request = await self.client.get(request_id)
        await in_thread(self.tasks.set_state, request_id, request.status, request.title)
        return request

    async def row(self, native: str) -> RequestRow:
        row = await in_thread(self.tasks.by_request_id, native)
        if row is None:
            raise NotFound(
                f"Course tutorflow:{native} was not created through this server.",
                "Pass the course_id that generate_outline or get_task returned (list_courses shows them).",
            )
        return row

    async def completed(self, native: str) -> RequestRow:
        """The course's row once TutorFlow finished it and the agent's outline is in place."""
        row = await self.row(native)
        if row.status != "COMPLETED":
            request = await self.fetch(native)
            if request.status != "COMPLETED":
                raise self.not_ready(native, request)
        return await self.settle_outline(row)

    @staticmethod
    def not_ready(native: str, request: wire.WireRequest) -> CoursewrightError:
        if request.status == "FAILED":
            return Conflict(
                wire.request_detail(request),
                "Call generate_outline with regenerate=true on its task to build it again.",
            )
        return Conflict(
            f"Course tutorflow:{native} is still being generated, so it cannot be changed or published yet.",
            f"Call poll_until_ready(target_id='tutorflow:{native}', until='outline') first.",
        )

    async def settle_outline(self, row: RequestRow) -> RequestRow:
        """Impose the agent's outline once, after TutorFlow built the course from the prompt."""
        if not row.outline_pending or row.request_id is None:
            return row
        cleared = await self.builder.impose_outline(row.request_id, row.outline or [], self._row_pending(row))
        if cleared is not None:
            await in_thread(self.tasks.set_outline_applied, row.request_id, cleared)
        fresh = await in_thread(self.tasks.by_request_id, row.request_id)
        assert fresh is not None
        return fresh

    def _row_pending(self, row: RequestRow) -> Callable[[], Awaitable[bool]]:
        async def still_pending() -> bool:
            fresh = await in_thread(self.tasks.by_request_id, row.request_id)
            return fresh is not None and fresh.outline_pending

        return still_pending

    async def course(self, row: RequestRow, request: wire.WireRequest, *, include_content: bool) -> Course:
        assert row.request_id is not None
        task = await in_thread(self.tasks.task, row.task)
        published = row.published_at is not None
        if request.status == "COMPLETED":
            row = await self.settle_outline(row)
            canonical = await self.client.canonical(row.request_id)
            root = tree.course_tree(row.request_id, canonical, include_content=include_content)
            status = tree.course_status(request, canonical, published)
            await self.note_drafted(row, status)
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

    async def note_drafted(self, row: RequestRow, status: CourseStatus) -> None:
        """Once every lesson has content again, listings stop calling the course merely outlined."""
        if row.cleared and row.request_id and status is CourseStatus.DRAFTED:
            await in_thread(self.tasks.set_outline_applied, row.request_id, [])

    async def summaries(self, number: int | None) -> list[CourseSummary]:
        """The courses made for task `number` (all with None), a course TutorFlow forgot still shown.

        All courses also lists the account's requests this server has no record of (a lost data
        folder, another server), so paid courses are never hidden.
        """
        summaries = await self._recorded(number)
        if number is None:
            summaries += await self._unrecorded({s.course_id for s in summaries})
        return summaries

    async def _unrecorded(self, known: set[str]) -> list[CourseSummary]:
        found: list[CourseSummary] = []
        offset = 0
        for _ in range(ACCOUNT_PAGES):
            try:
                page = await self.client.list_page(limit=ACCOUNT_PAGE_SIZE, offset=offset)
            except CoursewrightError:
                break  # the listing still answers with what this server knows
            for request in page.items:
                course_id = join_id(PROVIDER, request.id)
                if course_id in known:
                    continue
                bill = wire.billed(request)
                found.append(
                    CourseSummary(
                        course_id=course_id,
                        title=f"{request.title or 'Untitled'} ({UNRECORDED_NOTE}{'; ' + bill if bill else ''})",
                        status=CourseStatus.DRAFTED if request.status == "COMPLETED" else None,
                        updated_at=wire.parse_time(request.completedAt or request.createdAt),
                    )
                )
            offset += len(page.items)
            if not page.items or offset >= page.total:
                break
        return found

    async def _recorded(self, number: int | None) -> list[CourseSummary]:
        summaries = []
        for row in await in_thread(self.tasks.requests, number):
            assert row.request_id is not None
            forgotten = False
            if row.status not in ("COMPLETED", "FAILED"):
                try:
                    await self.fetch(row.request_id)
                except NotFound:
                    # The platform was reset since: one course it lost must not hide the others.
                    forgotten = True
                else:
                    row = await self.row(row.request_id)
            title = row.title or (await in_thread(self.tasks.task, row.task)).brief.name
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


def _summary_status(row: RequestRow) -> CourseStatus | None:
    if row.published_at is not None:
        return CourseStatus.PUBLISHED
    if row.status == "COMPLETED":
        return CourseStatus.OUTLINED if row.cleared else CourseStatus.DRAFTED
    if row.status == "FAILED":
        return None
    return CourseStatus.DRAFTING
