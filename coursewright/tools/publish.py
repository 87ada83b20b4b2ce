"""Review and release: review_course, publish, run_pipeline."""

from typing import Annotated

from mcp.server.mcpserver import Context, ElicitationResult, Resolve
from pydantic import BaseModel, Field

from coursewright.errors import CoursewrightError, NotSupported, Refused
from coursewright.guardrails.confirm import ConfirmationRequired
from coursewright.guardrails.review import ReviewReport, for_platform_without_editing
from coursewright.guardrails.review import review_course as run_review
from coursewright.model import Course, Task, TaskStatus, content_stamp
from coursewright.providers.base import Provider
from coursewright.runtime import Runtime
from coursewright.tools import gate
from coursewright.tools.common import CourseId, TaskId, Token, guarded, runtime_of
from coursewright.tools.gate import ConfirmAnswer, GateRequest
from coursewright.tools.spend import check_spend
from coursewright.tools.spend import record as spend_record


async def _pending_units(platform: Provider, native: str) -> list[str]:
    """Units a platform is still drafting in the background: they count as not reviewed yet."""
    try:
        state = await platform.readiness(native, "content")
    except CoursewrightError:
        return []
    if state.ready or state.status.lower() in ("idle", "failed", "cancelled", "canceled", "error"):
        return []
    return list(state.missing)


async def _review(runtime: Runtime, course_id: str) -> tuple[Provider, str, Course, ReviewReport]:
    platform, native = await runtime.provider_for(course_id, "course_id")
    course = await platform.get_course(native, True)
    brief = runtime.ledger.brief_for_course(course.course_id, course.task_id)
    report = run_review(course, brief, pending_units=await _pending_units(platform, native))
    if not platform.capabilities.edit_structure:
        report = for_platform_without_editing(report, platform.name)
    return platform, native, course, report


def _findings_text(report: ReviewReport, limit: int = 5) -> str:
    lines = [f"- {f.block_id or 'course'}: {f.problem} {f.fix}" for f in report.blocking[:limit]]
    if len(report.blocking) > limit:
        lines.append(f"- ...and {len(report.blocking) - limit} more (see review_course).")
    return "\n".join(lines)


@guarded
async def review_course(course_id: CourseId, ctx: Context) -> ReviewReport:
    """Check for empty units, ungradable problems, AI chatter, placeholders, unsafe HTML, repeated titles and length.

    Fix blocking findings; publish needs a clean review.
    """
    runtime = runtime_of(ctx)
    _, _, course, report = await _review(runtime, course_id)
    runtime.ledger.record_review(course.course_id, report.stamp, report.ok)
    return report


class PublishOutcome(BaseModel):
    published: bool
    course_id: str
    location: str | None = Field(
        default=None, description="Where the course now is: a URL, or the OLX archive path."
    )
    detail: str = ""
    confirmation_required: ConfirmationRequired | None = Field(
        default=None,
        description="Set when nothing was published yet: show the summary to the user and call again with the token.",
    )


@gate.preparer("publish", "course_id")
async def _prepare_publish(course_id: str, ctx: Context) -> GateRequest:
    runtime = runtime_of(ctx)
    platform, _, course, report = await _review(runtime, course_id)
    last = runtime.ledger.last_review(course.course_id)
    if last is None or last[0] != report.stamp:
        raise Refused(
            "The course has not been reviewed in its current state, so it was not published.",
            "Call review_course, fix any blocking findings, show the result to the user, then publish.",
        )
    if not report.ok:
        raise Refused(
            f"The review found {len(report.blocking)} blocking issue(s), so the course was not published:\n"
            + _findings_text(report),
            "Fix them with edit_xblock, run review_course again, then publish.",
        )
    counts = course.counts()
    verdict = (
        f"the content was NOT reviewed: {platform.name}'s API does not expose it, so read the course on "
        f"{platform.name} before saying yes"
        if not course.content_readable
        else f"review clean with {len(report.warnings)} warning(s)"
    )
    summary = (
        f"Publish '{course.title}' ({course.course_id}) on {platform.name}: {counts['section']} sections, "
        f"{counts['subsection']} subsections, {counts['unit']} units; {verdict}. "
        f"Publishing means: {platform.capabilities.publish_means}."
    )
    return GateRequest(
        action="publish", target=course.course_id, stamp=content_stamp(course), summary=summary
    )


async def _confirm_publish(
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_publish)],
    confirmation_token: str | None = None,
):
    return await gate.decide(ctx, request, confirmation_token)


@guarded
async def publish(
    course_id: CourseId,
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_publish)],
    answer: Annotated[ElicitationResult[ConfirmAnswer], Resolve(_confirm_publish)],
    confirmation_token: Token = None,
) -> PublishOutcome:
    """Publish a reviewed course (local: an Open edX OLX archive); re-runs the review and asks the user."""
    approved = await gate.approved(
        ctx, answer, request, lambda: _prepare_publish(course_id=course_id, ctx=ctx)
    )
    if isinstance(approved, ConfirmationRequired):
        return PublishOutcome(published=False, course_id=course_id, confirmation_required=approved)
    platform, native = await runtime_of(ctx).provider_for(course_id, "course_id")
    result = await platform.publish(native)
    return PublishOutcome(
        published=result.published, course_id=approved.target, location=result.location, detail=result.detail
    )


class PipelineStarted(BaseModel):
    task_id: str
    status: TaskStatus | None = None
    detail: str = ""
    confirmation_required: ConfirmationRequired | None = Field(
        default=None,
        description="Set when nothing was started yet: show the summary to the user and call again with the token.",
    )
    next_step: str = ""


@gate.preparer("run_pipeline", "task_id")
async def _prepare_pipeline(task_id: str, ctx: Context) -> GateRequest:
    runtime = runtime_of(ctx)
    platform, native = await runtime.provider_for(task_id, "task_id")
    if not platform.capabilities.pipeline:
        raise NotSupported(
            f"The {platform.name} provider has no one-shot pipeline.",
            "Use the stepwise flow: generate_outline, then draft_content.",
        )
    task = await platform.get_task(native)
    if task.status not in (TaskStatus.PENDING, TaskStatus.FAILED):
        raise Refused(
            f"Task {task.task_id} is {task.status.value}, so the pipeline cannot start.",
            "Use get_task to follow it, or create a new task.",
        )
    spend = check_spend(
        runtime, await platform.quote("pipeline", native), task.task_id, first_generation=True
    )
    summary = (
        f"Run the one-shot pipeline for '{task.name}' ({task.task_id}) on {platform.name}: the whole course "
        f"is generated without the stepwise outline and content review. {spend.text}"
    ).strip()
    return GateRequest(
        action="run_pipeline",
        target=task.task_id,
        stamp=f"{task.status.value}/{spend.stamp}",
        summary=summary,
        context={"spend": spend},
    )


async def _confirm_pipeline(
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_pipeline)],
    confirmation_token: str | None = None,
):
    return await gate.decide(ctx, request, confirmation_token)


@guarded
async def run_pipeline(
    task_id: TaskId,
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_pipeline)],
    answer: Annotated[ElicitationResult[ConfirmAnswer], Resolve(_confirm_pipeline)],
    confirmation_token: Token = None,
) -> PipelineStarted:
    """Generate the whole course with no stepwise review, only when the user asked; it asks them.

    Next: poll_until_ready(until='pipeline').
    """
    approved = await gate.approved(ctx, answer, request, lambda: _prepare_pipeline(task_id=task_id, ctx=ctx))
    if isinstance(approved, ConfirmationRequired):
        return PipelineStarted(task_id=task_id, confirmation_required=approved)
    runtime = runtime_of(ctx)
    spend_record(runtime, approved.context["spend"], "run_pipeline", asked=True)
    platform, native = await runtime.provider_for(task_id, "task_id")
    task: Task = await platform.run_pipeline(native)
    return PipelineStarted(
        task_id=task.task_id,
        status=task.status,
        detail=task.detail or "",
        next_step="Call poll_until_ready with this task_id and until='pipeline', then review_course.",
    )
