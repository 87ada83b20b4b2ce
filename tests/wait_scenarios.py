"""One wait on a platform's sandbox at realistic pacing (time scale 1) on a fake clock, through the
real MCP client: a job started the way an agent starts it, then poll_until_ready until it is done.

Lateness is how long after the job was really done (the emulator's own due time) the wait returned;
probes are the readiness reads it made (one per progress notification, plus the one that found it
ready). Used by tests/test_waits_on_time.py and bench/run.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx2
from mcp import Client

from coursewright.config import Settings
from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import SandboxConfig
from coursewright.server import build_server

REMOTE = ("iblai", "tutorflow", "learningstudio")
BRIEF = {
    "name": "Spreadsheet Reporting for Team Leads",
    "description": (
        "A tutorial course on building weekly reports in Google Sheets: clean imports, lookups, pivot tables "
        "and charts a manager can read. Not covered: Apps Script and BigQuery. By the end team leads can "
        "import a CSV export, join two sheets with XLOOKUP, build a pivot table of hours by project, chart "
        "a weekly trend and share a read-only report. Each section ends with a short graded quiz. Format: "
        "{sections} sections with about {units} units over six weeks."
    ),
    "target_audience": (
        "Team leads who use Sheets for lists but have never built a pivot table; about 3 hours a week; "
        "plain English."
    ),
    "desired_number_of_sections": 4,
}


class FakeClock:
    """One clock for the sandbox, the server and its waits: it moves only when the server sleeps."""

    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await anyio.sleep(0)


async def _no_wait(seconds: float) -> None:
    await anyio.sleep(0)


@dataclass
class Wait:
    platform: str
    job_s: float
    late_s: float
    probes: int

    @property
    def late_share(self) -> float:
        return self.late_s / self.job_s


async def _accept(context: Any, params: Any) -> Any:
    from mcp.types import ElicitResult

    return ElicitResult(action="accept", content={"confirm": True})


async def _call(client: Client, tool: str, progress: list | None = None, **arguments: Any) -> dict[str, Any]:
    async def on_progress(done: float, total: float | None, message: str | None) -> None:
        if progress is not None:
            progress.append((done, total))

    result = await client.call_tool(tool, arguments, progress_callback=on_progress)
    if result.is_error:
        raise RuntimeError(f"{tool}: {' '.join(getattr(c, 'text', '') for c in result.content)}")
    return result.structured_content or {}


def brief(units: int) -> dict[str, Any]:
    sections = max(3, min(8, round(units / 4)))
    description = BRIEF["description"].format(sections=sections, units=units)
    return {**BRIEF, "description": description, "desired_number_of_sections": sections}


async def one_wait(platform: str, seed: int, folder: Path, units: int = 16, **settings: Any) -> Wait:
    """`units`: the course size the brief asks for; `seed`: the sandbox's (LearningStudio's job lengths)."""
    clock = FakeClock()
    app = build_sandbox_app(SandboxConfig(time_scale=1.0, seed=seed, clock=clock, sleep=_no_wait))
    app.state.emulators["tutorflow"].state.emulator.rate_limit_per_minute = 0
    transport = httpx2.ASGITransport(app=app)
    server = build_server(
        Settings(
            _env_file=None,
            data_dir=folder,
            iblai_api_key=keys.IBLAI_API_KEY,
            iblai_org=keys.IBLAI_ORG,
            iblai_user_id=keys.IBLAI_USER_ID,
            iblai_base_url="http://sandbox/iblai",
            tutorflow_api_key=keys.TUTORFLOW_API_KEY,
            tutorflow_base_url="http://sandbox/tutorflow",
            learningstudio_api_key=keys.LEARNINGSTUDIO_API_KEY,
            learningstudio_base_url="http://sandbox/learningstudio",
            **settings,
        ),
        transports={name: transport for name in REMOTE},
        sleep=clock.sleep,
        clock=clock,
    )
    emulators = app.state.emulators
    async with Client(server, elicitation_callback=_accept) as client:
        task = await _call(client, "create_task", **brief(units), provider=platform)
        outline = await _call(client, "generate_outline", task_id=task["task_id"])
        course_id = outline["course_id"]
        if platform == "iblai":
            await _call(client, "draft_content", course_id=course_id)
            (job,) = emulators["iblai"].state.emulator.jobs
            from coursewright.sandbox.iblai.background import DRAFT_SECONDS_PER_UNIT

            started, done = job.started, job.started + DRAFT_SECONDS_PER_UNIT * len(job.units)
        elif platform == "learningstudio":
            (job,) = emulators["learningstudio"].state.emulator.jobs.values()
            started, done = job.queued_at, job.queued_at + job.seconds
        else:
            (request,) = emulators["tutorflow"].state.emulator.requests.values()
            started, done = request.created, request.due
        progress: list = []
        state = await _call(
            client, "poll_until_ready", progress, target_id=course_id, until="content", timeout_s=1800
        )
        if not state["ready"]:
            raise RuntimeError(f"{platform}: not ready after the wait: {state}")
    return Wait(platform, done - started, max(clock.now - done, 0.0), len(progress) + 1)
