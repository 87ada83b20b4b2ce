"""Brief and task tools: check_brief, create_task, attach_reference."""

import functools
import hashlib
from typing import Annotated

import anyio
from mcp.server.mcpserver import Context, ElicitationResult, Resolve
from pydantic import BaseModel, Field

from coursewright.errors import CoursewrightError, InvalidInput, Refused
from coursewright.guardrails.brief_report import BriefReport, brief_questions_text
from coursewright.guardrails.confirm import ConfirmationRequired
from coursewright.model import Attachment, Brief, ProviderName, TaskOptions, TaskStatus
from coursewright.runtime import Runtime
from coursewright.tools import gate
from coursewright.tools.common import ClientRoots, TaskId, Token, allowed_roots, guarded, runtime_of
from coursewright.tools.gate import ConfirmAnswer, GateRequest
from coursewright.tools.spend import check_spend
from coursewright.tools.spend import record as spend_record

Name = Annotated[
    str, Field(min_length=1, max_length=200, description="Course title, e.g. 'Python for Data Analysts'.")
]
Description = Annotated[
    str,
    Field(
        min_length=1,
        max_length=20_000,
        description="The brief: scope and exclusions, 3-7 measurable outcomes, pedagogy, format (sections, weeks, hours).",
    ),
]
Audience = Annotated[
    str,
    Field(
        min_length=1,
        max_length=2_000,
        description="Prior knowledge, language level, weekly study time.",
    ),
]
Sections = Annotated[int, Field(ge=1, le=30, description="Sections wanted (3-8 works best).")]
ModelName = Annotated[
    str | None,
    Field(max_length=100, description="Generation model; empty: the cheapest."),
]


@guarded
async def check_brief(
    name: Name,
    description: Description,
    target_audience: Audience,
    ctx: Context,
    desired_number_of_sections: Sections = 4,
    model: ModelName = None,
) -> BriefReport:
    """Score a brief on the five-field checklist; creates nothing.

    If it is not `ready`, ask the user its `questions` and check again; then create_task.
    """
    brief = Brief(
        name=name,
        description=description,
        target_audience=target_audience,
        desired_number_of_sections=desired_number_of_sections,
        model=model,
    )
    runtime = runtime_of(ctx)
    from coursewright.guardrails.brief import check_brief as run_checklist

    return await _judged(runtime, brief, run_checklist(brief, cheap_models=runtime.settings.cheap_models))


async def _judged(runtime: Runtime, brief: Brief, report: BriefReport) -> BriefReport:
    """With COURSEWRIGHT_BRIEF_JUDGE=1 and COURSEWRIGHT_LLM_* set, a model may move fields between
    vague and met, with its reason; never a missing field. If it cannot answer, the rules' verdict
    stands, with a warning."""
    settings = runtime.settings
    if not (settings.brief_judge and settings.llm_base_url and settings.llm_model):
        return report
    generator = getattr(await runtime.provider("local"), "generator", None)
    if generator is None:
        return report
    try:
        verdicts = await generator.judge_brief(brief, report)
    except CoursewrightError:
        verdicts = None
    if verdicts is None:
        note = "The model judge (COURSEWRIGHT_LLM_*) could not be used this time; the checklist's rules decided alone."
        return report.model_copy(update={"warnings": [*report.warnings, note]})
    from coursewright.guardrails.brief_judge import apply_judgement

    return apply_judgement(report, verdicts, generator.model)


def _failing(report: BriefReport) -> str:
    """What fails, field by field, in the checklist's own words ("format: 12 section(s) is outside 3-8...")."""
    lines = [f"{f.field.replace('_', ' ')}: {f.need}" for f in report.fields if f.status != "met" and f.need]
    lines += [f"level word without a measurable meaning: '{term}'" for term in report.vague_terms]
    return "What fails: " + " | ".join(lines) + "\n" if lines else ""


class TaskCreated(BaseModel):
    task_id: str | None = Field(
        default=None, description="Keep this: generate_outline and run_pipeline take it."
    )
    status: TaskStatus | None = None
    provider: ProviderName
    warnings: list[str] = Field(default_factory=list)
    estimated_cost_usd: float | None = Field(
        default=None, description="What the generation is expected to cost."
    )
    confirmation_required: ConfirmationRequired | None = Field(
        default=None,
        description="Set when nothing was created yet: show the summary to the user and call again with the token.",
    )
    next_step: str = ""


def _brief_stamp(brief: Brief, options: TaskOptions, provider: str) -> str:
    text = f"{provider}\n{brief.model_dump_json()}\n{options.model_dump_json()}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


@gate.preparer("create_task", "name")
async def _prepare_create_task(
    name: str,
    description: str,
    target_audience: str,
    ctx: Context,
    provider: str | None = None,
    model: str | None = None,
    desired_number_of_sections: int = 4,
    options: TaskOptions | None = None,
) -> GateRequest:
    runtime = runtime_of(ctx)
    settings = runtime.settings
    provider_name = provider or settings.default_provider
    brief = Brief(
        name=name,
        description=description,
        target_audience=target_audience,
        desired_number_of_sections=desired_number_of_sections,
        model=model,
    )
    # Resolvers may see the raw argument; validate it the same way the tool does.
    options = TaskOptions.model_validate(options or {}) if not isinstance(options, TaskOptions) else options
    from coursewright.guardrails.brief import check_brief as run_checklist

    report = await _judged(runtime, brief, run_checklist(brief, cheap_models=settings.cheap_models))
    if not report.ready:
        raise Refused(
            "The brief is not ready, so no task was created.",
            f"{_failing(report)}Ask the user these questions, then call create_task again with the improved brief."
            f"\n{brief_questions_text(report)}",
        )
    platform = await runtime.provider(provider_name)
    reasons: list[str] = []
    if model and model not in settings.cheap_models:
        reasons.append(f"it uses the model {model!r}, which costs more than the default")
    if options.publish_course:
        reasons.append("it lets the platform's pipeline publish the course to learners with no review")
    spend = check_spend(
        runtime, await platform.quote("create", options=options, brief=brief), None, first_generation=False
    )
    if spend.needed:
        reasons.append("generating the course is paid for")
    summary = (
        f"Create the course task '{name}' on {provider_name} "
        f"({desired_number_of_sections} sections planned), although {' and '.join(reasons)}."
        if reasons
        else ""
    )
    if spend.quote is not None:
        summary = f"{summary} {spend.text}".strip()
    return GateRequest(
        action="create_task",
        target=f"{provider_name}:{name}",
        stamp=_brief_stamp(brief, options, provider_name),
        summary=summary,
        needed=bool(reasons),
        context={
            "brief": brief,
            "options": options,
            "provider": provider_name,
            "cost": spend.quote.amount_usd if spend.quote and spend.quote.amount_usd else None,
            "spend": spend,
            "report": report,
        },
    )


async def _confirm_create_task(
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_create_task)],
    confirmation_token: str | None = None,
):
    return await gate.decide(ctx, request, confirmation_token)


@guarded
async def create_task(
    name: Annotated[str, Field(min_length=1, max_length=200)],
    description: Annotated[str, Field(min_length=1, max_length=20_000, description="As for check_brief.")],
    target_audience: Annotated[str, Field(min_length=1, max_length=2_000)],
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_create_task)],
    answer: Annotated[ElicitationResult[ConfirmAnswer], Resolve(_confirm_create_task)],
    provider: Annotated[ProviderName | None, Field(description="Platform; empty: the default.")] = None,
    model: ModelName = None,
    desired_number_of_sections: Sections = 4,
    options: Annotated[TaskOptions | None, Field(description="Platform-specific options.")] = None,
    confirmation_token: Token = None,
) -> TaskCreated:
    """Create the task from a ready brief; a paid or costlier generation asks the user.

    Next: generate_outline.
    """
    provider_name = request.context.get("provider") or (provider or runtime_of(ctx).settings.default_provider)
    approved = await gate.approved(
        ctx,
        answer,
        request,
        lambda: _prepare_create_task(
            name=name,
            description=description,
            target_audience=target_audience,
            ctx=ctx,
            provider=provider,
            model=model,
            desired_number_of_sections=desired_number_of_sections,
            options=options,
        ),
    )
    if isinstance(approved, ConfirmationRequired):
        return TaskCreated(
            provider=provider_name,
            estimated_cost_usd=request.context.get("cost"),
            confirmation_required=approved,
            next_step="Show the summary to the user; if they agree, call create_task again with confirmation_token.",
        )
    request = approved
    runtime = runtime_of(ctx)
    brief: Brief = request.context["brief"]
    platform = await runtime.provider(provider_name)
    task = await platform.create_task(brief, request.context["options"])
    runtime.ledger.remember_brief(task.task_id, brief)
    # The approval covers the task's first generation: it is written to the task's spend ledger.
    spend_record(runtime, request.context["spend"], "create_task", asked=request.needed, task_id=task.task_id)
    report: BriefReport = request.context["report"]
    return TaskCreated(
        task_id=task.task_id,
        status=task.status,
        provider=provider_name,
        warnings=list(report.warnings),
        estimated_cost_usd=request.context.get("cost"),
        next_step=(
            "Call generate_outline with this task_id (pass your own outline, or none to let the platform "
            "generate one), or attach_reference first to add source files."
        ),
    )


@guarded
async def attach_reference(
    task_id: TaskId,
    path: Annotated[
        str,
        Field(
            min_length=1,
            max_length=4_096,
            description="A PDF, Word, Markdown, text or slides file in a folder shared with the server.",
        ),
    ],
    ctx: Context,
    client_roots: ClientRoots,
) -> Attachment:
    """Attach a file from a folder shared with the server, before the outline (4 files, 20 MB each)."""
    runtime = runtime_of(ctx)
    platform, native = await runtime.provider_for(task_id, "task_id")
    if not platform.capabilities.reference_files:
        raise InvalidInput(
            f"The {platform.name} provider does not take reference files.",
            "Put the essential facts from the file into the brief's description instead.",
        )
    task = await platform.get_task(native)
    roots = allowed_roots(ctx, client_roots)
    from coursewright.guardrails.files import read_reference

    reference = await anyio.to_thread.run_sync(
        functools.partial(
            read_reference, path, roots=roots, existing_count=len(task.files), has_outline=task.has_outline
        )
    )
    return await platform.attach_reference(native, reference.name, reference.data)
