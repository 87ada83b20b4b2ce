"""The TutorFlow provider against the TutorFlow emulator, in process: every method, faults, secrets, the tools.

The sandbox runs on a fake clock at a tiny time scale; a sync generation or a generate stream
"takes" its time through a sleep that only yields, so nothing here waits.
"""

from __future__ import annotations

import json

import anyio
import httpx2
import pytest
from mcp_helpers import MODES, call, connect, example, fail

from coursewright.capa import problem_issues
from coursewright.config import Settings
from coursewright.errors import (
    AuthFailed,
    Conflict,
    InvalidInput,
    NotConfigured,
    NotFound,
    NotSupported,
    OutcomeUnknown,
    Refused,
)
from coursewright.model import Brief, CourseStatus, OutlineSection, TaskOptions, TaskStatus
from coursewright.providers.base import no_progress
from coursewright.providers.http import PlatformHttp, RetryPolicy
from coursewright.providers.tutorflow.adapter import TutorFlowProvider
from coursewright.providers.tutorflow.tasks import TaskTable
from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import FaultMiddleware, FaultSpec, SandboxConfig
from coursewright.server import build_server

BASE_URL = "http://sandbox/tutorflow"
API = "/tutorflow/v1/platform"
SCALE = 0.01
BRIEF = Brief(
    name="Python for Analysts",
    description="Project-based introduction to Python programming: variables, loops and csv files.",
    target_audience="Working analysts with spreadsheet fluency and no programming background.",
    desired_number_of_sections=2,
)
OUTLINE = [
    OutlineSection.model_validate(
        {
            "title": "Getting Started",
            "subsections": [
                {"title": "Setting Up", "units": [{"title": "Installing Python"}, {"title": "First Script"}]}
            ],
        }
    ),
    OutlineSection.model_validate(
        {
            "title": "Data",
            "subsections": [
                {"title": "Files", "units": [{"title": "Reading CSV"}, {"title": "Check", "kind": "problem"}]}
            ],
        }
    ),
]
SYNC = TaskOptions(mode="sync")
QUIZ = (
    "<problem><multiplechoiceresponse><label>Which reads a CSV file?</label>"
    '<choicegroup type="MultipleChoice"><choice correct="false">print</choice>'
    '<choice correct="true">csv.reader</choice></choicegroup></multiplechoiceresponse></problem>'
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


async def yielding_sleep(seconds: float) -> None:
    for _ in range(3):
        await anyio.sleep(0)


class Recording(httpx2.AsyncBaseTransport):
    """Every request sent to the sandbox as 'METHOD path-after-/v1/platform', plus each create's key."""

    def __init__(self, inner: httpx2.AsyncBaseTransport) -> None:
        self.inner = inner
        self.sent: list[str] = []
        self.create_keys: list[tuple[str | None, str | None]] = []

    async def handle_async_request(self, request):
        path = request.url.path.split("/v1/platform", 1)[-1]
        self.sent.append(f"{request.method} {path}")
        if request.method == "POST" and path == "/courses":
            body = json.loads(request.content or b"{}")
            self.create_keys.append((request.headers.get("idempotency-key"), body.get("idempotencyKey")))
        # A real network lets other tasks run while a call is in flight; so does this.
        await yielding_sleep(0)
        return await self.inner.handle_async_request(request)


class Sandbox:
    def __init__(
        self, time_scale: float = SCALE, faults: str = "", seed: int = 0, strict: bool = False
    ) -> None:
        self.clock = FakeClock()
        self.strict = strict
        self.config = SandboxConfig(
            time_scale=time_scale,
            seed=seed,
            clock=self.clock,
            sleep=yielding_sleep,
            faults=FaultSpec.parse(faults),
            strict=strict,
        )
        self.app = build_sandbox_app(self.config)
        # The platform's 60 calls a minute are a policy on the sandbox clock, which these tests stop.
        self.emulator.rate_limit_per_minute = 0
        self.transport = Recording(httpx2.ASGITransport(app=self.app))

    @property
    def emulator(self):
        return self.app.state.emulators["tutorflow"].state.emulator

    def live_secrets(self) -> list[str]:
        """Every edit token the emulator issued, and the editor URL each makes."""
        found = []
        for token in self.emulator.tokens:
            found += [token, f"/platform/courses/edit/{token}"]
        return found


def settings(**overrides) -> Settings:
    return Settings(
        **{"tutorflow_api_key": keys.TUTORFLOW_API_KEY, "tutorflow_base_url": BASE_URL, **overrides}
    )


def provider_for(sandbox: Sandbox, retry: RetryPolicy | None = None, **overrides) -> TutorFlowProvider:
    retry = retry or RetryPolicy(attempts=3, base_s=0.0, max_s=0.0, max_retry_after_s=0.0)
    return TutorFlowProvider.from_settings(settings(**overrides), transport=sandbox.transport, retry=retry)


@pytest.fixture(params=[False, True], ids=["sandbox", "strict"])
def sandbox(request) -> Sandbox:
    """Every adapter test runs against the default emulator and its strict reading of the seed."""
    return Sandbox(strict=request.param)


@pytest.fixture
async def tf(sandbox):
    provider = provider_for(sandbox)
    yield provider
    await provider.aclose()


def native(qualified: str) -> str:
    return qualified.split(":", 1)[1]


async def built(tf: TutorFlowProvider, outline=None, options: TaskOptions = SYNC):
    task = await tf.create_task(BRIEF, options)
    course = await tf.generate_outline(native(task.task_id), outline, False)
    return task, course


def units_of(course):
    return [b for b in course.blocks() if b.type == "unit"]


# --- configuration, auth, cost ------------------------------------------------------------------------


def test_missing_key_names_the_variable_to_set():
    with pytest.raises(NotConfigured) as error:
        TutorFlowProvider.from_settings(Settings(tutorflow_api_key=None))
    assert "TUTORFLOW_API_KEY" in error.value.next_step


@pytest.mark.anyio
async def test_a_revoked_key_is_an_auth_failure_that_never_quotes_it(sandbox):
    provider = provider_for(sandbox, tutorflow_api_key=keys.TUTORFLOW_REVOKED_API_KEY)
    task = await provider.create_task(BRIEF, SYNC)
    with pytest.raises(AuthFailed) as error:
        await provider.generate_outline(native(task.task_id), None, False)
    await provider.aclose()
    assert "revoked" in str(error.value) and keys.TUTORFLOW_REVOKED_API_KEY not in str(error.value)
    assert "TUTORFLOW_API_KEY" in error.value.next_step
    assert provider.tasks.latest(1) is None  # a refused create leaves no key behind to resend


def test_the_estimate_is_five_cents_per_lesson_asked_for(sandbox):
    provider = provider_for(sandbox)
    assert provider.estimate_cost(TaskOptions()) == 0.25
    assert provider.estimate_cost(TaskOptions(lesson_count=12)) == 0.60


# --- tasks and creating the course --------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_task_is_kept_locally_until_generate_outline(tf, sandbox):
    task = await tf.create_task(BRIEF, TaskOptions())
    got = await tf.get_task(native(task.task_id))
    assert task.task_id == "tutorflow:1" and got.status is TaskStatus.PENDING and got.course_id is None
    assert "$0.25" in task.detail and sandbox.transport.sent == []


@pytest.mark.anyio
async def test_async_generation_is_pending_until_the_clock_says_it_finished(tf, sandbox):
    task = await tf.create_task(BRIEF, TaskOptions())
    course = await tf.generate_outline(native(task.task_id), None, False)
    assert course.status is CourseStatus.DRAFTING and course.root.children == []
    ((header, body),) = sandbox.transport.create_keys
    assert header and header == body
    waiting = await tf.readiness(native(course.course_id), "outline")
    assert not waiting.ready and waiting.missing == [course.course_id]
    assert "checking again in" in waiting.detail
    assert waiting.retry_after_s and waiting.retry_after_s > 0  # pollAfterMs, which poll_until_ready follows
    with pytest.raises(Conflict, match="still being generated"):
        await tf.update_block(native(course.course_id), "x", "New", None)
    sandbox.clock.advance(60)
    ready = await tf.readiness(native(task.task_id), "pipeline")
    assert ready.ready
    got = await tf.get_task(native(task.task_id))
    assert got.status is TaskStatus.SUCCESS and got.has_outline and got.course_id == course.course_id
    full = await tf.get_course(native(course.course_id))
    assert full.status is CourseStatus.DRAFTED and len(units_of(full)) >= 4
    assert full.title == BRIEF.name


@pytest.mark.anyio
async def test_sync_mode_returns_the_whole_course_in_one_call(tf, sandbox):
    _, course = await built(tf)
    sections = course.root.children
    assert sections and all(s.type == "section" and len(s.children) == 1 for s in sections)
    assert all(s.children[0].display_name == "Lessons" for s in sections)
    assert all(u.children and u.children[0].type == "html" for u in units_of(course))
    request = next(iter(sandbox.emulator.requests.values()))
    assert request.mode == "sync" and len(request.course.lessons) == len(units_of(course))


@pytest.mark.anyio
async def test_a_second_course_is_refused_unless_regenerate(tf, sandbox):
    task, first = await built(tf)
    with pytest.raises(Conflict, match="already has a course"):
        await tf.generate_outline(native(task.task_id), None, False)
    second = await tf.generate_outline(native(task.task_id), None, True)
    assert second.course_id != first.course_id and len(sandbox.emulator.requests) == 2
    keys_sent = [header for header, _ in sandbox.transport.create_keys]
    assert len(set(keys_sent)) == 2


@pytest.mark.anyio
async def test_a_failed_generation_says_why_and_how_to_try_again(tf, sandbox):
    brief = BRIEF.model_copy(update={"description": BRIEF.description + " sandbox:fail"})
    task = await tf.create_task(brief, TaskOptions())
    course = await tf.generate_outline(native(task.task_id), None, False)
    sandbox.clock.advance(60)
    state = await tf.readiness(native(course.course_id), "outline")
    assert state.status == "failed" and "regenerate=true" in state.detail
    assert (await tf.get_task(native(task.task_id))).status is TaskStatus.FAILED
    with pytest.raises(Conflict, match="could not generate"):
        await tf.get_course(native(course.course_id))
    retry = await tf.generate_outline(native(task.task_id), None, False)
    assert retry.course_id != course.course_id


@pytest.mark.anyio
async def test_the_agents_outline_is_imposed_and_renamed_lessons_wait_for_drafting(tf, sandbox):
    _, course = await built(tf, OUTLINE, TaskOptions(mode="sync", lesson_count=4))
    # Strict saves merge: what TutorFlow generated beyond the outline is kept, after it, and shown.
    kept = len(course.root.children) - 2 if sandbox.strict else 0
    assert [s.display_name for s in course.root.children][:2] == ["Getting Started", "Data"]
    assert len(course.root.children) == 2 + kept
    planned = units_of(course)[:4]
    assert [u.display_name for u in planned] == ["Installing Python", "First Script", "Reading CSV", "Check"]
    stored = next(iter(sandbox.emulator.requests.values())).course
    assert [lesson.title for lesson in stored.lessons][:4] == [u.display_name for u in planned]
    assert stored.lessons[3].type == "exam"
    state = await tf.readiness(native(course.course_id), "content")
    assert state.status == "idle" and state.missing == [u.id for u in planned]
    assert course.status is CourseStatus.OUTLINED
    prompt = next(iter(sandbox.emulator.requests.values())).prompt
    assert "Chapter 'Data': lessons 'Reading CSV'; 'Check'" in prompt


@pytest.mark.anyio
async def test_an_async_course_shows_the_planned_outline_then_gets_it_once_finished(tf, sandbox):
    task = await tf.create_task(BRIEF, TaskOptions(lesson_count=4))
    planned = await tf.generate_outline(native(task.task_id), OUTLINE, False)
    assert planned.status is CourseStatus.DRAFTING
    assert [u.display_name for u in units_of(planned)] == [
        "Installing Python",
        "First Script",
        "Reading CSV",
        "Check",
    ]
    assert all(b.id.startswith("planned-") for b in planned.blocks() if b.type != "course")
    sandbox.clock.advance(60)
    assert (await tf.readiness(native(planned.course_id), "outline")).ready
    course = await tf.get_course(native(planned.course_id))
    names = [s.display_name for s in course.root.children]
    assert names[:2] == ["Getting Started", "Data"] and (sandbox.strict or len(names) == 2)
    assert [u.display_name for u in units_of(course)][:4] == [u.display_name for u in units_of(planned)]
    saves = [s for s in sandbox.transport.sent if s.startswith("PATCH") and s.endswith("/canonical")]
    assert len(saves) == 1  # imposed once, however often the course is read


@pytest.mark.anyio
async def test_an_outline_costing_more_than_approved_is_refused_before_any_call(tf, sandbox):
    task = await tf.create_task(BRIEF, TaskOptions(lesson_count=3))
    with pytest.raises(Refused, match="approved for 3"):
        await tf.generate_outline(native(task.task_id), OUTLINE, False)
    assert sandbox.transport.sent == []


@pytest.mark.anyio
async def test_fewer_lessons_than_the_outline_are_added_before_it_is_imposed(tf, sandbox):
    big = OUTLINE + [
        OutlineSection.model_validate(
            {
                "title": "Wrap-up",
                "subsections": [{"title": "End", "units": [{"title": f"Extra {n}"} for n in range(4)]}],
            }
        )
    ]
    task = await tf.create_task(BRIEF, TaskOptions(mode="sync", lesson_count=8))
    course = await tf.generate_outline(native(task.task_id), big, False)
    titles = [u.display_name for u in units_of(course)]
    assert titles == ["Installing Python", "First Script", "Reading CSV", "Check"] + [
        f"Extra {n}" for n in range(4)
    ]
    assert len(next(iter(sandbox.emulator.requests.values())).course.lessons) == 8


# --- reading ------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_get_course_with_content_shows_lectures_and_quizzes_as_capa(tf):
    _, course = await built(tf)
    full = await tf.get_course(native(course.course_id), include_content=True)
    problems = [b for b in full.blocks() if b.type == "problem"]
    htmls = [b for b in full.blocks() if b.type == "html"]
    assert htmls and all(b.content for b in htmls)
    assert problems and all(problem_issues(b.content) == [] for b in problems)
    compact = await tf.get_course(native(course.course_id))
    assert all(b.content is None for b in compact.blocks())


@pytest.mark.anyio
async def test_unknown_ids_say_not_found_or_invalid(tf):
    with pytest.raises(NotFound):
        await tf.get_course("not-a-course")
    with pytest.raises(InvalidInput):
        await tf.get_task("abc")
    with pytest.raises(NotFound):
        await tf.get_task("99")


@pytest.mark.anyio
async def test_list_courses_all_and_by_task(tf):
    task, course = await built(tf)
    other, _ = await built(tf)
    listed = await tf.list_courses()
    mine = await tf.list_courses(native(task.task_id))
    assert len(listed) == 2 and [c.course_id for c in mine] == [course.course_id]
    assert mine[0].status is CourseStatus.DRAFTED and mine[0].location is None


# --- editing ------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_create_update_delete_and_reorder_through_the_editor(tf, sandbox):
    _, course = await built(tf)
    course_id = native(course.course_id)
    section = await tf.create_block(course_id, course.root.id, "section", "Practice", None, "last")
    subsection = f"{section}/lessons"
    unit = await tf.create_block(course_id, subsection, "unit", "Drills", "<p>Practise loops.</p>", "last")
    quiz = await tf.create_block(course_id, unit, "problem", "Quiz", QUIZ, "last")
    after = await tf.get_course(course_id, include_content=True)
    drills = after.find(unit)
    assert after.find(section).display_name == "Practice" and [c.id for c in drills.children] == [
        f"{unit}/lecture",
        quiz,
    ]
    assert "csv.reader" in drills.children[1].content
    await tf.update_block(course_id, unit, "Loop drills", "<p>Repeat.</p>")
    await tf.update_block(course_id, course.root.id, "Renamed course", None)
    after = await tf.get_course(course_id, include_content=True)
    assert after.find(unit).display_name == "Loop drills" and after.title == "Renamed course"
    assert after.find(f"{unit}/lecture").content == "<p>Repeat.</p>"
    first_section = after.root.children[0]
    moved = first_section.children[0].children[0].id
    await tf.reorder_children(course_id, subsection, [moved, unit])
    after = await tf.get_course(course_id)
    assert [u.id for u in after.find(subsection).children] == [moved, unit]
    order = [s.id for s in after.root.children]
    await tf.reorder_children(course_id, after.root.id, list(reversed(order)))
    assert [s.id for s in (await tf.get_course(course_id)).root.children] == list(reversed(order))
    if sandbox.strict:  # saves merge: the delete is read back and reported as not done
        with pytest.raises(Conflict, match="kept"):
            await tf.delete_block(course_id, section)
        assert (await tf.get_course(course_id)).find(section) is not None
        return
    removed = await tf.delete_block(course_id, section)
    assert set(removed) >= {section, subsection, unit, moved}
    after = await tf.get_course(course_id)
    assert after.find(section) is None and after.find(moved) is None
    stored = next(iter(sandbox.emulator.requests.values())).course
    assert all(lesson.id != moved for lesson in stored.lessons)


@pytest.mark.anyio
async def test_what_tutorflow_cannot_hold_is_refused_with_what_to_do_instead(tf):
    _, course = await built(tf)
    course_id = native(course.course_id)
    section = course.root.children[0]
    unit = units_of(course)[0]
    with pytest.raises(NotSupported, match="subsections"):
        await tf.create_block(course_id, section.id, "subsection", "More", None, "last")
    with pytest.raises(NotSupported, match="video"):
        await tf.create_block(course_id, unit.id, "video", "Clip", "https://example.org/v.mp4", "last")
    with pytest.raises(Conflict, match="one"):
        await tf.create_block(course_id, unit.id, "html", "Second", "<p>x</p>", "last")
    with pytest.raises(InvalidInput, match="single-choice"):
        await tf.create_block(
            course_id,
            unit.id,
            "problem",
            "Q",
            '<problem><stringresponse answer="a"><textline/></stringresponse></problem>',
            "last",
        )
    with pytest.raises(InvalidInput, match="renamed"):
        await tf.update_block(course_id, section.children[0].id, "Part", None)
    with pytest.raises(InvalidInput, match="every current"):
        await tf.reorder_children(course_id, section.children[0].id, [section.children[0].children[0].id])
    with pytest.raises(NotFound):
        await tf.update_block(course_id, "no-such-block", "x", None)


# --- drafting -----------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_drafting_streams_each_empty_lesson_and_saves_it(tf, sandbox):
    _, course = await built(tf, OUTLINE, TaskOptions(mode="sync", lesson_count=4))
    seen: list[tuple[float, float | None]] = []

    async def progress(done, total, message):
        seen.append((done, total))

    result = await tf.draft_content(native(course.course_id), None, False, progress)
    # Strict saves merge: a generated lesson beyond the outline is kept, with its content (skipped).
    kept = units_of(course)[4:]
    assert result.started is False and len(result.drafted) == 4 and result.skipped == [u.id for u in kept]
    assert seen[-1] == (4.0, 4.0)
    assert (await tf.list_courses())[0].status is CourseStatus.OUTLINED
    ready = await tf.readiness(native(course.course_id), "content")
    assert ready.ready and (await tf.list_courses())[0].status is CourseStatus.DRAFTED
    generates = [s for s in sandbox.transport.sent if s.endswith("/generate")]
    saves = [s for s in sandbox.transport.sent if s.startswith("PATCH") and s.endswith("/full")]
    assert len(generates) == 4 and len(saves) == 4
    again = await tf.draft_content(native(course.course_id), [units_of(course)[0].id], False, no_progress)
    assert again.drafted == [] and again.skipped == [units_of(course)[0].id]
    redone = await tf.draft_content(native(course.course_id), [units_of(course)[0].id], True, no_progress)
    assert redone.drafted == [units_of(course)[0].id]
    with pytest.raises(InvalidInput, match="not units"):
        await tf.draft_content(native(course.course_id), ["nope"], False, no_progress)


# --- publishing, what is not supported ---------------------------------------------------------------


@pytest.mark.anyio
async def test_publish_releases_the_public_learner_url(tf, sandbox):
    task, course = await built(tf)
    result = await tf.publish(native(course.course_id))
    assert result.published and result.location.endswith("/lessons/1")
    share = next(iter(sandbox.emulator.requests.values())).course.share_token
    assert share in result.location
    after = await tf.get_course(native(course.course_id))
    assert after.status is CourseStatus.PUBLISHED and after.location == result.location
    listed = await tf.list_courses(native(task.task_id))
    assert listed[0].status is CourseStatus.PUBLISHED and listed[0].location == result.location


@pytest.mark.anyio
async def test_publish_before_the_course_exists_is_a_conflict(tf):
    task = await tf.create_task(BRIEF, TaskOptions())
    course = await tf.generate_outline(native(task.task_id), None, False)
    with pytest.raises(Conflict, match="poll_until_ready"):
        await tf.publish(native(course.course_id))


@pytest.mark.anyio
async def test_pipeline_is_an_async_create_and_readiness_follows_the_task(tf, sandbox):
    task = await tf.create_task(BRIEF, SYNC)
    started = await tf.run_pipeline(native(task.task_id))
    assert started.status in (TaskStatus.PENDING, TaskStatus.IN_PROGRESS) and started.course_id
    assert next(iter(sandbox.emulator.requests.values())).mode == "async"
    assert not (await tf.readiness(native(task.task_id), "pipeline")).ready
    sandbox.clock.advance(60)
    assert (await tf.readiness(native(task.task_id), "pipeline")).ready


@pytest.mark.anyio
async def test_cancel_delete_and_progress_say_what_to_do_instead(tf):
    task, course = await built(tf)
    with pytest.raises(NotSupported, match="cancel"):
        await tf.cancel_task(native(task.task_id))
    with pytest.raises(NotSupported, match="dashboard"):
        await tf.delete_course(native(course.course_id))
    with pytest.raises(NotSupported):
        await tf.student_progress(native(course.course_id), "ada")
    with pytest.raises(NotSupported):
        await tf.attach_reference(native(task.task_id), "notes.md", b"x")


# --- secrets --------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_edit_tokens_and_preview_urls_go_to_the_hook_and_never_into_results(sandbox):
    hooked: list[str] = []
    provider = provider_for(sandbox)
    provider.set_secret_hook(hooked.append)
    task, course = await built(provider)
    results = [task, course]
    course_id = native(course.course_id)
    results.append(await provider.get_task(native(task.task_id)))
    results.append(await provider.get_course(course_id, include_content=True))
    unit = units_of(course)[0].id
    await provider.update_block(course_id, unit, "Renamed", None)
    results.append(await provider.draft_content(course_id, [unit], True, no_progress))
    results.append(await provider.readiness(course_id, "content"))
    results.append(await provider.publish(course_id))
    results += await provider.list_courses()
    await provider.aclose()
    issued = list(sandbox.emulator.tokens)
    assert issued and all(token in hooked for token in issued)
    assert any("/platform/courses/edit/" in secret for secret in hooked)
    text = " ".join(r.model_dump_json() for r in results)
    assert all(secret not in text for secret in sandbox.live_secrets())
    assert "/edit/" not in text


@pytest.mark.anyio
async def test_the_editor_link_is_fresh_works_and_is_kept_from_the_hook(sandbox):
    hooked: list[str] = []
    provider = provider_for(sandbox)
    provider.set_secret_hook(hooked.append)
    _, course = await built(provider)
    link = await provider.editor_link(native(course.course_id))
    await provider.aclose()
    token = link.rsplit("/edit/", 1)[1]
    assert token in sandbox.emulator.tokens and token not in hooked and link not in hooked
    assert link.startswith("http://sandbox/tutorflow/en/platform/courses/edit/")


@pytest.mark.anyio
async def test_an_expired_edit_token_is_replaced_once_and_the_edit_goes_through(tf, sandbox):
    _, course = await built(tf)
    course_id = native(course.course_id)
    await tf.get_course(course_id)
    mints = sandbox.transport.sent.count(f"POST /courses/{course_id}/edit-token")
    sandbox.clock.advance(3700)
    await tf.update_block(course_id, units_of(course)[0].id, "After an hour", None)
    assert sandbox.transport.sent.count(f"POST /courses/{course_id}/edit-token") == mints + 1
    assert (await tf.get_course(course_id)).find(units_of(course)[0].id).display_name == "After an hour"


@pytest.mark.anyio
async def test_concurrent_structure_edits_do_not_undo_each_other(tf):
    _, course = await built(tf)
    course_id = native(course.course_id)
    order = [s.id for s in course.root.children]
    first = order[0]

    # Straight to the editor, so both edits are in flight together (no SQLite thread in between).
    async with anyio.create_task_group() as group:
        group.start_soon(tf.editor.update_block, course_id, first, "Renamed chapter", None)
        group.start_soon(tf.editor.reorder_children, course_id, course.root.id, list(reversed(order)))
    after = await tf.get_course(course_id)
    assert [s.id for s in after.root.children] == list(reversed(order))
    assert after.find(first).display_name == "Renamed chapter"


@pytest.mark.anyio
async def test_a_burst_past_the_platforms_minute_limit_waits_out_retry_after(sandbox, tmp_path):
    sandbox.emulator.rate_limit_per_minute = 2
    waits: list[float] = []

    async def wait_on_the_sandbox_clock(seconds: float) -> None:
        waits.append(seconds)
        sandbox.clock.advance(seconds)

    http = PlatformHttp(
        platform="tutorflow",
        base_url=BASE_URL,
        auth_header=("Authorization", f"Bearer {keys.TUTORFLOW_API_KEY}"),
        retry=RetryPolicy(attempts=3, base_s=0.0, max_s=0.0, max_retry_after_s=120.0),
        transport=sandbox.transport,
        sleep=wait_on_the_sandbox_clock,
    )
    provider = TutorFlowProvider(http, TaskTable(tmp_path / "tf.sqlite3", "account"))
    _, course = await built(provider)
    full = await provider.get_course(native(course.course_id), include_content=True)
    await provider.aclose()
    assert waits and all(0 < w <= 60 for w in waits)
    assert [u.id for u in units_of(full)] == [u.id for u in units_of(course)]


# --- faults ---------------------------------------------------------------------------------------------


def seed_where(spec: str, kinds: list[str | None]) -> int:
    """The first seed whose fault draws give exactly `kinds` (None = no fault) on the first requests,
    and no fault on the eight after."""
    wanted = kinds + [None] * 8
    for seed in range(20_000):
        faults = FaultMiddleware(None, "tutorflow", SandboxConfig(seed=seed, faults=FaultSpec.parse(spec)))
        drawn = [faults.draw() for _ in wanted]
        if [rule.kind if rule else None for rule in drawn] == wanted:
            return seed
    raise AssertionError(f"no seed gives {kinds} for {spec}")


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["lost", "drop", "5xx"])
async def test_a_create_whose_answer_is_lost_is_resent_with_the_same_key_and_makes_one_course(kind):
    spec = f"tutorflow:{kind}=0.3"
    sandbox = Sandbox(faults=spec, seed=seed_where(spec, [kind]))
    provider = provider_for(sandbox)
    _, course = await built(provider)
    await provider.aclose()
    assert len(sandbox.emulator.requests) == 1 and units_of(course)
    sent = sandbox.transport.create_keys
    assert len(sent) == 2 and sent[0] == sent[1] and sent[0][0]


@pytest.mark.anyio
async def test_a_lost_create_is_resent_by_the_next_call_with_the_same_key():
    spec = "tutorflow:lost=0.3"
    sandbox = Sandbox(faults=spec, seed=seed_where(spec, ["lost"]))
    provider = provider_for(sandbox, retry=RetryPolicy.never())
    task = await provider.create_task(BRIEF, SYNC)
    with pytest.raises(OutcomeUnknown) as unknown:
        await provider.generate_outline(native(task.task_id), None, False)
    assert "same Idempotency-Key" in unknown.value.next_step
    waiting = await provider.get_task(native(task.task_id))
    assert waiting.status is TaskStatus.PENDING and "lost" in waiting.detail
    course = await provider.generate_outline(native(task.task_id), None, False)
    await provider.aclose()
    assert len(sandbox.emulator.requests) == 1 and course.course_id.endswith(
        next(iter(sandbox.emulator.requests))
    )
    first, second = sandbox.transport.create_keys
    assert first == second


@pytest.mark.anyio
async def test_reads_survive_injected_server_errors_and_unreadable_bodies():
    spec = "tutorflow:5xx=0.2,malformed=0.2"
    sandbox = Sandbox(faults=spec, seed=seed_where(spec, [None, "5xx", "malformed"]))
    provider = provider_for(sandbox)
    task, course = await built(provider)
    got = await provider.get_task(native(task.task_id))
    await provider.aclose()
    assert got.course_id == course.course_id


# --- through the MCP client -----------------------------------------------------------------------------


def server_for(sandbox: Sandbox, **overrides):
    async def sleep_on_the_sandbox_clock(seconds: float) -> None:
        sandbox.clock.advance(seconds)

    return build_server(
        settings(**overrides),
        transports={"tutorflow": sandbox.transport},
        sleep=sleep_on_the_sandbox_clock,
        clock=sandbox.clock,
    )


def brief_args() -> dict:
    return dict(example()["brief"])


@pytest.mark.anyio
async def test_stepwise_flow_to_publish_through_the_tools():
    sandbox = Sandbox(time_scale=0)
    async with connect(server=server_for(sandbox)) as (client, recorder):
        task = await call(
            client, "create_task", **brief_args(), provider="tutorflow", options={"lesson_count": 8}
        )
        assert task["task_id"] == "tutorflow:1" and task["estimated_cost_usd"] == 0.4
        assert any("$0.40" in q for q in recorder.questions)
        outline = await call(client, "generate_outline", task_id=task["task_id"])
        course_id = outline["course_id"]
        state = await call(client, "poll_until_ready", target_id=course_id, until="outline")
        assert state["ready"] is True
        state = await call(client, "poll_until_ready", target_id=course_id, until="content")
        assert state["ready"] is True
        review = await call(client, "review_course", course_id=course_id)
        assert review["ok"], review["blocking"]
        published = await call(client, "publish", course_id=course_id)
        assert published["published"] is True and "/lessons/1" in published["location"]
        listed = await call(client, "list_courses", provider="tutorflow")
        assert listed["courses"][0]["status"] == "published"


@pytest.mark.anyio
async def test_the_agents_outline_edits_and_drafting_through_the_tools():
    sandbox = Sandbox(time_scale=0)
    data = example()
    units = sum(len(sub["units"]) for section in data["outline"] for sub in section["subsections"])
    async with connect(server=server_for(sandbox)) as (client, _):
        task = await call(
            client,
            "create_task",
            **brief_args(),
            provider="tutorflow",
            options={"lesson_count": units, "mode": "sync"},
        )
        outline = await call(client, "generate_outline", task_id=task["task_id"], outline=data["outline"])
        assert [s["display_name"] for s in outline["tree"]["children"]] == [
            s["title"] for s in data["outline"]
        ]
        course_id = outline["course_id"]
        drafted = await call(client, "draft_content", course_id=course_id)
        assert len(drafted["drafted"]) == units
        unit = outline["tree"]["children"][0]["children"][0]["children"][0]
        edited = await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="update",
            block_id=unit["id"],
            content="<p>Install Python 3.12 <script>alert(1)</script>from python.org.</p>",
        )
        assert edited["sanitized"]
        course = await call(client, "get_course", course_id=course_id, include_content=True)
        lecture = course["root"]["children"][0]["children"][0]["children"][0]["children"][0]
        assert "python.org" in lecture["content"] and "<script" not in lecture["content"]
        text = await fail(
            client,
            "edit_xblock",
            course_id=course_id,
            action="create",
            parent_id=unit["id"],
            block_type="video",
            display_name="v",
            content="https://example.org/v.mp4",
        )
        assert "video" in text and "instead" in text.lower()


@pytest.mark.anyio
async def test_no_edit_token_or_preview_url_in_any_tool_answer():
    sandbox = Sandbox(time_scale=0)
    answers: list[str] = []
    async with connect(server=server_for(sandbox)) as (client, _):
        task = await call(
            client, "create_task", **brief_args(), provider="tutorflow", options={"mode": "sync"}
        )
        answers.append(json.dumps(task))
        outline = await call(client, "generate_outline", task_id=task["task_id"])
        course_id = outline["course_id"]
        for tool, arguments in [
            ("get_task", {"task_id": task["task_id"]}),
            ("get_course", {"course_id": course_id, "include_content": True}),
            ("poll_until_ready", {"target_id": course_id, "until": "content"}),
            ("draft_content", {"course_id": course_id, "redraft": True}),
            ("review_course", {"course_id": course_id}),
            ("publish", {"course_id": course_id}),
            ("list_courses", {"provider": "tutorflow"}),
        ]:
            answers.append(json.dumps(await call(client, tool, **arguments)))
        answers.append(await fail(client, "get_course", course_id="tutorflow:missing"))
    text = " ".join(answers)
    assert sandbox.emulator.tokens
    assert all(secret not in text for secret in sandbox.live_secrets())
    assert "/edit/" not in text and keys.TUTORFLOW_API_KEY not in text


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_the_editor_link_tool_asks_first_then_gives_a_working_link_with_its_warning(mode):
    sandbox = Sandbox(time_scale=0)
    async with connect(mode, server=server_for(sandbox)) as (client, recorder):
        task = await call(
            client, "create_task", **brief_args(), provider="tutorflow", options={"mode": "sync"}
        )
        course_id = (await call(client, "generate_outline", task_id=task["task_id"]))["course_id"]
        link = await call(client, "editor_link", course_id=course_id)
    assert "edit the course for an hour" in recorder.questions[-1]
    assert link["url"] and "/edit/" not in recorder.questions[-1]
    assert link["url"].rsplit("/edit/", 1)[1] in sandbox.emulator.tokens
    assert "anyone with this link can edit" in link["warning"].lower() and link["expires_in_s"] == 3600


async def course_through_the_tools(sandbox: Sandbox) -> str:
    async with connect(server=server_for(sandbox)) as (client, _):
        task = await call(
            client, "create_task", **brief_args(), provider="tutorflow", options={"mode": "sync"}
        )
        return (await call(client, "generate_outline", task_id=task["task_id"]))["course_id"]


@pytest.mark.anyio
async def test_the_editor_link_tool_gives_nothing_when_the_user_declines():
    sandbox = Sandbox(time_scale=0)
    course_id = await course_through_the_tools(sandbox)
    async with connect(answer="decline", server=server_for(sandbox)) as (client, _):
        await call(client, "get_course", course_id=course_id)  # mints this server's own working token
        minted = len(sandbox.emulator.tokens)
        text = await fail(client, "editor_link", course_id=course_id)
    assert "declined" in text and len(sandbox.emulator.tokens) == minted


@pytest.mark.anyio
async def test_without_elicitation_the_editor_link_needs_the_single_use_token():
    sandbox = Sandbox(time_scale=0)
    course_id = await course_through_the_tools(sandbox)
    async with connect(answer=None, server=server_for(sandbox)) as (client, _):
        first = await call(client, "editor_link", course_id=course_id)
        assert first["url"] is None and "for an hour" in first["confirmation_required"]["summary"]
        token = first["confirmation_required"]["token"]
        second = await call(client, "editor_link", course_id=course_id, confirmation_token=token)
    assert second["url"] and second["url"].rsplit("/edit/", 1)[1] in sandbox.emulator.tokens
