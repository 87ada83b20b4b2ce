"""Contract tests of the ibl.ai Course Creation API emulator, one documented rule per test.

Rules come from shared/reference/iblai-api.md (sections cited per group). Everything runs in
process on a fake clock at a tiny time scale; synchronous steps "take" their time through a
recording sleep, so nothing here waits.
"""

from __future__ import annotations

import httpx2
import pytest

from coursewright.sandbox import keys
from coursewright.sandbox.core import FaultSpec, SandboxConfig
from coursewright.sandbox.iblai import create_app

ROOT = f"/api/ai-mentor/orgs/{keys.IBLAI_ORG}/users/{keys.IBLAI_USER_ID}"
TASKS = f"{ROOT}/course-creation/tasks/"
COURSES = f"{ROOT}/course-creation/course/"
FILES = f"{ROOT}/course-creation/files/"
AUTH = {"Authorization": f"Api-Token {keys.IBLAI_API_KEY}"}
SCALE = 0.01
BRIEF = {
    "name": "Intro to Python for Analysts",
    "description": "Project-based introduction to Python for data wrangling. Cover variables and loops.",
    "target_audience": "Working analysts with spreadsheet fluency and no programming background.",
}


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

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


@pytest.fixture
async def client(app):
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox") as http:
        http.headers.update(AUTH)
        yield http


async def new_task(client, **fields) -> dict:
    response = await client.post(TASKS, json={**BRIEF, **fields})
    assert response.status_code == 201, response.text
    return response.json()


async def course_with_outline(client, **fields) -> tuple[dict, dict]:
    """A task whose course exists on edX with a generated outline (16 units by default)."""
    task = await new_task(client, **fields)
    created = (await client.post(f"{TASKS}{task['id']}/create-course/")).json()
    outline = await client.post(f"{TASKS}{task['id']}/create-course-outline/")
    assert outline.status_code == 200, outline.text
    return task, created


async def structure(client, course_id: int, include_content: bool = True) -> dict:
    query = "?include_content=true" if include_content else ""
    response = await client.get(f"{COURSES}{course_id}/full-structure/{query}")
    assert response.status_code == 200, response.text
    return response.json()


def units_of(tree: dict) -> list[dict]:
    return [unit for section in tree["sections"] for sub in section["subsections"] for unit in sub["units"]]


async def task_status(client, task_id: int) -> str:
    return (await client.get(f"{TASKS}{task_id}/")).json()["status"]


# --- §1.3 / §1.4 / §5: authentication, tenant, routing -----------------------------------------------


@pytest.mark.anyio
async def test_api_token_header_is_accepted(client):
    response = await client.get(TASKS)
    assert response.status_code == 200
    assert response.json()["results"] == []


@pytest.mark.anyio
async def test_token_keyword_is_accepted_for_the_same_platform_key(client):
    response = await client.get(TASKS, headers={"Authorization": f"Token {keys.IBLAI_API_KEY}"})
    assert response.status_code == 200


@pytest.mark.anyio
async def test_bearer_header_is_refused_with_401(client):
    response = await client.get(TASKS, headers={"Authorization": f"Bearer {keys.IBLAI_API_KEY}"})
    assert response.status_code == 401
    assert response.json() == {"detail": "Authentication credentials were not provided."}


@pytest.mark.anyio
async def test_missing_header_is_refused_with_401_and_a_challenge(app):
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox") as http:
        response = await http.get(TASKS)
    assert response.status_code == 401
    assert response.json() == {"detail": "Authentication credentials were not provided."}
    assert response.headers["www-authenticate"] == "Api-Token"


@pytest.mark.anyio
async def test_unknown_key_is_refused_with_401_invalid_token(client):
    response = await client.get(TASKS, headers={"Authorization": "Api-Token " + "f" * 64})
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid token."}


@pytest.mark.anyio
async def test_keyword_without_a_key_is_refused_with_401(client):
    response = await client.get(TASKS, headers={"Authorization": "Api-Token"})
    assert response.status_code == 401
    assert "No credentials provided" in response.json()["detail"]


@pytest.mark.anyio
async def test_key_of_another_org_is_forbidden_with_403(client):
    response = await client.get(TASKS, headers={"Authorization": f"Api-Token {keys.IBLAI_OTHER_API_KEY}"})
    assert response.status_code == 403
    assert response.json() == {"detail": "You do not have permission to perform this action."}


@pytest.mark.anyio
async def test_user_id_other_than_the_keys_user_is_forbidden_with_403(client):
    path = f"/api/ai-mentor/orgs/{keys.IBLAI_ORG}/users/someone-else/course-creation/tasks/"
    response = await client.get(path)
    assert response.status_code == 403
    assert "detail" in response.json()


@pytest.mark.anyio
async def test_tenants_do_not_see_each_others_tasks(client):
    task = await new_task(client)
    other_root = f"/api/ai-mentor/orgs/{keys.IBLAI_OTHER_ORG}/users/{keys.IBLAI_OTHER_USER_ID}"
    other = {"Authorization": f"Api-Token {keys.IBLAI_OTHER_API_KEY}"}
    listing = await client.get(f"{other_root}/course-creation/tasks/", headers=other)
    detail = await client.get(f"{other_root}/course-creation/tasks/{task['id']}/", headers=other)
    assert listing.status_code == 200 and listing.json()["count"] == 0
    assert detail.status_code == 404
    assert detail.json() == {"detail": "Not found."}


@pytest.mark.anyio
async def test_gateway_prefix_dm_serves_the_same_api(client):
    task = await new_task(client)
    response = await client.get(f"/dm{TASKS}{task['id']}/")
    assert response.status_code == 200
    assert response.json()["id"] == task["id"]


@pytest.mark.anyio
async def test_path_without_trailing_slash_is_redirected_permanently(client):
    response = await client.get(TASKS.rstrip("/"))
    assert response.status_code == 301
    assert response.headers["location"] == f"http://sandbox{TASKS}"


@pytest.mark.anyio
async def test_unknown_path_is_404_with_detail(client):
    response = await client.get(f"{ROOT}/course-creation/nothing-here/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


@pytest.mark.anyio
async def test_method_not_offered_is_405_with_detail_and_allow(client):
    task = await new_task(client)
    response = await client.post(f"{TASKS}{task['id']}/start/")
    assert response.status_code == 405
    assert response.json() == {"detail": 'Method "POST" not allowed.'}
    assert "GET" in response.headers["allow"]


@pytest.mark.anyio
async def test_authentication_is_checked_before_the_method(app):
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox") as http:
        response = await http.put(TASKS)
    assert response.status_code == 401


# --- §2.1 / §3.1-3.3 / §3.6: tasks -------------------------------------------------------------------


@pytest.mark.anyio
async def test_create_task_is_201_with_the_documented_fields_and_defaults(client):
    task = await new_task(client)
    assert set(task) == {
        "id",
        "user_id",
        "student",
        "name",
        "description",
        "target_audience",
        "platform",
        "platform_key",
        "status",
        "publish_course",
        "provider",
        "model",
        "desired_number_of_sections",
        "logs",
        "files",
        "date_created",
        "last_modified",
    }
    assert task["status"] == "Pending"
    assert task["user_id"] == keys.IBLAI_USER_ID and task["platform_key"] == keys.IBLAI_ORG
    assert (task["publish_course"], task["provider"], task["model"], task["desired_number_of_sections"]) == (
        True,
        "openai",
        "gpt-4o-mini",
        4,
    )
    assert task["files"] == [] and task["logs"] == ""
    assert task["date_created"].endswith("Z")


@pytest.mark.anyio
async def test_create_task_without_required_fields_gets_a_drf_field_map(client):
    response = await client.post(TASKS, json={"name": "Only a name"})
    assert response.status_code == 400
    assert response.json() == {
        "description": ["This field is required."],
        "target_audience": ["This field is required."],
    }


@pytest.mark.anyio
async def test_create_task_refuses_a_name_over_200_characters(client):
    response = await client.post(TASKS, json={**BRIEF, "name": "x" * 201})
    assert response.status_code == 400
    assert response.json() == {"name": ["Ensure this field has no more than 200 characters."]}


@pytest.mark.anyio
async def test_create_task_refuses_a_non_integer_section_count(client):
    response = await client.post(TASKS, json={**BRIEF, "desired_number_of_sections": "four"})
    assert response.status_code == 400
    assert response.json() == {"desired_number_of_sections": ["A valid integer is required."]}


@pytest.mark.anyio
async def test_create_task_with_broken_json_gets_400_detail(client):
    response = await client.post(TASKS, content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("JSON parse error")


@pytest.mark.anyio
async def test_task_list_is_wrapped_in_drf_pages(client):
    for _ in range(3):
        await new_task(client)
    first = (await client.get(TASKS, params={"page_size": 2})).json()
    second = (await client.get(first["next"])).json()
    assert first["count"] == 3 and len(first["results"]) == 2 and first["previous"] is None
    assert "page=2" in first["next"]
    assert [task["id"] for task in second["results"]] == [3] and second["next"] is None
    assert second["previous"] is not None and "page=" not in second["previous"]


@pytest.mark.anyio
async def test_task_page_past_the_end_is_404_invalid_page(client):
    await new_task(client)
    response = await client.get(TASKS, params={"page": 2})
    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid page."}


@pytest.mark.anyio
async def test_legacy_task_alias_reaches_the_same_tasks(client):
    task = await new_task(client)
    response = await client.get(f"{ROOT}/course-creation-tasks/{task['id']}/")
    assert response.status_code == 200
    assert response.json()["name"] == BRIEF["name"]


@pytest.mark.anyio
async def test_unknown_task_is_404(client):
    response = await client.get(f"{TASKS}999/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


@pytest.mark.anyio
async def test_delete_task_is_204_and_the_task_is_gone(client):
    task = await new_task(client)
    deleted = await client.delete(f"{TASKS}{task['id']}/")
    assert deleted.status_code == 204 and deleted.content == b""
    assert (await client.get(f"{TASKS}{task['id']}/")).status_code == 404


# --- §2.1 T7/T8 / §4: the task state machine and the one-shot pipeline ---------------------------------


@pytest.mark.anyio
async def test_start_moves_a_pending_task_to_scheduled(client):
    task = await new_task(client)
    response = await client.get(f"{TASKS}{task['id']}/start/")
    assert response.status_code == 200
    assert response.json()["status"] == "Scheduled"


@pytest.mark.anyio
async def test_start_refuses_a_task_already_scheduled(client):
    task = await new_task(client)
    await client.get(f"{TASKS}{task['id']}/start/")
    response = await client.get(f"{TASKS}{task['id']}/start/")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Task is not in a schedulable state")


@pytest.mark.anyio
async def test_cancel_of_a_pending_task_cancels_it_and_start_is_then_refused(client):
    task = await new_task(client)
    cancelled = await client.get(f"{TASKS}{task['id']}/cancel/")
    restarted = await client.get(f"{TASKS}{task['id']}/start/")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "Cancelled"
    assert restarted.status_code == 400


@pytest.mark.anyio
async def test_cancel_refuses_a_task_that_already_succeeded(client, clock):
    task = await new_task(client)
    await client.get(f"{TASKS}{task['id']}/start/")
    clock.advance(1000 * SCALE)
    assert await task_status(client, task["id"]) == "Success"
    response = await client.get(f"{TASKS}{task['id']}/cancel/")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Task is not in a cancellable state")


@pytest.mark.anyio
async def test_pipeline_goes_scheduled_in_progress_success_as_the_clock_passes(client, clock):
    task = await new_task(client)
    await client.get(f"{TASKS}{task['id']}/start/")
    seen = [await task_status(client, task["id"])]
    clock.advance(4 * SCALE)  # past the queue wait
    seen.append(await task_status(client, task["id"]))
    clock.advance(30 * SCALE)  # course and outline done, drafting under way
    seen.append(await task_status(client, task["id"]))
    clock.advance(200 * SCALE)  # drafting and publishing done
    seen.append(await task_status(client, task["id"]))
    assert seen == ["Scheduled", "In Progress", "In Progress", "Success"]


@pytest.mark.anyio
async def test_pipeline_appends_each_step_to_logs(client, clock):
    task = await new_task(client)
    await client.get(f"{TASKS}{task['id']}/start/")
    clock.advance(1000 * SCALE)
    logs = (await client.get(f"{TASKS}{task['id']}/")).json()["logs"].splitlines()
    assert len(logs) >= 6
    assert "scheduled" in logs[0].lower()
    assert any("Outline generated" in line for line in logs)
    assert any("published" in line for line in logs)
    assert "completed" in logs[-1]


@pytest.mark.anyio
async def test_pipeline_result_is_a_published_course_with_content_found_by_task(client, clock, app):
    task = await new_task(client, desired_number_of_sections=3)
    await client.get(f"{TASKS}{task['id']}/start/")
    clock.advance(1000 * SCALE)
    listing = (await client.get(COURSES, params={"task": task["id"]})).json()
    assert listing["count"] == 1
    tree = await structure(client, listing["results"][0]["id"])
    assert len(tree["sections"]) == 3
    assert all(unit["components"] for unit in units_of(tree))
    assert app.state.emulator.courses[listing["results"][0]["id"]].published is not None


@pytest.mark.anyio
async def test_pipeline_without_publish_course_leaves_the_course_unpublished(client, clock, app):
    task = await new_task(client, publish_course=False)
    await client.get(f"{TASKS}{task['id']}/start/")
    clock.advance(1000 * SCALE)
    assert await task_status(client, task["id"]) == "Success"
    assert all(course.published is None for course in app.state.emulator.courses.values())


@pytest.mark.anyio
async def test_injected_pipeline_error_ends_failed_and_start_is_allowed_again(client, clock, app):
    app.state.emulator.fail_next_pipeline("outline")
    task = await new_task(client)
    await client.get(f"{TASKS}{task['id']}/start/")
    clock.advance(1000 * SCALE)
    failed = (await client.get(f"{TASKS}{task['id']}/")).json()
    assert failed["status"] == "Failed"
    assert "ERROR" in failed["logs"].splitlines()[-1]
    retried = await client.get(f"{TASKS}{task['id']}/start/")
    assert retried.status_code == 200 and retried.json()["status"] == "Scheduled"
    clock.advance(1000 * SCALE)
    assert await task_status(client, task["id"]) == "Success"


@pytest.mark.anyio
async def test_cancel_while_in_progress_stops_the_pipeline(client, clock, app):
    task = await new_task(client)
    await client.get(f"{TASKS}{task['id']}/start/")
    clock.advance(20 * SCALE)
    assert await task_status(client, task["id"]) == "In Progress"
    cancelled = await client.get(f"{TASKS}{task['id']}/cancel/")
    clock.advance(1000 * SCALE)
    assert cancelled.json()["status"] == "Cancelled"
    assert await task_status(client, task["id"]) == "Cancelled"
    (course,) = app.state.emulator.courses.values()
    assert course.published is None
