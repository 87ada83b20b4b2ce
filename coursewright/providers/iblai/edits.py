"""ibl.ai: editing a course's structure block by block (create, update, delete, reorder).

create-xblock takes no idempotency key, so a create whose answer is lost is looked up among
the parent's children that were not there before the call (`outline.new_child`) before it is
sent again; a delete is settled by whether the block is still there, and a reorder sends the
full order, which is safe to repeat. Content sent to a unit fills its html or problem component.
"""

from __future__ import annotations

from coursewright.errors import Conflict, CoursewrightError, InvalidInput, NotFound, OutcomeUnknown
from coursewright.model import VALID_PARENT, Block, Position
from coursewright.providers.iblai import tree, wire
from coursewright.providers.iblai.client import IblaiClient, Json
from coursewright.providers.iblai.journal import ScopedJournal
from coursewright.providers.iblai.outline import new_child


class Editor:
    """Structure edits on one ibl.ai course, addressed by its native number."""

    def __init__(self, client: IblaiClient, journal: ScopedJournal) -> None:
        self.client = client
        self.journal = journal

    async def children_of(self, course: int, parent_id: str) -> list[Block]:
        root = tree.root_from_wire(await self.client.structure(course, False), False)
        parent = next((block for block in root.walk() if block.id == parent_id), None)
        if parent is None:
            raise NotFound(
                f"The parent block {parent_id!r} is not in course iblai:{course}.",
                "Call get_course to see the current block ids.",
            )
        return parent.children

    async def create_child(
        self,
        course: int,
        parent_id: str,
        block_type: str,
        title: str,
        content: str | None,
        position: Position,
        before: set[str] | None = None,
        if_in_doubt: str | None = None,
    ) -> str:
        """Create one block; if its answer is lost, find it among the parent's new children first.

        `before` holds the parent's children just before the call (read here when not given).
        A new child of the requested type and name is the block the lost call made; with none,
        the create is sent once more.
        """
        if before is None:
            before = {child.id for child in await self.children_of(course, parent_id)}
        body = wire.create_xblock_request(parent_id, block_type, title, content, position)

        async def look_up() -> Json | None:
            found = new_child(await self.children_of(course, parent_id), before, block_type, title)
            return {"success": True, "xblock_id": found.id} if found is not None else None

        in_doubt = (
            if_in_doubt
            or f"Call get_course to see whether the {block_type} {title!r} is there before creating it again."
        )
        result = await self.journal.create_once(
            lambda: self.client.create_xblock(course, body),
            look_up,
            f"creating the {block_type} {title!r}",
            if_in_doubt=in_doubt,
        )
        success, detail, locator, _ = wire.xblock_outcome(result)
        if success and not locator:
            # The seed does not say the answer names the new block: find it under its parent.
            found = await look_up()
            locator = found.get("xblock_id") if found else None
            if not locator:
                raise OutcomeUnknown(
                    f"ibl.ai answered the create of the {block_type} {title!r} without its id, and no new "
                    f"{block_type} of that name is under {parent_id}.",
                    in_doubt,
                )
        return _created_locator({**result, "xblock_id": locator}, block_type, title)

    async def create_block(
        self,
        number: int,
        parent_id: str,
        block_type: str,
        display_name: str,
        content: str | None,
        position: Position,
    ) -> str:
        _check_parent(parent_id, block_type)
        locator = await self.create_child(number, parent_id, block_type, display_name, content, position)
        if block_type == "unit" and content:
            try:
                await self._fill_unit(number, locator, display_name, content, [])
            except OutcomeUnknown as exc:
                raise OutcomeUnknown(
                    f"The unit {locator} was created; whether its content was added is unknown: {exc.what}",
                    exc.next_step,
                ) from None
            except CoursewrightError as exc:
                raise type(exc)(
                    f"The unit {locator} was created, but its content was not added: {exc.what}",
                    "Send the content again with edit_xblock(action='update', block_id=<that unit>).",
                ) from None
        return locator

    async def _fill_unit(
        self, number: int, unit_id: str, title: str, content: str, existing: list[Block]
    ) -> None:
        """Content sent to a unit fills its first component of the matching kind, created if missing."""
        kind = "problem" if content.lstrip().startswith("<problem") else "html"
        target = next((child for child in existing if child.type == kind), None)
        if target is not None:
            await self._update(number, target.id, None, content)
            return
        # The unit's children were just read (or it was just made), so they are the snapshot.
        await self.create_child(
            number,
            unit_id,
            kind,
            title,
            content,
            "last",
            {child.id for child in existing},
            if_in_doubt=f"Send the content again with edit_xblock(action='update', block_id='{unit_id}'): it "
            f"fills the unit's {kind} component if one was made, and adds one only if none was.",
        )

    async def _update(
        self, number: int, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        result = await self.client.update_xblock(
            number, wire.update_xblock_request(block_id, display_name, content)
        )
        success, detail, _, _ = wire.xblock_outcome(result or {"success": True})
        if not success:
            raise InvalidInput(
                f"ibl.ai did not update {block_id}: {detail or 'no reason given'}.",
                "Call get_course to check the block id and type, then try again.",
            )

    async def update_block(
        self, number: int, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        if display_name is None and content is None:
            raise InvalidInput("The update has nothing to change.", "Pass display_name, content, or both.")
        if content is not None and tree.neutral_type_of_locator(block_id) in (None, "unit"):
            root = tree.root_from_wire(await self.client.structure(number, False), False)
            block = next((b for b in root.walk() if b.id == block_id), None)
            if block is None:
                raise NotFound(
                    f"The block {block_id!r} is not in course iblai:{number}.",
                    "Call get_course to see the current block ids.",
                )
            if block.type == "unit":
                if display_name is not None:
                    await self._update(number, block_id, display_name, None)
                await self._fill_unit(number, block_id, block.display_name, content, block.children)
                return
            if block.type not in ("html", "problem", "video"):
                raise InvalidInput(
                    f"A {block.type} holds no content of its own.",
                    "Send content to a unit or to one of its html, problem or video components.",
                )
            kind = block.type
        else:
            kind = tree.neutral_type_of_locator(block_id)
        if content is not None and kind == "video":
            # The seed: update-xblock takes `content` only for html and problem.
            raise InvalidInput(
                "ibl.ai changes content on update only for html and problem components, not for a video.",
                "Delete the video with edit_xblock(action='delete') and create it again with the new content "
                "(create takes content for a video).",
            )
        await self._update(number, block_id, display_name, content)

    async def delete_block(self, number: int, block_id: str) -> list[str]:
        """Delete a block; a lost answer is settled by whether the block is still there.

        Deleting is idempotent in effect but not on the wire (a second delete is refused as not
        found), so the HTTP layer does not repeat it; the look-up decides instead. After a lost
        answer the removed list is just `block_id` (its descendants went with it).
        """

        before = tree.root_from_wire(await self.client.structure(number, False), False)
        target = next((b for b in before.walk() if b.id == block_id), None)
        doomed = [b.id for b in target.walk()] if target is not None else [block_id]

        async def look_up() -> Json | None:
            root = tree.root_from_wire(await self.client.structure(number, False), False)
            gone = all(b.id != block_id for b in root.walk())
            return {"success": True, "xblock_id": block_id} if gone else None

        result = await self.journal.create_once(
            lambda: self.client.delete_xblock(number, block_id),
            look_up,
            f"deleting {block_id}",
            if_in_doubt=f"Call get_course: if {block_id} is no longer there, the delete took effect; "
            "if it is, delete it again.",
        )
        success, detail, _, _ = wire.xblock_outcome(result)
        # What was removed is read back, not taken from the answer (the seed promises no field of it).
        after = {b.id for b in tree.root_from_wire(await self.client.structure(number, False), False).walk()}
        if block_id in after:
            raise Conflict(
                f"ibl.ai answered the delete of {block_id}, but the block is still in the course"
                + (f": {detail}" if detail and not success else "."),
                "Call get_course to see the course as it is, then delete the block again.",
            )
        return [locator for locator in doomed if locator not in after]

    async def reorder_children(self, number: int, parent_id: str, children: list[str]) -> None:
        """Set the full order; the same full list sent twice is the same order.

        So the HTTP layer repeats it by itself when its answer is lost (the client marks the
        call idempotent), and a caller may repeat it after any failure.
        """
        await self.client.reorder_children(number, parent_id, children)


def _check_parent(parent_id: str, block_type: str) -> None:
    """The hierarchy rule, read from the parent's locator, before anything is sent."""
    expected = VALID_PARENT.get(block_type)
    if expected is None:
        raise InvalidInput(
            f"{block_type!r} is not a block type ibl.ai can create.",
            "Use section, subsection, unit, html, problem or video.",
        )
    parent_type = tree.neutral_type_of_locator(parent_id)
    if parent_type is not None and parent_type != expected:
        raise InvalidInput(
            f"A {block_type} must be created under a {expected}, and {parent_id} is a {parent_type}.",
            f"Pass the id of a {expected} as parent_id (see get_course).",
        )


def _created_locator(result: Json, block_type: str, title: str) -> str:
    success, detail, locator, _ = wire.xblock_outcome(result)
    if not success or not locator:
        raise InvalidInput(
            f"ibl.ai did not create the {block_type} {title!r}: {detail or 'no block id came back'}.",
            "Call get_course to see the current structure, then adjust the request.",
        )
    return locator
