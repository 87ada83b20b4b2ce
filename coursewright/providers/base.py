"""The provider protocol: what every course platform adapter offers, and what it declares it can do.

Providers know nothing of MCP. They take *native* ids (the part after `provider:`)
and return models whose task and course ids are already qualified.
`Provider` answers every operation with a clear `NotSupported`, so an adapter
overrides exactly what its platform can serve and nothing is ever a silent no-op.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict

from coursewright.errors import NotFound, NotSupported
from coursewright.model import (
    Attachment,
    Block,
    Brief,
    Course,
    CourseSummary,
    DraftResult,
    OutlineSection,
    Position,
    PublishResult,
    Quote,
    ReadyState,
    SpendOperation,
    StudentProgress,
    Task,
    TaskOptions,
)

#: progress(done, total, message): reported while a provider works on something long.
ProgressFn = Callable[[float, float | None, str], Awaitable[None]]
WaitTarget = Literal["outline", "content", "pipeline"]


async def no_progress(done: float, total: float | None, message: str) -> None:
    return None


class Capabilities(BaseModel):
    """What a platform can do, declared up front (DESIGN §2)."""

    model_config = ConfigDict(frozen=True)

    separate_outline: bool
    agent_outline: bool
    edit_structure: bool
    draft_all: bool
    draft_units: bool
    pipeline: bool
    reference_files: bool
    student_progress: bool
    delete_course: bool
    publish_means: str
    cost_signal: str
    editor_link: bool = False
    #: Units in an agent's outline may carry their content (written with the outline, each checked).
    outline_content: bool = False


class Provider:
    """Every operation, written once; each default raises a `NotSupported` naming the provider and the
    alternative, so an adapter overrides exactly what its platform serves."""

    name: str = "base"
    capabilities: Capabilities

    def _unsupported(self, what: str, instead: str) -> NotSupported:
        return NotSupported(f"The {self.name} provider cannot {what}.", instead)

    async def create_task(self, brief: Brief, options: TaskOptions) -> Task:
        raise self._unsupported("create tasks", "Use another provider.")

    async def get_task(self, task_id: str) -> Task:
        raise self._unsupported("report task status", "Use get_course on the course instead.")

    async def attach_reference(self, task_id: str, filename: str, data: bytes) -> Attachment:
        raise self._unsupported(
            "use reference files",
            "Put the essential facts from the file into the brief's description instead.",
        )

    async def generate_outline(
        self, task_id: str, outline: list[OutlineSection] | None, regenerate: bool
    ) -> Course:
        raise self._unsupported(
            "generate an outline separately", "Use run_pipeline to build the whole course."
        )

    async def adopt_job(self, task_id: str, job_id: str) -> Course:
        """Make a job the user found on the platform's dashboard the task's course (nothing is created)."""
        raise self._unsupported(
            "adopt a job found on a dashboard", "Leave adopt_job_id empty; it is for LearningStudio only."
        )

    async def get_course(self, course_id: str, include_content: bool = False) -> Course:
        raise self._unsupported("show a course", "Use list_courses.")

    async def get_part(self, course_id: str, block_id: str, role: str = "block") -> tuple[Block, str | None]:
        """One block with everything under it (no content) and its parent's id (None for the root);
        NotFound naming `role` when the course has no such block. This default reads the whole
        course; a platform that can read one block's part overrides it."""
        course = await self.get_course(course_id, False)
        block = course.find(block_id)
        if block is None:
            raise NotFound(
                f"The {role} {block_id!r} is not in course {course.course_id}.",
                "Call get_course to see the current block ids.",
            )
        parent = course.parent_of(block_id)
        return block, parent.id if parent else None

    async def list_courses(self, task_id: str | None = None) -> list[CourseSummary]:
        raise self._unsupported(
            "list courses", "Keep the course_id returned by generate_outline or get_task."
        )

    async def create_block(
        self,
        course_id: str,
        parent_id: str,
        block_type: str,
        display_name: str,
        content: str | None,
        position: Position,
    ) -> str:
        raise self._unsupported(
            "edit course structure", "Regenerate the course with a changed brief instead."
        )

    async def update_block(
        self, course_id: str, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        raise self._unsupported("edit blocks", "Regenerate the course with a changed brief instead.")

    async def delete_block(self, course_id: str, block_id: str) -> list[str]:
        raise self._unsupported("delete blocks", "Regenerate the course with a changed brief instead.")

    async def reorder_children(self, course_id: str, parent_id: str, children: list[str]) -> None:
        raise self._unsupported("reorder blocks", "Regenerate the course with a changed brief instead.")

    async def draft_content(
        self, course_id: str, unit_ids: list[str] | None, redraft: bool, progress: ProgressFn
    ) -> DraftResult:
        raise self._unsupported(
            "draft content on request", "Content is generated when the course is created."
        )

    async def readiness(self, target_id: str, until: WaitTarget) -> ReadyState:
        raise self._unsupported(f"report {until} progress", "Call get_course to see the current state.")

    async def publish(self, course_id: str) -> PublishResult:
        raise self._unsupported("publish", "Publish from the platform's own interface.")

    async def run_pipeline(self, task_id: str) -> Task:
        raise self._unsupported(
            "run a one-shot pipeline", "Use the stepwise flow: generate_outline, then draft_content."
        )

    async def cancel_task(self, task_id: str) -> Task:
        raise self._unsupported(
            "cancel tasks", "Wait for the task to finish, then delete the course if unwanted."
        )

    async def delete_course(self, course_id: str) -> None:
        raise self._unsupported("delete courses", "Delete it from the platform's own interface.")

    async def student_progress(self, course_id: str, username: str) -> StudentProgress:
        raise self._unsupported("report student progress", "Use the platform's own analytics.")

    async def editor_link(self, course_id: str) -> str:
        raise self._unsupported(
            "give a link to a web editor", "Open the course in the platform's own interface to edit it there."
        )

    async def quote(
        self,
        operation: SpendOperation,
        task_id: str | None = None,
        *,
        options: TaskOptions | None = None,
        outline: list[OutlineSection] | None = None,
        units: int = 0,
        brief: Brief | None = None,
    ) -> Quote | None:
        """What `operation` will bill or spend: `create` (the task's first generation, from `options`
        and the `brief` whose size it builds),
        `generate` and `pipeline` (on task `task_id`, with `outline` if given), `draft` (`units` units).
        None: it costs nothing the platform bills."""
        return None

    async def aclose(self) -> None:
        return None
