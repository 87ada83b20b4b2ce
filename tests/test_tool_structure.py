"""Structure rules through edit_xblock on the local provider (both protocol eras)."""

import pytest
from mcp_helpers import MODES, blocks_by_title, call, connect, fail, outlined_course


def children_titles(tree: dict, title: str) -> list[str]:
    return [c["display_name"] for c in blocks_by_title(tree)[title]["children"]]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_block_under_the_wrong_parent_is_refused_naming_the_valid_parent(mode):
    async with connect(mode) as (client, _):
        _, course_id, tree = await outlined_course(client)
        section = blocks_by_title(tree)["Getting Started"]
        text = await fail(
            client,
            "edit_xblock",
            course_id=course_id,
            action="create",
            parent_id=section["id"],
            block_type="unit",
            display_name="X",
        )
    assert "subsection" in text


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_positions_first_last_and_index_place_the_block(mode):
    async with connect(mode) as (client, _):
        _, course_id, tree = await outlined_course(client)
        sub = blocks_by_title(tree)["Setting Up"]
        for title, position in (("First", "first"), ("Last", "last"), ("Second", 2)):
            await call(
                client,
                "edit_xblock",
                course_id=course_id,
                action="create",
                parent_id=sub["id"],
                block_type="unit",
                display_name=title,
                position=position,
            )
        course = await call(client, "get_course", course_id=course_id)
        text = await fail(
            client,
            "edit_xblock",
            course_id=course_id,
            action="create",
            parent_id=sub["id"],
            block_type="unit",
            display_name="Far",
            position=99,
        )
        bad = await fail(
            client,
            "edit_xblock",
            course_id=course_id,
            action="create",
            parent_id=sub["id"],
            block_type="unit",
            display_name="Odd",
            position="middle",
        )
    assert children_titles(course["root"], "Setting Up") == [
        "First",
        "Second",
        "Installing Python",
        "Your First Script",
        "Last",
    ]
    assert "99" in text or "position" in text
    assert "first" in bad and "last" in bad


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_reorder_refuses_a_list_missing_a_current_child(mode):
    async with connect(mode) as (client, _):
        _, course_id, tree = await outlined_course(client)
        sub = blocks_by_title(tree)["Setting Up"]
        first = sub["children"][0]["id"]
        text = await fail(
            client,
            "edit_xblock",
            course_id=course_id,
            action="reorder",
            parent_id=sub["id"],
            children=[first],
        )
    assert sub["children"][1]["id"] in text or "missing" in text.lower()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_reorder_with_a_block_from_another_parent_moves_it(mode):
    async with connect(mode) as (client, _):
        _, course_id, tree = await outlined_course(client)
        blocks = blocks_by_title(tree)
        target, source = blocks["Setting Up"], blocks["Values and Variables"]
        moved = source["children"][0]
        order = [moved["id"]] + [c["id"] for c in target["children"]]
        await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="reorder",
            parent_id=target["id"],
            children=order,
        )
        course = await call(client, "get_course", course_id=course_id)
    assert children_titles(course["root"], "Setting Up")[0] == moved["display_name"]
    assert moved["display_name"] not in children_titles(course["root"], "Values and Variables")


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_deleting_a_unit_cascades_to_its_components(mode):
    async with connect(mode) as (client, _):
        _, course_id, tree = await outlined_course(client)
        unit = blocks_by_title(tree)["Installing Python"]
        result = await call(client, "edit_xblock", course_id=course_id, action="delete", block_id=unit["id"])
        course = await call(client, "get_course", course_id=course_id)
    assert unit["id"] in result["deleted"] and len(result["deleted"]) == 1 + len(unit["children"])
    assert "Installing Python" not in blocks_by_title(course["root"])


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_deleting_a_section_asks_the_user_and_cascades_when_they_agree(mode):
    async with connect(mode, answer="yes") as (client, recorder):
        _, course_id, tree = await outlined_course(client)
        section = blocks_by_title(tree)["Getting Started"]
        result = await call(
            client, "edit_xblock", course_id=course_id, action="delete", block_id=section["id"]
        )
        course = await call(client, "get_course", course_id=course_id)
    assert "cannot be undone" in recorder.questions[0]
    assert len(result["deleted"]) >= 1 + 2 + 4
    assert "Getting Started" not in blocks_by_title(course["root"])


@pytest.mark.anyio
async def test_update_with_nothing_to_update_is_refused():
    async with connect() as (client, _):
        _, course_id, tree = await outlined_course(client)
        unit = blocks_by_title(tree)["Installing Python"]
        text = await fail(client, "edit_xblock", course_id=course_id, action="update", block_id=unit["id"])
    assert "display_name" in text and "content" in text


@pytest.mark.anyio
async def test_rename_changes_only_the_title():
    async with connect() as (client, _):
        _, course_id, tree = await outlined_course(client)
        unit = blocks_by_title(tree)["Installing Python"]
        await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="update",
            block_id=unit["id"],
            display_name="Set-up",
        )
        course = await call(client, "get_course", course_id=course_id)
    renamed = blocks_by_title(course["root"])["Set-up"]
    assert renamed["id"] == unit["id"]
