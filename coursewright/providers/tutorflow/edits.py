"""Changing a TutorFlow course through its editor API: structure by canonical saves, lessons one by one.

Structure changes read the canonical payload fresh and save it whole; lesson content goes through
the full-lesson route by UUID (TutorFlow's advice: UUIDs survive reordering). Both write whole
states, so one lock (shared with `build` and `content`) keeps a save built on a stale read from
undoing a concurrent one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import anyio

from coursewright.capa import is_blank_html
from coursewright.errors import (
    Conflict,
    InvalidInput,
    NotFound,
    NotSupported,
    OutcomeUnknown,
    Unavailable,
)
from coursewright.model import Position
from coursewright.providers.tutorflow import tree, wire
from coursewright.providers.tutorflow.canonical import (
    Canonical,
    CanonicalChapter,
    CanonicalLesson,
    moved_lessons,
    new_chapter_id,
    reordered_chapters,
    resequenced,
    same_set,
    slugify,
    unplaced,
)
from coursewright.providers.tutorflow.client import TutorFlowClient
from coursewright.providers.tutorflow.formats import capa_to_quiz

_FLAT = (
    "TutorFlow has chapters and lessons only, so each section holds exactly one stand-in subsection "
    f"('{wire.SUBSECTION_TITLE}')."
)


def _index(position: Position, length: int) -> int:
    """0-based insertion index among `length` siblings."""
    if position == "first":
        return 0
    if position == "last":
        return length
    return max(0, min(int(position) - 1, length))


def _is_problem(content: str) -> bool:
    return content.lstrip().startswith("<problem")


class Editor:
    def __init__(self, client: TutorFlowClient) -> None:
        self.client = client
        self.lock = anyio.Lock()

    async def _resolve(
        self, request_id: str, block_id: str, role: str = "block"
    ) -> tuple[Canonical, tree.BlockRef]:
        canonical = await self.client.canonical(request_id)
        ref = tree.resolve_block(canonical, request_id, block_id)
        if ref is None:
            raise NotFound(
                f"The {role} {block_id!r} is not in course tutorflow:{request_id}.",
                "Call get_course to see the current block ids.",
            )
        return canonical, ref

    async def _save(self, request_id: str, canonical: Canonical, gone: Sequence[str] = ()) -> None:
        """Save the whole curriculum; never one that would lose a lesson, and check what it removed.

        A lesson whose chapter is not recognised would be left out of the save, and a save may
        replace the curriculum: refused instead. The seed does not say whether what a save leaves
        out is deleted, so `gone` (lesson and chapter ids meant to go) is checked by reading again.
        """
        lost = unplaced(canonical)
        if lost:
            names = ", ".join(repr(x.title or x.id) for x in lost[:3])
            raise Conflict(
                f"TutorFlow lists {len(lost)} lesson(s) whose chapter coursewright cannot recognise ({names}); "
                "saving the curriculum now could delete them, so nothing was saved.",
                "Open the course in TutorFlow's editor (editor_link) and put those lessons into a chapter, "
                "then retry.",
            )
        await self.client.save_canonical(request_id, resequenced(canonical))
        if gone:
            after = await self.client.canonical(request_id)
            kept = [x for x in gone if after.lesson(x) is not None or after.chapter(x) is not None]
            if kept:
                raise Conflict(
                    f"TutorFlow saved the curriculum but kept {len(kept)} of the blocks meant to go "
                    f"({', '.join(kept[:3])}): this deployment merges saves instead of replacing them.",
                    "Delete them in TutorFlow's editor (editor_link); get_course shows what is there now.",
                )

    async def add_lesson(self, request_id: str, body: dict[str, Any], known: set[str]) -> str:
        """Add one lesson; a lost answer is looked up (a new lesson of that title) before adding again."""
        for attempt in (1, 2):
            try:
                return (await self.client.add_lesson(request_id, body)).id
            except OutcomeUnknown:
                canonical = await self.client.canonical(request_id)
                found = [x.id for x in canonical.lessons if x.id not in known and x.title == body["title"]]
                if found:
                    return found[-1]
                if attempt == 2:
                    raise OutcomeUnknown(
                        f"TutorFlow lost the answer to adding the lesson '{body['title']}' twice, and it is not in "
                        "the course, so whether it was added is unknown.",
                        "Call get_course in a minute; add the lesson again only if it is still missing.",
                    ) from None
        raise AssertionError("unreachable")

    # -- create --------------------------------------------------------------------------------------

    async def create_block(
        self,
        request_id: str,
        parent_id: str,
        block_type: str,
        display_name: str,
        content: str | None,
        position: Position,
    ) -> str:
        if block_type == "subsection":
            raise NotSupported(
                f"The tutorflow provider cannot add subsections: {_FLAT}",
                "Create a section (a new chapter) instead, or add units under an existing section's subsection.",
            )
        if block_type == "video":
            raise NotSupported(
                "The tutorflow provider cannot add video components: TutorFlow lessons hold a lecture and quizzes.",
                "Embed the video in the lecture HTML with edit_xblock(action='update') on the unit instead.",
            )
        async with self.lock:
            canonical, parent = await self._resolve(request_id, parent_id, "parent")
            if block_type == "section":
                return await self._add_chapter(request_id, canonical, display_name, position)
            if block_type == "unit":
                assert parent.chapter_id is not None
                return await self._add_unit(
                    request_id, canonical, parent.chapter_id, display_name, content, position
                )
            assert parent.lesson_id is not None
            lesson = canonical.lesson(parent.lesson_id)
            assert lesson is not None
            if not content or not content.strip():
                raise InvalidInput(
                    f"A TutorFlow {'lecture' if block_type == 'html' else 'quiz'} cannot be created empty.",
                    "Pass its content: HTML for an html component, a single-choice <problem> for a problem.",
                )
            if block_type == "html":
                if not is_blank_html(lesson.lecture):
                    raise Conflict(
                        f"Lesson '{lesson.title}' already has its lecture ({tree.lecture_id(lesson.id)}); a TutorFlow "
                        "lesson holds one.",
                        f"Change it with edit_xblock(action='update', block_id='{tree.lecture_id(lesson.id)}').",
                    )
                await self.client.save_lesson(request_id, lesson.model_copy(update={"lecture": content}))
                return tree.lecture_id(lesson.id)
            quiz = capa_to_quiz(content, like=lesson.quizzes[0] if lesson.quizzes else None)
            offset = 0 if is_blank_html(lesson.lecture) else 1
            index = max(0, min(_index(position, len(lesson.quizzes) + offset) - offset, len(lesson.quizzes)))
            quizzes = list(lesson.quizzes)
            quizzes.insert(index, quiz)
            await self.client.save_lesson(request_id, lesson.model_copy(update={"quizzes": quizzes}))
            return tree.quiz_id(lesson.id, index)

    async def lesson_type(self, request_id: str, canonical: Canonical, title: str) -> str:
        """The type TutorFlow's `infer-type` picks for a new lesson of this title; markdown if it cannot say."""
        body = {
            "lessonTitle": title,
            "courseTitle": canonical.title,
            "existingLessons": [{"title": x.title, "type": x.type} for x in canonical.lessons if x.type][:50],
        }
        if canonical.description:
            body["courseDescription"] = canonical.description
        try:
            return await self.client.infer_type(request_id, body) or wire.TEXT_LESSON_TYPE
        except (InvalidInput, NotFound, Unavailable, OutcomeUnknown):
            return wire.TEXT_LESSON_TYPE

    async def _add_chapter(
        self, request_id: str, canonical: Canonical, title: str, position: Position
    ) -> str:
        chapters = canonical.ordered_chapters()
        chapter_id = new_chapter_id(title, [c.id for c in chapters])
        chapters.insert(
            _index(position, len(chapters)),
            CanonicalChapter(id=chapter_id, title=title, slug=slugify(title)),
        )
        renumbered = [c.model_copy(update={"sequence": n}) for n, c in enumerate(chapters, start=1)]
        await self._save(request_id, canonical.model_copy(update={"chapters": renumbered}))
        return chapter_id

    async def _add_unit(
        self,
        request_id: str,
        canonical: Canonical,
        chapter_id: str,
        title: str,
        content: str | None,
        position: Position,
    ) -> str:
        chapter = canonical.chapter(chapter_id)
        assert chapter is not None
        siblings = canonical.lessons_of(chapter_id)
        problem = bool(content) and _is_problem(content or "")
        if problem:
            kind = wire.QUIZ_LESSON_TYPE
        elif content is None:
            kind = await self.lesson_type(request_id, canonical, title)
        else:
            kind = wire.TEXT_LESSON_TYPE  # the agent's own page: a reading lesson holds it as written
        body = {"title": title, "type": kind, "quizCount": 0, "chapterSequence": chapter.sequence}
        lesson_id = await self.add_lesson(request_id, body, {x.id for x in canonical.lessons})
        index = _index(position, len(siblings))
        if content is None and index == len(siblings):
            return lesson_id
        fresh = await self.client.canonical(request_id)
        lesson = fresh.lesson(lesson_id)
        if lesson is None:
            raise Unavailable(
                f"TutorFlow added the lesson '{title}' but does not list it yet.",
                "Call get_course in a moment to see it, then set its content or position with edit_xblock.",
            )
        if content is not None:
            lesson = self._with_content(lesson, content)
        order = [x for x in fresh.lessons_of(chapter_id) if x.id != lesson_id]
        order.insert(index, lesson)
        sequence_of = {x.id: n for n, x in enumerate(order)}
        lessons = [
            (lesson if x.id == lesson_id else x).model_copy(
                update={"sequence": sequence_of[x.id]} if x.id in sequence_of else {}
            )
            for x in fresh.lessons
        ]
        await self._save(request_id, fresh.model_copy(update={"lessons": lessons}))
        return lesson_id

    @staticmethod
    def _with_content(lesson: CanonicalLesson, content: str) -> CanonicalLesson:
        """Content sent to a unit: HTML is its lecture; a problem replaces its first quiz (or becomes it)."""
        if _is_problem(content):
            quiz = capa_to_quiz(content, like=lesson.quizzes[0] if lesson.quizzes else None)
            return lesson.model_copy(update={"quizzes": [quiz, *lesson.quizzes[1:]]})
        return lesson.model_copy(update={"lecture": content})

    # -- update --------------------------------------------------------------------------------------

    async def update_block(
        self, request_id: str, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        async with self.lock:
            canonical, ref = await self._resolve(request_id, block_id)
            if ref.role in ("course", "section", "subsection") and content is not None:
                raise InvalidInput(
                    f"A {ref.role} holds no content of its own.",
                    "Send content to a unit or to one of its html or problem components.",
                )
            if ref.role == "course":
                if display_name:
                    await self.client.update_course(request_id, display_name.strip())
                return
            if ref.role == "section":
                if display_name:
                    chapters = [
                        c.model_copy(update={"title": display_name.strip()}) if c.id == ref.chapter_id else c
                        for c in canonical.chapters
                    ]
                    await self._save(request_id, canonical.model_copy(update={"chapters": chapters}))
                return
            if ref.role == "subsection":
                raise InvalidInput(
                    f"The subsection {block_id!r} cannot be renamed: {_FLAT}",
                    f"Rename the section ({ref.chapter_id}) instead.",
                )
            assert ref.lesson_id is not None
            lesson = canonical.lesson(ref.lesson_id)
            assert lesson is not None
            if ref.role == "problem":
                if display_name is not None:
                    raise InvalidInput(
                        "TutorFlow quizzes have no titles of their own, so a problem cannot be renamed.",
                        "Rename the unit (the lesson) instead, or send only content for the problem.",
                    )
                assert ref.quiz_index is not None and content is not None
                quizzes = list(lesson.quizzes)
                quizzes[ref.quiz_index] = capa_to_quiz(content, like=quizzes[ref.quiz_index])
                lesson = lesson.model_copy(update={"quizzes": quizzes})
            elif content is not None:
                lesson = (
                    lesson.model_copy(update={"lecture": content})
                    if ref.role == "html"
                    else self._with_content(lesson, content)
                )
            if display_name:
                lesson = lesson.model_copy(update={"title": display_name.strip()})
            await self.client.save_lesson(request_id, lesson)

    # -- delete --------------------------------------------------------------------------------------

    async def delete_block(self, request_id: str, block_id: str) -> list[str]:
        async with self.lock:
            canonical, ref = await self._resolve(request_id, block_id)
            root = tree.course_tree(request_id, canonical, include_content=False)
            block = next(b for b in root.walk() if b.id == block_id)
            removed = [b.id for b in block.walk()]
            if ref.role == "course":
                raise InvalidInput(
                    "edit_xblock cannot delete the course itself.", "Use delete_course for that."
                )
            if ref.role == "subsection":
                raise InvalidInput(
                    f"The subsection {block_id!r} cannot be deleted on its own: {_FLAT}",
                    f"Delete the section ({ref.chapter_id}) with everything in it, or its units one by one.",
                )
            if ref.role == "section":
                chapters = [c for c in canonical.chapters if c.id != ref.chapter_id]
                lessons = [x for x in canonical.lessons if x.chapterId != ref.chapter_id]
                gone = [
                    ref.chapter_id or "",
                    *(x.id for x in canonical.lessons if x.chapterId == ref.chapter_id),
                ]
                await self._save(
                    request_id, canonical.model_copy(update={"chapters": chapters, "lessons": lessons}), gone
                )
                return removed
            if ref.role == "unit":
                lessons = [x for x in canonical.lessons if x.id != ref.lesson_id]
                await self._save(
                    request_id, canonical.model_copy(update={"lessons": lessons}), [ref.lesson_id or ""]
                )
                return removed
            assert ref.lesson_id is not None
            lesson = canonical.lesson(ref.lesson_id)
            assert lesson is not None
            if ref.role == "html":
                await self.client.save_lesson(request_id, lesson.model_copy(update={"lecture": ""}))
            else:
                quizzes = [q for i, q in enumerate(lesson.quizzes) if i != ref.quiz_index]
                await self.client.save_lesson(request_id, lesson.model_copy(update={"quizzes": quizzes}))
            return removed

    # -- reorder -------------------------------------------------------------------------------------

    async def reorder_children(self, request_id: str, parent_id: str, children: list[str]) -> None:
        async with self.lock:
            canonical, ref = await self._resolve(request_id, parent_id, "parent")
            if len(set(children)) != len(children):
                raise InvalidInput(
                    "children lists a block more than once.", "Pass each child id exactly once."
                )
            if ref.role == "course":
                await self._save(request_id, reordered_chapters(canonical, children, request_id))
            elif ref.role == "section":
                expected = [tree.subsection_id(ref.chapter_id or "")]
                if children != expected:
                    raise InvalidInput(
                        f"Section {parent_id!r} has exactly one child, {expected[0]!r}: {_FLAT}",
                        "To move lessons, reorder the children of a section's subsection ('<section id>/lessons').",
                    )
            elif ref.role == "subsection":
                await self._save(
                    request_id, moved_lessons(canonical, ref.chapter_id or "", children, parent_id)
                )
            elif ref.role == "unit":
                await self._reorder_components(request_id, canonical, ref.lesson_id or "", children)
            else:
                raise InvalidInput(
                    f"{parent_id!r} is a {ref.role} component and has no children to reorder.",
                    "Pass a course, section, subsection or unit id as parent_id.",
                )

    async def _reorder_components(
        self, request_id: str, canonical: Canonical, lesson_id: str, children: list[str]
    ) -> None:
        lesson = canonical.lesson(lesson_id)
        assert lesson is not None
        block = tree.lesson_block(lesson, include_content=False)
        same_set([c.id for c in block.children], children, lesson_id)
        lecture = tree.lecture_id(lesson_id)
        if lecture in children and children[0] != lecture:
            raise InvalidInput(
                "A TutorFlow lesson always shows its lecture first, then its quizzes.",
                f"Keep {lecture!r} first and reorder only the quizzes after it.",
            )
        quiz_order = [c for c in children if c != lecture]
        index_of = {tree.quiz_id(lesson_id, i): i for i in range(len(lesson.quizzes))}
        quizzes = [lesson.quizzes[index_of[c]] for c in quiz_order]
        await self.client.save_lesson(request_id, lesson.model_copy(update={"quizzes": quizzes}))
