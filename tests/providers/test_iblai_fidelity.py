"""The ibl.ai adapter follows the seed where it is explicit and survives where it is silent.

Each test names the seed's line (or its silence) it checks; the sandbox fixture runs each one
against the default emulator and its strict reading of the seed.
"""

from __future__ import annotations

import httpx2
import pytest
from test_iblai import BRIEF, OUTLINE, Sandbox, native, outlined, provider_for, settings, units_of

from coursewright.doctor import iblai_auth_report
from coursewright.errors import Conflict, InvalidInput
from coursewright.model import TaskOptions
from coursewright.providers.base import no_progress
from coursewright.providers.iblai.adapter import IblaiProvider
from coursewright.providers.iblai.auth import read_memory


@pytest.fixture(params=[False, True], ids=["sandbox", "strict"])
def sandbox(request) -> Sandbox:
    return Sandbox(strict=request.param)


@pytest.fixture
async def ibl(sandbox):
    provider = provider_for(sandbox)
    yield provider
    await provider.aclose()


class Keywords(httpx2.AsyncBaseTransport):
    """The Authorization keyword of every request, then the sandbox."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.seen: list[str] = []

    async def handle_async_request(self, request):
        self.seen.append(request.headers["authorization"].split()[0])
        return await self.sandbox.transport.handle_async_request(request)


# --- explicit in the seed ---------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_seeds_token_keyword_is_sent_by_default(sandbox):
    spy = Keywords(sandbox)
    provider = IblaiProvider.from_settings(settings(), transport=spy)
    await provider.create_task(BRIEF, TaskOptions())
    await provider.get_task("1")
    await provider.aclose()
    assert spy.seen and set(spy.seen) == {"Token"}


@pytest.mark.anyio
async def test_a_401_to_the_configured_keyword_tries_the_other_once_and_remembers_it(tmp_path):
    """A deployment that takes only `Token` (strict) still works when `Api-Token` is configured."""
    sandbox = Sandbox(strict=True)
    spy = Keywords(sandbox)
    configured = settings(iblai_auth_scheme="Api-Token", data_dir=tmp_path)
    provider = IblaiProvider.from_settings(configured, transport=spy)
    task = await provider.create_task(BRIEF, TaskOptions())
    await provider.get_task(native(task.task_id))
    await provider.aclose()
    assert spy.seen[:3] == ["Api-Token", "Token", "Token"]
    assert spy.seen.count("Api-Token") == 1 and len(sandbox.emulator.tasks) == 1
    remembered = next(iter(read_memory(tmp_path).values()))
    assert remembered["scheme"] == "Token"
    assert iblai_auth_report(configured).startswith("Token (accepted by the platform")
    # A new process starts with what worked.
    again = Keywords(sandbox)
    provider = IblaiProvider.from_settings(configured, transport=again)
    await provider.get_task(native(task.task_id))
    await provider.aclose()
    assert again.seen and set(again.seen) == {"Token"}


def test_doctor_says_the_keyword_is_unconfirmed_before_any_call(tmp_path):
    report = iblai_auth_report(settings(data_dir=tmp_path))
    assert report.startswith("Token (configured, not yet confirmed")


@pytest.mark.anyio
async def test_content_is_sent_on_update_only_to_html_and_problem(ibl, sandbox):
    _, course = await outlined(ibl, OUTLINE)
    number = native(course.course_id)
    unit = units_of(course)[0]
    video = await ibl.create_block(number, unit.id, "video", "Walkthrough", "<p>embed</p>", "last")
    with pytest.raises(InvalidInput) as refused:
        await ibl.update_block(number, video, None, "<p>another embed</p>")
    assert "delete" in refused.value.next_step.lower()
    assert not any("update-xblock" in sent for sent in sandbox.transport.sent)
    await ibl.update_block(number, video, "Walkthrough, revisited", None)  # a title is fine
    html = await ibl.create_block(number, unit.id, "html", "Notes", "<p>first</p>", "last")
    await ibl.update_block(number, html, None, "<p>second</p>")
    shown = await ibl.get_course(number, include_content=True)
    assert next(b for b in shown.blocks() if b.id == html).content == "<p>second</p>"


@pytest.mark.anyio
async def test_files_are_refused_once_the_pipeline_was_started(ibl, sandbox):
    """The seed: files attached after create-course-outline *or start* are ignored."""
    task = await ibl.create_task(BRIEF, TaskOptions())
    await ibl.run_pipeline(native(task.task_id))
    with pytest.raises(Conflict) as refused:
        await ibl.attach_reference(native(task.task_id), "notes.md", b"# late")
    assert "start" in refused.value.what
    assert not any(sent.startswith("POST course-creation/files") for sent in sandbox.transport.sent)


# --- silent in the seed -----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_create_answer_without_the_block_id_finds_the_block_under_its_parent(ibl, sandbox):
    """Strict answers create-xblock without `xblock_id`: the block exists, and is not made twice."""
    _, course = await outlined(ibl, OUTLINE)
    number = native(course.course_id)
    subsection = next(b for b in course.blocks() if b.type == "subsection")
    made = await ibl.create_block(number, subsection.id, "unit", "Bonus unit", None, "last")
    shown = await ibl.get_course(number)
    named = [b for b in shown.blocks() if b.display_name == "Bonus unit"]
    assert [b.id for b in named] == [made]


@pytest.mark.anyio
async def test_the_course_names_its_task_even_when_the_structure_does_not(ibl, sandbox):
    task, course = await outlined(ibl, OUTLINE)
    assert (await ibl.get_course(native(course.course_id))).task_id == task.task_id


@pytest.mark.anyio
async def test_draft_all_is_not_used_once_a_unit_has_content_so_nothing_written_is_overwritten(ibl, sandbox):
    """The seed does not say draft-all spares drafted units (strict re-drafts them all)."""
    _, course = await outlined(ibl, OUTLINE)
    number = native(course.course_id)
    first = units_of(course)[0]
    await ibl.update_block(number, first.id, None, "<p>Written by the instructor.</p>")
    result = await ibl.draft_content(number, None, False, no_progress)
    assert result.started is False and first.id in result.skipped
    assert len(result.drafted) == len(units_of(course)) - 1
    sandbox.clock.advance(3600)
    shown = await ibl.get_course(number, include_content=True)
    kept = next(b for b in shown.blocks() if b.id == first.id)
    assert [c.content for c in kept.children] == ["<p>Written by the instructor.</p>"]
    assert not any("draft-content-for-all-units" in sent for sent in sandbox.transport.sent)


@pytest.mark.anyio
async def test_a_delete_reports_what_is_really_gone_read_back_from_the_course(ibl, sandbox):
    """The seed promises no field of the delete answer: what was removed is read back."""
    _, course = await outlined(ibl, OUTLINE)
    number = native(course.course_id)
    section = course.root.children[0]
    removed = await ibl.delete_block(number, section.id)
    assert set(removed) == {b.id for b in section.walk()}
    other = course.root.children[1]

    async def answered_but_kept(course_number, block_id):
        return {"success": True, "detail": "Deleted."}

    ibl.edits.client.delete_xblock = answered_but_kept
    with pytest.raises(Conflict) as kept:
        await ibl.delete_block(number, other.id)
    assert "still in the course" in kept.value.what


@pytest.mark.anyio
async def test_a_course_that_lost_its_task_is_not_synced_and_the_seeds_remedy_is_given(ibl, sandbox):
    _, course = await outlined(ibl, OUTLINE)
    number = native(course.course_id)
    sandbox.emulator.courses[int(number)].task_id = None
    with pytest.raises(Conflict) as refused:
        await ibl.publish(number)
    assert "lost the link to its task" in refused.value.what
    assert "generate_outline" in refused.value.next_step


def test_doctor_reports_the_ibl_ai_keyword_among_its_lines(tmp_path):
    from coursewright.doctor import report

    lines = report(settings(data_dir=tmp_path))
    assert any(line.startswith("ibl.ai Authorization keyword: Token (configured") for line in lines)
