"""Real processes for end-to-end tests: `coursewright sandbox` on a loopback port of the system's choosing.

`coursewright.demo.sandbox_process` starts the same command for the demo, but waits on its output
without a limit; a test must give up and end the process instead.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: The last of the environment lines `coursewright sandbox` prints, once its socket listens.
LAST_LINE_NAME = "LEARNINGSTUDIO_API_KEY"


def _environment_lines(process: subprocess.Popen[bytes], deadline_s: float) -> dict[str, str]:
    """The `NAME=value` lines the sandbox prints on stdout, read until the last one or the deadline.

    Raw reads on the descriptor: a buffered reader would pull several lines in at once and leave
    the selector nothing to report for the ones it holds.
    """
    assert process.stdout is not None
    descriptor = process.stdout.fileno()
    found: dict[str, str] = {}
    pending = b""
    ends_at = time.monotonic() + deadline_s
    with selectors.DefaultSelector() as selector:
        selector.register(descriptor, selectors.EVENT_READ)
        while LAST_LINE_NAME not in found:
            remaining = ends_at - time.monotonic()
            if remaining <= 0 or not selector.select(timeout=remaining):
                break
            chunk = os.read(descriptor, 4096)
            if not chunk:  # the process ended before printing everything
                break
            *lines, pending = (pending + chunk).split(b"\n")
            for line in lines:
                name, sep, value = line.decode().strip().partition("=")
                if sep:
                    found[name] = value
    return found


@contextmanager
def sandbox_process(
    env: dict[str, str], cwd: Path, *, time_scale: float = 0.01, deadline_s: float = 30.0
) -> Iterator[dict[str, str]]:
    """Start `coursewright sandbox --host 127.0.0.1 --port 0`; yield its environment lines; end it by id.

    Its stderr goes to `cwd/sandbox-stderr.txt`, quoted when it fails to start.
    """
    errors = cwd / "sandbox-stderr.txt"
    command = [
        sys.executable,
        "-m",
        "coursewright",
        "sandbox",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--time-scale",
        str(time_scale),
    ]
    with errors.open("w") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, env=env, cwd=cwd)
        try:
            environment = _environment_lines(process, deadline_s)
            if LAST_LINE_NAME not in environment:
                raise AssertionError(f"the sandbox did not start: {errors.read_text()[-2000:]}")
            yield environment
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
            if process.stdout is not None:
                process.stdout.close()
