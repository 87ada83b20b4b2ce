"""ibl.ai: an outline into a task's course, by the platform (`create-course-outline`) or from the agent's
outline, built block by block after what an interrupted build of the same outline already made.

The journal holds an agent's build until it completes, so a re-run with the same outline resumes it;
a failure part-way says what exists and how to go on.
"""

from __future__ import annotations

import anyio

from coursewright.errors import Conflict, CoursewrightError, OutcomeUnknown
from coursewright.model import Block, OutlineSection
from coursewright.providers.iblai import tree, wire
from coursewright.providers.iblai.client import IblaiClient, Json
from coursewright.providers.iblai.content import RUNNING
from coursewright.providers.iblai.edits import Editor
from coursewright.providers.iblai.journal import ScopedJournal
from coursewright.providers.iblai.outline import (
    count_units,
    is_built_prefix,
    outline_fingerprint,
    planned_tree,
)
from coursewright.providers.journal import Intent, IntentState


class OutlineBuilder:
    def __init__(self, client: IblaiClient, journal: ScopedJournal, editor: Editor) -> None:
        self.client = client
        self.journal = journal
        self.editor = editor
        self._locks: dict[int, anyio.Lock] = {}

    async def generate(self, number: int, outline: list[OutlineSection] | None, regenerate: bool) -> int:
        """Make the task's course and its outline; the course's number."""
        status = wire.task_status((await self.client.task(number)).get("status"))
        # A cancelled task is still the user's brief: it is outlined stepwise like any other.
        if status in RUNNING:
            raise Conflict(
                f"Task iblai:{number} is running its one-shot pipeline, which builds the outline itself.",
                "Wait with poll_until_ready(until='pipeline'), or cancel_task first.",
            )
        made = await self.client.create_course(number)
        course = tree.course_number_of(made)
        if course is None:
            course = await self.client.course_of_task(number)
        if course is None:
            raise OutcomeUnknown(
                f"ibl.ai answered create-course for task iblai:{number} without saying which course it made.",
                "Call list_courses with this task_id to find it, then get_course.",
            )
        # A second call for the same course waits, then sees what the first built.
        async with self._locks.setdefault(course, anyio.Lock()):
            await self._into(number, course, made, outline, regenerate)
        return course

    async def _into(
        self, number: int, course: int, made: Json, outline: list[OutlineSection] | None, regenerate: bool
    ) -> None:
        earlier = await self.journal.find("build_outline", str(course))
        root = tree.root_from_wire(await self.client.structure(course, False), False)
        resume = (
            bool(root.children)
            and bool(outline)
            and not regenerate
            and _interrupted_build_of(earlier, root, outline or [])
        )
        if root.children and not resume:
            if not regenerate:
                raise Conflict(
                    f"Task iblai:{number} already has an outline (course iblai:{course}).",
                    "Edit it with edit_xblock, or pass regenerate=true only if the user asked to replace it "
                    "(its content is lost).",
                )
            for section in root.children:
                await self.editor.delete_block(course, section.id)
            root = root.model_copy(update={"children": []})
        if outline:
            root_id = root.id or str(made.get("xblock_id") or "")
            await self._build_outline(course, root_id, root.children, outline)
        else:
            await self._platform_outline(number, course)

    async def _platform_outline(self, task: int, course: int) -> None:
        async def look_up() -> Json | None:
            root = tree.root_from_wire(await self.client.structure(course, False), False)
            return {"sections": len(root.children)} if root.children else None

        await self.journal.create_once(
            lambda: self.client.create_outline(task), look_up, "generating the outline"
        )

    async def _build_outline(
        self, course: int, root_id: str, existing: list[Block], outline: list[OutlineSection]
    ) -> None:
        """The agent's outline, block by block, after what an interrupted build of it already made.

        The journal holds the build until it completes, so a re-run with the same outline
        resumes it; a failure part-way says what exists and how to go on.
        """
        plan = planned_tree(outline)
        intent = await self.journal.record("build_outline", str(course), outline_fingerprint(outline))
        total = count_units(plan)
        built = [count_units(existing)]
        finished = False
        try:
            await self._build_children(course, root_id, existing, plan, built)
            finished = True
        except CoursewrightError as exc:
            finish = (
                "call generate_outline again with the same outline to finish it: what exists is kept, "
                "including a block whose answer was lost, and only the rest is added; or pass "
                "regenerate=true to rebuild it from scratch."
            )
            in_doubt = isinstance(exc, OutcomeUnknown)
            raise type(exc)(
                f"{exc.what} The outline was only partly built ({built[0]} of {total} units confirmed in "
                f"course iblai:{course}).",
                f"Next, {finish}" if in_doubt else f"{exc.next_step} Then {finish}",
            ) from None
        finally:
            # Also when cancelled: the next call must be free to resume at once, not wait out a lease.
            with anyio.CancelScope(shield=True):
                if finished:
                    await self.journal.done(intent, str(course))
                else:
                    await self.journal.unknown(intent, "partly built")

    async def _build_children(
        self, course: int, parent_id: str, existing: list[Block], planned: list[Block], built: list[int]
    ) -> None:
        # The parent's children are tracked here as they are made, so no create needs a fresh snapshot.
        children = [block.id for block in existing]
        for index, wanted in enumerate(planned):
            if index < len(existing):
                block = existing[index]
            else:
                block_id = await self.editor.create_child(
                    course, parent_id, wanted.type, wanted.display_name, None, "last", set(children)
                )
                children.append(block_id)
                block = Block(id=block_id, type=wanted.type, display_name=wanted.display_name)
                built[0] += wanted.type == "unit"
            await self._build_children(course, block.id, block.children, wanted.children, built)


def _interrupted_build_of(earlier: Intent | None, root: Block, outline: list[OutlineSection]) -> bool:
    """Whether the course holds the start of this very outline, left by a build that did not finish."""
    return (
        earlier is not None
        and earlier.state is not IntentState.DONE
        and earlier.fingerprint == outline_fingerprint(outline)
        and is_built_prefix(root.children, planned_tree(outline))
    )
