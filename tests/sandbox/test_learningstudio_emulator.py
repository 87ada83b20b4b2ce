"""Contract tests of the LearningStudio emulator, one documented rule per test.

Rules come from shared/reference/openedx-olx-learningstudio-tutorflow.md (B1 and the emulator
notes) and seeds/001. Everything runs in process on a fake clock; the export's synchronous work
"takes" its time through a recording sleep, and webhooks go to a recording sender, so nothing
here waits or opens a socket.
"""

from __future__ import annotations

import asyncio
import io
import json
import re
import zipfile
from datetime import datetime

import anyio
import httpx2
import pytest
from defusedxml.ElementTree import fromstring as parse_xml
from time_fakes import FakeClock, RecordingSleep

from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.content import LEAKED_CHATTER
from coursewright.sandbox.core import FaultSpec, SandboxConfig, SandboxConnectionDropped
from coursewright.sandbox.learningstudio.app import create_app
from coursewright.sandbox.learningstudio.state import is_loopback_url, post_webhook

COURSES = "/api/v1/courses"
AUTH = {"Authorization": f"Bearer {keys.LEARNINGSTUDIO_API_KEY}"}
SCALE = 0.01
JOB_MIN, JOB_MAX = 60 * SCALE, 120 * SCALE
SUBJECT = "Workplace safety basics"
HOOK = "http://127.0.0.1:9/hooks/learningstudio"


class RecordingSender:
    """Stands in for the webhook POST: keeps (url, payload) and answers a fixed status."""

    def __init__(self, status: int = 200, error: Exception | None = None) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.status = status
        self.error = error

    async def __call__(self, url: str, body: bytes) -> int:
        self.calls.append((url, json.loads(body)))
        if self.error is not None:
            raise self.error
        return self.status

    def events(self) -> list[str]:
        return [payload["event"] for _, payload in self.calls]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(7000.0)


@pytest.fixture
def sleeps() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
def sender() -> RecordingSender:
    return RecordingSender()


def make_app(clock, sleeps, sender=None, *, time_scale: float = SCALE, faults: str = "", seed: int = 0):
    config = SandboxConfig(
        time_scale=time_scale, seed=seed, clock=clock, sleep=sleeps, faults=FaultSpec.parse(faults)
    )
    return create_app(config, webhook_sender=sender)


def client_for(app, key: str | None = keys.LEARNINGSTUDIO_API_KEY) -> httpx2.AsyncClient:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx2.AsyncClient(
        transport=httpx2.ASGITransport(app=app), base_url="http://sandbox", headers=headers
    )


@pytest.fixture
def app(clock, sleeps, sender):
    return make_app(clock, sleeps, sender)


@pytest.fixture
async def client(app):
    async with client_for(app) as http:
        yield http


async def new_job(client, **fields) -> dict:
    response = await client.post(COURSES, json={"subject": SUBJECT, **fields})
    assert response.status_code == 202, response.text
    return response.json()


async def finished_job(client, clock, **fields) -> dict:
    job = await new_job(client, **fields)
    clock.advance(JOB_MAX)
    body = (await client.get(job["pollUrl"])).json()
    assert body["status"] == "completed", body
    return body


def assert_error(response: httpx2.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"message", "code"}, body
    assert body["code"] == code
    assert isinstance(body["message"], str) and body["message"]
    return body


# --- POST /api/v1/courses: the 202 answer ------------------------------------------------------


@pytest.mark.anyio
async def test_create_answers_202_pending_with_a_poll_url_relative_to_the_api_base(client):
    response = await client.post(COURSES, json={"subject": SUBJECT})
    assert response.status_code == 202
    body = response.json()
    assert set(body) == {"jobId", "status", "pollUrl"}
    assert body["status"] == "pending"
    assert body["pollUrl"] == f"/api/v1/courses/jobs/{body['jobId']}"
    assert (await client.get(body["pollUrl"])).json()["jobId"] == body["jobId"]


@pytest.mark.anyio
async def test_create_defaults_format_onepage_and_language_en_us(client, clock):
    course = (await finished_job(client, clock))["course"]
    assert (course["format"], course["languageId"]) == ("onepage", "en-US")


@pytest.mark.anyio
async def test_create_echoes_the_chosen_format_and_language_in_the_course(client, clock):
    course = (await finished_job(client, clock, format="classic", languageId="pt-BR"))["course"]
    assert (course["format"], course["languageId"]) == ("classic", "pt-BR")


# --- validation: 400 VALIDATION_ERROR ----------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    "body",
    [
        {},
        {"subject": ""},
        {"subject": "   "},
        {"subject": 42},
        {"subject": "x" * 201},
    ],
    ids=["missing", "empty", "blank", "not-a-string", "201-chars"],
)
async def test_create_refuses_a_subject_that_is_missing_or_outside_1_to_200_characters(client, body):
    assert_error(await client.post(COURSES, json=body), 400, "VALIDATION_ERROR")
    assert client._transport.app.state.emulator.jobs == {}


@pytest.mark.anyio
async def test_create_accepts_a_subject_of_exactly_200_characters(client):
    assert (await client.post(COURSES, json={"subject": "x" * 200})).status_code == 202


@pytest.mark.anyio
async def test_create_refuses_a_format_other_than_onepage_or_classic(client):
    assert_error(
        await client.post(COURSES, json={"subject": SUBJECT, "format": "slides"}), 400, "VALIDATION_ERROR"
    )


@pytest.mark.anyio
@pytest.mark.parametrize("language", ["english", "en", "EN-us", 7])
async def test_create_refuses_a_language_id_that_is_not_a_locale(client, language):
    response = await client.post(COURSES, json={"subject": SUBJECT, "languageId": language})
    assert_error(response, 400, "VALIDATION_ERROR")


@pytest.mark.anyio
async def test_create_refuses_more_than_nine_outline_chapters(client):
    outline = [f"Chapter {n}" for n in range(1, 11)]
    assert_error(
        await client.post(COURSES, json={"subject": SUBJECT, "outline": outline}), 400, "VALIDATION_ERROR"
    )
    assert (await client.post(COURSES, json={"subject": SUBJECT, "outline": outline[:9]})).status_code == 202


@pytest.mark.anyio
@pytest.mark.parametrize("outline", ["Hazards", [1, 2], ["Hazards", ""]], ids=["string", "numbers", "blank"])
async def test_create_refuses_an_outline_that_is_not_a_list_of_titles(client, outline):
    assert_error(
        await client.post(COURSES, json={"subject": SUBJECT, "outline": outline}), 400, "VALIDATION_ERROR"
    )


@pytest.mark.anyio
async def test_create_refuses_an_unknown_add_on(client):
    response = await client.post(COURSES, json={"subject": SUBJECT, "addOns": ["assessment", "podcast"]})
    assert "podcast" in assert_error(response, 400, "VALIDATION_ERROR")["message"]


@pytest.mark.anyio
async def test_create_refuses_a_body_that_is_not_a_json_object(client):
    assert_error(await client.post(COURSES, content=b"{subject"), 400, "VALIDATION_ERROR")
    assert_error(await client.post(COURSES, json=["Workplace safety"]), 400, "VALIDATION_ERROR")


@pytest.mark.anyio
@pytest.mark.parametrize(
    "url", ["not a url", "ftp://127.0.0.1/hook", "https://yourapp.com/hooks/learningstudio"]
)
async def test_create_refuses_a_callback_url_that_is_not_a_loopback_http_url(client, url):
    response = await client.post(COURSES, json={"subject": SUBJECT, "callbackUrl": url})
    assert_error(response, 400, "VALIDATION_ERROR")
    assert client._transport.app.state.emulator.jobs == {}


def test_loopback_hosts_are_the_only_webhook_targets():
    assert all(
        is_loopback_url(u) for u in ["http://127.0.0.1:8/h", "https://localhost/h", "http://[::1]:9/h"]
    )
    assert not any(is_loopback_url(u) for u in ["http://10.0.0.1/h", "http://example.com/h", "file:///etc"])


# --- auth and plan -------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": keys.LEARNINGSTUDIO_API_KEY},
        {"Authorization": f"Token {keys.LEARNINGSTUDIO_API_KEY}"},
        {"Authorization": "Bearer ls_not_a_key_anyone_was_given"},
    ],
    ids=["missing", "no-prefix", "wrong-prefix", "unknown-key"],
)
async def test_requests_without_a_valid_bearer_key_get_401_invalid_api_key(app, headers):
    async with client_for(app, key=None) as anonymous:
        assert_error(
            await anonymous.post(COURSES, json={"subject": SUBJECT}, headers=headers), 401, "INVALID_API_KEY"
        )
        assert_error(await anonymous.get(f"{COURSES}/jobs/abc", headers=headers), 401, "INVALID_API_KEY")


@pytest.mark.anyio
async def test_a_key_on_an_unpaid_plan_gets_403_paid_plan_required_on_every_request(app, client, clock):
    course_id = (await finished_job(client, clock))["course"]["id"]
    async with client_for(app, keys.LEARNINGSTUDIO_UNPAID_API_KEY) as unpaid:
        for response in (
            await unpaid.post(COURSES, json={"subject": SUBJECT}),
            await unpaid.get(f"{COURSES}/jobs/anything"),
            await unpaid.post(f"{COURSES}/{course_id}/export", json={}),
        ):
            body = assert_error(response, 403, "PAID_PLAN_REQUIRED")
            assert body["message"] == "API access requires a paid plan"


# --- quota and rate limit, before a job is queued ------------------------------------------------


@pytest.mark.anyio
async def test_an_exhausted_quota_gets_403_without_a_job_or_a_credit_used(app):
    emulator = app.state.emulator
    account = emulator.accounts[keys.LEARNINGSTUDIO_EXHAUSTED_API_KEY]
    async with client_for(app, keys.LEARNINGSTUDIO_EXHAUSTED_API_KEY) as exhausted:
        body = assert_error(
            await exhausted.post(COURSES, json={"subject": SUBJECT}), 403, "USAGE_LIMIT_EXCEEDED_PLAN"
        )
    assert body["message"] == "Usage limit exceeded for your plan (Pro)"
    assert emulator.jobs == {}
    assert (account.credits_left, account.credits_used) == (0, 0)


@pytest.mark.anyio
async def test_each_job_uses_one_credit_and_the_last_credit_is_the_last_job(app, client):
    emulator = app.state.emulator
    emulator.add_account(keys.LEARNINGSTUDIO_API_KEY, credits=2)
    await new_job(client)
    await new_job(client)
    assert_error(await client.post(COURSES, json={"subject": SUBJECT}), 403, "USAGE_LIMIT_EXCEEDED_PLAN")
    account = emulator.accounts[keys.LEARNINGSTUDIO_API_KEY]
    assert (account.credits_left, account.credits_used, len(emulator.jobs)) == (0, 2, 2)


@pytest.mark.anyio
async def test_the_31st_create_in_a_minute_gets_429_with_retry_after_and_no_job(app, client, clock):
    for _ in range(30):
        await new_job(client)
        clock.advance(1.0)
    response = await client.post(COURSES, json={"subject": SUBJECT})
    assert_error(response, 429, "RATE_LIMIT_EXCEEDED")
    # The oldest of the 30 was 30 s ago, so the window frees a slot in 30 s.
    assert response.headers["Retry-After"] == "30"
    assert len(app.state.emulator.jobs) == 30


@pytest.mark.anyio
async def test_the_rate_limit_frees_a_slot_once_the_oldest_request_is_a_minute_old(client, clock):
    for _ in range(30):
        await new_job(client)
    clock.advance(59.0)
    assert (await client.post(COURSES, json={"subject": SUBJECT})).status_code == 429
    clock.advance(1.0)
    assert (await client.post(COURSES, json={"subject": SUBJECT})).status_code == 202


@pytest.mark.anyio
async def test_the_rate_limit_counts_per_key(app, client):
    app.state.emulator.add_account("ls_sandbox_second_paid_key")
    for _ in range(30):
        await new_job(client)
    assert (await client.post(COURSES, json={"subject": SUBJECT})).status_code == 429
    async with client_for(app, "ls_sandbox_second_paid_key") as other:
        assert (await other.post(COURSES, json={"subject": SUBJECT})).status_code == 202


@pytest.mark.anyio
async def test_polling_a_job_is_not_held_to_the_create_limit(client):
    job = await new_job(client)
    for _ in range(40):
        assert (await client.get(job["pollUrl"])).status_code == 200


# --- GET /api/v1/courses/jobs/{jobId}: lazy progress ---------------------------------------------


@pytest.mark.anyio
async def test_a_new_job_is_pending_with_progress_0_and_no_course(client):
    job = await new_job(client)
    assert (await client.get(job["pollUrl"])).json() == {
        "jobId": job["jobId"],
        "status": "pending",
        "progress": 0,
        "course": None,
    }


@pytest.mark.anyio
async def test_a_running_job_reports_progress_rising_between_1_and_99_without_a_course(client, clock):
    job = await new_job(client)
    seen = []
    clock.advance(5 * SCALE)
    while True:
        body = (await client.get(job["pollUrl"])).json()
        if body["status"] != "running":
            break
        assert body["course"] is None and "error" not in body
        seen.append(body["progress"])
        clock.advance(5 * SCALE)
    assert body["status"] == "completed"
    assert len(seen) >= 10
    assert seen == sorted(seen) and seen[0] >= 1 and seen[-1] <= 99 and seen[-1] > seen[0]


@pytest.mark.anyio
async def test_a_job_takes_between_60_and_120_seconds_times_the_time_scale(client, clock):
    jobs = [await new_job(client) for _ in range(5)]
    clock.advance(JOB_MIN - 0.001)
    assert {(await client.get(j["pollUrl"])).json()["status"] for j in jobs} == {"running"}
    clock.advance(JOB_MAX - JOB_MIN + 0.001)
    assert {(await client.get(j["pollUrl"])).json()["status"] for j in jobs} == {"completed"}


@pytest.mark.anyio
async def test_time_scale_0_completes_a_job_by_its_first_poll(clock, sleeps):
    async with client_for(make_app(clock, sleeps, time_scale=0)) as client:
        job = await new_job(client)
        body = (await client.get(job["pollUrl"])).json()
    assert (body["status"], body["progress"]) == ("completed", 100)


@pytest.mark.anyio
async def test_a_completed_job_carries_the_documented_course_object(client, clock):
    body = await finished_job(client, clock)
    assert (body["status"], body["progress"]) == ("completed", 100)
    course = body["course"]
    assert {"id", "name", "headline", "format", "languageId", "shareUrl", "createdAt"} <= set(course)
    assert re.fullmatch(r"cou_[a-z0-9]+", course["id"])
    assert course["name"] == "Workplace Safety Basics"
    assert course["headline"]
    assert course["shareUrl"] == f"http://sandbox/go/{course['id']}"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", course["createdAt"])
    assert "error" not in body


@pytest.mark.anyio
async def test_the_course_is_modules_of_lessons_with_html_and_a_quiz_closing_each_module(client, clock):
    modules = (await finished_job(client, clock))["course"]["modules"]
    assert len(modules) == 4
    for module in modules:
        assert module["id"] and module["title"] and len(module["lessons"]) == 3
        for lesson in module["lessons"]:
            assert lesson["id"] and lesson["title"] and "<h2>" in lesson["content"]
        quizzes = [lesson["quiz"] for lesson in module["lessons"]]
        assert quizzes[:-1] == [None, None]
        problem = parse_xml(quizzes[-1])
        assert [c.get("correct") for c in problem.iter("choice")].count("true") == 1
    ids = [m["id"] for m in modules] + [lesson["id"] for m in modules for lesson in m["lessons"]]
    assert len(ids) == len(set(ids))


@pytest.mark.anyio
async def test_the_outline_becomes_the_course_chapters_in_order(client, clock):
    outline = ["Hazards", "PPE", "Emergency procedures"]
    modules = (await finished_job(client, clock, outline=outline))["course"]["modules"]
    assert [m["title"] for m in modules] == outline


@pytest.mark.anyio
async def test_add_ons_shape_the_course(client, clock):
    plain = (await finished_job(client, clock))["course"]["modules"]
    extended = (
        await finished_job(
            client,
            clock,
            addOns=["practical-exercises", "wrapup", "assessment", "articles", "videos", "agreement"],
        )
    )["course"]["modules"]
    titles = [m["title"] for m in extended]
    assert titles[-4:] == ["Supporting Articles", "Wrap-up", "Final Assessment", "Agreement"]
    assert extended[-2]["lessons"][0]["quiz"]
    lesson = extended[0]["lessons"][0]["content"]
    assert "Practical exercise" in lesson and "youtube.com" in lesson
    assert "Practical exercise" not in plain[0]["lessons"][0]["content"]


@pytest.mark.anyio
async def test_a_failed_job_has_progress_0_no_course_and_a_generation_failed_error(app, client, clock):
    app.state.emulator.fail_next_job()
    job = await new_job(client)
    clock.advance(JOB_MAX)
    body = (await client.get(job["pollUrl"])).json()
    assert body == {
        "jobId": job["jobId"],
        "status": "failed",
        "progress": 0,
        "course": None,
        "error": {
            "message": "Course outline could not be generated for this subject.",
            "code": "GENERATION_FAILED",
        },
    }
    following = await new_job(client)
    assert (await client.get(following["pollUrl"])).json()["status"] == "pending"


@pytest.mark.anyio
async def test_an_unknown_job_is_404_not_found(client):
    assert_error(await client.get(f"{COURSES}/jobs/coursewright-access-check"), 404, "NOT_FOUND")


@pytest.mark.anyio
async def test_another_keys_job_is_404_not_found(app, client):
    job = await new_job(client)
    async with client_for(app, keys.LEARNINGSTUDIO_EXHAUSTED_API_KEY) as other:
        assert_error(await other.get(job["pollUrl"]), 404, "NOT_FOUND")


# --- export --------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_export_defaults_to_scorm12_and_returns_the_documented_fields(client, clock, sleeps):
    course = (await finished_job(client, clock))["course"]
    response = await client.post(f"{COURSES}/{course['id']}/export")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"courseId", "format", "downloadUrl", "shareUrl", "exportedAt"}
    assert (body["courseId"], body["format"], body["shareUrl"]) == (
        course["id"],
        "scorm12",
        course["shareUrl"],
    )
    datetime.fromisoformat(body["exportedAt"])
    assert sleeps.delays == [pytest.approx(6 * SCALE)]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("export_format", "schema_version"),
    [("scorm12", "1.2"), ("scorm2004", "2004 3rd Edition"), ("scorm2004_4", "2004 4th Edition")],
)
async def test_the_download_url_serves_a_scorm_package_of_the_asked_version(
    client, clock, export_format, schema_version
):
    course = (await finished_job(client, clock))["course"]
    export = (await client.post(f"{COURSES}/{course['id']}/export", json={"format": export_format})).json()
    assert export["format"] == export_format
    download = await client.get(export["downloadUrl"])
    assert download.status_code == 200 and download.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(download.content)) as archive:
        manifest = parse_xml(archive.read("imsmanifest.xml"))
        assert course["name"] in archive.read("index.html").decode()
    assert [e.text for e in manifest.iter() if e.tag.endswith("schemaversion")] == [schema_version]


@pytest.mark.anyio
async def test_export_refuses_an_unknown_format(client, clock):
    course = (await finished_job(client, clock))["course"]
    response = await client.post(f"{COURSES}/{course['id']}/export", json={"format": "xapi"})
    assert_error(response, 400, "VALIDATION_ERROR")


@pytest.mark.anyio
async def test_export_of_an_unknown_unfinished_or_foreign_course_is_404(app, client, clock):
    assert_error(await client.post(f"{COURSES}/cou_nothinghere/export", json={}), 404, "NOT_FOUND")
    job = await new_job(client)
    course_id = app.state.emulator.jobs[job["jobId"]].course.id
    assert_error(await client.post(f"{COURSES}/{course_id}/export", json={}), 404, "NOT_FOUND")
    clock.advance(JOB_MAX)
    await client.get(job["pollUrl"])
    async with client_for(app, keys.LEARNINGSTUDIO_EXHAUSTED_API_KEY) as other:
        assert_error(await other.post(f"{COURSES}/{course_id}/export", json={}), 404, "NOT_FOUND")


# --- share URL -----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_share_url_serves_the_course_page_without_a_key(app, client, clock):
    course = (await finished_job(client, clock))["course"]
    async with client_for(app, key=None) as anonymous:
        page = await anonymous.get(course["shareUrl"])
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert course["name"] in page.text and course["modules"][0]["lessons"][0]["title"] in page.text


@pytest.mark.anyio
async def test_share_and_download_urls_carry_the_mount_prefix_under_the_sandbox_app(clock, sleeps):
    config = SandboxConfig(time_scale=SCALE, clock=clock, sleep=sleeps)
    async with client_for(build_sandbox_app(config)) as client:
        job = (await client.post(f"/learningstudio{COURSES}", json={"subject": SUBJECT})).json()
        clock.advance(JOB_MAX)
        course = (await client.get(f"/learningstudio{job['pollUrl']}")).json()["course"]
        export = (await client.post(f"/learningstudio{COURSES}/{course['id']}/export")).json()
        assert course["shareUrl"] == f"http://sandbox/learningstudio/go/{course['id']}"
        assert (await client.get(course["shareUrl"])).status_code == 200
        assert (await client.get(export["downloadUrl"])).status_code == 200


# --- webhooks ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_course_created_webhook_is_posted_once_with_the_job_status_course(client, clock, sender):
    job = await new_job(client, callbackUrl=HOOK)
    assert sender.calls == []
    clock.advance(JOB_MAX)
    status = (await client.get(job["pollUrl"])).json()
    await client.get(job["pollUrl"])
    assert sender.calls == [
        (HOOK, {"event": "course.created", "jobId": job["jobId"], "course": status["course"]})
    ]


@pytest.mark.anyio
async def test_course_failed_webhook_carries_the_error(app, client, clock, sender):
    app.state.emulator.fail_next_job()
    job = await new_job(client, callbackUrl=HOOK)
    clock.advance(JOB_MAX)
    await client.get(job["pollUrl"])
    assert sender.calls == [
        (
            HOOK,
            {
                "event": "course.failed",
                "jobId": job["jobId"],
                "error": {
                    "message": "Course outline could not be generated for this subject.",
                    "code": "GENERATION_FAILED",
                },
            },
        )
    ]


@pytest.mark.anyio
async def test_a_due_webhook_goes_out_on_the_next_request_of_any_kind(client, clock, sender):
    await new_job(client, callbackUrl=HOOK)
    clock.advance(JOB_MAX)
    assert sender.calls == []
    await client.get(f"{COURSES}/jobs/unrelated")
    assert sender.events() == ["course.created"]


@pytest.mark.anyio
async def test_a_test_can_deliver_due_webhooks_without_a_request(app, client, clock, sender):
    await new_job(client, callbackUrl=HOOK)
    clock.advance(JOB_MAX)
    await app.state.emulator.deliver_due_webhooks()
    assert sender.events() == ["course.created"]


@pytest.mark.anyio
async def test_course_exported_webhook_carries_the_export_answer(client, clock, sender):
    course = (await finished_job(client, clock))["course"]
    export = (await client.post(f"{COURSES}/{course['id']}/export", json={"callbackUrl": HOOK})).json()
    assert sender.calls == [(HOOK, {"event": "course.exported", **export})]


@pytest.mark.anyio
async def test_a_failed_webhook_is_not_retried(clock, sleeps):
    sender = RecordingSender(error=httpx2.ConnectError("refused"))
    app = make_app(clock, sleeps, sender)
    async with client_for(app) as client:
        job = await new_job(client, callbackUrl=HOOK)
        clock.advance(JOB_MAX)
        for _ in range(3):
            assert (await client.get(job["pollUrl"])).status_code == 200
    assert len(sender.calls) == 1
    assert app.state.emulator.deliveries[0].error == "ConnectError"


@pytest.mark.anyio
@pytest.mark.parametrize("answer_status", [204, 302])
async def test_the_webhook_post_is_unsigned_json_and_follows_no_redirect(answer_status):
    received: list[bytes] = []

    async def receiver(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: (\d+)", head).group(1))
        received.append(head + await reader.readexactly(length))
        location = b"Location: http://127.0.0.1:9/elsewhere\r\n" if answer_status == 302 else b""
        writer.write(
            b"HTTP/1.1 %d X\r\n%sContent-Length: 0\r\nConnection: close\r\n\r\n" % (answer_status, location)
        )
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(receiver, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        with anyio.fail_after(5):
            status = await post_webhook(f"http://127.0.0.1:{port}/hook", b'{"event": "course.created"}')
    finally:
        server.close()
        await server.wait_closed()
    assert status == answer_status and len(received) == 1
    head, _, body = received[0].partition(b"\r\n\r\n")
    assert head.startswith(b"POST /hook ")
    assert re.search(rb"(?im)^content-type: application/json\r?$", head)
    assert not re.search(rb"(?im)^x-[a-z-]*signature", head)
    assert json.loads(body) == {"event": "course.created"}


@pytest.mark.anyio
async def test_no_webhook_without_a_callback_url(client, clock, sender):
    await finished_job(client, clock)
    assert sender.calls == []


# --- errors, routes, faults, determinism --------------------------------------------------------


@pytest.mark.anyio
async def test_unknown_paths_and_methods_answer_in_the_error_shape(client):
    assert_error(await client.get("/api/v1/lessons"), 404, "NOT_FOUND")
    assert_error(await client.get(COURSES), 405, "METHOD_NOT_ALLOWED")


@pytest.mark.anyio
async def test_an_internal_failure_is_500_internal_error(app, client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(app.state.emulator, "queue_job", broken)
    assert_error(await client.post(COURSES, json={"subject": SUBJECT}), 500, "INTERNAL_ERROR")


@pytest.mark.anyio
async def test_injected_5xx_uses_the_learningstudio_error_shape(clock, sleeps):
    async with client_for(make_app(clock, sleeps, faults="learningstudio:5xx=1")) as client:
        assert_error(await client.post(COURSES, json={"subject": SUBJECT}), 503, "INTERNAL_ERROR")


@pytest.mark.anyio
async def test_a_lost_create_answer_still_queues_the_job(clock, sleeps):
    app = make_app(clock, sleeps, faults="learningstudio:lost=1")
    async with client_for(app) as client:
        with pytest.raises(SandboxConnectionDropped):
            await client.post(COURSES, json={"subject": SUBJECT})
    assert len(app.state.emulator.jobs) == 1


@pytest.mark.anyio
async def test_the_same_seed_gives_the_same_ids_and_content(sleeps):
    results = []
    for _ in range(2):
        clock = FakeClock(7000.0)
        async with client_for(make_app(clock, sleeps, seed=7)) as client:
            results.append(await finished_job(client, clock))
    assert results[0]["jobId"] == results[1]["jobId"]
    assert results[0]["course"]["modules"] == results[1]["course"]["modules"]


@pytest.mark.anyio
async def test_content_defects_appear_when_the_fault_spec_asks_for_them(clock, sleeps):
    app = make_app(clock, sleeps, faults="learningstudio:defect-leak=1,defect-problem=1")
    async with client_for(app) as client:
        modules = (await finished_job(client, clock))["course"]["modules"]
    assert all(LEAKED_CHATTER in lesson["content"] for m in modules for lesson in m["lessons"])
    choices = parse_xml(modules[0]["lessons"][-1]["quiz"]).iter("choice")
    assert [c.get("correct") for c in choices].count("true") == 0
