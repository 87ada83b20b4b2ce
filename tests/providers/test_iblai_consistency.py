"""The ibl.ai provider describes one thing the same way whichever call shows it (sandbox, in process)."""

from __future__ import annotations

import pytest
from test_iblai import OUTLINE, Sandbox, native, outlined, provider_for, units_of

from coursewright.model import CourseStatus, TaskStatus
from coursewright.providers.base import no_progress
from coursewright.providers.iblai import adapter as iblai_module


@pytest.fixture(params=[False, True], ids=["sandbox", "strict"])
def sandbox(request) -> Sandbox:
    return Sandbox(strict=request.param)


@pytest.fixture
async def ibl(sandbox):
    provider = provider_for(sandbox)
    yield provider
    await provider.aclose()


@pytest.mark.anyio
async def test_cancel_task_shows_the_course_and_outline_get_task_shows(ibl):
    task, course = await outlined(ibl, OUTLINE)

    cancelled = await ibl.cancel_task(native(task.task_id))
    after = await ibl.get_task(native(task.task_id))

    assert cancelled.status is TaskStatus.CANCELLED
    assert cancelled.course_id == course.course_id and cancelled.has_outline is True
    assert cancelled == after


@pytest.mark.anyio
async def test_get_task_reports_an_attached_file_size_as_unknown_not_zero(ibl):
    task, _ = await outlined(ibl, OUTLINE)
    attached = await ibl.attach_reference(native(task.task_id), "notes.md", b"# Notes\nloops and csv")

    listed = (await ibl.get_task(native(task.task_id))).files

    assert attached.size == len(b"# Notes\nloops and csv")
    assert [(f.file_id, f.name, f.size) for f in listed] == [(attached.file_id, "notes.md", None)]


@pytest.mark.anyio
async def test_list_courses_gives_each_course_the_status_get_course_gives(ibl):
    _, outlined_course = await outlined(ibl, OUTLINE)
    _, drafting_course = await outlined(ibl, OUTLINE)
    await ibl.draft_content(
        native(drafting_course.course_id), [units_of(drafting_course)[0].id], False, no_progress
    )
    _, published_course = await outlined(ibl, OUTLINE)
    await ibl.publish(native(published_course.course_id))

    listed = {summary.course_id: summary.status for summary in await ibl.list_courses()}
    shown = {
        course.course_id: (await ibl.get_course(native(course.course_id))).status
        for course in (outlined_course, drafting_course, published_course)
    }

    assert listed == shown
    assert set(shown.values()) == {CourseStatus.OUTLINED, CourseStatus.DRAFTING, CourseStatus.PUBLISHED}


@pytest.mark.anyio
async def test_list_courses_reads_no_more_outlines_than_its_cap_and_leaves_the_rest_unknown(
    ibl, sandbox, monkeypatch
):
    monkeypatch.setattr(iblai_module, "STATUS_READS_PER_LISTING", 1)
    _, older = await outlined(ibl, OUTLINE)
    _, newer = await outlined(ibl, OUTLINE)
    sandbox.transport.sent.clear()

    listed = {summary.course_id: summary.status for summary in await ibl.list_courses()}

    structure_reads = [line for line in sandbox.transport.sent if "/course/" in line and "outline" in line]
    assert len(structure_reads) == 1
    assert listed == {newer.course_id: CourseStatus.OUTLINED, older.course_id: None}
