"""The ibl.ai provider against the ibl.ai emulator, in process: every method, faults, and the tools.

The sandbox runs on a fake clock at a tiny time scale, and its synchronous steps "take" their
time through a sleep that only yields, so nothing here waits.
"""

from __future__ import annotations

from datetime import datetime

import anyio
import httpx2
import pytest
from mcp_helpers import call, connect, example, fail

from coursewright.config import Settings
from coursewright.errors import (
    AuthFailed,
    Conflict,
    Forbidden,
    InvalidInput,
    NotConfigured,
    NotFound,
    OutcomeUnknown,
)
from coursewright.model import Brief, CourseStatus, OutlineSection, TaskOptions, TaskStatus
from coursewright.providers.base import no_progress
from coursewright.providers.http import RetryPolicy
from coursewright.providers.iblai.adapter import IblaiProvider
from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import FaultMiddleware, FaultSpec, SandboxConfig
from coursewright.server import build_server

BASE_URL = "http://sandbox/iblai"
SCALE = 0.01
BRIEF = Brief(
    name="Intro to Python for Analysts",
    description="Project-based introduction to Python for data wrangling: variables, loops and csv files.",
    target_audience="Working analysts with spreadsheet fluency and no programming background.",
    desired_number_of_sections=3,
)
OUTLINE = [
    OutlineSection.model_validate(
        {
            "title": "Getting Started",
            "subsections": [
                {"title": "Setting Up", "units": [{"title": "Installing Python"}, {"title": "First Script"}]}
            ],
        }
    ),
    OutlineSection.model_validate(
        {"title": "Data", "subsections": [{"title": "Files", "units": [{"title": "Reading CSV"}]}]}
    ),
]


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


async def yielding_sleep(seconds: float) -> None:
    """A synchronous step 'takes' its time by letting other requests run, never by waiting."""
    for _ in range(3):
        await anyio.sleep(0)


class Recording(httpx2.AsyncBaseTransport):
    """Every request sent to the sandbox, as 'METHOD /path-after-the-user', so tests can count them."""

    def __init__(self, inner: httpx2.AsyncBaseTransport) -> None:
        self.inner = inner
        self.sent: list[str] = []

    async def handle_async_request(self, request):
        path = request.url.path.split(f"/users/{keys.IBLAI_USER_ID}/", 1)[-1]
        self.sent.append(f"{request.method} {path}")
        return await self.inner.handle_async_request(request)


class Sandbox:
    def __init__(
        self, time_scale: float = SCALE, faults: str = "", seed: int = 0, strict: bool = False
    ) -> None:
        self.clock = FakeClock()
        self.strict = strict
        self.config = SandboxConfig(
            time_scale=time_scale,
            seed=seed,
            clock=self.clock,
            sleep=yielding_sleep,
            faults=FaultSpec.parse(faults),
            strict=strict,
        )
        self.app = build_sandbox_app(self.config)
        self.transport = Recording(httpx2.ASGITransport(app=self.app))

    @property
    def emulator(self):
        return self.app.state.emulators["iblai"].state.emulator


def settings(**overrides) -> Settings:
    values = {
        "iblai_api_key": keys.IBLAI_API_KEY,
        "iblai_org": keys.IBLAI_ORG,
        "iblai_user_id": keys.IBLAI_USER_ID,
        "iblai_base_url": BASE_URL,
        **overrides,
    }
    return Settings(**values)


def provider_for(sandbox: Sandbox, **overrides) -> IblaiProvider:
    # No back-off wait between retries: the policy's waits are covered by the HTTP layer's tests.
    retry = RetryPolicy(attempts=3, base_s=0.0, max_s=0.0, max_retry_after_s=0.0)
    return IblaiProvider.from_settings(settings(**overrides), transport=sandbox.transport, retry=retry)


@pytest.fixture(params=[False, True], ids=["sandbox", "strict"])
def sandbox(request) -> Sandbox:
    """Every adapter test runs against the default emulator and its strict reading of the seed."""
    return Sandbox(strict=request.param)


@pytest.fixture
async def ibl(sandbox):
    provider = provider_for(sandbox)
    yield provider
    await provider.aclose()


def native(qualified: str) -> str:
    return qualified.split(":", 1)[1]


async def outlined(ibl: IblaiProvider, outline=None):
    task = await ibl.create_task(BRIEF, TaskOptions())
    course = await ibl.generate_outline(native(task.task_id), outline, False)
    return task, course


def units_of(course):
    return [b for b in course.blocks() if b.type == "unit"]


# --- configuration and auth -----------------------------------------------------------------------


def test_missing_keys_name_the_variables_to_set():
    with pytest.raises(NotConfigured) as refused:
        IblaiProvider.from_settings(Settings(iblai_api_key=keys.IBLAI_API_KEY))
    assert "IBLAI_ORG" in refused.value.what and "IBLAI_USER_ID" in refused.value.what
    assert keys.IBLAI_API_KEY not in refused.value.model_text()


def test_an_unknown_auth_scheme_is_refused_with_the_accepted_ones():
    with pytest.raises(NotConfigured) as refused:
        IblaiProvider.from_settings(settings(iblai_auth_scheme="Bearer"))
    assert "Api-Token" in refused.value.next_step


@pytest.mark.anyio
async def test_token_scheme_is_sent_when_configured(sandbox):
    seen: list[str] = []

    class Spy(httpx2.AsyncBaseTransport):
        async def handle_async_request(self, request):
            seen.append(request.headers["authorization"].split()[0])
            return await sandbox.transport.handle_async_request(request)

    provider = IblaiProvider.from_settings(settings(iblai_auth_scheme="token"), transport=Spy())
    await provider.create_task(BRIEF, TaskOptions())
    await provider.aclose()
    assert seen == ["Token"]


@pytest.mark.anyio
async def test_a_wrong_key_is_an_auth_failure_that_never_quotes_the_key(sandbox):
    wrong = "f" * 64
    provider = provider_for(sandbox, iblai_api_key=wrong)
    with pytest.raises(AuthFailed) as refused:
        await provider.create_task(BRIEF, TaskOptions())
    await provider.aclose()
    assert wrong not in refused.value.model_text() and "IBLAI_API_KEY" in refused.value.next_step


@pytest.mark.anyio
async def test_a_key_of_another_tenant_is_forbidden(sandbox):
    provider = provider_for(sandbox, iblai_api_key=keys.IBLAI_OTHER_API_KEY)
    with pytest.raises(Forbidden):
        await provider.get_task("1")
    await provider.aclose()


# --- tasks ------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_create_task_sends_the_brief_and_never_asks_the_pipeline_to_publish(ibl, sandbox):
    task = await ibl.create_task(BRIEF, TaskOptions())
    assert task.task_id == "iblai:1" and task.status is TaskStatus.PENDING and task.course_id is None
    stored = sandbox.emulator.tasks[1]
    assert stored.name == BRIEF.name and stored.desired_number_of_sections == 3
    assert stored.publish_course is False


@pytest.mark.anyio
async def test_create_task_refuses_an_audience_too_long_for_ibl_ai_before_any_call(ibl, sandbox):
    with pytest.raises(InvalidInput):
        await ibl.create_task(BRIEF.model_copy(update={"target_audience": "x" * 300}), TaskOptions())
    assert sandbox.emulator.tasks == {}


@pytest.mark.anyio
async def test_get_task_reports_its_course_and_outline_once_they_exist(ibl):
    task = await ibl.create_task(BRIEF, TaskOptions())
    before = await ibl.get_task(native(task.task_id))
    assert before.course_id is None and before.has_outline is False
    course = await ibl.generate_outline(native(task.task_id), None, False)
    after = await ibl.get_task(native(task.task_id))
    assert after.course_id == course.course_id and after.has_outline is True
    assert "Outline generated" in (after.detail or "")


@pytest.mark.anyio
async def test_unknown_and_malformed_ids(ibl):
    with pytest.raises(NotFound):
        await ibl.get_task("99")
    with pytest.raises(InvalidInput):
        await ibl.get_course("block-v1:x")


@pytest.mark.anyio
async def test_attach_reference_uploads_multipart_and_stops_at_four_files(ibl, sandbox):
    task = await ibl.create_task(BRIEF, TaskOptions())
    first = await ibl.attach_reference(native(task.task_id), "notes v1.md", b"# Notes\nloops")
    assert first.file_id == "iblai:1" and first.name == "notes v1.md" and first.size == 13
    stored = sandbox.emulator.files[1]
    assert stored.content_type == "text/markdown" and stored.size == 13 and stored.task_id == 1
    for index in range(3):
        await ibl.attach_reference(native(task.task_id), f"extra{index}.txt", b"more text")
    listed = await ibl.get_task(native(task.task_id))
    assert len(listed.files) == 4
    with pytest.raises(Conflict):
        await ibl.attach_reference(native(task.task_id), "fifth.txt", b"too many")
    assert len(sandbox.emulator.files) == 4


@pytest.mark.anyio
async def test_pipeline_runs_to_success_and_readiness_follows_the_task(ibl, sandbox):
    task = await ibl.create_task(BRIEF, TaskOptions())
    started = await ibl.run_pipeline(native(task.task_id))
    assert started.status is TaskStatus.SCHEDULED
    waiting = await ibl.readiness(native(task.task_id), "pipeline")
    assert waiting.ready is False and waiting.status == "scheduled"
    sandbox.clock.advance(3600)
    done = await ibl.readiness(native(task.task_id), "pipeline")
    assert done.ready is True and done.status == "success"
    finished = await ibl.get_task(native(task.task_id))
    assert finished.course_id and finished.has_outline
    course = await ibl.get_course(native(finished.course_id), include_content=True)
    assert course.status is CourseStatus.DRAFTED  # drafted, and not published: publish_course was false


@pytest.mark.anyio
async def test_a_failed_pipeline_says_why_and_how_to_retry(ibl, sandbox):
    task = await ibl.create_task(BRIEF, TaskOptions())
    sandbox.emulator.fail_next_pipeline("outline")
    await ibl.run_pipeline(native(task.task_id))
    sandbox.clock.advance(3600)
    state = await ibl.readiness(native(task.task_id), "pipeline")
    assert state.status == "failed" and "outline step failed" in state.detail
    assert "run_pipeline" in state.detail


@pytest.mark.anyio
async def test_readiness_of_a_pipeline_never_started_is_idle(ibl):
    task = await ibl.create_task(BRIEF, TaskOptions())
    state = await ibl.readiness(native(task.task_id), "pipeline")
    assert state.status == "idle" and "run_pipeline" in state.detail


@pytest.mark.anyio
async def test_cancel_stops_a_scheduled_pipeline_and_refuses_a_finished_task(ibl):
    task = await ibl.create_task(BRIEF, TaskOptions())
    await ibl.run_pipeline(native(task.task_id))
    cancelled = await ibl.cancel_task(native(task.task_id))
    assert cancelled.status is TaskStatus.CANCELLED
    with pytest.raises(Conflict):
        await ibl.cancel_task(native(task.task_id))


@pytest.mark.anyio
async def test_a_cancelled_task_is_started_again_on_the_same_task_where_the_platform_allows(ibl, sandbox):
    """The seed's remedy for a stuck task: cancel, then start the same task again (no duplicate task)."""
    task = await ibl.create_task(BRIEF, TaskOptions())
    await ibl.run_pipeline(native(task.task_id))
    await ibl.cancel_task(native(task.task_id))
    state = await ibl.readiness(native(task.task_id), "pipeline")
    assert state.status == "cancelled" and "run_pipeline" in state.detail
    if sandbox.strict:  # the seed's reading: start works again on a cancelled task
        restarted = await ibl.run_pipeline(native(task.task_id))
        assert restarted.status is TaskStatus.SCHEDULED
        assert len(sandbox.emulator.tasks) == 1
    else:  # the SDK's reading: start only from Pending or Failed
        with pytest.raises(Conflict) as refused:
            await ibl.run_pipeline(native(task.task_id))
        assert "create_task" in refused.value.next_step


@pytest.mark.anyio
async def test_a_pipeline_without_progress_for_15_minutes_is_called_stalled_with_the_seeds_remedy(sandbox):
    wall = [1_000_000.0]
    provider = provider_for(sandbox)
    provider.content._wall = lambda: wall[0]
    task = await provider.create_task(BRIEF, TaskOptions())
    number = native(task.task_id)
    await provider.run_pipeline(number)
    record = sandbox.emulator.tasks[int(number)]
    # The emulator's clock does not move, so the pipeline stays where it is.
    modified = datetime.fromisoformat(sandbox.emulator.iso(record.modified).replace("Z", "+00:00"))
    wall[0] = modified.timestamp() + 5 * 60
    fresh = await provider.readiness(number, "pipeline")
    wall[0] = modified.timestamp() + 16 * 60
    stuck = await provider.readiness(number, "pipeline")
    await provider.aclose()
    assert "cancel_task" not in fresh.detail
    assert "cancel_task, then run_pipeline" in stuck.detail


# --- outline ----------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_platform_outline_creates_the_course_with_the_briefs_sections(ibl, sandbox):
    task, course = await outlined(ibl)
    assert course.course_id == "iblai:1" and course.task_id == task.task_id
    assert course.counts()["section"] == 3 and course.counts()["unit"] == 12
    assert course.root.id.startswith("block-v1:sandbox-org+") and course.root.id.endswith(
        "type@course+block@course"
    )
    assert all(u.id.split("+type@")[1].startswith("vertical") for u in units_of(course))
    assert course.status is CourseStatus.OUTLINED


@pytest.mark.anyio
async def test_a_second_outline_is_refused_unless_regenerate_and_then_replaces_it(ibl, sandbox):
    task, course = await outlined(ibl)
    with pytest.raises(Conflict) as refused:
        await ibl.generate_outline(native(task.task_id), None, False)
    assert "regenerate" in refused.value.next_step
    again = await ibl.generate_outline(native(task.task_id), OUTLINE, True)
    assert again.course_id == course.course_id
    assert [s.display_name for s in again.root.children] == ["Getting Started", "Data"]
    assert len(sandbox.emulator.courses) == 1


@pytest.mark.anyio
async def test_the_agents_outline_is_built_block_by_block_in_order(ibl):
    _, course = await outlined(ibl, OUTLINE)
    tree = [(b.type, b.display_name) for b in course.blocks()][1:]
    assert tree == [
        ("section", "Getting Started"),
        ("subsection", "Setting Up"),
        ("unit", "Installing Python"),
        ("unit", "First Script"),
        ("section", "Data"),
        ("subsection", "Files"),
        ("unit", "Reading CSV"),
    ]


@pytest.mark.anyio
async def test_an_outline_that_fails_part_way_reports_what_was_built(sandbox):
    provider = provider_for(sandbox)
    task = await provider.create_task(BRIEF, TaskOptions())
    calls = {"n": 0}
    real = provider.http.request_json

    async def failing(method, path, **kwargs):
        if path.endswith("/create-xblock/"):
            calls["n"] += 1
            if calls["n"] == 4:  # section, subsection, unit, then the second unit fails
                raise InvalidInput("ibl.ai refused the request as invalid (HTTP 400).", "Correct it.")
        return await real(method, path, **kwargs)

    provider.http.request_json = failing
    with pytest.raises(InvalidInput) as refused:
        await provider.generate_outline(native(task.task_id), OUTLINE, False)
    await provider.aclose()
    assert "1 of 3 units" in refused.value.what and "regenerate=true" in refused.value.next_step


# --- courses and blocks -----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_get_course_with_and_without_content(ibl, sandbox):
    _, course = await outlined(ibl)
    await ibl.draft_content(native(course.course_id), [units_of(course)[0].id], False, no_progress)
    light = await ibl.get_course(native(course.course_id))
    assert all(b.content is None for b in light.blocks())
    full = await ibl.get_course(native(course.course_id), include_content=True)
    html = next(b for b in full.blocks() if b.type == "html")
    assert "<" in (html.content or "") and full.status is CourseStatus.DRAFTING


@pytest.mark.anyio
async def test_list_courses_all_and_by_task(ibl):
    first, _ = await outlined(ibl)
    second, _ = await outlined(ibl)
    listed = await ibl.list_courses()
    assert {c.course_id for c in listed} == {"iblai:1", "iblai:2"}
    only = await ibl.list_courses(native(second.task_id))
    assert [c.task_id for c in only] == [second.task_id]


@pytest.mark.anyio
async def test_create_update_delete_and_reorder_blocks(ibl, sandbox):
    _, course = await outlined(ibl, OUTLINE)
    number = native(course.course_id)
    subsection = next(b for b in course.blocks() if b.type == "subsection")
    unit_id = await ibl.create_block(
        number, subsection.id, "unit", "Recap", "<p>What we covered.</p>", "first"
    )
    after = await ibl.get_course(number, include_content=True)
    unit = next(b for b in after.blocks() if b.id == unit_id)
    assert after.parent_of(unit_id).children[0].id == unit_id
    assert [c.type for c in unit.children] == ["html"] and "covered" in unit.children[0].content

    await ibl.update_block(number, unit_id, "Recap and review", "<p>Rewritten.</p>")
    after = await ibl.get_course(number, include_content=True)
    unit = next(b for b in after.blocks() if b.id == unit_id)
    assert unit.display_name == "Recap and review" and len(unit.children) == 1
    assert unit.children[0].content == "<p>Rewritten.</p>"

    problem = '<problem><multiplechoiceresponse><choicegroup><choice correct="true">A</choice></choicegroup></multiplechoiceresponse></problem>'
    await ibl.update_block(number, unit_id, None, problem)
    after = await ibl.get_course(number, include_content=True)
    unit = next(b for b in after.blocks() if b.id == unit_id)
    assert [c.type for c in unit.children] == ["html", "problem"]

    sub = after.parent_of(unit_id)
    reordered = [c.id for c in reversed(sub.children)]
    await ibl.reorder_children(number, sub.id, reordered)
    after = await ibl.get_course(number)
    assert [c.id for c in after.parent_of(unit_id).children] == reordered

    deleted = await ibl.delete_block(number, unit_id)
    assert deleted[0] == unit_id and len(deleted) == 3
    assert (await ibl.get_course(number)).find(unit_id) is None


@pytest.mark.anyio
async def test_a_block_under_the_wrong_parent_is_refused_before_any_call(ibl, sandbox):
    _, course = await outlined(ibl, OUTLINE)
    section = course.root.children[0]
    before = len(list(sandbox.emulator.courses[1].tree.walk()))
    with pytest.raises(InvalidInput) as refused:
        await ibl.create_block(native(course.course_id), section.id, "unit", "Misplaced", None, "last")
    assert "subsection" in refused.value.what
    assert len(list(sandbox.emulator.courses[1].tree.walk())) == before


@pytest.mark.anyio
async def test_reorder_missing_a_child_is_refused_by_the_platform_with_its_reason(ibl):
    _, course = await outlined(ibl, OUTLINE)
    sub = next(b for b in course.blocks() if b.type == "subsection")
    with pytest.raises(InvalidInput) as refused:
        await ibl.reorder_children(native(course.course_id), sub.id, [sub.children[0].id])
    assert "existing children" in refused.value.what


# --- drafting and readiness -------------------------------------------------------------------------


@pytest.mark.anyio
async def test_draft_all_runs_in_the_background_and_readiness_counts_what_is_missing(ibl, sandbox):
    _, course = await outlined(ibl)
    number = native(course.course_id)
    result = await ibl.draft_content(number, None, False, no_progress)
    assert result.started is True and len(result.pending) == 12 and result.drafted == []
    state = await ibl.readiness(number, "content")
    assert state.ready is False and state.status == "in_progress" and len(state.missing) == 12
    sandbox.clock.advance(6 * SCALE * 5 + 0.001)
    state = await ibl.readiness(number, "content")
    assert state.status == "in_progress" and len(state.missing) == 7 and state.progress == pytest.approx(41.7)
    sandbox.clock.advance(3600)
    state = await ibl.readiness(number, "content")
    assert state.ready is True and state.missing == []
    again = await ibl.draft_content(number, None, False, no_progress)
    assert again.started is False and len(again.skipped) == 12


@pytest.mark.anyio
async def test_a_unit_added_after_draft_all_started_is_not_waited_for(ibl, sandbox):
    _, course = await outlined(ibl)
    number = native(course.course_id)
    await ibl.draft_content(number, None, False, no_progress)
    subsection = next(b for b in course.blocks() if b.type == "subsection")
    late = await ibl.create_block(number, subsection.id, "unit", "Late addition", None, "last")
    state = await ibl.readiness(number, "content")
    assert state.status == "in_progress" and late in state.missing
    sandbox.clock.advance(3600)
    state = await ibl.readiness(number, "content")
    assert state.status == "idle" and state.missing == [late]


@pytest.mark.anyio
async def test_readiness_says_idle_when_units_are_empty_and_nothing_drafts_them(ibl):
    _, course = await outlined(ibl)
    state = await ibl.readiness(native(course.course_id), "content")
    assert state.status == "idle" and len(state.missing) == 12 and "draft_content" in state.detail
    outline = await ibl.readiness(native(course.course_id), "outline")
    assert outline.ready is True


@pytest.mark.anyio
async def test_chosen_units_are_drafted_at_once_concurrently_within_the_bound(sandbox):
    in_flight = {"now": 0, "most": 0}
    inner = sandbox.app

    async def counting(scope, receive, send):
        drafting = scope["type"] == "http" and scope["path"].endswith("/draft-content-for-unit/")
        if drafting:
            in_flight["now"] += 1
            in_flight["most"] = max(in_flight["most"], in_flight["now"])
        try:
            await inner(scope, receive, send)
        finally:
            if drafting:
                in_flight["now"] -= 1

    sandbox.transport = httpx2.ASGITransport(app=counting)
    provider = provider_for(sandbox)
    _, course = await outlined(provider)
    units = [u.id for u in units_of(course)][:7]
    reported: list[tuple[float, float | None, str]] = []

    async def progress(done, total, message):
        reported.append((done, total, message))

    result = await provider.draft_content(native(course.course_id), units, False, progress)
    await provider.aclose()
    assert result.started is False and result.drafted == units and result.pending == []
    assert in_flight["most"] == 3
    assert [done for done, _, _ in reported] == [1, 2, 3, 4, 5, 6, 7] and reported[-1][1] == 7


@pytest.mark.anyio
async def test_drafting_chosen_units_skips_those_with_content_unless_redraft(ibl, sandbox):
    _, course = await outlined(ibl)
    number = native(course.course_id)
    first, second = [u.id for u in units_of(course)][:2]
    await ibl.draft_content(number, [first], False, no_progress)
    result = await ibl.draft_content(number, [first, second], False, no_progress)
    assert result.drafted == [second] and result.skipped == [first]
    redrafted = await ibl.draft_content(number, [first], True, no_progress)
    assert redrafted.drafted == [first] and sandbox.emulator.courses[1].drafts[first] == 2


@pytest.mark.anyio
async def test_drafting_refuses_ids_that_are_not_units_of_the_course(ibl):
    _, course = await outlined(ibl)
    with pytest.raises(InvalidInput):
        await ibl.draft_content(native(course.course_id), [course.root.children[0].id], False, no_progress)


@pytest.mark.anyio
async def test_a_unit_whose_draft_fails_is_reported_and_the_others_are_kept(ibl, sandbox):
    _, course = await outlined(ibl)
    units = [u.id for u in units_of(course)][:3]
    sandbox.emulator.fail_next("draft-content-for-unit")
    result = await ibl.draft_content(native(course.course_id), units, False, no_progress)
    assert len(result.drafted) == 2 and "1 unit(s) failed" in result.detail
    assert len(result.failed) == 1 and set(result.failed) | set(result.drafted) == set(units)
    assert "draft_content again" in result.detail


# --- publish, progress, delete ----------------------------------------------------------------------


@pytest.mark.anyio
async def test_publish_syncs_to_edx_and_the_course_then_reads_as_published(ibl, sandbox):
    _, course = await outlined(ibl)
    number = native(course.course_id)
    published = await ibl.publish(number)
    assert published.published and published.location.startswith("course-v1:sandbox-org+")
    assert sandbox.emulator.courses[1].published is not None
    again = await ibl.get_course(number)
    assert again.status is CourseStatus.PUBLISHED and again.location == published.location
    assert (await ibl.list_courses())[0].status is CourseStatus.PUBLISHED


@pytest.mark.anyio
async def test_student_progress_of_a_published_course(ibl):
    _, course = await outlined(ibl)
    await ibl.publish(native(course.course_id))
    progress = await ibl.student_progress(native(course.course_id), "ada")
    assert progress.course_id == course.course_id and progress.username == "ada"
    assert len(progress.units) == 12 and 0.0 <= progress.completion <= 1.0


@pytest.mark.anyio
async def test_delete_course_removes_it_and_a_wrong_id_says_not_found(ibl, sandbox):
    _, course = await outlined(ibl)
    await ibl.delete_course(native(course.course_id))
    assert sandbox.emulator.courses == {}
    with pytest.raises(NotFound):
        await ibl.delete_course(native(course.course_id))


# --- faults: a lost answer never makes a duplicate ----------------------------------------------------


def seed_where(spec: str, kinds: list[str | None]) -> int:
    """The first seed whose fault draws give exactly `kinds` (None = no fault) on the first requests,
    and no fault on the six after: the fault run is then reproducible request by request."""
    wanted = kinds + [None] * 6
    for seed in range(20_000):
        faults = FaultMiddleware(None, "iblai", SandboxConfig(seed=seed, faults=FaultSpec.parse(spec)))
        drawn = [faults.draw() for _ in wanted]
        if [rule.kind if rule else None for rule in drawn] == wanted:
            return seed
    raise AssertionError(f"no seed gives {kinds} for {spec}")


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["lost", "drop"])
async def test_a_create_task_whose_answer_is_lost_makes_exactly_one_task(kind):
    spec = f"iblai:{kind}=0.3"
    sandbox = Sandbox(faults=spec, seed=seed_where(spec, [kind]))
    provider = provider_for(sandbox)
    task = await provider.create_task(BRIEF, TaskOptions())
    await provider.aclose()
    assert len(sandbox.emulator.tasks) == 1 and task.task_id == "iblai:1"
    posts = sandbox.transport.sent.count("POST course-creation/tasks/")
    assert posts == (1 if kind == "lost" else 2)  # a dropped request never arrived, so it is sent again


@pytest.mark.anyio
async def test_two_lost_answers_are_settled_by_a_last_look_up_and_make_one_task():
    # drop (not applied), look-up (nothing), then lost (applied): a last look-up finds the task.
    spec = "iblai:drop=0.15,lost=0.15"
    sandbox = Sandbox(faults=spec, seed=seed_where(spec, ["drop", None, "lost"]))
    provider = provider_for(sandbox)
    task = await provider.create_task(BRIEF, TaskOptions())
    await provider.aclose()
    assert len(sandbox.emulator.tasks) == 1 and task.task_id == "iblai:1"
    assert sandbox.transport.sent.count("POST course-creation/tasks/") == 2


@pytest.mark.anyio
async def test_a_create_task_whose_look_up_fails_says_outcome_unknown_and_the_next_call_adopts_it():
    # lost (applied), then the look-up is dropped on every try: whether the task exists is unknown.
    spec = "iblai:drop=0.3,lost=0.1"
    sandbox = Sandbox(faults=spec, seed=seed_where(spec, ["lost", "drop", "drop", "drop"]))
    provider = provider_for(sandbox)
    with pytest.raises(OutcomeUnknown) as unknown:
        await provider.create_task(BRIEF, TaskOptions())
    assert "again" in unknown.value.next_step
    task = await provider.create_task(BRIEF, TaskOptions())
    await provider.aclose()
    assert len(sandbox.emulator.tasks) == 1 and task.task_id == "iblai:1"
    assert sandbox.transport.sent.count("POST course-creation/tasks/") == 1


@pytest.mark.anyio
async def test_a_lost_create_course_is_repeated_safely_and_makes_one_course():
    # create task, read task, then create-course is lost: the platform answers the repeat with 200.
    spec = "iblai:lost=0.3"
    sandbox = Sandbox(faults=spec, seed=seed_where(spec, [None, None, "lost"]))
    provider = provider_for(sandbox)
    _, course = await outlined(provider)
    await provider.aclose()
    assert len(sandbox.emulator.courses) == 1 and course.counts()["section"] == 3
    assert sandbox.transport.sent.count("POST course-creation/tasks/1/create-course/") == 2


@pytest.mark.anyio
async def test_a_lost_platform_outline_is_found_and_not_generated_twice():
    # create task, read task, create-course, read structure, then create-course-outline is lost.
    spec = "iblai:lost=0.3"
    sandbox = Sandbox(faults=spec, seed=seed_where(spec, [None, None, None, None, "lost"]))
    provider = provider_for(sandbox)
    _, course = await outlined(provider)
    await provider.aclose()
    assert course.counts()["section"] == 3
    assert len(sandbox.emulator.courses[1].tree.of_type("section")) == 3
    assert sandbox.transport.sent.count("POST course-creation/tasks/1/create-course-outline/") == 1


@pytest.mark.anyio
async def test_reads_survive_injected_server_errors_and_unreadable_bodies():
    spec = "iblai:5xx=0.2,malformed=0.2"
    sandbox = Sandbox(faults=spec, seed=seed_where(spec, [None, "5xx", "malformed"]))
    provider = provider_for(sandbox)
    task = await provider.create_task(BRIEF, TaskOptions())
    got = await provider.get_task(native(task.task_id))
    await provider.aclose()
    assert got.task_id == task.task_id
    assert sandbox.transport.sent[1:] == ["GET course-creation/tasks/1/"] * 3 + [
        "GET course-creation/course/"
    ]


@pytest.mark.anyio
async def test_the_gateway_prefix_base_url_reaches_the_same_api(sandbox):
    provider = provider_for(sandbox, iblai_base_url=BASE_URL + "/dm")
    task = await provider.create_task(BRIEF, TaskOptions())
    await provider.aclose()
    assert task.task_id == "iblai:1" and len(sandbox.emulator.tasks) == 1


@pytest.mark.anyio
async def test_the_journal_keeps_tenants_apart(sandbox):
    _, course = await outlined(ours := provider_for(sandbox))
    await ours.publish(native(course.course_id))
    elsewhere = provider_for(sandbox, iblai_base_url=BASE_URL + "/dm")
    seen_elsewhere = await elsewhere.get_course(native(course.course_id))
    seen_here = await ours.get_course(native(course.course_id))
    await ours.aclose()
    await elsewhere.aclose()
    assert seen_here.status is CourseStatus.PUBLISHED
    assert seen_elsewhere.status is not CourseStatus.PUBLISHED


@pytest.mark.anyio
async def test_an_outline_block_whose_answer_is_lost_is_not_created_twice():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    task = await provider.create_task(BRIEF, TaskOptions())
    lost = {"done": False}
    real = provider.http.request_json

    async def lose_first_unit(method, path, **kwargs):
        result = await real(method, path, **kwargs)
        body = kwargs.get("json") or {}
        if path.endswith("/create-xblock/") and body.get("xblock_type") == "unit" and not lost["done"]:
            lost["done"] = True
            raise OutcomeUnknown("answer lost", "look it up")
        return result

    provider.http.request_json = lose_first_unit
    course = await provider.generate_outline(native(task.task_id), OUTLINE, False)
    await provider.aclose()
    assert lost["done"] and [u.display_name for u in units_of(course)] == [
        "Installing Python",
        "First Script",
        "Reading CSV",
    ]


# --- through the MCP client ---------------------------------------------------------------------------


def server_for(sandbox: Sandbox, **overrides):
    return build_server(settings(**overrides), transports={"iblai": sandbox.transport})


@pytest.mark.anyio
async def test_stepwise_flow_to_publish_through_the_tools():
    sandbox = Sandbox(time_scale=0)
    data = example()
    async with connect(server=server_for(sandbox)) as (client, _):
        task = await call(client, "create_task", **data["brief"], provider="iblai")
        assert task["task_id"] == "iblai:1"
        outline = await call(client, "generate_outline", task_id=task["task_id"])
        course_id = outline["course_id"]
        assert outline["counts"]["section"] == data["brief"].get("desired_number_of_sections", 4)
        drafted = await call(client, "draft_content", course_id=course_id)
        assert drafted["started"] is True
        state = await call(client, "poll_until_ready", target_id=course_id, until="content")
        assert state["ready"] is True
        review = await call(client, "review_course", course_id=course_id)
        assert review["ok"], review["blocking"]
        published = await call(client, "publish", course_id=course_id)
        assert published["published"] is True and published["location"].startswith("course-v1:")
        listed = await call(client, "list_courses", provider="iblai")
        assert listed["courses"][0]["status"] == "published"
    assert sandbox.emulator.courses[1].published is not None


@pytest.mark.anyio
async def test_the_agents_outline_and_edits_through_the_tools():
    sandbox = Sandbox(time_scale=0)
    data = example()
    async with connect(server=server_for(sandbox)) as (client, _):
        task = await call(client, "create_task", **data["brief"], provider="iblai")
        outline = await call(client, "generate_outline", task_id=task["task_id"], outline=data["outline"])
        titles = [s["display_name"] for s in outline["tree"]["children"]]
        assert titles == [s["title"] for s in data["outline"]]
        course_id = outline["course_id"]
        unit = outline["tree"]["children"][0]["children"][0]["children"][0]
        edited = await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="update",
            block_id=unit["id"],
            content="<p>Install Python 3.12 <script>alert(1)</script>from python.org.</p>",
        )
        assert edited["sanitized"]
        course = await call(client, "get_course", course_id=course_id, include_content=True)
        html = course["root"]["children"][0]["children"][0]["children"][0]["children"][0]
        assert "python.org" in html["content"] and "<script" not in html["content"]
        text = await fail(client, "get_course", course_id="iblai:99")
        assert "404" in text or "no such" in text


@pytest.mark.anyio
async def test_a_lost_create_through_the_tools_leaves_one_task_and_no_key_in_any_answer():
    spec = "iblai:lost=0.3"
    sandbox = Sandbox(time_scale=0, faults=spec, seed=seed_where(spec, ["lost"]))
    data = example()
    async with connect(server=server_for(sandbox)) as (client, _):
        task = await call(client, "create_task", **data["brief"], provider="iblai")
        got = await call(client, "get_task", task_id=task["task_id"])
    assert len(sandbox.emulator.tasks) == 1 and got["task_id"] == task["task_id"]
    assert sandbox.transport.sent.count("POST course-creation/tasks/") == 1
    assert keys.IBLAI_API_KEY not in repr(got)


@pytest.mark.anyio
async def test_an_auth_failure_through_the_tools_never_shows_the_key():
    sandbox = Sandbox(time_scale=0)
    wrong = "e" * 64
    async with connect(server=server_for(sandbox, iblai_api_key=wrong)) as (client, _):
        text = await fail(client, "get_task", task_id="iblai:1")
    assert wrong not in text and "IBLAI_API_KEY" in text


@pytest.mark.anyio
async def test_an_empty_unit_list_drafts_every_empty_unit_in_the_background(ibl):
    _, course = await outlined(ibl)
    result = await ibl.draft_content(native(course.course_id), [], False, no_progress)
    assert result.started is True and len(result.pending) == 12


@pytest.mark.anyio
async def test_the_pipeline_through_the_tools_ends_with_a_drafted_unpublished_course():
    sandbox = Sandbox(time_scale=0)
    data = example()
    async with connect(server=server_for(sandbox)) as (client, recorder):
        task = await call(client, "create_task", **data["brief"], provider="iblai")
        started = await call(client, "run_pipeline", task_id=task["task_id"])
        assert started["status"] == "scheduled" and recorder.questions
        state = await call(client, "poll_until_ready", target_id=task["task_id"], until="pipeline")
        assert state["ready"] is True and state["status"] == "success"
        listed = await call(client, "list_courses", task_id=task["task_id"])
        course = await call(client, "get_course", course_id=listed["courses"][0]["course_id"])
        assert course["status"] == "drafted"
    assert sandbox.emulator.courses[1].published is None
