"""ibl.ai drafting and waiting: which units to draft and how, what is still missing, and each listed
course's status.

Drafting every empty unit is one background call; chosen units (or a re-draft) are drafted
synchronously, a few at a time. Waiting asks the lightest question that answers it: the
task's status for the pipeline, the tree without content for missing units.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import anyio

from coursewright.errors import Conflict, CoursewrightError, InvalidInput, NotFound
from coursewright.model import Block, CourseStatus, DraftResult, ReadyState, TaskStatus, join_id
from coursewright.providers.base import ProgressFn, WaitTarget
from coursewright.providers.iblai import tree, wire
from coursewright.providers.iblai.client import IblaiClient
from coursewright.providers.iblai.journal import PROVIDER, ScopedJournal

#: The guide: "A typical course (3-5 sections, ~15 units) takes 1-3 minutes" to draft: 2 minutes / 15 units.
DRAFT_SECONDS_PER_UNIT = 8.0
#: Synchronous unit drafts in flight at once: each is an LLM call on the platform.
DRAFT_CONCURRENCY = 3
#: A background draft not finished after this long is treated as stalled (the seed's 15 minutes).
DRAFT_STALL_S = 15 * 60
RUNNING = (TaskStatus.SCHEDULED, TaskStatus.IN_PROGRESS)
#: Outlines read at once for a listing's statuses.
STATUS_READS_AT_ONCE = 4

Failure = tuple[str, CoursewrightError]


class IblaiContent:
    def __init__(
        self,
        client: IblaiClient,
        journal: ScopedJournal,
        *,
        wall_clock: Callable[[], float] = time.time,
        concurrency: int = DRAFT_CONCURRENCY,
    ) -> None:
        self.client = client
        self.journal = journal
        self._wall = wall_clock
        self._concurrency = max(1, concurrency)

    # --- drafting -------------------------------------------------------------------------------

    async def draft(
        self, number: int, unit_ids: list[str] | None, redraft: bool, progress: ProgressFn
    ) -> DraftResult:
        unit_ids = unit_ids or None  # an empty list means every unit, as None does
        root = tree.root_from_wire(await self.client.structure(number, True), True)
        chosen = self._chosen_units(number, root, unit_ids)
        skipped = [] if redraft else [u.id for u in chosen if tree.unit_has_content(u, True)]
        targets = [u for u in chosen if u.id not in skipped]
        result = DraftResult(course_id=join_id(PROVIDER, number), started=False, skipped=skipped)
        if not targets:
            result.detail = "Every chosen unit already has content; pass redraft=true to rewrite them."
            return result
        if unit_ids is None and not redraft and not any(u.children for u in chosen):
            # Draft-all runs in the background. The seed does not say it spares units that have
            # components, so it is used only while no unit has any; otherwise each empty unit is
            # drafted here, and nothing already written can be overwritten.
            background = [u.id for u in targets if not u.children]
            if background:
                await self.client.draft_all(number)
                started = await self.journal.record("draft_all", str(number), json.dumps(background))
                await self.journal.done(started, str(number))
                result.started = True
                result.pending = background
            targets = [u for u in targets if u.children]
        drafted, failed = await self._draft_units(number, targets, progress)
        result.drafted = drafted
        result.failed = [unit_id for unit_id, _ in failed]
        result.detail = _draft_detail(result, failed)
        if failed and not drafted and not result.started:
            raise failed[0][1]
        return result

    @staticmethod
    def _chosen_units(number: int, root: Block, unit_ids: list[str] | None) -> list[Block]:
        units = [b for b in root.walk() if b.type == "unit"]
        if not units:
            raise Conflict(
                f"Course iblai:{number} has no units to draft.",
                "Call generate_outline first, or add units with edit_xblock.",
            )
        if not unit_ids:
            return units
        known = {unit.id: unit for unit in units}
        unknown = [unit_id for unit_id in unit_ids if unit_id not in known]
        if unknown:
            raise InvalidInput(
                f"Not units of course iblai:{number}: {', '.join(unknown[:5])}.",
                "Pass unit ids (the type@vertical locators) from get_course.",
            )
        return [known[unit_id] for unit_id in dict.fromkeys(unit_ids)]

    async def _draft_units(
        self, number: int, units: list[Block], progress: ProgressFn
    ) -> tuple[list[str], list[Failure]]:
        drafted: list[str] = []
        failed: list[Failure] = []
        limiter = anyio.CapacityLimiter(self._concurrency)

        async def draft(unit: Block) -> None:
            async with limiter:
                try:
                    await self.client.draft_unit(number, unit.id)
                except CoursewrightError as exc:
                    failed.append((unit.id, exc))
                    return
                drafted.append(unit.id)
                await progress(len(drafted), len(units), f"Drafted '{unit.display_name}'")

        if units:
            async with anyio.create_task_group() as group:
                for unit in units:
                    group.start_soon(draft, unit)
        order = {unit.id: index for index, unit in enumerate(units)}
        drafted.sort(key=order.__getitem__)
        failed.sort(key=lambda item: order[item[0]])
        return drafted, failed

    # --- waiting --------------------------------------------------------------------------------

    async def course_state(self, number: int, until: WaitTarget) -> ReadyState:
        data = await self.client.structure(number, False)
        root = tree.root_from_wire(data, False)
        task = await self.client.task_of_course(number, data)
        if until == "outline":
            if root.children:
                return ReadyState(ready=True, status="ready", progress=100.0)
            return await self._nothing_running(task, "The course has no outline yet: call generate_outline.")
        units = [b for b in root.walk() if b.type == "unit"]
        if not units:
            return await self._nothing_running(task, "The course has no units yet: call generate_outline.")
        # Without content, a unit with a component counts as drafted; review_course reads the content.
        missing = [u.id for u in units if not u.children]
        if not missing:
            return ReadyState(ready=True, status="ready", progress=100.0)
        progress = round(100.0 * (len(units) - len(missing)) / len(units), 1)
        queued = await self._drafting(number, missing)
        if queued:
            return ReadyState(
                ready=False,
                status="in_progress",
                missing=missing,
                progress=progress,
                detail=f"ibl.ai is drafting: {len(missing)} of {len(units)} units still empty.",
                expected_s=DRAFT_SECONDS_PER_UNIT * queued,
            )
        state = await self._nothing_running(
            task,
            f"{len(missing)} unit(s) have no content and nothing is drafting them: call draft_content "
            "(every empty unit, or the given unit_ids), or write them with edit_xblock.",
        )
        return state.model_copy(update={"missing": missing, "progress": progress})

    async def _drafting(self, number: int, missing: list[str]) -> int:
        """How many units the background draft we started recently queued, while some of the missing
        ones are among them (0: nothing of ours is drafting them)."""
        started = await self.journal.find("draft_all", str(number))
        if started is None or self._wall() - started.created_at >= DRAFT_STALL_S:
            return 0
        try:
            queued = set(json.loads(started.fingerprint))
        except ValueError:
            return len(missing)
        return len(queued) if any(unit in queued for unit in missing) else 0

    async def _nothing_running(self, task: int | None, idle_detail: str) -> ReadyState:
        """Missing work is coming only while the task's pipeline runs; otherwise nothing will fill it."""
        if task is not None:
            try:
                data = await self.client.task(task)
            except NotFound:  # the task was deleted; the course stays
                data = {}
            if wire.task_status(data.get("status")) in RUNNING:
                return ReadyState(
                    ready=False,
                    status="in_progress",
                    detail=wire.last_log_line(data.get("logs")) or "The pipeline is still running.",
                )
        return ReadyState(ready=False, status="idle", detail=idle_detail)

    async def outline_statuses(self, courses: list[int]) -> dict[int | None, CourseStatus]:
        statuses: dict[int | None, CourseStatus] = {}
        limiter = anyio.CapacityLimiter(STATUS_READS_AT_ONCE)

        async def read(course: int) -> None:
            async with limiter:
                try:
                    data = await self.client.light_structure(course)
                except CoursewrightError:
                    return  # deleted meanwhile, or unreadable: the listing still answers
            statuses[course] = tree.course_status(tree.root_from_wire(data, False), False, False)

        async with anyio.create_task_group() as group:
            for course in courses:
                group.start_soon(read, course)
        return statuses

    async def pipeline_state(self, task: int) -> ReadyState:
        data = await self.client.task(task)
        status = wire.task_status(data.get("status"))
        log_line = wire.last_log_line(data.get("logs"))
        if status == TaskStatus.SUCCESS:
            return ReadyState(ready=True, status="success", progress=100.0, detail=log_line or "")
        if status == TaskStatus.FAILED:
            reason = wire.failure_reason(data) or "no reason given."
            return ReadyState(
                ready=False,
                status="failed",
                detail=f"The pipeline failed: {reason} Call run_pipeline again to retry, or use the stepwise flow.",
            )
        if status == TaskStatus.CANCELLED:
            return ReadyState(
                ready=False,
                status="cancelled",
                detail="The task was cancelled: call run_pipeline to start it again, or go stepwise "
                "with generate_outline.",
            )
        if status == TaskStatus.PENDING:
            return ReadyState(
                ready=False, status="idle", detail="The pipeline has not been started: call run_pipeline."
            )
        detail = log_line or f"The pipeline is {status.value.replace('_', ' ')}."
        changed = wire.parse_time(data.get("last_modified"))
        if changed is not None and self._wall() - changed.timestamp() > DRAFT_STALL_S:
            # The seed: a task stuck over 15 minutes has stalled; cancel it, then start it again.
            detail = (
                f"The task has shown no progress for over {DRAFT_STALL_S // 60} minutes, which ibl.ai's guide "
                "calls stalled: call cancel_task, then run_pipeline to start it again."
            )
        return ReadyState(ready=False, status=status.value, missing=["pipeline"], detail=detail)


def _draft_detail(result: DraftResult, failed: list[Failure]) -> str:
    parts = []
    if result.started:
        parts.append(
            f"ibl.ai is drafting {len(result.pending)} unit(s) in the background: "
            "call poll_until_ready(until='content')."
        )
    if result.drafted:
        parts.append(f"Drafted {len(result.drafted)} unit(s) now.")
    if result.skipped:
        parts.append(f"Left {len(result.skipped)} unit(s) that have content alone.")
    if failed:
        ids = ", ".join(unit_id for unit_id, _ in failed[:5])
        parts.append(
            f"{len(failed)} unit(s) failed ({failed[0][1].what}): {ids}. "
            "Call draft_content again with those unit_ids."
        )
    return " ".join(parts)
