"""The emulated TutorFlow workspace's records: course requests, the courses they produce (chapters
and lessons), and edit tokens. Plain data with their own lookups; the rules are in `state`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coursewright.sandbox.tutorflow.http import not_found

PENDING, PROCESSING, COMPLETED, FAILED = "PENDING", "PROCESSING", "COMPLETED", "FAILED"
TERMINAL = frozenset({COMPLETED, FAILED})


@dataclass
class Chapter:
    id: str
    title: str
    slug: str
    sequence: int


@dataclass
class Lesson:
    id: str
    chapter_id: str
    title: str
    type: str
    sequence: int
    slug: str
    description: str = ""
    lecture: str = ""
    code: str | None = None
    content: dict[str, Any] = field(default_factory=lambda: {"blocks": []})
    quizzes: list[Any] = field(default_factory=list)
    problems: list[Any] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Course:
    id: str
    title: str
    description: str
    slug: str
    language: str
    level: str | None
    share_token: str
    chapters: list[Chapter]
    lessons: list[Lesson]
    category: str

    def chapter(self, chapter_id: str) -> Chapter | None:
        return next((c for c in self.chapters if c.id == chapter_id), None)

    def lesson_by_id(self, lesson_id: str) -> Lesson:
        lesson = next((item for item in self.lessons if item.id == lesson_id), None)
        if lesson is None:
            raise not_found(f"Lesson {lesson_id} not found")
        return lesson

    def lesson_at(self, sequence: int) -> Lesson:
        lesson = next((item for item in self.lessons if item.sequence == sequence), None)
        if lesson is None:
            raise not_found(f"Lesson with sequence {sequence} not found")
        return lesson

    def renumber(self) -> None:
        """Sequences 1..n in chapter order, then lesson order within each chapter."""
        self.chapters.sort(key=lambda c: c.sequence)
        for number, chapter in enumerate(self.chapters, start=1):
            chapter.sequence = number
        rank = {chapter.id: chapter.sequence for chapter in self.chapters}
        self.lessons.sort(key=lambda item: (rank.get(item.chapter_id, 0), item.sequence))
        for number, lesson in enumerate(self.lessons, start=1):
            lesson.sequence = number


@dataclass
class EditToken:
    value: str
    course_id: str
    expires_at: float


@dataclass
class CourseRequest:
    """One POST /courses: what was asked, and (once terminal) the course it produced."""

    id: str
    workspace: str
    prompt: str
    mode: str
    language: str
    level: str | None
    subject: str | None
    tier: str
    has_quiz: bool
    has_practice: bool
    title: str | None
    description: str | None
    requested_lessons: int
    idempotency_key: str | None
    created: float
    due: float
    status: str = PENDING
    completed: float | None = None
    course: Course | None = None
    edit_token: EditToken | None = None
    # Lessons generated, billed once at completion: later edits do not change the bill.
    billed_lessons: int = 0

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL
