"""LearningStudio courses as the neutral model: the tree, the course, its summary and status.
Pure functions, no I/O.

A job's course is a flat list of modules (chapters), each with lessons. The neutral tree needs
section > subsection > unit > component, so a module becomes a section holding one subsection, and
each lesson a unit holding its page (html) and, where the lesson carries a quiz, a problem.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import datetime

from coursewright.model import Block, Course, CourseStatus, CourseSummary, join_id
from coursewright.providers.learningstudio.wire import PROVIDER, SUBSECTION_TITLE, WireCourse, WireJob

_PROBLEM_NAME = re.compile(r"<problem\b[^>]*?\bdisplay_name\s*=\s*([\"'])(.*?)\1", re.DOTALL)


def course_status(job: WireJob, published: bool) -> CourseStatus:
    if job.status != "completed":
        return CourseStatus.DRAFTING
    return CourseStatus.PUBLISHED if published else CourseStatus.DRAFTED


def problem_name(quiz: str, fallback: str) -> str:
    """The title a capa problem gives itself (`<problem display_name=...>`), else the fallback."""
    match = _PROBLEM_NAME.search(quiz)
    name = " ".join(html.unescape(match.group(2)).split()) if match else ""
    return name or fallback


def _slug(index: int, prefix: str) -> str:
    return f"{prefix}{index + 1}"


def course_tree(
    job_id: str,
    course: WireCourse | None,
    *,
    title: str,
    planned_chapters: Sequence[str] | None,
    include_content: bool,
) -> Block:
    """The neutral tree of a job's course: module -> section + one subsection, lesson -> unit.

    Before the course exists (job pending or running) the tree holds the chapters that were
    asked for, if any, with no units yet: nothing is invented.
    """
    root_title = (course.name if course and course.name else title) or "LearningStudio course"
    if course is None or not course.modules:
        sections = [
            Block(id=f"{job_id}/m{i + 1}", type="section", display_name=chapter)
            for i, chapter in enumerate(planned_chapters or [])
        ]
        return Block(id=job_id, type="course", display_name=root_title, children=sections)
    sections = []
    for m_index, module in enumerate(course.modules):
        module_id = f"{job_id}/{module.id or _slug(m_index, 'm')}"
        units = []
        for l_index, lesson in enumerate(module.lessons):
            unit_id = f"{module_id}/{lesson.id or _slug(l_index, 'l')}"
            lesson_title = lesson.title or f"Lesson {l_index + 1}"
            components = [
                Block(
                    id=f"{unit_id}/page",
                    type="html",
                    display_name=lesson_title,
                    content=(lesson.content or "") if include_content else None,
                )
            ]
            if lesson.quiz:
                components.append(
                    Block(
                        id=f"{unit_id}/quiz",
                        type="problem",
                        display_name=problem_name(lesson.quiz, f"Check: {lesson_title}"),
                        content=lesson.quiz if include_content else None,
                    )
                )
            units.append(Block(id=unit_id, type="unit", display_name=lesson_title, children=components))
        module_title = module.title or f"Chapter {m_index + 1}"
        subsection = Block(
            id=f"{module_id}/lessons", type="subsection", display_name=SUBSECTION_TITLE, children=units
        )
        sections.append(Block(id=module_id, type="section", display_name=module_title, children=[subsection]))
    return Block(id=job_id, type="course", display_name=root_title, children=sections)


def neutral_course(
    job: WireJob,
    *,
    title: str,
    task_id: str | None,
    planned_chapters: Sequence[str] | None,
    include_content: bool,
    published: bool,
) -> Course:
    course = job.course
    location = course.shareUrl if course and published else None
    root = course_tree(
        job.jobId, course, title=title, planned_chapters=planned_chapters, include_content=include_content
    )
    return Course(
        course_id=join_id(PROVIDER, job.jobId),
        provider=PROVIDER,
        title=root.display_name,
        task_id=task_id,
        status=course_status(job, published),
        location=location,
        root=root,
        # The seed's finished job shows the course's name, headline and links, not its content.
        content_readable=job.status != "completed" or bool(course and course.modules),
    )


def course_summary(
    job_id: str,
    *,
    title: str,
    task_id: str | None,
    status: CourseStatus | None,
    location: str | None,
    updated_at: datetime | None,
) -> CourseSummary:
    return CourseSummary(
        course_id=join_id(PROVIDER, job_id),
        title=title,
        task_id=task_id,
        status=status,
        location=location,
        updated_at=updated_at,
    )


def units_of(root: Block) -> list[str]:
    return [block.id for block in root.walk() if block.type == "unit"]
