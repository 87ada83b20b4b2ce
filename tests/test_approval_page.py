"""The human-only approval page through the real MCP client: the human answers on the page,
the model only ever sees the outcome (never the link, never a token)."""

from __future__ import annotations

import html
import json
import os
import re
from typing import Any

import httpx2
import pytest
from approval_helpers import answer_page, open_page, origin_of
from mcp import Client
from mcp.types import CallToolResult, ElicitResult
from mcp_helpers import blocks_by_title, call, example, reviewed_course, text_of
from time_fakes import FakeClock

from coursewright.config import Settings
from coursewright.server import build_server


class PageHuman:
    """A client that opens approval pages; `act` plays the human once the page is open."""

    def __init__(self, act) -> None:
        self.act = act
        self.urls: list[str] = []
        self.forms: list[str] = []
        self.completed = 0

    async def elicit(self, context: Any, params: Any) -> ElicitResult:
        if getattr(params, "mode", "form") != "url":
            return ElicitResult(action="accept", content={"confirm": True})
        self.urls.append(params.url)
        page = await open_page(params.url)
        self.forms.extend(re.findall(r"name='csrf' value='([^']+)'", page.text))
        return await self.act(params.url, page)


def _approve(approve: bool = True):
    async def act(url, page):
        response = await answer_page(url, approve)
        assert response.status_code == 200
        return ElicitResult(action="accept")

    return act


def _model_side(result: CallToolResult) -> str:
    return text_of(result) + json.dumps(result.structured_content or {})


def assert_no_secret(seen: str, human: PageHuman) -> None:
    assert "/approve/" not in seen and "127.0.0.1" not in seen
    for url in human.urls:
        assert url.rsplit("/", 1)[1] not in seen
    for csrf in human.forms:
        assert csrf not in seen
    assert "token" not in seen.lower() or '"confirmation_required": null' in seen


def _server(clock=None):
    return build_server(Settings(), clock=clock) if clock else build_server(Settings())


@pytest.mark.anyio
async def test_an_approval_on_the_page_publishes_and_the_model_sees_only_the_outcome():
    human = PageHuman(_approve())
    async with Client(_server(), mode="legacy", elicitation_callback=human.elicit) as client:
        course_id = await reviewed_course(client)
        result = await client.call_tool("publish", {"course_id": course_id})
    assert not result.is_error and result.structured_content["published"] is True
    assert len(human.urls) == 1 and human.urls[0].startswith("http://127.0.0.1:")
    assert_no_secret(_model_side(result), human)


@pytest.mark.anyio
async def test_a_decline_on_the_page_publishes_nothing():
    human = PageHuman(_approve(False))
    async with Client(_server(), mode="legacy", elicitation_callback=human.elicit) as client:
        course_id = await reviewed_course(client)
        result = await client.call_tool("publish", {"course_id": course_id})
        course = await call(client, "get_course", course_id=course_id)
    assert result.is_error and "declined it on the approval page" in text_of(result)
    assert course["status"] != "published"
    assert_no_secret(_model_side(result), human)


@pytest.mark.anyio
async def test_refusing_to_open_the_page_publishes_nothing_and_the_link_stops_working():
    async def refuse(url, page):
        return ElicitResult(action="decline")

    human = PageHuman(refuse)
    async with Client(_server(), mode="legacy", elicitation_callback=human.elicit) as client:
        course_id = await reviewed_course(client)
        result = await client.call_tool("publish", {"course_id": course_id})
        late = await answer_page(human.urls[0], True)
        course = await call(client, "get_course", course_id=course_id)
    assert result.is_error and "declined opening the approval page" in text_of(result)
    assert late.status_code == 409 and course["status"] != "published"


@pytest.mark.anyio
async def test_an_expired_link_is_refused_by_the_page_and_the_act_does_not_happen():
    clock = FakeClock()

    async def late(url, page):
        clock.advance(10_000)
        response = await answer_page(url, True)
        assert response.status_code == 410 and "expired" in response.text
        return ElicitResult(action="accept")

    human = PageHuman(late)
    async with Client(_server(clock), mode="legacy", elicitation_callback=human.elicit) as client:
        course_id = await reviewed_course(client)
        result = await client.call_tool("publish", {"course_id": course_id})
    assert result.is_error and "expired before the user answered" in text_of(result)
    assert_no_secret(_model_side(result), human)


@pytest.mark.anyio
async def test_a_second_click_and_a_foreign_origin_change_nothing():
    async def act(url, page):
        foreign = await answer_page(url, False, origin="http://evil.example")
        assert foreign.status_code == 403
        first = await answer_page(url, True)
        second = await answer_page(url, False)
        assert first.status_code == 200 and second.status_code == 409
        assert "already approved" in second.text
        return ElicitResult(action="accept")

    human = PageHuman(act)
    async with Client(_server(), mode="legacy", elicitation_callback=human.elicit) as client:
        course_id = await reviewed_course(client)
        result = await client.call_tool("publish", {"course_id": course_id})
    assert result.structured_content["published"] is True


@pytest.mark.anyio
async def test_the_page_shows_the_summary_review_and_the_units_text_under_a_strict_policy():
    async def inspect(url, page):
        inspect.page = page
        return await _approve()(url, page)

    human = PageHuman(inspect)
    async with Client(_server(), mode="legacy", elicitation_callback=human.elicit) as client:
        course_id = await reviewed_course(client)
        course = await call(client, "get_course", course_id=course_id, include_content=True)
        await client.call_tool("publish", {"course_id": course_id})
    page = inspect.page
    unit = blocks_by_title(course["root"])["Installing Python"]
    assert "Installing Python" in page.text and "Review clean" in page.text
    sentence = re.search(r"<p>([^<]{12,})<", unit["children"][0]["content"]).group(1)
    assert sentence in page.text
    policy = page.headers["content-security-policy"]
    assert (
        "default-src 'none'" in policy
        and "form-action 'self'" in policy
        and "frame-ancestors 'none'" in policy
    )
    assert "<script" not in page.text and "http" not in re.sub(
        r"action='[^']*'", "", page.text.split("<body>")[0]
    )
    assert page.headers["referrer-policy"] == "same-origin" and page.headers["cache-control"] == "no-store"


@pytest.mark.anyio
async def test_a_2026_session_is_asked_with_a_form_not_a_page():
    human = PageHuman(_approve())
    async with Client(_server(), mode="auto", elicitation_callback=human.elicit) as client:
        course_id = await reviewed_course(client)
        result = await client.call_tool("publish", {"course_id": course_id})
    assert result.structured_content["published"] is True and not human.urls


@pytest.mark.anyio
async def test_a_wrong_host_header_does_not_get_the_page():
    async def act(url, page):
        from httpx2 import AsyncClient

        async with AsyncClient(timeout=10) as http:
            wrong = await http.get(url, headers={"Host": "attacker.example"})
        assert wrong.status_code == 421 and "csrf" not in wrong.text
        return await _approve()(url, page)

    human = PageHuman(act)
    async with Client(_server(), mode="legacy", elicitation_callback=human.elicit) as client:
        course_id = await reviewed_course(client)
        result = await client.call_tool("publish", {"course_id": course_id})
    assert result.structured_content["published"] is True
    assert origin_of(human.urls[0]).startswith("http://127.0.0.1:")


def test_team_mode_off_loopback_requires_elicitation_unless_the_administrator_said_otherwise(monkeypatch):
    from coursewright.cli import team_defaults

    assert team_defaults(Settings(), "0.0.0.0").require_elicitation is True
    assert team_defaults(Settings(), "127.0.0.1").require_elicitation is False
    monkeypatch.setenv("COURSEWRIGHT_REQUIRE_ELICITATION", "0")
    assert team_defaults(Settings(), "0.0.0.0").require_elicitation is False


@pytest.mark.slow
@pytest.mark.anyio
async def test_over_http_the_page_is_served_by_the_servers_own_app(tmp_path):
    import subprocess
    import sys

    import anyio
    from e2e_helpers import free_port, wait_until_listening
    from mcp.client.streamable_http import streamable_http_client

    port = free_port()
    env = {"PATH": "", "COURSEWRIGHT_DATA_DIR": str(tmp_path / "data")}
    # The package under test, also when it is a work tree on PYTHONPATH rather than the installed one.
    env.update({k: v for k, v in os.environ.items() if k == "PYTHONPATH"})
    command = [sys.executable, "-m", "coursewright", "serve", "--http", "--port", str(port)]
    process = subprocess.Popen(
        command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    human = PageHuman(_approve())
    try:
        await wait_until_listening(port, process)
        with anyio.fail_after(60):
            transport = streamable_http_client(f"http://127.0.0.1:{port}/mcp")
            async with Client(transport, mode="legacy", elicitation_callback=human.elicit) as client:
                course_id = await reviewed_course(client)
                result = await client.call_tool("publish", {"course_id": course_id})
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert human.urls and human.urls[0].startswith(f"http://127.0.0.1:{port}/approve/")
    assert result.structured_content["published"] is True
    assert_no_secret(_model_side(result), human)


@pytest.mark.anyio
async def test_a_spend_on_the_page_shows_the_amount_and_the_running_total(tmp_path):
    from test_spend_approvals import _task_with_course, sandboxed, tutorflow_requests

    costs: list[str] = []
    briefs: list[str] = []

    async def read_cost(url, page):
        costs.extend(re.findall(r"<div class='box' id='cost'>([^<]*)</div>", page.text))
        briefs.extend(re.findall(r"id='brief'>([^<]*)</div>", page.text))
        return await _approve()(url, page)

    human = PageHuman(read_cost)
    server, emulators = sandboxed(tmp_path)
    async with Client(server, mode="legacy", elicitation_callback=human.elicit) as client:
        task_id = await _task_with_course(client, "tutorflow")
        result = await client.call_tool("generate_outline", {"task_id": task_id, "regenerate": True})
    assert not result.is_error and len(human.urls) == 2 and tutorflow_requests(emulators) == 2
    assert "$0.25" in costs[0] and "Nothing has been approved for this task yet" in costs[0]
    assert "already been approved for $0.25 (1 approval)" in costs[1]
    # Both the create and the regenerate show the brief the course is built from.
    name = html.escape(example()["brief"]["name"], quote=True)
    assert len(briefs) == 2 and all(brief.startswith(name) for brief in briefs)
    assert_no_secret(_model_side(result), human)


@pytest.mark.anyio
async def test_a_section_delete_on_the_page_shows_the_course_and_deletes_only_after_approval():
    pages: list[str] = []

    async def read_then_decide(url, page):
        pages.append(page.text)
        return await _approve(approve=len(pages) > 1)(url, page)

    human = PageHuman(read_then_decide)
    async with Client(_server(), mode="legacy", elicitation_callback=human.elicit) as client:
        course_id = await reviewed_course(client)
        course = await call(client, "get_course", course_id=course_id)
        section = blocks_by_title(course["root"])["Getting Started"]
        arguments = {"course_id": course_id, "action": "delete", "block_id": section["id"]}
        declined = await client.call_tool("edit_xblock", arguments)
        kept = await call(client, "get_course", course_id=course_id)
        approved = await client.call_tool("edit_xblock", arguments)
        after = await call(client, "get_course", course_id=course_id)
    assert declined.is_error and "Getting Started" in blocks_by_title(kept["root"])
    assert not approved.is_error and "Getting Started" not in blocks_by_title(after["root"])
    assert "Delete the section" in pages[0] and "Installing Python" in pages[0] and "id='preview'" in pages[0]
    for result in (declined, approved):
        assert_no_secret(_model_side(result), human)


@pytest.mark.anyio
async def test_a_call_the_client_abandons_closes_its_page():
    import anyio

    opened = anyio.Event()

    async def open_only(url, page):
        opened.set()
        return ElicitResult(action="accept")

    human = PageHuman(open_only)
    async with Client(_server(), mode="legacy", elicitation_callback=human.elicit) as client:
        course_id = await reviewed_course(client)
        with anyio.CancelScope() as abandon:
            async with anyio.create_task_group() as group:
                group.start_soon(client.call_tool, "publish", {"course_id": course_id})
                await opened.wait()
                abandon.cancel()
        # Each page request lets the server run on; the closing is bounded in attempts, not in time.
        statuses = []
        for _ in range(50):
            statuses.append((await open_page(human.urls[0])).status_code)
            if statuses[-1] != 200:
                break
        late = await answer_page(human.urls[0], True)
        course = await call(client, "get_course", course_id=course_id)
    assert statuses[-1] == 410 and late.status_code == 410
    assert course["status"] != "published"


@pytest.mark.slow
@pytest.mark.anyio
async def test_over_stdio_the_page_is_served_on_a_loopback_listener_the_server_starts(tmp_path):
    import sys

    import anyio
    from mcp import StdioServerParameters
    from mcp.client.stdio import stdio_client
    from test_end_to_end import child_env

    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "coursewright", "serve"],
        env=child_env(tmp_path),
        cwd=str(tmp_path),
    )
    human = PageHuman(_approve())
    with (tmp_path / "server-stderr.txt").open("w+") as errlog, anyio.fail_after(60):
        async with Client(
            stdio_client(params, errlog=errlog), mode="legacy", elicitation_callback=human.elicit
        ) as client:
            course_id = await reviewed_course(client)
            result = await client.call_tool("publish", {"course_id": course_id})
            # The listener serves approval pages only.
            async with httpx2.AsyncClient(timeout=10) as http:
                other = await http.get(origin_of(human.urls[0]) + "/mcp")
    assert human.urls[0].startswith("http://127.0.0.1:") and "/approve/" in human.urls[0]
    assert result.structured_content["published"] is True and other.status_code == 404
    assert_no_secret(_model_side(result), human)


def test_doctor_says_how_long_approval_links_last_and_where_they_are_served(monkeypatch, capsys):
    from coursewright.cli import main

    monkeypatch.setenv("COURSEWRIGHT_APPROVAL_TTL_S", "120")
    monkeypatch.setenv("COURSEWRIGHT_PUBLIC_URL", "https://courses.example.org")
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "links valid 120 s" in out and "/approve/ at https://courses.example.org" in out
