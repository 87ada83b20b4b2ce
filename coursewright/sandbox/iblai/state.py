"""The emulated ibl.ai backend's memory and rules: tasks, courses (with their edX block trees), files.

Background work is lazy: `start` and `draft-content-for-all-units` record when they began, and
`advance()` (called before every request is handled; see `background`) applies whatever has
become due by the clock, at the moment it became due. Nothing runs between requests.

Reference files are read once per task, by its first generation step (outline, start or a
draft): `reference_files` fixes that list, and generation only ever sees it, so a file attached
afterwards is kept but ignored, as the platform documents.
"""

from __future__ import annotations

import re
import string
import zlib
from datetime import UTC, datetime, timedelta
from typing import Any

from coursewright.sandbox.content import (
    capa_problem,
    course_description,
    defects_for,
    outline_for,
    topic_of,
    unit_html,
)
from coursewright.sandbox.core import SandboxConfig
from coursewright.sandbox.iblai import background
from coursewright.sandbox.iblai.blocks import Block, BlockTree, CourseKey
from coursewright.sandbox.iblai.records import (
    CANCELLABLE,
    CANCELLED,
    PIPELINE_PHASES,
    SCHEDULED,
    STARTABLE,
    CourseRecord,
    DraftJob,
    FileRecord,
    PipelineRun,
    StepFailed,
    TaskRecord,
)

EMULATOR = "iblai"
#: Synchronous steps whose next call can be made to fail with `fail_next`.
FAILABLE_STEPS = ("create-course", "create-course-outline", "draft-content-for-unit", "sync-to-edx")
MAX_SECTIONS = 20
SUBSECTIONS_PER_SECTION = 2
UNITS_PER_SUBSECTION = 2
#: Where Django storage keeps a task's uploads, relative to the media root.
UPLOAD_DIRECTORY = "course_creation_task_files"
STORAGE_SUFFIX_LENGTH = 7


class IblaiEmulator:
    """All state of one emulated ibl.ai server. Tests read it through `app.state.emulator`."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.tasks: dict[int, TaskRecord] = {}
        self.courses: dict[int, CourseRecord] = {}
        self.files: dict[int, FileRecord] = {}
        self.jobs: list[DraftJob] = []
        self._next_id = {"task": 1, "course": 1, "file": 1}
        self._slugs = config.random_for(EMULATOR, "block-ids")
        self._storage_suffixes = config.random_for(EMULATOR, "storage-names")
        self._started_clock = config.clock()
        self._started_wall = datetime.now(UTC)
        self._failures: dict[str, int] = {}
        self._pipeline_failure: str | None = None
        self._platform_ids: dict[str, int] = {}
        self._student_ids: dict[tuple[str, str], int] = {}

    # --- time and ids ---------------------------------------------------------------------------

    def now(self) -> float:
        return self.config.clock()

    def wall(self, moment: float) -> datetime:
        return self._started_wall + timedelta(seconds=moment - self._started_clock)

    def iso(self, moment: float) -> str:
        return self.wall(moment).isoformat().replace("+00:00", "Z")

    def _new_id(self, kind: str) -> int:
        value = self._next_id[kind]
        self._next_id[kind] = value + 1
        return value

    def new_slug(self) -> str:
        return f"{self._slugs.getrandbits(128):032x}"

    def platform_id(self, org: str) -> int:
        return self._platform_ids.setdefault(org, len(self._platform_ids) + 1)

    def student_id(self, org: str, user_id: str) -> int:
        """The fake edX user id of a username (stable for the life of the emulator)."""
        return self._student_ids.setdefault((org, user_id), 100 + len(self._student_ids) + 1)

    # --- failure injection (tests and demos) ----------------------------------------------------

    def fail_next(self, step: str, times: int = 1) -> None:
        """Make the next `times` calls of a synchronous step answer 400 as if the LLM or edX failed."""
        if step not in FAILABLE_STEPS:
            raise ValueError(f"{step!r} is not one of {', '.join(FAILABLE_STEPS)}")
        self._failures[step] = self._failures.get(step, 0) + times

    def fail_next_pipeline(self, phase: str = "outline") -> None:
        """Make the next started pipeline end Failed when it reaches the end of `phase`."""
        if phase not in PIPELINE_PHASES:
            raise ValueError(f"{phase!r} is not one of {', '.join(PIPELINE_PHASES)}")
        self._pipeline_failure = phase

    def _consume_failure(self, step: str) -> bool:
        if self._failures.get(step, 0) <= 0:
            return False
        self._failures[step] -= 1
        return True

    # --- tasks ----------------------------------------------------------------------------------

    def create_task(self, org: str, user_id: str, values: dict[str, Any]) -> TaskRecord:
        now = self.now()
        task = TaskRecord(
            id=self._new_id("task"),
            org=org,
            user_id=user_id,
            name=values["name"],
            description=values["description"],
            target_audience=values["target_audience"],
            publish_course=values.get("publish_course", True),
            provider=values.get("provider", "openai"),
            model=values.get("model", "gpt-4o-mini"),
            desired_number_of_sections=values.get("desired_number_of_sections", 4),
            created=now,
            modified=now,
        )
        self.tasks[task.id] = task
        return task

    def log(self, task: TaskRecord, moment: float, line: str) -> None:
        task.logs.append(f"[{self.iso(moment)}] {line}")
        task.modified = moment

    def delete_task(self, task: TaskRecord) -> None:
        del self.tasks[task.id]
        for file in [f for f in self.files.values() if f.task_id == task.id]:
            del self.files[file.id]
        for course in self.courses.values():
            if course.task_id == task.id:
                course.task_id = None

    def start(self, task: TaskRecord, startable: tuple[str, ...] = STARTABLE) -> bool:
        """Schedule the one-shot pipeline; False when the task is not in a `startable` status."""
        if task.status not in startable:
            return False
        now = self.now()
        task.status = SCHEDULED
        self.reference_files(task)
        task.run = PipelineRun("queued", now, fail_phase=self._pipeline_failure)
        self._pipeline_failure = None
        self.log(
            task, now, "Task scheduled: the pipeline will create the course, outline, content and publish."
        )
        return True

    def cancel(self, task: TaskRecord) -> bool:
        if task.status not in CANCELLABLE:
            return False
        now = self.now()
        task.status = CANCELLED
        task.run = None
        self.log(task, now, "Task cancelled by the user.")
        return True

    def add_file(self, org: str, task_id: int) -> FileRecord:
        now = self.now()
        file = FileRecord(self._new_id("file"), org, task_id, "", 0, "", now, now)
        self.files[file.id] = file
        return file

    def store_upload(self, file: FileRecord, name: str, content: bytes, content_type: str) -> None:
        """Keep the bytes under a storage path no other file has, as Django storage names them."""
        directory = f"{UPLOAD_DIRECTORY}/{file.task_id}"
        taken = {other.storage_path for other in self.files.values() if other is not file}
        stem, dot, extension = name.rpartition(".")
        if not stem:
            stem, dot, extension = name, "", ""
        stored = name
        alphabet = string.ascii_letters + string.digits
        while f"{directory}/{stored}" in taken:
            suffix = "".join(self._storage_suffixes.choice(alphabet) for _ in range(STORAGE_SUFFIX_LENGTH))
            stored = f"{stem}_{suffix}{dot}{extension}"
        file.name = stored
        file.storage_path = f"{directory}/{stored}"
        file.content = content
        file.size = len(content)
        file.content_type = content_type

    def file_at(self, storage_path: str) -> FileRecord | None:
        return next((f for f in self.files.values() if f.storage_path == storage_path), None)

    def files_of(self, task_id: int) -> list[FileRecord]:
        return sorted((f for f in self.files.values() if f.task_id == task_id), key=lambda f: f.id)

    def reference_files(self, task: TaskRecord) -> tuple[str, ...]:
        """The files generation reads for this task: those attached by its first generation step."""
        if task.reference_files is None:
            task.reference_files = tuple(file.name for file in self.files_of(task.id))
        return task.reference_files

    def course_reference_files(self, course: CourseRecord) -> tuple[str, ...]:
        task = self.tasks.get(course.task_id) if course.task_id is not None else None
        return self.reference_files(task) if task is not None else ()

    def course_of_task(self, task_id: int) -> CourseRecord | None:
        return next((c for c in self.courses.values() if c.task_id == task_id), None)

    # --- courses --------------------------------------------------------------------------------

    def create_course_for_task(
        self, task: TaskRecord, moment: float | None = None
    ) -> tuple[CourseRecord, bool]:
        """The task's course, creating an empty one on edX first if it has none (True = created)."""
        existing = self.course_of_task(task.id)
        if existing is not None:
            return existing, False
        moment = self.now() if moment is None else moment
        wall = self.wall(moment)
        initials = "".join(word[0] for word in re.findall(r"[A-Za-z0-9]+", task.name))[:6].upper() or "C"
        key = CourseKey(task.org, f"{initials}{task.id}", f"{wall.year}_T{(wall.month - 1) // 3 + 1}")
        course = self.add_course(
            task.org, task.name, key, course_description(self.config.seed, task.description), task.id, moment
        )
        self.log(task, moment, f"Course {key.course_key} created on edX (course id {course.id}).")
        return course, True

    def add_course(
        self, org: str, name: str, key: CourseKey, description: str, task_id: int | None, moment: float
    ) -> CourseRecord:
        tree = next((c.tree for c in self.courses.values() if c.tree.key == key), None)
        course = CourseRecord(
            id=self._new_id("course"),
            org=org,
            name=name,
            number=key.number,
            run=key.run,
            description=description,
            task_id=task_id,
            tree=tree or BlockTree(key, name, self.new_slug),
            created=moment,
            updated=moment,
        )
        self.courses[course.id] = course
        return course

    def delete_course(self, course: CourseRecord) -> None:
        del self.courses[course.id]
        self.jobs = [job for job in self.jobs if job.course_id != course.id]

    def outline_course(self, task: TaskRecord, moment: float | None = None) -> CourseRecord:
        """Generate the outline from the brief and push it to edX under the course root."""
        moment = self.now() if moment is None else moment
        course = self.course_of_task(task.id)
        if course is None:
            raise StepFailed(
                "Outline generation failed: this task has no course on edX yet. "
                "Call create-course for the task first."
            )
        sections = task.desired_number_of_sections
        if not 1 <= sections <= MAX_SECTIONS:
            raise StepFailed(
                f"Outline generation failed: the model could not plan {sections} sections. "
                f"Ask for 1 to {MAX_SECTIONS} sections (3-6 is typical)."
            )
        outline = outline_for(
            self.config.seed,
            f"{task.name}. {task.description}",
            sections,
            SUBSECTIONS_PER_SECTION,
            UNITS_PER_SUBSECTION,
        )
        tree = course.tree
        for section in outline.sections:
            section_block = tree.create(tree.root.locator, "section", section.title)
            for subsection in section.subsections:
                sub_block = tree.create(section_block.locator, "subsection", subsection.title)
                for unit in subsection.units:
                    tree.create(sub_block.locator, "unit", unit)
        course.updated = moment
        units = sum(len(sub.units) for section in outline.sections for sub in section.subsections)
        sources = self.reference_files(task)
        read = f" Reference files read: {', '.join(sources)}." if sources else ""
        self.log(
            task,
            moment,
            f"Outline generated and pushed to edX: {len(outline.sections)} sections, {units} units.{read}",
        )
        return course

    def start_drafting(self, course: CourseRecord) -> DraftJob:
        """Draft every unit that has no components yet, in the background."""
        now = self.now()
        self.course_reference_files(course)
        # Strict: the seed does not say draft-all spares units that have content; it re-drafts them all.
        units = [u.locator for u in course.tree.of_type("unit") if self.config.strict or not u.children]
        job = DraftJob(course.id, now, units, course.task_id)
        self.jobs.append(job)
        task = self.tasks.get(course.task_id) if course.task_id is not None else None
        if task is not None:
            self.log(task, now, f"Content drafting started for {len(units)} units.")
        return job

    def draft_unit(self, course: CourseRecord, unit: Block, moment: float | None = None) -> list[Block]:
        """Replace the unit's components with freshly drafted ones (a page, and a check at the end)."""
        tree = course.tree
        attempt = course.drafts.get(unit.locator, 0) + 1
        course.drafts[unit.locator] = attempt
        defects = defects_for(self.config, EMULATOR, f"{unit.locator}#{attempt}")
        for child in list(unit.children):
            tree.delete(child)
        seed = self.config.seed
        # The reading list goes on the course's opening page, the way an overview cites its sources.
        units = tree.of_type("unit")
        opening_unit = bool(units) and units[0] is unit
        html = unit_html(
            seed,
            course.name,
            unit.display_name,
            empty="defect-empty" in defects,
            leak="defect-leak" in defects,
            sources=self.course_reference_files(course) if opening_unit else (),
        )
        made = [tree.create(unit.locator, "html", unit.display_name, content=html)]
        subsection = tree.blocks[unit.parent] if unit.parent else None
        last_in_subsection = subsection is not None and subsection.children[-1] == unit.locator
        if last_in_subsection or "defect-problem" in defects:
            problem_seed = seed ^ zlib.crc32(unit.locator.encode())
            problem = capa_problem(problem_seed, topic_of(course.name), malformed="defect-problem" in defects)
            made.append(
                tree.create(unit.locator, "problem", f"Quick Check: {unit.display_name}", content=problem)
            )
        course.updated = self.now() if moment is None else moment
        return made

    def publish(self, course: CourseRecord, moment: float | None = None) -> None:
        moment = self.now() if moment is None else moment
        if course.task_id is None:
            raise StepFailed(
                "Sync failed: no task associated with this course. "
                "Recreate the course through its task's create-course endpoint, then sync again."
            )
        course.published = moment
        task = self.tasks.get(course.task_id)
        if task is not None:
            self.log(task, moment, f"Course {course.tree.key.course_key} published on edX.")

    def run_step(self, step: str) -> None:
        """Raise StepFailed when a failure was injected for this synchronous step."""
        if self._consume_failure(step):
            messages = {
                "create-course": "Course creation failed: edX did not accept the new course. Retry in a moment.",
                "create-course-outline": "Outline generation failed: the LLM provider returned an error "
                "(rate limit). Retry in a moment, or refine the description.",
                "draft-content-for-unit": "Content generation failed: the LLM provider returned an error. "
                "Retry the unit.",
                "sync-to-edx": "Sync failed: edX did not accept the publish request. Retry in a moment.",
            }
            raise StepFailed(messages[step])

    def advance(self) -> None:
        """Apply everything that has become due by the clock, each piece stamped with its due time."""
        background.advance(self)
