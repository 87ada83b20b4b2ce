"""LearningStudio's lost creates: found by its webhook (team mode), or adopted from the dashboard.

LearningStudio lists no jobs, so a create whose answer was lost can only be named by the job's
webhook or by the user, who sees it on the dashboard. Either way the task adopts the job and no
second job (no second plan credit) is ever made.
"""

from __future__ import annotations

import httpx2
import pytest
from mcp_helpers import call, connect, example, fail
from test_learningstudio import BASE_URL, FakeTime, Sandbox

from coursewright.config import Settings
from coursewright.providers.learningstudio.hooks import HOOK_PREFIX, REPORT_DEADLINE_S
from coursewright.sandbox import keys
from coursewright.sandbox.core import SandboxConnectionDropped
from coursewright.server import build_server

#: The sandbox delivers webhooks only to loopback hosts; nothing listens there: delivery goes into the app in process.
PUBLIC_URL = "http://127.0.0.1:9"


def team_server(sandbox: Sandbox, tmp_path, public_url: str | None = PUBLIC_URL):
    """A server on the sandbox; with a public URL, the emulator's webhooks are delivered into its HTTP app."""
    time = FakeTime(sandbox)
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path / "data",
        learningstudio_api_key=keys.LEARNINGSTUDIO_API_KEY,
        learningstudio_base_url=BASE_URL,
        public_url=public_url,
    )
    server = build_server(
        settings,
        transports={"learningstudio": sandbox.transport},
        sleep=time.sleep,
        clock=time.clock,
        wall_clock=sandbox.clock,
    )
    delivered: list[tuple[str, int]] = []
    if public_url:
        app = server.streamable_http_app()

        async def deliver(url: str, body: bytes) -> int:
            assert url.startswith(PUBLIC_URL + HOOK_PREFIX)
            async with httpx2.AsyncClient(
                transport=httpx2.ASGITransport(app=app), base_url=PUBLIC_URL
            ) as web:
                answer = await web.post(url[len(PUBLIC_URL) :], content=body)
            delivered.append((url, answer.status_code))
            return answer.status_code

        sandbox.emulator.outbox.sender = deliver
    return server, delivered


@pytest.mark.anyio
async def test_a_job_found_on_the_dashboard_is_adopted_instead_of_paid_for_again(tmp_path):
    sandbox = Sandbox(lose_first_create=True)
    server, _ = team_server(sandbox, tmp_path, public_url=None)
    async with connect(server=server) as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="learningstudio")
        lost = await fail(client, "generate_outline", task_id=task["task_id"])
        (job_id,) = sandbox.emulator.jobs  # what the user reads off the dashboard
        adopted = await call(client, "generate_outline", task_id=task["task_id"], adopt_job_id=job_id)
        shown = await call(client, "get_task", task_id=task["task_id"])
        again = await call(client, "generate_outline", task_id=task["task_id"])
    assert "adopt_job_id" in lost and "regenerate=true" in lost
    assert adopted["course_id"] == f"learningstudio:{job_id}" and "adopted" in adopted["note"]
    assert shown["course_id"] == adopted["course_id"] and again["course_id"] == adopted["course_id"]
    assert sandbox.job_count() == 1 and sandbox.creates_sent() == 1


@pytest.mark.anyio
async def test_a_job_id_the_account_does_not_have_is_not_adopted(tmp_path):
    sandbox = Sandbox()
    server, _ = team_server(sandbox, tmp_path, public_url=None)
    async with connect(server=server) as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="learningstudio")
        text = await fail(client, "generate_outline", task_id=task["task_id"], adopt_job_id="job_not_mine")
        other = await fail(client, "generate_outline", task_id="local:1", adopt_job_id="x")
    assert "no such item" in text and sandbox.job_count() == 0
    assert "LearningStudio only" in other


@pytest.mark.anyio
async def test_in_team_mode_the_webhook_names_the_lost_job_and_the_same_call_adopts_it(tmp_path):
    sandbox = Sandbox(lose_first_create=True)
    server, delivered = team_server(sandbox, tmp_path)
    async with connect(server=server) as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="learningstudio")
        arguments = {"task_id": task["task_id"], "outline": example()["outline"]}
        lost = await fail(client, "generate_outline", **arguments)
        too_soon = await fail(client, "generate_outline", **arguments)
        sandbox.clock.advance(180)
        await sandbox.emulator.deliver_due_webhooks()
        found = await call(client, "generate_outline", **arguments)
    assert "webhook" in lost and "same arguments" in lost and "webhook" in too_soon
    (job_id,) = sandbox.emulator.jobs
    assert [status for _, status in delivered] == [204]
    assert found["course_id"] == f"learningstudio:{job_id}"
    assert sandbox.job_count() == 1 and sandbox.creates_sent() == 1


class DropFirstCreate:
    """ASGI wrapper: the first job creation never reaches the platform (fault `drop`): no job, no webhook."""

    def __init__(self, app) -> None:
        self.app = app
        self.armed = True

    async def __call__(self, scope, receive, send):
        is_create = (
            scope["type"] == "http" and scope["method"] == "POST" and scope["path"].endswith("/courses")
        )
        if is_create and self.armed:
            self.armed = False
            raise SandboxConnectionDropped("learningstudio", "drop")
        await self.app(scope, receive, send)


def dropping_sandbox() -> Sandbox:
    sandbox = Sandbox()
    sandbox.transport.inner = httpx2.ASGITransport(app=DropFirstCreate(sandbox.app))
    return sandbox


@pytest.mark.anyio
async def test_in_team_mode_a_create_whose_job_never_reported_is_sent_again_after_the_deadline(tmp_path):
    sandbox = dropping_sandbox()
    server, _ = team_server(sandbox, tmp_path)
    async with connect(server=server) as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="learningstudio")
        lost = await fail(client, "generate_outline", task_id=task["task_id"])
        sandbox.clock.advance(REPORT_DEADLINE_S / 2)
        await sandbox.emulator.deliver_due_webhooks()
        waiting = await fail(client, "generate_outline", task_id=task["task_id"])
        assert sandbox.job_count() == 0 and sandbox.creates_sent() == 1
        sandbox.clock.advance(REPORT_DEADLINE_S)
        made = await call(client, "generate_outline", task_id=task["task_id"])
    assert "15 minutes" in lost and "webhook" in waiting
    (job_id,) = sandbox.emulator.jobs
    assert made["course_id"] == f"learningstudio:{job_id}" and sandbox.creates_sent() == 2


@pytest.mark.anyio
async def test_after_a_restart_the_silence_proves_nothing_and_the_user_is_asked(tmp_path):
    sandbox = dropping_sandbox()
    server, _ = team_server(sandbox, tmp_path)
    async with connect(server=server) as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="learningstudio")
        await fail(client, "generate_outline", task_id=task["task_id"])
    sandbox.clock.advance(60)
    restarted, _ = team_server(sandbox, tmp_path)  # a webhook sent while no server listened is lost
    sandbox.clock.advance(REPORT_DEADLINE_S)
    async with connect(server=restarted) as (client, _):
        text = await fail(client, "generate_outline", task_id=task["task_id"])
    assert "adopt_job_id" in text and "restarted" in text
    assert sandbox.job_count() == 0 and sandbox.creates_sent() == 1


@pytest.mark.anyio
async def test_the_webhook_route_takes_only_tokens_the_server_handed_out(tmp_path):
    sandbox = Sandbox()
    server, _ = team_server(sandbox, tmp_path)
    app = server.streamable_http_app()
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url=PUBLIC_URL) as web:
        forged = await web.post(f"{HOOK_PREFIX}{'0' * 40}", json={"event": "course.created", "jobId": "j1"})
        garbage = await web.post(f"{HOOK_PREFIX}{'0' * 40}", content=b"not json")
        wrong_method = await web.get(f"{HOOK_PREFIX}{'0' * 40}")
    assert (forged.status_code, garbage.status_code, wrong_method.status_code) == (404, 400, 405)


def test_without_a_public_url_the_server_has_no_webhook_route(tmp_path):
    server, _ = team_server(Sandbox(), tmp_path, public_url=None)
    paths = {getattr(route, "path", "") for route in server.streamable_http_app().routes}
    assert not any(path.startswith(HOOK_PREFIX) for path in paths)
