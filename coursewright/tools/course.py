"""Course tools: generate_outline, get_course, draft_content (edit_xblock is in `edit`, poll_until_ready in `wait`)."""

from typing import Annotated, Any

from mcp.server.mcpserver import Context, ElicitationResult, Resolve
from pydantic import BaseModel, Field, TypeAdapter

from coursewright.guardrails.confirm import ConfirmationRequired
from coursewright.model import (
    Block,
    Course,
    CourseStatus,
    DraftResult,
    OutlineSection,
    TaskStatus,
    content_stamp,
)
from coursewright.providers.base import ProgressFn
from coursewright.tools import gate
from coursewright.tools.common import BlockRef, CourseId, TaskId, Token, compact, guarded, runtime_of
from coursewright.tools.gate import ConfirmAnswer, GateRequest
from coursewright.tools.once import outline_once
from coursewright.tools.outline_content import UnitRefusal, check_outline_content, content_report
from coursewright.tools.spend import check_spend
from coursewright.tools.spend import record as spend_record


def progress_reporter(ctx: Context) -> ProgressFn:
    """Progress notifications leave through the redactor like everything else."""
    redact = runtime_of(ctx).redactor.redact

    async def report(done: float, total: float | None, message: str) -> None:
        await ctx.report_progress(done, total, redact(message))

    return report


class OutlineResult(BaseModel):
    course_id: str | None = Field(default=None, description="Keep this: every later course tool takes it.")
    task_id: str
    title: str = ""
    status: CourseStatus | None = None
    counts: dict[str, int] = Field(default_factory=dict)
    tree: Block | None = Field(default=None, description="The course tree without content.")
    next_step: str = ""
    confirmation_required: ConfirmationRequired | None = Field(
        default=None,
        description="Set when nothing was generated yet (it is paid for): show the summary to the user and call again with the token.",
    )
    note: str | None = Field(
        default=None,
        description="Set when an earlier call had already made the course (or a dashboard job was adopted): nothing new was made.",
    )
    written: int = Field(default=0, description="Units whose content came with the outline and was stored.")
    refused: list[UnitRefusal] = Field(
        default_factory=list,
        description="Units whose content was refused (created empty): fix it and send it with edit_xblock update.",
    )
    sanitized: list[str] = Field(
        default_factory=list, description="What was removed from units' HTML as unsafe."
    )


def _outline_arg(outline: Any) -> list[OutlineSection] | None:
    # Resolvers may see the raw argument; validate it the same way the tool does.
    return TypeAdapter(list[OutlineSection] | None).validate_python(outline) if outline else None


@gate.preparer("generate_outline", "task_id")
async def _prepare_outline(
    task_id: str,
    ctx: Context,
    outline: Any = None,
    regenerate: bool = False,
    adopt_job_id: str | None = None,
) -> GateRequest:
    runtime = runtime_of(ctx)
    platform, native = await runtime.provider_for(task_id, "task_id")
    free = GateRequest(action="generate_outline", target=task_id, needed=False)
    if adopt_job_id:
        return free  # adopting a job the platform already made spends nothing
    quote = await platform.quote("generate", native, outline=_outline_arg(outline))
    if quote is None or quote.free:
        return free
    if not regenerate:
        task = await platform.get_task(native)
        if task.course_id and task.status != TaskStatus.FAILED:
            return free  # the platform refuses: the task already has a course, nothing is spent
    spend = check_spend(runtime, quote, task_id, first_generation=not regenerate)
    verb = "Regenerate the course (the current one is replaced)" if regenerate else "Generate the course"
    summary = f"{verb} for task {task_id} on {platform.name}. {spend.text}"
    return GateRequest(
        action="generate_outline",
        target=task_id,
        stamp=spend.stamp,
        summary=summary,
        needed=spend.needed,
        context={"spend": spend},
    )


async def _confirm_outline(
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_outline)],
    confirmation_token: str | None = None,
):
    return await gate.decide(ctx, request, confirmation_token)


@guarded
async def generate_outline(
    task_id: TaskId,
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_outline)],
    answer: Annotated[ElicitationResult[ConfirmAnswer], Resolve(_confirm_outline)],
    outline: Annotated[
        list[OutlineSection] | None,
        Field(
            max_length=30,
            description="Your own outline; empty: the platform writes one.",
        ),
    ] = None,
    regenerate: Annotated[
        bool,
        Field(description="Replace the outline and its content; only when the user asked."),
    ] = False,
    adopt_job_id: Annotated[
        str | None,
        Field(
            min_length=1,
            max_length=200,
            description="LearningStudio, after a lost answer: the job id the user found on its dashboard.",
        ),
    ] = None,
    confirmation_token: Token = None,
) -> OutlineResult:
    """Create the course outline (the platform's, or yours); a paid one asks the user.

    Show it to the user; then draft_content and poll_until_ready.
    """
    runtime = runtime_of(ctx)
    approved = await gate.approved(
        ctx,
        answer,
        request,
        lambda: _prepare_outline(
            task_id=task_id, ctx=ctx, outline=outline, regenerate=regenerate, adopt_job_id=adopt_job_id
        ),
    )
    if isinstance(approved, ConfirmationRequired):
        return OutlineResult(
            task_id=task_id,
            confirmation_required=approved,
            next_step="Show the summary to the user; if they agree, call generate_outline again with confirmation_token.",
        )
    platform, native = await runtime.provider_for(task_id, "task_id")
    checked = check_outline_content(outline, platform)
    if checked is not None:
        outline = checked.outline
    if "spend" in approved.context:
        spend_record(runtime, approved.context["spend"], "generate_outline", asked=approved.needed)
    if adopt_job_id:
        course = await platform.adopt_job(native, adopt_job_id)
        note = "The task adopted the job from the dashboard; nothing new was created."
    else:
        course, note = await outline_once(runtime, platform, task_id, native, outline, regenerate)
    runtime.ledger.link_course(course.course_id, course.task_id or task_id)
    next_step = _after_outline(course, platform.capabilities.edit_structure)
    refused, sanitized = content_report(course, checked) if checked is not None else ([], [])
    if checked is not None:
        next_step = _after_content(checked.written, refused)
    return OutlineResult(
        written=checked.written if checked is not None else 0,
        refused=refused,
        sanitized=sanitized,
        course_id=course.course_id,
        task_id=course.task_id or task_id,
        title=course.title,
        status=course.status,
        counts=course.counts(),
        tree=compact(course.root),
        next_step=f"{note} {next_step}" if note else next_step,
        note=note,
    )


def _after_content(written: int, refused: list[UnitRefusal]) -> str:
    done = f"{written} unit(s) were stored with their content."
    if refused:
        return (
            f"{done} {len(refused)} unit(s) were refused and left empty (see refused): fix each and send it "
            "with edit_xblock(action='update', block_id=<unit_id>, content=...), then call review_course."
        )
    return f"{done} Show the course to the user, then call review_course and publish."


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
        bool, Field(description="Include each component's HTML or problem XML.")
    ] = False,
) -> Course:
    """The course tree, with the block ids edit_xblock and draft_content take."""
    platform, native = await runtime_of(ctx).provider_for(course_id, "course_id")
    course = await platform.get_course(native, include_content)
    return course if include_content else course.model_copy(update={"root": compact(course.root)})


class DraftOutcome(DraftResult):
    confirmation_required: ConfirmationRequired | None = Field(
        default=None,
        description="Set when nothing was drafted yet (it is paid for): show the summary to the user and call again with the token.",
    )


def _is_empty(unit: Block) -> bool:
    return not any((block.content or "").strip() for block in unit.walk())


@gate.preparer("draft_content", "course_id")
async def _prepare_draft(
    course_id: str, ctx: Context, unit_ids: list[str] | None = None, redraft: bool = False
) -> GateRequest:
    runtime = runtime_of(ctx)
    platform, native = await runtime.provider_for(course_id, "course_id")
    free = GateRequest(action="draft_content", target=course_id, needed=False)
    if await platform.quote("draft", units=1) is None:
        return free
    course = await platform.get_course(native, True)
    chosen = set(unit_ids or [])
    units = [u for u in course.units() if (not chosen or u.id in chosen) and (redraft or _is_empty(u))]
    task_id = course.task_id or runtime.ledger.task_for_course(course.course_id) or course.course_id
    spend = check_spend(
        runtime, await platform.quote("draft", units=len(units)), task_id, first_generation=False
    )
    if spend.quote is None:
        return free
    summary = f"Draft {len(units)} unit(s) of '{course.title}' ({course.course_id}) on {platform.name}. {spend.text}"
    return GateRequest(
        action="draft_content",
        target=course.course_id,
        stamp=f"{content_stamp(course)}/{spend.stamp}",
        summary=summary,
        needed=spend.needed,
        context={"spend": spend},
    )


async def _confirm_draft(
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_draft)],
    confirmation_token: str | None = None,
):
    return await gate.decide(ctx, request, confirmation_token)


@guarded
async def draft_content(
    course_id: CourseId,
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_draft)],
    answer: Annotated[ElicitationResult[ConfirmAnswer], Resolve(_confirm_draft)],
    unit_ids: Annotated[
        list[BlockRef] | None, Field(max_length=500, description="Units to draft; empty: all.")
    ] = None,
    redraft: Annotated[bool, Field(description="Also replace units that have content.")] = False,
    confirmation_token: Token = None,
) -> DraftOutcome:
    """Draft the empty units, or unit_ids (redraft replaces content); paid drafting asks the user.

    If `started`, call poll_until_ready(until='content').
    """
    runtime = runtime_of(ctx)
    approved = await gate.approved(
        ctx,
        answer,
        request,
        lambda: _prepare_draft(course_id=course_id, ctx=ctx, unit_ids=unit_ids, redraft=redraft),
    )
    if isinstance(approved, ConfirmationRequired):
        return DraftOutcome(course_id=course_id, started=False, confirmation_required=approved)
    if "spend" in approved.context:
        spend_record(runtime, approved.context["spend"], "draft_content", asked=approved.needed)
    platform, native = await runtime.provider_for(course_id, "course_id")
    result = await platform.draft_content(native, unit_ids, redraft, progress_reporter(ctx))
    return DraftOutcome(**result.model_dump())
