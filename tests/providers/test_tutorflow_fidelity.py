"""The TutorFlow adapter where the seed is silent: tolerant reads, no save that could lose a lesson,
deletes checked after the save, one current edit token. Each runs against both emulator readings."""

from __future__ import annotations

import pytest
from test_tutorflow import Sandbox, built, native, provider_for, units_of

from coursewright.errors import Conflict
from coursewright.providers.tutorflow.canonical import (
    Canonical,
    CanonicalChapter,
    CanonicalLesson,
    parse_canonical,
)


@pytest.fixture(params=[False, True], ids=["sandbox", "strict"])
def sandbox(request) -> Sandbox:
    return Sandbox(strict=request.param)


@pytest.fixture
async def tf(sandbox):
    provider = provider_for(sandbox)
    yield provider
    await provider.aclose()


def test_a_lesson_read_with_the_add_lesson_field_names_is_understood():
    """The seed's add-lesson answer says `lectureContent` and `chapterSlug`; a read route may too."""
    canonical = parse_canonical(
        {
            "title": "T",
            "chapters": [{"id": "ch-1", "title": "One", "slug": "one-ab12", "sequence": 1}],
            "lessons": [{"id": "L1", "title": "A", "lectureContent": "<p>x</p>", "chapterSlug": "one-ab12"}],
        }
    )
    lesson = canonical.lessons[0]
    assert lesson.chapterId == "ch-1" and lesson.lecture == "<p>x</p>"
    assert "chapterSlug" not in lesson.full_payload()


@pytest.mark.anyio
async def test_a_save_that_would_drop_a_lesson_of_an_unknown_chapter_is_refused(tf, sandbox):
    _, course = await built(tf)
    request_id = native(course.course_id)
    orphan = Canonical(
        title="T",
        chapters=[CanonicalChapter(id="known", title="Known", sequence=1)],
        lessons=[
            CanonicalLesson(id="a", chapterId="known", title="Kept"),
            CanonicalLesson(id="b", chapterId="nowhere", title="Orphan"),
        ],
    )
    sandbox.transport.sent.clear()
    with pytest.raises(Conflict) as refused:
        await tf.editor._save(request_id, orphan)
    assert "Orphan" in refused.value.what and "nothing was saved" in refused.value.what
    assert not any(line.startswith("PATCH") for line in sandbox.transport.sent)


@pytest.mark.anyio
async def test_a_deleted_lesson_is_checked_after_the_save_and_a_merging_save_is_reported(tf, sandbox):
    _, course = await built(tf)
    request_id = native(course.course_id)
    unit = units_of(course)[-1]
    if sandbox.strict:  # the save merges: the lesson is still there, and the user is told so
        with pytest.raises(Conflict) as kept:
            await tf.delete_block(request_id, unit.id)
        assert "kept" in kept.value.what and "editor_link" in kept.value.next_step
        assert unit.id in {b.id for b in (await tf.get_course(request_id)).blocks()}
    else:
        removed = await tf.delete_block(request_id, unit.id)
        assert unit.id in removed
        assert unit.id not in {b.id for b in (await tf.get_course(request_id)).blocks()}


@pytest.mark.anyio
async def test_the_editor_link_stays_valid_after_coursewright_edits_again(tf, sandbox):
    """Strict revokes the old token when a new one is minted: link and edits share the current one."""
    _, course = await built(tf)
    request_id = native(course.course_id)
    link = await tf.editor_link(request_id)
    unit = units_of(course)[0]
    await tf.update_block(request_id, unit.id, "Renamed after the link", None)
    live = [t for t in sandbox.emulator.tokens.values() if sandbox.emulator.token_is_live(t)]
    assert any(token.value in link for token in live)


@pytest.mark.anyio
async def test_a_lesson_added_without_content_gets_the_type_tutorflow_infers(tf, sandbox):
    """The seed's `infer-type` picks the type of a new lesson (not always markdown)."""
    _, course = await built(tf)
    request_id = native(course.course_id)
    subsection = next(b for b in course.blocks() if b.type == "subsection")
    made = await tf.create_block(request_id, subsection.id, "unit", "Key terms flashcards", None, "last")
    lesson = next(x for x in sandbox.emulator.requests[request_id].course.lessons if x.id == made)
    assert lesson.type == "flashcard"
    assert any(line.endswith("/infer-type") for line in sandbox.transport.sent)
    written = await tf.create_block(
        request_id, subsection.id, "unit", "Key terms, written", "<p>x</p>", "last"
    )
    assert (
        next(x for x in sandbox.emulator.requests[request_id].course.lessons if x.id == written).type
        == "markdown"
    )


@pytest.mark.anyio
async def test_a_lost_data_folder_does_not_hide_the_accounts_paid_courses(tf, sandbox, tmp_path):
    task, course = await built(tf)
    finished = await tf.get_task(native(task.task_id))
    assert "TutorFlow billed $" in (finished.detail or "")  # priceSnapshot: the amount actually billed
    fresh = provider_for(sandbox, data_dir=tmp_path / "another-folder")
    listed = {summary.course_id: summary for summary in await fresh.list_courses()}
    await fresh.aclose()
    assert course.course_id in listed
    shown = listed[course.course_id]
    assert "not in this server's records" in shown.title and "TutorFlow billed $" in shown.title
    mine = {summary.course_id for summary in await tf.list_courses()}
    assert mine == {course.course_id}  # a course this server made is listed once
