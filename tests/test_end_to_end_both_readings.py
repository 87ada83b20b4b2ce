"""The whole flow through the tools on every remote provider, against both readings of its documents.

The default emulators and their strict mode (only what the seeds state, the other plausible choice
where they are silent) must both take a course from brief to published.
"""

from __future__ import annotations

import pytest
from mcp_helpers import connect
from sandbox_server import REMOTE, sandboxed

from coursewright.demo.flow import walk_platform_flow


@pytest.mark.anyio
@pytest.mark.parametrize("strict", [False, True], ids=["sandbox", "strict"])
@pytest.mark.parametrize("provider", REMOTE)
async def test_a_course_goes_from_brief_to_published_on_each_provider_in_both_readings(
    tmp_path, provider, strict, capsys
):
    server, _ = sandboxed(tmp_path, strict=strict)
    async with connect(server=server) as (client, recorder):
        location = await walk_platform_flow(client, provider)
    assert location
    assert any("publish" in question.lower() for question in recorder.questions)


@pytest.mark.anyio
async def test_where_the_api_shows_no_content_review_says_so_and_the_publish_question_warns(tmp_path, capsys):
    """Strict LearningStudio: a finished job shows only the seed's course fields, no content."""
    server, _ = sandboxed(tmp_path, strict=True)
    async with connect(server=server) as (client, recorder):
        await walk_platform_flow(client, "learningstudio")
        listed = await client.call_tool("list_courses", {"provider": "learningstudio"})
        course_id = listed.structured_content["courses"][0]["course_id"]
        review = (await client.call_tool("review_course", {"course_id": course_id})).structured_content
    assert review["ok"] is True
    assert [f["code"] for f in review["warnings"]] == ["content_not_reviewed"]
    assert "the platform's API does not expose it" in review["warnings"][0]["problem"]
    publish_questions = [q for q in recorder.questions if q.lower().startswith("publish") or "Publish '" in q]
    assert publish_questions and all("NOT reviewed" in q for q in publish_questions)


@pytest.mark.anyio
async def test_where_the_api_shows_the_content_review_reads_it(tmp_path, capsys):
    server, _ = sandboxed(tmp_path)
    async with connect(server=server) as (client, recorder):
        await walk_platform_flow(client, "learningstudio")
        listed = await client.call_tool("list_courses", {"provider": "learningstudio"})
        course_id = listed.structured_content["courses"][0]["course_id"]
        review = (await client.call_tool("review_course", {"course_id": course_id})).structured_content
    assert "content_not_reviewed" not in [f["code"] for f in review["warnings"]]
    assert not any("NOT reviewed" in q for q in recorder.questions)
