"""The platform HTTP layer: retries only where safe, Retry-After, pacing, the error mapping, redaction."""

from __future__ import annotations

import bisect
import contextlib
import json
import logging
import random
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime

import anyio
import httpx2
import pytest
from time_fakes import FakeTime

from coursewright.errors import (
    AuthFailed,
    Conflict,
    CoursewrightError,
    Forbidden,
    InvalidInput,
    NotConfigured,
    NotFound,
    OutcomeUnknown,
    RateLimited,
    Unavailable,
)
from coursewright.guardrails.secrets import Redactor
from coursewright.providers.http import PlatformHttp, RateLimiter, RetryPolicy, Timeouts, error_from_response
from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app

SECRET = "sk_live_0123456789abcdef_do_not_leak"
Handler = Callable[[httpx2.Request], httpx2.Response]


def tiny_retry(attempts: int = 3, **overrides: float) -> RetryPolicy:
    return RetryPolicy(attempts=attempts, base_s=0.01, max_s=0.04, random=lambda: 0.5, **overrides)


def make_http(
    handler: Handler,
    fake: FakeTime | None = None,
    *,
    platform: str = "iblai",
    retry: RetryPolicy | None = None,
    rate_per_minute: int | None = None,
    timeouts: Timeouts | None = None,
    base_url: str = "http://platform.test/dm",
) -> PlatformHttp:
    fake = fake or FakeTime()
    return PlatformHttp(
        platform=platform,
        base_url=base_url,
        auth_header=("Authorization", f"Api-Token {SECRET}"),
        secrets=[SECRET],
        rate_per_minute=rate_per_minute,
        retry=retry or tiny_retry(),
        timeouts=timeouts,
        transport=httpx2.MockTransport(handler),
        sleep=fake.sleep,
        clock=fake.clock,
        wall_clock=lambda: 1_700_000_000.0,
    )


def scripted(*steps: httpx2.Response | Exception) -> tuple[Handler, list[httpx2.Request]]:
    """A handler answering each call with the next step (the last one repeats); it records the calls."""
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        step = steps[min(len(seen), len(steps)) - 1]
        if isinstance(step, Exception):
            raise step
        return step

    return handler, seen


def answer(status: int, body: object = None, headers: dict[str, str] | None = None) -> httpx2.Response:
    if body is None:
        return httpx2.Response(status, headers=headers)
    if isinstance(body, str):
        return httpx2.Response(status, text=body, headers=headers)
    return httpx2.Response(status, json=body, headers=headers)


# -- retries: only where safe ---------------------------------------------------------------


@pytest.mark.anyio
async def test_a_get_that_meets_a_503_is_retried_after_a_back_off_and_succeeds():
    fake = FakeTime()
    handler, seen = scripted(answer(503, {"detail": "busy"}), answer(200, {"ok": True}))
    async with make_http(handler, fake) as http:
        body = await http.request_json("GET", "/api/things/")
    assert body == {"ok": True}
    assert len(seen) == 2
    assert fake.sleeps == [pytest.approx(0.0075)]  # base 0.01, equal jitter at random()=0.5


@pytest.mark.anyio
async def test_a_post_that_meets_a_503_is_not_retried():
    handler, seen = scripted(answer(503, {"detail": "busy"}), answer(201, {"id": 1}))
    async with make_http(handler) as http:
        with pytest.raises(Unavailable):
            await http.request("POST", "/api/things/", json={"name": "x"})
    assert len(seen) == 1


@pytest.mark.anyio
async def test_a_post_the_caller_vouches_for_is_retried():
    handler, seen = scripted(answer(503), answer(201, {"id": 1}))
    async with make_http(handler) as http:
        response = await http.request("POST", "/api/things/", json={"name": "x"}, idempotent=True)
    assert response.status_code == 201
    assert len(seen) == 2


@pytest.mark.anyio
async def test_a_patch_is_not_retried_but_put_and_delete_are():
    for method, calls in (("PATCH", 1), ("PUT", 2), ("DELETE", 2)):
        handler, seen = scripted(answer(429), answer(200, {}))
        async with make_http(handler) as http:
            with contextlib.suppress(RateLimited):
                await http.request(method, "/api/x/")
        assert len(seen) == calls, method


@pytest.mark.anyio
async def test_retries_stop_after_the_policy_attempts_and_the_last_error_is_raised():
    fake = FakeTime()
    handler, seen = scripted(answer(502, "<html>bad gateway</html>"))
    async with make_http(handler, fake, retry=tiny_retry(attempts=4)) as http:
        with pytest.raises(Unavailable) as caught:
            await http.request("GET", "/api/x/")
    assert len(seen) == 4
    assert len(fake.sleeps) == 3
    assert fake.sleeps == sorted(fake.sleeps)  # back-off grows (until the cap)
    assert "<html" not in str(caught.value)


@pytest.mark.anyio
async def test_a_client_error_other_than_408_and_429_is_never_retried():
    handler, seen = scripted(answer(404, {"detail": "Not found."}))
    async with make_http(handler) as http:
        with pytest.raises(NotFound):
            await http.request("GET", "/api/x/")
    assert len(seen) == 1


def test_backoff_is_jittered_within_half_and_all_of_a_growing_capped_ceiling():
    policy = RetryPolicy.seeded(7, base_s=1.0, max_s=4.0)
    waits = [policy.backoff(n) for n in range(1, 7)]
    ceilings = [1.0, 2.0, 4.0, 4.0, 4.0, 4.0]
    assert all(c / 2 <= w <= c for w, c in zip(waits, ceilings, strict=True))
    assert len({round(w, 6) for w in waits[2:]}) > 1  # same ceiling, different draws
    again = RetryPolicy.seeded(7, base_s=1.0, max_s=4.0)
    assert [again.backoff(n) for n in range(1, 7)] == waits


@pytest.mark.anyio
async def test_a_get_retries_a_read_timeout_and_a_dropped_connection():
    handler, seen = scripted(
        httpx2.ReadTimeout("slow"), httpx2.RemoteProtocolError("dropped"), answer(200, {"ok": 1})
    )
    async with make_http(handler) as http:
        assert await http.request_json("GET", "/api/x/") == {"ok": 1}
    assert len(seen) == 3


@pytest.mark.anyio
async def test_a_post_that_could_not_connect_is_retried_because_nothing_was_sent():
    handler, seen = scripted(httpx2.ConnectError("refused"), answer(201, {"id": 9}))
    async with make_http(handler) as http:
        assert await http.request_json("POST", "/api/x/", json={}) == {"id": 9}
    assert len(seen) == 2


@pytest.mark.anyio
async def test_an_unreachable_platform_raises_unavailable_after_the_attempts():
    handler, seen = scripted(httpx2.ConnectError("refused"))
    async with make_http(handler) as http:
        with pytest.raises(Unavailable, match="could not be reached"):
            await http.request("GET", "/api/x/")
    assert len(seen) == 3


# -- outcome unknown ------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    "lost",
    [httpx2.RemoteProtocolError("server hung up"), httpx2.ReadTimeout("slow"), httpx2.ReadError("reset")],
)
async def test_a_post_whose_answer_was_lost_raises_outcome_unknown_and_is_not_resent(lost):
    handler, seen = scripted(lost, answer(201, {"id": 1}))
    async with make_http(handler) as http:
        with pytest.raises(OutcomeUnknown) as caught:
            await http.request("POST", "/api/tasks/", json={"name": "x"})
    assert len(seen) == 1
    assert "may or may not" in str(caught.value)
    assert "before trying again" in caught.value.next_step


@pytest.mark.anyio
@pytest.mark.parametrize("status", [500, 502, 504])
async def test_a_post_answered_by_a_server_or_gateway_failure_is_outcome_unknown(status):
    handler, seen = scripted(answer(status))
    async with make_http(handler) as http:
        with pytest.raises(OutcomeUnknown):
            await http.request("POST", "/api/tasks/", json={})
    assert len(seen) == 1


@pytest.mark.anyio
async def test_a_post_refused_with_503_is_unavailable_not_unknown():
    handler, _ = scripted(answer(503))
    async with make_http(handler) as http:
        with pytest.raises(Unavailable):
            await http.request("POST", "/api/tasks/", json={})


@pytest.mark.anyio
async def test_an_unreadable_body_is_retried_for_a_get_and_unknown_for_a_post():
    handler, seen = scripted(answer(200, "{not json"), answer(200, {"ok": True}))
    async with make_http(handler) as http:
        assert await http.request_json("GET", "/api/x/") == {"ok": True}
    assert len(seen) == 2

    handler, seen = scripted(answer(201, "{not json"))
    async with make_http(handler) as http:
        with pytest.raises(OutcomeUnknown, match="could not be read"):
            await http.request_json("POST", "/api/x/", json={})
    assert len(seen) == 1


# -- Retry-After ----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_retry_after_in_seconds_replaces_the_back_off():
    fake = FakeTime()
    handler, seen = scripted(answer(429, {"detail": "slow down"}, {"Retry-After": "3"}), answer(200, {}))
    async with make_http(handler, fake, retry=tiny_retry(max_retry_after_s=10)) as http:
        await http.request("GET", "/api/x/")
    assert fake.sleeps == [3.0]
    assert len(seen) == 2


@pytest.mark.anyio
async def test_retry_after_as_an_http_date_is_waited_until_that_moment():
    when = format_datetime(datetime.fromtimestamp(1_700_000_000 + 5, tz=UTC), usegmt=True)
    for status in (429, 503):
        fake = FakeTime()
        handler, _ = scripted(answer(status, None, {"Retry-After": when}), answer(200, {}))
        async with make_http(handler, fake, retry=tiny_retry(max_retry_after_s=10)) as http:
            await http.request("GET", "/api/x/")
        assert fake.sleeps == [pytest.approx(5.0)], status


@pytest.mark.anyio
async def test_a_retry_after_beyond_the_cap_is_not_waited_and_reaches_the_caller():
    fake = FakeTime()
    handler, seen = scripted(
        answer(429, {"error": {"code": "platform_rate_limit_exceeded"}}, {"Retry-After": "120"})
    )
    async with make_http(handler, fake, platform="tutorflow", retry=tiny_retry(max_retry_after_s=30)) as http:
        with pytest.raises(RateLimited) as caught:
            await http.request("GET", "/v1/platform/courses")
    assert caught.value.retry_after == 120.0
    assert fake.sleeps == []
    assert len(seen) == 1


# -- pacing ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_minutes_allowance_goes_at_once_and_the_next_call_waits_for_the_window():
    fake = FakeTime()
    handler, seen = scripted(answer(200, {}))
    async with make_http(handler, fake, rate_per_minute=30) as http:
        for _ in range(30):
            await http.request("GET", "/api/x/")
        assert fake.sleeps == []
        fake.now += 10.0
        await http.request("GET", "/api/x/")
    # The 31st waits until the first of the 30 is a minute (and a second of slack) old.
    assert fake.sleeps == [pytest.approx(51.0)]
    assert len(seen) == 31


@pytest.mark.anyio
async def test_calls_spread_over_more_than_a_minute_never_wait():
    fake = FakeTime()
    limiter = RateLimiter(30, clock=fake.clock, sleep=fake.sleep)
    for _ in range(300):
        await limiter.acquire()
        fake.now += 2.1  # just under the platform's pace
    assert fake.sleeps == []


@pytest.mark.anyio
async def test_concurrent_callers_never_share_a_slot():
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    limiter = RateLimiter(2, clock=lambda: 50.0, sleep=record)
    async with anyio.create_task_group() as group:
        for _ in range(6):
            group.start_soon(limiter.acquire)
    assert sorted(waits) == [pytest.approx(61.0)] * 2 + [pytest.approx(122.0)] * 2


@pytest.mark.anyio
@pytest.mark.parametrize("per_minute", [30, 7, 60, 120])
async def test_no_rolling_minute_ever_starts_more_calls_than_the_limit(per_minute):
    """The platform may count its limit over any 60 s window: random bursts and lulls never exceed it."""
    schedule = random.Random(per_minute)
    now = 0.0
    starts: list[float] = []
    waits: list[float] = []

    async def note_wait(seconds: float) -> None:
        waits.append(seconds)
        starts[-1] += seconds

    limiter = RateLimiter(per_minute, clock=lambda: now, sleep=note_wait)
    for _ in range(400):
        gap = schedule.choice([0.0] * 6 + [0.5, 3.0, 40.0]) * schedule.random()
        now += gap * 30 / per_minute  # bursts and lulls at the pace of the limit under test
        starts.append(now)
        await limiter.acquire()
    starts.sort()
    busiest = max(bisect.bisect_left(starts, start + 60.0) - index for index, start in enumerate(starts))
    assert busiest <= per_minute
    assert len(waits) > 20  # the schedule did press against the limit


def test_a_limit_below_one_call_a_minute_is_refused():
    with pytest.raises(ValueError):
        RateLimiter(0, clock=lambda: 0.0, sleep=anyio.sleep)


@pytest.mark.anyio
async def test_retries_also_respect_the_rate_limiter():
    fake = FakeTime()
    handler, _ = scripted(answer(503), answer(503), answer(200, {}))
    async with make_http(handler, fake, rate_per_minute=2) as http:
        await http.request("GET", "/api/x/")
    # Two tries fit the minute; the third waits until the first is a window (61 s) old,
    # less the back-off already slept.
    assert sum(fake.sleeps) == pytest.approx(61.0)


# -- wiring ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_paths_join_the_base_url_and_carry_auth_and_the_kind_timeout():
    handler, seen = scripted(answer(200, {}))
    timeouts = Timeouts(read=7, write=11, long=99, connect=3)
    async with make_http(handler, timeouts=timeouts) as http:
        await http.request("POST", "/api/ai-mentor/tasks/", kind="long", json={"a": 1}, params={"q": "v"})
    request = seen[0]
    assert request.url.path == "/dm/api/ai-mentor/tasks/"
    assert request.url.params["q"] == "v"
    assert request.headers["Authorization"] == f"Api-Token {SECRET}"
    assert json.loads(request.content) == {"a": 1}
    assert request.extensions["timeout"] == {"connect": 3, "read": 99, "write": 99, "pool": 99}


@pytest.mark.anyio
async def test_an_expected_error_status_is_returned_instead_of_raised():
    handler, _ = scripted(answer(404, {"detail": "Not found."}))
    async with make_http(handler) as http:
        response = await http.request("GET", "/api/x/", expected=(200, 404))
    assert response.status_code == 404


@pytest.mark.anyio
async def test_a_base_url_that_is_not_http_is_reported_as_configuration():
    http = PlatformHttp(
        platform="tutorflow",
        base_url="ftp://platform.test",
        auth_header=("Authorization", f"Bearer {SECRET}"),
        retry=tiny_retry(),
    )
    async with http:
        with pytest.raises(NotConfigured, match="TUTORFLOW_BASE_URL"):
            await http.request("GET", "/v1/platform/courses")


# -- the status mapping ---------------------------------------------------------------------

MAPPING_CASES = [
    # (platform, status, body, error class, fragments the text must contain)
    (
        "iblai",
        400,
        {"name": ["This field is required."], "objective": ["Too long."]},
        InvalidInput,
        ["name", "objective", "Correct"],
    ),
    (
        "iblai",
        400,
        {"non_field_errors": ["Outline already exists."]},
        InvalidInput,
        ["Outline already exists"],
    ),
    ("iblai", 422, {"detail": [{"loc": ["body", "x"], "msg": "bad"}]}, InvalidInput, ["HTTP 422"]),
    (
        "tutorflow",
        400,
        {"error": {"code": "platform_invalid_request", "message": "Validation failed: level", "status": 400}},
        InvalidInput,
        ["Validation failed: level"],
    ),
    (
        "learningstudio",
        400,
        {"message": "subject is required", "code": "VALIDATION_ERROR"},
        InvalidInput,
        ["subject is required"],
    ),
    ("iblai", 401, {"detail": "Invalid token."}, AuthFailed, ["IBLAI_API_KEY", "rejected"]),
    (
        "tutorflow",
        401,
        {"error": {"code": "platform_api_key_revoked", "message": "Revoked", "status": 401}},
        AuthFailed,
        ["revoked", "TUTORFLOW_API_KEY"],
    ),
    (
        "learningstudio",
        401,
        {"message": "Invalid API key", "code": "INVALID_API_KEY"},
        AuthFailed,
        ["LEARNINGSTUDIO_API_KEY"],
    ),
    (
        "iblai",
        403,
        {"detail": "You do not have permission to perform this action."},
        Forbidden,
        ["IBLAI_ORG", "IBLAI_USER_ID"],
    ),
    (
        "learningstudio",
        403,
        {"message": "API access requires a paid plan", "code": "PAID_PLAN_REQUIRED"},
        Forbidden,
        ["paid plan"],
    ),
    (
        "learningstudio",
        403,
        {"message": "Usage limit exceeded for your plan (Pro)", "code": "USAGE_LIMIT_EXCEEDED_PLAN"},
        Forbidden,
        ["credits are used up"],
    ),
    (
        "tutorflow",
        402,
        {"error": {"code": "payment_required", "message": "Payment required", "status": 402}},
        Forbidden,
        ["credit"],
    ),
    (
        "tutorflow",
        403,
        {"error": {"code": "free_credits_exhausted", "message": "No credits", "status": 403}},
        Forbidden,
        ["credit"],
    ),
    (
        "iblai",
        429,
        {"error_code": "spend_cap_exceeded", "error": "cap", "message": "Spend cap reached", "details": {}},
        Forbidden,
        ["budget"],
    ),
    ("iblai", 404, {"detail": "Not found."}, NotFound, ["HTTP 404", "Check the id"]),
    ("learningstudio", 404, {"message": "Job not found", "code": "NOT_FOUND"}, NotFound, ["Job not found"]),
    (
        "tutorflow",
        409,
        {"error": {"code": "platform_conflict", "message": "Slug taken", "status": 409}},
        Conflict,
        ["Slug taken"],
    ),
    (
        "learningstudio",
        429,
        {"message": "Rate limit exceeded for this endpoint", "code": "RATE_LIMIT_EXCEEDED"},
        RateLimited,
        ["HTTP 429"],
    ),
    ("iblai", 500, "<html><body>Server Error (500)</body></html>", Unavailable, ["HTTP 500"]),
    (
        "tutorflow",
        500,
        {"error": {"code": "platform_internal_error", "message": "boom", "status": 500}},
        Unavailable,
        ["temporary"],
    ),
    ("learningstudio", 503, None, Unavailable, ["HTTP 503"]),
    ("iblai", 408, None, Unavailable, ["HTTP 408"]),
    ("iblai", 405, {"detail": 'Method "PATCH" not allowed.'}, InvalidInput, ["base URL"]),
]


@pytest.mark.parametrize(("platform", "status", "body", "kind", "fragments"), MAPPING_CASES)
def test_each_status_and_dialect_maps_to_its_error(platform, status, body, kind, fragments):
    error = error_from_response(platform, answer(status, body), now=0.0)
    assert type(error) is kind
    text = str(error)
    for fragment in fragments:
        assert fragment in text
    assert error.what and error.next_step
    assert "{" not in text and "<" not in text  # never a raw body


def test_rate_limited_carries_retry_after_in_seconds_or_as_a_date():
    assert error_from_response("iblai", answer(429, None, {"Retry-After": "12"})).retry_after == 12.0
    when = format_datetime(datetime.fromtimestamp(1_000_030, tz=UTC), usegmt=True)
    dated = error_from_response("iblai", answer(429, None, {"Retry-After": when}), now=1_000_000.0)
    assert dated.retry_after == pytest.approx(30.0)
    assert error_from_response("iblai", answer(429, None, {"Retry-After": "soon"})).retry_after is None


def test_a_long_field_map_is_named_briefly():
    fields = {f"field_{i}": ["x" * 500] for i in range(10)}
    error = error_from_response("iblai", answer(400, fields))
    assert "field_0" in str(error) and "and 4 more" in str(error)
    assert len(str(error)) < 1200


# -- redaction ------------------------------------------------------------------------------


def echoing_handler(status: int, shape: str) -> Handler:
    """A platform that echoes the credential back in its error, the worst case for redaction."""

    def handler(request: httpx2.Request) -> httpx2.Response:
        token = request.headers["Authorization"]
        bodies = {
            "detail": {"detail": f"Invalid token {token}"},
            "fields": {token: [f"bad value {token}"]},
            "envelope": {"error": {"code": "x", "message": f"key {token} refused", "status": status}},
            "flat": {"message": f"key {token}", "code": "INVALID_API_KEY"},
        }
        return httpx2.Response(status, json=bodies[shape])

    return handler


@pytest.mark.anyio
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 418])
@pytest.mark.parametrize("shape", ["detail", "fields", "envelope", "flat"])
async def test_no_secret_reaches_a_raised_message_or_a_log_line(status, shape, caplog):
    caplog.set_level(logging.DEBUG, logger="coursewright.http")
    async with make_http(echoing_handler(status, shape)) as http:
        http.add_secret("edit_token_abcdef123")
        with pytest.raises(CoursewrightError) as caught:
            await http.request("GET", "/api/courses/edit/edit_token_abcdef123/")
    text = str(caught.value) + caught.value.what + caught.value.next_step
    assert SECRET not in text
    assert "edit_token_abcdef123" not in text
    assert SECRET not in caplog.text
    assert "edit_token_abcdef123" not in caplog.text
    if status in (429, 500):
        assert "retrying" in caplog.text  # the retries were logged, redacted


@pytest.mark.anyio
async def test_a_shared_redactor_learns_the_key_from_the_auth_header():
    redactor = Redactor()
    http = PlatformHttp(
        platform="learningstudio",
        base_url="http://platform.test",
        auth_header=("Authorization", "Bearer ls_only_in_the_header_42"),
        transport=httpx2.MockTransport(lambda r: httpx2.Response(200)),
        redactor=redactor,
    )
    await http.aclose()
    assert redactor.redact("x ls_only_in_the_header_42 y") == "x [redacted] y"


# -- against the ibl.ai emulator ------------------------------------------------------------


@pytest.mark.anyio
async def test_the_ibl_ai_emulator_refusals_map_to_auth_and_tenant_errors():
    transport = httpx2.ASGITransport(app=build_sandbox_app())
    tasks = f"/api/ai-mentor/orgs/{keys.IBLAI_ORG}/users/{keys.IBLAI_USER_ID}/course-creation/tasks/"

    async def call(key: str) -> CoursewrightError:
        http = PlatformHttp(
            platform="iblai",
            base_url="http://sandbox/iblai",
            auth_header=("Authorization", f"Api-Token {key}"),
            secrets=[key],
            transport=transport,
            retry=tiny_retry(),
        )
        async with http:
            with pytest.raises(CoursewrightError) as caught:
                await http.request("GET", tasks)
        return caught.value

    rejected = await call("f" * 64)
    assert isinstance(rejected, AuthFailed)
    assert "f" * 64 not in str(rejected)
    other_tenant = await call(keys.IBLAI_OTHER_API_KEY)
    assert isinstance(other_tenant, Forbidden)
    assert "IBLAI_ORG" in other_tenant.next_step
    assert keys.IBLAI_OTHER_API_KEY not in str(other_tenant)
