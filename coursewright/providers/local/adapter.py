"""The local provider: courses authored on this machine and published as Open edX OLX archives.

No key and no network by default: the agent supplies the outline and writes every unit; the
store keeps the tree in SQLite, and publish writes the archive Studio imports. With an
OpenAI-compatible endpoint configured (COURSEWRIGHT_LLM_*), `generate.LlmGenerator` writes the
outline from the task's brief and drafts units, each checked before it is stored.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TypeVar

import anyio

from coursewright.errors import (
    Conflict,
    GenerationUnavailable,
    NotSupported,
)
from coursewright.formats.imported import ImportedCourse
from coursewright.formats.olx.export import CourseMeta, write_archive
from coursewright.guardrails.files import MAX_FILES_PER_TASK
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
    ReadyState,
    StudentProgress,
    Task,
    TaskOptions,
    numeric_id,
)
from coursewright.providers.base import Capabilities, ProgressFn, Provider, WaitTarget
from coursewright.providers.local.checks import check_content
from coursewright.providers.local.drafting import (
    chosen_units,
    draft,
    draft_jobs,
    draft_result,
    text_references,
    unit_is_empty,
)
from coursewright.providers.local.generate import LlmGenerator
from coursewright.providers.local.prompts import ReferenceText
from coursewright.providers.local.store import OUTLINE_SHAPE, LocalStore

T = TypeVar("T")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause CPython's cycle collector while a course is read, archived and let go. Its tree of
    blocks holds no cycles and reference counting frees it, yet building it (about four tracked
    objects a block) sets off a full collection of the whole process for a 5,000-unit course
    (about 70 ms with the server loaded) that finds nothing. Only the caller that paused it resumes it, so
    overlapping publishes leave the collector running."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


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
    outline_content=True,
    publish_means="write an Open edX OLX archive (.tar.gz) on this machine for import into Studio; nothing goes online",
    cost_signal="none: everything runs on this machine",
)
#: With a generator the local provider drafts too; what that costs is the endpoint's own business.
GENERATING_CAPABILITIES = LOCAL_CAPABILITIES.model_copy(
    update={
        "draft_all": True,
        "draft_units": True,
        "cost_signal": (
            "the configured model endpoint's own pricing (none for a local model): one chat call for the "
            "outline and one per drafted unit, plus one more for each answer that fails its check"
        ),
    }
)
#: How to enable generation, appended to every "cannot generate" message.
ENABLE_GENERATION = (
    "To let coursewright generate instead, set COURSEWRIGHT_LLM_BASE_URL (an OpenAI-compatible endpoint such "
    "as Ollama's http://127.0.0.1:11434/v1) and COURSEWRIGHT_LLM_MODEL, then restart the server."
)


def _number(native: str, kind: str) -> int:
    return numeric_id(native, provider="local", label="local", kind=kind)


class LocalProvider(Provider):
    name = "local"

    def __init__(
        self, data_dir: Path, *, archive_dir: Path | None = None, generator: LlmGenerator | None = None
    ) -> None:
        self.store = LocalStore(Path(data_dir) / "local.sqlite3")
        self.archive_dir = Path(archive_dir) if archive_dir else Path(data_dir) / "archives"
        self.generator = generator
        self.capabilities = LOCAL_CAPABILITIES if generator is None else GENERATING_CAPABILITIES

    async def aclose(self) -> None:
        if self.generator is not None:
            await self.generator.aclose()

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
            task = await self._run(self.store.get_task, number)  # an unknown task says so first
            if self.generator is None:
                raise GenerationUnavailable(
                    "The local provider has no outline generator, so it needs the outline from you.",
                    "Call generate_outline again with outline set to sections > subsections > units, e.g. "
                    f"{OUTLINE_SHAPE}. {ENABLE_GENERATION}",
                )
            outline = await self._generated_outline(number, task, regenerate)
        course_id = await self._run(self.store.build_outline, number, outline, regenerate)
        return await self._run(self.store.get_course, course_id, False)

    async def _generated_outline(self, number: int, task: Task, regenerate: bool) -> list[OutlineSection]:
        # Refused before the model is asked: a paid endpoint should not pay for an outline that
        # build_outline would then refuse to store.
        if task.has_outline and not regenerate:
            raise Conflict(
                f"The task already has an outline (course {task.course_id}).",
                "Edit it with edit_xblock, or pass regenerate=true only if the user asked to replace it "
                "(its content is lost).",
            )
        assert self.generator is not None
        brief = await self._run(self.store.brief_of, number)
        references = text_references(await self._run(self.store.reference_files, number))
        return await self.generator.outline(brief, brief.desired_number_of_sections, references)

    async def get_course(self, course_id: str, include_content: bool = False) -> Course:
        return await self._run(self.store.get_course, _number(course_id, "course"), include_content)

    async def get_part(self, course_id: str, block_id: str, role: str = "block") -> tuple[Block, str | None]:
        return await self._run(self.store.get_part, _number(course_id, "course"), block_id, role)

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
        check_content(block_type, content)
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
            check_content("problem", content)
        await self._run(
            self.store.update_block, _number(course_id, "course"), block_id, display_name, content
        )

    async def delete_block(self, course_id: str, block_id: str) -> list[str]:
        return await self._run(self.store.delete_block, _number(course_id, "course"), block_id)

    async def reorder_children(self, course_id: str, parent_id: str, children: list[str]) -> None:
        await self._run(self.store.reorder, _number(course_id, "course"), parent_id, children)

    async def draft_content(
        self, course_id: str, unit_ids: list[str] | None, redraft: bool, progress: ProgressFn
    ) -> DraftResult:
        number = _number(course_id, "course")
        course = await self._run(self.store.get_course, number, True)
        if self.generator is None:
            raise GenerationUnavailable(
                "The local provider has no content generator, so it cannot draft units.",
                "Write each unit yourself with edit_xblock(action='update', block_id=<unit id>, content=<HTML or "
                f"<problem> XML>), then call review_course. {ENABLE_GENERATION}",
            )
        targets = chosen_units(course, unit_ids)
        skipped = [u.id for u in targets if not redraft and not unit_is_empty(u)]
        wanted = {u.id for u in targets} - set(skipped)
        kinds = await self._run(self.store.unit_kinds, number)
        jobs = [job for job in draft_jobs(course, kinds) if job.unit.id in wanted]
        if not jobs:
            return DraftResult(
                course_id=course.course_id,
                started=False,
                skipped=skipped,
                detail="Every unit asked for already has content; pass redraft=true to rewrite it.",
            )
        brief, references = await self._brief_and_references(course)

        async def save(unit_id: str, content: str) -> None:
            await self._run(self.store.update_block, number, unit_id, None, content)

        drafted, failed = await draft(self.generator, brief, references, jobs, progress, save)
        return draft_result(course.course_id, self.generator.model, jobs, drafted, failed, skipped)

    async def _brief_and_references(self, course: Course) -> tuple[Brief, list[ReferenceText]]:
        if course.task_id is None:
            return Brief(name=course.title, description=course.title, target_audience="General learners."), []
        task_number = _number(course.task_id.partition(":")[2], "task")
        brief = await self._run(self.store.brief_of, task_number)
        return brief, text_references(await self._run(self.store.reference_files, task_number))

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
                + (
                    "call draft_content for them, or write each with edit_xblock(action='update', content=...)."
                    if self.generator is not None
                    else "write each with edit_xblock(action='update', content=...)."
                )
            ),
        )

    async def publish(self, course_id: str) -> PublishResult:
        number = _number(course_id, "course")
        path, meta = await self._run(self._write_archive, number)
        await self._run(self.store.set_published, number, str(path))
        return PublishResult(
            published=True,
            location=str(path),
            detail=(
                f"Wrote the Open edX OLX archive for course-v1:{meta['org']}+{meta['number']}+{meta['run']}. "
                "Import it in Studio under Tools > Import."
            ),
        )

    def _write_archive(self, number: int) -> tuple[Path, dict[str, str]]:
        """One worker call from the course read to the written archive; the course is freed
        before the collector resumes, so the collection it would have cost never comes due."""
        with _collector_paused():
            course, meta = self.store.export_view(number)
            path = write_archive(course, CourseMeta(**meta), self.archive_dir)
            del course
        return path, meta

    async def import_course(self, imported: ImportedCourse) -> Course:
        """A new draft course from an imported package (already checked and sanitised)."""
        course_id = await self._run(
            self.store.create_imported,
            imported.title,
            imported.language,
            imported.start,
            imported.end,
            imported.sections,
        )
        return await self._run(self.store.get_course, course_id, False)

    async def delete_course(self, course_id: str) -> None:
        await self._run(self.store.delete_course, _number(course_id, "course"))

    async def student_progress(self, course_id: str, username: str) -> StudentProgress:
        raise NotSupported(
            "The local provider cannot report student progress: its courses have no learners until imported.",
            "Import the archive into Open edX and use its learner analytics there.",
        )
