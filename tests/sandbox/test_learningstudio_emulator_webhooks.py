"""LearningStudio webhooks go out when a job finishes, while the sandbox is served: nobody polls.

Payload shapes, single delivery and the due-time sums run in process on a fake clock with a
recording sender. The worker itself is shown in process (instant jobs, a blocking receiver)
and end to end over loopback: the sandbox and a receiver served by uvicorn on 127.0.0.1, the
only request to the sandbox being the create (and then the export).
"""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import httpx2
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from time_fakes import FakeClock, RecordingSleep

from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import SandboxConfig
from coursewright.sandbox.learningstudio.app import create_app
from coursewright.sandbox.learningstudio.state import FAILURE_AT_FRACTION, JOB_MAX_SECONDS

COURSES = "/api/v1/courses"
AUTH = {"Authorization": f"Bearer {keys.LEARNINGSTUDIO_API_KEY}"}
HOOK = "http://127.0.0.1:9/hooks/learningstudio"
SUBJECT = "Workplace safety basics"
BOUND_S = 10.0  # every wait on real time in this file ends by then or fails


class RecordingSender:
    """Stands in for the webhook POST: keeps each payload; `hold` keeps the receiver from answering."""

    def __init__(self, *, hold: bool = False) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.called = anyio.Event()
        self.release = anyio.Event()
        if not hold:
            self.release.set()

    async def __call__(self, url: str, body: bytes) -> int:
        self.calls.append((url, json.loads(body)))
        self.called.set()
        await self.release.wait()
        return 204

    def payloads(self) -> list[dict]:
        return [payload for _, payload in self.calls]


def make_app(
    sender: RecordingSender, clock: FakeClock | None = None, *, time_scale: float = 1.0
) -> Starlette:
    config = SandboxConfig(time_scale=time_scale, clock=clock or FakeClock(), sleep=RecordingSleep())
    return create_app(config, webhook_sender=sender)


def client_for(app: Starlette) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(
        transport=httpx2.ASGITransport(app=app), base_url="http://sandbox", headers=AUTH
    )


async def new_job(client: httpx2.AsyncClient, **fields: object) -> dict:
    response = await client.post(COURSES, json={"subject": SUBJECT, **fields})
    assert response.status_code == 202, response.text
    return response.json()


async def finished_course(client: httpx2.AsyncClient, clock: FakeClock) -> dict:
    job = await new_job(client)
    clock.advance(JOB_MAX_SECONDS)
    return (await client.get(job["pollUrl"])).json()["course"]


# --- payloads and single delivery (fake clock, no worker) ------------------------------------------


@pytest.mark.anyio
async def test_course_created_is_sent_once_when_due_with_the_course_of_the_job_status():
    clock, sender = FakeClock(), RecordingSender()
    app = make_app(sender, clock)
    emulator = app.state.emulator
    async with client_for(app) as client:
        job = await new_job(client, callbackUrl=HOOK)
        await emulator.deliver_due_webhooks()
        assert sender.calls == []  # not finished yet
        clock.advance(JOB_MAX_SECONDS)
        await emulator.deliver_due_webhooks()
        await emulator.deliver_due_webhooks()
        status = (await client.get(job["pollUrl"])).json()
    assert sender.calls == [
        (HOOK, {"event": "course.created", "jobId": job["jobId"], "course": status["course"]})
    ]
    course = sender.payloads()[0]["course"]
    assert {"id", "name", "headline", "shareUrl", "createdAt"} <= set(course)
    assert course["createdAt"].endswith("Z")
    assert emulator.deliveries[0].status == 204


@pytest.mark.anyio
@pytest.mark.parametrize("code", ["GENERATION_FAILED", None])
async def test_course_failed_carries_the_error_and_its_code_only_when_there_is_one(code):
    clock, sender = FakeClock(), RecordingSender()
    app = make_app(sender, clock)
    app.state.emulator.fail_next_job("Course outline could not be generated for this subject.", code)
    async with client_for(app) as client:
        job = await new_job(client, callbackUrl=HOOK)
        clock.advance(JOB_MAX_SECONDS * FAILURE_AT_FRACTION)  # failure comes a quarter of the way in
        await app.state.emulator.deliver_due_webhooks()
        clock.advance(JOB_MAX_SECONDS)
        await app.state.emulator.deliver_due_webhooks()
    error = {"message": "Course outline could not be generated for this subject."}
    if code:
        error["code"] = code
    assert sender.payloads() == [{"event": "course.failed", "jobId": job["jobId"], "error": error}]


@pytest.mark.anyio
async def test_course_exported_is_the_export_answer_with_its_event_sent_once():
    clock, sender = FakeClock(), RecordingSender()
    app = make_app(sender, clock)
    async with client_for(app) as client:
        course = await finished_course(client, clock)
        exported = await client.post(
            f"{COURSES}/{course['id']}/export", json={"format": "scorm2004", "callbackUrl": HOOK}
        )
        await app.state.emulator.deliver_due_webhooks()
    answer = exported.json()
    assert sender.payloads() == [{"event": "course.exported", **answer}]
    assert set(answer) == {"courseId", "format", "downloadUrl", "shareUrl", "exportedAt"}
    assert answer["format"] == "scorm2004" and answer["courseId"] == course["id"]


@pytest.mark.anyio
async def test_an_export_callback_outside_this_machine_is_refused():
    clock, sender = FakeClock(), RecordingSender()
    app = make_app(sender, clock)
    async with client_for(app) as client:
        course = await finished_course(client, clock)
        refused = await client.post(
            f"{COURSES}/{course['id']}/export", json={"callbackUrl": "https://hooks.example.com/ls"}
        )
    assert refused.status_code == 400 and refused.json()["code"] == "VALIDATION_ERROR"
    assert "loopback" in refused.json()["message"] and sender.calls == []


@pytest.mark.anyio
async def test_the_worker_wakes_at_the_next_due_time_of_a_job_with_a_callback():
    clock, sender = FakeClock(), RecordingSender()
    app = make_app(sender, clock, time_scale=0.5)
    emulator = app.state.emulator
    async with client_for(app) as client:
        await new_job(client)  # no callback: nothing to wake for
        assert emulator.seconds_until_next_webhook() is None
        emulator.fail_next_job()
        failing = emulator.jobs[(await new_job(client, callbackUrl=HOOK))["jobId"]]
        fails_in = failing.seconds * FAILURE_AT_FRACTION * 0.5
        assert emulator.seconds_until_next_webhook() == pytest.approx(fails_in)
        clock.advance(fails_in / 2)
        assert emulator.seconds_until_next_webhook() == pytest.approx(fails_in / 2)
        clock.now = emulator.config.due_at(failing.queued_at, failing.failure.after_seconds)
        assert emulator.seconds_until_next_webhook() == 0.0
        await emulator.deliver_due_webhooks()
        assert emulator.seconds_until_next_webhook() is None
        assert sender.payloads()[0]["event"] == "course.failed"


# --- the worker, in process ------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_worker_sends_a_finished_jobs_webhook_with_no_request_after_the_create():
    sender = RecordingSender()
    app = make_app(sender, time_scale=0)  # the job is done the moment it is queued
    async with app.router.lifespan_context(app), client_for(app) as client:
        job = await new_job(client, callbackUrl=HOOK)
        with anyio.fail_after(BOUND_S):
            await sender.called.wait()
        assert sender.payloads()[0] == {
            "event": "course.created",
            "jobId": job["jobId"],
            "course": sender.payloads()[0]["course"],
        }
        for _ in range(3):  # later reads see the job finished and send nothing more
            assert (await client.get(job["pollUrl"])).json()["status"] == "completed"
        await anyio.wait_all_tasks_blocked()
    assert len(sender.calls) == 1


@pytest.mark.anyio
async def test_while_the_worker_runs_a_request_never_waits_on_a_slow_receiver():
    sender = RecordingSender(hold=True)
    app = make_app(sender, time_scale=0)
    async with app.router.lifespan_context(app), client_for(app) as client:
        job = await new_job(client, callbackUrl=HOOK)
        with anyio.fail_after(BOUND_S):
            await sender.called.wait()
            status = await client.get(job["pollUrl"])  # the receiver has not answered yet
        assert status.json()["status"] == "completed"
        assert app.state.emulator.deliveries[0].status is None
        sender.release.set()
        await anyio.wait_all_tasks_blocked()
        assert app.state.emulator.deliveries[0].status == 204


@pytest.mark.anyio
async def test_shutdown_stops_the_worker_and_abandons_a_delivery_in_flight():
    sender = RecordingSender(hold=True)
    app = make_app(sender, time_scale=0)
    emulator = app.state.emulator
    with anyio.fail_after(BOUND_S):
        async with app.router.lifespan_context(app), client_for(app) as client:
            await new_job(client, callbackUrl=HOOK)
            await sender.called.wait()
            assert emulator.outbox.worker_running
    assert not emulator.outbox.worker_running
    assert emulator.deliveries[0].error == "cancelled: the sandbox shut down"
    assert len(sender.calls) == 1


def test_building_the_apps_starts_nothing():
    app = create_app(SandboxConfig(time_scale=0))
    sandbox = build_sandbox_app(SandboxConfig(time_scale=0))
    assert not app.state.emulator.outbox.worker_running
    assert not sandbox.state.emulators["learningstudio"].state.emulator.outbox.worker_running


# --- the worker over loopback --------------------------------------------------------------------


@asynccontextmanager
async def served(app: Starlette) -> AsyncIterator[str]:
    """Serve `app` with uvicorn on 127.0.0.1 (a port the system picks) until the block ends."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    # Listening before uvicorn starts: a client may connect at once; the kernel holds it till then.
    listener.listen(16)
    server = uvicorn.Server(uvicorn.Config(app, lifespan="on", log_config=None, access_log=False))
    try:
        async with anyio.create_task_group() as group:
            group.start_soon(server.serve, [listener])
            try:
                yield f"http://127.0.0.1:{listener.getsockname()[1]}"
            finally:
                server.should_exit = True
    finally:
        listener.close()


class Receiver:
    """A webhook receiver app: keeps each JSON body, answers 204."""

    def __init__(self) -> None:
        self.payloads: list[dict] = []
        self.arrived = anyio.Event()
        self.app = Starlette(routes=[Route("/hooks/ls", self.receive, methods=["POST"])])

    async def receive(self, request: Request) -> Response:
        self.payloads.append(json.loads(await request.body()))
        self.arrived.set()
        return Response(status_code=204)

    async def next_payload(self) -> dict:
        with anyio.fail_after(BOUND_S):
            await self.arrived.wait()
        self.arrived = anyio.Event()
        return self.payloads[-1]


class RequestCounter:
    """ASGI wrapper counting the HTTP requests that reach the sandbox."""

    def __init__(self, app: Starlette) -> None:
        self.app = app
        self.requests: list[str] = []

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            self.requests.append(f"{scope['method']} {scope['path']}")
        await self.app(scope, receive, send)


@pytest.mark.anyio
async def test_served_sandbox_posts_course_created_then_exported_to_a_loopback_receiver_unpolled():
    # A job takes 60-120 s times 0.002: a fraction of a second of real time.
    sandbox = build_sandbox_app(SandboxConfig(time_scale=0.002))
    emulator = sandbox.state.emulators["learningstudio"].state.emulator
    counted = RequestCounter(sandbox)
    receiver = Receiver()
    with anyio.fail_after(3 * BOUND_S):
        async with served(receiver.app) as receiver_url, served(counted) as sandbox_url:
            hook = f"{receiver_url}/hooks/ls"
            async with httpx2.AsyncClient(
                base_url=f"{sandbox_url}/learningstudio", headers=AUTH, trust_env=False, timeout=BOUND_S
            ) as client:
                job = await new_job(client, callbackUrl=hook)
                created = await receiver.next_payload()
                assert counted.requests == ["POST /learningstudio/api/v1/courses"]
                assert created["event"] == "course.created" and created["jobId"] == job["jobId"]
                course_id = created["course"]["id"]
                exported = await client.post(f"{COURSES}/{course_id}/export", json={"callbackUrl": hook})
                assert exported.status_code == 200, exported.text
                assert await receiver.next_payload() == {"event": "course.exported", **exported.json()}
    assert len(receiver.payloads) == 2
    assert [delivery.status for delivery in emulator.deliveries] == [204, 204]
    assert not emulator.outbox.worker_running  # the server's shutdown stopped it
