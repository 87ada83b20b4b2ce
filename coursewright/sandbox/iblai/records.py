"""The emulated ibl.ai backend's records: tasks, courses (with their edX block trees), files, and
the background work on them (a one-shot pipeline run, a drafting job). Plain data; the rules are
in `state`, the clock-driven work in `background`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coursewright.sandbox.iblai.blocks import BlockTree

PENDING, SCHEDULED, IN_PROGRESS = "Pending", "Scheduled", "In Progress"
SUCCESS, FAILED, CANCELLED = "Success", "Failed", "Cancelled"
STARTABLE = (PENDING, FAILED)
#: A Scheduled task is a Celery job waiting in the queue, so it is still "pending" and cancellable.
CANCELLABLE = (PENDING, SCHEDULED, IN_PROGRESS)
RUNNING = (SCHEDULED, IN_PROGRESS)

PIPELINE_PHASES = ("queued", "course", "outline", "drafting", "publish")


class StepFailed(Exception):
    """A synchronous step failed the way the real one can (LLM error, bad brief, lost link)."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(detail)


@dataclass
class FileRecord:
    id: int
    org: str
    task_id: int
    name: str
    size: int
    content_type: str
    created: float
    modified: float
    content: bytes = b""
    #: The path under the media root, fixed when the bytes are stored (Django keeps it on re-linking).
    storage_path: str = ""


@dataclass
class DraftJob:
    """Content drafting for a list of units, one after another, each taking the same time."""

    course_id: int
    started: float
    units: list[str]
    task_id: int | None
    done: int = 0

    @property
    def finished(self) -> bool:
        return self.done >= len(self.units)


@dataclass
class PipelineRun:
    phase: str
    phase_started: float
    fail_phase: str | None = None
    job: DraftJob | None = None


@dataclass
class TaskRecord:
    id: int
    org: str
    user_id: str
    name: str
    description: str
    target_audience: str
    publish_course: bool
    provider: str
    model: str
    desired_number_of_sections: int
    created: float
    modified: float
    status: str = PENDING
    logs: list[str] = field(default_factory=list)
    run: PipelineRun | None = None
    #: The file names generation reads, fixed by the first generation step (None until then).
    reference_files: tuple[str, ...] | None = None


@dataclass
class CourseRecord:
    id: int
    org: str
    name: str
    number: str
    run: str
    description: str
    task_id: int | None
    tree: BlockTree
    created: float
    updated: float
    published: float | None = None
    #: How many times each unit was drafted, so a re-draft can come out differently.
    drafts: dict[str, int] = field(default_factory=dict)
