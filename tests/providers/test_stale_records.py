"""Local task tables against a platform that forgot: a reset sandbox on the same data folder.

A fresh sandbox app is a platform that no longer knows what the last one made; with the same
seed it also hands out the same ids again, as a second sandbox session does.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import anyio
import httpx2
import pytest

from coursewright.config import Settings
from coursewright.model import Brief, CourseStatus, TaskOptions
from coursewright.providers.http import RetryPolicy
from coursewright.providers.learningstudio.adapter import LearningStudioProvider
from coursewright.providers.tutorflow.adapter import TutorFlowProvider
from coursewright.providers.tutorflow.tasks import TaskTable, account_of
from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import SandboxConfig
from coursewright.sandbox.learningstudio.app import create_app

BRIEF = Brief(
    name="Python for Analysts",
    description="Project-based introduction to Python programming: variables, loops and csv files.",
    target_audience="Working analysts with spreadsheet fluency and no programming background.",
    desired_number_of_sections=2,
)
OTHER_BRIEF = BRIEF.model_copy(update={"name": "Spreadsheets to SQL"})
RETRY = RetryPolicy(attempts=2, base_s=0.0, max_s=0.0, max_retry_after_s=0.0)


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


async def yielding_sleep(seconds: float) -> None:
    await anyio.sleep(0)


def tutorflow_on_fresh_sandbox(seed: int = 0) -> TutorFlowProvider:
    config = SandboxConfig(time_scale=0.01, seed=seed, clock=FakeClock(), sleep=yielding_sleep)
    app = build_sandbox_app(config)
    app.state.emulators["tutorflow"].state.emulator.rate_limit_per_minute = 0
    settings = Settings(
        tutorflow_api_key=keys.TUTORFLOW_API_KEY, tutorflow_base_url="http://sandbox/tutorflow"
    )
    return TutorFlowProvider.from_settings(settings, transport=httpx2.ASGITransport(app=app), retry=RETRY)


def learningstudio_on_fresh_sandbox(seed: int = 0) -> LearningStudioProvider:
    config = SandboxConfig(time_scale=1.0, seed=seed, clock=FakeClock(), sleep=yielding_sleep)
    settings = Settings(
        learningstudio_api_key=keys.LEARNINGSTUDIO_API_KEY, learningstudio_base_url="http://sandbox"
    )
    transport = httpx2.ASGITransport(app=create_app(config))
    return LearningStudioProvider.from_settings(settings, transport=transport, retry=RETRY)


def native(qualified: str) -> str:
    return qualified.split(":", 1)[1]


async def tutorflow_course(provider: TutorFlowProvider, brief: Brief, mode: str) -> tuple[str, str]:
    task = await provider.create_task(brief, TaskOptions(mode=mode))
    course = await provider.generate_outline(native(task.task_id), None, False)
    return task.task_id, course.course_id


async def learningstudio_course(provider: LearningStudioProvider, brief: Brief) -> tuple[str, str]:
    task = await provider.create_task(brief, TaskOptions())
    course = await provider.generate_outline(native(task.task_id), None, False)
    return task.task_id, course.course_id


# --- listing after the platform forgot a course still generating -----------------------------------------


@pytest.mark.anyio
async def test_tutorflow_listing_keeps_the_other_courses_and_marks_one_the_platform_forgot():
    before = tutorflow_on_fresh_sandbox(seed=0)
    lost_task, lost_course = await tutorflow_course(before, BRIEF, "async")  # still generating
    await before.aclose()
    after = tutorflow_on_fresh_sandbox(seed=1)
    kept_task, kept_course = await tutorflow_course(after, OTHER_BRIEF, "sync")

    listing = {summary.course_id: summary for summary in await after.list_courses()}
    await after.aclose()

    assert set(listing) == {lost_course, kept_course}
    assert listing[kept_course].status is CourseStatus.DRAFTED and listing[kept_course].task_id == kept_task
    forgotten = listing[lost_course]
    assert forgotten.status is None and forgotten.task_id == lost_task
    assert forgotten.title.startswith(BRIEF.name) and "no longer knows" in forgotten.title


@pytest.mark.anyio
async def test_learningstudio_listing_keeps_the_other_courses_and_marks_a_job_the_platform_forgot():
    before = learningstudio_on_fresh_sandbox(seed=0)
    lost_task, lost_course = await learningstudio_course(before, BRIEF)  # job still pending
    await before.aclose()
    after = learningstudio_on_fresh_sandbox(seed=1)
    kept_task, kept_course = await learningstudio_course(after, OTHER_BRIEF)

    listing = {summary.course_id: summary for summary in await after.list_courses()}
    await after.aclose()

    assert set(listing) == {lost_course, kept_course}
    assert listing[kept_course].status is CourseStatus.DRAFTING and listing[kept_course].task_id == kept_task
    forgotten = listing[lost_course]
    assert forgotten.status is None and forgotten.task_id == lost_task
    assert forgotten.title.startswith(BRIEF.name) and "no longer knows" in forgotten.title


# --- the platform hands out an id the table already holds --------------------------------------------------


@pytest.mark.anyio
async def test_tutorflow_a_request_id_handed_out_again_replaces_the_stale_row_instead_of_crashing():
    before = tutorflow_on_fresh_sandbox(seed=0)
    old_task, old_course = await tutorflow_course(before, BRIEF, "sync")
    await before.aclose()
    after = tutorflow_on_fresh_sandbox(seed=0)  # a second session with the same seed and data folder
    new_task, new_course = await tutorflow_course(after, OTHER_BRIEF, "sync")

    listing = await after.list_courses()
    old_task_state = await after.get_task(native(old_task))
    await after.aclose()

    assert new_course == old_course  # the platform really did hand the same id out again
    assert [(s.course_id, s.task_id) for s in listing] == [(new_course, new_task)]
    assert old_task_state.course_id is None and "No course yet" in (old_task_state.detail or "")


@pytest.mark.anyio
async def test_learningstudio_a_job_id_handed_out_again_belongs_to_the_new_task_not_the_stale_one():
    before = learningstudio_on_fresh_sandbox(seed=0)
    old_task, old_course = await learningstudio_course(before, BRIEF)
    await before.aclose()
    after = learningstudio_on_fresh_sandbox(seed=0)
    task = await after.create_task(OTHER_BRIEF, TaskOptions())
    course = await after.generate_outline(native(task.task_id), None, False)
    listing = await after.list_courses()
    await after.aclose()

    assert course.course_id == old_course  # the same job id again
    assert course.task_id == task.task_id != old_task
    assert [(s.course_id, s.task_id, s.title) for s in listing] == [
        (course.course_id, task.task_id, OTHER_BRIEF.name)
    ]


# --- the task table's rows ----------------------------------------------------------------------------------


def _table_with_one_request(path: Path, account: str, request_id: str) -> TaskTable:
    table = TaskTable(path, account)
    task = table.add_task(BRIEF, TaskOptions())
    table.add_request(f"key-{account}", task.number, mode="sync", lessons=5, outline=None)
    table.set_request_id(f"key-{account}", request_id)
    return table


def test_tutorflow_request_ids_are_unique_per_account_so_two_keys_may_meet_the_same_id(tmp_path):
    path = tmp_path / "tutorflow.sqlite3"
    first = _table_with_one_request(path, account_of("http://a", "key-1"), "req-1")
    second = _table_with_one_request(path, account_of("http://a", "key-2"), "req-1")

    mine, theirs = first.by_request_id("req-1"), second.by_request_id("req-1")
    assert mine is not None and theirs is not None
    assert mine.idempotency_key != theirs.idempotency_key


_BEFORE_ACCOUNT_SCOPE = """
CREATE TABLE tf_tasks (
    id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, name TEXT NOT NULL, brief TEXT NOT NULL,
    options TEXT NOT NULL, created_at REAL NOT NULL
);
CREATE TABLE tf_requests (
    idempotency_key TEXT PRIMARY KEY, account TEXT NOT NULL, task INTEGER NOT NULL REFERENCES tf_tasks(id),
    created_at REAL NOT NULL, mode TEXT NOT NULL, lessons INTEGER NOT NULL, outline TEXT,
    outline_applied INTEGER NOT NULL DEFAULT 0, request_id TEXT UNIQUE, status TEXT NOT NULL DEFAULT 'PENDING',
    title TEXT, cleared TEXT, public_url TEXT, published_at REAL
);
CREATE INDEX tf_requests_by_task ON tf_requests (account, task, created_at);
"""


def test_an_older_tutorflow_file_is_migrated_keeping_its_rows_and_scoping_ids_to_the_account(tmp_path):
    path = tmp_path / "tutorflow.sqlite3"
    old_account, other_account = account_of("http://a", "key-1"), account_of("http://a", "key-2")
    with sqlite3.connect(path) as conn:
        conn.executescript(_BEFORE_ACCOUNT_SCOPE)
        conn.execute(
            "INSERT INTO tf_tasks (account, name, brief, options, created_at) VALUES (?, ?, ?, ?, 1.0)",
            (old_account, BRIEF.name, BRIEF.model_dump_json(), TaskOptions().model_dump_json()),
        )
        conn.execute(
            "INSERT INTO tf_requests (idempotency_key, account, task, created_at, mode, lessons, request_id, "
            "status, title) VALUES ('old-key', ?, 1, 2.0, 'sync', 5, 'req-1', 'COMPLETED', 'Old title')",
            (old_account,),
        )
    conn.close()

    kept = TaskTable(path, old_account).by_request_id("req-1")
    other = _table_with_one_request(path, other_account, "req-1")

    assert kept is not None and kept.title == "Old title" and kept.status == "COMPLETED"
    assert other.by_request_id("req-1") is not None
    assert TaskTable(path, old_account).by_request_id("req-1") == kept
