"""The local provider's generator against the sandbox's OpenAI-compatible endpoint, in process.

Through the real MCP client: an outline from the stored brief, drafting every empty unit, the
checks and their single retry, and the key kept out of everything the agent sees. The emulator
runs at time scale 0 (no waiting) unless a test counts concurrent requests.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import anyio
import httpx2
import pytest
from mcp_helpers import all_blocks, call, connect, example, fail

from coursewright.capa import is_blank_html, problem_issues
from coursewright.config import Settings
from coursewright.errors import GenerationUnavailable, NotConfigured
from coursewright.model import Brief, TaskOptions
from coursewright.providers.base import no_progress
from coursewright.providers.http import RetryPolicy
from coursewright.providers.local.adapter import LocalProvider
from coursewright.providers.local.checks import strip_fences
from coursewright.providers.local.generate import LlmGenerator
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import FaultSpec, SandboxConfig
from coursewright.server import build_server

BASE_URL = "http://sandbox/llm/v1"
MODEL = "sandbox-model"
KEY = "sk-sandbox-generator-7f3a9c1e5b2d4f6a"
NOT_JSON = "Sure! Here is your outline: {sections: [oops"


def sandbox(**config: Any):
    return build_sandbox_app(SandboxConfig(time_scale=0.0, **config))


def server_for(app, *, key: str | None = KEY, model: str = MODEL, sleep=None):
    settings = Settings(llm_base_url=BASE_URL, llm_model=model, llm_api_key=key)
    extra = {"sleep": sleep} if sleep else {}
    return build_server(settings, transports={"llm": httpx2.ASGITransport(app=app)}, **extra)


def generator_for(app, *, key: str | None = KEY) -> LlmGenerator:
    return LlmGenerator(
        base_url=BASE_URL,
        model=MODEL,
        api_key=key,
        transport=httpx2.ASGITransport(app=app),
        retry=RetryPolicy.never(),
    )


async def outlined(client) -> tuple[str, dict[str, Any]]:
    task = await call(client, "create_task", **example()["brief"], provider="local")
    outline = await call(client, "generate_outline", task_id=task["task_id"])
    return outline["course_id"], outline["tree"]


def units_of(tree: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for b in all_blocks(tree) if b["type"] == "unit"]


def unit_filled(unit: dict[str, Any]) -> bool:
    children = unit.get("children", [])
    return bool(children) and all(
        not is_blank_html(c.get("content")) if c["type"] == "html" else bool((c.get("content") or "").strip())
        for c in children
    )


# -- the outline -----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_generate_outline_without_an_outline_builds_one_from_the_stored_brief():
    app = sandbox()
    async with connect(server=server_for(app)) as (client, _):
        _, tree = await outlined(client)
    sections = [b for b in tree["children"] if b["type"] == "section"]
    assert len(sections) == example()["brief"]["desired_number_of_sections"] == 3
    assert all("Python for Data Analysts" in s["display_name"] for s in sections)  # drawn from the brief
    assert all(s["children"] and all(sub["children"] for sub in s["children"]) for s in sections)
    kinds = {unit["display_name"]: len(unit["children"]) for unit in units_of(tree)}
    assert kinds and not any(kinds.values())  # an outline only: no content yet
    [asked] = list(app.state.llm.calls)
    assert asked.ask == "outline" and asked.json_mode and asked.model == MODEL


@pytest.mark.anyio
@pytest.mark.parametrize("sections", [4, 6])
async def test_the_outline_has_exactly_the_number_of_sections_asked_for(sections):
    generator = generator_for(sandbox())
    try:
        outline = await generator.outline(Brief(**example()["brief"]), sections)
    finally:
        await generator.aclose()
    assert len(outline) == sections
    total = sum(len(sub.units) for section in outline for sub in section.subsections)
    assert 11 / 2 <= total <= 11 * 2  # the brief asks for about 11 units; within the review's tolerance


@pytest.mark.anyio
async def test_a_malformed_outline_answer_is_retried_once_with_the_problem_fed_back():
    app = sandbox()
    app.state.llm.script(NOT_JSON)
    async with connect(server=server_for(app)) as (client, _):
        _, tree = await outlined(client)
    assert len([b for b in tree["children"] if b["type"] == "section"]) == 3
    first, retry = list(app.state.llm.calls)
    assert (first.messages, retry.messages) == (2, 4)  # the retry carries the answer and what was wrong


@pytest.mark.anyio
async def test_an_outline_with_the_wrong_number_of_sections_is_sent_back_and_corrected():
    app = sandbox()
    wrong = {
        "sections": [{"title": "Only", "subsections": [{"title": "Part", "units": [{"title": "Unit"}]}]}]
    }
    app.state.llm.script(json.dumps(wrong))
    generator = generator_for(app)
    try:
        outline = await generator.outline(Brief(**example()["brief"]), 3)
    finally:
        await generator.aclose()
    assert len(outline) == 3 and len(app.state.llm.calls) == 2


@pytest.mark.anyio
async def test_two_malformed_outline_answers_are_reported_without_quoting_them_and_create_nothing():
    app = sandbox()
    app.state.llm.script(NOT_JSON, '{"sections": [{"title": ""}]}')
    async with connect(server=server_for(app)) as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="local")
        text = await fail(client, "generate_outline", task_id=task["task_id"])
        courses = await call(client, "list_courses", provider="local")
    assert "Pass the outline yourself" in text and '"subsections"' in text
    assert "sections[0]" in text  # what was wrong, as a field path
    assert NOT_JSON not in text and "oops" not in text
    assert len(app.state.llm.calls) == 2
    assert courses["courses"] == []


# -- drafting --------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_draft_content_fills_every_empty_unit_and_the_review_then_passes():
    app = sandbox()
    async with connect(server=server_for(app)) as (client, recorder):
        course_id, tree = await outlined(client)
        units = units_of(tree)
        result = await call(client, "draft_content", recorder, course_id=course_id)
        course = await call(client, "get_course", course_id=course_id, include_content=True)
        review = await call(client, "review_course", course_id=course_id)
        ready = await call(client, "poll_until_ready", target_id=course_id, until="content", timeout_s=5)
    assert sorted(result["drafted"]) == sorted(u["id"] for u in units) and result["started"] is False
    assert review["ok"], review["blocking"]
    assert ready["ready"] is True
    drafted_units = units_of(course["root"])
    assert all(unit_filled(u) for u in drafted_units)
    problems = [c for u in drafted_units for c in u["children"] if c["type"] == "problem"]
    assert problems and all(problem_issues(p["content"]) == [] for p in problems)
    assert not any("```" in c["content"] for u in drafted_units for c in u["children"])  # fences stripped
    assert recorder.progress[-1][:2] == (len(units), len(units))
    assert len(recorder.progress) == len(units) + 1  # the start, then one report per unit


@pytest.mark.anyio
async def test_drafting_skips_filled_units_unless_redraft_is_asked_for():
    app = sandbox()
    async with connect(server=server_for(app)) as (client, _):
        course_id, tree = await outlined(client)
        await call(client, "draft_content", course_id=course_id)
        again = await call(client, "draft_content", course_id=course_id)
        first = units_of(tree)[0]["id"]
        redone = await call(client, "draft_content", course_id=course_id, unit_ids=[first], redraft=True)
    assert again["drafted"] == [] and len(again["skipped"]) == len(units_of(tree))
    assert "redraft" in again["detail"]
    assert redone["drafted"] == [first]


@pytest.mark.anyio
async def test_defective_first_drafts_are_repaired_by_the_single_retry():
    app = sandbox(faults=FaultSpec.parse("*:defect-leak=1,defect-problem=1"))
    async with connect(server=server_for(app)) as (client, _):
        course_id, tree = await outlined(client)
        result = await call(client, "draft_content", course_id=course_id)
        review = await call(client, "review_course", course_id=course_id)
    units = units_of(tree)
    assert len(result["drafted"]) == len(units)
    assert review["ok"], review["blocking"]
    unit_calls = [c for c in app.state.llm.calls if c.ask in ("html", "problem")]
    assert len(unit_calls) == 2 * len(units)


@pytest.mark.anyio
async def test_a_unit_whose_two_drafts_fail_stays_empty_and_is_reported():
    app = sandbox()
    bad = ("<script>alert('x')</script>", "As an AI language model, I cannot write this lesson.", "<p></p>")
    async with connect(server=server_for(app)) as (client, _):
        course_id, tree = await outlined(client)
        html_units = [sub["children"][0]["id"] for s in tree["children"] for sub in s["children"]][:2]
        app.state.llm.script(*bad)  # both first drafts fail, and one of the two retries
        result = await call(client, "draft_content", course_id=course_id, unit_ids=html_units)
        course = await call(client, "get_course", course_id=course_id, include_content=True)
        review = await call(client, "review_course", course_id=course_id)
    assert len(result["drafted"]) == 1
    [failed] = [u for u in html_units if u not in result["drafted"]]
    assert "Could not draft 1" in result["detail"] and failed in result["detail"]
    assert result["failed"] == [failed]
    assert "edit_xblock" in result["detail"]
    assert not any(text in result["detail"] for text in ("alert", "I cannot write", "<p></p>"))
    assert not unit_filled(next(u for u in units_of(course["root"]) if u["id"] == failed))
    assert failed in {f["block_id"] for f in review["blocking"] if f["code"] == "empty_unit"}


@pytest.mark.anyio
async def test_when_no_unit_can_be_drafted_the_call_fails_with_what_to_do():
    app = sandbox()
    async with connect(server=server_for(app)) as (client, _):
        course_id, tree = await outlined(client)
        app.state.llm.script("   ", "```html\n<p>&nbsp;</p>\n```")
        text = await fail(client, "draft_content", course_id=course_id, unit_ids=[units_of(tree)[0]["id"]])
    assert "could be drafted" in text and "edit_xblock" in text


@pytest.mark.anyio
async def test_units_are_drafted_at_most_three_at_a_time():
    in_flight = {"now": 0, "most": 0}

    async def counting_sleep(seconds: float) -> None:
        in_flight["now"] += 1
        in_flight["most"] = max(in_flight["most"], in_flight["now"])
        for _ in range(10):
            await anyio.sleep(0)
        in_flight["now"] -= 1

    app = build_sandbox_app(SandboxConfig(time_scale=1.0, sleep=counting_sleep))
    async with connect(server=server_for(app)) as (client, _):
        course_id, tree = await outlined(client)
        result = await call(client, "draft_content", course_id=course_id)
    assert len(result["drafted"]) == len(units_of(tree)) > 3
    assert in_flight["most"] == 3


# -- keys, faults, configuration -------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_key_is_sent_as_a_bearer_token_and_appears_in_no_output(caplog):
    caplog.set_level(logging.DEBUG)
    recorded_sleeps: list[float] = []

    async def record_sleep(seconds: float) -> None:
        recorded_sleeps.append(seconds)

    # Seed 3: the first request to the llm meets an injected 503, so a retry is logged too.
    app = sandbox(seed=3, faults=FaultSpec.parse("llm:5xx=0.5"))
    seen: list[str] = []
    async with connect(server=server_for(app, sleep=record_sleep)) as (client, recorder):
        course_id, tree = await outlined(client)
        seen.append(json.dumps(tree))
        seen.append(json.dumps(await call(client, "draft_content", recorder, course_id=course_id)))
        seen.append(json.dumps(await call(client, "get_course", course_id=course_id, include_content=True)))
    async with connect(server=server_for(sandbox(), model="no-such-model")) as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="local")
        missing_model = await fail(client, "generate_outline", task_id=task["task_id"])
    seen += [missing_model, caplog.text] + [str(p) for p in recorder.progress]
    assert recorded_sleeps  # the injected 503 was retried
    assert all(c.authorization == f"Bearer {KEY}" for c in app.state.llm.calls)
    assert "COURSEWRIGHT_LLM_MODEL" in missing_model and "no-such-model" in missing_model
    assert not any(KEY in text for text in seen)


@pytest.mark.anyio
async def test_without_a_key_no_authorization_header_is_sent():
    app = sandbox()
    async with connect(server=server_for(app, key=None)) as (client, _):
        await outlined(client)
    assert [c.authorization for c in app.state.llm.calls] == [None]


@pytest.mark.anyio
async def test_without_configuration_local_says_how_to_enable_generation(tmp_path):
    provider = LocalProvider(tmp_path / "data")
    task = await provider.create_task(Brief(**example()["brief"]), TaskOptions())
    with pytest.raises(GenerationUnavailable) as outline_error:
        await provider.generate_outline(task.task_id.split(":")[1], None, False)
    assert "COURSEWRIGHT_LLM_BASE_URL" in str(outline_error.value) and '"units"' in str(outline_error.value)
    assert provider.capabilities.draft_all is False and provider.capabilities.draft_units is False
    generating = LocalProvider(tmp_path / "data", generator=generator_for(sandbox()))
    assert generating.capabilities.draft_all is True and generating.capabilities.draft_units is True
    assert LocalProvider(tmp_path / "data").capabilities.draft_all is False  # per instance, not shared
    await generating.aclose()
    assert generating.generator is not None and generating.generator.http._client.is_closed


@pytest.mark.anyio
async def test_draft_content_without_configuration_names_the_settings(tmp_path):
    provider = LocalProvider(tmp_path / "data")
    task = await provider.create_task(Brief(**example()["brief"]), TaskOptions())
    outline = LocalProvider(tmp_path / "data", generator=generator_for(sandbox()))
    course = await outline.generate_outline(task.task_id.split(":")[1], None, False)
    await outline.aclose()
    with pytest.raises(GenerationUnavailable) as caught:
        await provider.draft_content(course.course_id.split(":")[1], None, False, no_progress)
    assert "COURSEWRIGHT_LLM_MODEL" in str(caught.value) and "edit_xblock" in str(caught.value)


@pytest.mark.anyio
async def test_an_unknown_model_is_a_configuration_error():
    generator = generator_for(sandbox())
    generator.model = "no-such-model"
    try:
        with pytest.raises(NotConfigured, match="COURSEWRIGHT_LLM_MODEL"):
            await generator.outline(Brief(**example()["brief"]), 3)
    finally:
        await generator.aclose()


def test_code_fences_around_an_answer_are_removed():
    assert strip_fences("```html\n<h2>A</h2>\n```") == "<h2>A</h2>"
    assert strip_fences("```\n{}\n```\n") == "{}"
    assert strip_fences("<p>no fence</p>") == "<p>no fence</p>"


@pytest.mark.anyio
async def test_the_sandbox_endpoint_lists_its_model_and_answers_openai_shapes():
    async with httpx2.AsyncClient(
        transport=httpx2.ASGITransport(app=sandbox()), base_url="http://sandbox"
    ) as client:
        models = (await client.get("/llm/v1/models")).json()
        unknown = await client.post("/llm/v1/chat/completions", json={"model": "x", "messages": []})
        page = await client.post(
            "/llm/v1/chat/completions",
            json={
                "model": MODEL,
                "messages": [
                    {"role": "system", "content": "[coursewright:unit:html] write"},
                    {"role": "user", "content": json.dumps({"course": "C", "unit": "Loops"})},
                ],
            },
        )
    assert [m["id"] for m in models["data"]] == [MODEL]
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "model_not_found"
    answer = page.json()["choices"][0]
    assert answer["finish_reason"] == "stop" and "<h2>Loops</h2>" in answer["message"]["content"]
