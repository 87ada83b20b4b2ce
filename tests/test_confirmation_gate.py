"""Every way around confirm-before-publish and confirm-before-delete is refused (both eras)."""

import time

import pytest
from mcp_helpers import MODES, blocks_by_title, call, connect, fail, outlined_course, reviewed_course

from coursewright.config import Settings
from coursewright.guardrails.confirm import ConfirmationBook, load_or_create_key


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("answer", ["yes", None])
async def test_publish_without_a_review_is_refused(mode, answer):
    async with connect(mode, answer=answer) as (client, recorder):
        _, course_id, _ = await outlined_course(client)
        text = await fail(client, "publish", course_id=course_id)
    assert "review_course" in text and not recorder.questions


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("answer", ["yes", None])
async def test_publish_with_blocking_findings_is_refused_even_after_a_review(mode, answer):
    async with connect(mode, answer=answer) as (client, recorder):
        _, course_id, _ = await outlined_course(client)
        review = await call(client, "review_course", course_id=course_id)
        assert not review["ok"]
        text = await fail(client, "publish", course_id=course_id)
    assert "blocking" in text and not recorder.questions


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_publish_after_an_edit_since_the_review_is_refused(mode):
    async with connect(mode) as (client, recorder):
        course_id = await reviewed_course(client)
        course = await call(client, "get_course", course_id=course_id)
        unit = blocks_by_title(course["root"])["Installing Python"]
        await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="update",
            block_id=unit["id"],
            display_name="Setup",
        )
        text = await fail(client, "publish", course_id=course_id)
    assert "review" in text and not recorder.questions


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("answer", "word"), [("decline", "declined"), ("cancel", "cancelled"), ("no", "did not confirm")]
)
async def test_publish_not_confirmed_by_the_user_changes_nothing(mode, answer, word):
    async with connect(mode, answer=answer) as (client, recorder):
        course_id = await reviewed_course(client)
        text = await fail(client, "publish", course_id=course_id)
        course = await call(client, "get_course", course_id=course_id)
    assert word in text
    assert recorder.questions and course["status"] != "published"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_client_without_elicitation_gets_a_summary_and_a_single_use_token(mode):
    async with connect(mode, answer=None) as (client, _):
        course_id = await reviewed_course(client)
        first = await call(client, "publish", course_id=course_id)
        pending = first["confirmation_required"]
        assert first["published"] is False and pending["token"] and "Publish" in pending["summary"]
        done = await call(client, "publish", course_id=course_id, confirmation_token=pending["token"])
        assert done["published"] is True
        replay = await fail(client, "publish", course_id=course_id, confirmation_token=pending["token"])
    assert "already used" in replay


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_token_for_another_course_is_refused(mode):
    async with connect(mode, answer=None) as (client, _):
        first_course = await reviewed_course(client)
        other_course = await reviewed_course(client)
        token = (await call(client, "publish", course_id=first_course))["confirmation_required"]["token"]
        text = await fail(client, "publish", course_id=other_course, confirmation_token=token)
    assert "different" in text


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_token_issued_before_an_edit_is_refused(mode):
    async with connect(mode, answer=None) as (client, _):
        course_id = await reviewed_course(client)
        token = (await call(client, "publish", course_id=course_id))["confirmation_required"]["token"]
        course = await call(client, "get_course", course_id=course_id)
        unit = blocks_by_title(course["root"])["Installing Python"]
        await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="update",
            block_id=unit["id"],
            display_name="Setup",
        )
        await call(client, "review_course", course_id=course_id)
        text = await fail(client, "publish", course_id=course_id, confirmation_token=token)
    assert "changed" in text


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_an_expired_or_forged_token_is_refused(mode):
    async with connect(mode, answer=None) as (client, _):
        course_id = await reviewed_course(client)
        issued = await call(client, "publish", course_id=course_id)
        key = load_or_create_key(Settings().data_dir)
        stamp_holder = ConfirmationBook(key, lambda nonce: True, ttl_s=60, clock=lambda: time.time() - 3600)
        review = await call(client, "review_course", course_id=course_id)
        stale = stamp_holder.issue("publish", course_id, review["stamp"], "old summary").token
        expired = await fail(client, "publish", course_id=course_id, confirmation_token=stale)
        forged_book = ConfirmationBook(b"x" * 32, lambda nonce: True)
        forged = forged_book.issue("publish", course_id, review["stamp"], "forged").token
        forged_text = await fail(client, "publish", course_id=course_id, confirmation_token=forged)
        tampered = issued["confirmation_required"]["token"][:-3] + "AAA"
        tampered_text = await fail(client, "publish", course_id=course_id, confirmation_token=tampered)
        course = await call(client, "get_course", course_id=course_id)
    assert "expired" in expired
    assert "not one this server issued" in forged_text and "not one this server issued" in tampered_text
    assert course["status"] != "published"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_boolean_set_by_the_agent_is_not_confirmation(mode):
    async with connect(mode, answer=None) as (client, _):
        course_id = await reviewed_course(client)
        result = await client.call_tool(
            "publish", {"course_id": course_id, "confirmed": True, "confirm": True}
        )
        course = await call(client, "get_course", course_id=course_id)
    assert result.is_error or result.structured_content["published"] is False
    assert course["status"] != "published"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_strict_setting_refuses_confirm_gated_acts_on_clients_without_elicitation(mode):
    async with connect(mode, answer=None, require_elicitation=True) as (client, _):
        course_id = await reviewed_course(client)
        text = await fail(client, "publish", course_id=course_id)
        delete_text = await fail(client, "delete_course", course_id=course_id)
    assert "elicitation" in text and "elicitation" in delete_text


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_delete_course_without_confirmation_deletes_nothing(mode):
    async with connect(mode, answer=None) as (client, _):
        _, course_id, _ = await outlined_course(client)
        first = await call(client, "delete_course", course_id=course_id)
        assert first["deleted"] is False and "cannot be undone" in first["confirmation_required"]["summary"]
        still_there = await call(client, "get_course", course_id=course_id)
        done = await call(
            client,
            "delete_course",
            course_id=course_id,
            confirmation_token=first["confirmation_required"]["token"],
        )
        gone = await fail(client, "get_course", course_id=course_id)
    assert still_there["course_id"] == course_id and done["deleted"] is True and course_id in gone


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_delete_course_declined_keeps_the_course(mode):
    async with connect(mode, answer="decline") as (client, _):
        _, course_id, _ = await outlined_course(client)
        await fail(client, "delete_course", course_id=course_id)
        course = await call(client, "get_course", course_id=course_id)
    assert course["course_id"] == course_id


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_deleting_a_section_without_confirmation_deletes_nothing(mode):
    async with connect(mode, answer=None) as (client, _):
        _, course_id, tree = await outlined_course(client)
        section = blocks_by_title(tree)["Getting Started"]
        first = await call(
            client, "edit_xblock", course_id=course_id, action="delete", block_id=section["id"]
        )
        course = await call(client, "get_course", course_id=course_id)
    assert first["confirmation_required"] and not first["deleted"]
    assert "Getting Started" in blocks_by_title(course["root"])


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_costlier_model_needs_confirmation_before_the_task_exists(mode):
    from mcp_helpers import example

    brief = example()["brief"]
    async with connect(mode, answer=None) as (client, _):
        first = await call(client, "create_task", **brief, model="gpt-4.1")
        listed_before = await client.call_tool("get_task", {"task_id": "local:1"})
        done = await call(
            client,
            "create_task",
            **brief,
            model="gpt-4.1",
            confirmation_token=first["confirmation_required"]["token"],
        )
    assert first["task_id"] is None and "gpt-4.1" in first["confirmation_required"]["summary"]
    assert listed_before.is_error
    assert done["task_id"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_letting_the_pipeline_publish_unreviewed_needs_the_users_yes(mode):
    from mcp_helpers import example

    brief = example()["brief"]
    async with connect(mode, answer="no") as (client, recorder):
        refused = await fail(client, "create_task", **brief, options={"publish_course": True})
        plain = await call(client, "create_task", **brief)
    assert "did not confirm" in refused and "no review" in recorder.questions[0]
    assert plain["task_id"] and len(recorder.questions) == 1
