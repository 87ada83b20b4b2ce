"""The edit_xblock tool: one block created, updated or deleted, or a parent's children reordered.

Each action is one small function, dispatched from `ACTIONS` with the arguments it needs; the tool
checks those, runs the action and shows the parent's part of the tree afterwards. Deleting a
section or subsection passes the confirmation gate first.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Annotated, Literal

from mcp.server.mcpserver import Context, ElicitationResult, Resolve
from pydantic import BaseModel, Field

from coursewright.capa import looks_like_problem, problem_issues
from coursewright.errors import InvalidInput, NotFound, NotSupported
from coursewright.guardrails.confirm import ConfirmationRequired
from coursewright.guardrails.sanitize import sanitize_html, sanitize_problem
from coursewright.model import VALID_PARENT, Block, Course, content_stamp, parse_position
from coursewright.providers.base import Provider
from coursewright.tools import gate
from coursewright.tools.common import BlockRef, CourseId, Token, compact, guarded, runtime_of
from coursewright.tools.gate import ConfirmAnswer, GateRequest


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
    """HTML is sanitised to the course allow-list; problem XML must be gradable capa, and the HTML
    inside it is sanitised with the same allow-list."""
    if content is None:
        return None, []
    if block_type == "problem" or (block_type == "unit" and looks_like_problem(content)):
        issues = problem_issues(content)
        if issues:
            raise InvalidInput(
                "The problem XML cannot be graded: " + " ".join(issues),
                "Fix what is named and send the <problem> again (one response element, its input, a correct answer).",
            )
        cleaned = sanitize_problem(content)
        return cleaned.html, list(cleaned.removed)
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
    # With content: the stamp covers everything the delete removes, so any edit after the question voids the yes.
    course = await platform.get_course(native, True)
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


@dataclass(frozen=True)
class _Edit:
    """One edit_xblock call: the platform, the course before the change, and the arguments."""

    platform: Provider
    native: str
    course: Course
    block_id: str | None
    parent_id: str | None
    block_type: str | None
    display_name: str | None
    content: str | None
    position: str | int
    children: list[str] | None


@dataclass(frozen=True)
class _Done:
    """What an action changed, and whose part of the tree (`excerpt_of`) the answer shows."""

    block_id: str
    excerpt_of: str | None
    deleted: list[str] = field(default_factory=list)
    sanitized: list[str] = field(default_factory=list)


async def _create(edit: _Edit) -> _Done:
    parent = _find(edit.course, edit.parent_id, "parent")
    expected = VALID_PARENT[edit.block_type]
    if parent.type != expected:
        raise InvalidInput(
            f"A {edit.block_type} must be created under a {expected}, and {edit.parent_id} is a {parent.type}.",
            f"Pass the id of a {expected} as parent_id (see get_course).",
        )
    cleaned, sanitized = _clean_content(edit.block_type, edit.content)
    new_id = await edit.platform.create_block(
        edit.native,
        edit.parent_id,
        edit.block_type,
        edit.display_name,
        cleaned,
        parse_position(edit.position),
    )
    return _Done(new_id, edit.parent_id, sanitized=sanitized)


async def _update(edit: _Edit) -> _Done:
    if edit.display_name is None and edit.content is None:
        raise InvalidInput(
            "edit_xblock action=update was given nothing to change.",
            "Pass display_name, content, or both.",
        )
    block = _find(edit.course, edit.block_id, "block")
    cleaned, sanitized = _clean_content(block.type, edit.content)
    await edit.platform.update_block(edit.native, edit.block_id, edit.display_name, cleaned)
    parent = edit.course.parent_of(edit.block_id)
    return _Done(edit.block_id, parent.id if parent else edit.block_id, sanitized=sanitized)


async def _delete(edit: _Edit) -> _Done:
    block = _find(edit.course, edit.block_id, "block")
    if block.type == "course":
        raise InvalidInput("edit_xblock cannot delete the course itself.", "Use delete_course for that.")
    parent = edit.course.parent_of(edit.block_id)
    deleted = await edit.platform.delete_block(edit.native, edit.block_id)
    return _Done(edit.block_id, parent.id if parent else None, deleted=deleted)


async def _reorder(edit: _Edit) -> _Done:
    _find(edit.course, edit.parent_id, "parent")
    await edit.platform.reorder_children(edit.native, edit.parent_id, list(edit.children or []))
    return _Done(edit.parent_id, edit.parent_id)


@dataclass(frozen=True)
class _Action:
    #: The arguments the action cannot do without, each with what to pass.
    needs: tuple[tuple[str, str], ...]
    run: Callable[[_Edit], Awaitable[_Done]]


ACTIONS: dict[str, _Action] = {
    "create": _Action(
        (
            ("parent_id", "Pass the id of the block to create it under (see get_course)."),
            ("block_type", "Pass section, subsection, unit, html, problem or video."),
            ("display_name", "Pass the new block's title."),
        ),
        _create,
    ),
    "update": _Action((("block_id", "Pass the id of the block to change (see get_course)."),), _update),
    "delete": _Action((("block_id", "Pass the id of the block to delete (see get_course)."),), _delete),
    "reorder": _Action(
        (
            ("parent_id", "Pass the id of the parent whose children to reorder."),
            ("children", "Pass every current child id of parent_id in the new order."),
        ),
        _reorder,
    ),
}


@guarded
async def edit_xblock(
    course_id: CourseId,
    action: Annotated[
        Literal["create", "update", "delete", "reorder"],
        Field(description="delete removes the children too."),
    ],
    ctx: Context,
    request: Annotated[GateRequest, Resolve(_prepare_edit)],
    answer: Annotated[ElicitationResult[ConfirmAnswer], Resolve(_confirm_edit)],
    block_id: Annotated[str | None, Field(max_length=500, description="update/delete: the block.")] = None,
    parent_id: Annotated[
        str | None,
        Field(max_length=500, description="create/reorder: the parent (the course root for a section)."),
    ] = None,
    block_type: Annotated[
        Literal["section", "subsection", "unit", "html", "problem", "video"] | None,
        Field(description="create: the new block's type."),
    ] = None,
    display_name: Annotated[
        str | None, Field(max_length=255, description="create/update: the title.")
    ] = None,
    content: Annotated[
        str | None,
        Field(
            max_length=500_000,
            description="HTML (html, or a unit's html), capa XML (problem) or a URL (video).",
        ),
    ] = None,
    position: Annotated[
        Annotated[str, Field(max_length=10)] | Annotated[int, Field(ge=1, le=100_000)],
        Field(description="create: 'first', 'last' or a 1-based index."),
    ] = "last",
    children: Annotated[
        list[BlockRef] | None,
        Field(
            max_length=500,
            description="reorder: all of parent_id's children in order; a block from elsewhere moves here.",
        ),
    ] = None,
    confirmation_token: Token = None,
) -> EditResult:
    """Create, update or delete a block, or reorder a parent's children.

    Course > section > subsection > unit > html | problem | video. Deleting a section or
    subsection asks the user. Next: review_course.
    """
    runtime = runtime_of(ctx)
    approved = await gate.approved(
        ctx,
        answer,
        request,
        lambda: _prepare_edit(course_id=course_id, action=action, ctx=ctx, block_id=block_id),
    )
    if isinstance(approved, ConfirmationRequired):
        return EditResult(action=action, block_id=block_id, confirmation_required=approved)
    platform, native = await runtime.provider_for(course_id, "course_id")
    edit = _Edit(
        platform=platform,
        native=native,
        course=await platform.get_course(native, False),
        block_id=block_id,
        parent_id=parent_id,
        block_type=block_type,
        display_name=display_name,
        content=content,
        position=position,
        children=children,
    )
    chosen = ACTIONS[action]
    for name, hint in chosen.needs:
        _require(getattr(edit, name), name, action, hint)
    done = await chosen.run(edit)
    after = await platform.get_course(native, False)
    excerpt = after.find(done.excerpt_of) if done.excerpt_of else None
    return EditResult(
        action=action,
        block_id=done.block_id,
        deleted=done.deleted,
        sanitized=done.sanitized,
        excerpt=compact(excerpt) if excerpt else None,
    )
