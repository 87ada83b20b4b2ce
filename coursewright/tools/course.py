"""Course tools: generate_outline, get_course, draft_content, poll_until_ready (edit_xblock is in `edit`)."""

from typing import Annotated, Literal

from mcp.server.mcpserver import Context
from pydantic import BaseModel, Field

from coursewright.model import Block, Course, CourseStatus, DraftResult, OutlineSection
from coursewright.providers.base import ProgressFn, WaitTarget
from coursewright.tools.common import CourseId, TaskId, compact, guarded, runtime_of


def progress_reporter(ctx: Context) -> ProgressFn:
    """Progress notifications leave through the redactor like everything else."""
    redact = runtime_of(ctx).redactor.redact

    async def report(done: float, total: float | None, message: str) -> None:
        await ctx.report_progress(done, total, redact(message))

    return report


class OutlineResult(BaseModel):
    course_id: str = Field(description="Keep this: every later course tool takes it.")
    task_id: str
    title: str
    status: CourseStatus
    counts: dict[str, int]
    tree: Block = Field(description="The course tree without content.")
    next_step: str


@guarded
async def generate_outline(
    task_id: TaskId,
    ctx: Context,
    outline: Annotated[
        list[OutlineSection] | None,
        Field(
            max_length=30,
            description=(
                "Your own outline: [{title, subsections: [{title, units: [{title, kind}]}]}], kind one of "
                "html, problem, video. Leave empty to let the platform generate one."
            ),
        ),
    ] = None,
    regenerate: Annotated[
        bool,
        Field(description="Replace an existing outline (its content is lost). Only when the user asked."),
    ] = False,
) -> OutlineResult:
    """Create the course and its outline for a task: the platform's own, or the outline you pass.

    Show the outline to the user before drafting. Next: edit_xblock to change it, then
    draft_content (or write each unit with edit_xblock) and poll_until_ready.
    """
    runtime = runtime_of(ctx)
    platform, native = await runtime.provider_for(task_id, "task_id")
    course = await platform.generate_outline(native, outline, regenerate)
    runtime.ledger.link_course(course.course_id, course.task_id or task_id)
    return OutlineResult(
        course_id=course.course_id,
        task_id=course.task_id or task_id,
        title=course.title,
        status=course.status,
        counts=course.counts(),
        tree=compact(course.root),
        next_step=_after_outline(course, platform.capabilities.edit_structure),
    )


def _after_outline(course: Course, editable: bool) -> str:
    if course.status == CourseStatus.DRAFTING or not course.units():
        return (
            "The platform is still building the course: call poll_until_ready with this course_id and "
            "until='outline', then show the outline to the user."
        )
    if not editable:
        return (
            "Show this outline to the user. This platform cannot edit it: if they want changes, call "
            "generate_outline again with regenerate=true; otherwise poll_until_ready(until='content')."
        )
    return (
        "Show this outline to the user. Change it with edit_xblock if they ask, then call draft_content "
        "(or write units with edit_xblock action=update, content=...)."
    )


@guarded
async def get_course(
    course_id: CourseId,
    ctx: Context,
    include_content: Annotated[
        bool, Field(description="Include each component's HTML or problem XML (larger answer).")
    ] = False,
) -> Course:
    """Show a course's tree: sections > subsections > units > components, with block ids and status.

    Use the block ids with edit_xblock and draft_content.
    """
    platform, native = await runtime_of(ctx).provider_for(course_id, "course_id")
    course = await platform.get_course(native, include_content)
    return course if include_content else course.model_copy(update={"root": compact(course.root)})


@guarded
async def draft_content(
    course_id: CourseId,
    ctx: Context,
    unit_ids: Annotated[
        list[str] | None, Field(max_length=500, description="Units to draft; empty means every unit.")
    ] = None,
    redraft: Annotated[
        bool, Field(description="Also rewrite units that already have content (their content is replaced).")
    ] = False,
) -> DraftResult:
    """Have the platform draft unit content: every empty unit, or the units given.

    Units with content are skipped unless redraft is true. If `started` is true, drafting
    continues in the background: call poll_until_ready(course_id, until='content').
    """
    platform, native = await runtime_of(ctx).provider_for(course_id, "course_id")
    return await platform.draft_content(native, unit_ids, redraft, progress_reporter(ctx))


class ReadyResult(BaseModel):
    ready: bool
    status: str
    missing: list[str] = Field(default_factory=list, description="What is not there yet.")
    progress: float | None = None
    waited_s: float
    next_step: str


#: Never look again sooner than this, whatever a platform suggests.
PLATFORM_HINT_FLOOR_S = 1.0

#: Statuses where waiting longer cannot change anything.
SETTLED = {"idle", "failed", "cancelled", "canceled", "error"}


@guarded
async def poll_until_ready(
    target_id: Annotated[
        str,
        Field(
            min_length=3,
            max_length=300,
            description="The course id (outline, content) or task id (pipeline).",
        ),
    ],
    ctx: Context,
    until: Annotated[
        Literal["outline", "content", "pipeline"], Field(description="What to wait for.")
    ] = "content",
    timeout_s: Annotated[
        int, Field(ge=0, le=1_800, description="How long to wait at most, in seconds (default 5 minutes).")
    ] = 300,
) -> ReadyResult:
    """Wait for background work (outline, content or pipeline) with back-off and progress notifications.

    Returns as soon as it is ready, fails, or the time is up; on a timeout, `missing` says
    what is not there yet and calling again continues the wait. Next: review_course.
    """
    runtime = runtime_of(ctx)
    settings = runtime.settings
    platform, native = await runtime.provider_for(target_id, "target_id")
    report = progress_reporter(ctx)
    target: WaitTarget = until
    started = runtime.clock()
    delay = settings.poll_initial_s
    while True:
        state = await platform.readiness(native, target)
        waited = runtime.clock() - started
        if state.ready:
            return ReadyResult(
                ready=True,
                status=state.status,
                progress=state.progress,
                waited_s=round(waited, 1),
                next_step="Call review_course next."
                if until != "outline"
                else "Show the outline to the user.",
            )
        if state.status.lower() in SETTLED:
            return ReadyResult(
                ready=False,
                status=state.status,
                missing=state.missing,
                progress=state.progress,
                waited_s=round(waited, 1),
                next_step=state.detail
                or "Nothing is running that would finish this; start it (draft_content or run_pipeline) or fill the missing units with edit_xblock.",
            )
        remaining = timeout_s - waited
        if remaining <= 0:
            return ReadyResult(
                ready=False,
                status=state.status,
                missing=state.missing,
                progress=state.progress,
                waited_s=round(waited, 1),
                next_step=(
                    f"Still working after {round(waited)} s; {len(state.missing)} item(s) missing. "
                    "Call poll_until_ready again to keep waiting, or get_course to see what is there."
                ),
            )
        message = state.detail or f"{until}: {state.status}, {len(state.missing)} item(s) still missing"
        await report(
            state.progress if state.progress is not None else waited,
            100 if state.progress is not None else None,
            message,
        )
        if state.retry_after_s is not None:
            # The platform's own hint is the lightest probe: follow it, within our floor and ceiling.
            wait = min(max(state.retry_after_s, PLATFORM_HINT_FLOOR_S), settings.poll_max_s)
        else:
            wait, delay = delay, min(delay * 2, settings.poll_max_s)
        await runtime.sleep(min(wait, remaining))
