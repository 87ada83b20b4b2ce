"""Team mode: `serve --http` with bearer tokens, and the refusal to serve an open port without them."""

import logging
import os
import subprocess
import sys

import anyio
import httpx2
import pytest
from e2e_helpers import free_port, wait_until_listening
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from pydantic import ValidationError

from coursewright.cli import http_security
from coursewright.config import Settings
from coursewright.refusals import REFUSAL, RefusalTally, install_refusal_tally
from coursewright.server import TeamTokens

ALICE = "alice-token-" + "A" * 24
STRANGERS = 20
PADDED = "b" * 30 + "=="


def test_tokens_are_named_or_numbered_and_may_carry_base64_padding():
    settings = Settings(http_tokens=f"alice:{ALICE}, {PADDED}")
    assert settings.bearer_tokens() == {ALICE: "alice", PADDED: "client-2"}
    assert ALICE in settings.secret_values() and PADDED in settings.secret_values()


def test_a_short_token_is_refused_with_how_to_make_a_good_one():
    with pytest.raises(ValidationError, match="at least 24 characters.*token_urlsafe"):
        Settings(http_tokens="bob:short")


@pytest.mark.anyio
async def test_only_a_configured_token_is_accepted_and_it_carries_its_name():
    verifier = TeamTokens({ALICE: "alice"})
    accepted = await verifier.verify_token(ALICE)
    assert accepted is not None and accepted.client_id == "alice"
    assert await verifier.verify_token(ALICE + "x") is None
    assert await verifier.verify_token("") is None


def test_loopback_needs_no_tokens_and_keeps_the_sdk_protection():
    assert http_security(Settings(), "127.0.0.1") is None


def test_an_open_host_without_tokens_is_refused_before_serving():
    with pytest.raises(SystemExit, match="COURSEWRIGHT_HTTP_TOKENS"):
        http_security(Settings(), "0.0.0.0")


def test_an_open_host_needs_the_host_names_for_the_rebinding_check():
    with pytest.raises(SystemExit, match="COURSEWRIGHT_HTTP_ALLOWED_HOSTS"):
        http_security(Settings(http_tokens=ALICE), "0.0.0.0")
    security = http_security(
        Settings(http_tokens=ALICE, http_allowed_hosts="courses.example.org:8000"), "0.0.0.0"
    )
    assert security.enable_dns_rebinding_protection and security.allowed_hosts == ["courses.example.org:8000"]


@pytest.mark.slow
@pytest.mark.anyio
async def test_http_server_with_tokens_refuses_strangers_and_serves_members(tmp_path):
    port = free_port()
    env = {
        "PATH": "",
        # The package under test, also when it is a worktree ahead of the installed one.
        "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        "COURSEWRIGHT_DATA_DIR": str(tmp_path / "data"),
        "COURSEWRIGHT_HTTP_TOKENS": f"alice:{ALICE}",
        "COURSEWRIGHT_LOG_LEVEL": "INFO",
    }
    errlog = (tmp_path / "stderr.txt").open("w+")
    command = [sys.executable, "-m", "coursewright", "serve", "--http", "--port", str(port)]
    process = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=errlog)
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        await wait_until_listening(port, process)
        with anyio.fail_after(30):
            async with httpx2.AsyncClient() as http:
                anonymous = await http.post(url, json={})
                stranger = await http.post(url, json={}, headers={"Authorization": "Bearer " + "z" * 30})
                for attempt in range(STRANGERS):
                    await http.post(url, json={}, headers={"Authorization": f"Bearer {attempt:030d}"})
            member = httpx2.AsyncClient(headers={"Authorization": f"Bearer {ALICE}"})
            async with member, Client(streamable_http_client(url, http_client=member)) as client:
                names = [tool.name for tool in (await client.list_tools()).tools]
    finally:
        process.terminate()
        process.wait(timeout=10)
    errlog.seek(0)
    assert anonymous.status_code == 401 and stranger.status_code == 401
    assert "check_brief" in names
    log = errlog.read()
    assert ALICE not in log
    # One line for the first refusal, then one summary at shutdown: not a line per stranger.
    assert log.count("unknown bearer token") == 2, log
    assert f"refused {STRANGERS} more HTTP request(s)" in log


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_refused_requests_are_counted_and_summarised_not_logged_one_by_one(caplog):
    clock = Clock()
    remove = install_refusal_tally(RefusalTally(window_s=60, clock=clock))
    security_log = logging.getLogger("mcp.server.transport_security")
    ours = logging.getLogger("coursewright.server")
    try:
        with caplog.at_level(logging.INFO):
            for attempt in range(50):
                security_log.warning("Invalid Host header: evil-%d.example", attempt)
                ours.warning("refused a request", extra={REFUSAL: "unknown bearer token"})
            ours.info("served a member")
            first = [r.getMessage() for r in caplog.records]
            clock.now = 61
            security_log.warning("Invalid Origin header: http://evil.example")
            second = [r.getMessage() for r in caplog.records][len(first) :]
            ours.warning("refused a request", extra={REFUSAL: "unknown bearer token"})
    finally:
        remove()
    summaries = [r.getMessage() for r in caplog.records if "more HTTP request" in r.getMessage()]
    assert len(first) == 2 and "evil-0" in first[0] and first[1] == "served a member"
    assert (
        second[0]
        == "refused 99 more HTTP request(s) in 61 s: 50 unknown bearer token, 49 Invalid Host header"
    )
    assert "Invalid Origin header" in second[1]
    # The last one was counted, and summarised when the tally was removed (at shutdown).
    assert summaries[-1] == "refused 1 more HTTP request(s) in 0 s: 1 unknown bearer token"
