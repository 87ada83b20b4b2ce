"""The fault soak: complete agent workflows through the real MCP client against the faulty sandbox.

One run takes each provider through `workflows` complete workflows (brief, task, outline,
structure edits, content, waits, review, publish) on one server and one in-process sandbox
whose fault injection drops, breaks, throttles and loses requests. The agent is deliberately
plain: it repeats a call only when the error says a retry is safe, and otherwise stops and
counts the workflow as needing a person (with the error's text as the reason).

Afterwards each workflow is checked on the emulator's side, from its own state, never from the
tools' answers: one platform task or job, each outline block and the created unit exactly once
(duplicates), every edit a tool reported as done really there (lost edits). A tool answering
"internal error", or the harness itself raising, is a crash.

Used by `tests/test_fault_soak.py` (a size that fits CI) and `bench/soak.py` (the long run).
Time is a fake clock the server, the clients' pacing and the sandbox share, so waits cost nothing.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import httpx2
from mcp.types import CallToolResult

from coursewright.config import Settings
from coursewright.demo.flow import load_example
from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import FaultSpec, SandboxConfig
from coursewright.server import build_server

PROVIDERS = ("local", "iblai", "tutorflow", "learningstudio")
#: LearningStudio again with no webhook (stdio: nothing can receive one), where only a person can name a lost job.
LEARNINGSTUDIO_STDIO = "learningstudio-stdio"
SANDBOX_URL = "http://sandbox"
#: The issue's floor: 5xx 8 %, 429 5 %, dropped 4 %, malformed 3 %, lost answers 4 %.
DEFAULT_FAULTS = "*:5xx=0.08,429=0.05@1,drop=0.04,malformed=0.03,lost=0.04"
#: An agent gives up on one step after this many calls, each after an error inviting a retry.
MAX_CALLS_PER_STEP = 12
EXTRA_UNIT = "Extra Practice"
RENAMED_UNIT = "Installing Python 3.12"

#: What an error must say for the agent to repeat the same call, and what forbids it.
_SAFE_RETRY = re.compile(r"\bretry\b|same arguments|\b(call|try) \w+ (for this unit )?again\b", re.IGNORECASE)
_NOT_A_PLAIN_RETRY = re.compile(r"dashboard|before trying again|correct (the|those)|only if", re.IGNORECASE)
_INTERNAL = "internal error"


def invites_retry(text: str) -> bool:
    return bool(_SAFE_RETRY.search(text)) and not _NOT_A_PLAIN_RETRY.search(text)


# --- time and the server ---------------------------------------------------------------------------


class SoakClock:
    def __init__(self) -> None:
        self.now = 50_000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await anyio.sleep(0)


async def _yield(seconds: float) -> None:
    await anyio.sleep(0)


#: Team mode's address for LearningStudio's webhooks; the sandbox sends only to loopback, and the soak
#: delivers them into the server's HTTP app in process (nothing listens on this port).
PUBLIC_URL = "http://127.0.0.1:9"


def soak_settings(data_dir: Path, *, team_mode: bool) -> Settings:
    return Settings(
        _env_file=None,
        data_dir=data_dir,
        public_url=PUBLIC_URL if team_mode else None,
        iblai_api_key=keys.IBLAI_API_KEY,
        iblai_org=keys.IBLAI_ORG,
        iblai_user_id=keys.IBLAI_USER_ID,
        iblai_base_url=f"{SANDBOX_URL}/iblai",
        tutorflow_api_key=keys.TUTORFLOW_API_KEY,
        tutorflow_base_url=f"{SANDBOX_URL}/tutorflow",
        learningstudio_api_key=keys.LEARNINGSTUDIO_API_KEY,
        learningstudio_base_url=f"{SANDBOX_URL}/learningstudio",
    )


# --- results -------------------------------------------------------------------------------------


@dataclass
class Workflow:
    provider: str
    index: int
    name: str
    task_id: str = ""
    course_id: str = ""
    completed: bool = False
    published: bool = False
    needs_person: str = ""
    crashes: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    lost_edits: list[str] = field(default_factory=list)
    calls: int = 0
    retries: int = 0
    #: How each lost LearningStudio create was resolved: webhook, adopted, asked (see `Agent.person`).
    resolutions: list[str] = field(default_factory=list)
    #: Edits the tools reported as done: (kind, block id, expected title).
    edits: list[tuple[str, str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Every error the agent met, in order (for reading a failed workflow).
    trail: list[str] = field(default_factory=list)


@dataclass
class ProviderTotals:
    provider: str
    workflows: int = 0
    completed: int = 0
    needs_person: int = 0
    crashes: int = 0
    duplicates: int = 0
    lost_edits: int = 0
    calls: int = 0
    retries: int = 0
    #: How each lost LearningStudio create was resolved: webhook, adopted, asked (see `Agent.person`).
    resolutions: list[str] = field(default_factory=list)
    notes: int = 0
    #: Workflows in which a person had to act (adopt a job, or say there is none), completed or not.
    person_needed: int = 0
    resolutions: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def add(self, flow: Workflow) -> None:
        self.workflows += 1
        self.completed += flow.completed
        self.needs_person += bool(flow.needs_person)
        self.crashes += len(flow.crashes)
        self.duplicates += len(flow.duplicates)
        self.lost_edits += len(flow.lost_edits)
        self.calls += flow.calls
        self.retries += flow.retries
        self.notes += len(flow.notes)
        self.resolutions.update(flow.resolutions)
        self.person_needed += bool(flow.needs_person) or any(
            r in ("adopted", "asked") for r in flow.resolutions
        )
        if flow.needs_person:
            self.reasons[_reason_kind(flow.needs_person)] += 1
        for problem in (*flow.crashes, *flow.duplicates, *flow.lost_edits):
            if len(self.examples) < 8:
                self.examples.append(f"{flow.name}: {problem}")


def _reason_kind(text: str) -> str:
    return re.sub(r"[\w-]+:[\w-]+|'[^']*'|\d+", "…", text)[:160]


@dataclass
class SoakReport:
    seed: int
    faults: str
    seconds: float
    totals: dict[str, ProviderTotals]

    @property
    def crashes(self) -> int:
        return sum(t.crashes for t in self.totals.values())

    @property
    def duplicates(self) -> int:
        return sum(t.duplicates for t in self.totals.values())

    @property
    def lost_edits(self) -> int:
        return sum(t.lost_edits for t in self.totals.values())

    def table(self) -> str:
        lines = [
            "| provider | workflows | completed | a person had to act | crashes | duplicates | lost edits | calls | "
            "retries | write-landed notes | lost creates resolved by |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for t in self.totals.values():
            share = 100.0 * t.person_needed / t.workflows if t.workflows else 0.0
            paths = ", ".join(f"{name} {count}" for name, count in sorted(t.resolutions.items())) or "-"
            lines.append(
                f"| {t.provider} | {t.workflows} | {t.completed} | {t.person_needed} ({share:.1f} %) | {t.crashes} | "
                f"{t.duplicates} | {t.lost_edits} | {t.calls} | {t.retries} | {t.notes} | {paths} |"
            )
        return "\n".join(lines)

    def problems(self) -> list[str]:
        return [example for t in self.totals.values() for example in t.examples]


# --- the agent -----------------------------------------------------------------------------------


class World:
    """What the agent cannot see but time and the user can: the clock, and the platform's dashboard."""

    def __init__(self, clock: SoakClock, learningstudio: Any | None = None) -> None:
        self.clock = clock
        self.learningstudio = learningstudio

    async def wait(self, seconds: float) -> None:
        """Time passes; LearningStudio's webhook worker sends what fell due meanwhile."""
        await self.clock.sleep(seconds)
        if self.learningstudio is not None:
            await self.learningstudio.deliver_due_webhooks()

    def dashboard_job(self, name: str) -> str | None:
        """The job a person finds on the LearningStudio dashboard for this course, if any."""
        if self.learningstudio is None:
            return None
        found = [job.id for job in self.learningstudio.jobs.values() if job.request.subject.startswith(name)]
        return found[-1] if found else None


#: Waits of two minutes for a webhook before the agent gives up (the server decides 15 minutes after each send).
WEBHOOK_WAITS = 24


#: A person is asked at most this often in one workflow; past it, the workflow stops.
MAX_PERSON_ACTS = 3


class Agent:
    def __init__(self, client: Any, flow: Workflow, world: World) -> None:
        self.client = client
        self.flow = flow
        self.world = world

    async def call(self, tool: str, arguments: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
        self.flow.calls += 1
        result: CallToolResult = await self.client.call_tool(tool, arguments)
        if not result.is_error:
            content = result.structured_content or {}
            if content.get("note"):
                self.flow.notes.append(f"{tool}: {content['note']}")
            return content, ""
        text = " ".join(getattr(c, "text", "") for c in result.content)
        self.flow.trail.append(f"{tool}: {text}")
        return None, text

    async def step(self, tool: str, **arguments: Any) -> dict[str, Any] | None:
        """One step: the call, repeated only while its error says a retry is safe; None if it never succeeded."""
        webhook_waits = 0
        for attempt in range(1, MAX_CALLS_PER_STEP + WEBHOOK_WAITS + 2):
            existed = self.world.dashboard_job(self.flow.name) is not None
            content, text = await self.call(tool, arguments)
            if content is not None:
                if webhook_waits:
                    # The job the lost answer named was adopted, or its silence showed it never started.
                    self.flow.resolutions.append("webhook" if existed else "silence: sent again")
                return content
            if _INTERNAL in text.lower():
                self.flow.crashes.append(f"{tool}: {text[:300]}")
                return None
            if "webhook" in text and invites_retry(text) and webhook_waits <= WEBHOOK_WAITS:
                webhook_waits += 1
                await self.world.wait(120)
                continue
            if "adopt_job_id" in text or ("webhook" in text and webhook_waits > WEBHOOK_WAITS):
                return await self.person(tool, arguments)
            if not invites_retry(text) or attempt >= MAX_CALLS_PER_STEP:
                self.flow.needs_person = f"{tool}: {text[:600]}"
                return None
            self.flow.retries += 1
            if "minute" in text:
                await self.world.wait(60)
        return None

    async def person(self, tool: str, arguments: dict[str, Any]) -> dict[str, Any] | None:
        """The user looks at the dashboard: hands over the job found there, or says there is none."""
        if len(self.flow.resolutions) >= MAX_PERSON_ACTS:
            self.flow.needs_person = (
                f"{tool}: the user was asked {MAX_PERSON_ACTS} times: {self.flow.trail[-1][:300]}"
            )
            return None
        job = self.world.dashboard_job(self.flow.name)
        if job is not None:
            self.flow.resolutions.append("adopted")
            return await self.step(tool, task_id=arguments["task_id"], adopt_job_id=job)
        self.flow.resolutions.append("asked")
        return await self.step(tool, **{**arguments, "regenerate": True})

    async def draft(self, course_id: str) -> bool:
        """draft_content until no unit is left failed (it re-drafts only what is still empty)."""
        for _ in range(4):
            result = await self.step("draft_content", course_id=course_id)
            if result is None:
                return False
            if not result.get("failed"):
                return True
        self.flow.needs_person = f"draft_content: units still failing: {result.get('failed')}"
        return False

    async def wait(self, target_id: str, until: str) -> bool:
        drafts = 0
        for _ in range(8):
            state = await self.step("poll_until_ready", target_id=target_id, until=until, timeout_s=1800)
            if state is None:
                return False
            if state["ready"]:
                return True
            if "call draft_content" in state["next_step"] and drafts < 3:
                # The advice says what to continue with: follow it, then wait again.
                drafts += 1
                if not await self.draft(target_id):
                    return False
                continue
            if state["status"].lower() in ("failed", "error", "cancelled", "canceled", "idle"):
                self.flow.needs_person = f"poll_until_ready: {state['status']}: {state['next_step'][:200]}"
                return False
        self.flow.needs_person = "poll_until_ready: still not ready after eight full waits"
        return False


def _task_arguments(provider: str, name: str) -> dict[str, Any]:
    example = load_example()
    arguments: dict[str, Any] = {**example["brief"], "name": name, "provider": provider}
    if provider == "tutorflow":
        units = sum(len(s["units"]) for o in example["outline"] for s in o["subsections"])
        arguments["options"] = {"lesson_count": units + 1}
    return arguments


def _units(block: dict[str, Any]) -> list[dict[str, Any]]:
    if block["type"] == "unit":
        return [block]
    return [unit for child in block.get("children", []) for unit in _units(child)]


async def run_workflow(client: Any, flow: Workflow, world: World) -> None:
    agent = Agent(client, flow, world)
    provider = flow.provider
    example = load_example()
    task = await agent.step("create_task", **_task_arguments(provider, flow.name))
    if task is None:
        return
    flow.task_id = task["task_id"]
    outline = await agent.step("generate_outline", task_id=flow.task_id, outline=example["outline"])
    if outline is None:
        return
    flow.course_id = outline["course_id"]
    if provider != "local" and not await agent.wait(flow.course_id, "outline"):
        return
    if provider != "learningstudio":
        course = await agent.step("get_course", course_id=flow.course_id)
        if course is None:
            return
        subsection = course["root"]["children"][0]["children"][0]
        first_unit = subsection["children"][0]
        created = await agent.step(
            "edit_xblock",
            course_id=flow.course_id,
            action="create",
            parent_id=subsection["id"],
            block_type="unit",
            display_name=EXTRA_UNIT,
        )
        if created is None:
            return
        flow.edits.append(("create", created["block_id"], EXTRA_UNIT))
        renamed = await agent.step(
            "edit_xblock",
            course_id=flow.course_id,
            action="update",
            block_id=first_unit["id"],
            display_name=RENAMED_UNIT,
        )
        if renamed is None:
            return
        flow.edits.append(("rename", first_unit["id"], RENAMED_UNIT))
    if provider == "local":
        course = await agent.step("get_course", course_id=flow.course_id)
        if course is None:
            return
        for unit in _units(course["root"]):
            body = example["content"].get(
                unit["display_name"], "<h3>Extra</h3><p>More practice with csv.</p>"
            )
            written = await agent.step(
                "edit_xblock", course_id=flow.course_id, action="update", block_id=unit["id"], content=body
            )
            if written is None:
                return
            flow.edits.append(("content", unit["id"], ""))
    elif provider in ("iblai", "tutorflow") and not await agent.draft(flow.course_id):
        return
    if provider != "local" and not await agent.wait(flow.course_id, "content"):
        return
    review = await agent.step("review_course", course_id=flow.course_id)
    if review is None:
        return
    if not review["ok"]:
        flow.needs_person = f"review_course: {review['blocking'][:2]}"
        return
    published = await agent.step("publish", course_id=flow.course_id)
    if published is None:
        return
    flow.published = bool(published.get("published"))
    flow.completed = flow.published
    if not flow.published:
        flow.needs_person = f"publish: {str(published)[:200]}"


# --- the emulator's side -------------------------------------------------------------------------


def _outline_titles() -> Counter:
    titles: Counter = Counter()
    for section in load_example()["outline"]:
        titles[("section", section["title"])] += 1
        for sub in section["subsections"]:
            titles[("subsection", sub["title"])] += 1
            for unit in sub["units"]:
                titles[("unit", unit["title"])] += 1
    return titles


def _check_titles(flow: Workflow, seen: Counter, unit_contents: dict[str, str] | None) -> None:
    expected = _outline_titles()
    edited = bool(flow.edits)
    created = any(kind == "create" for kind, _, _ in flow.edits)
    renamed = any(kind == "rename" for kind, _, _ in flow.edits)
    for (kind, title), count in seen.items():
        if count > 1:
            flow.duplicates.append(f"{count} {kind}s titled {title!r}")
    if created and seen[("unit", EXTRA_UNIT)] != 1:
        flow.lost_edits.append(f"the created unit {EXTRA_UNIT!r} is there {seen[('unit', EXTRA_UNIT)]} times")
    if renamed and seen[("unit", RENAMED_UNIT)] != 1:
        flow.lost_edits.append(f"the rename to {RENAMED_UNIT!r} is not there")
    if not edited:
        return
    if flow.completed and unit_contents is not None:
        empty = [title for title, content in unit_contents.items() if not content.strip()]
        if empty:
            flow.lost_edits.append(f"published with empty units: {empty[:3]}")
    missing = [key for key in expected if key[0] != "unit" and not seen[key]]
    if missing:
        flow.lost_edits.append(f"outline blocks missing: {missing[:3]}")


def _census_iblai(emulator: Any, flow: Workflow) -> None:
    tasks = [t for t in emulator.tasks.values() if t.name == flow.name]
    if len(tasks) > 1:
        flow.duplicates.append(f"{len(tasks)} ibl.ai tasks")
    task_ids = {t.id for t in tasks}
    courses = [c for c in emulator.courses.values() if c.task_id in task_ids]
    if len(courses) > 1:
        flow.duplicates.append(f"{len(courses)} ibl.ai courses")
    if not flow.course_id:
        return
    course = emulator.courses.get(int(flow.course_id.split(":", 1)[1]))
    if course is None:
        flow.lost_edits.append("the course is not on ibl.ai")
        return
    kinds = {"section": "section", "subsection": "subsection", "unit": "unit"}
    seen: Counter = Counter()
    contents: dict[str, str] = {}
    for block in course.tree.walk():
        if block.block_type in kinds:
            seen[(kinds[block.block_type], block.display_name)] += 1
        if block.block_type == "unit":
            contents[block.display_name] = " ".join(
                course.tree.blocks[c].content for c in block.children if c in course.tree.blocks
            )
    _check_titles(flow, seen, contents)
    if flow.published and course.published is None:
        flow.lost_edits.append("publish reported done, the course is not published on ibl.ai")


def _census_tutorflow(emulator: Any, flow: Workflow) -> None:
    requests = [
        r for r in emulator.requests.values() if flow.name in (r.title or "") or flow.name in r.prompt
    ]
    if len(requests) > 1:
        flow.duplicates.append(f"{len(requests)} TutorFlow course requests")
    if not flow.course_id:
        return
    record = emulator.requests.get(flow.course_id.split(":", 1)[1])
    if record is None or record.course is None:
        flow.lost_edits.append("the course is not on TutorFlow")
        return
    seen: Counter = Counter()
    for chapter in record.course.chapters:
        seen[("section", chapter.title)] += 1
    contents: dict[str, str] = {}
    for lesson in record.course.lessons:
        seen[("unit", lesson.title)] += 1
        contents[lesson.title] = lesson.lecture or ("quiz" if lesson.quizzes else "")
    # TutorFlow has no subsections: the stand-ins are not counted.
    for section in load_example()["outline"]:
        for sub in section["subsections"]:
            seen[("subsection", sub["title"])] = 1
    _check_titles(flow, seen, contents)


def _census_learningstudio(emulator: Any, flow: Workflow) -> None:
    jobs = [j for j in emulator.jobs.values() if j.request.subject.startswith(flow.name)]
    if len(jobs) > 1:
        flow.duplicates.append(f"{len(jobs)} LearningStudio jobs (plan credits)")
    if flow.course_id and flow.course_id.split(":", 1)[1] not in emulator.jobs:
        flow.lost_edits.append("the job is not on LearningStudio")


CENSUS: dict[str, Callable[[Any, Workflow], None]] = {
    "iblai": _census_iblai,
    "tutorflow": _census_tutorflow,
    "learningstudio": _census_learningstudio,
}


async def _census_local(client: Any, flow: Workflow) -> None:
    """The local store has no faults in front of it; its own reader is the emulator side here."""
    if not flow.course_id:
        return
    result = await client.call_tool("get_course", {"course_id": flow.course_id, "include_content": True})
    root = result.structured_content["root"]
    seen: Counter = Counter()
    contents: dict[str, str] = {}

    def walk(block: dict[str, Any]) -> None:
        if block["type"] in ("section", "subsection", "unit"):
            seen[(block["type"], block["display_name"])] += 1
        if block["type"] == "unit":
            contents[block["display_name"]] = " ".join(
                (c.get("content") or "") for c in block.get("children", [])
            ) or (block.get("content") or "")
        for child in block.get("children", []):
            walk(child)

    walk(root)
    _check_titles(flow, seen, contents)


# --- a run ---------------------------------------------------------------------------------------


async def soak_provider(
    provider: str,
    workflows: int,
    *,
    seed: int,
    faults: str,
    data_dir: Path,
    team_mode: bool = True,
    time_scale: float = 0.01,
) -> ProviderTotals:
    from mcp import Client
    from mcp_helpers import Recorder

    clock = SoakClock()
    config = SandboxConfig(
        time_scale=time_scale,
        seed=seed,
        faults=FaultSpec.parse(faults),
        clock=clock,
        sleep=_yield,
    )
    app = build_sandbox_app(config)
    app.state.emulators["tutorflow"].state.emulator.rate_limit_per_minute = 0
    transport = httpx2.ASGITransport(app=app)
    settings = soak_settings(data_dir, team_mode=team_mode)
    server = build_server(
        settings,
        transports={name: transport for name in ("iblai", "tutorflow", "learningstudio")},
        sleep=clock.sleep,
        clock=clock,
        retry_seed=seed,
        wall_clock=clock,
    )
    learningstudio = app.state.emulators["learningstudio"].state.emulator
    # A plan's monthly credits would run out in a long run; a duplicate job is counted, not refused.
    learningstudio.accounts[keys.LEARNINGSTUDIO_API_KEY].credits_left = 1_000_000
    web = httpx2.AsyncClient(transport=httpx2.ASGITransport(app=server.streamable_http_app()))
    if team_mode:

        async def deliver(url: str, body: bytes) -> int:
            return (await web.post(url, content=body)).status_code

        learningstudio.outbox.sender = deliver
    world = World(clock, learningstudio)
    totals = ProviderTotals(provider if team_mode else f"{provider}-stdio")
    recorder = Recorder("yes")
    async with web, Client(server, mode="auto", elicitation_callback=recorder.elicit) as client:
        for index in range(workflows):
            flow = Workflow(provider, index, f"Python for Data Analysts, run {seed}-{index}")
            try:
                await run_workflow(client, flow, world)
            except Exception as exc:  # noqa: BLE001 - a crash of any kind is what the soak counts
                flow.crashes.append(f"harness: {type(exc).__name__}: {exc}")
            if provider == "local":
                await _census_local(client, flow)
            else:
                CENSUS[provider](app.state.emulators[provider].state.emulator, flow)
            totals.add(flow)
    return totals


async def soak(
    workflows: int,
    *,
    seed: int = 14,
    faults: str = DEFAULT_FAULTS,
    providers: tuple[str, ...] = PROVIDERS,
    data_dir: Path,
) -> SoakReport:
    started = time.perf_counter()
    totals: dict[str, ProviderTotals] = {}
    for name in providers:
        folder = data_dir / name
        folder.mkdir(parents=True, exist_ok=True)
        provider, _, mode = name.partition("-")
        totals[name] = await soak_provider(
            provider, workflows, seed=seed, faults=faults, data_dir=folder, team_mode=mode != "stdio"
        )
    return SoakReport(seed, faults, time.perf_counter() - started, totals)
