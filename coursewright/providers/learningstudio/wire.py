"""LearningStudio wire mapping: request bodies and the answers' shapes. Pure functions, no I/O.

The provider makes the calls; these functions build request bodies and read response bodies, so
each mapping is tested without a network. LearningStudio has no task object and no separate
outline: one job (`POST /api/v1/courses`) builds the whole course from a subject. The neutral
model is made from a job's course in `tree`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from coursewright.errors import InvalidInput, Unavailable
from coursewright.guardrails.course_size import CourseSize
from coursewright.model import (
    Brief,
    OutlineSection,
    TaskOptions,
    TaskStatus,
)

PROVIDER = "learningstudio"
API_PREFIX = "/api/v1"
MAX_CHAPTERS = 9
MAX_SUBJECT_CHARS = 200
SUBSECTION_TITLE = "Lessons"

#: Bare language codes -> the locale LearningStudio expects (its `languageId` is a locale enum).
_DEFAULT_REGION = {
    "en": "US",
    "pt": "BR",
    "es": "ES",
    "fr": "FR",
    "de": "DE",
    "it": "IT",
    "nl": "NL",
    "ja": "JP",
    "zh": "CN",
    "ko": "KR",
    "sv": "SE",
    "da": "DK",
    "nb": "NO",
    "pl": "PL",
    "ru": "RU",
    "tr": "TR",
    "ar": "SA",
    "hi": "IN",
    "uk": "UA",
    "cs": "CZ",
    "el": "GR",
    "he": "IL",
}
_LOCALE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|\d{3}))?$")

#: Job status on the wire -> the neutral task status.
JOB_STATUS: dict[str, TaskStatus] = {
    "pending": TaskStatus.SCHEDULED,
    "running": TaskStatus.IN_PROGRESS,
    "completed": TaskStatus.SUCCESS,
    "failed": TaskStatus.FAILED,
}


# --- requests -------------------------------------------------------------------------------


def language_id(language: str) -> str:
    """`"en"` -> `"en-US"`, `"pt-br"` -> `"pt-BR"`; refuses what is not a language code."""
    match = _LOCALE.match(language.strip())
    if not match:
        raise InvalidInput(
            f"The language {language!r} is not a language code LearningStudio understands.",
            "Pass options.language as a code such as 'en', 'pt-BR' or 'fr-FR'.",
        )
    code, region = match.group(1).lower(), match.group(2)
    region = region.upper() if region else _DEFAULT_REGION.get(code, code.upper())
    return f"{code}-{region}"


def subject_for(brief: Brief) -> str:
    """The job's subject ("topic of the course", 1-200 characters): the course name and, where it
    fits, the description's first sentence, so more of the brief than a title reaches generation
    (the API takes no other free text)."""
    name = " ".join(brief.name.split())
    if len(name) > MAX_SUBJECT_CHARS:
        cut = name[:MAX_SUBJECT_CHARS].rsplit(" ", 1)[0]
        return cut or name[:MAX_SUBJECT_CHARS]
    first = re.split(r"(?<=[.!?])\s", " ".join(brief.description.split()), maxsplit=1)[0].strip()
    subject = f"{name}: {first}" if first else name
    return subject if len(subject) <= MAX_SUBJECT_CHARS else name


def chapter_titles(outline: Sequence[OutlineSection] | None) -> list[str] | None:
    """The agent's section titles as LearningStudio chapter titles (it takes at most nine)."""
    if not outline:
        return None
    if len(outline) > MAX_CHAPTERS:
        raise InvalidInput(
            f"LearningStudio builds at most {MAX_CHAPTERS} chapters, and the outline has {len(outline)} sections.",
            f"Merge the outline into {MAX_CHAPTERS} sections or fewer, or leave outline empty to let "
            "LearningStudio plan the chapters.",
        )
    return [" ".join(section.title.split()) for section in outline]


def chapters_note(size: CourseSize) -> str:
    """What decides the chapters: LearningStudio takes chapter titles, never a count, so the brief's
    sections reach it only as an outline's titles."""
    wanted = size.sections
    if wanted > MAX_CHAPTERS:
        return (
            f"The brief asks for {wanted} sections and LearningStudio builds at most {MAX_CHAPTERS} chapters: "
            f"pass generate_outline an outline of {MAX_CHAPTERS} sections or fewer."
        )
    units = f", about {size.units_per_section} units each" if size.units_per_section else ""
    return (
        f"LearningStudio plans its own chapters unless generate_outline gets an outline: pass the brief's "
        f"{wanted} sections{units} to decide them."
    )


def create_job_body(brief: Brief, options: TaskOptions, chapters: Sequence[str] | None) -> dict[str, Any]:
    """The body of `POST /api/v1/courses`; only fields with a value are sent."""
    body: dict[str, Any] = {"subject": subject_for(brief), "languageId": language_id(options.language)}
    if options.format:
        body["format"] = options.format
    if chapters:
        body["outline"] = list(chapters)
    if options.add_ons:
        # The platform takes each add-on once; keep the agent's order.
        body["addOns"] = list(dict.fromkeys(options.add_ons))
    return body


def job_path(job_id: str) -> str:
    return f"{API_PREFIX}/courses/jobs/{job_id}"


def export_path(course_ref: str) -> str:
    return f"{API_PREFIX}/courses/{course_ref}/export"


# --- responses ------------------------------------------------------------------------------


class WireLesson(BaseModel):
    id: str | None = None
    title: str = ""
    content: str | None = None
    quiz: str | None = Field(default=None, description="Capa problem XML, where the lesson has a check.")


class WireModule(BaseModel):
    id: str | None = None
    title: str = ""
    lessons: list[WireLesson] = Field(default_factory=list)


class WireCourse(BaseModel):
    id: str
    name: str = ""
    headline: str | None = None
    format: str | None = None
    languageId: str | None = None
    shareUrl: str | None = None
    createdAt: datetime | None = None
    modules: list[WireModule] = Field(default_factory=list)


class WireError(BaseModel):
    message: str = ""
    code: str | None = None


class WireJob(BaseModel):
    jobId: str
    status: str
    progress: float = 0
    course: WireCourse | None = None
    error: WireError | None = None

    @property
    def task_status(self) -> TaskStatus:
        return JOB_STATUS.get(self.status, TaskStatus.IN_PROGRESS)

    @property
    def finished(self) -> bool:
        return self.status in ("completed", "failed")


class WireExport(BaseModel):
    courseId: str | None = None
    format: str | None = None
    downloadUrl: str | None = None
    shareUrl: str | None = None
    exportedAt: datetime | None = None


def _unreadable(what: str) -> Unavailable:
    return Unavailable(
        f"LearningStudio answered {what} with a body coursewright cannot read.",
        "Try again in a moment; if it persists, check LearningStudio's status page.",
    )


def _normalise_course(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Accept the spellings a course object uses for its parts (modules/chapters, name/title, html)."""
    course = dict(raw)
    modules = course.get("modules") or course.get("chapters") or []
    normalised = []
    for module in modules if isinstance(modules, list) else []:
        if not isinstance(module, Mapping):
            continue
        lessons = []
        for lesson in module.get("lessons") or []:
            if not isinstance(lesson, Mapping):
                continue
            lessons.append(
                {
                    "id": _text(lesson.get("id")),
                    "title": lesson.get("title") or lesson.get("name") or "",
                    "content": lesson.get("content") or lesson.get("html") or lesson.get("body"),
                    "quiz": lesson.get("quiz") or lesson.get("problem"),
                }
            )
        normalised.append(
            {
                "id": _text(module.get("id")),
                "title": module.get("title") or module.get("name") or "",
                "lessons": lessons,
            }
        )
    course["modules"] = normalised
    return course


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def parse_job(payload: object) -> WireJob:
    """A job from `POST /api/v1/courses` (202) or `GET /api/v1/courses/jobs/{id}` (200)."""
    if not isinstance(payload, Mapping):
        raise _unreadable("the job request")
    data = dict(payload)
    if isinstance(data.get("course"), Mapping):
        data["course"] = _normalise_course(data["course"])
    try:
        return WireJob.model_validate(data)
    except ValidationError:
        raise _unreadable("the job request") from None


def parse_course(payload: object) -> WireCourse:
    if not isinstance(payload, Mapping):
        raise _unreadable("the course request")
    try:
        return WireCourse.model_validate(_normalise_course(payload))
    except ValidationError:
        raise _unreadable("the course request") from None


def parse_export(payload: object) -> WireExport:
    if not isinstance(payload, Mapping):
        raise _unreadable("the export request")
    try:
        return WireExport.model_validate(payload)
    except ValidationError:
        raise _unreadable("the export request") from None


def job_detail(job: WireJob) -> str:
    """One line on where a job stands, in words a user can act on."""
    if job.status == "failed":
        reason = (job.error.message if job.error else "").strip() or "no reason given"
        code = f" ({job.error.code})" if job.error and job.error.code else ""
        return f"LearningStudio could not generate the course{code}: {reason}"
    if job.status == "completed":
        return "LearningStudio finished generating the course."
    if job.status == "pending":
        return "LearningStudio has queued the course for generation."
    return f"LearningStudio is generating the course ({job.progress:.0f}% done)."


def fingerprint(body: Mapping[str, Any]) -> str:
    """A stable digest of a request body: the same job asked for twice has the same fingerprint."""
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:32]
