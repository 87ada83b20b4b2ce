"""TutorFlow wire mapping: request bodies, answers, and the neutral course tree. Pure functions, no I/O.

TutorFlow has two levels, chapters and lessons; the neutral tree has four. A chapter is a
section holding one stand-in subsection (`<chapter id>/lessons`), a lesson is a unit
(its UUID is the block id), its lecture HTML is an html component (`<lesson>/lecture`) and
each of its quizzes a capa problem (`<lesson>/quiz-<n>`). The canonical editor payload is
the source of truth for structure. Saves send exactly the documented fields: TutorFlow
validates bodies against a whitelist and refuses any property it does not know.

Preview URLs and edit tokens are credentials (anyone holding one can edit the course for an
hour). The models here keep them in dedicated fields that the adapter hands to the redactor
and never copies into a neutral result; list answers' share-form preview links and per-lesson
links are not read at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from coursewright.capa import is_blank_html
from coursewright.errors import InvalidInput, Unavailable
from coursewright.model import (
    Block,
    Brief,
    CourseStatus,
    OutlineSection,
    TaskOptions,
    TaskStatus,
)
from coursewright.providers.tutorflow.content import Generated, quiz_to_capa

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


def lesson_count(options: TaskOptions, outline: Sequence[OutlineSection] | None = None) -> int:
    """How many lessons a create asks for: one per unit of the agent's outline, else the option or 5."""
    if outline:
        return sum(len(sub.units) for section in outline for sub in section.subsections)
    return options.lesson_count or DEFAULT_LESSON_COUNT


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


def _invalid_answer(what: str) -> Unavailable:
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
        raise _invalid_answer("a course request") from None


class RequestPage(_Wire):
    items: list[WireRequest] = Field(default_factory=list)
    total: int = 0


def parse_request_page(payload: Any) -> RequestPage:
    """A list page. Its share-form preview links are dropped here, unread (see the module note)."""
    if not isinstance(payload, dict):
        raise _invalid_answer("the course list")
    items = payload.get("items") or []
    cleaned = [
        {k: v for k, v in item.items() if k not in ("previewUrl", "editUrl")}
        for item in items
        if isinstance(item, dict)
    ]
    try:
        return RequestPage.model_validate({"items": cleaned, "total": payload.get("total") or len(cleaned)})
    except ValidationError:
        raise _invalid_answer("the course list") from None


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
        raise _invalid_answer("a request for an edit token") from None


def request_detail(request: WireRequest) -> str:
    """One line on where a course request stands (never a URL: those are credentials or unreleased)."""
    match request.status:
        case "COMPLETED":
            lessons = request.lessonCount if request.lessonCount is not None else len(request.lessons or [])
            return f"TutorFlow finished generating '{request.title or 'the course'}' ({lessons} lessons)."
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


def poll_after_s(request: WireRequest) -> float:
    return round((request.pollAfterMs or 0) / 1000.0, 3)


# -- the canonical editor payload ------------------------------------------------------------------


class CanonicalChapter(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    title: str = ""
    slug: str | None = None
    sequence: int = 0


#: What a full-lesson save may carry (the route refuses unknown properties).
FULL_LESSON_FIELDS = frozenset(
    {"title", "type", "chapterId", "sequence", "lecture", "content", "quizzes", "problems", "metadata"}
)


class CanonicalLesson(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    chapterId: str | None = None
    title: str = ""
    description: str | None = None
    slug: str | None = None
    type: str | None = None
    sequence: int = 0
    lecture: str | None = None
    content: Any = None
    quizzes: list[Any] = Field(default_factory=list)
    problems: list[Any] = Field(default_factory=list)
    metadata: Any = None

    @property
    def is_empty(self) -> bool:
        return is_blank_html(self.lecture) and not self.quizzes

    def full_payload(self) -> dict[str, Any]:
        """The body of a full-lesson save: the fields the route documents, nothing else."""
        return self.model_dump(mode="json", include=FULL_LESSON_FIELDS, exclude_none=True)


class Canonical(BaseModel):
    model_config = ConfigDict(extra="ignore")

    title: str = ""
    description: str | None = None
    slug: str | None = None
    chapters: list[CanonicalChapter] = Field(default_factory=list)
    lessons: list[CanonicalLesson] = Field(default_factory=list)

    def ordered_chapters(self) -> list[CanonicalChapter]:
        return sorted(self.chapters, key=lambda c: c.sequence)

    def lessons_of(self, chapter_id: str) -> list[CanonicalLesson]:
        return sorted((x for x in self.lessons if x.chapterId == chapter_id), key=lambda x: x.sequence)

    def chapter(self, chapter_id: str) -> CanonicalChapter | None:
        return next((c for c in self.chapters if c.id == chapter_id), None)

    def lesson(self, lesson_id: str) -> CanonicalLesson | None:
        return next((x for x in self.lessons if x.id == lesson_id), None)

    def payload(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)


def parse_canonical(payload: Any) -> Canonical:
    if isinstance(payload, dict):
        for wrapper in ("course", "data"):
            inner = payload.get(wrapper)
            if isinstance(inner, dict) and "lessons" in inner and "lessons" not in payload:
                payload = inner
                break
    try:
        return Canonical.model_validate(payload)
    except ValidationError:
        raise _invalid_answer("the course's canonical payload") from None


def parse_lesson(payload: Any) -> CanonicalLesson:
    if isinstance(payload, dict) and isinstance(payload.get("lesson"), dict):
        payload = payload["lesson"]
    try:
        return CanonicalLesson.model_validate(payload)
    except ValidationError:
        raise _invalid_answer("a lesson") from None


def resequenced(canonical: Canonical) -> Canonical:
    """Chapters numbered 1.. in their order; lessons numbered 1.. across the course, chapter by chapter."""
    chapters = [c.model_copy(update={"sequence": n}) for n, c in enumerate(canonical.ordered_chapters(), 1)]
    lessons: list[CanonicalLesson] = []
    for chapter in chapters:
        for lesson in canonical.lessons_of(chapter.id):
            lessons.append(lesson.model_copy(update={"sequence": len(lessons) + 1}))
    return canonical.model_copy(update={"chapters": chapters, "lessons": lessons})


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:60] or "chapter"


def new_chapter_id(title: str, taken: Iterable[str]) -> str:
    used = set(taken)
    base = slugify(title)
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _fold(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title.lower()).split())


def cleared(lesson: CanonicalLesson) -> CanonicalLesson:
    """The lesson without what was generated for another title."""
    content = {"blocks": []} if isinstance(lesson.content, dict) else lesson.content
    return lesson.model_copy(update={"lecture": "", "quizzes": [], "problems": [], "content": content})


def apply_outline(canonical: Canonical, outline: Sequence[OutlineSection]) -> tuple[Canonical, list[str]]:
    """The canonical payload reshaped to the agent's outline, and the lessons whose content was cleared.

    Outline sections become the chapters (existing chapter ids reused in order); units fill the
    existing lessons in order. A lesson that gets a different title loses its generated content,
    which was written for the old title: draft_content writes it again for the new one. The
    caller adds lessons first when the platform made fewer than the outline has; lessons beyond
    the outline are left out of the save.
    """
    units = [
        (index, unit)
        for index, section in enumerate(outline)
        for sub in section.subsections
        for unit in sub.units
    ]
    lessons = sorted(canonical.lessons, key=lambda x: (_chapter_rank(canonical, x), x.sequence))
    if len(lessons) < len(units):
        raise ValueError("add lessons before applying the outline")
    old_chapters = canonical.ordered_chapters()
    chapters: list[CanonicalChapter] = []
    for index, section in enumerate(outline):
        if index < len(old_chapters):
            base = old_chapters[index]
            chapters.append(
                base.model_copy(
                    update={"title": section.title, "slug": slugify(section.title), "sequence": index + 1}
                )
            )
        else:
            chapter_id = new_chapter_id(
                section.title, [c.id for c in old_chapters] + [c.id for c in chapters]
            )
            chapters.append(
                CanonicalChapter(
                    id=chapter_id, title=section.title, slug=slugify(section.title), sequence=index + 1
                )
            )
    placed: list[CanonicalLesson] = []
    renamed: list[str] = []
    for sequence, ((section_index, unit), lesson) in enumerate(zip(units, lessons, strict=False), start=1):
        changes: dict[str, Any] = {
            "title": unit.title,
            "chapterId": chapters[section_index].id,
            "sequence": sequence,
            "slug": slugify(unit.title),
        }
        if unit.kind == "problem":
            changes["type"] = QUIZ_LESSON_TYPE
        elif lesson.type == QUIZ_LESSON_TYPE:
            changes["type"] = TEXT_LESSON_TYPE
        updated = lesson.model_copy(update=changes)
        if _fold(lesson.title) != _fold(unit.title) and not lesson.is_empty:
            updated = cleared(updated)
            renamed.append(lesson.id)
        placed.append(updated)
    return canonical.model_copy(update={"chapters": chapters, "lessons": placed}), renamed


def _chapter_rank(canonical: Canonical, lesson: CanonicalLesson) -> int:
    chapter = canonical.chapter(lesson.chapterId or "")
    return chapter.sequence if chapter else 1_000_000


# -- block ids -------------------------------------------------------------------------------------


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


def with_generated(lesson: CanonicalLesson, generated: Generated) -> CanonicalLesson:
    """The lesson holding what a generate stream produced, ready for a full-lesson save."""
    changes: dict[str, Any] = {"lecture": generated.lecture, "quizzes": list(generated.quizzes)}
    if generated.problems is not None:
        changes["problems"] = list(generated.problems)
    if generated.content is not None:
        changes["content"] = generated.content
    return lesson.model_copy(update=changes)


def generate_body(canonical: Canonical, lesson: CanonicalLesson) -> dict[str, Any]:
    chapter = canonical.chapter(lesson.chapterId or "")
    return {
        "chapter": {"id": lesson.chapterId, "name": chapter.title if chapter else ""},
        "courseTitle": canonical.title,
        "courseDescription": canonical.description or "",
        "shouldGenerateImage": False,
    }
