"""The LearningStudio adapter paces itself to the documented 30 requests a minute per key.

The emulator refuses the 31st create within any rolling minute with 429, and a create is not
idempotent, so a 429 would reach the agent as an error. Client and emulator share one fake
clock that moves only when the client sleeps, so a minute of pacing takes no real time.
"""

from __future__ import annotations

import httpx2
import pytest
from time_fakes import FakeTime

from coursewright.config import Settings
from coursewright.errors import RateLimited
from coursewright.model import Brief, OutlineSection, TaskOptions
from coursewright.providers.http import PlatformHttp, RetryPolicy
from coursewright.providers.learningstudio.adapter import LearningStudioProvider
from coursewright.sandbox import keys
from coursewright.sandbox.core import SandboxConfig
from coursewright.sandbox.learningstudio.app import create_app
from coursewright.sandbox.learningstudio.state import RATE_LIMIT_REQUESTS

BASE_URL = "http://sandbox"
COURSES = 35  # past the limit of 30 within a minute
BRIEF = Brief(
    name="Workplace safety basics",
    description="Hazards, PPE and emergency procedures for new warehouse staff.",
    target_audience="New warehouse staff with no prior training.",
    desired_number_of_sections=2,
)
OUTLINE = [
    OutlineSection.model_validate(
        {"title": title, "subsections": [{"title": "Basics", "units": [{"title": f"{title} in practice"}]}]}
    )
    for title in ("Hazards", "PPE")
]


class StatusLog(httpx2.AsyncBaseTransport):
    """Every request's method and the status the emulator answered."""

    def __init__(self, inner: httpx2.AsyncBaseTransport) -> None:
        self.inner = inner
        self.answers: list[tuple[str, int]] = []

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        response = await self.inner.handle_async_request(request)
        self.answers.append((request.method, response.status_code))
        return response

    def creates(self) -> int:
        return sum(1 for method, _ in self.answers if method == "POST")


def sandbox_transport(time: FakeTime) -> tuple[StatusLog, object]:
    async def no_wait(seconds: float) -> None:
        return None

    app = create_app(SandboxConfig(clock=time.clock, sleep=no_wait))
    return StatusLog(httpx2.ASGITransport(app=app)), app


@pytest.mark.anyio
async def test_a_burst_of_creates_past_30_is_paced_so_the_emulator_never_answers_429():
    time = FakeTime(10_000.0)
    log, app = sandbox_transport(time)
    settings = Settings(learningstudio_api_key=keys.LEARNINGSTUDIO_API_KEY, learningstudio_base_url=BASE_URL)
    provider = LearningStudioProvider.from_settings(
        settings, transport=log, retry=RetryPolicy.never(), sleep=time.sleep, clock=time.clock
    )
    started = time.now
    try:
        for _ in range(COURSES):
            task = await provider.create_task(BRIEF, TaskOptions())
            native = task.task_id.split(":", 1)[1]  # provider methods take the native id
            await provider.generate_outline(native, OUTLINE, regenerate=False)
    finally:
        await provider.aclose()

    assert [status for _, status in log.answers if status == 429] == []
    assert log.creates() == COURSES and len(app.state.emulator.jobs) == COURSES
    # The first calls went at once; only the ones past the burst waited, and the whole run
    # took more than the minute the platform counts over.
    assert len(log.answers) - len(time.sleeps) >= 15
    assert time.now - started > 60.0


@pytest.mark.anyio
async def test_without_client_pacing_the_same_burst_meets_429():
    """The emulator does enforce the limit, so the test above would fail without the limiter."""
    time = FakeTime(10_000.0)
    log, _ = sandbox_transport(time)
    http = PlatformHttp(
        platform="learningstudio",
        base_url=BASE_URL,
        auth_header=("Authorization", f"Bearer {keys.LEARNINGSTUDIO_API_KEY}"),
        rate_per_minute=None,
        retry=RetryPolicy.never(),
        transport=log,
        sleep=time.sleep,
        clock=time.clock,
    )
    async with http:
        for _ in range(RATE_LIMIT_REQUESTS):
            await http.request("POST", "/api/v1/courses", json={"subject": "Fire safety"})
        with pytest.raises(RateLimited):
            await http.request("POST", "/api/v1/courses", json={"subject": "Fire safety"})
    assert log.answers[-1] == ("POST", 429)
