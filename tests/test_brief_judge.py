"""The optional model judge (COURSEWRIGHT_BRIEF_JUDGE=1 with COURSEWRIGHT_LLM_*): it may move a
field between vague and met with its reason, never a missing one, through the real MCP client
against the sandbox's OpenAI-compatible endpoint."""

import json

import httpx2
import pytest
from mcp_helpers import MODES, call, connect

from coursewright.config import Settings
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import SandboxConfig
from coursewright.server import build_server

# Every field met: ready by the rules alone.
ALL_MET = {
    "name": "Sourdough at Home",
    "description": (
        "A course in baking sourdough at home: feeding a starter, shaping and scoring. Not covered: enriched "
        "doughs and commercial ovens. By the end learners can keep a starter alive, shape a country loaf, score "
        "it and read the crumb of a bake. Bake-along videos and a troubleshooting checklist. Five weekends."
    ),
    "target_audience": "Home cooks who bake yeasted bread but have never kept a starter; plain English; one Saturday morning a week.",
    "desired_number_of_sections": 5,
}
# Pedagogy vague, everything else met: not ready by the rules alone (every field must be met).
ONE_VAGUE = {
    **ALL_MET,
    "description": ALL_MET["description"].replace(
        "Bake-along videos and a troubleshooting checklist. ", "A practical course. "
    ),
}
# Scope and pedagogy vague.
TWO_VAGUE = {
    **ONE_VAGUE,
    "description": ONE_VAGUE["description"].replace(
        "Not covered: enriched doughs and commercial ovens. ", ""
    ),
}
# Pedagogy missing, scope vague.
MISSING = {
    **ALL_MET,
    "description": ALL_MET["description"]
    .replace("Bake-along videos and a troubleshooting checklist. ", "")
    .replace("Not covered: enriched doughs and commercial ovens. ", ""),
}


def judged_server(judge: bool = True):
    app = build_sandbox_app(SandboxConfig(time_scale=0.0))
    settings = Settings(llm_base_url="http://sandbox/llm/v1", llm_model="sandbox-model", brief_judge=judge)
    return build_server(settings, transports={"llm": httpx2.ASGITransport(app=app)}), app.state.llm


def verdict(*fields: tuple[str, str, str]) -> str:
    return json.dumps({"fields": [{"field": f, "status": s, "reason": r} for f, s, r in fields]})


def status(report: dict, name: str) -> dict:
    return next(f for f in report["fields"] if f["field"] == name)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_the_judge_turns_a_vague_field_met_with_its_reason_and_create_task_follows(mode):
    server, llm = judged_server()
    reason = "'A practical course' with weekly bake-alongs is a clear method for home bakers."
    llm.script(verdict(("pedagogy", "met", reason)), verdict(("pedagogy", "met", reason)))
    async with connect(mode, server=server) as (client, _):
        report = await call(client, "check_brief", **ONE_VAGUE)
        task = await call(client, "create_task", **ONE_VAGUE, provider="local")
    assert report["ready"] and report["judged_by"] == "sandbox-model"
    pedagogy = status(report, "pedagogy")
    assert (pedagogy["status"], pedagogy["judge_reason"], pedagogy["need"]) == ("met", reason, None)
    assert (
        status(report, "subject_scope")["status"] == "met"
        and status(report, "subject_scope")["judge_reason"] is None
    )
    assert task["task_id"].startswith("local:")


@pytest.mark.anyio
async def test_a_field_the_judge_leaves_vague_still_refuses_the_brief():
    server, llm = judged_server()
    llm.script(verdict(("pedagogy", "met", "Weekly bake-alongs are a method.")))
    async with connect(server=server) as (client, _):
        report = await call(client, "check_brief", **TWO_VAGUE)
    assert (
        status(report, "pedagogy")["status"] == "met" and status(report, "subject_scope")["status"] == "vague"
    )
    assert not report["ready"]


@pytest.mark.anyio
async def test_the_judge_can_turn_a_met_field_vague_and_the_brief_is_no_longer_ready():
    server, llm = judged_server()
    llm.script(verdict(("outcomes", "vague", "Reading the crumb is not something a learner can show.")))
    async with connect(server=server) as (client, _):
        report = await call(client, "check_brief", **ALL_MET)
    assert status(report, "outcomes")["status"] == "vague" and not report["ready"]


@pytest.mark.anyio
async def test_the_judge_never_overrides_a_missing_field_nor_an_audience_that_cannot_follow():
    server, llm = judged_server()
    everything_met = verdict(
        *((f, "met", "fine") for f in ("subject_scope", "outcomes", "audience", "pedagogy", "format"))
    )
    conflict = {
        **ALL_MET,
        "name": "CPython internals",
        "description": ALL_MET["description"] + " We read the bytecode compiler and the garbage collector.",
        "target_audience": "Absolute beginners who have never programmed; 3 hours a week.",
    }
    llm.script(everything_met, everything_met)
    async with connect(server=server) as (client, _):
        missing = await call(client, "check_brief", **MISSING)
        clashing = await call(client, "check_brief", **conflict)
    assert status(missing, "pedagogy")["status"] == "missing" and not missing["ready"]
    assert status(clashing, "audience")["status"] == "vague" and not clashing["ready"]
    assert clashing["audience_conflict"]


@pytest.mark.anyio
async def test_an_unusable_answer_leaves_the_rules_verdict_with_a_warning():
    server, llm = judged_server()
    llm.script("Sure! The brief looks great.", "Still not JSON.")
    async with connect(server=server) as (client, _):
        report = await call(client, "check_brief", **TWO_VAGUE)
    assert not report["ready"] and report["judged_by"] is None
    assert any("model judge" in w for w in report["warnings"])


@pytest.mark.anyio
async def test_the_judge_is_off_unless_asked_for_and_the_sandbox_judge_agrees():
    off, off_llm = judged_server(judge=False)
    on, on_llm = judged_server()
    async with connect(server=off) as (client, _):
        plain = await call(client, "check_brief", **ALL_MET)
    async with connect(server=on) as (client, _):
        agreed = await call(client, "check_brief", **ALL_MET)
    assert not off_llm.calls and plain["judged_by"] is None
    assert [c.ask for c in on_llm.calls] == ["brief"]
    assert agreed["ready"] and [f["status"] for f in agreed["fields"]] == [
        f["status"] for f in plain["fields"]
    ]
