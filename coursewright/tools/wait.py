"""The poll_until_ready tool: waits for a platform's background work, probing around its expected end
(see `coursewright.waiting`), with progress notifications."""

from typing import Annotated, Literal

from mcp.server.mcpserver import Context
from pydantic import BaseModel, Field

from coursewright.providers.base import WaitTarget
from coursewright.tools.common import guarded, runtime_of
from coursewright.tools.course import progress_reporter
from coursewright.waiting import WaitPlan


class ReadyResult(BaseModel):
    ready: bool
    status: str
    missing: list[str] = Field(default_factory=list, description="What is not there yet.")
    progress: float | None = None
    waited_s: float
    next_step: str


#: Statuses where waiting longer cannot change anything.
SETTLED = {"idle", "failed", "cancelled", "canceled", "error"}


@guarded
async def poll_until_ready(
    target_id: Annotated[
        str,
        Field(
            min_length=3,
            max_length=300,
            description="Course id (outline, content) or task id (pipeline).",
        ),
    ],
    ctx: Context,
    until: Annotated[
        Literal["outline", "content", "pipeline"], Field(description="What to wait for.")
    ] = "content",
    timeout_s: Annotated[int, Field(ge=0, le=1_800, description="Longest wait in seconds.")] = 300,
) -> ReadyResult:
    """Wait for an outline, content or a pipeline.

    On a timeout `missing` says what is left; call again to keep waiting.
    """
    runtime = runtime_of(ctx)
    settings = runtime.settings
    platform, native = await runtime.provider_for(target_id, "target_id")
    report = progress_reporter(ctx)
    target: WaitTarget = until
    started = runtime.clock()
    plan = WaitPlan(settings.poll_initial_s, settings.poll_max_s)
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
        # The platform's percentage when it gives one; otherwise the share of the wait used so far.
        await report(
            state.progress if state.progress is not None else round(waited, 1),
            100 if state.progress is not None else timeout_s,
            message,
        )
        plan.seen(waited, state.progress, state.expected_s)
        await runtime.sleep(min(plan.next_wait(state.retry_after_s), remaining))
