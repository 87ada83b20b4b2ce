"""The edit_xblock tool: one block created, updated or deleted, or a parent's children reordered.

Each action is one small function, dispatched from `ACTIONS` with the arguments it needs; the tool
checks those, runs the action and shows the parent's part of the tree afterwards. Deleting a
section or subsection passes the confirmation gate first.
"""

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Annotated, Literal

from mcp.server.mcpserver import Context, ElicitationResult, Resolve
from pydantic import BaseModel, Field

from coursewright.errors import CoursewrightError, InvalidInput, NotFound, NotSupported, OutcomeUnknown
from coursewright.guardrails.confirm import ConfirmationRequired
from coursewright.model import VALID_PARENT, Block, Course, content_stamp, parse_position
from coursewright.providers.base import Provider
from coursewright.providers.journal import Intent, IntentState, Journal, in_thread
from coursewright.providers.once import call_key, create_once
from coursewright.tools import gate
from coursewright.tools.common import BlockRef, CourseId, Token, compact, guarded, runtime_of
from coursewright.tools.edit_checks import clean_content, require
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
    note: str | None = Field(
        default=None,
        description="The change was made, but something after it did not finish (e.g. reading the tree back); says what to call.",
    )


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
    block = course.find(block_id)
    # A block already gone is the delete action's to explain (an earlier identical delete may have landed).
    if block is None or block.type not in ("section", "subsection"):
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
    """One edit_xblock call: the platform and the arguments. Each action reads only the blocks it
    needs (`Provider.get_part`), never the whole course."""

    platform: Provider
    native: str
    course_id: str
    journal: Journal
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
    note: str | None = None


async def _create(edit: _Edit) -> _Done:
    """Created at most once per identical call: a repeat returns the first block, or finds and finishes
    the block an interrupted call made (see `providers.once`)."""
    parent, _ = await edit.platform.get_part(edit.native, edit.parent_id, "parent")
    expected = VALID_PARENT[edit.block_type]
    if parent.type != expected:
        raise InvalidInput(
            f"A {edit.block_type} must be created under a {expected}, and {edit.parent_id} is a {parent.type}.",
            f"Pass the id of a {expected} as parent_id (see get_course).",
        )
    cleaned, sanitized = clean_content(edit.block_type, edit.content)
    key = call_key(
        "edit_xblock.create",
        course_id=edit.course_id,
        parent_id=edit.parent_id,
        block_type=edit.block_type,
        display_name=edit.display_name,
        content=edit.content,
        position=edit.position,
    )

    async def create() -> str:
        return await edit.platform.create_block(
            edit.native,
            edit.parent_id,
            edit.block_type,
            edit.display_name,
            cleaned,
            parse_position(edit.position),
        )

    async def look_up(earlier: Intent) -> str | None:
        return _new_child(await edit.platform.get_course(edit.native, False), edit, _ids_of(earlier.detail))

    earlier = await in_thread(edit.journal.find, edit.platform.name, "edit_xblock.create", key)
    if (
        earlier is not None
        and earlier.state is IntentState.DONE
        and not await _still_there(edit, earlier.native_id)
    ):
        # The block the first call made is gone (deleted since): this call is a new create, not a repeat.
        await in_thread(edit.journal.mark_failed, earlier, "gone since")
    try:
        created = await create_once(
            edit.journal,
            edit.platform.name,
            "edit_xblock.create",
            key,
            create,
            look_up,
            before=json.dumps([child.id for child in parent.children]),
        )
    except OutcomeUnknown as exc:
        raise OutcomeUnknown(
            exc.what,
            "Call edit_xblock again with the same arguments: it looks for the block first and never adds it twice.",
        ) from None
    note = None
    if created.recovered:
        # An earlier identical call made the block and was cut off: finish what it started.
        if cleaned is not None:
            await edit.platform.update_block(edit.native, created.native_id, None, cleaned)
        note = "An earlier identical call had already created this block; it was kept (and its content set), not added again."
    elif created.reused:
        note = "An identical earlier call already created this block; it was returned, not added again."
    return _Done(created.native_id, edit.parent_id, sanitized=sanitized, note=note)


async def _still_there(edit: _Edit, block_id: str | None) -> bool:
    if not block_id:
        return False
    try:
        await edit.platform.get_part(edit.native, block_id)
    except NotFound:
        return False
    return True


def _ids_of(detail: str) -> set[str]:
    try:
        ids = json.loads(detail)
    except ValueError:
        return set()
    return {str(i) for i in ids} if isinstance(ids, list) else set()


def _new_child(course: Course, edit: _Edit, before: set[str]) -> str | None:
    """The block an interrupted create made: a child of the parent, not there before, of that type and title."""
    parent = course.find(edit.parent_id)
    if parent is None:
        return None
    made = [
        child.id
        for child in parent.children
        if child.id not in before
        and child.type == edit.block_type
        and child.display_name == edit.display_name
    ]
    return made[-1] if made else None


async def _update(edit: _Edit) -> _Done:
    if edit.display_name is None and edit.content is None:
        raise InvalidInput(
            "edit_xblock action=update was given nothing to change.",
            "Pass display_name, content, or both.",
        )
    block, parent_id = await edit.platform.get_part(edit.native, edit.block_id, "block")
    cleaned, sanitized = clean_content(block.type, edit.content)
    await edit.platform.update_block(edit.native, edit.block_id, edit.display_name, cleaned)
    return _Done(edit.block_id, parent_id or edit.block_id, sanitized=sanitized)


async def _delete(edit: _Edit) -> _Done:
    key = call_key("edit_xblock.delete", course_id=edit.course_id, block_id=edit.block_id)
    action = "edit_xblock.delete"
    try:
        block, parent_id = await edit.platform.get_part(edit.native, edit.block_id, "block")
    except NotFound:
        earlier = await in_thread(edit.journal.find, edit.platform.name, action, key)
        if earlier is None:
            raise
        # An earlier identical delete was cut off after the platform removed the block.
        await in_thread(edit.journal.mark_done, earlier, edit.block_id)
        return _Done(edit.block_id, None, note="An earlier identical call had already deleted this block.")
    if block.type == "course":
        raise InvalidInput("edit_xblock cannot delete the course itself.", "Use delete_course for that.")
    intent = await in_thread(edit.journal.record_intent, edit.platform.name, action, key, key)
    deleted = await edit.platform.delete_block(edit.native, edit.block_id)
    await in_thread(edit.journal.mark_done, intent, edit.block_id)
    return _Done(edit.block_id, parent_id, deleted=deleted)


async def _reorder(edit: _Edit) -> _Done:
    await edit.platform.get_part(edit.native, edit.parent_id, "parent")
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
    subsection asks the user.
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
        course_id=course_id,
        journal=runtime.journal,
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
        require(getattr(edit, name), name, action, hint)
    done = await chosen.run(edit)
    # The write landed: whatever happens from here on is reported as a note, never as an error
    # that would invite repeating the write.
    excerpt, note, found = None, done.note, None
    if done.excerpt_of:
        try:
            found, _ = await platform.get_part(native, done.excerpt_of)
        except NotFound:
            pass  # the parent went away meanwhile: nothing to show
        except CoursewrightError as exc:
            note = _joined(
                note,
                f"The {action} was done, but reading the course back failed ({exc.what.rstrip('.')}). "
                "Do not repeat it: call get_course to see the current tree.",
            )
        excerpt = compact(found) if found else None
    return EditResult(
        action=action,
        block_id=done.block_id,
        deleted=done.deleted,
        sanitized=done.sanitized,
        excerpt=excerpt,
        note=note,
    )


def _joined(first: str | None, second: str) -> str:
    return f"{first} {second}" if first else second
