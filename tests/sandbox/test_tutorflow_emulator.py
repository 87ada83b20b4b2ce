"""Contract tests of the TutorFlow Platform API emulator, one documented rule per test.

Rules come from shared/reference/openedx-olx-learningstudio-tutorflow.md (B2, "Emulator notes")
and seed 002 (the Course API page). Everything runs in process on a fake clock; the time a sync
generation "takes" goes through a recording sleep, so nothing here waits.
"""

from __future__ import annotations

import httpx2
import pytest
from time_fakes import FakeClock, RecordingSleep

from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import FaultMiddleware, FaultSpec, SandboxConfig, SandboxConnectionDropped
from coursewright.sandbox.tutorflow.app import create_app

COURSES = "/v1/platform/courses"
AUTH = {"Authorization": f"Bearer {keys.TUTORFLOW_API_KEY}"}
SCALE = 0.01
PYTHON_PROMPT = (
    "Create a beginner Python course covering variables, loops, and functions with hands-on exercises"
)


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


# --- idempotency (seed 002: idempotencyKey body field or Idempotency-Key header) ------------------


@pytest.mark.anyio
async def test_a_fresh_request_without_a_key_reports_idempotent_replay_null(client):
    course = await create(client)
    assert course["idempotencyKey"] is None
    assert course["idempotentReplay"] is None


@pytest.mark.anyio
async def test_reusing_a_body_key_returns_the_original_request_marked_as_a_replay(app, client, sleeps):
    first = await client.post(COURSES, json={"prompt": PYTHON_PROMPT, "idempotencyKey": "brief-1"})
    again = await client.post(COURSES, json={"prompt": PYTHON_PROMPT, "idempotencyKey": "brief-1"})
    assert first.status_code == 201
    assert again.status_code == 200
    assert first.json()["idempotentReplay"] is False
    assert again.json()["idempotentReplay"] is True
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["idempotencyKey"] == "brief-1"
    assert len(app.state.emulator.requests) == 1
    assert len(sleeps.delays) == 1  # the replay generated nothing


@pytest.mark.anyio
async def test_the_idempotency_key_header_dedupes_like_the_body_field(app, client):
    first = await client.post(
        COURSES, json={"prompt": PYTHON_PROMPT, "mode": "async"}, headers={"Idempotency-Key": "k-7"}
    )
    again = await client.post(
        COURSES, json={"prompt": PYTHON_PROMPT, "mode": "async", "idempotencyKey": "k-7"}
    )
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["idempotentReplay"] is True
    assert len(app.state.emulator.requests) == 1


@pytest.mark.anyio
async def test_a_replay_returns_the_request_as_it_stands_now(client, clock):
    headers = {"Idempotency-Key": "k-async"}
    body = {"prompt": PYTHON_PROMPT, "mode": "async"}
    pending = (await client.post(COURSES, json=body, headers=headers)).json()
    clock.advance(60 * SCALE)
    replay = (await client.post(COURSES, json=body, headers=headers)).json()
    assert pending["status"] == "PENDING"
    assert replay["status"] == "COMPLETED"
    assert replay["id"] == pending["id"]


@pytest.mark.anyio
async def test_spelling_out_a_default_is_still_the_same_request(app, client):
    await client.post(COURSES, json={"prompt": PYTHON_PROMPT}, headers={"Idempotency-Key": "k-d"})
    again = await client.post(
        COURSES,
        json={"prompt": PYTHON_PROMPT, "mode": "sync", "language": "en"},
        headers={"Idempotency-Key": "k-d"},
    )
    assert again.json()["idempotentReplay"] is True
    assert len(app.state.emulator.requests) == 1


@pytest.mark.anyio
async def test_the_same_key_with_a_different_body_is_409_conflict(app, client):
    await client.post(COURSES, json={"prompt": PYTHON_PROMPT, "idempotencyKey": "k-1"})
    response = await client.post(COURSES, json={"prompt": "Spanish for travellers", "idempotencyKey": "k-1"})
    assert_error(response, 409, "platform_conflict")
    assert len(app.state.emulator.requests) == 1


@pytest.mark.anyio
async def test_a_body_key_and_a_different_header_key_are_refused(app, client):
    response = await client.post(
        COURSES, json={"prompt": PYTHON_PROMPT, "idempotencyKey": "a"}, headers={"Idempotency-Key": "b"}
    )
    assert_error(response, 400, "platform_invalid_request")
    assert app.state.emulator.requests == {}


@pytest.mark.anyio
async def test_a_lost_answer_is_recovered_by_retrying_with_the_same_key(app):
    lossy = FaultMiddleware(app, "tutorflow", SandboxConfig(faults=FaultSpec.parse("tutorflow:lost=1")))
    body = {"prompt": PYTHON_PROMPT, "idempotencyKey": "k-lost"}
    async with client_for(lossy) as http:
        with pytest.raises(SandboxConnectionDropped):
            await http.post(COURSES, json=body, headers=AUTH)
    async with client_for(app) as http:
        retry = await http.post(COURSES, json=body, headers=AUTH)
    assert retry.status_code == 200
    assert retry.json()["idempotentReplay"] is True
    assert retry.json()["status"] == "COMPLETED"
    assert len(app.state.emulator.requests) == 1


# --- list (B2: status filter, limit 1-100 default 20, offset, {items, total}) ---------------------


@pytest.mark.anyio
async def test_list_pages_newest_first_with_total(client, clock):
    ids = []
    for index in range(3):
        ids.append((await create(client, mode="async", prompt=f"Course number {index} on geology"))["id"])
        clock.advance(1)
    page = (await client.get(COURSES, params={"limit": 2, "offset": 0})).json()
    assert page["total"] == 3
    assert [item["id"] for item in page["items"]] == ids[::-1][:2]
    rest = (await client.get(COURSES, params={"limit": 2, "offset": 2})).json()
    assert [item["id"] for item in rest["items"]] == [ids[0]]


@pytest.mark.anyio
async def test_list_items_carry_no_chapters_or_lessons_and_a_share_form_preview(client):
    course = await create(client)
    item = (await client.get(COURSES)).json()["items"][0]
    assert "chapters" not in item and "lessons" not in item
    assert item["previewUrl"].endswith(f"/en/platform/courses/{course['shareToken']}")
    assert "/edit/" not in item["previewUrl"]
    assert item["priceSnapshot"] == course["priceSnapshot"]


@pytest.mark.anyio
async def test_list_filters_by_status(client, clock):
    await create(client)
    await create(client, mode="async", prompt="Soil science")
    done = (await client.get(COURSES, params={"status": "COMPLETED"})).json()
    waiting = (await client.get(COURSES, params={"status": "PENDING"})).json()
    assert [item["status"] for item in done["items"]] == ["COMPLETED"]
    assert [item["status"] for item in waiting["items"]] == ["PENDING"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"status": "DONE"}, {"limit": "x"}]
)
async def test_list_refuses_out_of_range_queries(client, params):
    assert_error(await client.get(COURSES, params=params), 400, "platform_invalid_request")


@pytest.mark.anyio
async def test_list_defaults_to_twenty_items(client):
    for index in range(21):
        await create(client, mode="async", prompt=f"Topic {index} in astronomy")
    page = (await client.get(COURSES)).json()
    assert page["total"] == 21
    assert len(page["items"]) == 20


# --- pricing (seed 002: $0.05 per lesson actually generated, not per lesson requested) -----------


@pytest.mark.anyio
async def test_price_snapshot_bills_the_lessons_actually_generated(client):
    course = await create(client, lessonCount=5)
    snapshot = course["priceSnapshot"]
    assert len(course["lessons"]) == 6  # the generator made one more than asked, as in the docs' example
    assert snapshot == {
        "category": "course",
        "catalogKey": "course.default",
        "tier": "default",
        "unit": "lesson",
        "unitPrice": 0.05,
        "units": 6,
        "amountUsd": 0.30,
        "currency": "USD",
        "source": "platform_pricing_catalog_v2",
    }


@pytest.mark.anyio
async def test_the_legacy_tier_is_accepted_but_has_no_price_effect(client):
    basic = await create(client, tier="basic", lessonCount=4)
    advanced = await create(client, tier="advanced", lessonCount=4)
    assert basic["tier"] == advanced["tier"] == "default"
    assert basic["priceSnapshot"]["unitPrice"] == advanced["priceSnapshot"]["unitPrice"] == 0.05


@pytest.mark.anyio
async def test_lesson_count_is_capped_at_fifty_lessons(client):
    course = await create(client, lessonCount=50)
    assert len(course["lessons"]) <= 50
    assert course["priceSnapshot"]["units"] == len(course["lessons"])


@pytest.mark.anyio
async def test_an_unfinished_request_has_no_price_yet(client):
    course = await create(client, mode="async")
    assert course["priceSnapshot"] is None


# --- lesson types (seed 002: chosen by topic, first lesson normalised) ----------------------------


def lesson_types(course: dict) -> list[str]:
    return [lesson["type"] for lesson in course["lessons"]]


@pytest.mark.anyio
async def test_a_programming_course_starts_with_a_coding_lesson_and_practises_with_coding_tests(client):
    types = lesson_types(await create(client, lessonCount=6))
    assert types[0] == "coding-lesson"
    assert "coding-test" in types


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("prompt", "subject", "first"),
    [
        ("Introduction to algebra: linear equations and graphs", "mathematics", "ai-tutor"),
        ("Photosynthesis and plant cells for grade 8", "biology", "ai-tutor"),
        ("Spanish for travellers: greetings, directions and food", None, "reading-comprehension"),
        ("Prompt engineering for marketing teams", None, "chat-ai"),
        ("Build your first website with HTML and CSS", None, "ai-tutor"),
    ],
)
async def test_the_first_lesson_is_the_starter_type_for_the_topic(client, prompt, subject, first):
    fields = {"prompt": prompt, "lessonCount": 6}
    if subject:
        fields["subject"] = subject
    assert lesson_types(await create(client, **fields))[0] == first


@pytest.mark.anyio
@pytest.mark.parametrize(
    "prompt",
    [
        "Introduction to algebra: linear equations and graphs",
        "Spanish for travellers: greetings, directions and food",
        "Prompt engineering for marketing teams",
        "World history from 1900 to 1950",
    ],
)
async def test_coding_lesson_types_are_reserved_for_programming_topics(client, prompt):
    types = lesson_types(await create(client, prompt=prompt, lessonCount=12))
    assert not {"coding-lesson", "coding-test"} & set(types)


@pytest.mark.anyio
async def test_has_quiz_false_leaves_out_exam_lessons(client):
    with_quiz = lesson_types(await create(client, lessonCount=8))
    without = lesson_types(await create(client, lessonCount=8, hasQuiz=False, prompt=PYTHON_PROMPT + " "))
    assert "exam" in with_quiz
    assert "exam" not in without


@pytest.mark.anyio
async def test_generation_is_deterministic_for_a_seed(clock, sleeps):
    first, second = make_app(clock, sleeps), make_app(clock, sleeps)
    async with client_for(first) as a, client_for(second) as b:
        one = (await a.post(COURSES, json={"prompt": PYTHON_PROMPT}, headers=AUTH)).json()
        two = (await b.post(COURSES, json={"prompt": PYTHON_PROMPT}, headers=AUTH)).json()
    assert one["lessons"] == two["lessons"]
    assert one["id"] == two["id"]


# --- edit tokens (seed 002: previewUrl carries a one-hour edit token; POST /:id/edit-token) -----


def token_of(course: dict) -> str:
    return course["previewUrl"].rsplit("/edit/", 1)[1]


@pytest.mark.anyio
async def test_the_preview_url_links_the_editor_with_the_current_edit_token(client):
    course = await create(client)
    assert "/en/platform/courses/edit/" in course["previewUrl"]
    assert course["publicUrl"].endswith(f"/en/platform/courses/{course['shareToken']}/lessons/1")
    assert course["lessons"][2]["lessonUrl"].endswith(f"/{course['shareToken']}/lessons/3")
    summary = await client.get(f"{COURSES}/edit/{token_of(course)}", headers={"Authorization": ""})
    assert summary.status_code == 200
    assert summary.json()["id"] == course["courseId"]


@pytest.mark.anyio
async def test_minting_an_edit_token_returns_it_with_an_expiry_an_hour_later(app, client):
    course = await create(client)
    response = await client.post(f"{COURSES}/{course['id']}/edit-token")
    assert response.status_code == 201
    minted = response.json()
    assert set(minted) == {"editToken", "editTokenExpiresAt"}
    emulator_token = app.state.emulator.tokens[minted["editToken"]]
    assert emulator_token.expires_at - 1000.0 == pytest.approx(3600.0)
    refreshed = (await client.get(f"{COURSES}/{course['id']}")).json()
    assert token_of(refreshed) == minted["editToken"]


@pytest.mark.anyio
async def test_an_edit_token_expires_after_one_hour_of_the_sandbox_clock(client, clock):
    course = await create(client)
    url = f"{COURSES}/edit/{token_of(course)}"
    clock.advance(3599)
    assert (await client.get(url)).status_code == 200
    clock.advance(2)
    assert_error(await client.get(url), 403, "platform_forbidden")
    fresh = (await client.post(f"{COURSES}/{course['id']}/edit-token")).json()["editToken"]
    assert (await client.get(f"{COURSES}/edit/{fresh}")).status_code == 200


@pytest.mark.anyio
async def test_an_unknown_edit_token_is_404(client):
    assert_error(await client.get(f"{COURSES}/edit/{'0' * 64}"), 404, "platform_not_found")


@pytest.mark.anyio
async def test_an_edit_token_for_an_unfinished_request_is_409_conflict(client):
    course = await create(client, mode="async")
    assert_error(await client.post(f"{COURSES}/{course['id']}/edit-token"), 409, "platform_conflict")


@pytest.mark.anyio
async def test_reading_by_share_token_refreshes_an_expired_edit_token(client, clock):
    course = await create(client)
    clock.advance(3601)
    shared = await client.get(f"{COURSES}/public/{course['shareToken']}/full", headers={"Authorization": ""})
    assert shared.status_code == 200
    assert shared.json()["lessons"][0]["lectureContent"]
    now = (await client.get(f"{COURSES}/{course['id']}")).json()
    assert token_of(now) != token_of(course)
    assert (await client.get(f"{COURSES}/edit/{token_of(now)}")).status_code == 200


# --- rate limit (B2: 60 requests a minute per key, 429 platform_rate_limit_exceeded) -------------


@pytest.mark.anyio
async def test_the_sixty_first_request_in_a_minute_is_429_with_retry_after(client, clock):
    for _ in range(60):
        assert (await client.get(COURSES)).status_code == 200
        clock.advance(0.5)
    refused = await client.get(COURSES)
    error = assert_error(refused, 429, "platform_rate_limit_exceeded")
    assert error["message"] == "Rate limit exceeded"
    assert refused.headers["Retry-After"] == "30"
    clock.advance(30)
    assert (await client.get(COURSES)).status_code == 200


@pytest.mark.anyio
async def test_the_editor_routes_need_no_key_and_are_not_counted_against_it(app, client, clock):
    course = await create(client)
    app.state.emulator.rate_limit_per_minute = 2
    token = token_of(course)
    async with client_for(app) as anonymous:
        for _ in range(5):
            assert (await anonymous.get(f"{COURSES}/edit/{token}/canonical")).status_code == 200
    assert (await client.get(COURSES)).status_code == 200


# --- the editor (seed 002: Edit Token API; canonical and UUID routes) ----------------------------


@pytest.fixture
async def editor(app, client):
    """A completed course and a client for its editor (no key: the edit token is the credential)."""
    course = await create(client, lessonCount=6)
    async with client_for(app) as anonymous:
        anonymous.base_url = f"http://sandbox{COURSES}/edit/{token_of(course)}"
        yield course, anonymous


@pytest.mark.anyio
async def test_the_canonical_payload_has_chapter_ids_and_lesson_uuids(editor):
    course, http = editor
    canonical = (await http.get("/canonical")).json()
    assert canonical["id"] == course["courseId"]
    assert [c["title"] for c in canonical["chapters"]] == [c["title"] for c in course["chapters"]]
    chapter_ids = {c["id"] for c in canonical["chapters"]}
    for lesson in canonical["lessons"]:
        assert set(lesson) >= {
            "id",
            "chapterId",
            "title",
            "type",
            "sequence",
            "lecture",
            "quizzes",
            "metadata",
        }
        assert lesson["chapterId"] in chapter_ids
    assert [lesson["sequence"] for lesson in canonical["lessons"]] == list(range(1, 7))


@pytest.mark.anyio
async def test_a_canonical_save_replaces_the_curriculum_and_returns_success(editor):
    _, http = editor
    canonical = (await http.get("/canonical")).json()
    kept = canonical["lessons"][:2]
    body = {
        "title": "Python Foundations",
        "description": "A practical Python course.",
        "slug": "python-foundations",
        "chapters": [
            {"id": "getting-started", "title": "Getting Started", "slug": "getting-started", "sequence": 1}
        ],
        "lessons": [
            {**kept[1], "chapterId": "getting-started", "sequence": 1, "title": "Variables and Types"},
            {**kept[0], "chapterId": "getting-started", "sequence": 2},
        ],
    }
    response = await http.patch("/canonical", json=body)
    assert response.status_code == 200, response.text
    assert response.json() == {"success": True}
    saved = (await http.get("/canonical")).json()
    assert saved["title"] == "Python Foundations" and saved["slug"] == "python-foundations"
    assert [c["id"] for c in saved["chapters"]] == ["getting-started"]
    assert [(x["id"], x["sequence"]) for x in saved["lessons"]] == [(kept[1]["id"], 1), (kept[0]["id"], 2)]
    assert saved["lessons"][0]["title"] == "Variables and Types"
    assert saved["lessons"][0]["lecture"] == kept[1]["lecture"]


@pytest.mark.anyio
async def test_a_canonical_save_refuses_a_lesson_in_no_chapter_and_changes_nothing(editor):
    _, http = editor
    before = (await http.get("/canonical")).json()
    lessons = [{**before["lessons"][0], "chapterId": "nowhere"}]
    assert_error(await http.patch("/canonical", json={"lessons": lessons}), 400, "platform_invalid_request")
    assert (await http.get("/canonical")).json() == before


@pytest.mark.anyio
async def test_a_canonical_save_with_an_unknown_lesson_id_is_404(editor):
    _, http = editor
    before = (await http.get("/canonical")).json()
    lessons = [{**before["lessons"][0], "id": "00000000-0000-4000-8000-000000000000"}]
    assert_error(await http.patch("/canonical", json={"lessons": lessons}), 404, "platform_not_found")


@pytest.mark.anyio
async def test_a_canonical_save_with_a_slug_another_course_holds_is_409(client, editor):
    _, http = editor
    other = await create(client, prompt="Soil science for gardeners")
    assert_error(await http.patch("/canonical", json={"slug": other["slug"]}), 409, "platform_conflict")


@pytest.mark.anyio
async def test_a_canonical_save_refuses_unknown_fields(editor):
    _, http = editor
    error = assert_error(
        await http.patch("/canonical", json={"sections": []}), 400, "platform_invalid_request"
    )
    assert "property sections should not exist" in error["message"]


@pytest.mark.anyio
async def test_updating_the_course_by_edit_token_changes_title_and_description(client, editor):
    course, http = editor
    editor_root = f"http://sandbox{COURSES}/edit/{token_of(course)}"
    response = await http.patch(editor_root, json={"title": "New Title", "description": "Updated overview."})
    assert response.json() == {"success": True}
    fetched = (await client.get(f"{COURSES}/{course['id']}")).json()
    assert (fetched["title"], fetched["description"]) == ("New Title", "Updated overview.")


@pytest.mark.anyio
async def test_a_lesson_by_sequence_reads_and_updates(editor):
    _, http = editor
    lesson = (await http.get("/lessons/3")).json()
    assert set(lesson) == {
        "id",
        "sequence",
        "title",
        "type",
        "chapterTitle",
        "description",
        "lectureContent",
        "codeContent",
        "quizzes",
        "lessonSlug",
        "chapterSlug",
    }
    patch = {"lecture": "<p>Updated HTML</p>", "title": "Loops, Revisited", "lessonSlug": "loops-revisited"}
    assert (await http.patch("/lessons/3", json=patch)).json() == {"success": True}
    updated = (await http.get("/lessons/3")).json()
    assert (updated["lectureContent"], updated["title"], updated["lessonSlug"]) == (
        "<p>Updated HTML</p>",
        "Loops, Revisited",
        "loops-revisited",
    )
    assert_error(await http.get("/lessons/99"), 404, "platform_not_found")


@pytest.mark.anyio
async def test_adding_a_lesson_appends_it_to_the_chosen_chapter(editor):
    course, http = editor
    body = {"title": "Solving Quadratic Equations", "type": "ai-tutor", "quizCount": 2, "chapterSequence": 1}
    response = await http.post("/lessons", json=body)
    assert response.status_code == 201, response.text
    added = response.json()
    first_chapter = course["chapters"][0]
    assert added["chapterTitle"] == first_chapter["title"]
    assert added["sequence"] == first_chapter["lessonCount"] + 1
    assert len(added["quizzes"]) == 2
    canonical = (await http.get("/canonical")).json()
    assert len(canonical["lessons"]) == len(course["lessons"]) + 1
    assert [x["sequence"] for x in canonical["lessons"]] == list(range(1, len(canonical["lessons"]) + 1))


@pytest.mark.anyio
async def test_adding_a_lesson_defaults_to_the_last_chapter_and_validates(editor):
    course, http = editor
    added = (await http.post("/lessons", json={"title": "Wrap-up", "type": "markdown"})).json()
    assert added["chapterTitle"] == course["chapters"][-1]["title"]
    assert added["sequence"] == len(course["lessons"]) + 1
    assert_error(
        await http.post("/lessons", json={"title": "x", "type": "video"}), 400, "platform_invalid_request"
    )
    assert_error(await http.post("/lessons", json={"type": "markdown"}), 400, "platform_invalid_request")
    missing = await http.post("/lessons", json={"title": "x", "type": "markdown", "chapterSequence": 40})
    assert_error(missing, 404, "platform_not_found")


@pytest.mark.anyio
async def test_a_full_lesson_by_uuid_reads_and_saves_and_moves(editor):
    _, http = editor
    canonical = (await http.get("/canonical")).json()
    last = canonical["lessons"][-1]
    first_chapter = canonical["chapters"][0]["id"]
    body = {
        "title": "Control Flow",
        "type": "ai-tutor",
        "chapterId": first_chapter,
        "sequence": 1,
        "lecture": "<p>Use if statements to branch...</p>",
        "content": {"blocks": []},
        "quizzes": [],
        "problems": [],
        "metadata": {"duration": 15},
    }
    response = await http.patch(f"/lessons/by-id/{last['id']}/full", json=body)
    assert response.status_code == 200, response.text
    saved = response.json()
    assert saved["id"] == last["id"]
    assert (saved["title"], saved["sequence"], saved["chapterId"]) == ("Control Flow", 1, first_chapter)
    assert (await http.get(f"/lessons/by-id/{last['id']}/full")).json() == saved
    after = (await http.get("/canonical")).json()
    assert [x["sequence"] for x in after["lessons"]] == list(range(1, len(after["lessons"]) + 1))
    assert_error(await http.get("/lessons/by-id/nope/full"), 404, "platform_not_found")


@pytest.mark.anyio
async def test_infer_type_answers_a_lesson_type(editor):
    _, http = editor
    body = {
        "lessonTitle": "Practice: Factoring Polynomials",
        "lessonDescription": "Hands-on practice problems for factoring.",
        "courseTitle": "Intermediate Algebra",
        "courseDescription": "Algebra fundamentals for high school students.",
        "existingLessons": [{"title": "Welcome to Algebra", "type": "ai-tutor"}],
    }
    assert (await http.post("/infer-type", json=body)).json() == {"type": "exam"}
    vocab = {"lessonTitle": "Key vocabulary flashcards", "courseTitle": "Spanish for travellers"}
    assert (await http.post("/infer-type", json=vocab)).json() == {"type": "flashcard"}
    assert_error(await http.post("/infer-type", json={}), 400, "platform_invalid_request")


@pytest.mark.anyio
async def test_generate_streams_server_sent_events_and_saves_nothing(editor, sleeps):
    from coursewright.providers.tutorflow.formats import parse_generate_stream, sse_events

    _, http = editor
    before = (await http.get("/canonical")).json()
    lesson = before["lessons"][-1]
    body = {
        "chapter": {"id": lesson["chapterId"], "name": "Python Basics"},
        "courseTitle": before["title"],
        "courseDescription": before["description"],
        "shouldGenerateImage": False,
    }
    response = await http.post(f"/lessons/by-id/{lesson['id']}/generate", json=body)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    names = [name for name, _ in sse_events(response.text)]
    assert names[0] == "start" and names[-1] == "done"
    assert names.count("lecture") >= 2
    generated = parse_generate_stream(response.text)
    assert "<h2>" in generated.lecture
    assert (await http.get("/canonical")).json() == before
    assert sum(sleeps.delays[1:]) == pytest.approx(8 * SCALE * 4 / 5)


# --- keyed updates (B2 update-course page: /courses/:id/..., only after completion) -------------


@pytest.mark.anyio
async def test_keyed_updates_work_on_a_completed_request(client):
    course = await create(client)
    url = f"{COURSES}/{course['id']}"
    renamed = await client.patch(url, json={"title": "Python, Properly"})
    assert renamed.status_code == 200
    assert renamed.json()["title"] == "Python, Properly"
    assert renamed.json()["id"] == course["id"]
    lesson = await client.patch(f"{url}/lessons/2", json={"title": "Names and Values"})
    assert lesson.json() == {"success": True}
    assert (await client.get(url)).json()["lessons"][1]["title"] == "Names and Values"
    canonical = (await client.get(f"{COURSES}/edit/{token_of(course)}/canonical")).json()
    chapter = canonical["chapters"][0]["id"]
    assert (await client.patch(f"{url}/chapters/{chapter}", json={"title": "Basics"})).json() == {
        "success": True
    }
    assert (await client.get(url)).json()["chapters"][0]["title"] == "Basics"


@pytest.mark.anyio
async def test_keyed_canonical_and_full_lesson_saves_match_the_editor_routes(client):
    course = await create(client)
    url = f"{COURSES}/{course['id']}"
    canonical = (await client.get(f"{COURSES}/edit/{token_of(course)}/canonical")).json()
    lesson = canonical["lessons"][0]
    saved = await client.patch(f"{url}/lessons/by-id/{lesson['id']}/full", json={"lecture": "<p>Mine</p>"})
    assert saved.json()["lecture"] == "<p>Mine</p>"
    body = {"title": "Renamed", "lessons": canonical["lessons"][:1]}
    assert (await client.patch(f"{url}/canonical", json=body)).json() == {"success": True}
    after = (await client.get(url)).json()
    assert after["title"] == "Renamed"
    assert [x["title"] for x in after["lessons"]] == [lesson["title"]]
    assert after["lessonCount"] == 1
    assert after["priceSnapshot"] == course["priceSnapshot"]  # billed at generation, not re-billed by edits
    assert_error(
        await client.patch(f"{url}/chapters/nowhere", json={"title": "x"}), 404, "platform_not_found"
    )
    bad_slug = await client.patch(f"{url}/canonical", json={"slug": "Not A Slug"})
    assert_error(bad_slug, 400, "platform_invalid_request")


@pytest.mark.anyio
async def test_keyed_updates_before_completion_are_409_conflict(client):
    course = await create(client, mode="async")
    response = await client.patch(f"{COURSES}/{course['id']}", json={"title": "Too early"})
    assert_error(response, 409, "platform_conflict")


@pytest.mark.anyio
async def test_keyed_updates_need_the_key(app, client):
    course = await create(client)
    async with client_for(app) as anonymous:
        response = await anonymous.patch(f"{COURSES}/{course['id']}", json={"title": "x"})
    assert_error(response, 401, "platform_invalid_api_key")


@pytest.mark.anyio
async def test_moving_a_lesson_to_an_unknown_chapter_is_refused(editor):
    _, http = editor
    lesson = (await http.get("/canonical")).json()["lessons"][0]
    response = await http.patch(f"/lessons/by-id/{lesson['id']}/full", json={"chapterId": "nowhere"})
    assert_error(response, 400, "platform_invalid_request")


# --- sandbox behaviour: time scale, defects, faults, the shared app --------------------------------


@pytest.mark.anyio
async def test_time_scale_zero_makes_generation_instant(clock, sleeps):
    app = make_app(clock, sleeps, time_scale=0)
    async with client_for(app) as http:
        http.headers.update(AUTH)
        synced = await create(http)
        queued = await create(http, mode="async", prompt="Soil science")
        fetched = (await http.get(f"{COURSES}/{queued['id']}")).json()
    assert synced["status"] == "COMPLETED"
    assert sleeps.delays == []
    assert queued["status"] == "PENDING"
    assert fetched["status"] == "COMPLETED"


@pytest.mark.anyio
async def test_defect_faults_put_reviewable_defects_into_generated_lessons(clock, sleeps):
    from coursewright.sandbox.content import LEAKED_CHATTER

    app = make_app(clock, sleeps, faults="tutorflow:defect-leak=1,defect-problem=1")
    async with client_for(app) as http:
        http.headers.update(AUTH)
        course = await create(http, lessonCount=8)
        full = (await http.get(f"{COURSES}/edit/{token_of(course)}/full")).json()
    assert all(LEAKED_CHATTER in lesson["lectureContent"] for lesson in full["lessons"])
    exams = [lesson for lesson in full["lessons"] if lesson["type"] == "exam"]
    assert exams and all(lesson["quizzes"][0]["correctAnswer"] is None for lesson in exams)


@pytest.mark.anyio
async def test_clean_lessons_carry_gradable_quizzes_and_no_chatter(editor):
    from coursewright.sandbox.content import LEAKED_CHATTER

    _, http = editor
    full = (await http.get("/full")).json()
    assert all(LEAKED_CHATTER not in lesson["lectureContent"] for lesson in full["lessons"])
    quizzes = [quiz for lesson in full["lessons"] for quiz in lesson["quizzes"]]
    assert quizzes
    for quiz in quizzes:
        assert 0 <= quiz["correctAnswer"] < len(quiz["options"]) == 4


@pytest.mark.anyio
async def test_injected_5xx_and_429_use_the_platform_error_envelope(clock, sleeps):
    app = make_app(clock, sleeps, faults="tutorflow:5xx=1@500")
    async with client_for(app) as http:
        failed = await http.get(COURSES, headers=AUTH)
    assert_error(failed, 500, "platform_internal_error")
    throttled_app = make_app(clock, sleeps, faults="tutorflow:429=1@7")
    async with client_for(throttled_app) as http:
        throttled = await http.get(COURSES, headers=AUTH)
    assert_error(throttled, 429, "platform_rate_limit_exceeded")
    assert throttled.headers["Retry-After"] == "7"
    assert throttled_app.state.emulator.requests == {}


@pytest.mark.anyio
async def test_faults_for_another_emulator_leave_tutorflow_alone(clock, sleeps):
    app = make_app(clock, sleeps, faults="iblai:5xx=1")
    async with client_for(app) as http:
        assert (await http.get(COURSES, headers=AUTH)).status_code == 200


@pytest.mark.anyio
async def test_the_shared_sandbox_serves_tutorflow_under_its_mount_with_links_there(clock, sleeps):
    config = SandboxConfig(time_scale=SCALE, clock=clock, sleep=sleeps)
    async with client_for(build_sandbox_app(config)) as http:
        http.headers.update(AUTH)
        response = await http.post(f"/tutorflow{COURSES}", json={"prompt": PYTHON_PROMPT})
        course = response.json()
        listed = (await http.get(f"/tutorflow{COURSES}")).json()["items"][0]
        http.headers.pop("Authorization")  # the links open without a key, like in a browser
        editor_page = await http.get(course["previewUrl"])
        lesson_page = await http.get(course["lessons"][1]["lessonUrl"])
        redirect = await http.get(listed["previewUrl"])
    assert response.status_code == 201
    assert course["previewUrl"].startswith("http://sandbox/tutorflow/en/platform/courses/edit/")
    assert editor_page.status_code == 200 and course["title"] in editor_page.text
    assert lesson_page.status_code == 200 and "<h2>" in lesson_page.text
    assert redirect.status_code == 302
    assert redirect.headers["location"] == course["previewUrl"]
