"""TutorFlow wire mapping: paths, request bodies, and the course-request answers. Pure functions, no I/O.
The canonical editor payload is read and reshaped in `canonical`, the neutral course tree made in `tree`.

Preview URLs and edit tokens are credentials (anyone holding one can edit the course for an
hour). The models here keep them in dedicated fields that the adapter hands to the redactor
and never copies into a neutral result; list answers' share-form preview links and per-lesson
links are not read at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from coursewright.errors import InvalidInput, Unavailable
from coursewright.guardrails.course_size import course_size
from coursewright.model import (
    Brief,
    OutlineSection,
    TaskOptions,
    TaskStatus,
)

PROVIDER = "tutorflow"
API_PREFIX = "/v1/platform"
PRICE_PER_LESSON_USD = 0.05
#: What TutorFlow generates when no lessonCount is sent (and what an estimate assumes).
DEFAULT_LESSON_COUNT = 5
MAX_LESSON_COUNT = 50
#: The stand-in subsection's title: distinct from any chapter title, so review sees no repeat.
SUBSECTION_TITLE = "Lessons"
SUBSECTION_SUFFIX = "/lessons"
LECTURE_SUFFIX = "/lecture"
QUIZ_MARK = "/quiz-"
#: Lesson types for units whose kind the agent stated (others keep the platform's choice).
TEXT_LESSON_TYPE = "markdown"
QUIZ_LESSON_TYPE = "exam"
#: The lesson types the seed lists (add-lesson's `type`).
LESSON_TYPES = frozenset(
    {
        "ai-tutor",
        "coding-lesson",
        "coding-test",
        "chat-ai",
        "reading-comprehension",
        "exam",
        "flashcard",
        "markdown",
    }
)

RequestStatus = Literal["PENDING", "PROCESSING", "COMPLETED", "FAILED"]
_TASK_STATUS: dict[str, TaskStatus] = {
    "PENDING": TaskStatus.PENDING,
    "PROCESSING": TaskStatus.IN_PROGRESS,
    "COMPLETED": TaskStatus.SUCCESS,
    "FAILED": TaskStatus.FAILED,
}


# -- paths -----------------------------------------------------------------------------------------


def courses_path() -> str:
    return f"{API_PREFIX}/courses"


def course_path(request_id: str) -> str:
    return f"{API_PREFIX}/courses/{request_id}"


def edit_token_path(request_id: str) -> str:
    return f"{API_PREFIX}/courses/{request_id}/edit-token"


def edit_path(token: str, rest: str = "") -> str:
    return f"{API_PREFIX}/courses/edit/{token}{rest}"


# -- cost ------------------------------------------------------------------------------------------


def lessons_for(brief: Brief | None) -> int:
    """The lessons the brief's size asks for (guardrails.course_size), within what TutorFlow builds;
    5 when the brief gives no length."""
    units = course_size(brief).units if brief is not None else None
    return min(MAX_LESSON_COUNT, units) if units else DEFAULT_LESSON_COUNT


def lesson_count(
    options: TaskOptions, outline: Sequence[OutlineSection] | None = None, brief: Brief | None = None
) -> int:
    """How many lessons a create asks for: one per unit of the agent's outline, else the option,
    else the brief's size, else 5."""
    if outline:
        return sum(len(sub.units) for section in outline for sub in section.subsections)
    return options.lesson_count or lessons_for(brief)


def sized_options(options: TaskOptions, brief: Brief) -> TaskOptions:
    """The options a task keeps: `lesson_count` fixed from the brief when the agent left it empty,
    so the quote the user approves, the create and its check all count the same lessons."""
    if options.lesson_count is not None:
        return options
    return options.model_copy(update={"lesson_count": lessons_for(brief)})


def cost_usd(lessons: int) -> float:
    """TutorFlow bills $0.05 per generated lesson (lecture, quizzes and practice included)."""
    return round(lessons * PRICE_PER_LESSON_USD, 2)


# -- creating a course -----------------------------------------------------------------------------


def outline_text(outline: Sequence[OutlineSection]) -> str:
    lines = ["Use exactly this curriculum: one chapter per numbered item, lessons in this order."]
    for number, section in enumerate(outline, start=1):
        titles = [unit.title for sub in section.subsections for unit in sub.units]
        lines.append(f"{number}. Chapter '{section.title}': lessons " + "; ".join(f"'{t}'" for t in titles))
    return "\n".join(lines)


def prompt_for(brief: Brief, outline: Sequence[OutlineSection] | None) -> str:
    parts = [
        f"Course: {brief.name}",
        brief.description.strip(),
        f"Audience: {brief.target_audience.strip()}",
    ]
    if outline:
        parts.append(outline_text(outline))
    else:
        parts.append(f"Organise the lessons into about {brief.desired_number_of_sections} chapters.")
    return "\n\n".join(parts)


def create_body(
    brief: Brief,
    options: TaskOptions,
    outline: Sequence[OutlineSection] | None,
    *,
    mode: Literal["sync", "async"],
    idempotency_key: str,
) -> dict[str, Any]:
    count = lesson_count(options, outline)
    if not 1 <= count <= MAX_LESSON_COUNT:
        raise InvalidInput(
            f"The outline has {count} units, and TutorFlow builds between 1 and {MAX_LESSON_COUNT} lessons per course.",
            f"Shorten the outline to at most {MAX_LESSON_COUNT} units in all.",
        )
    body: dict[str, Any] = {
        "prompt": prompt_for(brief, outline),
        "title": brief.name,
        "language": options.language,
        "lessonCount": count,
        "mode": mode,
        "idempotencyKey": idempotency_key,
    }
    if options.level:
        body["level"] = options.level
    if outline and any(
        unit.kind == "problem" for s in outline for sub in s.subsections for unit in sub.units
    ):
        body["hasQuiz"] = True
    return body


# -- answers ---------------------------------------------------------------------------------------


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class ChapterSummary(_Wire):
    title: str | None = None
    sequence: int | None = None
    lessonCount: int | None = None
    slug: str | None = None


class LessonSummary(_Wire):
    title: str | None = None
    type: str | None = None
    sequence: int | None = None
    chapterTitle: str | None = None


class WireRequest(_Wire):
    """A course request (`CourseResDto`). `previewUrl`/`editUrl` are credentials: see the module note."""

    id: str
    status: RequestStatus = "PENDING"
    courseId: str | None = None
    title: str | None = None
    description: str | None = None
    language: str | None = None
    level: str | None = None
    mode: str | None = None
    lessonCount: int | None = None
    publicUrl: str | None = None
    previewUrl: str | None = Field(default=None, repr=False)
    editUrl: str | None = Field(default=None, repr=False)
    chapters: list[ChapterSummary] | None = None
    lessons: list[LessonSummary] | None = None
    isTerminal: bool = False
    pollAfterMs: int | None = None
    idempotentReplay: bool | None = None
    createdAt: str | None = None
    completedAt: str | None = None
    error: Any = Field(default=None, repr=False)
    failureReason: str | None = None
    #: The billing record; read tolerantly (only `amountUsd`, `units`, `unit` are used).
    priceSnapshot: Any = None

    @property
    def task_status(self) -> TaskStatus:
        return _TASK_STATUS[self.status]

    @property
    def terminal(self) -> bool:
        return self.isTerminal or self.status in ("COMPLETED", "FAILED")

    def editor_secrets(self) -> list[str]:
        """The values that let someone edit this course: the preview/edit URLs and the token inside."""
        found: list[str] = []
        for url in (self.previewUrl, self.editUrl):
            if url:
                found.append(url)
                token = token_in_editor_url(url)
                if token:
                    found.append(token)
        return found


def invalid_answer(what: str) -> Unavailable:
    return Unavailable(
        f"TutorFlow answered {what} in a shape coursewright does not understand.",
        "Retry in a minute; if it persists, check TUTORFLOW_BASE_URL points at the TutorFlow API.",
    )


def parse_request(payload: Any) -> WireRequest:
    if isinstance(payload, dict) and isinstance(payload.get("data"), dict) and "id" not in payload:
        payload = payload["data"]
    try:
        return WireRequest.model_validate(payload)
    except ValidationError:
        raise invalid_answer("a course request") from None


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def billed(request: WireRequest) -> str:
    """What TutorFlow says it billed (`priceSnapshot`: the generated lessons times the unit price), or ''."""
    snapshot = request.priceSnapshot if isinstance(request.priceSnapshot, dict) else {}
    amount = snapshot.get("amountUsd")
    if isinstance(amount, bool) or not isinstance(amount, (int, float)):
        return ""
    units = snapshot.get("units")
    per = f" for {units} {snapshot.get('unit') or 'lesson'}(s)" if isinstance(units, int) else ""
    return f"TutorFlow billed ${amount:.2f}{per}."


class RequestPage(_Wire):
    items: list[WireRequest] = Field(default_factory=list)
    total: int = 0


def parse_request_page(payload: Any) -> RequestPage:
    """A list page. Its share-form preview links are dropped here, unread (see the module note)."""
    if not isinstance(payload, dict):
        raise invalid_answer("the course list")
    items = payload.get("items") or []
    cleaned = [
        {k: v for k, v in item.items() if k not in ("previewUrl", "editUrl")}
        for item in items
        if isinstance(item, dict)
    ]
    try:
        return RequestPage.model_validate({"items": cleaned, "total": payload.get("total") or len(cleaned)})
    except ValidationError:
        raise invalid_answer("the course list") from None


_EDITOR_TOKEN = re.compile(r"/courses/edit/([^/?#\s]+)")


def token_in_editor_url(url: str) -> str | None:
    match = _EDITOR_TOKEN.search(url)
    return match.group(1) if match else None


class EditToken(_Wire):
    editToken: str = Field(repr=False)
    editTokenExpiresAt: str | None = None


def parse_edit_token(payload: Any) -> EditToken:
    try:
        return EditToken.model_validate(payload)
    except ValidationError:
        raise invalid_answer("a request for an edit token") from None


def request_detail(request: WireRequest) -> str:
    """One line on where a course request stands (never a URL: those are credentials or unreleased)."""
    match request.status:
        case "COMPLETED":
            lessons = request.lessonCount if request.lessonCount is not None else len(request.lessons or [])
            done = f"TutorFlow finished generating '{request.title or 'the course'}' ({lessons} lessons)."
            return f"{done} {billed(request)}".strip()
        case "FAILED":
            reason = request.failureReason or _error_message(request.error)
            reason = " ".join(reason.split())[:200].rstrip(".")
            return "TutorFlow could not generate the course" + (f": {reason}." if reason else ".")
        case _:
            wait = (
                f" TutorFlow suggests checking again in {poll_after_s(request):g} s."
                if request.pollAfterMs
                else ""
            )
            return f"TutorFlow is generating the course ({request.status.lower()}).{wait}"


def _error_message(error: Any) -> str:
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return error["message"]
    return error if isinstance(error, str) else ""


#: The Platform API page's example request: 6 lessons generated in 22.6 s (createdAt to completedAt),
#: read as a fixed set-up plus a time per lesson.
GENERATION_BASE_S = 10.0
GENERATION_PER_LESSON_S = 2.0


def expected_generation_s(lessons: int) -> float:
    """How long generating a course of `lessons` lessons should take, from the documented example."""
    return GENERATION_BASE_S + GENERATION_PER_LESSON_S * max(lessons, 1)


def poll_after_s(request: WireRequest) -> float:
    return round((request.pollAfterMs or 0) / 1000.0, 3)
