"""Provider-neutral types: brief, task, course, block tree, ids, statuses.

Ids that leave the server carry their provider (`local:7`, `iblai:42`); block ids
are the platform's own (edX locators for `local` and `iblai`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, Field

from coursewright.errors import InvalidInput

# Ids live in their own light module (start-up reads them before any course is touched).
from coursewright.ids import PROVIDERS, ProviderName, join_id, split_id  # noqa: F401

BlockType = Literal["course", "section", "subsection", "unit", "html", "problem", "video"]
ComponentType = Literal["html", "problem", "video"]
CONTAINER_TYPES: tuple[str, ...] = ("course", "section", "subsection", "unit")
COMPONENT_TYPES: tuple[str, ...] = get_args(ComponentType)

#: The only parent each block type may have.
VALID_PARENT: dict[str, str] = {
    "section": "course",
    "subsection": "section",
    "unit": "subsection",
    "html": "unit",
    "problem": "unit",
    "video": "unit",
}

#: Neutral block type -> Open edX category (used in locators and OLX).
EDX_CATEGORY: dict[str, str] = {
    "course": "course",
    "section": "chapter",
    "subsection": "sequential",
    "unit": "vertical",
    "html": "html",
    "problem": "problem",
    "video": "video",
}
NEUTRAL_TYPE: dict[str, str] = {v: k for k, v in EDX_CATEGORY.items()}


#: Numeric ids fit a signed 64-bit integer (SQLite's, and every platform's): at most 18 digits to be sure.
MAX_ID_DIGITS = 18


def numeric_id(native: str, *, provider: str, label: str, kind: str, example: int = 7) -> int:
    """Providers whose native ids are integers refuse anything else before any call."""
    text = native.strip()
    if not (text.isascii() and text.isdigit()):
        raise InvalidInput(
            f"{kind} '{provider}:{native}' is not a {label} {kind} id.",
            f"{label} {kind} ids look like '{provider}:{example}'; pass one exactly as a previous tool returned it.",
        )
    if len(text.lstrip("0")) > MAX_ID_DIGITS:
        raise InvalidInput(
            f"{kind} '{provider}:{text[:12]}…' has {len(text)} digits, more than any {label} {kind} id has.",
            f"{label} {kind} ids look like '{provider}:{example}'; pass one exactly as a previous tool returned it.",
        )
    return int(text)


class TaskStatus(StrEnum):
    PENDING = "pending"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    SUCCESS = "success"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def terminal(self) -> bool:
        return self in (TaskStatus.SUCCESS, TaskStatus.FAILED, TaskStatus.CANCELLED)


class CourseStatus(StrEnum):
    OUTLINED = "outlined"
    DRAFTING = "drafting"
    DRAFTED = "drafted"
    PUBLISHED = "published"


class Brief(BaseModel):
    """What the course is for: the five fields live inside description and target_audience."""

    name: Annotated[str, Field(min_length=1, max_length=200)]
    description: Annotated[str, Field(min_length=1, max_length=20_000)]
    target_audience: Annotated[str, Field(min_length=1, max_length=2_000)]
    desired_number_of_sections: Annotated[int, Field(ge=1, le=30)] = 4
    model: str | None = None


class Quote(BaseModel):
    """What one call is expected to bill or spend on the platform (dollars, plan credits, or both)."""

    amount_usd: float = 0.0
    credits: int = 0
    what: str = Field(description="What is paid for, in words the user understands.")

    @property
    def free(self) -> bool:
        return self.amount_usd <= 0 and self.credits <= 0


SpendOperation = Literal["create", "generate", "pipeline", "draft"]


class TaskOptions(BaseModel):
    """Provider-specific knobs; each provider uses the ones it understands and ignores the rest."""

    language: Annotated[str, Field(min_length=2, max_length=10, description="e.g. 'en', 'pt-BR'.")] = "en"
    level: Literal["beginner", "intermediate", "advanced"] | None = Field(
        default=None, description="TutorFlow."
    )
    lesson_count: Annotated[int, Field(ge=1, le=50)] | None = Field(
        default=None, description="TutorFlow: lessons (each billed)."
    )
    format: Literal["onepage", "classic"] | None = Field(default=None, description="LearningStudio.")
    add_ons: list[
        Literal["practical-exercises", "wrapup", "assessment", "articles", "videos", "agreement"]
    ] = Field(default_factory=list, max_length=6, description="LearningStudio.")
    llm_provider: Annotated[str, Field(max_length=20)] | None = Field(default=None, description="ibl.ai.")
    publish_course: bool = Field(default=False, description="ibl.ai: the pipeline publishes when done.")
    mode: Literal["async", "sync"] = Field(
        default="async",
        description="TutorFlow.",
    )


class Attachment(BaseModel):
    file_id: str
    name: str
    size: int | None = Field(
        default=None, description="Size in bytes; empty when the platform does not report it."
    )


class Task(BaseModel):
    task_id: str = Field(description="Qualified task id, e.g. 'local:3'.")
    provider: ProviderName
    status: TaskStatus
    name: str
    course_id: str | None = Field(
        default=None, description="The course built from this task, once it exists."
    )
    has_outline: bool = False
    files: list[Attachment] = Field(default_factory=list)
    detail: str | None = Field(
        default=None, description="Latest log line or failure reason from the platform."
    )
    model: str | None = None


class Block(BaseModel):
    id: str = Field(
        description="Block id: an edX locator for local/iblai, a lesson or chapter id for TutorFlow."
    )
    type: BlockType
    display_name: str
    children: list[Block] = Field(default_factory=list)
    content: str | None = Field(default=None, description="HTML or problem OLX; present only when asked for.")

    def walk(self) -> Iterator[Block]:
        yield self
        for child in self.children:
            yield from child.walk()


class Course(BaseModel):
    course_id: str = Field(description="Qualified course id, e.g. 'local:7'.")
    provider: ProviderName
    title: str
    task_id: str | None = None
    status: CourseStatus = CourseStatus.OUTLINED
    location: str | None = Field(
        default=None, description="Where the published course is (URL or archive path)."
    )
    root: Block
    content_readable: bool = Field(
        default=True,
        description="False when the platform's API does not expose the course's content, so no review can read it.",
    )

    def blocks(self) -> Iterator[Block]:
        return self.root.walk()

    def find(self, block_id: str) -> Block | None:
        return next((b for b in self.blocks() if b.id == block_id), None)

    def parent_of(self, block_id: str) -> Block | None:
        return next((b for b in self.blocks() if any(c.id == block_id for c in b.children)), None)

    def units(self) -> list[Block]:
        return [b for b in self.blocks() if b.type == "unit"]

    def counts(self) -> dict[str, int]:
        counts = {t: 0 for t in ("section", "subsection", "unit", "html", "problem", "video")}
        for block in self.blocks():
            if block.type in counts:
                counts[block.type] += 1
        return counts


def content_stamp(course: Course) -> str:
    """A short digest of the course's structure and content: any edit changes it."""

    def canonical(block: Block) -> list:
        return [
            block.id,
            block.type,
            block.display_name,
            block.content or "",
            [canonical(c) for c in block.children],
        ]

    payload = json.dumps([course.course_id, course.title, canonical(course.root)], separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


class CourseSummary(BaseModel):
    course_id: str
    title: str
    task_id: str | None = None
    status: CourseStatus | None = Field(
        default=None, description="Empty when the listing cannot tell; get_course shows it."
    )
    location: str | None = None
    updated_at: datetime | None = None


class OutlineUnit(BaseModel):
    title: Annotated[str, Field(min_length=1, max_length=255)]
    kind: ComponentType = "html"
    #: local only: the unit's HTML, <problem> XML or video URL (no description: tools/list's byte budget).
    content: str | None = Field(default=None, max_length=200_000)


class OutlineSubsection(BaseModel):
    title: Annotated[str, Field(min_length=1, max_length=255)]
    units: Annotated[list[OutlineUnit], Field(min_length=1, max_length=30)]


class OutlineSection(BaseModel):
    title: Annotated[str, Field(min_length=1, max_length=255)]
    subsections: Annotated[list[OutlineSubsection], Field(min_length=1, max_length=20)]


Position = Literal["first", "last"] | int
#: No parent has more children than this; a larger index is a mistake, not a position.
MAX_POSITION = 10_000


def parse_position(value: str | int) -> Position:
    """ "first" | "last" | a 1-based index, given as int or digit string."""
    if isinstance(value, int) or (
        isinstance(value, str) and value.strip().isascii() and value.strip().isdigit()
    ):
        index = int(value) if isinstance(value, int) or len(value.strip()) <= MAX_ID_DIGITS else -1
        if index < 1 or index > MAX_POSITION:
            raise InvalidInput(
                f"position {value!r} is not valid.", "Use 'first', 'last' or a 1-based index such as 2."
            )
        return index
    text = str(value).strip().lower()
    if text in ("first", "last"):
        return text  # type: ignore[return-value]
    raise InvalidInput(
        f"position {value!r} is not valid.", "Use 'first', 'last' or a 1-based index such as 2."
    )


class DraftResult(BaseModel):
    course_id: str
    started: bool = Field(
        description="True when drafting continues in the background: call poll_until_ready next."
    )
    drafted: list[str] = Field(
        default_factory=list, description="Units whose content was written by this call."
    )
    skipped: list[str] = Field(
        default_factory=list, description="Units left alone because they already had content."
    )
    pending: list[str] = Field(
        default_factory=list, description="Units still being drafted in the background."
    )
    failed: list[str] = Field(
        default_factory=list,
        description="Units that could not be drafted (still empty or unchanged; `detail` says why): "
        "call draft_content with them again, or write them with edit_xblock.",
    )
    detail: str = ""


class ReadyState(BaseModel):
    ready: bool
    status: str
    missing: list[str] = Field(
        default_factory=list, description="What is not there yet (e.g. unit ids without content)."
    )
    progress: float | None = Field(default=None, description="0-100 where the platform reports it.")
    detail: str = ""
    retry_after_s: float | None = Field(
        default=None, description="When the platform says how soon to look again (TutorFlow's pollAfterMs)."
    )
    expected_s: float | None = Field(
        default=None,
        description="How long the running job should take in all, in seconds, from the platform's documented timings.",
    )


class PublishResult(BaseModel):
    published: bool
    location: str | None = None
    detail: str = ""


class UnitProgress(BaseModel):
    unit_id: str
    display_name: str
    completed: bool


class StudentProgress(BaseModel):
    course_id: str
    username: str
    completion: float | None = Field(default=None, description="0-1, where the platform reports it.")
    units: list[UnitProgress] = Field(default_factory=list)
    detail: str = ""
