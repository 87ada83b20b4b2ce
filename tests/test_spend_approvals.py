"""Every spend asks with the amount and the task's running total; a declined spend spends nothing (both eras).

The server talks to the in-process sandbox (TutorFlow bills $0.05 a lesson; LearningStudio uses a
plan credit per course); the checks on what was spent are made on the sandbox's side.
"""

from typing import Any

import pytest
from mcp.types import CallToolResult, ElicitResult, InputRequiredResult
from mcp_helpers import MODES, Recorder, call, connect, example, fail, text_of
from sandbox_server import sandboxed


class Answers(Recorder):
    """Answers each question in turn with the next of `answers` (yes once they run out)."""

    def __init__(self, answers: list[str]) -> None:
        super().__init__("yes")
        self.answers = list(answers)

    async def elicit(self, context: Any, params: Any):
        self.answer = self.answers.pop(0) if self.answers else "yes"
        return await super().elicit(context, params)


def tutorflow_requests(emulators: Any) -> int:
    return len(emulators["tutorflow"].state.emulator.requests)


def learningstudio_credits_used(emulators: Any) -> int:
    return sum(a.credits_used for a in emulators["learningstudio"].state.emulator.accounts.values())


async def _task_with_course(client: Any, provider: str) -> str:
    brief = example()["brief"]
    # 5 lessons ($0.25) asked outright: the brief alone would size it at its 11 units.
    options = {"lesson_count": 5} if provider == "tutorflow" else None
    task = await call(client, "create_task", **brief, provider=provider, options=options)
    await call(client, "generate_outline", task_id=task["task_id"])
    return task["task_id"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_tutorflow_regenerate_asks_with_the_amount_and_the_running_total(mode, tmp_path):
    server, emulators = sandboxed(tmp_path)
    async with connect(mode, server=server) as (client, recorder):
        task_id = await _task_with_course(client, "tutorflow")
        await call(client, "generate_outline", task_id=task_id, regenerate=True)
        await call(client, "generate_outline", task_id=task_id, regenerate=True)
    create, first, second = recorder.questions
    assert "$0.25" in create and "Nothing has been approved for this task yet" in create
    assert "$0.25" in first and "already been approved for $0.25 (1 approval)" in first
    assert "already been approved for $0.50 (2 approvals)" in second
    assert tutorflow_requests(emulators) == 3


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("answer", ["decline", "no"])
async def test_a_declined_regenerate_spends_nothing_on_the_platform(mode, answer, tmp_path):
    server, emulators = sandboxed(tmp_path)
    async with connect(mode, server=server, recorder=Answers(["yes", answer])) as (client, recorder):
        task_id = await _task_with_course(client, "tutorflow")
        before = tutorflow_requests(emulators)
        await fail(client, "generate_outline", task_id=task_id, regenerate=True)
        again = await call(client, "generate_outline", task_id=task_id, regenerate=True)
    assert tutorflow_requests(emulators) == before + 1 and again["course_id"]
    # The declined spend is not in the ledger: the next question's total leaves it out.
    assert "already been approved for $0.25 (1 approval)" in recorder.questions[-1]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_learningstudio_plan_credits_count_as_spend_and_a_decline_uses_none(mode, tmp_path):
    server, emulators = sandboxed(tmp_path)
    async with connect(mode, server=server, recorder=Answers(["yes", "decline"])) as (client, recorder):
        task_id = await _task_with_course(client, "learningstudio")
        used = learningstudio_credits_used(emulators)
        await fail(client, "generate_outline", task_id=task_id, regenerate=True)
    create, regenerate = recorder.questions
    assert "1 plan credit" in create and "1 plan credit" in regenerate
    assert "already been approved for 1 plan credit" in regenerate
    assert used == 1 and learningstudio_credits_used(emulators) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_client_without_elicitation_gets_a_spend_token_and_nothing_is_spent_until_it_returns(
    mode, tmp_path
):
    server, emulators = sandboxed(tmp_path)
    brief = example()["brief"]
    async with connect(mode, server=server, answer=None) as (client, _):
        five = {"lesson_count": 5}
        pending = (await call(client, "create_task", **brief, provider="tutorflow", options=five))[
            "confirmation_required"
        ]
        task = await call(
            client,
            "create_task",
            **brief,
            provider="tutorflow",
            options=five,
            confirmation_token=pending["token"],
        )
        await call(client, "generate_outline", task_id=task["task_id"])
        asked = await call(client, "generate_outline", task_id=task["task_id"], regenerate=True)
        before = tutorflow_requests(emulators)
        token = asked["confirmation_required"]["token"]
        await call(
            client, "generate_outline", task_id=task["task_id"], regenerate=True, confirmation_token=token
        )
        replay = await fail(
            client, "generate_outline", task_id=task["task_id"], regenerate=True, confirmation_token=token
        )
    assert asked["course_id"] is None and "$0.25" in asked["confirmation_required"]["summary"]
    assert "approved for $0.25" in asked["confirmation_required"]["summary"]
    assert tutorflow_requests(emulators) == before + 1
    assert "already used" in replay or "changed" in replay


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_spends_within_the_threshold_do_not_ask_until_the_running_total_passes_it(mode, tmp_path):
    server, _ = sandboxed(tmp_path, cost_confirm_usd=0.6)
    async with connect(mode, server=server) as (client, recorder):
        task_id = await _task_with_course(client, "tutorflow")
        await call(client, "generate_outline", task_id=task_id, regenerate=True)
        assert recorder.questions == []
        await call(client, "generate_outline", task_id=task_id, regenerate=True)
    assert len(recorder.questions) == 1 and "$0.50" in recorder.questions[0]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_paid_drafting_asks_with_the_amount(mode, tmp_path):
    server, _ = sandboxed(tmp_path)
    async with connect(mode, server=server, recorder=Answers(["yes", "decline"])) as (client, recorder):
        brief = example()["brief"]
        task = await call(client, "create_task", **brief, provider="tutorflow", options={"lesson_count": 11})
        outline = await call(
            client, "generate_outline", task_id=task["task_id"], outline=example()["outline"]
        )
        await call(client, "poll_until_ready", target_id=outline["course_id"], until="outline")
        text = await fail(client, "draft_content", course_id=outline["course_id"])
    create, draft = recorder.questions
    assert "$0.55" in create and "declined" in text
    assert "Draft 11 unit(s)" in draft and "$0.55" in draft and "approved for $0.55" in draft


@pytest.mark.anyio
async def test_a_replayed_yes_to_a_regenerate_is_refused_and_spends_nothing(tmp_path):
    server, emulators = sandboxed(tmp_path)
    async with connect("auto", server=server) as (client, _):
        task_id = await _task_with_course(client, "tutorflow")
        arguments = {"task_id": task_id, "regenerate": True}
        session = client.session
        asked = await session.call_tool("generate_outline", arguments, allow_input_required=True)
        assert isinstance(asked, InputRequiredResult)
        yes = {key: ElicitResult(action="accept", content={"confirm": True}) for key in asked.input_requests}
        rounds = {"input_responses": yes, "request_state": asked.request_state, "allow_input_required": True}
        done = await session.call_tool("generate_outline", arguments, **rounds)
        before = tutorflow_requests(emulators)
        replay = await session.call_tool("generate_outline", arguments, **rounds)
    assert isinstance(done, CallToolResult) and not done.is_error
    assert isinstance(replay, CallToolResult) and replay.is_error and "already used" in text_of(replay)
    assert tutorflow_requests(emulators) == before


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_the_pipeline_question_names_the_credit_the_task_was_approved_for(mode, tmp_path):
    server, emulators = sandboxed(tmp_path)
    brief = example()["brief"]
    async with connect(mode, server=server) as (client, recorder):
        task = await call(client, "create_task", **brief, provider="learningstudio")
        await call(client, "run_pipeline", task_id=task["task_id"])
    create, pipeline = recorder.questions
    assert "1 plan credit" in create
    assert (
        "one-shot pipeline" in pipeline
        and "1 plan credit" in pipeline
        and "as approved when the task was created" in pipeline
    )
    assert learningstudio_credits_used(emulators) == 1
