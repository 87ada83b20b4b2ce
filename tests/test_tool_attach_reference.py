"""attach_reference through the MCP client on the local provider: the folder rule, the count, the timing."""

import pytest
from mcp_helpers import MODES, call, connect, example, fail


async def new_task(client) -> str:
    return (await call(client, "create_task", **example()["brief"]))["task_id"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_files_in_the_working_folder_attach_until_the_fifth(mode, tmp_path):
    for n in range(5):
        (tmp_path / f"notes{n}.md").write_text(f"# Notes {n}\n", encoding="utf-8")
    async with connect(mode) as (client, _):
        task_id = await new_task(client)
        for n in range(4):
            attached = await call(client, "attach_reference", task_id=task_id, path=f"notes{n}.md")
            assert attached["name"] == f"notes{n}.md" and attached["size"] > 0
        text = await fail(client, "attach_reference", task_id=task_id, path="notes4.md")
        task = await call(client, "get_task", task_id=task_id)
    assert "4" in text and len(task["files"]) == 4


@pytest.mark.anyio
async def test_a_file_outside_the_configured_roots_is_refused(tmp_path):
    allowed = tmp_path / "allowed"
    allowed.mkdir()
    (tmp_path / "private.md").write_text("# Private\n", encoding="utf-8")
    async with connect(file_roots=[allowed]) as (client, _):
        task_id = await new_task(client)
        text = await fail(client, "attach_reference", task_id=task_id, path=str(tmp_path / "private.md"))
    assert "outside" in text and str(allowed) in text


@pytest.mark.anyio
async def test_files_cannot_be_attached_once_the_outline_exists(tmp_path):
    (tmp_path / "late.md").write_text("# Late\n", encoding="utf-8")
    async with connect() as (client, _):
        task_id = await new_task(client)
        await call(client, "generate_outline", task_id=task_id, outline=example()["outline"])
        text = await fail(client, "attach_reference", task_id=task_id, path="late.md")
    assert "outline" in text
