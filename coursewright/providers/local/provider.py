"""The local provider: courses authored on this machine and published as Open edX OLX archives.

No key and no network. The agent supplies the outline and writes every unit; the
store keeps the tree in SQLite, and publish writes the archive Studio imports.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import anyio

from coursewright.capa import is_blank_html, problem_issues
from coursewright.errors import GenerationUnavailable, InvalidInput, NotSupported
from coursewright.guardrails.files import MAX_FILES_PER_TASK
from coursewright.model import (
    Attachment,
    Brief,
    Course,
    CourseSummary,
    DraftResult,
    OutlineSection,
    Position,
    PublishResult,
    ReadyState,
    StudentProgress,
    Task,
    TaskOptions,
    numeric_id,
)
from coursewright.providers.base import BaseProvider, Capabilities, ProgressFn, WaitTarget
from coursewright.providers.local.olx import CourseMeta, write_archive
from coursewright.providers.local.store import OUTLINE_SHAPE, LocalStore

T = TypeVar("T")

LOCAL_CAPABILITIES = Capabilities(
    separate_outline=True,
    agent_outline=True,
    edit_structure=True,
    draft_all=False,
    draft_units=False,
    pipeline=False,
    reference_files=True,
    student_progress=False,
    delete_course=True,
    publish_means="write an Open edX OLX archive (.tar.gz) on this machine for import into Studio; nothing goes online",
    cost_signal="none: everything runs on this machine",
)


def _number(native: str, kind: str) -> int:
    return numeric_id(native, provider="local", label="local", kind=kind)


def unit_is_empty(unit) -> bool:
    return not unit.children or all(
        is_blank_html(c.content) if c.type == "html" else not (c.content or "").strip() for c in unit.children
    )


class LocalProvider(BaseProvider):
    name = "local"
    capabilities = LOCAL_CAPABILITIES

    def __init__(self, data_dir: Path, *, archive_dir: Path | None = None) -> None:
        self.store = LocalStore(Path(data_dir) / "local.sqlite3")
        self.archive_dir = Path(archive_dir) if archive_dir else Path(data_dir) / "archives"

    async def _run(self, function: Callable[..., T], *args: object) -> T:
        # SQLite and file writes block; keep them off the event loop so other calls proceed.
        return await anyio.to_thread.run_sync(partial(function, *args))

    async def create_task(self, brief: Brief, options: TaskOptions) -> Task:
        return await self._run(self.store.create_task, brief, options)

    async def get_task(self, task_id: str) -> Task:
        return await self._run(self.store.get_task, _number(task_id, "task"))

    async def attach_reference(self, task_id: str, filename: str, data: bytes) -> Attachment:
        return await self._run(
            self.store.attach_file, _number(task_id, "task"), filename, data, MAX_FILES_PER_TASK
        )

    async def cancel_task(self, task_id: str) -> Task:
        return await self._run(self.store.cancel_task, _number(task_id, "task"))

    async def generate_outline(
        self, task_id: str, outline: list[OutlineSection] | None, regenerate: bool
    ) -> Course:
        number = _number(task_id, "task")
        if not outline:
            await self._run(self.store.get_task, number)  # an unknown task says so first
            raise GenerationUnavailable(
                "The local provider has no outline generator, so it needs the outline from you.",
                f"Call generate_outline again with outline set to sections > subsections > units, e.g. {OUTLINE_SHAPE}",
            )
        course_id = await self._run(self.store.build_outline, number, outline, regenerate)
        return await self._run(self.store.get_course, course_id, False)

    async def get_course(self, course_id: str, include_content: bool = False) -> Course:
        return await self._run(self.store.get_course, _number(course_id, "course"), include_content)

    async def list_courses(self, task_id: str | None = None) -> list[CourseSummary]:
        return await self._run(self.store.list_courses, _number(task_id, "task") if task_id else None)

    async def create_block(
        self,
        course_id: str,
        parent_id: str,
        block_type: str,
        display_name: str,
        content: str | None,
        position: Position,
    ) -> str:
        self._check_content(block_type, content)
        return await self._run(
            self.store.create_block,
            _number(course_id, "course"),
            parent_id,
            block_type,
            display_name,
            content,
            position,
        )

    async def update_block(
        self, course_id: str, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        if content is not None and (
            block_id.split("type@")[-1].startswith("problem") or content.lstrip().startswith("<problem")
        ):
            self._check_content("problem", content)
        await self._run(
            self.store.update_block, _number(course_id, "course"), block_id, display_name, content
        )

    @staticmethod
    def _check_content(block_type: str, content: str | None) -> None:
        """A bad problem is refused when it is written, not discovered at export."""
        if block_type == "problem" and content:
            issues = problem_issues(content)
            if issues:
                raise InvalidInput(
                    "The problem XML cannot be graded: " + " ".join(issues),
                    "Send a <problem> with one response element, an input, and a correct answer.",
                )

    async def delete_block(self, course_id: str, block_id: str) -> list[str]:
        return await self._run(self.store.delete_block, _number(course_id, "course"), block_id)

    async def reorder_children(self, course_id: str, parent_id: str, children: list[str]) -> None:
        await self._run(self.store.reorder, _number(course_id, "course"), parent_id, children)

    async def draft_content(
        self, course_id: str, unit_ids: list[str] | None, redraft: bool, progress: ProgressFn
    ) -> DraftResult:
        await self._run(self.store.get_course, _number(course_id, "course"), False)
        raise GenerationUnavailable(
            "The local provider has no content generator, so it cannot draft units.",
            "Write each unit yourself with edit_xblock(action='update', block_id=<unit id>, content=<HTML or "
            "<problem> XML>), then call review_course.",
        )

    async def readiness(self, target_id: str, until: WaitTarget) -> ReadyState:
        if until == "pipeline":
            raise NotSupported(
                "The local provider has no one-shot pipeline to wait for.",
                "Use the stepwise flow: generate_outline with your outline, then edit_xblock for each unit.",
            )
        course = await self._run(self.store.get_course, _number(target_id, "course"), True)
        if until == "outline":
            return ReadyState(
                ready=True, status="ready", detail="The outline is written as soon as you pass it."
            )
        units = course.units()
        missing = [u.id for u in units if unit_is_empty(u)]
        done = len(units) - len(missing)
        if not missing:
            return ReadyState(ready=True, status="ready", progress=100.0)
        return ReadyState(
            ready=False,
            status="idle",
            missing=missing,
            progress=round(100.0 * done / len(units), 1) if units else 0.0,
            detail=(
                f"{len(missing)} unit(s) have no content and nothing on this machine is drafting them: "
                "write each with edit_xblock(action='update', content=...)."
            ),
        )

    async def publish(self, course_id: str) -> PublishResult:
        number = _number(course_id, "course")
        course, meta = await self._run(self.store.export_view, number)
        path = await self._run(write_archive, course, CourseMeta(**meta), self.archive_dir)
        await self._run(self.store.set_published, number, str(path))
        return PublishResult(
            published=True,
            location=str(path),
            detail=(
                f"Wrote the Open edX OLX archive for course-v1:{meta['org']}+{meta['number']}+{meta['run']}. "
                "Import it in Studio under Tools > Import."
            ),
        )

    async def delete_course(self, course_id: str) -> None:
        await self._run(self.store.delete_course, _number(course_id, "course"))

    async def student_progress(self, course_id: str, username: str) -> StudentProgress:
        raise NotSupported(
            "The local provider cannot report student progress: its courses have no learners until imported.",
            "Import the archive into Open edX and use its learner analytics there.",
        )
