"""Status, listings and housekeeping: get_task, list_courses, cancel_task, delete_course, student_progress, editor_link."""

from typing import Annotated

from mcp.server.mcpserver import Context, ElicitationResult, Resolve
from pydantic import BaseModel, Field

from coursewright.errors import NotSupported
from coursewright.guardrails.confirm import ConfirmationRequired
from coursewright.model import CourseSummary, ProviderName, StudentProgress, Task, content_stamp, split_id
from coursewright.tools import gate
from coursewright.tools.common import CourseId, TaskId, Token, guarded, runtime_of
from coursewright.tools.gate import ConfirmAnswer, GateRequest


@guarded
async def get_task(task_id: TaskId, ctx: Context) -> Task:
    """Show a task's status, its course once one exists, its files, and the platform's latest log line."""
    platform, native = await runtime_of(ctx).provider_for(task_id, "task_id")
    return await platform.get_task(native)


class CourseList(BaseModel):
    provider: ProviderName
    courses: list[CourseSummary]


@guarded
async def list_courses(
    ctx: Context,
    provider: Annotated[ProviderName | None, Field(description="Platform; empty: the default.")] = None,
    task_id: Annotated[
        str | None, Field(max_length=200, description="Only the course built from this task.")
    ] = None,
) -> CourseList:
    """List the courses on a platform (id, title, status), optionally only the one from a task."""
    runtime = runtime_of(ctx)
    native_task = None
    if task_id:
        task_provider, native_task = split_id(task_id, "task_id")
        provider = provider or task_provider  # type: ignore[assignment]
    name = provider or runtime.settings.default_provider
    platform = await runtime.provider(name)
    return CourseList(provider=name, courses=await platform.list_courses(native_task))


@guarded
async def cancel_task(task_id: TaskId, ctx: Context) -> Task:
    """Stop a task that is still pending or running (e.g. a pipeline). Finished work is kept."""
    platform, native = await runtime_of(ctx).provider_for(task_id, "task_id")
    return await platform.cancel_task(native)


class Deleted(BaseModel):
    deleted: bool
    course_id: str
    confirmation_required: ConfirmationRequired | None = Field(
        default=None,
        description="Set when nothing was deleted yet: show the summary to the user and call again with the token.",
    )


@gate.preparer("delete_course", "course_id")
async def _prepare_delete(course_id: str, ctx: Context) -> GateRequest:
    platform, native = await runtime_of(ctx).provider_for(course_id, "course_id")
    if not platform.capabilities.delete_course:
        raise NotSupported(
            f"The {platform.name} provider cannot delete courses.",
            "Delete it from the platform's own interface.",
        )
    # With content: any edit after the question changes the stamp and voids the yes.
    course = await platform.get_course(native, True)
    counts = course.counts()
    published = " It is published: learners lose access." if course.status == "published" else ""
    summary = (
        f"Delete the course '{course.title}' ({course.course_id}) on {platform.name} with its "
        f"{counts['section']} sections and {counts['unit']} units. This cannot be undone.{published}"
    )
    return GateRequest(
        action="delete_course", target=course.course_id, stamp=content_stamp(course), summary=summary
    )


async def _confirm_delete(
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_delete)],
    confirmation_token: str | None = None,
):
    return await gate.decide(ctx, request, confirmation_token)


@guarded
async def delete_course(
    course_id: CourseId,
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_delete)],
    answer: Annotated[ElicitationResult[ConfirmAnswer], Resolve(_confirm_delete)],
    confirmation_token: Token = None,
) -> Deleted:
    """Delete a course and everything in it. Needs the user's yes; cannot be undone."""
    approved = await gate.approved(
        ctx, answer, request, lambda: _prepare_delete(course_id=course_id, ctx=ctx)
    )
    if isinstance(approved, ConfirmationRequired):
        return Deleted(deleted=False, course_id=course_id, confirmation_required=approved)
    runtime = runtime_of(ctx)
    platform, native = await runtime.provider_for(course_id, "course_id")
    await platform.delete_course(native)
    runtime.ledger.forget_course(approved.target)
    return Deleted(deleted=True, course_id=approved.target)


@guarded
async def student_progress(
    course_id: CourseId,
    username: Annotated[
        str, Field(min_length=1, max_length=150, description="The learner's username on the platform.")
    ],
    ctx: Context,
) -> StudentProgress:
    """A learner's progress through a course, unit by unit, where the platform reports it."""
    platform, native = await runtime_of(ctx).provider_for(course_id, "course_id")
    return await platform.student_progress(native, username)


#: How long a TutorFlow edit token lasts; said in the warning so the user knows the exposure.
EDITOR_LINK_LIFETIME_S = 3600


class EditorLink(BaseModel):
    course_id: str
    url: str | None = Field(default=None, description="The editor address; show it to the user once, as is.")
    expires_in_s: int | None = None
    warning: str = ""
    confirmation_required: ConfirmationRequired | None = Field(
        default=None,
        description="Set when no link was made yet: show the summary to the user and call again with the token.",
    )


@gate.preparer("editor_link", "course_id")
async def _prepare_editor_link(course_id: str, ctx: Context) -> GateRequest:
    platform, native = await runtime_of(ctx).provider_for(course_id, "course_id")
    if not platform.capabilities.editor_link:
        instead = (
            "Edit it here with edit_xblock, or open it in the platform's own interface."
            if platform.capabilities.edit_structure
            else "Open it in the platform's own interface."
        )
        raise NotSupported(f"The {platform.name} provider has no shareable editor link.", instead)
    course = await platform.get_course(native, False)
    summary = (
        f"Make a link to {platform.name}'s web editor for '{course.title}' ({course.course_id}). "
        f"Anyone who has the link can edit the course for an hour, without signing in."
    )
    return GateRequest(action="editor_link", target=course.course_id, summary=summary)


async def _confirm_editor_link(
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_editor_link)],
    confirmation_token: str | None = None,
):
    return await gate.decide(ctx, request, confirmation_token)


@guarded
async def editor_link(
    course_id: CourseId,
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_editor_link)],
    answer: Annotated[ElicitationResult[ConfirmAnswer], Resolve(_confirm_editor_link)],
    confirmation_token: Token = None,
) -> EditorLink:
    """A TutorFlow editor link, only on the user's request.

    Anyone holding it can edit for an hour, so it asks the user first.
    """
    approved = await gate.approved(
        ctx, answer, request, lambda: _prepare_editor_link(course_id=course_id, ctx=ctx)
    )
    if isinstance(approved, ConfirmationRequired):
        return EditorLink(course_id=course_id, confirmation_required=approved)
    platform, native = await runtime_of(ctx).provider_for(course_id, "course_id")
    url = await platform.editor_link(native)
    return EditorLink(
        course_id=approved.target,
        url=url,
        expires_in_s=EDITOR_LINK_LIFETIME_S,
        warning="Anyone with this link can edit the course for the next hour; share it only with people who should.",
    )
