"""Curriculum edits on an emulated TutorFlow course: the canonical bulk save, lesson moves and inserts.

Rules (the editor's, as this sandbox implements them where the docs are silent): a canonical save
replaces the chapter list and the lesson list it carries (existing lessons left out are removed,
a lesson row without an id is a new lesson, an unknown lesson id is 404); every lesson must name a
chapter of the saved course (400); sequences must not repeat (400) and are renumbered 1..n
chapter by chapter; a course slug another course holds is 409 `platform_conflict`. Everything is
checked before anything changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from coursewright.sandbox.tutorflow.http import (
    FieldRule,
    PlatformError,
    conflict,
    invalid,
    not_found,
    validate,
)
from coursewright.sandbox.tutorflow.lessons import LESSON_TYPES
from coursewright.sandbox.tutorflow.records import Chapter, Course, Lesson

SLUG = re.compile(r"^[a-z0-9-]+$")
MAX_TITLE = 255
MAX_DESCRIPTION = 2000

CHAPTER_RULES = (
    FieldRule("id", required=True, max_length=255),
    FieldRule("title", required=True, max_length=MAX_TITLE),
    FieldRule("slug", max_length=255),
    FieldRule("sequence", "int", minimum=1),
)
LESSON_CONTENT_RULES = (
    FieldRule("title", required=False, max_length=MAX_TITLE),
    FieldRule("description", max_length=MAX_DESCRIPTION, nullable=True),
    FieldRule("slug", max_length=255),
    FieldRule("type", choices=LESSON_TYPES),
    FieldRule("chapterId", max_length=255),
    FieldRule("sequence", "int", minimum=1),
    FieldRule("lecture", nullable=True),
    FieldRule("content", "object", nullable=True),
    FieldRule("quizzes", "list"),
    FieldRule("problems", "list"),
    FieldRule("metadata", "object", nullable=True),
)
LESSON_ROW_RULES = (FieldRule("id", max_length=64), *LESSON_CONTENT_RULES)
CANONICAL_RULES = (
    FieldRule("title", max_length=MAX_TITLE),
    FieldRule("description", max_length=MAX_DESCRIPTION, nullable=True),
    FieldRule("slug", max_length=255),
    FieldRule("chapters", "list"),
    FieldRule("lessons", "list"),
)


def check_title(values: dict[str, Any], name: str = "title") -> None:
    if name in values and not values[name].strip():
        raise invalid(f"{name} should not be empty")


def check_slug(value: str, name: str = "slug") -> None:
    if not SLUG.match(value):
        raise invalid(f"{name} must contain only lower-case letters, digits and hyphens")


def _rows(items: list[Any], rules: tuple[FieldRule, ...], what: str) -> list[dict[str, Any]]:
    rows = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise invalid(f"{what}.{index} must be an object")
        try:
            rows.append(validate(item, rules))
        except PlatformError as exc:
            message = exc.message.removeprefix("Validation failed: ")
            raise invalid(f"{what}.{index}: {message}") from None
    return rows


def _unique(values: list[Any], what: str) -> None:
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            raise invalid(f"{what} {value!r} appears more than once")
        seen.add(value)


def set_lesson_fields(lesson: Lesson, values: dict[str, Any]) -> None:
    """Copy the canonical lesson fields present in `values` onto the lesson."""
    simple = {"title": "title", "type": "type", "slug": "slug", "quizzes": "quizzes", "problems": "problems"}
    for name, attribute in simple.items():
        if name in values:
            setattr(lesson, attribute, values[name])
    if "description" in values:
        lesson.description = values["description"] or ""
    if "lecture" in values:
        lesson.lecture = values["lecture"] or ""
    if "content" in values:
        lesson.content = values["content"] or {"blocks": []}
    if "metadata" in values:
        lesson.metadata = values["metadata"] or {}


def apply_canonical(
    course: Course,
    body: dict[str, Any],
    slug_taken: Callable[[str], bool],
    new_lesson: Callable[[dict[str, Any]], Lesson],
) -> None:
    """Validate a canonical save completely, then apply it (see the module note for the rules)."""
    values = validate(body, CANONICAL_RULES)
    check_title(values)
    if "slug" in values:
        check_slug(values["slug"])
        if slug_taken(values["slug"]):
            raise conflict(
                f"The slug {values['slug']!r} is already used by another course. Choose another slug."
            )
    chapters = course.chapters
    if "chapters" in values:
        rows = _rows(values["chapters"], CHAPTER_RULES, "chapters")
        _unique([row["id"] for row in rows], "chapter id")
        _unique([row["sequence"] for row in rows if "sequence" in row], "chapter sequence")
        for row in rows:
            check_title(row)
            if "slug" in row:
                check_slug(row["slug"], "chapter slug")
        chapters = [
            Chapter(row["id"], row["title"], row.get("slug") or row["id"], row.get("sequence", index + 1))
            for index, row in enumerate(rows)
        ]
    chapter_ids = {chapter.id for chapter in chapters}
    known = {lesson.id: lesson for lesson in course.lessons}
    planned: list[tuple[Lesson | None, dict[str, Any]]] = []
    if "lessons" in values:
        rows = _rows(values["lessons"], LESSON_ROW_RULES, "lessons")
        _unique([row["id"] for row in rows if "id" in row], "lesson id")
        _unique([row["sequence"] for row in rows if "sequence" in row], "lesson sequence")
        for index, row in enumerate(rows):
            check_title(row)
            if "id" in row and row["id"] not in known:
                raise not_found(f"Lesson {row['id']} not found in this course")
            if "id" not in row and not all(k in row for k in ("title", "type", "chapterId")):
                raise invalid(f"lessons.{index}: a new lesson needs title, type and chapterId")
            planned.append((known.get(row.get("id", "")), row))
    else:
        planned = [(lesson, {"chapterId": lesson.chapter_id}) for lesson in course.lessons]
    for index, (lesson, row) in enumerate(planned):
        chapter_id = row.get("chapterId", lesson.chapter_id if lesson else None)
        if chapter_id not in chapter_ids:
            raise invalid(
                f"lessons.{index}.chapterId {chapter_id!r} does not match any chapter of the course"
            )
    # Everything is valid: apply.
    for name in ("title", "description"):
        if name in values:
            setattr(course, name, values[name] or "")
    if "slug" in values:
        course.slug = values["slug"]
    course.chapters = chapters
    lessons: list[Lesson] = []
    for position, (lesson, row) in enumerate(planned, start=1):
        target = lesson if lesson is not None else new_lesson(row)
        set_lesson_fields(target, row)
        target.chapter_id = row.get("chapterId", target.chapter_id)
        target.sequence = row.get("sequence", position)
        lessons.append(target)
    course.lessons = lessons
    course.renumber()


def move_lesson(course: Course, lesson: Lesson, chapter_id: str | None, sequence: int | None) -> None:
    """Put a lesson in a chapter and at a course-wide position; the others keep their order."""
    if chapter_id is not None:
        if course.chapter(chapter_id) is None:
            raise invalid(f"chapterId {chapter_id!r} does not match any chapter of the course")
        lesson.chapter_id = chapter_id
    others = [item for item in course.lessons if item is not lesson]
    if sequence is None:
        position = next((i for i, item in enumerate(others) if item.sequence > lesson.sequence), len(others))
    else:
        position = max(0, min(len(others), sequence - 1))
    ordered = [*others[:position], lesson, *others[position:]]
    for number, item in enumerate(ordered, start=1):
        item.sequence = number
    course.lessons = ordered
    course.renumber()


def insert_lesson(course: Course, lesson: Lesson, chapter: Chapter) -> None:
    """Add a lesson at the end of a chapter (renumbering sorts it after the chapter's others)."""
    lesson.chapter_id = chapter.id
    lesson.sequence = len(course.lessons) + 1
    course.lessons.append(lesson)
    course.renumber()
