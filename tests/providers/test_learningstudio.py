"""The LearningStudio provider against the LearningStudio emulator, in process: every method, faults, the tools.

The emulator runs on a fake clock; a job's 60-120 s pass when a test advances it, so nothing
here waits.
"""

from __future__ import annotations

import anyio
import httpx2
import pytest
from mcp_helpers import call, connect, example, fail

from coursewright.config import Settings
from coursewright.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotConfigured,
    NotFound,
    NotSupported,
    OutcomeUnknown,
    RateLimited,
    Unavailable,
)
from coursewright.model import Brief, CourseStatus, OutlineSection, TaskOptions, TaskStatus
from coursewright.providers.base import no_progress
from coursewright.providers.http import RetryPolicy
from coursewright.providers.journal import IntentState, Journal
from coursewright.providers.learningstudio.adapter import LearningStudioProvider
from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import FaultSpec, SandboxConfig, SandboxConnectionDropped
from coursewright.sandbox.learningstudio.app import create_app
from coursewright.server import build_server

BASE_URL = "http://sandbox"
JOB_DONE_S = 200.0  # past the longest realistic job (120 s) at time scale 1
BRIEF = Brief(
    name="Workplace safety basics",
    description="Hazards, PPE and emergency procedures for new warehouse staff.",
    target_audience="New warehouse staff with no prior training; 2 hours a week for 3 weeks.",
    desired_number_of_sections=3,
)
OUTLINE = [
    OutlineSection.model_validate(
        {"title": title, "subsections": [{"title": "Basics", "units": [{"title": f"{title} in practice"}]}]}
    )
    for title in ("Hazards", "PPE", "Emergency procedures")
]


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


async def yielding_sleep(seconds: float) -> None:
    """The emulator's synchronous export 'takes' its time by yielding, never by waiting."""
    await anyio.sleep(0)


class LoseFirstCreate:
    """ASGI wrapper: the first job creation is applied, then its answer is lost (fault `lost`, once),
    or with `garble`, answered 202 with a body that names no job."""

    def __init__(self, app, garble: bool = False) -> None:
        self.app = app
        self.armed = True
        self.garble = garble

    async def __call__(self, scope, receive, send):
        is_create = (
            scope["type"] == "http" and scope["method"] == "POST" and scope["path"].endswith("/courses")
        )
        if not (is_create and self.armed):
            await self.app(scope, receive, send)
            return
        self.armed = False

        async def discard(message):
            return None

        await self.app(scope, receive, discard)
        if not self.garble:
            raise SandboxConnectionDropped("learningstudio", "lost")
        body = b'{"status": "pending"}'
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 202, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class Recording(httpx2.AsyncBaseTransport):
    """Every request sent, and the status it got (None when the connection was lost)."""

    def __init__(self, inner: httpx2.AsyncBaseTransport) -> None:
        self.inner = inner
        self.sent: list[tuple[str, str, int | None]] = []

    async def handle_async_request(self, request):
        try:
            response = await self.inner.handle_async_request(request)
        except httpx2.TransportError:
            self.sent.append((request.method, request.url.path, None))
            raise
        self.sent.append((request.method, request.url.path, response.status_code))
        return response

    def statuses(self) -> list[int | None]:
        return [status for _, _, status in self.sent]


class Sandbox:
    #: The reading every Sandbox of a test uses unless told (set per test by the `reading` fixture).
    default_strict = False

    def __init__(
        self,
        *,
        lose_first_create: bool = False,
        garble_first_create: bool = False,
        strict: bool | None = None,
    ) -> None:
        self.clock = FakeClock()
        strict = self.default_strict if strict is None else strict
        self.strict = strict
        self.config = SandboxConfig(time_scale=1.0, clock=self.clock, sleep=yielding_sleep, strict=strict)
        self.app = create_app(self.config)
        lossy = lose_first_create or garble_first_create
        self.lossy = LoseFirstCreate(self.app, garble=garble_first_create) if lossy else None
        self.transport = Recording(httpx2.ASGITransport(app=self.lossy or self.app))

    @property
    def emulator(self):
        return self.app.state.emulator

    def job_count(self) -> int:
        return len(self.emulator.jobs)

    def creates_sent(self) -> int:
        return sum(
            1 for method, path, _ in self.transport.sent if method == "POST" and path.endswith("/courses")
        )


@pytest.fixture(autouse=True, params=[False, True], ids=["sandbox", "strict"])
def reading(request, monkeypatch) -> bool:
    """Every test here runs against the default emulator and its strict reading of the seed."""
    monkeypatch.setattr(Sandbox, "default_strict", request.param)
    return request.param


def settings(key: str = keys.LEARNINGSTUDIO_API_KEY) -> Settings:
    return Settings(learningstudio_api_key=key, learningstudio_base_url=BASE_URL)


def provider_for(sandbox: Sandbox, key: str = keys.LEARNINGSTUDIO_API_KEY) -> LearningStudioProvider:
    retry = RetryPolicy(attempts=3, base_s=0.0, max_s=0.0, max_retry_after_s=0.0)
    return LearningStudioProvider.from_settings(settings(key), transport=sandbox.transport, retry=retry)


async def new_task(provider: LearningStudioProvider, **options) -> str:
    task = await provider.create_task(BRIEF, TaskOptions(**options))
    return task.task_id.split(":", 1)[1]


# --- configuration and tasks ---------------------------------------------------------------------


def test_without_a_key_the_provider_says_which_variables_to_set():
    with pytest.raises(NotConfigured) as refused:
        LearningStudioProvider.from_settings(Settings())
    assert (
        "LEARNINGSTUDIO_API_KEY" in refused.value.model_text() and "LS_API_KEY" in refused.value.model_text()
    )


@pytest.mark.anyio
async def test_create_task_keeps_the_brief_on_this_server_and_creates_nothing_remote():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    task = await provider.create_task(BRIEF, TaskOptions())
    assert task.task_id.startswith("learningstudio:") and task.status is TaskStatus.PENDING
    assert sandbox.job_count() == 0 and sandbox.creates_sent() == 0
    again = await provider.get_task(task.task_id.split(":")[1])
    assert again.name == BRIEF.name and again.course_id is None and "generate_outline" in (again.detail or "")
    await provider.aclose()


@pytest.mark.anyio
async def test_an_unpaid_plan_is_refused_at_create_task_in_plain_words():
    sandbox = Sandbox()
    provider = provider_for(sandbox, keys.LEARNINGSTUDIO_UNPAID_API_KEY)
    with pytest.raises(Forbidden) as refused:
        await provider.create_task(BRIEF, TaskOptions())
    text = refused.value.model_text()
    assert "paid plan" in text and keys.LEARNINGSTUDIO_UNPAID_API_KEY not in text and "{" not in text
    await provider.aclose()


@pytest.mark.anyio
async def test_a_language_that_is_not_a_code_is_refused_before_any_request():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    with pytest.raises(InvalidInput):
        await provider.create_task(BRIEF, TaskOptions(language="klingon!"))
    assert sandbox.transport.sent == []
    await provider.aclose()


@pytest.mark.anyio
async def test_an_unknown_task_is_not_found_and_a_malformed_one_is_invalid():
    provider = provider_for(Sandbox())
    with pytest.raises(NotFound):
        await provider.get_task("999")
    with pytest.raises(InvalidInput):
        await provider.get_task("abc")
    await provider.aclose()


# --- generating: one job -----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_generate_outline_creates_one_job_with_the_agents_chapters_language_format_and_add_ons():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    task = await new_task(provider, language="pt-BR", format="classic", add_ons=["assessment"])
    course = await provider.generate_outline(task, OUTLINE, regenerate=False)
    assert sandbox.job_count() == 1
    (job,) = sandbox.emulator.jobs.values()
    assert job.request.outline == ("Hazards", "PPE", "Emergency procedures")
    assert job.request.language_id == "pt-BR" and job.request.format == "classic"
    assert job.request.add_ons == ("assessment",) and job.request.subject.startswith(BRIEF.name + ": ")
    assert course.course_id.startswith("learningstudio:") and course.status is CourseStatus.DRAFTING
    assert [s.display_name for s in course.root.children] == ["Hazards", "PPE", "Emergency procedures"]
    assert course.units() == []
    await provider.aclose()


@pytest.mark.anyio
async def test_more_than_nine_chapters_are_refused_before_any_job_is_created():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    task = await new_task(provider)
    outline = [OUTLINE[0].model_copy(update={"title": f"Chapter {i}"}) for i in range(10)]
    with pytest.raises(InvalidInput, match="at most 9"):
        await provider.generate_outline(task, outline, regenerate=False)
    assert sandbox.creates_sent() == 0
    await provider.aclose()


@pytest.mark.anyio
async def test_a_second_outline_is_refused_unless_regenerate_and_then_makes_a_second_course():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    task = await new_task(provider)
    first = await provider.generate_outline(task, None, regenerate=False)
    with pytest.raises(Conflict, match="regenerate=true"):
        await provider.generate_outline(task, None, regenerate=False)
    assert sandbox.job_count() == 1
    second = await provider.generate_outline(task, OUTLINE, regenerate=True)
    assert sandbox.job_count() == 2 and second.course_id != first.course_id
    listed = await provider.list_courses(task)
    assert [c.course_id for c in listed] == [first.course_id, second.course_id]
    assert (await provider.get_task(task)).course_id == second.course_id
    await provider.aclose()


@pytest.mark.anyio
async def test_readiness_follows_the_job_from_queued_to_done_with_progress():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    task = await new_task(provider)
    course = await provider.generate_outline(task, OUTLINE, regenerate=False)
    native = course.course_id.split(":", 1)[1]
    queued = await provider.readiness(native, "content")
    assert not queued.ready and queued.missing == [course.course_id]
    sandbox.clock.advance(30)
    running = await provider.readiness(native, "outline")
    assert not running.ready and running.status == "running" and 0 < running.progress < 100
    assert (await provider.get_task(task)).status is TaskStatus.IN_PROGRESS
    sandbox.clock.advance(JOB_DONE_S)
    done = await provider.readiness(native, "content")
    assert done.ready and done.progress == 100
    pipeline = await provider.readiness(task, "pipeline")
    assert pipeline.ready
    finished = await provider.get_task(task)
    assert finished.status is TaskStatus.SUCCESS and finished.has_outline
    await provider.aclose()


@pytest.mark.anyio
async def test_readiness_of_a_task_without_a_job_says_nothing_is_running():
    provider = provider_for(Sandbox())
    task = await new_task(provider)
    state = await provider.readiness(task, "pipeline")
    assert not state.ready and state.status == "idle" and "run_pipeline" in state.detail
    await provider.aclose()


@pytest.mark.anyio
async def test_the_finished_course_maps_modules_and_lessons_with_their_content():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    task = await new_task(provider)
    created = await provider.generate_outline(task, OUTLINE, regenerate=False)
    sandbox.clock.advance(JOB_DONE_S)
    native = created.course_id.split(":", 1)[1]
    course = await provider.get_course(native, include_content=True)
    assert course.status is CourseStatus.DRAFTED and course.task_id == f"learningstudio:{task}"
    assert [s.display_name for s in course.root.children] == ["Hazards", "PPE", "Emergency procedures"]
    if sandbox.strict:  # the seed's job answer shows no content: the chapters asked for, nothing invented
        assert course.content_readable is False and course.units() == []
        await provider.aclose()
        return
    assert course.content_readable is True
    units = course.units()
    assert units and all(u.children and u.children[0].type == "html" for u in units)
    assert all("<" in (u.children[0].content or "") for u in units)
    compact = await provider.get_course(native)
    assert all(b.content is None for b in compact.blocks())
    await provider.aclose()


@pytest.mark.anyio
async def test_an_exhausted_quota_is_refused_clearly_and_leaves_the_task_ready_to_retry():
    sandbox = Sandbox()
    provider = provider_for(sandbox, keys.LEARNINGSTUDIO_EXHAUSTED_API_KEY)
    task = await new_task(provider)
    with pytest.raises(Forbidden) as refused:
        await provider.generate_outline(task, None, regenerate=False)
    assert "credits" in refused.value.model_text() and "nothing was created" in refused.value.model_text()
    assert sandbox.job_count() == 0
    assert (await provider.get_task(task)).status is TaskStatus.PENDING
    await provider.aclose()


@pytest.mark.anyio
async def test_run_pipeline_creates_the_job_once_and_reports_it_scheduled():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    task = await new_task(provider)
    started = await provider.run_pipeline(task)
    assert started.status is TaskStatus.SCHEDULED and started.course_id
    with pytest.raises(Conflict):
        await provider.run_pipeline(task)
    assert sandbox.job_count() == 1
    await provider.aclose()


# --- publishing and listing ----------------------------------------------------------------------


@pytest.mark.anyio
async def test_publish_waits_for_the_job_then_hands_out_the_share_url_and_a_scorm_package():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    task = await new_task(provider)
    created = await provider.generate_outline(task, None, regenerate=False)
    native = created.course_id.split(":", 1)[1]
    with pytest.raises(Conflict, match="poll_until_ready"):
        await provider.publish(native)
    sandbox.clock.advance(JOB_DONE_S)
    result = await provider.publish(native)
    assert result.published and result.location.startswith(f"{BASE_URL}/go/cou_")
    assert "SCORM" in result.detail and ".zip" in result.detail
    (summary,) = await provider.list_courses()
    assert summary.status is CourseStatus.PUBLISHED and summary.location == result.location
    assert (await provider.get_course(native)).location == result.location
    await provider.aclose()


@pytest.mark.anyio
async def test_list_courses_refreshes_jobs_still_running():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    task = await new_task(provider)
    await provider.generate_outline(task, None, regenerate=False)
    (before,) = await provider.list_courses()
    assert before.status is CourseStatus.DRAFTING and before.title == BRIEF.name
    sandbox.clock.advance(JOB_DONE_S)
    (after,) = await provider.list_courses(task)
    assert after.status is CourseStatus.DRAFTED and after.title != ""
    await provider.aclose()


@pytest.mark.anyio
async def test_a_course_not_created_here_is_not_found():
    provider = provider_for(Sandbox())
    with pytest.raises(NotFound, match="list_courses"):
        await provider.get_course("job9999")
    await provider.aclose()


# --- what the platform cannot do ----------------------------------------------------------------------


@pytest.mark.anyio
async def test_edits_drafting_cancel_and_delete_are_refused_with_what_to_do_instead():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    task = await new_task(provider)
    native = (await provider.generate_outline(task, None, regenerate=False)).course_id.split(":", 1)[1]
    refusals = [
        provider.create_block(native, native, "section", "New", None, "last"),
        provider.update_block(native, native, "Renamed", None),
        provider.delete_block(native, native),
        provider.reorder_children(native, native, []),
        provider.draft_content(native, None, False, no_progress),
        provider.cancel_task(task),
        provider.delete_course(native),
        provider.attach_reference(task, "notes.md", b"x"),
        provider.student_progress(native, "ada"),
    ]
    for refusal in refusals:
        with pytest.raises(NotSupported) as refused:
            await refusal
        assert "learningstudio" in refused.value.what and refused.value.next_step
    await provider.aclose()


# --- a lost answer never becomes a second job --------------------------------------------------------------


@pytest.mark.anyio
async def test_a_lost_create_answer_creates_no_second_job_and_says_how_to_continue():
    sandbox = Sandbox(lose_first_create=True)
    provider = provider_for(sandbox)
    task = await new_task(provider)
    with pytest.raises(OutcomeUnknown) as lost:
        await provider.generate_outline(task, OUTLINE, regenerate=False)
    assert "dashboard" in lost.value.next_step and "regenerate=true" in lost.value.next_step
    assert sandbox.job_count() == 1 and sandbox.creates_sent() == 1
    # Asking again does not send the create again: the earlier attempt is still in doubt.
    with pytest.raises(OutcomeUnknown):
        await provider.generate_outline(task, OUTLINE, regenerate=False)
    assert sandbox.job_count() == 1 and sandbox.creates_sent() == 1
    in_doubt = await provider.get_task(task)
    assert in_doubt.status is TaskStatus.PENDING and "dashboard" in (in_doubt.detail or "")
    journal = Journal(provider.journal.path)
    assert journal.find("learningstudio", "create_job", f"task-{task}/job-1").state is IntentState.UNKNOWN
    # Only the user's explicit regenerate creates anew.
    course = await provider.generate_outline(task, OUTLINE, regenerate=True)
    assert sandbox.job_count() == 2 and course.course_id.startswith("learningstudio:")
    await provider.aclose()


@pytest.mark.anyio
async def test_an_accepted_create_whose_answer_names_no_job_is_in_doubt_not_failed():
    sandbox = Sandbox(garble_first_create=True)
    provider = provider_for(sandbox)
    task = await new_task(provider)
    for _ in range(2):
        with pytest.raises(OutcomeUnknown, match="dashboard"):
            await provider.generate_outline(task, None, regenerate=False)
    assert sandbox.job_count() == 1 and sandbox.creates_sent() == 1
    await provider.aclose()


# --- through the MCP tools ----------------------------------------------------------------------------


class FakeTime:
    """The server's clock and sleep; sleeping advances the emulator's clock too."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.sandbox.clock.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.sandbox.clock.advance(seconds)


def server_for(sandbox: Sandbox, key: str = keys.LEARNINGSTUDIO_API_KEY):
    time = FakeTime(sandbox)
    server = build_server(
        settings(key), transports={"learningstudio": sandbox.transport}, sleep=time.sleep, clock=time.clock
    )
    return server, time


@pytest.mark.anyio
async def test_the_whole_flow_through_the_tools_from_brief_to_share_url():
    sandbox = Sandbox()
    server, time = server_for(sandbox)
    brief = example()["brief"]
    async with connect(server=server) as (client, recorder):
        task = await call(client, "create_task", **brief, provider="learningstudio")
        outline = await call(
            client, "generate_outline", task_id=task["task_id"], outline=example()["outline"]
        )
        assert outline["status"] == "drafting" and outline["counts"]["section"] == 3
        assert "poll_until_ready" in outline["next_step"] and "edit_xblock" not in outline["next_step"]
        waited = await call(
            client,
            "poll_until_ready",
            recorder,
            target_id=outline["course_id"],
            until="content",
            timeout_s=600,
        )
        assert waited["ready"] and time.sleeps and recorder.progress
        review = await call(client, "review_course", course_id=outline["course_id"])
        assert review["ok"], review["blocking"]
        published = await call(client, "publish", course_id=outline["course_id"])
        listed = await call(client, "list_courses", provider="learningstudio")
    assert published["published"] and published["location"].startswith(f"{BASE_URL}/go/cou_")
    assert listed["courses"][0]["status"] == "published"
    assert sandbox.job_count() == 1


@pytest.mark.anyio
async def test_the_pipeline_through_the_tools_needs_a_yes_and_starts_one_job():
    sandbox = Sandbox()
    server, _ = server_for(sandbox)
    async with connect(server=server, answer="yes") as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="learningstudio")
        started = await call(client, "run_pipeline", task_id=task["task_id"])
        waited = await call(client, "poll_until_ready", target_id=task["task_id"], until="pipeline")
    assert started["status"] == "scheduled" and waited["ready"] and sandbox.job_count() == 1


@pytest.mark.anyio
async def test_plan_and_quota_refusals_reach_the_agent_as_clear_errors():
    unpaid, _ = server_for(Sandbox(), keys.LEARNINGSTUDIO_UNPAID_API_KEY)
    async with connect(server=unpaid) as (client, _):
        text = await fail(client, "create_task", **example()["brief"], provider="learningstudio")
    assert "paid plan" in text and "ls_" not in text
    exhausted_sandbox = Sandbox()
    exhausted, _ = server_for(exhausted_sandbox, keys.LEARNINGSTUDIO_EXHAUSTED_API_KEY)
    async with connect(server=exhausted) as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="learningstudio")
        text = await fail(client, "generate_outline", task_id=task["task_id"])
    assert "credits" in text and exhausted_sandbox.job_count() == 0


@pytest.mark.anyio
async def test_editing_a_learningstudio_course_through_the_tools_says_what_to_do_instead():
    sandbox = Sandbox()
    server, _ = server_for(sandbox)
    async with connect(server=server) as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="learningstudio")
        outline = await call(client, "generate_outline", task_id=task["task_id"])
        text = await fail(
            client,
            "edit_xblock",
            course_id=outline["course_id"],
            action="update",
            block_id=outline["tree"]["id"],
            display_name="Renamed",
        )
    assert "cannot" in text and "regenerate=true" in text


@pytest.mark.anyio
async def test_a_lost_create_through_the_tools_leaves_one_job_and_a_readable_error():
    sandbox = Sandbox(lose_first_create=True)
    server, _ = server_for(sandbox)
    async with connect(server=server) as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="learningstudio")
        first = await fail(client, "generate_outline", task_id=task["task_id"])
        second = await fail(client, "generate_outline", task_id=task["task_id"])
    assert "dashboard" in first and "dashboard" in second
    assert sandbox.job_count() == 1 and sandbox.creates_sent() == 1


# --- failures on the platform ---------------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_failed_job_is_reported_with_its_reason_and_the_task_can_generate_again():
    sandbox = Sandbox()
    provider = provider_for(sandbox)
    task = await new_task(provider)
    sandbox.emulator.fail_next_job()
    course = await provider.generate_outline(task, None, regenerate=False)
    sandbox.clock.advance(JOB_DONE_S)
    state = await provider.readiness(course.course_id.split(":", 1)[1], "content")
    assert not state.ready and state.status == "failed"
    assert "GENERATION_FAILED" in state.detail and "generate_outline again" in state.detail
    failed = await provider.get_task(task)
    assert failed.status is TaskStatus.FAILED and "could not be generated" in (failed.detail or "")
    # A failed job built nothing, so a new one needs no regenerate flag.
    retried = await provider.run_pipeline(task)
    assert retried.status is TaskStatus.SCHEDULED and len(sandbox.emulator.jobs) == 2
    await provider.aclose()


@pytest.mark.anyio
async def test_under_seeded_5xx_and_429_faults_the_flow_completes_with_exactly_one_job():
    clock = FakeClock()
    config = SandboxConfig(
        time_scale=1.0,
        seed=2,  # chosen so the create itself meets a 503 first
        clock=clock,
        sleep=yielding_sleep,
        faults=FaultSpec.parse("learningstudio:5xx=0.3,429=0.2@0"),
    )
    app = build_sandbox_app(config)
    transport = Recording(httpx2.ASGITransport(app=app))
    retry = RetryPolicy(attempts=6, base_s=0.0, max_s=0.0)
    provider = LearningStudioProvider.from_settings(
        Settings(
            learningstudio_api_key=keys.LEARNINGSTUDIO_API_KEY,
            learningstudio_base_url=f"{BASE_URL}/learningstudio",
        ),
        transport=transport,
        retry=retry,
    )

    async def persist(step):
        # A create refused by a 503 or 429 created nothing, so the caller may simply ask again.
        for _ in range(10):
            try:
                return await step()
            except (Unavailable, RateLimited):
                continue
        raise AssertionError("the sandbox refused ten times in a row")

    task = (await persist(lambda: provider.create_task(BRIEF, TaskOptions()))).task_id.split(":")[1]
    course = await persist(lambda: provider.generate_outline(task, OUTLINE, regenerate=False))
    native = course.course_id.split(":", 1)[1]
    clock.advance(JOB_DONE_S)
    assert (await provider.readiness(native, "content")).ready
    assert (await provider.get_course(native, include_content=True)).units()
    published = await persist(lambda: provider.publish(native))
    emulator = app.state.emulators["learningstudio"].state.emulator
    assert len(emulator.jobs) == 1
    assert published.location.startswith(f"{BASE_URL}/learningstudio/go/cou_")
    statuses = transport.statuses()
    creates = [
        status for method, path, status in transport.sent if method == "POST" and path.endswith("/courses")
    ]
    assert creates == [503, 202] and 429 in statuses  # the seed really did inject both kinds
    await provider.aclose()
