"""TutorFlow: the agent's outline imposed on the course TutorFlow generated from the prompt.

TutorFlow builds a course from a prompt only; once it exists, the agent's outline is imposed with
one canonical save (lessons added first where TutorFlow made fewer than the outline has).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from coursewright.model import OutlineSection
from coursewright.providers.tutorflow import wire
from coursewright.providers.tutorflow.canonical import apply_outline
from coursewright.providers.tutorflow.client import TutorFlowClient
from coursewright.providers.tutorflow.edits import Editor


class OutlineBuilder:
    def __init__(self, client: TutorFlowClient, editor: Editor) -> None:
        self.client = client
        self.editor = editor

    async def impose_outline(
        self, request_id: str, outline: Sequence[OutlineSection], still_pending: Callable[[], Awaitable[bool]]
    ) -> list[str] | None:
        """Reshape the generated course to the outline; the lessons cleared (None: someone else did it)."""
        async with self.editor.lock:
            if not await still_pending():
                return None
            canonical = await self.client.canonical(request_id)
            units = [unit for section in outline for sub in section.subsections for unit in sub.units]
            missing = len(units) - len(canonical.lessons)
            if missing > 0:
                # TutorFlow made fewer lessons than asked (billing follows what it made): add the rest.
                last = canonical.ordered_chapters()[-1].sequence if canonical.chapters else 1
                known = {lesson.id for lesson in canonical.lessons}
                for unit in units[-missing:]:
                    kind = (
                        wire.QUIZ_LESSON_TYPE
                        if unit.kind == "problem"
                        else await self.editor.lesson_type(request_id, canonical, unit.title)
                    )
                    body = {"title": unit.title, "type": kind, "quizCount": 0, "chapterSequence": last}
                    known.add(await self.editor.add_lesson(request_id, body, known))
                canonical = await self.client.canonical(request_id)
            reshaped, cleared = apply_outline(canonical, outline)
            await self.client.save_canonical(request_id, reshaped)
            return cleared
