"""Contract tests of the ibl.ai Course Creation API emulator, one documented rule per test.

Rules come from shared/reference/iblai-api.md (sections cited per group). Everything runs in
process on a fake clock at a tiny time scale; synchronous steps "take" their time through a
recording sleep, so nothing here waits.
"""

from __future__ import annotations

import httpx2
import pytest
from defusedxml.ElementTree import fromstring as parse_xml
from time_fakes import FakeClock, RecordingSleep

from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import FaultSpec, SandboxConfig, SandboxConnectionDropped
from coursewright.sandbox.iblai.app import create_app

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


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(5000.0)


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


# --- §2.1 T5/T6 / §3.9 / §4: the stepwise workflow ----------------------------------------------------


@pytest.mark.anyio
async def test_create_course_is_201_first_then_200_with_the_same_course(client):
    task = await new_task(client)
    first = await client.post(f"{TASKS}{task['id']}/create-course/")
    again = await client.post(f"{TASKS}{task['id']}/create-course/")
    assert first.status_code == 201 and again.status_code == 200
    assert first.json()["detail"] == "Course created on EdX"
    assert again.json()["detail"] == "Course already exists for this task"
    assert first.json()["course_id"] == again.json()["course_id"]
    assert first.json()["xblock_id"].endswith("+type@course+block@course")
    assert first.json()["xblock_id"].startswith(f"block-v1:{keys.IBLAI_ORG}+")


@pytest.mark.anyio
async def test_create_course_failure_is_400_with_detail(client, app):
    task = await new_task(client)
    app.state.emulator.fail_next("create-course")
    response = await client.post(f"{TASKS}{task['id']}/create-course/")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Course creation failed")
    assert app.state.emulator.courses == {}


@pytest.mark.anyio
async def test_outline_before_create_course_is_400(client):
    task = await new_task(client)
    response = await client.post(f"{TASKS}{task['id']}/create-course-outline/")
    assert response.status_code == 400
    assert "create-course" in response.json()["detail"]


@pytest.mark.anyio
async def test_outline_is_synchronous_and_takes_a_few_scaled_seconds(client, sleeps):
    task = await new_task(client, desired_number_of_sections=3)
    created = (await client.post(f"{TASKS}{task['id']}/create-course/")).json()
    sleeps.delays.clear()
    response = await client.post(f"{TASKS}{task['id']}/create-course-outline/")
    assert response.status_code == 200
    assert response.json()["detail"] == "Outline generated successfully"
    assert sleeps.delays == [pytest.approx(5 * SCALE)]
    tree = await structure(client, created["course_id"], include_content=False)
    assert len(tree["sections"]) == 3 and len(units_of(tree)) == 12
    assert all(unit["components"] == [] for unit in units_of(tree))


@pytest.mark.anyio
async def test_outline_is_also_served_on_get(client):
    task = await new_task(client)
    await client.post(f"{TASKS}{task['id']}/create-course/")
    response = await client.get(f"{TASKS}{task['id']}/create-course-outline/")
    assert response.status_code == 200


@pytest.mark.anyio
async def test_outline_llm_failure_is_400_with_detail_and_no_blocks(client, app):
    task = await new_task(client)
    created = (await client.post(f"{TASKS}{task['id']}/create-course/")).json()
    app.state.emulator.fail_next("create-course-outline")
    response = await client.post(f"{TASKS}{task['id']}/create-course-outline/")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Outline generation failed")
    assert (await structure(client, created["course_id"]))["sections"] == []


@pytest.mark.anyio
async def test_outline_for_an_impossible_section_count_fails_with_400(client):
    task = await new_task(client, desired_number_of_sections=0)
    await client.post(f"{TASKS}{task['id']}/create-course/")
    response = await client.post(f"{TASKS}{task['id']}/create-course-outline/")
    assert response.status_code == 400
    assert "sections" in response.json()["detail"]


# --- §2.2 C5/C6 / §3.10: reading the tree --------------------------------------------------------------


@pytest.mark.anyio
async def test_full_structure_has_the_nested_shape_and_no_content_unless_asked(client):
    task, created = await course_with_outline(client)
    bare = await structure(client, created["course_id"], include_content=False)
    assert bare["id"] == created["course_id"] and bare["xblock_id"] == created["xblock_id"]
    assert bare["task"] == task["id"] and bare["display_name"] == BRIEF["name"]
    section = bare["sections"][0]
    assert section["type"] == "section" and "+type@chapter+block@" in section["xblock_id"]
    subsection = section["subsections"][0]
    assert subsection["type"] == "subsection" and "+type@sequential+block@" in subsection["xblock_id"]
    unit = subsection["units"][0]
    assert unit["type"] == "unit" and "+type@vertical+block@" in unit["xblock_id"]
    await client.post(
        f"{COURSES}{created['course_id']}/draft-content-for-unit/", json={"xblock_id": unit["xblock_id"]}
    )
    without = units_of(await structure(client, created["course_id"], include_content=False))[0]["components"]
    with_content = units_of(await structure(client, created["course_id"]))[0]["components"]
    assert without and all("content" not in component for component in without)
    assert with_content and all(component["content"] for component in with_content)


@pytest.mark.anyio
async def test_outline_endpoint_never_includes_content(client):
    _, created = await course_with_outline(client)
    unit = units_of(await structure(client, created["course_id"]))[0]
    await client.post(
        f"{COURSES}{created['course_id']}/draft-content-for-unit/", json={"xblock_id": unit["xblock_id"]}
    )
    response = await client.get(
        f"{COURSES}{created['course_id']}/outline/", params={"include_content": "true"}
    )
    assert response.status_code == 200
    components = units_of(response.json())[0]["components"]
    assert components and all("content" not in component for component in components)


@pytest.mark.anyio
async def test_course_endpoints_answer_404_for_an_unknown_course(client):
    for path in ("", "outline/", "full-structure/", "draft-content-for-all-units/", "student-progress/"):
        response = await client.get(f"{COURSES}999/{path}")
        assert response.status_code == 404, path
        assert response.json() == {"detail": "Not found."}


# --- §2.2 C7/C8: drafting -------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_draft_all_answers_at_once_and_fills_units_as_their_time_passes(client, clock):
    _, created = await course_with_outline(client)
    response = await client.get(f"{COURSES}{created['course_id']}/draft-content-for-all-units/")
    assert response.status_code == 200
    assert response.json() == {"detail": "Content creation started successfully"}
    filled = [sum(bool(u["components"]) for u in units_of(await structure(client, created["course_id"])))]
    for _ in range(2):
        clock.advance(8 * 6 * SCALE)  # eight units' worth
        filled.append(
            sum(bool(u["components"]) for u in units_of(await structure(client, created["course_id"])))
        )
    assert filled == [0, 8, 16]


@pytest.mark.anyio
async def test_draft_all_of_sixteen_units_takes_between_one_and_three_minutes_unscaled(clock, sleeps):
    app = make_app(clock, sleeps, time_scale=1.0)
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox") as http:
        http.headers.update(AUTH)
        _, created = await course_with_outline(http)
        await http.get(f"{COURSES}{created['course_id']}/draft-content-for-all-units/")
        clock.advance(59)
        after_a_minute = units_of(await structure(http, created["course_id"]))
        clock.advance(121)
        after_three = units_of(await structure(http, created["course_id"]))
    assert not all(unit["components"] for unit in after_a_minute)
    assert all(unit["components"] for unit in after_three)


@pytest.mark.anyio
async def test_draft_all_leaves_units_that_already_have_content(client, clock):
    _, created = await course_with_outline(client)
    unit = units_of(await structure(client, created["course_id"]))[0]
    mine = await client.post(
        f"{COURSES}{created['course_id']}/create-xblock/",
        json={
            "parent_xblock_id": unit["xblock_id"],
            "xblock_type": "html",
            "display_name": "Mine",
            "content": "<p>Mine</p>",
        },
    )
    await client.get(f"{COURSES}{created['course_id']}/draft-content-for-all-units/")
    clock.advance(1000 * SCALE)
    first = units_of(await structure(client, created["course_id"]))[0]
    assert [c["xblock_id"] for c in first["components"]] == [mine.json()["xblock_id"]]


@pytest.mark.anyio
async def test_draft_one_is_synchronous_and_gives_the_unit_a_page(client, sleeps):
    _, created = await course_with_outline(client)
    unit = units_of(await structure(client, created["course_id"]))[0]
    sleeps.delays.clear()
    response = await client.post(
        f"{COURSES}{created['course_id']}/draft-content-for-unit/", json={"xblock_id": unit["xblock_id"]}
    )
    assert response.status_code == 200
    assert response.json()["detail"] == "Unit content drafted successfully"
    assert sleeps.delays == [pytest.approx(6 * SCALE)]
    components = units_of(await structure(client, created["course_id"]))[0]["components"]
    assert components[0]["type"] == "html" and "<h2>" in components[0]["content"]


@pytest.mark.anyio
async def test_draft_one_refuses_a_locator_that_is_not_a_unit_of_the_course(client):
    _, created = await course_with_outline(client)
    section = (await structure(client, created["course_id"]))["sections"][0]
    response = await client.post(
        f"{COURSES}{created['course_id']}/draft-content-for-unit/", json={"xblock_id": section["xblock_id"]}
    )
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Content generation failed")


@pytest.mark.anyio
async def test_draft_one_requires_xblock_id(client):
    _, created = await course_with_outline(client)
    response = await client.post(f"{COURSES}{created['course_id']}/draft-content-for-unit/", json={})
    assert response.status_code == 400
    assert response.json() == {"xblock_id": ["This field is required."]}


@pytest.mark.anyio
async def test_drafted_problems_are_capa_with_exactly_one_correct_choice(client, clock):
    _, created = await course_with_outline(client)
    await client.get(f"{COURSES}{created['course_id']}/draft-content-for-all-units/")
    clock.advance(1000 * SCALE)
    problems = [
        c["content"]
        for u in units_of(await structure(client, created["course_id"]))
        for c in u["components"]
        if c["type"] == "problem"
    ]
    assert problems
    for olx in problems:
        root = parse_xml(olx)
        assert root.tag == "problem"
        choices = root.findall(".//multiplechoiceresponse/choicegroup/choice")
        assert [c.get("correct") for c in choices].count("true") == 1


@pytest.mark.anyio
async def test_defect_faults_put_leaked_chatter_into_drafted_pages(clock, sleeps):
    app = make_app(clock, sleeps, faults="iblai:defect-leak=1")
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox") as http:
        http.headers.update(AUTH)
        _, created = await course_with_outline(http)
        unit = units_of(await structure(http, created["course_id"]))[0]
        await http.post(
            f"{COURSES}{created['course_id']}/draft-content-for-unit/", json={"xblock_id": unit["xblock_id"]}
        )
        page = units_of(await structure(http, created["course_id"]))[0]["components"][0]["content"]
    assert "As an AI language model" in page


@pytest.mark.anyio
async def test_drafting_is_deterministic_for_the_same_seed(clock, sleeps):
    pages = []
    for _ in range(2):
        app = make_app(clock, sleeps)
        async with httpx2.AsyncClient(
            transport=httpx2.ASGITransport(app=app), base_url="http://sandbox"
        ) as http:
            http.headers.update(AUTH)
            _, created = await course_with_outline(http)
            await http.get(f"{COURSES}{created['course_id']}/draft-content-for-all-units/")
            clock.advance(1000 * SCALE)
            pages.append(await structure(http, created["course_id"]))
    for tree in pages:
        tree.pop("created_at"), tree.pop("updated_at")
    assert pages[0] == pages[1]


# --- §2.2 C9-C12 / §3.7 / §3.8: editing the block tree --------------------------------------------------


async def xblock(client, course_id: int, operation: str, **body) -> httpx2.Response:
    return await client.post(f"{COURSES}{course_id}/{operation}/", json=body)


async def empty_course(client) -> dict:
    task = await new_task(client)
    return (await client.post(f"{TASKS}{task['id']}/create-course/")).json()


@pytest.mark.anyio
async def test_create_xblock_builds_section_subsection_unit_and_component(client):
    course = await empty_course(client)
    parent = course["xblock_id"]
    for block_type, category in (
        ("section", "chapter"),
        ("subsection", "sequential"),
        ("unit", "vertical"),
        ("html", "html"),
    ):
        response = await xblock(
            client,
            course["course_id"],
            "create-xblock",
            parent_xblock_id=parent,
            xblock_type=block_type,
            display_name=block_type,
        )
        assert response.status_code == 200
        result = response.json()
        assert result["success"] is True and f"+type@{category}+block@" in result["xblock_id"]
        parent = result["xblock_id"]
    tree = await structure(client, course["course_id"])
    assert units_of(tree)[0]["components"][0]["xblock_id"] == parent


@pytest.mark.anyio
async def test_create_xblock_under_the_wrong_parent_is_400_invalid_parent(client):
    course = await empty_course(client)
    response = await xblock(
        client,
        course["course_id"],
        "create-xblock",
        parent_xblock_id=course["xblock_id"],
        xblock_type="unit",
        display_name="U",
    )
    assert response.status_code == 400
    assert response.json()["success"] is False
    assert "invalid parent" in response.json()["detail"].lower()


@pytest.mark.anyio
async def test_create_xblock_places_first_last_and_at_a_one_based_index(client):
    course = await empty_course(client)
    root, course_id = course["xblock_id"], course["course_id"]
    for name, position in (("B", "last"), ("A", "first"), ("C", "last"), ("A2", "2")):
        await xblock(
            client,
            course_id,
            "create-xblock",
            parent_xblock_id=root,
            xblock_type="section",
            display_name=name,
            position=position,
        )
    names = [section["display_name"] for section in (await structure(client, course_id))["sections"]]
    assert names == ["A", "A2", "B", "C"]


@pytest.mark.anyio
async def test_create_xblock_refuses_a_position_past_the_end(client):
    course = await empty_course(client)
    response = await xblock(
        client,
        course["course_id"],
        "create-xblock",
        parent_xblock_id=course["xblock_id"],
        xblock_type="section",
        display_name="S",
        position="3",
    )
    assert response.status_code == 400 and response.json()["success"] is False
    assert (await structure(client, course["course_id"]))["sections"] == []


@pytest.mark.anyio
async def test_create_xblock_refuses_an_unknown_type_with_a_field_map(client):
    course = await empty_course(client)
    response = await xblock(
        client,
        course["course_id"],
        "create-xblock",
        parent_xblock_id=course["xblock_id"],
        xblock_type="chapter",
        display_name="S",
    )
    assert response.status_code == 400
    assert response.json() == {"xblock_type": ['"chapter" is not a valid choice.']}


@pytest.mark.anyio
async def test_create_problem_from_markdown_gives_capa_olx(client):
    _, created = await course_with_outline(client)
    unit = units_of(await structure(client, created["course_id"]))[0]
    response = await xblock(
        client,
        created["course_id"],
        "create-xblock",
        parent_xblock_id=unit["xblock_id"],
        xblock_type="problem",
        display_name="Check",
        markdown=">>Which is a loop?<<\n( ) if\n(x) for\n( ) def",
    )
    assert response.status_code == 200
    olx = units_of(await structure(client, created["course_id"]))[0]["components"][0]["content"]
    choices = parse_xml(olx).findall(".//choice")
    assert [(c.text, c.get("correct")) for c in choices] == [
        ("if", "false"),
        ("for", "true"),
        ("def", "false"),
    ]


@pytest.mark.anyio
async def test_update_xblock_with_neither_field_is_400(client):
    course = await empty_course(client)
    response = await xblock(client, course["course_id"], "update-xblock", xblock_id=course["xblock_id"])
    assert response.status_code == 400
    assert response.json()["success"] is False


@pytest.mark.anyio
async def test_update_xblock_renames_and_replaces_component_content(client):
    _, created = await course_with_outline(client)
    unit = units_of(await structure(client, created["course_id"]))[0]
    html = (
        await xblock(
            client,
            created["course_id"],
            "create-xblock",
            parent_xblock_id=unit["xblock_id"],
            xblock_type="html",
            display_name="Old",
        )
    ).json()["xblock_id"]
    response = await xblock(
        client,
        created["course_id"],
        "update-xblock",
        xblock_id=html,
        display_name="New",
        content="<p>New</p>",
    )
    assert response.status_code == 200 and response.json()["success"] is True
    component = units_of(await structure(client, created["course_id"]))[0]["components"][0]
    assert (component["display_name"], component["content"]) == ("New", "<p>New</p>")


@pytest.mark.anyio
async def test_update_xblock_refuses_content_on_a_container(client):
    _, created = await course_with_outline(client)
    unit = units_of(await structure(client, created["course_id"]))[0]
    response = await xblock(
        client, created["course_id"], "update-xblock", xblock_id=unit["xblock_id"], content="<p>x</p>"
    )
    assert response.status_code == 400 and response.json()["success"] is False


@pytest.mark.anyio
async def test_delete_xblock_cascades_to_everything_below(client):
    _, created = await course_with_outline(client)
    tree = await structure(client, created["course_id"])
    section = tree["sections"][0]
    response = await xblock(client, created["course_id"], "delete-xblock", xblock_id=section["xblock_id"])
    assert response.status_code == 200 and response.json()["success"] is True
    assert len(response.json()["extra"]["deleted"]) == 1 + 2 + 4  # the section, 2 subsections, 4 units
    after = await structure(client, created["course_id"])
    assert len(after["sections"]) == len(tree["sections"]) - 1
    unit = section["subsections"][0]["units"][0]["xblock_id"]
    gone = await xblock(client, created["course_id"], "update-xblock", xblock_id=unit, display_name="x")
    assert gone.status_code == 400


@pytest.mark.anyio
async def test_delete_xblock_refuses_the_course_root(client):
    course = await empty_course(client)
    response = await xblock(client, course["course_id"], "delete-xblock", xblock_id=course["xblock_id"])
    assert response.status_code == 400 and response.json()["success"] is False


@pytest.mark.anyio
async def test_reorder_sets_the_new_order_of_all_children(client):
    _, created = await course_with_outline(client)
    sections = [s["xblock_id"] for s in (await structure(client, created["course_id"]))["sections"]]
    response = await xblock(
        client,
        created["course_id"],
        "reorder-children",
        xblock_id=created["xblock_id"],
        children=sections[::-1],
    )
    assert response.status_code == 200 and response.json()["success"] is True
    assert [s["xblock_id"] for s in (await structure(client, created["course_id"]))["sections"]] == sections[
        ::-1
    ]


@pytest.mark.anyio
async def test_reorder_refuses_a_list_missing_a_current_child(client):
    _, created = await course_with_outline(client)
    sections = [s["xblock_id"] for s in (await structure(client, created["course_id"]))["sections"]]
    response = await xblock(
        client,
        created["course_id"],
        "reorder-children",
        xblock_id=created["xblock_id"],
        children=sections[1:],
    )
    assert response.status_code == 400 and response.json()["success"] is False
    assert sections[0] in response.json()["detail"]


@pytest.mark.anyio
async def test_reorder_moves_a_child_listed_from_another_parent(client):
    _, created = await course_with_outline(client)
    first, second = (await structure(client, created["course_id"]))["sections"][:2]
    target, source = first["subsections"][0], second["subsections"][0]
    moving = source["units"][0]["xblock_id"]
    children = [u["xblock_id"] for u in target["units"]] + [moving]
    response = await xblock(
        client, created["course_id"], "reorder-children", xblock_id=target["xblock_id"], children=children
    )
    assert response.status_code == 200 and response.json()["extra"]["moved"] == [moving]
    after = (await structure(client, created["course_id"]))["sections"]
    assert [u["xblock_id"] for u in after[0]["subsections"][0]["units"]] == children
    assert moving not in [u["xblock_id"] for u in after[1]["subsections"][0]["units"]]


@pytest.mark.anyio
async def test_reorder_refuses_a_child_of_the_wrong_type(client):
    _, created = await course_with_outline(client)
    section = (await structure(client, created["course_id"]))["sections"][0]
    unit = section["subsections"][0]["units"][0]["xblock_id"]
    children = [s["xblock_id"] for s in section["subsections"]] + [unit]
    response = await xblock(
        client, created["course_id"], "reorder-children", xblock_id=section["xblock_id"], children=children
    )
    assert response.status_code == 400 and "invalid parent" in response.json()["detail"].lower()


@pytest.mark.anyio
async def test_reorder_requires_at_least_one_child(client):
    course = await empty_course(client)
    response = await xblock(
        client, course["course_id"], "reorder-children", xblock_id=course["xblock_id"], children=[]
    )
    assert response.status_code == 400
    assert response.json() == {"children": ["Ensure this field has at least 1 elements."]}


# --- §2.2 C1-C4 / C13 / C14: course records, publishing, progress ---------------------------------------


@pytest.mark.anyio
async def test_course_list_filters_by_task_searches_and_orders(client):
    for name in ("Biology Basics", "Chemistry Now", "Biology Advanced"):
        task = await new_task(client, name=name)
        await client.post(f"{TASKS}{task['id']}/create-course/")
    by_task = (await client.get(COURSES, params={"task": 2})).json()
    search = (await client.get(COURSES, params={"search": "biology", "ordering": "-name"})).json()
    assert [c["name"] for c in by_task["results"]] == ["Chemistry Now"]
    assert [c["name"] for c in search["results"]] == ["Biology Basics", "Biology Advanced"]
    assert search["count"] == 2


@pytest.mark.anyio
async def test_course_list_task_filter_must_be_a_number(client):
    response = await client.get(COURSES, params={"task": "abc"})
    assert response.status_code == 400
    assert response.json() == {"task": ["Enter a number."]}


@pytest.mark.anyio
async def test_course_record_can_be_created_directly_with_201(client):
    task = await new_task(client)
    locator = f"block-v1:{keys.IBLAI_ORG}+BIO101+2026+type@course+block@course"
    body = {"name": "Biology", "run": "2026", "number": "BIO101", "xblock_id": locator, "task": task["id"]}
    response = await client.post(COURSES, json=body)
    assert response.status_code == 201
    assert response.json()["xblock_id"] == locator and response.json()["task"] == task["id"]
    assert (await client.get(f"{COURSES}{response.json()['id']}/")).status_code == 200


@pytest.mark.anyio
async def test_course_record_refuses_a_locator_that_is_not_a_course_root(client):
    body = {"name": "Biology", "run": "2026", "number": "BIO101", "xblock_id": "course-v1:x+y+z"}
    response = await client.post(COURSES, json=body)
    assert response.status_code == 400 and "xblock_id" in response.json()


@pytest.mark.anyio
async def test_delete_course_is_204_and_its_blocks_go_with_it(client):
    task, created = await course_with_outline(client)
    response = await client.delete(f"{COURSES}{created['course_id']}/")
    assert response.status_code == 204
    assert (await client.get(f"{COURSES}{created['course_id']}/full-structure/")).status_code == 404
    again = await client.post(f"{TASKS}{task['id']}/create-course/")
    assert again.status_code == 201 and again.json()["course_id"] != created["course_id"]


@pytest.mark.anyio
async def test_sync_to_edx_publishes_synchronously_on_post_and_get(client, app, sleeps):
    _, created = await course_with_outline(client)
    sleeps.delays.clear()
    posted = await client.post(f"{COURSES}{created['course_id']}/sync-to-edx/")
    got = await client.get(f"{COURSES}{created['course_id']}/sync-to-edx/")
    assert posted.status_code == got.status_code == 200
    assert posted.json()["detail"] == "Course published on EdX"
    assert sleeps.delays == [pytest.approx(3 * SCALE)] * 2
    assert app.state.emulator.courses[created["course_id"]].published is not None


@pytest.mark.anyio
async def test_sync_to_edx_without_a_task_link_is_400_no_task_associated(client):
    task, created = await course_with_outline(client)
    await client.delete(f"{TASKS}{task['id']}/")
    course = (await client.get(f"{COURSES}{created['course_id']}/")).json()
    response = await client.post(f"{COURSES}{created['course_id']}/sync-to-edx/")
    assert course["task"] is None
    assert response.status_code == 400
    assert "no task associated" in response.json()["detail"]


@pytest.mark.anyio
async def test_student_progress_requires_target_username(client):
    _, created = await course_with_outline(client)
    response = await client.get(f"{COURSES}{created['course_id']}/student-progress/")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Missing or invalid parameters")


@pytest.mark.anyio
async def test_student_progress_lists_every_unit_and_is_zero_before_publishing(client):
    _, created = await course_with_outline(client)
    path = f"{COURSES}{created['course_id']}/student-progress/"
    before = (await client.get(path, params={"target_username": "learner1"})).json()
    await client.post(f"{COURSES}{created['course_id']}/sync-to-edx/")
    after = (await client.get(path, params={"target_username": "learner1"})).json()
    assert before["username"] == "learner1" and before["completion"] == 0.0
    assert before["total_units"] == len(before["units"]) == 16
    assert after["completed_units"] == sum(unit["completed"] for unit in after["units"])
    assert after["completion"] == pytest.approx(after["completed_units"] / 16, abs=1e-4)


# --- §2.3 / §3.4: files ------------------------------------------------------------------------------


async def upload(client, task_id: object, content: bytes = b"%PDF-1.4 syllabus", name: str = "syllabus.pdf"):
    return await client.post(
        FILES, data={"course_creation_task": str(task_id)}, files={"file": (name, content, "application/pdf")}
    )


@pytest.mark.anyio
async def test_upload_is_201_and_the_task_lists_the_file(client):
    task = await new_task(client)
    response = await upload(client, task["id"], name="course syllabus.pdf")
    assert response.status_code == 201
    file = response.json()
    assert set(file) == {"id", "course_creation_task", "file", "date_created", "last_modified"}
    assert file["course_creation_task"] == task["id"] and file["file"].endswith("/course_syllabus.pdf")
    assert (await client.get(f"{TASKS}{task['id']}/")).json()["files"] == [file]


@pytest.mark.anyio
async def test_a_fifth_file_for_one_task_is_400(client, app):
    task = await new_task(client)
    for index in range(4):
        assert (await upload(client, task["id"], name=f"f{index}.md")).status_code == 201
    response = await upload(client, task["id"], name="f5.md")
    assert response.status_code == 400
    assert "at most 4" in response.json()["course_creation_task"][0]
    assert len(app.state.emulator.files) == 4


@pytest.mark.anyio
async def test_a_file_over_20_mb_is_400_and_one_at_20_mb_is_accepted(client):
    task = await new_task(client)
    limit = 20 * 1024 * 1024
    at_limit = await upload(client, task["id"], content=b"a" * limit)
    over = await upload(client, task["id"], content=b"a" * (limit + 1))
    assert at_limit.status_code == 201
    assert over.status_code == 400 and "20 MB" in over.json()["file"][0]


@pytest.mark.anyio
async def test_upload_without_fields_gets_a_drf_field_map(client):
    response = await client.post(
        FILES, data={"note": "nothing"}, files={"other": ("a.txt", b"x", "text/plain")}
    )
    assert response.status_code == 400
    assert response.json() == {
        "course_creation_task": ["This field is required."],
        "file": ["No file was submitted."],
    }


@pytest.mark.anyio
async def test_upload_for_an_unknown_task_is_400_invalid_pk(client):
    response = await upload(client, 42)
    assert response.status_code == 400
    assert response.json() == {"course_creation_task": ['Invalid pk "42" - object does not exist.']}


@pytest.mark.anyio
async def test_files_alias_lists_gets_patches_and_deletes(client):
    first, second = await new_task(client), await new_task(client)
    file = (await upload(client, first["id"])).json()
    alias = f"{ROOT}/course-creation-task-files/"
    listing = (await client.get(alias)).json()
    patched = await client.patch(f"{alias}{file['id']}/", json={"course_creation_task": second["id"]})
    deleted = await client.delete(f"{alias}{file['id']}/")
    assert listing["count"] == 1 and listing["results"][0]["id"] == file["id"]
    assert patched.status_code == 200 and patched.json()["course_creation_task"] == second["id"]
    assert deleted.status_code == 204
    assert (await client.get(f"{FILES}{file['id']}/")).status_code == 404


@pytest.mark.anyio
async def test_deleting_a_task_deletes_its_files(client, app):
    task = await new_task(client)
    await upload(client, task["id"])
    await client.delete(f"{TASKS}{task['id']}/")
    assert app.state.emulator.files == {}


# --- faults: FaultMiddleware under the emulator name "iblai" -----------------------------------------


@pytest.mark.anyio
async def test_injected_5xx_has_the_drf_detail_shape(clock, sleeps):
    app = make_app(clock, sleeps, faults="iblai:5xx=1")
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox") as http:
        response = await http.get(TASKS, headers=AUTH)
    assert response.status_code == 503 and "detail" in response.json()


@pytest.mark.anyio
async def test_lost_response_still_creates_the_task(clock, sleeps):
    app = make_app(clock, sleeps, faults="iblai:lost=1")
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox") as http:
        with pytest.raises(SandboxConnectionDropped):
            await http.post(TASKS, json=BRIEF, headers=AUTH)
    assert len(app.state.emulator.tasks) == 1


@pytest.mark.anyio
async def test_faults_for_other_emulators_leave_iblai_alone(clock, sleeps):
    app = make_app(clock, sleeps, faults="tutorflow:5xx=1")
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox") as http:
        response = await http.get(TASKS, headers=AUTH)
    assert response.status_code == 200


@pytest.mark.anyio
async def test_a_body_in_an_unsupported_media_type_is_415(client):
    response = await client.post(TASKS, content=b"name=x", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert response.json() == {"detail": 'Unsupported media type "text/plain" in request.'}


@pytest.mark.anyio
async def test_redrafting_a_unit_replaces_its_components(client):
    _, created = await course_with_outline(client)
    unit = units_of(await structure(client, created["course_id"]))[0]["xblock_id"]
    path = f"{COURSES}{created['course_id']}/draft-content-for-unit/"
    first = (await client.post(path, json={"xblock_id": unit})).json()["components"]
    second = (await client.post(path, json={"xblock_id": unit})).json()["components"]
    now = units_of(await structure(client, created["course_id"]))[0]["components"]
    assert [c["xblock_id"] for c in now] == [c["xblock_id"] for c in second]
    assert not {c["xblock_id"] for c in first} & {c["xblock_id"] for c in now}


@pytest.mark.anyio
async def test_the_sandbox_app_serves_the_emulator_under_iblai(clock, sleeps):
    config = SandboxConfig(time_scale=SCALE, clock=clock, sleep=sleeps)
    app = build_sandbox_app(config)
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox") as http:
        created = await http.post(f"/iblai{TASKS}", json=BRIEF, headers=AUTH)
        via_gateway = await http.get(f"/iblai/dm{TASKS}{created.json()['id']}/", headers=AUTH)
        redirect = await http.get(f"/iblai{TASKS}".rstrip("/"), headers=AUTH)
    assert created.status_code == 201 and via_gateway.status_code == 200
    assert redirect.status_code == 301 and redirect.headers["location"] == f"http://sandbox/iblai{TASKS}"
    assert len(app.state.emulators["iblai"].state.emulator.tasks) == 1


@pytest.mark.anyio
async def test_time_scale_zero_finishes_the_pipeline_by_the_next_read(clock, sleeps):
    app = make_app(clock, sleeps, time_scale=0)
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox") as http:
        http.headers.update(AUTH)
        task = await new_task(http)
        started = await http.get(f"{TASKS}{task['id']}/start/")
        assert started.json()["status"] == "Scheduled"
        assert await task_status(http, task["id"]) == "Success"
    assert sleeps.delays == []
