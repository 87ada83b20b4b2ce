"""Contract tests of the TutorFlow Platform API emulator, one documented rule per test.

Rules come from shared/reference/openedx-olx-learningstudio-tutorflow.md (B2, "Emulator notes")
and seed 002 (the Course API page). Everything runs in process on a fake clock; the time a sync
generation "takes" goes through a recording sleep, so nothing here waits.
"""

from __future__ import annotations

import httpx2
import pytest

from coursewright.sandbox import keys
from coursewright.sandbox.core import FaultSpec, SandboxConfig
from coursewright.sandbox.tutorflow import create_app

COURSES = "/v1/platform/courses"
AUTH = {"Authorization": f"Bearer {keys.TUTORFLOW_API_KEY}"}
SCALE = 0.01
PYTHON_PROMPT = (
    "Create a beginner Python course covering variables, loops, and functions with hands-on exercises"
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class RecordingSleep:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sleeps() -> RecordingSleep:
    return RecordingSleep()


def make_app(clock: FakeClock, sleeps: RecordingSleep, time_scale: float = SCALE, faults: str = ""):
    config = SandboxConfig(time_scale=time_scale, clock=clock, sleep=sleeps, faults=FaultSpec.parse(faults))
    return create_app(config)


@pytest.fixture
def app(clock, sleeps):
    return make_app(clock, sleeps)


def client_for(app) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox")


@pytest.fixture
async def client(app):
    async with client_for(app) as http:
        http.headers.update(AUTH)
        yield http


async def create(client, **fields) -> dict:
    response = await client.post(COURSES, json={"prompt": PYTHON_PROMPT, **fields})
    assert response.status_code in (200, 201), response.text
    return response.json()


def assert_error(response: httpx2.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "status"}
    assert body["error"]["code"] == code
    assert body["error"]["status"] == status
    assert body["error"]["message"]
    return body["error"]


# --- authentication (B2: Bearer tf_platform_..., 401 codes) --------------------------------------


@pytest.mark.anyio
async def test_a_request_without_a_key_is_401_invalid_api_key(app):
    async with client_for(app) as anonymous:
        response = await anonymous.get(COURSES)
    error = assert_error(response, 401, "platform_invalid_api_key")
    assert error["message"] == "Invalid or missing Platform API key"


@pytest.mark.anyio
async def test_an_unknown_key_or_another_scheme_is_401_invalid_api_key(app):
    async with client_for(app) as http:
        wrong_key = await http.get(COURSES, headers={"Authorization": "Bearer tf_platform_not_a_real_key"})
        wrong_scheme = await http.get(COURSES, headers={"Authorization": f"Token {keys.TUTORFLOW_API_KEY}"})
    assert_error(wrong_key, 401, "platform_invalid_api_key")
    assert_error(wrong_scheme, 401, "platform_invalid_api_key")


@pytest.mark.anyio
async def test_a_revoked_key_is_401_api_key_revoked(app):
    async with client_for(app) as http:
        response = await http.post(
            COURSES,
            json={"prompt": PYTHON_PROMPT},
            headers={"Authorization": f"Bearer {keys.TUTORFLOW_REVOKED_API_KEY}"},
        )
    assert_error(response, 401, "platform_api_key_revoked")
    assert app.state.emulator.requests == {}


# --- create (seed 002: request body, sync and async modes) ---------------------------------------


@pytest.mark.anyio
async def test_sync_create_returns_the_terminal_course_after_the_generation_time(client, sleeps):
    course = await create(client, language="en", level="beginner", lessonCount=5)
    assert course["status"] == "COMPLETED"
    assert course["isTerminal"] is True
    assert course["pollAfterMs"] is None
    assert course["mode"] == "sync"
    assert course["courseId"] and course["slug"] and course["shareToken"]
    assert course["completedAt"] and course["completedAt"] > course["createdAt"]
    assert course["lessonCount"] == len(course["lessons"])
    assert sum(chapter["lessonCount"] for chapter in course["chapters"]) == len(course["lessons"])
    assert [lesson["sequence"] for lesson in course["lessons"]] == list(range(1, len(course["lessons"]) + 1))
    # About 20 s for five lessons, times the time scale.
    assert sleeps.delays == [pytest.approx(20 * SCALE)]


@pytest.mark.anyio
async def test_create_echoes_the_request_fields_and_defaults_language_to_en(client):
    course = await create(client, level="intermediate", subject="programming", hasQuiz=False)
    assert course["language"] == "en"
    assert course["level"] == "intermediate"
    assert course["subject"] == "programming"
    assert course["hasQuiz"] is False
    assert course["hasPractice"] is True
    assert course["tier"] == "default"


@pytest.mark.anyio
async def test_title_and_description_override_the_generated_ones(client):
    course = await create(client, title="Python Quick Start", description="Variables, loops and functions.")
    assert course["title"] == "Python Quick Start"
    assert course["description"] == "Variables, loops and functions."
    assert course["slug"].startswith("python-quick-start-")


@pytest.mark.anyio
async def test_async_create_returns_pending_with_poll_after_ms(client, sleeps):
    course = await create(client, mode="async")
    assert course["status"] == "PENDING"
    assert course["isTerminal"] is False
    assert course["pollAfterMs"] == round(3000 * SCALE)
    assert course["courseId"] is None
    assert course["lessons"] is None and course["chapters"] is None
    assert course["lessonCount"] is None
    assert course["completedAt"] is None
    assert sleeps.delays == []


@pytest.mark.anyio
async def test_async_generation_completes_lazily_against_the_clock(client, clock):
    course = await create(client, mode="async", lessonCount=5)
    url = f"{COURSES}/{course['id']}"
    clock.advance(1 * SCALE)
    running = (await client.get(url)).json()
    assert running["status"] == "PROCESSING"
    assert running["isTerminal"] is False
    clock.advance(18 * SCALE)
    assert (await client.get(url)).json()["status"] == "PROCESSING"
    clock.advance(1 * SCALE)
    done = (await client.get(url)).json()
    assert done["status"] == "COMPLETED"
    assert done["isTerminal"] is True
    assert done["pollAfterMs"] is None
    assert done["courseId"] and done["lessons"]


@pytest.mark.anyio
async def test_a_failed_generation_is_terminal_and_bills_nothing(client, clock):
    course = await create(client, mode="async", prompt="Statistics basics sandbox:fail")
    clock.advance(60 * SCALE)
    failed = (await client.get(f"{COURSES}/{course['id']}")).json()
    assert failed["status"] == "FAILED"
    assert failed["isTerminal"] is True
    assert failed["courseId"] is None
    assert failed["priceSnapshot"]["units"] == 0
    assert failed["priceSnapshot"]["amountUsd"] == 0


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({}, "prompt should not be empty"),
        ({"prompt": "   "}, "prompt should not be empty"),
        ({"prompt": 7}, "prompt must be a string"),
        ({"prompt": "x", "level": "expert"}, "level must be one of the following values"),
        ({"prompt": "x", "lessonCount": 0}, "lessonCount must not be less than 1"),
        ({"prompt": "x", "lessonCount": 51}, "lessonCount must not be greater than 50"),
        ({"prompt": "x", "lessonCount": 2.5}, "lessonCount must be an integer number"),
        ({"prompt": "x", "tier": "default"}, "tier must be one of the following values"),
        ({"prompt": "x", "mode": "batch"}, "mode must be one of the following values"),
        ({"prompt": "x", "hasQuiz": "yes"}, "hasQuiz must be a boolean value"),
        ({"prompt": "x", "outline": ["a"]}, "property outline should not exist"),
    ],
)
async def test_create_validates_the_body_as_platform_invalid_request(app, client, fields, fragment):
    response = await client.post(COURSES, json=fields)
    error = assert_error(response, 400, "platform_invalid_request")
    assert error["message"].startswith("Validation failed: ")
    assert fragment in error["message"]
    assert app.state.emulator.requests == {}


@pytest.mark.anyio
async def test_a_body_that_is_not_json_is_platform_invalid_request(client):
    response = await client.post(COURSES, content=b"{not json", headers={"Content-Type": "application/json"})
    assert_error(response, 400, "platform_invalid_request")


# --- get -----------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_get_returns_the_same_course_response_as_create(client):
    course = await create(client)
    fetched = (await client.get(f"{COURSES}/{course['id']}")).json()
    assert fetched == course


@pytest.mark.anyio
async def test_get_of_an_unknown_request_is_404_not_found(client):
    response = await client.get(f"{COURSES}/00000000-0000-4000-8000-000000000000")
    assert_error(response, 404, "platform_not_found")


@pytest.mark.anyio
async def test_an_unknown_path_is_404_in_the_platform_envelope(client):
    response = await client.delete(f"{COURSES}/abc")
    assert_error(response, 404, "platform_not_found")
