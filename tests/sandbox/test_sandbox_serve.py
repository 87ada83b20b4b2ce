"""`coursewright sandbox` on a real loopback socket, plus the checks it makes before serving."""

from __future__ import annotations

import os
import selectors
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2
import pytest

from coursewright.sandbox.serve import _base_url, is_loopback, run_sandbox

REPO_ROOT = Path(__file__).resolve().parents[1]
ENVIRONMENT_NAMES = 10
START_TIMEOUT_SECONDS = 15.0


def read_lines(process: subprocess.Popen, count: int, timeout: float) -> list[str]:
    """Read `count` stdout lines, failing (not hanging) if they do not arrive in time.

    Reads the raw descriptor: a buffered readline would pull several lines into its buffer
    and leave the selector waiting for data that already arrived.
    """
    received = b""
    deadline = time.monotonic() + timeout
    descriptor = process.stdout.fileno()
    with selectors.DefaultSelector() as selector:
        selector.register(descriptor, selectors.EVENT_READ)
        while received.count(b"\n") < count:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(timeout=left):
                raise AssertionError(f"the sandbox printed only {received!r} within {timeout} s")
            chunk = os.read(descriptor, 4096)
            if not chunk:
                raise AssertionError(f"the sandbox exited early: {process.stderr.read()!r}")
            received += chunk
    return received.decode().splitlines()[:count]


@pytest.mark.slow
def test_sandbox_command_prints_the_environment_then_serves_with_faults_on_loopback():
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "coursewright",
            "sandbox",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--seed",
            "3",
            "--faults",
            "iblai:drop=1;tutorflow:5xx=1@502",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
    )
    try:
        lines = read_lines(process, ENVIRONMENT_NAMES, START_TIMEOUT_SECONDS)
        values = dict(line.split("=", 1) for line in lines)
        base = values["IBLAI_BASE_URL"].removesuffix("/iblai")
        assert base.startswith("http://127.0.0.1:")
        assert values["TUTORFLOW_BASE_URL"] == f"{base}/tutorflow"
        assert values["LEARNINGSTUDIO_BASE_URL"] == f"{base}/learningstudio"
        with httpx2.Client(timeout=5.0) as client:
            index = client.get(f"{base}/")
            assert index.status_code == 200
            assert set(index.json()["emulators"]) == {"iblai", "tutorflow", "learningstudio"}
            with pytest.raises(httpx2.RemoteProtocolError):
                client.get(f"{values['IBLAI_BASE_URL']}/api/ai-mentor/orgs/sandbox-org/users/sandbox-user/")
            assert client.get(f"{values['TUTORFLOW_BASE_URL']}/v1/platform/courses").status_code == 502
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        process.stdout.close()
        stderr = process.stderr.read().decode()
        process.stderr.close()
    assert "Traceback" not in stderr  # injected drops are not logged as crashes


def test_a_bad_fault_spec_stops_before_serving_with_a_clear_message():
    with pytest.raises(SystemExit) as stopped:
        run_sandbox(host="127.0.0.1", port=0, time_scale=1.0, faults="iblai:teapot=1", seed=0)
    message = str(stopped.value)
    assert "'teapot' is not one of" in message
    assert "for example" in message


def test_a_port_in_use_stops_with_a_clear_message():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        with pytest.raises(SystemExit) as stopped:
            run_sandbox(host="127.0.0.1", port=port, time_scale=1.0, faults="", seed=0)
    assert f"port {port}" in str(stopped.value)
    assert "--port" in str(stopped.value)


def test_loopback_detection_and_urls_for_wildcard_and_ipv6_hosts():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4") and not is_loopback("example.org")
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        port = listener.getsockname()[1]
        assert _base_url("0.0.0.0", listener) == f"http://127.0.0.1:{port}"
        assert _base_url("::1", listener) == f"http://[::1]:{port}"
        assert _base_url("127.0.0.1", listener) == f"http://127.0.0.1:{port}"


def test_a_non_loopback_host_is_warned_about_on_stderr(capsys, monkeypatch):
    import uvicorn

    from coursewright.sandbox import serve

    served: list[int] = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: served.append(len(sockets)))
    # Tests keep to loopback: the wildcard host is only named, the socket really bound is 127.0.0.1.
    monkeypatch.setattr(serve, "_bind", lambda host, port: _loopback_listener())
    run_sandbox(host="0.0.0.0", port=0, time_scale=0.0, faults="", seed=0)
    captured = capsys.readouterr()
    assert served == [1]
    assert "warning: listening on 0.0.0.0" in captured.err
    assert captured.out.splitlines()[0].startswith("IBLAI_BASE_URL=http://127.0.0.1:")
    assert "warning" not in captured.out


def _loopback_listener() -> socket.socket:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    return listener
