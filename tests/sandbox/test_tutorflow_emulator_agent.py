"""TutorFlow emulator: agent self-service, credits and account refusals; and how the provider reports them.

Rules from shared/reference/openedx-olx-learningstudio-tutorflow.md (B2: `/.well-known/agent.json`,
`/agent/register` 5/IP/hour, `/agent/account` with `rateLimitPerMinute: 60` and `creditBalance`,
`/agent/billing/session|status`, `/pricing-catalog`, the error codes) and seed 002 (priceSnapshot);
shapes the reference leaves open are the ones `sandbox/tutorflow/agent.py` documents as inferred. Everything
runs in process on a fake clock.
"""

from __future__ import annotations

import httpx2
import pytest
from time_fakes import FakeClock, RecordingSleep

from coursewright.config import Settings
from coursewright.errors import AuthFailed, Forbidden
from coursewright.model import Brief, TaskOptions
from coursewright.providers.http import RetryPolicy
from coursewright.providers.tutorflow.adapter import TutorFlowProvider
from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import SandboxConfig
from coursewright.sandbox.tutorflow.app import create_app
from coursewright.sandbox.tutorflow.pricing import CREDITS_PER_USD

API = "/v1/platform"
COURSES = f"{API}/courses"
AGENT = f"{API}/agent"
SCALE = 0.01
PROMPT = "Create a beginner Python course covering variables, loops, and functions"


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


AUTH = bearer(keys.TUTORFLOW_API_KEY)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(clock):
    return create_app(SandboxConfig(time_scale=SCALE, clock=clock, sleep=RecordingSleep()))


def client_for(app, address: str = "127.0.0.1") -> httpx2.AsyncClient:
    transport = httpx2.ASGITransport(app=app, client=(address, 4321))
    return httpx2.AsyncClient(transport=transport, base_url="http://sandbox")


@pytest.fixture
async def client(app):
    async with client_for(app) as http:
        yield http


def assert_error(response: httpx2.Response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "status"}
    assert body["error"]["code"] == code and body["error"]["status"] == status
    return body["error"]["message"]


async def register(client, slug: str, **extra) -> dict:
    response = await client.post(f"{AGENT}/register", json={"name": f"Agent {slug}", "slug": slug, **extra})
    assert response.status_code == 201, response.text
    return response.json()


async def balance(client, key: str = keys.TUTORFLOW_API_KEY) -> int:
    response = await client.get(f"{AGENT}/account", headers=bearer(key))
    assert response.status_code == 200, response.text
    return response.json()["creditBalance"]


async def create(client, key: str = keys.TUTORFLOW_API_KEY, **fields) -> httpx2.Response:
    return await client.post(COURSES, json={"prompt": PROMPT, **fields}, headers=bearer(key))


def credits_of(snapshot: dict) -> int:
    return round(snapshot["amountUsd"] * CREDITS_PER_USD)


# --- discovery and pricing -------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_manifest_needs_no_key_and_names_register_and_pricing_under_the_api_base(client):
    response = await client.get(f"{API}/.well-known/agent.json")
    assert response.status_code == 200
    manifest = response.json()
    assert manifest["baseUrl"] == "http://sandbox/v1/platform"
    assert manifest["auth"] == {"type": "bearer", "prefix": "tf_platform_", "header": "Authorization"}
    assert manifest["registration"]["endpoint"] == "/v1/platform/agent/register"
    assert manifest["registration"]["requiredFields"] == ["name", "slug"]
    assert manifest["pricing"]["endpoint"] == "/v1/platform/pricing-catalog"
    assert manifest["trial"]["emailVerificationRequiredForBilling"] is True
    # The public pages put self-service under /v1/platform; the host root does not serve it.
    assert (await client.get("/.well-known/agent.json")).status_code == 404


@pytest.mark.anyio
async def test_the_manifests_endpoints_work_as_given_behind_the_sandbox_mount(clock):
    sandbox = build_sandbox_app(SandboxConfig(time_scale=SCALE, clock=clock, sleep=RecordingSleep()))
    async with client_for(sandbox) as http:
        manifest = (await http.get("/tutorflow/v1/platform/.well-known/agent.json")).json()
        assert manifest["baseUrl"] == "http://sandbox/tutorflow/v1/platform"
        registered = await http.post(
            manifest["registration"]["endpoint"], json={"name": "A", "slug": "mounted"}
        )
        catalog = await http.get(manifest["pricing"]["endpoint"])
    assert registered.status_code == 201 and catalog.status_code == 200


@pytest.mark.anyio
async def test_the_pricing_catalog_is_public_and_is_what_every_price_snapshot_bills(client):
    response = await client.get(f"{API}/pricing-catalog")
    assert response.status_code == 200
    (entry,) = response.json()
    assert entry["category"] == "course" and entry["catalogKey"] == "course.default"
    assert entry["unit"] == "lesson" and entry["amountUsd"] == 0.05 and entry["isActive"] is True
    snapshot = (await create(client, lessonCount=7)).json()["priceSnapshot"]
    assert snapshot["catalogKey"] == entry["catalogKey"] and snapshot["source"] == entry["source"]
    assert snapshot["unitPrice"] == entry["amountUsd"]
    assert snapshot["amountUsd"] == round(entry["amountUsd"] * snapshot["units"], 2)


# --- registration ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_register_returns_a_new_key_once_and_the_emulator_then_accepts_it(client):
    registered = await register(client, "my-ai-tutor", email="agent@example.com")
    key = registered["apiKey"]
    assert (
        key.startswith("tf_platform_")
        and key.startswith(registered["keyPrefix"])
        and key != registered["keyPrefix"]
    )
    assert registered["trialCredits"] == 100 and registered["organizationId"].startswith("org_")
    account = await client.get(f"{AGENT}/account", headers=bearer(key))
    assert account.status_code == 200 and key not in account.text
    assert account.json()["slug"] == "my-ai-tutor" and account.json()["creditBalance"] == 100
    made = await create(client, key, lessonCount=2)
    assert made.status_code == 201, made.text


@pytest.mark.anyio
async def test_register_refuses_a_bad_slug_a_missing_name_and_a_taken_slug(client):
    bad_slug = await client.post(f"{AGENT}/register", json={"name": "A", "slug": "-Bad_Slug"})
    no_name = await client.post(f"{AGENT}/register", json={"slug": "fine"})
    assert "slug" in assert_error(bad_slug, 400, "platform_invalid_request")
    assert "name" in assert_error(no_name, 400, "platform_invalid_request")
    await register(client, "taken")
    assert_error(
        await client.post(f"{AGENT}/register", json={"name": "B", "slug": "taken"}), 409, "platform_conflict"
    )


@pytest.mark.anyio
async def test_register_allows_five_per_address_an_hour_then_429_with_retry_after(app, client, clock):
    for number in range(5):
        await register(client, f"agent-{number}")
    refused = await client.post(f"{AGENT}/register", json={"name": "A", "slug": "agent-5"})
    assert_error(refused, 429, "platform_rate_limit_exceeded")
    assert int(refused.headers["Retry-After"]) == 3600
    async with client_for(app, address="10.0.0.9") as elsewhere:
        await register(elsewhere, "from-elsewhere")
    clock.advance(3600)
    await register(client, "agent-5")


# --- account --------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_account_shows_sixty_a_minute_and_the_credit_balance(client):
    response = await client.get(f"{AGENT}/account", headers=AUTH)
    account = response.json()
    assert account["rateLimitPerMinute"] == 60
    assert account["creditBalance"] == 100_000 and account["status"] == "active"
    assert account["isEmailVerified"] is True and account["restrictedActions"] == []
    assert_error(await client.get(f"{AGENT}/account"), 401, "platform_invalid_api_key")


# --- credits --------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_create_beyond_the_balance_is_402_and_stores_nothing(app, client):
    refused = await create(client, keys.TUTORFLOW_NO_CREDIT_API_KEY, lessonCount=1)
    message = assert_error(refused, 402, "platform_insufficient_credits")
    assert "billing/session" in message
    assert app.state.emulator.requests == {}
    assert await balance(client, keys.TUTORFLOW_NO_CREDIT_API_KEY) == 3


@pytest.mark.anyio
async def test_a_completed_generation_deducts_its_price_snapshot(client):
    before = await balance(client)
    course = (await create(client, lessonCount=6)).json()
    assert course["status"] == "COMPLETED"
    assert await balance(client) == before - credits_of(course["priceSnapshot"])
    assert credits_of(course["priceSnapshot"]) == 5 * course["lessonCount"]


@pytest.mark.anyio
async def test_a_failed_generation_costs_nothing(client):
    before = await balance(client)
    course = (await create(client, prompt="sandbox:fail this course")).json()
    assert course["status"] == "FAILED" and course["priceSnapshot"]["amountUsd"] == 0
    assert await balance(client) == before


@pytest.mark.anyio
async def test_requests_still_generating_hold_their_estimate_so_parallel_creates_cannot_overdraw(
    client, clock
):
    key = (await register(client, "parallel"))["apiKey"]
    first = (await create(client, key, lessonCount=12, mode="async")).json()
    assert first["status"] == "PENDING" and await balance(client, key) == 100  # charged on completion
    assert_error(
        await create(client, key, lessonCount=12, mode="async"), 402, "platform_insufficient_credits"
    )
    clock.advance(5)
    done = (await client.get(f"{COURSES}/{first['id']}", headers=bearer(key))).json()
    assert done["status"] == "COMPLETED"
    assert await balance(client, key) == 100 - credits_of(done["priceSnapshot"])


@pytest.mark.anyio
async def test_an_idempotent_replay_is_neither_refused_nor_charged_again(client):
    key = (await register(client, "replays"))["apiKey"]
    original = await create(client, key, lessonCount=15, idempotencyKey="course-1")
    left = await balance(client, key)
    assert left == 100 - credits_of(original.json()["priceSnapshot"]) and left < 75
    replay = await create(client, key, lessonCount=15, idempotencyKey="course-1")
    assert replay.status_code == 200 and replay.json()["idempotentReplay"] is True
    assert await balance(client, key) == left
    assert_error(await create(client, key, lessonCount=15), 402, "platform_insufficient_credits")


# --- key and workspace refusals -------------------------------------------------------------------


@pytest.mark.anyio
async def test_an_expired_key_is_401_api_key_expired_and_creates_nothing(app, client):
    expired = bearer(keys.TUTORFLOW_EXPIRED_API_KEY)
    assert_error(await client.get(COURSES, headers=expired), 401, "platform_api_key_expired")
    assert_error(await create(client, keys.TUTORFLOW_EXPIRED_API_KEY), 401, "platform_api_key_expired")
    assert_error(await client.get(f"{AGENT}/account", headers=expired), 401, "platform_api_key_expired")
    assert app.state.emulator.requests == {}


@pytest.mark.anyio
async def test_a_suspended_workspace_is_403_on_every_keyed_route_and_public_ones_still_answer(app, client):
    suspended = bearer(keys.TUTORFLOW_SUSPENDED_API_KEY)
    some_id = "2ca91d88-7b0c-4287-89f1-89a74d8a5b26"
    keyed = [
        ("GET", COURSES, None),
        ("POST", COURSES, {"prompt": PROMPT}),
        ("GET", f"{COURSES}/{some_id}", None),
        ("POST", f"{COURSES}/{some_id}/edit-token", None),
        ("PATCH", f"{COURSES}/{some_id}", {"title": "T"}),
        ("PATCH", f"{COURSES}/{some_id}/canonical", {}),
        ("GET", f"{AGENT}/account", None),
        ("POST", f"{AGENT}/verify-email/resend", None),
        ("POST", f"{AGENT}/billing/session", {"amountUsd": 10}),
        ("GET", f"{AGENT}/billing/status", None),
    ]
    for method, path, body in keyed:
        response = await client.request(method, path, json=body, headers=suspended)
        assert_error(response, 403, "platform_workspace_suspended")
    assert app.state.emulator.requests == {}
    assert (await client.get(f"{API}/pricing-catalog", headers=suspended)).status_code == 200
    assert (await client.get(f"{API}/.well-known/agent.json", headers=suspended)).status_code == 200


# --- billing --------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_buying_credits_needs_a_verified_email_first(client):
    key = (await register(client, "unverified", email="agent@example.com"))["apiKey"]
    account = (await client.get(f"{AGENT}/account", headers=bearer(key))).json()
    assert account["isEmailVerified"] is False and "create_billing_session" in account["restrictedActions"]
    refused = await client.post(f"{AGENT}/billing/session", json={"amountUsd": 10}, headers=bearer(key))
    assert_error(refused, 403, "email_verification_required")
    sent = await client.post(f"{AGENT}/verify-email/resend", headers=bearer(key))
    assert sent.json() == {"message": "Verification email sent"}
    account = (await client.get(f"{AGENT}/account", headers=bearer(key))).json()
    assert account["isEmailVerified"] is True and account["restrictedActions"] == []
    opened = await client.post(f"{AGENT}/billing/session", json={"amountUsd": 10}, headers=bearer(key))
    assert opened.status_code == 201


@pytest.mark.anyio
async def test_a_paid_checkout_session_tops_up_the_credits_once_and_lifts_the_402(app, client):
    key = keys.TUTORFLOW_NO_CREDIT_API_KEY
    opened = await client.post(f"{AGENT}/billing/session", json={"amountUsd": 5}, headers=bearer(key))
    session = opened.json()
    assert opened.status_code == 201 and session["status"] == "open" and session["credits"] == 500
    status = (await client.get(f"{AGENT}/billing/status", headers=bearer(key))).json()
    assert status["session"]["status"] == "open" and status["hasPaymentMethod"] is False
    app.state.emulator.accounts.pay(session["sessionId"])
    app.state.emulator.accounts.pay(session["sessionId"])
    status = (await client.get(f"{AGENT}/billing/status", headers=bearer(key))).json()
    assert status["session"]["status"] == "paid" and status["session"]["paidAt"]
    assert status["creditBalance"] == 503 and status["hasPaymentMethod"] is True
    assert (await create(client, key, lessonCount=5)).status_code == 201


@pytest.mark.anyio
async def test_the_checkout_url_is_a_sandbox_page_where_a_person_pays(clock):
    sandbox = build_sandbox_app(SandboxConfig(time_scale=SCALE, clock=clock, sleep=RecordingSleep()))
    key = bearer(keys.TUTORFLOW_NO_CREDIT_API_KEY)
    async with client_for(sandbox) as http:
        opened = await http.post("/tutorflow/v1/platform/agent/billing/session", json={}, headers=key)
        url = opened.json()["checkoutUrl"]
        page = await http.get(url)
        paid = await http.post(url)
        account = (await http.get("/tutorflow/v1/platform/agent/account", headers=key)).json()
    assert url.startswith("http://sandbox/tutorflow/") and opened.json()["amountUsd"] == 10
    assert page.status_code == 200 and "Pay $10.00" in page.text
    assert paid.status_code == 200 and "paid" in paid.text
    assert account["creditBalance"] == 1003


@pytest.mark.anyio
async def test_an_unpaid_checkout_session_expires_after_a_day(app, client, clock):
    opened = await client.post(f"{AGENT}/billing/session", json={"amountUsd": 20}, headers=AUTH)
    session_id = opened.json()["sessionId"]
    clock.advance(24 * 3600)
    status = await client.get(f"{AGENT}/billing/status", params={"sessionId": session_id}, headers=AUTH)
    assert status.json()["session"]["status"] == "expired"
    before = await balance(client)
    assert_error(await client.post(opened.json()["checkoutUrl"]), 409, "platform_conflict")
    assert await balance(client) == before


@pytest.mark.anyio
async def test_billing_refuses_an_out_of_range_amount_and_hides_other_workspaces_sessions(client):
    too_small = await client.post(f"{AGENT}/billing/session", json={"amountUsd": 1}, headers=AUTH)
    assert "amountUsd" in assert_error(too_small, 400, "platform_invalid_request")
    mine = (await client.post(f"{AGENT}/billing/session", json={}, headers=AUTH)).json()["sessionId"]
    theirs = await client.get(
        f"{AGENT}/billing/status",
        params={"sessionId": mine},
        headers=bearer(keys.TUTORFLOW_NO_CREDIT_API_KEY),
    )
    assert_error(theirs, 404, "platform_not_found")


# --- what the provider makes of the refusals -----------------------------------------------------

BRIEF = Brief(
    name="Python for Analysts",
    description="Project-based introduction to Python programming: variables, loops and csv files.",
    target_audience="Working analysts with spreadsheet fluency and no programming background.",
    desired_number_of_sections=2,
)


async def refusal_for(key: str) -> Exception:
    """Create a course with `key` through the provider against the mounted sandbox; return the error."""
    sandbox = build_sandbox_app(SandboxConfig(time_scale=0, clock=FakeClock(), sleep=RecordingSleep()))
    settings = Settings(tutorflow_api_key=key, tutorflow_base_url="http://sandbox/tutorflow")
    retry = RetryPolicy(attempts=3, base_s=0.0, max_s=0.0, max_retry_after_s=0.0)
    provider = TutorFlowProvider.from_settings(
        settings, transport=httpx2.ASGITransport(app=sandbox), retry=retry
    )
    try:
        task = await provider.create_task(BRIEF, TaskOptions(mode="sync"))
        with pytest.raises((AuthFailed, Forbidden)) as error:
            await provider.generate_outline(task.task_id.split(":", 1)[1], None, False)
        assert provider.tasks.latest(1) is None  # a refused create leaves no key behind to resend
    finally:
        await provider.aclose()
    assert key not in str(error.value) and "tf_platform_" not in str(error.value)
    assert sandbox.state.emulators["tutorflow"].state.emulator.requests == {}
    return error.value


@pytest.mark.anyio
async def test_the_provider_says_credits_ran_out_and_to_top_up_in_tutorflow_billing():
    error = await refusal_for(keys.TUTORFLOW_NO_CREDIT_API_KEY)
    assert isinstance(error, Forbidden)
    assert "credits have run out" in error.what
    assert "Top up credits in TutorFlow billing" in error.next_step


@pytest.mark.anyio
async def test_the_provider_reports_a_suspended_workspace_plainly():
    error = await refusal_for(keys.TUTORFLOW_SUSPENDED_API_KEY)
    assert isinstance(error, Forbidden)
    assert "workspace" in error.what and "suspended" in error.what
    assert "reactivate" in error.next_step


@pytest.mark.anyio
async def test_the_provider_asks_to_replace_an_expired_key():
    error = await refusal_for(keys.TUTORFLOW_EXPIRED_API_KEY)
    assert isinstance(error, AuthFailed)
    assert "expired" in error.what
    assert "Replace TUTORFLOW_API_KEY" in error.next_step
