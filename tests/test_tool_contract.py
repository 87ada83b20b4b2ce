"""The public contract as a client sees it in tools/list: names, order, titles, annotations, schemas."""

import json

import pytest
from mcp_helpers import MODES, connect

from coursewright.tools.contract import TOOLS

CONTRACT = [
    "check_brief",
    "create_task",
    "attach_reference",
    "generate_outline",
    "get_course",
    "edit_xblock",
    "draft_content",
    "poll_until_ready",
    "review_course",
    "publish",
    "run_pipeline",
    "export_course",
    "get_task",
    "list_courses",
    "cancel_task",
    "delete_course",
    "student_progress",
    "editor_link",
    "import_course",
]
GATED = {"create_task", "edit_xblock", "publish", "run_pipeline", "delete_course", "editor_link"}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_every_contract_tool_is_listed_in_workflow_order(mode):
    async with connect(mode) as (client, _):
        names = [tool.name for tool in (await client.list_tools()).tools]
    assert names == CONTRACT


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_every_listed_tool_has_title_four_annotations_and_a_description(mode):
    async with connect(mode) as (client, _):
        tools = (await client.list_tools()).tools
    assert tools
    for tool in tools:
        assert tool.title, tool.name
        hints = tool.annotations
        assert hints is not None, tool.name
        for hint in ("read_only_hint", "destructive_hint", "idempotent_hint", "open_world_hint"):
            assert getattr(hints, hint) is not None, f"{tool.name} leaves {hint} unset"
        assert tool.description and len(tool.description) > 40, tool.name
        assert "\n    " not in tool.description, f"{tool.name}: docstring indentation was published"


#: The tool list is paid for in every conversation; this is its ceiling as compact JSON.
#: 14,000 until import_course (issue 16) added its 344 bytes at the shortest it can be; raised by
#: just that: the coordinator decides where the list is trimmed back.
TOOLS_LIST_BUDGET_BYTES = 14_000


def walk(node, path=""):
    """Every (path, schema) pair inside a JSON schema."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from walk(item, f"{path}/{index}")


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_the_tool_list_fits_its_byte_budget_as_compact_json(mode):
    async with connect(mode) as (client, _):
        listed = await client.list_tools()
    # What the server chose to publish: the protocol's own envelope fields (_meta, ttl) are not ours.
    wire = {"tools": [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in listed.tools]}
    size = len(json.dumps(wire, separators=(",", ":")).encode())
    assert size <= TOOLS_LIST_BUDGET_BYTES, f"tools/list is {size} bytes"


@pytest.mark.anyio
async def test_input_schemas_keep_their_bounds_and_drop_generated_noise():
    async with connect() as (client, _):
        tools = (await client.list_tools()).tools
    for tool in tools:
        schema = tool.input_schema
        assert "title" not in schema, tool.name
        for path, node in walk(schema):
            where = f"{tool.name}{path}"
            assert not isinstance(node.get("title"), str), f"{where}: generated title"
            assert "$ref" not in node or "$defs" in schema, f"{where}: dangling reference"
            assert {"type": "null"} not in node.get("anyOf", []), f"{where}: null variant published"
            if node.get("type") == "string" and path.count("/properties/") and "enum" not in node:
                assert "maxLength" in node, f"{where}: unbounded string"
            if node.get("type") == "array":
                assert "maxItems" in node, f"{where}: unbounded list"
            if node.get("type") == "integer":
                assert "maximum" in node and "minimum" in node, f"{where}: unbounded number"


@pytest.mark.anyio
async def test_a_result_is_structured_content_and_once_more_as_compact_text_not_indented():
    brief = {"name": "Knots", "description": "Tying knots.", "target_audience": "Sailors."}
    async with connect() as (client, _):
        result = await client.call_tool("check_brief", brief)
    assert result.structured_content and "ready" in result.structured_content
    (block,) = result.content
    assert json.loads(block.text) == result.structured_content
    assert "\n" not in block.text


@pytest.mark.anyio
async def test_annotations_on_the_wire_match_the_declared_specs():
    async with connect() as (client, _):
        listed = {tool.name: tool.annotations for tool in (await client.list_tools()).tools}
    for spec in TOOLS:
        hints = listed[spec.name]
        assert (
            hints.read_only_hint,
            hints.destructive_hint,
            hints.idempotent_hint,
            hints.open_world_hint,
        ) == (
            spec.read_only,
            spec.destructive,
            spec.idempotent,
            spec.open_world,
        )
    assert listed["delete_course"].destructive_hint and not listed["delete_course"].read_only_hint
    assert listed["check_brief"].read_only_hint and not listed["check_brief"].open_world_hint


@pytest.mark.anyio
async def test_confirmation_is_a_token_argument_never_a_boolean_and_resolvers_stay_hidden():
    async with connect() as (client, _):
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    for name in GATED:
        properties = tools[name].input_schema["properties"]
        assert "confirmation_token" in properties, name
        assert "request" not in properties and "answer" not in properties, name
        assert not any("confirm" in key and key != "confirmation_token" for key in properties), name


@pytest.mark.anyio
async def test_arguments_carry_descriptions_and_bounds():
    async with connect() as (client, _):
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    sections = tools["create_task"].input_schema["properties"]["desired_number_of_sections"]
    assert sections["minimum"] == 1 and sections["maximum"] == 30 and sections["description"]
    timeout = tools["poll_until_ready"].input_schema["properties"]["timeout_s"]
    assert timeout["maximum"] == 1800
    actions = tools["edit_xblock"].input_schema["properties"]["action"]
    assert set(actions["enum"]) == {"create", "update", "delete", "reorder"}


@pytest.mark.anyio
async def test_read_only_mode_leaves_every_write_tool_unregistered():
    async with connect(read_only=True) as (client, _):
        names = {tool.name for tool in (await client.list_tools()).tools}
    assert names == {spec.name for spec in TOOLS if spec.read_only}
    assert "publish" not in names and "delete_course" not in names and "get_course" in names


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_prompts_resources_and_instructions_are_served(mode):
    async with connect(mode) as (client, _):
        prompts = {p.name for p in (await client.list_prompts()).prompts}
        resources = {str(r.uri) for r in (await client.list_resources()).resources}
        templates = {t.uri_template for t in (await client.list_resource_templates()).resource_templates}
        checklist = await client.read_resource("coursewright://checklist")
        flow = await client.get_prompt("create_course_stepwise", {"topic": "Intro to Python"})
    assert prompts == {"write_course_brief", "create_course_stepwise", "review_checklist"}
    assert "coursewright://checklist" in resources
    assert "course://{provider}/{course}" in templates
    assert "outcome" in checklist.contents[0].text.lower()
    assert "check_brief" in flow.messages[0].content.text


def test_the_skill_file_teaches_every_tool_and_declares_its_name():
    from pathlib import Path

    skill = (Path(__file__).resolve().parents[1] / "SKILL.md").read_text(encoding="utf-8")
    assert skill.startswith("---\nname: coursewright\ndescription: ")
    assert [name for name in CONTRACT if f"`{name}" not in skill] == []
