"""The JSON shapes of the emulated TutorFlow API: CourseResDto, list items, lesson DTOs, canonical payload.

Editor and learner links point at this sandbox (`<base>/<locale>/platform/courses/...`, served as
small HTML pages) rather than at tutorflow.io, so a sandbox course can be opened in a browser.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from coursewright.sandbox.tutorflow.pricing import COURSE_PRICE
from coursewright.sandbox.tutorflow.records import COMPLETED, Course, CourseRequest, Lesson
from coursewright.sandbox.tutorflow.state import TutorflowEmulator


def web_base(request: Request) -> str:
    """Where this emulator is served: scheme, host and mount path (`root_path`), no trailing slash."""
    root = str(request.scope.get("root_path", "")).rstrip("/")
    return str(request.url.replace(path=root, query="", fragment="")).rstrip("/")


def locale_of(language: str) -> str:
    return (language.split("-")[0] or "en").lower()


class Views:
    """Serialisers bound to one emulator and the web base of the request being answered."""

    def __init__(self, emulator: TutorflowEmulator, web_base: str) -> None:
        self.emulator = emulator
        self.web = web_base.rstrip("/")

    # --- links ----------------------------------------------------------------------------------

    def course_root(self, course: Course) -> str:
        return f"{self.web}/{locale_of(course.language)}/platform/courses"

    def lesson_url(self, course: Course, sequence: int) -> str:
        return f"{self.course_root(course)}/{course.share_token}/lessons/{sequence}"

    def preview_url(self, record: CourseRequest) -> str | None:
        if record.course is None or record.edit_token is None:
            return None
        return f"{self.course_root(record.course)}/edit/{record.edit_token.value}"

    def list_preview_url(self, record: CourseRequest) -> str | None:
        if record.course is None:
            return None
        return f"{self.course_root(record.course)}/{record.course.share_token}"

    # --- course requests ------------------------------------------------------------------------

    def price_snapshot(self, record: CourseRequest) -> dict[str, Any] | None:
        """Billing follows what was generated: unitPrice x lessons produced (0 for a failed request)."""
        if not record.is_terminal:
            return None
        return COURSE_PRICE.snapshot(record.billed_lessons)

    def _common(self, record: CourseRequest) -> dict[str, Any]:
        course = record.course
        return {
            "id": record.id,
            "status": record.status,
            "courseId": course.id if course else None,
            "title": course.title if course else record.title,
            "description": course.description if course else record.description,
            "level": record.level,
            "language": record.language,
            "subject": record.subject,
            "slug": course.slug if course else None,
            "tier": record.tier,
            "mode": record.mode,
            "hasQuiz": record.has_quiz,
            "hasPractice": record.has_practice,
            "lessonCount": len(course.lessons) if course else None,
            "priceSnapshot": self.price_snapshot(record),
        }

    def _tail(self, record: CourseRequest) -> dict[str, Any]:
        return {
            "isTerminal": record.is_terminal,
            "pollAfterMs": None if record.is_terminal else self.emulator.poll_after_ms(),
            "createdAt": self.emulator.iso(record.created),
            "completedAt": self.emulator.iso(record.completed) if record.completed is not None else None,
        }

    def course_request(self, record: CourseRequest, replay: bool | None = None) -> dict[str, Any]:
        """CourseResDto: what POST /courses and GET /courses/:id answer."""
        course = record.course
        if replay is None and record.idempotency_key is not None:
            replay = False
        return {
            **self._common(record),
            "shareToken": course.share_token if course else None,
            "thumbnailUrl": None,
            "previewUrl": self.preview_url(record),
            "publicUrl": self.lesson_url(course, 1) if course and course.lessons else None,
            "chapters": self.chapter_summaries(course) if course else None,
            "lessons": [self.lesson_summary(course, lesson) for lesson in course.lessons] if course else None,
            "idempotencyKey": record.idempotency_key,
            "idempotentReplay": replay if record.idempotency_key is not None else None,
            **self._tail(record),
        }

    def list_item(self, record: CourseRequest) -> dict[str, Any]:
        """The list endpoint's subset: no chapters or lessons, previewUrl by share token."""
        course = record.course
        return {
            **self._common(record),
            "previewUrl": self.list_preview_url(record),
            "publicUrl": self.lesson_url(course, 1) if course and course.lessons else None,
            **self._tail(record),
        }

    def chapter_summaries(self, course: Course) -> list[dict[str, Any]]:
        return [
            {
                "title": chapter.title,
                "sequence": chapter.sequence,
                "lessonCount": sum(1 for lesson in course.lessons if lesson.chapter_id == chapter.id),
                "slug": chapter.slug,
            }
            for chapter in course.chapters
        ]

    def lesson_summary(self, course: Course, lesson: Lesson) -> dict[str, Any]:
        chapter = course.chapter(lesson.chapter_id)
        return {
            "title": lesson.title,
            "type": lesson.type,
            "sequence": lesson.sequence,
            "chapterTitle": chapter.title if chapter else None,
            "chapterSlug": chapter.slug if chapter else None,
            "lessonSlug": lesson.slug,
            "lessonUrl": self.lesson_url(course, lesson.sequence),
        }

    # --- editor shapes --------------------------------------------------------------------------

    def course_summary(self, course: Course) -> dict[str, Any]:
        """GET /courses/edit/:editToken (and the public share-token summary)."""
        record = self.emulator.request_for_course(course.id)
        return {
            "id": course.id,
            "requestId": record.id,
            "status": COMPLETED,
            "title": course.title,
            "description": course.description,
            "slug": course.slug,
            "language": course.language,
            "level": course.level,
            "shareToken": course.share_token,
            "thumbnailUrl": None,
            "publicUrl": self.lesson_url(course, 1) if course.lessons else None,
            "chapters": self.chapter_summaries(course),
            "lessons": [self.lesson_summary(course, lesson) for lesson in course.lessons],
        }

    def public_lesson(self, course: Course, lesson: Lesson) -> dict[str, Any]:
        """PlatformLessonPublicDto."""
        chapter = course.chapter(lesson.chapter_id)
        return {
            "id": lesson.id,
            "sequence": lesson.sequence,
            "title": lesson.title,
            "type": lesson.type,
            "chapterTitle": chapter.title if chapter else None,
            "description": lesson.description,
            "lectureContent": lesson.lecture,
            "codeContent": lesson.code,
            "quizzes": lesson.quizzes,
            "lessonSlug": lesson.slug,
            "chapterSlug": chapter.slug if chapter else None,
        }

    def full_course(self, course: Course) -> dict[str, Any]:
        return {
            **self.course_summary(course),
            "lessons": [self.public_lesson(course, lesson) for lesson in course.lessons],
        }

    @staticmethod
    def canonical_lesson(lesson: Lesson) -> dict[str, Any]:
        return {
            "id": lesson.id,
            "chapterId": lesson.chapter_id,
            "title": lesson.title,
            "description": lesson.description,
            "slug": lesson.slug,
            "type": lesson.type,
            "sequence": lesson.sequence,
            "lecture": lesson.lecture,
            "content": lesson.content,
            "quizzes": lesson.quizzes,
            "problems": lesson.problems,
            "metadata": lesson.metadata,
        }

    def read_lesson(self, course: Course, lesson: Lesson) -> dict[str, Any]:
        """A lesson as the editor's read routes show it; strict: with the add-lesson answer's field
        names (`lectureContent`, `chapterSlug`), since the seed shows those and not the save's."""
        row = self.canonical_lesson(lesson)
        if self.emulator.config.strict:
            chapter = course.chapter(lesson.chapter_id)
            row["lectureContent"] = row.pop("lecture")
            row.pop("chapterId")
            row["chapterSlug"] = chapter.slug if chapter is not None else lesson.chapter_id
        return row

    def canonical(self, course: Course) -> dict[str, Any]:
        return {
            "id": course.id,
            "title": course.title,
            "description": course.description,
            "slug": course.slug,
            "language": course.language,
            "level": course.level,
            "chapters": [
                {"id": c.id, "title": c.title, "slug": c.slug, "sequence": c.sequence}
                for c in course.chapters
            ],
            "lessons": [self.read_lesson(course, lesson) for lesson in course.lessons],
        }
