"""The whole stepwise flow on the local provider, through the MCP client, in both protocol eras."""

import tarfile
from pathlib import Path

import pytest
from mcp_helpers import (
    MODES,
    all_blocks,
    blocks_by_title,
    call,
    connect,
    example,
    fail,
    outlined_course,
    write_all_units,
)

from coursewright.demo.flow import walk_flow


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_stepwise_flow_from_brief_to_published_archive(mode, tmp_path):
    data = example()
    async with connect(mode, archive_dir=tmp_path / "out") as (client, recorder):
        report = await call(client, "check_brief", **data["brief"])
        assert report["ready"] is True
        assert {f["field"] for f in report["fields"]} == {
            "subject_scope",
            "outcomes",
            "audience",
            "pedagogy",
            "format",
        }

        task = await call(client, "create_task", **data["brief"])
        assert task["task_id"].startswith("local:") and task["provider"] == "local"

        outline = await call(client, "generate_outline", task_id=task["task_id"], outline=data["outline"])
        course_id = outline["course_id"]
        assert outline["counts"]["section"] == 3 and outline["counts"]["unit"] == 11
        assert "edit_xblock" in outline["next_step"]

        got_task = await call(client, "get_task", task_id=task["task_id"])
        assert got_task["course_id"] == course_id and got_task["has_outline"] is True

        await write_all_units(client, course_id)
        review = await call(client, "review_course", course_id=course_id)
        assert review["ok"] and review["stamp"]

        published = await call(client, "publish", course_id=course_id)
        assert published["published"] is True
        assert recorder.questions and "Publish" in recorder.questions[0]

        listed = await call(client, "list_courses")
        assert [c["course_id"] for c in listed["courses"]] == [course_id]

    archive = Path(published["location"])
    assert archive.is_file() and archive.parent == tmp_path / "out"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert "course/course.xml" in names
    assert any(n.startswith("course/chapter/") for n in names)
    assert any(n.startswith("course/html/") and n.endswith(".html") for n in names)
    assert any(n.startswith("course/problem/") for n in names)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_demo_walk_succeeds_and_returns_the_archive_path(mode, tmp_path):
    async with connect(mode, archive_dir=tmp_path) as (client, _):
        location = await walk_flow(client)
    assert Path(location).is_file() and location.endswith(".tar.gz")


@pytest.mark.anyio
async def test_generate_outline_without_an_outline_on_local_shows_the_shape_to_pass():
    data = example()
    async with connect() as (client, _):
        task = await call(client, "create_task", **data["brief"])
        text = await fail(client, "generate_outline", task_id=task["task_id"])
    assert '"subsections"' in text and '"units"' in text


@pytest.mark.anyio
async def test_a_second_outline_is_refused_unless_regenerate_is_asked():
    data = example()
    async with connect() as (client, _):
        task_id, course_id, _ = await outlined_course(client)
        text = await fail(client, "generate_outline", task_id=task_id, outline=data["outline"][1:])
        assert "regenerate" in text
        again = await call(
            client, "generate_outline", task_id=task_id, outline=data["outline"][:1], regenerate=True
        )
    assert again["course_id"] == course_id and again["counts"]["section"] == 1


@pytest.mark.anyio
async def test_the_same_outline_call_repeated_returns_the_first_course_and_makes_nothing_new():
    data = example()
    async with connect() as (client, _):
        task_id, course_id, tree = await outlined_course(client)
        again = await call(client, "generate_outline", task_id=task_id, outline=data["outline"])
        listed = await call(client, "list_courses", task_id=task_id)
    assert again["course_id"] == course_id and again["tree"] == tree
    assert "not made again" in again["note"] and len(listed["courses"]) == 1


@pytest.mark.anyio
async def test_draft_content_on_local_tells_the_agent_to_write_units_with_edit_xblock():
    async with connect() as (client, _):
        _, course_id, _ = await outlined_course(client)
        text = await fail(client, "draft_content", course_id=course_id)
    assert "edit_xblock" in text


@pytest.mark.anyio
async def test_create_task_refuses_a_weak_brief_with_the_questions_to_ask():
    async with connect() as (client, _):
        text = await fail(
            client,
            "create_task",
            name="Python",
            description="A beginner course about Python.",
            target_audience="Beginners",
        )
        listed = await call(client, "list_courses")
    assert "?" in text and "brief" in text.lower()
    assert listed["courses"] == []


@pytest.mark.anyio
async def test_poll_until_ready_on_local_answers_at_once_with_the_missing_units():
    async with connect() as (client, _):
        _, course_id, _ = await outlined_course(client)
        state = await call(client, "poll_until_ready", target_id=course_id, until="content")
        assert state["ready"] is False and len(state["missing"]) == 11 and state["waited_s"] < 5
        await write_all_units(client, course_id)
        state = await call(client, "poll_until_ready", target_id=course_id, until="content")
    assert state["ready"] is True


@pytest.mark.anyio
async def test_html_written_through_edit_xblock_is_sanitised_and_the_removal_reported():
    async with connect() as (client, _):
        _, course_id, tree = await outlined_course(client)
        unit = blocks_by_title(tree)["Installing Python"]
        result = await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="update",
            block_id=unit["id"],
            content='<p onclick="steal()">Hi</p><script>alert(1)</script><a href="javascript:x()">x</a>',
        )
        course = await call(client, "get_course", course_id=course_id, include_content=True)
    assert result["sanitized"]
    stored = " ".join(b.get("content") or "" for b in all_blocks(course["root"]))
    assert "<script" not in stored and "onclick" not in stored and "javascript:" not in stored
    assert "Hi" in stored


@pytest.mark.anyio
async def test_a_problem_that_cannot_be_graded_is_refused_when_written():
    async with connect() as (client, _):
        _, course_id, tree = await outlined_course(client)
        unit = blocks_by_title(tree)["Check: Variables"]
        text = await fail(
            client,
            "edit_xblock",
            course_id=course_id,
            action="update",
            block_id=unit["id"],
            content="<problem><p>No response element here</p></problem>",
        )
    assert "problem" in text.lower()


@pytest.mark.anyio
async def test_course_resource_shows_the_tree_without_a_tool_call():
    async with connect() as (client, _):
        _, course_id, _ = await outlined_course(client)
        provider, native = course_id.split(":", 1)
        resource = await client.read_resource(f"course://{provider}/{native}")
    assert "Getting Started" in resource.contents[0].text


@pytest.mark.anyio
async def test_editor_link_on_local_says_there_is_none_and_to_edit_with_edit_xblock():
    async with connect() as (client, recorder):
        _, course_id, _ = await outlined_course(client)
        text = await fail(client, "editor_link", course_id=course_id)
    assert "no shareable editor link" in text and "edit_xblock" in text
    assert recorder.questions == []


@pytest.mark.anyio
@pytest.mark.parametrize("sections", [2, 12])
async def test_create_task_refuses_sections_outside_three_to_eight_and_says_why(sections):
    brief = {**example()["brief"], "desired_number_of_sections": sections}
    async with connect() as (client, _):
        report = await call(client, "check_brief", **brief)
        refused = await fail(client, "create_task", **brief, provider="local")
    assert report["ready"] is False
    assert "not ready, so no task was created" in refused
    assert f"format: {sections} section(s) is outside 3-8" in refused
