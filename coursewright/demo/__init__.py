"""`coursewright demo`: a newcomer's first run, through the real server over stdio.

Starts `coursewright serve` as a subprocess, connects to it with the MCP client, and walks
the stepwise flow on the local provider with a bundled example course. It answers the
publish confirmation itself, and says so. The last line printed is the archive's path.

`--provider iblai|tutorflow|learningstudio` walks the same tools against the sandbox's
emulator of that platform, started on a loopback port for the run; the last line is then
where the platform says the course is.

The walks are in `flow`, the server and sandbox processes in `processes`.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from mcp import Client

from coursewright.demo.flow import DemoFailed, answer_yes, walk_flow, walk_platform_flow
from coursewright.demo.processes import sandbox_process, server_parameters


def demo_failure(exc: BaseException) -> DemoFailed | None:
    """The DemoFailed inside an exception group raised through the client's task group, if any."""
    if isinstance(exc, DemoFailed):
        return exc
    if isinstance(exc, BaseExceptionGroup):
        for inner in exc.exceptions:
            found = demo_failure(inner)
            if found is not None:
                return found
    return None


async def _finish(walk: Callable[[], Awaitable[str]]) -> int:
    """Run the walk; print where the course is as the last line, or why the demo failed."""
    try:
        location = await walk()
    except BaseException as exc:
        failure = demo_failure(exc)
        if failure is None:
            raise
        print(f"coursewright demo: {failure}", file=sys.stderr, flush=True)
        return 1
    print(location, flush=True)
    return 0


async def run_platform_demo(provider: str) -> int:
    print(f"coursewright demo: starting the {provider} sandbox and the MCP server over stdio", flush=True)

    async def walk() -> str:
        with (
            tempfile.TemporaryDirectory(prefix="coursewright-demo-") as data_dir,
            sandbox_process() as environment,
        ):
            params = server_parameters(Path(data_dir) / "archives", Path(data_dir))
            params.env = {
                **(params.env or {}),
                **environment,
                "COURSEWRIGHT_DEFAULT_PROVIDER": provider,
                "COURSEWRIGHT_POLL_INITIAL_S": "0.2",
                "COURSEWRIGHT_POLL_MAX_S": "1",
            }
            async with Client(params, elicitation_callback=answer_yes) as client:
                return await walk_platform_flow(client, provider)

    return await _finish(walk)


async def run_demo(out: Path, provider: str = "local") -> int:
    if provider != "local":
        return await run_platform_demo(provider)
    out = out.expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    print(
        "coursewright demo: starting the MCP server over stdio (local provider, no keys, no network)",
        flush=True,
    )

    async def walk() -> str:
        with tempfile.TemporaryDirectory(prefix="coursewright-demo-") as data_dir:
            async with Client(
                server_parameters(out, Path(data_dir)), elicitation_callback=answer_yes
            ) as client:
                return await walk_flow(client)

    return await _finish(walk)
