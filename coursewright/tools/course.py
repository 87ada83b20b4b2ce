"""Course tools: generate_outline, get_course, edit_xblock, draft_content, poll_until_ready."""

from typing import Annotated, Literal

from mcp.server.mcpserver import Context, ElicitationResult, Resolve
from pydantic import BaseModel, Field

from coursewright.capa import problem_issues
from coursewright.errors import InvalidInput, NotFound, NotSupported
from coursewright.guardrails.confirm import ConfirmationRequired
from coursewright.guardrails.sanitize import sanitize_html
from coursewright.model import (
    VALID_PARENT,
    Block,
    Course,
    CourseStatus,
    DraftResult,
    OutlineSection,
    content_stamp,
    parse_position,
)
from coursewright.providers.base import ProgressFn, WaitTarget
from coursewright.tools import gate
from coursewright.tools.common import guarded, runtime_of
from coursewright.tools.gate import ConfirmAnswer, GateRequest

CourseId = Annotated[
    str,
    Field(
        min_length=3, max_length=300, description="Course id as returned by generate_outline, e.g. 'local:7'."
    ),
]
TaskId = Annotated[
    str,
    Field(min_length=3, max_length=200, description="Task id as returned by create_task, e.g. 'local:3'."),
]
BlockId = Annotated[str, Field(min_length=1, max_length=500, description="A block id from get_course.")]
Token = Annotated[
    str | None,
    Field(
        max_length=2_000,
        description="Only the token from a confirmation_required answer, after the user said yes to its summary.",
    ),
]


def progress_reporter(ctx: Context) -> ProgressFn:
    """Progress notifications leave through the redactor like everything else."""
    redact = runtime_of(ctx).redactor.redact

    async def report(done: float, total: float | None, message: str) -> None:
        await ctx.report_progress(done, total, redact(message))

    return report


def compact(block: Block) -> Block:
    return block.model_copy(update={"content": None, "children": [compact(c) for c in block.children]})


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


class EditResult(BaseModel):
    action: str
    block_id: str | None = Field(default=None, description="The block created, changed or deleted.")
    deleted: list[str] = Field(default_factory=list, description="Every block removed, children included.")
    sanitized: list[str] = Field(
        default_factory=list, description="What was removed from the HTML you sent because it is unsafe."
    )
    excerpt: Block | None = Field(default=None, description="The parent's part of the tree after the change.")
    confirmation_required: ConfirmationRequired | None = Field(
        default=None,
        description="Set when nothing was deleted yet: show the summary to the user and call again with the token.",
    )


def _require(value: object, name: str, action: str, hint: str) -> None:
    if value is None or value == "" or value == []:
        raise InvalidInput(f"edit_xblock action={action} needs {name}.", hint)


def _clean_content(block_type: str, content: str | None) -> tuple[str | None, list[str]]:
    """HTML is sanitised to the course allow-list; problem XML must be gradable capa."""
    if content is None:
        return None, []
    if block_type == "problem" or (block_type == "unit" and content.lstrip().startswith("<problem")):
        issues = problem_issues(content)
        if issues:
            raise InvalidInput(
                "The problem XML cannot be graded: " + " ".join(issues),
                "Send a <problem> with one response element, an input, and a correct answer.",
            )
        return content, []
    if block_type in ("html", "unit"):
        result = sanitize_html(content)
        return result.html, list(result.removed)
    if block_type == "video":
        return content, []
    raise InvalidInput(
        f"A {block_type} holds no content of its own.",
        "Send content to a unit or to one of its html, problem or video components.",
    )


def _find(course: Course, block_id: str, role: str) -> Block:
    block = course.find(block_id)
    if block is None:
        raise NotFound(
            f"The {role} {block_id!r} is not in course {course.course_id}.",
            "Call get_course to see the current block ids.",
        )
    return block


@gate.preparer("edit_xblock", "course_id")
async def _prepare_edit(
    course_id: str,
    action: str,
    ctx: Context,
    block_id: str | None = None,
) -> GateRequest:
    if action != "delete" or not block_id:
        return GateRequest(action="edit_xblock", target=course_id, needed=False)
    platform, native = await runtime_of(ctx).provider_for(course_id, "course_id")
    if not platform.capabilities.edit_structure:
        # Refuse before asking: a yes to a delete that cannot happen would mislead the user.
        raise NotSupported(
            f"The {platform.name} provider cannot delete blocks: the platform has no editing API.",
            "Regenerate the course without that part instead: generate_outline(task_id, outline=..., regenerate=true).",
        )
    course = await platform.get_course(native, False)
    block = _find(course, block_id, "block")
    if block.type not in ("section", "subsection"):
        return GateRequest(action="edit_xblock", target=course_id, needed=False)
    units = sum(1 for b in block.walk() if b.type == "unit")
    children = sum(1 for _ in block.walk()) - 1
    summary = (
        f"Delete the {block.type} '{block.display_name}' from '{course.title}' ({course_id}) on {platform.name}, "
        f"with its {children} nested blocks ({units} units) and their content. This cannot be undone."
    )
    return GateRequest(
        action="edit_xblock", target=f"{course_id}#{block_id}", stamp=content_stamp(course), summary=summary
    )


async def _confirm_edit(
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_edit)],
    confirmation_token: str | None = None,
):
    return await gate.decide(ctx, request, confirmation_token)


@guarded
async def edit_xblock(
    course_id: CourseId,
    action: Annotated[
        Literal["create", "update", "delete", "reorder"],
        Field(
            description="create a block, update its title/content, delete it (with children), or reorder a parent's children."
        ),
    ],
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_edit)],
    answer: Annotated[ElicitationResult[ConfirmAnswer], Resolve(_confirm_edit)],
    block_id: Annotated[
        str | None, Field(max_length=500, description="update/delete: the block to change.")
    ] = None,
    parent_id: Annotated[
        str | None,
        Field(
            max_length=500, description="create/reorder: the parent block (the course root for a section)."
        ),
    ] = None,
    block_type: Annotated[
        Literal["section", "subsection", "unit", "html", "problem", "video"] | None,
        Field(
            description="create: section under the course, subsection under a section, unit under a subsection, html/problem/video under a unit."
        ),
    ] = None,
    display_name: Annotated[
        str | None, Field(max_length=255, description="create/update: the title.")
    ] = None,
    content: Annotated[
        str | None,
        Field(
            max_length=500_000,
            description="create/update: HTML for html (or for a unit, filling its html component), capa XML for problem, a video URL for video.",
        ),
    ] = None,
    position: Annotated[
        str | int,
        Field(description="create: 'first', 'last' or a 1-based index among the parent's children."),
    ] = "last",
    children: Annotated[
        list[str] | None,
        Field(
            max_length=500,
            description="reorder: every current child of parent_id in the new order; a block from another parent of the right type is moved here.",
        ),
    ] = None,
    confirmation_token: Token = None,
) -> EditResult:
    """Change the course structure: create, update or delete one block, or reorder a parent's children.

    Hierarchy: course > section > subsection > unit > html | problem | video. Deleting a section
    or subsection needs the user's yes. Next: get_course to check, review_course when done.
    """
    runtime = runtime_of(ctx)
    pending = gate.outcome(answer, request)
    if pending is not None:
        return EditResult(action=action, block_id=block_id, confirmation_required=pending)
    platform, native = await runtime.provider_for(course_id, "course_id")
    course = await platform.get_course(native, False)
    sanitized: list[str] = []
    if action == "create":
        _require(
            parent_id, "parent_id", action, "Pass the id of the block to create it under (see get_course)."
        )
        _require(block_type, "block_type", action, "Pass section, subsection, unit, html, problem or video.")
        _require(display_name, "display_name", action, "Pass the new block's title.")
        parent = _find(course, parent_id, "parent")
        expected = VALID_PARENT[block_type]
        if parent.type != expected:
            raise InvalidInput(
                f"A {block_type} must be created under a {expected}, and {parent_id} is a {parent.type}.",
                f"Pass the id of a {expected} as parent_id (see get_course).",
            )
        cleaned, sanitized = _clean_content(block_type, content)
        new_id = await platform.create_block(
            native, parent_id, block_type, display_name, cleaned, parse_position(position)
        )
        target_id, excerpt_of, deleted = new_id, parent_id, []
    elif action == "update":
        _require(block_id, "block_id", action, "Pass the id of the block to change (see get_course).")
        if display_name is None and content is None:
            raise InvalidInput(
                "edit_xblock action=update was given nothing to change.",
                "Pass display_name, content, or both.",
            )
        block = _find(course, block_id, "block")
        cleaned, sanitized = _clean_content(block.type, content)
        await platform.update_block(native, block_id, display_name, cleaned)
        parent = course.parent_of(block_id)
        target_id, excerpt_of, deleted = block_id, (parent.id if parent else block_id), []
    elif action == "delete":
        _require(block_id, "block_id", action, "Pass the id of the block to delete (see get_course).")
        block = _find(course, block_id, "block")
        if block.type == "course":
            raise InvalidInput("edit_xblock cannot delete the course itself.", "Use delete_course for that.")
        parent = course.parent_of(block_id)
        deleted = await platform.delete_block(native, block_id)
        target_id, excerpt_of = block_id, parent.id if parent else None
    else:
        _require(parent_id, "parent_id", action, "Pass the id of the parent whose children to reorder.")
        _require(children, "children", action, "Pass every current child id of parent_id in the new order.")
        _find(course, parent_id, "parent")
        await platform.reorder_children(native, parent_id, list(children or []))
        target_id, excerpt_of, deleted = parent_id, parent_id, []
    after = await platform.get_course(native, False)
    excerpt = after.find(excerpt_of) if excerpt_of else None
    return EditResult(
        action=action,
        block_id=target_id,
        deleted=deleted,
        sanitized=sanitized,
        excerpt=compact(excerpt) if excerpt else None,
    )


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
