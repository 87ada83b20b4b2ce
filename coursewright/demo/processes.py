"""The demo's processes: the server it talks to over stdio, and the sandbox it starts for a remote
platform on a free loopback port (also the end-to-end tests' bounded sandbox start).
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from mcp import StdioServerParameters

from coursewright.demo.flow import DemoFailed


def server_parameters(out: Path, data_dir: Path) -> StdioServerParameters:
    env = {
        "COURSEWRIGHT_DATA_DIR": str(data_dir),
        "COURSEWRIGHT_ARCHIVE_DIR": str(out),
        "COURSEWRIGHT_DEFAULT_PROVIDER": "local",
        "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
    }
    return StdioServerParameters(command=sys.executable, args=["-m", "coursewright", "serve"], env=env)


def read_environment(stream: IO[str], names: set[str], deadline_s: float) -> dict[str, str]:
    """The `NAME=value` lines a sandbox prints, read until all `names` came, the stream ended or time ran out.

    A thread pumps the lines (portable, unlike selecting on a pipe) and keeps draining the
    stream afterwards, so the child never blocks on a full pipe.
    """
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, name="sandbox-stdout", daemon=True).start()
    found: dict[str, str] = {}
    ends_at = time.monotonic() + deadline_s
    while not names <= found.keys():
        try:
            line = lines.get(timeout=max(0.0, ends_at - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            break
        name, sep, value = line.strip().partition("=")
        if sep:
            found[name] = value
    return found


@contextmanager
def sandbox_process(
    time_scale: float = 0.01,
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    stderr: IO[str] | int = subprocess.DEVNULL,
    deadline_s: float = 30.0,
) -> Iterator[dict[str, str]]:
    """Start `coursewright sandbox` on a free loopback port; yield its environment lines; end it by id."""
    from coursewright.sandbox.app import sandbox_environment

    expected = {name for name, _ in sandbox_environment("")}
    command = [sys.executable, "-m", "coursewright", "sandbox", "--host", "127.0.0.1", "--port", "0"]
    process = subprocess.Popen(
        [*command, "--time-scale", str(time_scale)],
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        env=env,
        cwd=cwd,
    )
    try:
        assert process.stdout is not None
        environment = read_environment(process.stdout, expected, deadline_s)
        if not expected <= environment.keys():
            raise DemoFailed("the sandbox did not start; run `coursewright sandbox` to see why")
        yield environment
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
