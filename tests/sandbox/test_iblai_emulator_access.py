"""Who may use the ibl.ai emulator, which user segment names whom, and what happens to reference files.

Rules from shared/reference/iblai-api.md: course creation is "restricted to platform
administrators" (§1.4, §5), `{user_id}` may be the username or the numeric id (§1.2), a file
object's `file` is the URL of the stored file (§3.4), and files attached after
`create-course-outline`/`start` are ignored (§2.3). In process, fake clock, recording sleep.
"""

from __future__ import annotations

import httpx2
import pytest
from time_fakes import FakeClock, RecordingSleep

from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import SandboxConfig
from coursewright.sandbox.iblai.app import create_app

ORGS = "/api/ai-mentor/orgs"
ROOT = f"{ORGS}/{keys.IBLAI_ORG}/users/{keys.IBLAI_USER_ID}"
LEARNER_ROOT = f"{ORGS}/{keys.IBLAI_ORG}/users/{keys.IBLAI_LEARNER_USER_ID}"
NUMERIC_ROOT = f"{ORGS}/{keys.IBLAI_ORG}/users/{keys.IBLAI_USER_NUMERIC_ID}"
TASKS = "/course-creation/tasks/"
COURSES = "/course-creation/course/"
FILES = "/course-creation/files/"
ADMIN = {"Authorization": f"Api-Token {keys.IBLAI_API_KEY}"}
LEARNER = {"Authorization": f"Api-Token {keys.IBLAI_LEARNER_API_KEY}"}
OTHER = {"Authorization": f"Api-Token {keys.IBLAI_OTHER_API_KEY}"}
FORBIDDEN = {"detail": "You do not have permission to perform this action."}
SCALE = 0.01
BRIEF = {
    "name": "Intro to Python for Analysts",
    "description": "Project-based introduction to Python for data wrangling.",
    "target_audience": "Working analysts with no programming background.",
}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(5000.0)


@pytest.fixture
def app(clock):
    return create_app(SandboxConfig(time_scale=SCALE, clock=clock, sleep=RecordingSleep()))


@pytest.fixture
async def client(app):
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox") as http:
        http.headers.update(ADMIN)
        yield http


async def new_task(client, root: str = ROOT) -> dict:
    response = await client.post(f"{root}{TASKS}", json=BRIEF)
    assert response.status_code == 201, response.text
    return response.json()


async def upload(client, task_id: int, name: str, content: bytes, media_type: str = "application/pdf"):
    response = await client.post(
        f"{ROOT}{FILES}",
        data={"course_creation_task": str(task_id)},
        files={"file": (name, content, media_type)},
    )
    assert response.status_code == 201, response.text
    return response.json()


async def outline(client, task_id: int) -> int:
    course_id = (await client.post(f"{ROOT}{TASKS}{task_id}/create-course/")).json()["course_id"]
    response = await client.post(f"{ROOT}{TASKS}{task_id}/create-course-outline/")
    assert response.status_code == 200, response.text
    return course_id


async def units(client, course_id: int) -> list[dict]:
    tree = (await client.get(f"{ROOT}{COURSES}{course_id}/full-structure/?include_content=true")).json()
    return [unit for section in tree["sections"] for sub in section["subsections"] for unit in sub["units"]]


async def draft(client, course_id: int, unit: dict) -> str:
    path = f"{ROOT}{COURSES}{course_id}/draft-content-for-unit/"
    response = await client.post(path, json={"xblock_id": unit["xblock_id"]})
    assert response.status_code == 200, response.text
    drafted = next(u for u in await units(client, course_id) if u["xblock_id"] == unit["xblock_id"])
    return "\n".join(component["content"] for component in drafted["components"])


# --- non-admin keys ----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_learner_key_is_refused_with_403_on_every_course_creation_route(client, app):
    task = await new_task(client)
    file = await upload(client, task["id"], "notes.md", b"# Notes", "text/markdown")
    course_id = await outline(client, task["id"])
    unit = (await units(client, course_id))[0]["xblock_id"]
    task_path = f"{LEARNER_ROOT}{TASKS}{task['id']}/"
    course_path = f"{LEARNER_ROOT}{COURSES}{course_id}/"
    calls = [
        ("GET", f"{LEARNER_ROOT}{TASKS}", None),
        ("POST", f"{LEARNER_ROOT}{TASKS}", BRIEF),
        ("GET", task_path, None),
        ("DELETE", task_path, None),
        ("POST", f"{task_path}create-course/", None),
        ("POST", f"{task_path}create-course-outline/", None),
        ("GET", f"{task_path}start/", None),
        ("GET", f"{task_path}cancel/", None),
        ("GET", f"{LEARNER_ROOT}{COURSES}", None),
        ("GET", course_path, None),
        ("DELETE", course_path, None),
        ("GET", f"{course_path}full-structure/", None),
        ("GET", f"{course_path}draft-content-for-all-units/", None),
        ("POST", f"{course_path}draft-content-for-unit/", {"xblock_id": unit}),
        ("POST", f"{course_path}update-xblock/", {"xblock_id": unit, "display_name": "Renamed"}),
        ("POST", f"{course_path}delete-xblock/", {"xblock_id": unit}),
        ("POST", f"{course_path}sync-to-edx/", None),
        ("GET", f"{LEARNER_ROOT}{FILES}", None),
        ("DELETE", f"{LEARNER_ROOT}{FILES}{file['id']}/", None),
        ("GET", f"{LEARNER_ROOT}/course-creation-tasks/", None),
    ]
    for method, path, body in calls:
        response = await client.request(method, path, json=body, headers=LEARNER)
        assert (response.status_code, response.json()) == (403, FORBIDDEN), (method, path)
    emulator = app.state.emulator
    assert list(emulator.tasks) == [task["id"]] and list(emulator.files) == [file["id"]]
    assert emulator.tasks[task["id"]].status == "Pending" and emulator.courses[course_id].published is None
    assert any(
        u["xblock_id"] == unit and u["display_name"] != "Renamed" for u in await units(client, course_id)
    )


@pytest.mark.anyio
async def test_learner_may_read_only_their_own_student_progress(client):
    task = await new_task(client)
    course_id = await outline(client, task["id"])
    path = f"{LEARNER_ROOT}{COURSES}{course_id}/student-progress/"
    own = await client.get(path, params={"target_username": keys.IBLAI_LEARNER_USER_ID}, headers=LEARNER)
    someone_else = await client.get(path, params={"target_username": "learner2"}, headers=LEARNER)
    nobody = await client.get(path, headers=LEARNER)
    assert own.status_code == 200 and own.json()["username"] == keys.IBLAI_LEARNER_USER_ID
    assert (someone_else.status_code, someone_else.json()) == (403, FORBIDDEN)
    assert (nobody.status_code, nobody.json()) == (403, FORBIDDEN)


@pytest.mark.anyio
async def test_tenant_check_applies_to_a_learner_before_their_own_progress_is_allowed(client):
    task = await new_task(client)
    course_id = await outline(client, task["id"])
    own = {"target_username": keys.IBLAI_LEARNER_USER_ID}
    tail = f"{COURSES}{course_id}/student-progress/"
    wrong_paths = [
        f"{ROOT}{tail}",  # the admin's username
        f"{NUMERIC_ROOT}{tail}",  # the admin's numeric id
        f"{ORGS}/{keys.IBLAI_OTHER_ORG}/users/{keys.IBLAI_LEARNER_USER_ID}{tail}",
    ]
    for path in wrong_paths:
        response = await client.get(path, params=own, headers=LEARNER)
        assert (response.status_code, response.json()) == (403, FORBIDDEN), path
    assert (await client.get(f"{LEARNER_ROOT}{tail}", params=own, headers=LEARNER)).status_code == 200


@pytest.mark.anyio
async def test_admin_key_on_the_learners_user_segment_is_the_tenant_403(client):
    response = await client.get(f"{LEARNER_ROOT}{TASKS}")
    assert (response.status_code, response.json()) == (403, FORBIDDEN)


# --- numeric user id ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_numeric_user_id_names_the_same_user_as_the_username(client):
    created = await new_task(client, NUMERIC_ROOT)
    by_username = await client.get(f"{ROOT}{TASKS}{created['id']}/")
    listed = (await client.get(f"{NUMERIC_ROOT}{TASKS}")).json()
    assert created["user_id"] == keys.IBLAI_USER_ID
    assert created["student"] == keys.IBLAI_USER_NUMERIC_ID
    assert by_username.status_code == 200 and by_username.json()["id"] == created["id"]
    assert [task["id"] for task in listed["results"]] == [created["id"]]
    course = await client.post(f"{NUMERIC_ROOT}{TASKS}{created['id']}/create-course/")
    assert course.status_code == 201


@pytest.mark.anyio
async def test_a_numeric_id_that_is_not_the_keys_user_is_the_tenant_403(client):
    others = [
        (f"{ORGS}/{keys.IBLAI_ORG}/users/{keys.IBLAI_USER_NUMERIC_ID + 1}{TASKS}", ADMIN),
        (f"{ORGS}/{keys.IBLAI_ORG}/users/0{keys.IBLAI_USER_NUMERIC_ID}{TASKS}", ADMIN),
        (f"{ORGS}/{keys.IBLAI_OTHER_ORG}/users/{keys.IBLAI_USER_NUMERIC_ID}{TASKS}", ADMIN),
        (f"{ORGS}/{keys.IBLAI_OTHER_ORG}/users/{keys.IBLAI_USER_NUMERIC_ID}{TASKS}", OTHER),
    ]
    for path, headers in others:
        response = await client.get(path, headers=headers)
        assert (response.status_code, response.json()) == (403, FORBIDDEN), path


# --- uploaded files are served -----------------------------------------------------------------------


@pytest.mark.anyio
async def test_file_url_is_absolute_and_serves_the_uploaded_bytes_with_a_content_type(client):
    task = await new_task(client)
    pdf = await upload(client, task["id"], "course syllabus.pdf", b"%PDF-1.4 week one", "application/pdf")
    notes = await upload(client, task["id"], "notes.md", b"# Loops\nfor x in y", "application/octet-stream")
    assert pdf["file"].startswith("http://sandbox/media/") and pdf["file"].endswith("/course_syllabus.pdf")
    served_pdf = await client.get(pdf["file"])
    served_notes = await client.get(notes["file"])
    assert served_pdf.status_code == 200 and served_pdf.content == b"%PDF-1.4 week one"
    assert served_pdf.headers["content-type"] == "application/pdf"
    assert served_notes.content == b"# Loops\nfor x in y"
    assert served_notes.headers["content-type"].startswith("text/markdown")


@pytest.mark.anyio
async def test_file_url_carries_the_prefix_the_emulator_is_served_under(clock):
    app = build_sandbox_app(SandboxConfig(time_scale=SCALE, clock=clock, sleep=RecordingSleep()))
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox") as http:
        http.headers.update(ADMIN)
        task = (await http.post(f"/iblai{ROOT}{TASKS}", json=BRIEF)).json()
        sent = await http.post(
            f"/iblai/dm{ROOT}{FILES}",
            data={"course_creation_task": str(task["id"])},
            files={"file": ("plan.txt", b"week 1: variables", "text/plain")},
        )
        listed = (await http.get(f"/iblai{ROOT}{TASKS}{task['id']}/")).json()["files"][0]
        via_gateway = await http.get(sent.json()["file"])
        direct = await http.get(listed["file"])
    assert sent.json()["file"].startswith("http://sandbox/iblai/dm/media/")
    assert listed["file"].startswith("http://sandbox/iblai/media/")
    assert via_gateway.content == direct.content == b"week 1: variables"
    assert direct.headers["content-type"].startswith("text/plain")


@pytest.mark.anyio
async def test_file_url_needs_an_admin_key_of_the_files_org_and_unknown_paths_are_404(client):
    task = await new_task(client)
    url = (await upload(client, task["id"], "syllabus.pdf", b"%PDF-1.4"))["file"]
    anonymous = await client.get(url, headers={"Authorization": ""})
    learner = await client.get(url, headers=LEARNER)
    other_org = await client.get(url, headers=OTHER)
    unknown = await client.get(url.replace("syllabus.pdf", "missing.pdf"))
    assert anonymous.status_code == 401
    assert (learner.status_code, learner.json()) == (403, FORBIDDEN)
    assert (other_org.status_code, other_org.json()) == (404, {"detail": "Not found."})
    assert (unknown.status_code, unknown.json()) == (404, {"detail": "Not found."})


@pytest.mark.anyio
async def test_deleted_or_replaced_files_stop_being_served_at_their_old_url(client):
    task = await new_task(client)
    first = await upload(client, task["id"], "outline.pdf", b"first")
    second = await upload(client, task["id"], "outline.pdf", b"second")
    assert first["file"] != second["file"]
    replaced = await client.put(
        f"{ROOT}{FILES}{first['id']}/",
        data={"course_creation_task": str(task["id"])},
        files={"file": ("revised.pdf", b"revised", "application/pdf")},
    )
    await client.delete(f"{ROOT}{FILES}{second['id']}/")
    assert (await client.get(first["file"])).status_code == 404
    assert (await client.get(second["file"])).status_code == 404
    assert (await client.get(replaced.json()["file"])).content == b"revised"


# --- files attached after the outline are ignored ----------------------------------------------------


@pytest.mark.anyio
async def test_files_attached_before_the_outline_are_named_in_the_opening_unit_and_the_log(client):
    task = await new_task(client)
    await upload(client, task["id"], "syllabus.pdf", b"%PDF-1.4")
    await upload(client, task["id"], "week notes.md", b"# Week", "text/markdown")
    course_id = await outline(client, task["id"])
    first, second = (await units(client, course_id))[:2]
    opening = await draft(client, course_id, first)
    later = await draft(client, course_id, second)
    logs = (await client.get(f"{ROOT}{TASKS}{task['id']}/")).json()["logs"]
    assert "<li>syllabus.pdf</li>" in opening and "<li>week_notes.md</li>" in opening
    assert "syllabus.pdf" not in later
    assert "Reference files read: syllabus.pdf, week_notes.md." in logs


@pytest.mark.anyio
async def test_files_attached_after_the_outline_are_stored_but_ignored_by_generation(client, clock):
    task = await new_task(client)
    await upload(client, task["id"], "syllabus.pdf", b"%PDF-1.4")
    course_id = await outline(client, task["id"])
    late = await client.post(
        f"{ROOT}{FILES}",
        data={"course_creation_task": str(task["id"])},
        files={"file": ("late.pdf", b"%PDF-1.4 late", "application/pdf")},
    )
    assert late.status_code == 201
    await client.get(f"{ROOT}{COURSES}{course_id}/draft-content-for-all-units/")
    clock.advance(10)
    pages = "\n".join(c["content"] for unit in await units(client, course_id) for c in unit["components"])
    task_now = (await client.get(f"{ROOT}{TASKS}{task['id']}/")).json()
    assert [f["id"] for f in task_now["files"]][-1] == late.json()["id"]
    assert "<li>syllabus.pdf</li>" in pages
    assert "late.pdf" not in pages and "late.pdf" not in task_now["logs"]


@pytest.mark.anyio
async def test_files_attached_after_start_are_ignored_by_the_pipeline(client, clock):
    task = await new_task(client)
    await upload(client, task["id"], "syllabus.pdf", b"%PDF-1.4")
    assert (await client.get(f"{ROOT}{TASKS}{task['id']}/start/")).json()["status"] == "Scheduled"
    await upload(client, task["id"], "late.md", b"# Late", "text/markdown")
    clock.advance(10)
    done = (await client.get(f"{ROOT}{TASKS}{task['id']}/")).json()
    course_id = (await client.get(f"{ROOT}{COURSES}", params={"task": task["id"]})).json()["results"][0]["id"]
    opening = (await units(client, course_id))[0]["components"][0]["content"]
    assert done["status"] == "Success" and len(done["files"]) == 2
    assert "<li>syllabus.pdf</li>" in opening and "late.md" not in opening
    assert "late.md" not in done["logs"]


@pytest.mark.anyio
async def test_a_task_without_reference_files_gets_no_reading_list(client):
    task = await new_task(client)
    course_id = await outline(client, task["id"])
    opening = await draft(client, course_id, (await units(client, course_id))[0])
    await upload(client, task["id"], "late.pdf", b"%PDF-1.4")
    redrafted = await draft(client, course_id, (await units(client, course_id))[0])
    assert "Reference material" not in opening and "Reference material" not in redrafted
