"""Every tool on every provider: the real MCP client against the in-process sandbox (issue 5).

Each row of `CASES` is one tool call (edit_xblock and poll_until_ready have a row per action or
target), the state the course must be in for that call to make sense, and, for each of the four
providers, exactly one expected outcome:

- `WORKS`: a structured result whose key fields the row's check asserts;
- `cannot(instead)`: a tool error saying the provider cannot do it, naming what to do instead
  (the `instead` fragment: another tool, the brief, or the platform's own interface), and
  asking the user nothing first.

Every cell gets its own sandbox (one app serving the three emulators), data folder and
connection to the module's one server, and walks the course to its stage through the tools
themselves. Time is a fake clock shared by the sandbox, the server and the paced clients:
waiting advances it, so background work finishes without a real wait.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

import anyio
import httpx2
import pytest
from mcp_helpers import Recorder, call, connect, example, text_of, write_all_units
from olx_packages import STUDIO_FILES, tar_gz

from coursewright.config import Settings
from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import SandboxConfig
from coursewright.server import build_server

PROVIDERS = ("local", "iblai", "tutorflow", "learningstudio")
WITH_PIPELINE = ("iblai", "tutorflow", "learningstudio")
SANDBOX_URL = "http://sandbox"
TIME_SCALE = 0.01
REFERENCE_TEXT = b"# Airline delays\nThe dataset has one row per flight and a delay column in minutes.\n"
#: What a refusal says when the platform lacks the feature (as opposed to a bad id or a failure).
CANNOT_PHRASES = ("cannot", "does not", "has no", "no way")


# --- time, the sandbox and the server ------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        """The server's waits move the sandbox's clock on, so background work gets done."""
        self.now += seconds
        await anyio.sleep(0)


async def yielding_sleep(seconds: float) -> None:
    await anyio.sleep(0)


class CurrentSandbox(httpx2.AsyncBaseTransport):
    """The server is built once per module (registering the tools is most of a cell's cost);
    each cell points it at a sandbox of its own through this transport."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.inner: httpx2.AsyncBaseTransport | None = None

    def fresh(self) -> None:
        config = SandboxConfig(time_scale=TIME_SCALE, clock=self.clock, sleep=yielding_sleep)
        app = build_sandbox_app(config)
        # TutorFlow's 60 calls a minute are counted on the sandbox clock, which barely moves here.
        app.state.emulators["tutorflow"].state.emulator.rate_limit_per_minute = 0
        self.inner = httpx2.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        assert self.inner is not None, "no sandbox: the cell did not call fresh()"
        return await self.inner.handle_async_request(request)


#: Environment a developer may have set that must not reach the module's server.
FOREIGN_ENVIRONMENT = (
    "COURSEWRIGHT_DEFAULT_PROVIDER",
    "COURSEWRIGHT_REQUIRE_ELICITATION",
    "COURSEWRIGHT_FILE_ROOTS",
    "COURSEWRIGHT_ARCHIVE_DIR",
    "COURSEWRIGHT_LLM_BASE_URL",
    "COURSEWRIGHT_LLM_API_KEY",
)


def platform_settings(data_dir: Path) -> Settings:
    # Built before the per-test environment fixture runs, so nothing is left to the environment.
    with pytest.MonkeyPatch.context() as environment:
        for name in FOREIGN_ENVIRONMENT:
            environment.delenv(name, raising=False)
        return Settings(
            _env_file=None,
            data_dir=data_dir,
            iblai_api_key=keys.IBLAI_API_KEY,
            iblai_org=keys.IBLAI_ORG,
            iblai_user_id=keys.IBLAI_USER_ID,
            iblai_base_url=f"{SANDBOX_URL}/iblai",
            tutorflow_api_key=keys.TUTORFLOW_API_KEY,
            tutorflow_base_url=f"{SANDBOX_URL}/tutorflow",
            learningstudio_api_key=keys.LEARNINGSTUDIO_API_KEY,
            learningstudio_base_url=f"{SANDBOX_URL}/learningstudio",
        )


@dataclass(frozen=True)
class Platforms:
    """One server for the module (registering the tools is most of what a fresh one costs)
    and what each cell renews under it: the sandbox and the data folder."""

    server: Any
    settings: Settings
    sandbox: CurrentSandbox
    clock: FakeClock


@pytest.fixture(scope="module")
def platforms(tmp_path_factory: pytest.TempPathFactory) -> Platforms:
    clock = FakeClock()
    sandbox = CurrentSandbox(clock)
    settings = platform_settings(tmp_path_factory.mktemp("matrix-data"))
    # The runtime hands its sleep and clock to every adapter, so the clients' own pacing
    # (60 and 30 calls a minute) runs on the fake clock too.
    server = build_server(
        settings,
        transports={name: sandbox for name in ("iblai", "tutorflow", "learningstudio")},
        sleep=clock.sleep,
        clock=clock,
    )
    return Platforms(server, settings, sandbox, clock)


@asynccontextmanager
async def sandboxed_client(platforms: Platforms, data_dir: Path) -> AsyncIterator[tuple[Any, Recorder]]:
    """A client of the module's server on a fresh sandbox and data folder; it answers 'yes' when asked.

    The server reads its settings' data folder when a connection starts, so a cell's journal,
    task tables and local store are its own: records of courses that only an earlier cell's
    sandbox had would otherwise meet this cell's sandbox.
    """
    platforms.settings.data_dir = data_dir
    platforms.sandbox.fresh()
    # The client shares the test's working folder as an MCP root, where reference_file writes.
    async with connect(server=platforms.server, answer="yes", roots=[Path.cwd()]) as (client, recorder):
        yield client, recorder


# --- the course each call needs ------------------------------------------------------------------


class Stage(IntEnum):
    """How far the course is taken before the call: each stage up to REVIEWED includes the ones
    before it; PIPELINE branches off TASK."""

    FRESH = 0
    TASK = 1
    GENERATED = 2  # generate_outline called with the example outline; the platform may still build it
    OUTLINED = 3  # the outline is there
    DRAFTING = 4  # content under way (local: written by the agent; iblai, tutorflow: draft_content)
    DRAFTED = 5  # content there
    REVIEWED = 6  # review_course ran on the current content and found nothing blocking
    PIPELINE = 7  # a task whose one-shot pipeline was started (where the provider has one)


@dataclass
class Made:
    provider: str
    task_id: str = ""
    course_id: str = ""
    root: dict[str, Any] = field(default_factory=dict)

    def sections(self) -> list[dict[str, Any]]:
        return self.root["children"]

    def first_subsection(self) -> dict[str, Any]:
        return self.sections()[0]["children"][0]

    def first_unit(self) -> dict[str, Any]:
        return self.first_subsection()["children"][0]


def task_arguments(provider: str) -> dict[str, Any]:
    arguments: dict[str, Any] = {**example()["brief"], "provider": provider}
    if provider == "tutorflow":
        # TutorFlow bills per lesson: the task approves one lesson per unit of the example outline.
        outline = example()["outline"]
        arguments["options"] = {
            "lesson_count": sum(len(s["units"]) for o in outline for s in o["subsections"])
        }
    return arguments


async def reach(client: Any, provider: str, stage: Stage) -> Made:
    made = Made(provider)
    if stage == Stage.FRESH:
        return made
    made.task_id = (await call(client, "create_task", **task_arguments(provider)))["task_id"]
    if stage == Stage.PIPELINE:
        if provider in WITH_PIPELINE:
            await call(client, "run_pipeline", task_id=made.task_id)
        return made
    if stage >= Stage.GENERATED:
        outline = await call(client, "generate_outline", task_id=made.task_id, outline=example()["outline"])
        made.course_id = outline["course_id"]
    if stage >= Stage.OUTLINED:
        await wait_for(client, made.course_id, "outline")
    if stage >= Stage.DRAFTING:
        if provider == "local":
            await write_all_units(client, made.course_id)
        elif provider in ("iblai", "tutorflow"):
            await call(client, "draft_content", course_id=made.course_id)
    if stage >= Stage.DRAFTED:
        await wait_for(client, made.course_id, "content")
    if stage >= Stage.REVIEWED:
        review = await call(client, "review_course", course_id=made.course_id)
        assert review["ok"], review["blocking"]
    if made.course_id:
        made.root = (await call(client, "get_course", course_id=made.course_id))["root"]
    return made


async def wait_for(client: Any, target_id: str, until: str) -> None:
    state = await call(client, "poll_until_ready", target_id=target_id, until=until, timeout_s=600)
    assert state["ready"], state


# --- the calls and what working means ------------------------------------------------------------

Arguments = Callable[[Made], dict[str, Any]]
Check = Callable[[dict[str, Any], Made], None]


def reference_file(made: Made) -> dict[str, Any]:
    # The tests run in a temporary working directory, which the client shares as its MCP root.
    Path("airline-notes.md").write_bytes(REFERENCE_TEXT)
    return {"task_id": made.task_id, "path": "airline-notes.md"}


def course_package(made: Made) -> dict[str, Any]:
    # Whatever platform the user has, an imported package becomes a local draft.
    Path("knots.tar.gz").write_bytes(tar_gz(STUDIO_FILES))
    return {"path": "knots.tar.gz"}


def package_is_written(result: dict[str, Any], made: Made) -> None:
    assert result["course_id"] == made.course_id and result["format"] == "imscc"
    assert Path(result["path"]).is_file() and Path(result["path"]).name.count(".imscc") == 1


def package_is_imported(result: dict[str, Any], made: Made) -> None:
    assert result["course_id"].startswith("local:") and result["counts"]["unit"] == 2


def ids(blocks: list[dict[str, Any]]) -> list[str]:
    return [block["id"] for block in blocks]


def titles(blocks: list[dict[str, Any]]) -> list[str]:
    return [block["display_name"] for block in blocks]


def outline_titles() -> list[str]:
    return [section["title"] for section in example()["outline"]]


def brief_is_ready(result: dict[str, Any], made: Made) -> None:
    assert result["ready"] is True and result["questions"] == []
    assert len(result["fields"]) == 5


def task_is_created(result: dict[str, Any], made: Made) -> None:
    assert result["task_id"].startswith(f"{made.provider}:") and result["status"] == "pending"
    assert result["confirmation_required"] is None


def file_is_attached(result: dict[str, Any], made: Made) -> None:
    assert result["name"] == "airline-notes.md" and result["size"] == len(REFERENCE_TEXT)


def outline_is_the_agents(result: dict[str, Any], made: Made) -> None:
    assert result["course_id"].startswith(f"{made.provider}:") and result["task_id"] == made.task_id
    assert titles(result["tree"]["children"]) == outline_titles()


def course_is_shown(result: dict[str, Any], made: Made) -> None:
    assert result["course_id"] == made.course_id and result["root"]["type"] == "course"
    assert len(result["root"]["children"]) == len(outline_titles())


def unit_is_created(result: dict[str, Any], made: Made) -> None:
    children = result["excerpt"]["children"]
    assert result["block_id"] == children[-1]["id"] and children[-1]["display_name"] == "Extra Practice"
    assert ids(children[:-1]) == ids(made.first_subsection()["children"])


def unit_is_renamed(result: dict[str, Any], made: Made) -> None:
    assert result["block_id"] == made.first_unit()["id"]
    assert "Installing Python 3.12" in titles(result["excerpt"]["children"])


def units_are_reordered(result: dict[str, Any], made: Made) -> None:
    assert ids(result["excerpt"]["children"]) == ids(made.first_subsection()["children"])[::-1]


def section_is_deleted(result: dict[str, Any], made: Made) -> None:
    last = made.sections()[-1]
    assert result["deleted"][0] == last["id"] and len(result["deleted"]) > 1
    assert last["id"] not in ids(result["excerpt"]["children"])


def drafting_is_under_way(result: dict[str, Any], made: Made) -> None:
    assert result["course_id"] == made.course_id
    assert result["started"] is True or len(result["drafted"]) > 0


def is_ready(result: dict[str, Any], made: Made) -> None:
    assert result["ready"] is True and result["missing"] == []


def review_is_clean(result: dict[str, Any], made: Made) -> None:
    assert result["ok"] is True and result["blocking"] == [] and result["stamp"]


def is_published(result: dict[str, Any], made: Made) -> None:
    assert result["published"] is True and result["location"] and result["course_id"] == made.course_id


def pipeline_is_started(result: dict[str, Any], made: Made) -> None:
    assert result["task_id"] == made.task_id and result["status"] in ("scheduled", "pending", "running")
    assert result["confirmation_required"] is None


def task_is_shown(result: dict[str, Any], made: Made) -> None:
    assert result["task_id"] == made.task_id and result["status"] == "pending"
    assert result["name"] == example()["brief"]["name"]


def course_is_listed(result: dict[str, Any], made: Made) -> None:
    assert result["provider"] == made.provider
    assert made.course_id in [course["course_id"] for course in result["courses"]]


def task_is_cancelled(result: dict[str, Any], made: Made) -> None:
    assert result["task_id"] == made.task_id and result["status"] == "cancelled"


def course_is_deleted(result: dict[str, Any], made: Made) -> None:
    assert result["deleted"] is True and result["course_id"] == made.course_id


def progress_is_reported(result: dict[str, Any], made: Made) -> None:
    assert result["course_id"] == made.course_id and result["username"] == "learner1"
    assert 0.0 <= result["completion"] <= 1.0 and result["units"]


def editor_link_is_given(result: dict[str, Any], made: Made) -> None:
    assert result["url"] and result["expires_in_s"] == 3600 and result["warning"]


# --- the table -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Works:
    pass


@dataclass(frozen=True)
class Cannot:
    instead: str  # a fragment of the error's "what to do instead"


WORKS = Works()
Outcome = Works | Cannot


def cannot(instead: str) -> Cannot:
    return Cannot(instead)


@dataclass(frozen=True)
class Case:
    name: str
    tool: str
    stage: Stage
    arguments: Arguments
    check: Check
    outcomes: dict[str, Outcome]
    #: Where the user's yes is needed when it works (asked once, through elicitation).
    confirmed: tuple[str, ...] = ()


CASES: tuple[Case, ...] = (
    Case(
        "check_brief",
        "check_brief",
        Stage.FRESH,
        lambda made: example()["brief"],
        brief_is_ready,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
    ),
    Case(
        "create_task",
        "create_task",
        Stage.FRESH,
        lambda made: task_arguments(made.provider),
        task_is_created,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
        # TutorFlow's $0.05 a lesson for the outline's 11 lessons is above the spend that needs a yes;
        # LearningStudio's course uses a plan credit, which always asks.
        confirmed=("tutorflow", "learningstudio"),
    ),
    Case(
        "attach_reference",
        "attach_reference",
        Stage.TASK,
        reference_file,
        file_is_attached,
        {
            "local": WORKS,
            "iblai": WORKS,
            "tutorflow": cannot("brief's description"),
            "learningstudio": cannot("brief's description"),
        },
    ),
    Case(
        "generate_outline",
        "generate_outline",
        Stage.TASK,
        lambda made: {"task_id": made.task_id, "outline": example()["outline"]},
        outline_is_the_agents,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
    ),
    Case(
        "get_course",
        "get_course",
        Stage.OUTLINED,
        lambda made: {"course_id": made.course_id},
        course_is_shown,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
    ),
    Case(
        "edit_xblock_create",
        "edit_xblock",
        Stage.OUTLINED,
        lambda made: {
            "course_id": made.course_id,
            "action": "create",
            "parent_id": made.first_subsection()["id"],
            "block_type": "unit",
            "display_name": "Extra Practice",
        },
        unit_is_created,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": cannot("generate_outline")},
    ),
    Case(
        "edit_xblock_update",
        "edit_xblock",
        Stage.OUTLINED,
        lambda made: {
            "course_id": made.course_id,
            "action": "update",
            "block_id": made.first_unit()["id"],
            "display_name": "Installing Python 3.12",
            "content": "<p>Download Python 3.12 from python.org and tick 'Add to PATH'.</p>",
        },
        unit_is_renamed,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": cannot("generate_outline")},
    ),
    Case(
        "edit_xblock_reorder",
        "edit_xblock",
        Stage.OUTLINED,
        lambda made: {
            "course_id": made.course_id,
            "action": "reorder",
            "parent_id": made.first_subsection()["id"],
            "children": ids(made.first_subsection()["children"])[::-1],
        },
        units_are_reordered,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": cannot("generate_outline")},
    ),
    Case(
        "edit_xblock_delete_section",
        "edit_xblock",
        Stage.OUTLINED,
        lambda made: {"course_id": made.course_id, "action": "delete", "block_id": made.sections()[-1]["id"]},
        section_is_deleted,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": cannot("generate_outline")},
        confirmed=PROVIDERS,
    ),
    Case(
        "draft_content",
        "draft_content",
        Stage.OUTLINED,
        lambda made: {"course_id": made.course_id},
        drafting_is_under_way,
        {
            "local": cannot("edit_xblock"),
            "iblai": WORKS,
            "tutorflow": WORKS,
            "learningstudio": cannot("poll_until_ready"),
        },
        # TutorFlow bills each lesson it drafts.
        confirmed=("tutorflow",),
    ),
    Case(
        "poll_until_ready_outline",
        "poll_until_ready",
        Stage.GENERATED,
        lambda made: {"target_id": made.course_id, "until": "outline", "timeout_s": 600},
        is_ready,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
    ),
    Case(
        "poll_until_ready_content",
        "poll_until_ready",
        Stage.DRAFTING,
        lambda made: {"target_id": made.course_id, "until": "content", "timeout_s": 600},
        is_ready,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
    ),
    Case(
        "poll_until_ready_pipeline",
        "poll_until_ready",
        Stage.PIPELINE,
        lambda made: {"target_id": made.task_id, "until": "pipeline", "timeout_s": 600},
        is_ready,
        {"local": cannot("generate_outline"), "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
    ),
    Case(
        "review_course",
        "review_course",
        Stage.DRAFTED,
        lambda made: {"course_id": made.course_id},
        review_is_clean,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
    ),
    Case(
        "publish",
        "publish",
        Stage.REVIEWED,
        lambda made: {"course_id": made.course_id},
        is_published,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
        confirmed=PROVIDERS,
    ),
    Case(
        "export_course",
        "export_course",
        Stage.REVIEWED,
        lambda made: {"course_id": made.course_id, "format": "imscc"},
        package_is_written,
        # LearningStudio's content is readable on the default sandbox reading; where its API hides
        # it (the strict reading, tested in test_export_tool) the export says what to use instead.
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
    ),
    Case(
        "run_pipeline",
        "run_pipeline",
        Stage.TASK,
        lambda made: {"task_id": made.task_id},
        pipeline_is_started,
        {"local": cannot("generate_outline"), "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
        confirmed=PROVIDERS,
    ),
    Case(
        "get_task",
        "get_task",
        Stage.TASK,
        lambda made: {"task_id": made.task_id},
        task_is_shown,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
    ),
    Case(
        "list_courses",
        "list_courses",
        Stage.OUTLINED,
        lambda made: {"provider": made.provider},
        course_is_listed,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
    ),
    Case(
        "cancel_task",
        "cancel_task",
        Stage.PIPELINE,
        lambda made: {"task_id": made.task_id},
        task_is_cancelled,
        {
            "local": WORKS,
            "iblai": WORKS,
            "tutorflow": cannot("Let it finish"),
            "learningstudio": cannot("Let it finish"),
        },
    ),
    Case(
        "delete_course",
        "delete_course",
        Stage.OUTLINED,
        lambda made: {"course_id": made.course_id},
        course_is_deleted,
        {
            "local": WORKS,
            "iblai": WORKS,
            "tutorflow": cannot("platform's own interface"),
            "learningstudio": cannot("platform's own interface"),
        },
        confirmed=PROVIDERS,
    ),
    Case(
        "student_progress",
        "student_progress",
        Stage.OUTLINED,
        lambda made: {"course_id": made.course_id, "username": "learner1"},
        progress_is_reported,
        {
            "local": cannot("learner analytics"),
            "iblai": WORKS,
            "tutorflow": cannot("platform's own analytics"),
            "learningstudio": cannot("platform's own analytics"),
        },
    ),
    Case(
        "editor_link",
        "editor_link",
        Stage.OUTLINED,
        lambda made: {"course_id": made.course_id},
        editor_link_is_given,
        {
            "local": cannot("edit_xblock"),
            "iblai": cannot("edit_xblock"),
            "tutorflow": WORKS,
            "learningstudio": cannot("platform's own interface"),
        },
        confirmed=PROVIDERS,
    ),
    Case(
        "import_course",
        "import_course",
        Stage.FRESH,
        course_package,
        package_is_imported,
        {"local": WORKS, "iblai": WORKS, "tutorflow": WORKS, "learningstudio": WORKS},
    ),
)

#: Cells that show a bug in coursewright itself: (case name, provider) -> what goes wrong.
KNOWN_BUGS: dict[tuple[str, str], str] = {}


def matrix() -> list[Any]:
    cells = []
    for case in CASES:
        for provider in PROVIDERS:
            bug = KNOWN_BUGS.get((case.name, provider))
            marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
            cells.append(pytest.param(case, provider, id=f"{case.name}-{provider}", marks=marks))
    return cells


# --- the tests -----------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(("case", "provider"), matrix())
async def test_each_tool_works_or_says_what_to_do_instead_on_each_provider(
    case: Case, provider: str, platforms: Platforms, tmp_path: Path
):
    expected = case.outcomes[provider]
    async with sandboxed_client(platforms, tmp_path / "data") as (client, recorder):
        made = await reach(client, provider, case.stage)
        recorder.questions.clear()
        result = await client.call_tool(case.tool, case.arguments(made))
    if isinstance(expected, Works):
        assert not result.is_error, f"{case.name} on {provider} failed: {text_of(result)}"
        assert result.structured_content is not None
        case.check(result.structured_content, made)
        # A confirmed act asked the user once; nothing else asks.
        assert len(recorder.questions) == (1 if provider in case.confirmed else 0), recorder.questions
    else:
        text = text_of(result)
        assert result.is_error, f"{case.name} on {provider} unexpectedly worked: {result.structured_content}"
        assert provider in text, text
        assert any(phrase in text for phrase in CANNOT_PHRASES), text
        assert expected.instead in text, text
        # Refused before anything was asked: the user is never asked to approve the impossible.
        assert recorder.questions == [], recorder.questions


@pytest.mark.anyio
async def test_the_matrix_has_a_row_for_every_tool_the_server_lists_and_no_other(
    platforms: Platforms, tmp_path: Path
):
    async with sandboxed_client(platforms, tmp_path / "data") as (client, _):
        listed = {tool.name for tool in (await client.list_tools()).tools}
    assert {case.tool for case in CASES} == listed


def test_every_row_declares_one_outcome_for_each_provider_and_unique_names():
    assert len({case.name for case in CASES}) == len(CASES)
    for case in CASES:
        assert tuple(case.outcomes) == PROVIDERS, case.name
        assert all(isinstance(outcome, Works | Cannot) for outcome in case.outcomes.values())
