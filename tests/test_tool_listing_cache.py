"""The tool listing is kept in the data folder, so a new server answers its first tools/list
without building its tools; the tools themselves are built when one is first called."""

import json

import pytest
from mcp_helpers import MODES, call, connect

from coursewright.config import Settings
from coursewright.server import build_server

CACHE = ("cache", "tools-list.json")


def listing(tools) -> list[dict]:
    return [tool.model_dump(mode="json", by_alias=True, exclude_none=True) for tool in tools]


async def listed_by(server, mode: str = "auto") -> list[dict]:
    async with connect(mode, server=server) as (client, _):
        return listing((await client.list_tools()).tools)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_second_server_lists_its_tools_from_the_cache_without_building_them(mode, tmp_path):
    first = build_server(Settings(data_dir=tmp_path))
    built = await listed_by(first, mode)
    assert first._tools_added  # nothing cached yet: the first server built its tools
    assert tmp_path.joinpath(*CACHE).is_file()

    second = build_server(Settings(data_dir=tmp_path))
    assert await listed_by(second, mode) == built
    assert not second._tools_added


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_tool_called_after_a_cached_listing_is_built_and_validates_its_arguments(mode, tmp_path):
    await listed_by(build_server(Settings(data_dir=tmp_path)))
    server = build_server(Settings(data_dir=tmp_path))
    async with connect(mode, server=server) as (client, _):
        await client.list_tools()
        checked = await call(
            client, "check_brief", name="Python", description="Loops", target_audience="beginners"
        )
        refused = await client.call_tool(
            "check_brief", {"name": "", "description": "x", "target_audience": "y"}
        )
    assert server._tools_added
    assert checked["ready"] is False
    assert refused.is_error and "name" in refused.content[0].text


@pytest.mark.anyio
async def test_a_listing_cached_by_other_code_or_settings_is_not_used(tmp_path):
    built = await listed_by(build_server(Settings(data_dir=tmp_path)))
    path = tmp_path.joinpath(*CACHE)
    saved = json.loads(path.read_text())
    saved["fingerprint"] = "written by another version"
    saved["tools"] = saved["tools"][:1]
    path.write_text(json.dumps(saved))

    server = build_server(Settings(data_dir=tmp_path))
    assert await listed_by(server) == built
    assert server._tools_added
    assert json.loads(path.read_text())["fingerprint"] != "written by another version"

    read_only = build_server(Settings(data_dir=tmp_path, read_only=True))
    names = {tool["name"] for tool in await listed_by(read_only)}
    assert read_only._tools_added
    assert names < {tool["name"] for tool in built} and "publish" not in names


@pytest.mark.anyio
@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"fingerprint": 1}', b"[]"])
async def test_a_damaged_cache_file_only_costs_a_rebuild(damage, tmp_path):
    built = await listed_by(build_server(Settings(data_dir=tmp_path)))
    tmp_path.joinpath(*CACHE).write_bytes(damage)
    server = build_server(Settings(data_dir=tmp_path))
    assert await listed_by(server) == built
    assert server._tools_added


@pytest.mark.anyio
async def test_a_data_folder_that_cannot_hold_the_cache_still_lists_every_tool(tmp_path):
    tmp_path.joinpath("cache").write_text("a file where the cache folder would go")
    server = build_server(Settings(data_dir=tmp_path))
    tools = await listed_by(server)
    assert len(tools) >= 19 and not list(tmp_path.glob("cache*.tmp"))
