"""Real processes for end-to-end tests: `coursewright sandbox` on a loopback port of the system's choosing."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import anyio

from coursewright.demo.flow import DemoFailed
from coursewright.demo.processes import sandbox_process as demo_sandbox_process


@contextmanager
def sandbox_process(
    env: dict[str, str], cwd: Path, *, time_scale: float = 0.01, deadline_s: float = 30.0
) -> Iterator[dict[str, str]]:
    """The demo's bounded sandbox start, with stderr kept in `cwd/sandbox-stderr.txt` and quoted on failure."""
    errors = cwd / "sandbox-stderr.txt"
    with errors.open("w") as stderr:
        try:
            with demo_sandbox_process(
                time_scale, env=env, cwd=cwd, stderr=stderr, deadline_s=deadline_s
            ) as environment:
                yield environment
        except DemoFailed:
            raise AssertionError(f"the sandbox did not start: {errors.read_text()[-2000:]}") from None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def wait_until_listening(port: int, process: subprocess.Popen, deadline_s: float = 30.0) -> None:
    """Until the child accepts connections on the loopback port; fails if it exits or time runs out."""
    ends_at = time.monotonic() + deadline_s
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > ends_at or process.poll() is not None:
                raise AssertionError("the HTTP server did not start") from None
            await anyio.sleep(0.1)
