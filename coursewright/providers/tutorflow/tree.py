"""TutorFlow courses as the neutral tree, and what a block id names. Pure functions, no I/O.

TutorFlow has two levels, chapters and lessons; the neutral tree has four. A chapter is a
section holding one stand-in subsection (`<chapter id>/lessons`), a lesson is a unit
(its UUID is the block id), its lecture HTML is an html component (`<lesson>/lecture`) and
each of its quizzes a capa problem (`<lesson>/quiz-<n>`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel

from coursewright.capa import is_blank_html
from coursewright.model import Block, CourseStatus, OutlineSection
from coursewright.providers.tutorflow.canonical import Canonical, CanonicalLesson
from coursewright.providers.tutorflow.formats import quiz_to_capa
from coursewright.providers.tutorflow.wire import (
    LECTURE_SUFFIX,
    QUIZ_MARK,
    SUBSECTION_SUFFIX,
    SUBSECTION_TITLE,
    WireRequest,
)

BlockRole = Literal["course", "section", "subsection", "unit", "html", "problem"]


class BlockRef(BaseModel):
    """What a block id names in TutorFlow terms."""

    role: BlockRole
    chapter_id: str | None = None
    lesson_id: str | None = None
    quiz_index: int | None = None  # 0-based


def subsection_id(chapter_id: str) -> str:
    return f"{chapter_id}{SUBSECTION_SUFFIX}"


def lecture_id(lesson_id: str) -> str:
    return f"{lesson_id}{LECTURE_SUFFIX}"


def quiz_id(lesson_id: str, index: int) -> str:
    return f"{lesson_id}{QUIZ_MARK}{index + 1}"


def resolve_block(canonical: Canonical, course_block_id: str, block_id: str) -> BlockRef | None:
    """Which chapter, lesson or quiz a block id names in this payload (None: not in the course)."""
    if block_id == course_block_id:
        return BlockRef(role="course")
    if canonical.chapter(block_id):
        return BlockRef(role="section", chapter_id=block_id)
    if block_id.endswith(SUBSECTION_SUFFIX) and canonical.chapter(block_id[: -len(SUBSECTION_SUFFIX)]):
        return BlockRef(role="subsection", chapter_id=block_id[: -len(SUBSECTION_SUFFIX)])
    lesson = canonical.lesson(block_id)
    if lesson:
        return BlockRef(role="unit", chapter_id=lesson.chapterId, lesson_id=lesson.id)
    if block_id.endswith(LECTURE_SUFFIX):
        lesson = canonical.lesson(block_id[: -len(LECTURE_SUFFIX)])
        if lesson:
            return BlockRef(role="html", chapter_id=lesson.chapterId, lesson_id=lesson.id)
    head, mark, number = block_id.rpartition(QUIZ_MARK)
    if mark and number.isdigit():
        lesson = canonical.lesson(head)
        if lesson and 1 <= int(number) <= len(lesson.quizzes):
            return BlockRef(
                role="problem", chapter_id=lesson.chapterId, lesson_id=lesson.id, quiz_index=int(number) - 1
            )
    return None


# -- the neutral tree ------------------------------------------------------------------------------


def lesson_block(lesson: CanonicalLesson, *, include_content: bool) -> Block:
    children: list[Block] = []
    if not is_blank_html(lesson.lecture):
        children.append(
            Block(
                id=lecture_id(lesson.id),
                type="html",
                display_name=lesson.title or "Lecture",
                content=lesson.lecture if include_content else None,
            )
        )
    for index, quiz in enumerate(lesson.quizzes):
        children.append(
            Block(
                id=quiz_id(lesson.id, index),
                type="problem",
                display_name=f"Quiz {index + 1}",
                content=quiz_to_capa(quiz) if include_content else None,
            )
        )
    return Block(id=lesson.id, type="unit", display_name=lesson.title or "Untitled lesson", children=children)


def course_tree(course_block_id: str, canonical: Canonical, *, include_content: bool) -> Block:
    sections = []
    for chapter in canonical.ordered_chapters():
        units = [lesson_block(x, include_content=include_content) for x in canonical.lessons_of(chapter.id)]
        subsection = Block(
            id=subsection_id(chapter.id), type="subsection", display_name=SUBSECTION_TITLE, children=units
        )
        sections.append(
            Block(
                id=chapter.id,
                type="section",
                display_name=chapter.title or "Untitled chapter",
                children=[subsection],
            )
        )
    return Block(
        id=course_block_id,
        type="course",
        display_name=canonical.title or "Untitled course",
        children=sections,
    )


def planned_tree(course_block_id: str, title: str, outline: Sequence[OutlineSection] | None) -> Block:
    """What a course still being generated will look like: the agent's outline, or nothing yet.

    Planned blocks carry `planned-` ids: they become real chapters and lessons once TutorFlow finishes.
    """
    sections = []
    for s_index, section in enumerate(outline or [], start=1):
        units = [
            Block(id=f"planned-{s_index}.{u_index}", type="unit", display_name=unit.title)
            for u_index, unit in enumerate((u for sub in section.subsections for u in sub.units), start=1)
        ]
        subsection = Block(
            id=f"planned-{s_index}{SUBSECTION_SUFFIX}",
            type="subsection",
            display_name=SUBSECTION_TITLE,
            children=units,
        )
        sections.append(
            Block(id=f"planned-{s_index}", type="section", display_name=section.title, children=[subsection])
        )
    return Block(id=course_block_id, type="course", display_name=title, children=sections)


def course_status(request: WireRequest, canonical: Canonical | None, published: bool) -> CourseStatus:
    if published:
        return CourseStatus.PUBLISHED
    if not request.terminal or canonical is None:
        return CourseStatus.DRAFTING
    if canonical.lessons and not any(x.is_empty for x in canonical.lessons):
        return CourseStatus.DRAFTED
    return CourseStatus.OUTLINED
