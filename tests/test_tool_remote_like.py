"""Tool behaviour against a scripted provider: waiting with back-off, the pipeline gate."""

import anyio
import pytest
from fakes import FakeProvider
from mcp_helpers import MODES, call, connect, fail
from time_fakes import FakeTime

from coursewright.config import Settings
from coursewright.model import ReadyState
from coursewright.server import build_server

FAKE_KEYS = {"iblai_api_key": "0" * 64, "iblai_org": "org", "iblai_user_id": "user"}


def server_with(provider: FakeProvider, time: FakeTime | None = None, **settings):
    time = time or FakeTime()
    return build_server(
        Settings(**FAKE_KEYS, **settings), providers={"iblai": provider}, sleep=time.sleep, clock=time.clock
    )


def waiting(n: int, missing: int = 3) -> list[ReadyState]:
    return [
        ReadyState(
            ready=False, status="in_progress", missing=[f"u{i}" for i in range(missing)], progress=10.0 * i
        )
        for i in range(n)
    ]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_poll_backs_off_from_twenty_seconds_doubling_to_two_minutes_and_reports_progress(mode):
    provider, time = FakeProvider(), FakeTime()
    provider.readiness_script = waiting(6)
    async with connect(mode, server=server_with(provider, time)) as (client, recorder):
        state = await call(
            client, "poll_until_ready", recorder, target_id="iblai:5", until="content", timeout_s=600
        )
    assert state["ready"] is True
    assert time.sleeps == [20, 40, 80, 120, 120, 120]
    assert len(recorder.progress) == 6 and recorder.progress[-1][0] == 50.0


@pytest.mark.anyio
async def test_poll_follows_the_platforms_own_hint_when_it_gives_one():
    provider, time = FakeProvider(), FakeTime()
    hinted = [state.model_copy(update={"retry_after_s": 3.0}) for state in waiting(3)]
    # A hint below the floor is raised to it; one past the ceiling is capped; no hint: our own back-off.
    hinted[1] = hinted[1].model_copy(update={"retry_after_s": 0.2})
    provider.readiness_script = [
        *hinted,
        waiting(1)[0].model_copy(update={"retry_after_s": 900.0}),
        *waiting(1),
    ]
    async with connect("auto", server=server_with(provider, time)) as (client, recorder):
        state = await call(client, "poll_until_ready", recorder, target_id="iblai:5", timeout_s=600)
    assert state["ready"] is True
    assert time.sleeps == [3.0, 1.0, 3.0, 120, 20]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_poll_timeout_says_what_is_missing_and_how_to_continue(mode):
    provider, time = FakeProvider(), FakeTime()
    provider.readiness_script = waiting(50, missing=2)
    async with connect(mode, server=server_with(provider, time)) as (client, _):
        state = await call(client, "poll_until_ready", target_id="iblai:5", until="content", timeout_s=100)
    assert state["ready"] is False and state["missing"] == ["u0", "u1"]
    assert "poll_until_ready again" in state["next_step"]
    assert sum(time.sleeps) == 100


@pytest.mark.anyio
async def test_poll_stops_at_once_when_the_work_failed():
    provider, time = FakeProvider(), FakeTime()
    provider.readiness_script = [
        ReadyState(ready=False, status="failed", detail="The pipeline failed: quota.")
    ]
    async with connect(server=server_with(provider, time)) as (client, _):
        state = await call(client, "poll_until_ready", target_id="iblai:1", until="pipeline")
    assert state["status"] == "failed" and time.sleeps == [] and "quota" in state["next_step"]


@pytest.mark.anyio
async def test_poll_settings_override_the_back_off():
    provider, time = FakeProvider(), FakeTime()
    provider.readiness_script = waiting(3)
    server = server_with(provider, time, poll_initial_s=1, poll_max_s=2)
    async with connect(server=server) as (client, _):
        await call(client, "poll_until_ready", target_id="iblai:5")
    assert time.sleeps == [1, 2, 2]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_pipeline_without_confirmation_starts_nothing(mode):
    provider = FakeProvider()
    async with connect(mode, answer=None, server=server_with(provider)) as (client, _):
        first = await call(client, "run_pipeline", task_id="iblai:1")
        assert provider.pipelines_started == 0 and "without" in first["confirmation_required"]["summary"]
        started = await call(
            client,
            "run_pipeline",
            task_id="iblai:1",
            confirmation_token=first["confirmation_required"]["token"],
        )
    assert provider.pipelines_started == 1 and started["status"] == "scheduled"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("answer", ["decline", "cancel"])
async def test_pipeline_declined_starts_nothing(mode, answer):
    provider = FakeProvider()
    async with connect(mode, answer=answer, server=server_with(provider)) as (client, recorder):
        await fail(client, "run_pipeline", task_id="iblai:1")
    assert provider.pipelines_started == 0 and "without" in recorder.questions[0]


@pytest.mark.anyio
async def test_pipeline_confirmed_through_elicitation_starts_once():
    provider = FakeProvider()
    async with connect(answer="yes", server=server_with(provider)) as (client, _):
        await call(client, "run_pipeline", task_id="iblai:1")
    assert provider.pipelines_started == 1


@pytest.mark.anyio
async def test_a_provider_that_cannot_do_something_says_so_and_what_instead():
    async with connect() as (client, _):
        text = await fail(client, "student_progress", course_id="local:1", username="ada")
    assert "local" in text and "cannot" in text


@pytest.mark.anyio
async def test_remote_provider_without_keys_is_not_configured_with_the_variables_to_set():
    async with connect() as (client, _):
        text = await fail(client, "get_task", task_id="tutorflow:abc")
    assert "tutorflow" in text.lower() or "TutorFlow" in text


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_wait_the_client_abandons_stops_on_the_server_at_once(mode):
    provider, time = FakeProvider(), FakeTime()
    provider.readiness_script = waiting(50)
    waiting_now, stopped = anyio.Event(), anyio.Event()

    async def sleep_until_cancelled(seconds: float) -> None:
        waiting_now.set()
        try:
            await anyio.sleep_forever()
        finally:
            stopped.set()

    server = build_server(
        Settings(**FAKE_KEYS), providers={"iblai": provider}, sleep=sleep_until_cancelled, clock=time.clock
    )
    async with connect(mode, server=server) as (client, _):
        with anyio.CancelScope() as abandon:
            async with anyio.create_task_group() as group:
                group.start_soon(client.call_tool, "poll_until_ready", {"target_id": "iblai:5"})
                await waiting_now.wait()
                abandon.cancel()
        with anyio.fail_after(10):
            await stopped.wait()
    assert len(provider.readiness_script) == 49  # one probe, then nothing more after the cancel
