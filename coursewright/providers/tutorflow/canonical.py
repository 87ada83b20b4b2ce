"""TutorFlow's canonical editor payload: its models, and reshaping it (outline, order, sequence,
generated lessons). Pure functions, no I/O.

The canonical payload is the source of truth for structure. Saves send exactly the documented
fields: TutorFlow validates bodies against a whitelist and refuses any property it does not know.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from coursewright.capa import is_blank_html
from coursewright.errors import InvalidInput
from coursewright.model import OutlineSection
from coursewright.providers.tutorflow.formats import Generated
from coursewright.providers.tutorflow.wire import QUIZ_LESSON_TYPE, TEXT_LESSON_TYPE, invalid_answer


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
    #: Read only (never saved): the add-lesson answer's name for the chapter, resolved to `chapterId`.
    chapterSlug: str | None = Field(None, exclude=True)
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

    @model_validator(mode="before")
    @classmethod
    def _tolerant(cls, data: Any) -> Any:
        """The seed's add-lesson answer says `lectureContent`; a read route may too."""
        if isinstance(data, dict) and data.get("lecture") is None and "lectureContent" in data:
            data = {**data, "lecture": data["lectureContent"]}
        return data

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
        canonical = Canonical.model_validate(payload)
    except ValidationError:
        raise invalid_answer("the course's canonical payload") from None
    return with_chapters_resolved(canonical)


def with_chapters_resolved(canonical: Canonical) -> Canonical:
    """Lessons that name their chapter by slug (`chapterSlug`) get its id, where a chapter has that slug."""
    by_name = {c.slug: c.id for c in canonical.chapters if c.slug} | {c.id: c.id for c in canonical.chapters}
    lessons = [
        x.model_copy(update={"chapterId": by_name[x.chapterSlug]})
        if x.chapterId is None and x.chapterSlug in by_name
        else x
        for x in canonical.lessons
    ]
    return canonical.model_copy(update={"lessons": lessons})


def unplaced(canonical: Canonical) -> list[CanonicalLesson]:
    """Lessons whose chapter is not one of the course's chapters (a save would lose them)."""
    ids = {c.id for c in canonical.chapters}
    return [x for x in canonical.lessons if x.chapterId not in ids]


def parse_lesson(payload: Any) -> CanonicalLesson:
    if isinstance(payload, dict) and isinstance(payload.get("lesson"), dict):
        payload = payload["lesson"]
    try:
        return CanonicalLesson.model_validate(payload)
    except ValidationError:
        raise invalid_answer("a lesson") from None


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


def same_set(current: Sequence[str], children: Sequence[str], parent: str) -> None:
    """Refuse a reorder of `parent` that does not list each of its `current` children exactly once."""
    missing = [c for c in current if c not in children]
    extra = [c for c in children if c not in current]
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"missing {', '.join(missing[:5])}")
        if extra:
            parts.append(f"not children of it: {', '.join(extra[:5])}")
        raise InvalidInput(
            f"children must list every current child of {parent!r} exactly once ({'; '.join(parts)}).",
            "Call get_course for the current children and send all of them in the new order.",
        )


def reordered_chapters(canonical: Canonical, children: list[str], course: str) -> Canonical:
    """The chapters in the order `children` gives (every chapter of `course`, once each)."""
    same_set([c.id for c in canonical.ordered_chapters()], children, course)
    rank = {chapter_id: n for n, chapter_id in enumerate(children, start=1)}
    chapters = [c.model_copy(update={"sequence": rank[c.id]}) for c in canonical.chapters]
    return canonical.model_copy(update={"chapters": chapters})


def moved_lessons(canonical: Canonical, chapter_id: str, children: list[str], parent: str) -> Canonical:
    """The chapter's lessons in the order `children` gives, lessons from other chapters moved into it."""
    current = [x.id for x in canonical.lessons_of(chapter_id)]
    not_lessons = [c for c in children if canonical.lesson(c) is None]
    missing = [c for c in current if c not in children]
    if not_lessons or missing:
        parts = [f"missing {', '.join(missing[:5])}"] if missing else []
        parts += [f"not units of this course: {', '.join(not_lessons[:5])}"] if not_lessons else []
        raise InvalidInput(
            f"children must list every current unit of {parent!r}, plus any unit to "
            f"move here ({'; '.join(parts)}).",
            "Call get_course for the current units and send all of them in the new order.",
        )
    rank = {lesson_id: n for n, lesson_id in enumerate(children)}
    lessons = [
        x.model_copy(update={"chapterId": chapter_id, "sequence": rank[x.id]}) if x.id in rank else x
        for x in canonical.lessons
    ]
    return canonical.model_copy(update={"lessons": lessons})


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
