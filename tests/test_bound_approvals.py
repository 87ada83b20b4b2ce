"""The yes is bound to what runs: an edit while the question is open, a replayed answer, a lax yes (both eras)."""

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from mcp.types import CallToolResult, ElicitResult, InputRequiredResult
from mcp_helpers import (
    MODES,
    Recorder,
    all_blocks,
    blocks_by_title,
    call,
    connect,
    fail,
    on_the_page,
    reviewed_course,
    text_of,
)


class Scripted(Recorder):
    """Answers each question in turn; `before` runs while the first question is open."""

    def __init__(self, answers: list[Any], before: Callable[[], Awaitable[None]] | None = None) -> None:
        super().__init__("yes")
        self.answers = list(answers)
        self.before = before

    async def elicit(self, context: Any, params: Any) -> ElicitResult:
        self.questions.append(str(getattr(params, "message", "")))
        if self.before is not None and len(self.questions) == 1:
            await self.before()
        answer = self.answers.pop(0) if self.answers else "decline"
        if getattr(params, "mode", "form") == "url":
            return await on_the_page(params.url, answer)
        if answer in ("decline", "cancel"):
            return ElicitResult(action=answer)
        return ElicitResult(action="accept", content={"confirm": answer})


async def _unit(client: Any, course_id: str, title: str) -> dict[str, Any]:
    course = await call(client, "get_course", course_id=course_id)
    return blocks_by_title(course["root"])[title]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_an_edit_from_another_session_while_the_question_is_open_is_never_published(mode):
    async with connect(mode) as (client, _), connect(mode) as (other, _):
        course_id = await reviewed_course(client)
        unit = await _unit(client, course_id, "Installing Python")

        async def vandalise() -> None:
            await call(
                other,
                "edit_xblock",
                course_id=course_id,
                action="update",
                block_id=unit["id"],
                content="<p>As an AI language model, here is the lesson.</p>",
            )
            await call(other, "review_course", course_id=course_id)

        script = Scripted([True, True], before=vandalise)
        async with connect(mode, recorder=script) as (attacked, _):
            text = await fail(attacked, "publish", course_id=course_id)
        course = await call(client, "get_course", course_id=course_id)
    assert "blocking" in text or "review" in text
    assert course["status"] != "published"
    assert len(script.questions) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_reviewed_edit_while_the_question_is_open_asks_the_user_again(mode):
    async with connect(mode) as (client, _), connect(mode) as (other, _):
        course_id = await reviewed_course(client)
        unit = await _unit(client, course_id, "Installing Python")

        async def rename() -> None:
            await call(
                other,
                "edit_xblock",
                course_id=course_id,
                action="update",
                block_id=unit["id"],
                display_name="Setting up Python",
            )
            await call(other, "review_course", course_id=course_id)

        script = Scripted([True, "decline"], before=rename)
        async with connect(mode, recorder=script) as (attacked, _):
            text = await fail(attacked, "publish", course_id=course_id)
        course = await call(client, "get_course", course_id=course_id)
    first, second = script.questions
    assert "declined" in text and course["status"] != "published"
    # The second question is about the new content: it names another stamp and another approval.
    assert first.split("(approval")[1] != second.split("(approval")[1]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_after_asking_again_a_yes_publishes_the_content_the_user_saw(mode):
    async with connect(mode) as (client, _), connect(mode) as (other, _):
        course_id = await reviewed_course(client)
        unit = await _unit(client, course_id, "Installing Python")

        async def rename() -> None:
            await call(
                other,
                "edit_xblock",
                course_id=course_id,
                action="update",
                block_id=unit["id"],
                display_name="Setting up Python",
            )
            await call(other, "review_course", course_id=course_id)

        script = Scripted([True, True], before=rename)
        async with connect(mode, recorder=script) as (attacked, _):
            done = await call(attacked, "publish", course_id=course_id)
        review = await call(client, "review_course", course_id=course_id)
    assert done["published"] is True and len(script.questions) == 2
    assert review["stamp"][:12] in script.questions[1]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("lax", ["yes", 1, "true", "True"])
async def test_only_a_real_boolean_true_is_a_yes(mode, lax):
    script = Scripted([lax])
    async with connect(mode, recorder=script) as (client, _):
        course_id = await reviewed_course(client)
        text = await fail(client, "publish", course_id=course_id)
        course = await call(client, "get_course", course_id=course_id)
    assert "did not confirm" in text and course["status"] != "published"


async def _round(client: Any, arguments: dict[str, Any], **kwargs: Any) -> Any:
    return await client.session.call_tool("publish", arguments, allow_input_required=True, **kwargs)


@pytest.mark.anyio
async def test_a_replayed_request_state_and_yes_is_refused():
    async with connect("auto") as (client, _):
        course_id = await reviewed_course(client)
        arguments = {"course_id": course_id}
        asked = await _round(client, arguments)
        assert isinstance(asked, InputRequiredResult)
        yes = {key: ElicitResult(action="accept", content={"confirm": True}) for key in asked.input_requests}
        done = await _round(client, arguments, input_responses=yes, request_state=asked.request_state)
        replay = await _round(client, arguments, input_responses=yes, request_state=asked.request_state)
    assert isinstance(done, CallToolResult) and not done.is_error
    assert isinstance(replay, CallToolResult) and replay.is_error
    assert "already used" in text_of(replay)


@pytest.mark.anyio
async def test_a_replayed_yes_after_the_content_changed_asks_again_and_publishes_nothing():
    async with connect("auto") as (client, _):
        course_id = await reviewed_course(client)
        arguments = {"course_id": course_id}
        asked = await _round(client, arguments)
        yes = {key: ElicitResult(action="accept", content={"confirm": True}) for key in asked.input_requests}
        unit = await _unit(client, course_id, "Installing Python")
        await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="update",
            block_id=unit["id"],
            display_name="Setup",
        )
        await call(client, "review_course", course_id=course_id)
        again = await _round(client, arguments, input_responses=yes, request_state=asked.request_state)
        course = await call(client, "get_course", course_id=course_id)
    assert isinstance(again, InputRequiredResult)
    old = next(iter(asked.input_requests.values())).params.message
    new = next(iter(again.input_requests.values())).params.message
    assert old != new and course["status"] != "published"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_publishing_again_later_asks_again(mode):
    async with connect(mode) as (client, recorder):
        course_id = await reviewed_course(client)
        await call(client, "publish", course_id=course_id)
        await call(client, "publish", course_id=course_id)
    assert len(recorder.questions) == 2 and recorder.questions[0] != recorder.questions[1]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_section_delete_token_stops_holding_when_content_inside_it_changes(mode):
    async with connect(mode, answer=None) as (client, _):
        course_id = await reviewed_course(client)
        course = await call(client, "get_course", course_id=course_id)
        section = blocks_by_title(course["root"])["Getting Started"]
        unit = next(b for b in all_blocks(section) if b["type"] == "unit")
        first = await call(
            client, "edit_xblock", course_id=course_id, action="delete", block_id=section["id"]
        )
        token = first["confirmation_required"]["token"]
        await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="update",
            block_id=unit["id"],
            content="<p>New text the user never saw.</p>",
        )
        text = await fail(
            client,
            "edit_xblock",
            course_id=course_id,
            action="delete",
            block_id=section["id"],
            confirmation_token=token,
        )
        after = await call(client, "get_course", course_id=course_id)
    assert "changed" in text and "Getting Started" in blocks_by_title(after["root"])


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_token_spent_on_one_server_is_refused_by_another_sharing_the_data_folder(mode):
    async with connect(mode, answer=None) as (first, _), connect(mode, answer=None) as (second, _):
        course_id = await reviewed_course(first)
        token = (await call(first, "publish", course_id=course_id))["confirmation_required"]["token"]
        done = await call(second, "publish", course_id=course_id, confirmation_token=token)
        replay = await fail(first, "publish", course_id=course_id, confirmation_token=token)
    assert done["published"] is True and "already used" in replay
