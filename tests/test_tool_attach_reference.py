"""attach_reference through the MCP client on the local provider: where the allowed folders come
from (the client's roots, COURSEWRIGHT_FILE_ROOTS, never the working folder), the count, the timing."""

import pytest
from mcp_helpers import MODES, call, connect, example, fail

from coursewright.cli import main


async def new_task(client) -> str:
    return (await call(client, "create_task", **example()["brief"]))["task_id"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_files_in_a_folder_the_client_shares_as_a_root_attach_until_the_fifth(mode, tmp_path):
    shared = tmp_path / "course material"
    shared.mkdir()
    for n in range(5):
        (shared / f"notes{n}.md").write_text(f"# Notes {n}\n", encoding="utf-8")
    async with connect(mode, roots=[shared]) as (client, _):
        task_id = await new_task(client)
        for n in range(4):
            attached = await call(
                client, "attach_reference", task_id=task_id, path=str(shared / f"notes{n}.md")
            )
            assert attached["name"] == f"notes{n}.md" and attached["size"] > 0
        text = await fail(client, "attach_reference", task_id=task_id, path="notes4.md")
        task = await call(client, "get_task", task_id=task_id)
    assert "4" in text and len(task["files"]) == 4


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_relative_path_is_read_from_the_clients_root(mode, tmp_path):
    shared = tmp_path / "shared"
    (shared / "week1").mkdir(parents=True)
    (shared / "week1" / "reading.md").write_text("# Reading\n", encoding="utf-8")
    async with connect(mode, roots=[shared]) as (client, _):
        task_id = await new_task(client)
        attached = await call(client, "attach_reference", task_id=task_id, path="week1/reading.md")
    assert attached["name"] == "reading.md"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_without_roots_nothing_is_read_not_even_the_working_folder(mode, tmp_path):
    # The tests run in tmp_path: the old default would have read this file.
    (tmp_path / "notes.md").write_text("# Notes\n", encoding="utf-8")
    async with connect(mode) as (client, _):
        task_id = await new_task(client)
        for path in ("notes.md", str(tmp_path / "notes.md")):
            text = await fail(client, "attach_reference", task_id=task_id, path=path)
            assert "COURSEWRIGHT_FILE_ROOTS" in text and "root" in text
        task = await call(client, "get_task", task_id=task_id)
    assert task["files"] == []


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_file_outside_the_clients_roots_and_the_configured_roots_is_refused(mode, tmp_path):
    shared, configured = tmp_path / "shared", tmp_path / "configured"
    shared.mkdir()
    configured.mkdir()
    (configured / "syllabus.md").write_text("# Syllabus\n", encoding="utf-8")
    (tmp_path / "private.md").write_text("# Private\n", encoding="utf-8")
    async with connect(mode, roots=[shared], file_roots=[configured]) as (client, _):
        task_id = await new_task(client)
        attached = await call(
            client, "attach_reference", task_id=task_id, path=str(configured / "syllabus.md")
        )
        text = await fail(client, "attach_reference", task_id=task_id, path=str(tmp_path / "private.md"))
    assert attached["name"] == "syllabus.md"
    assert "outside" in text and str(shared) in text and str(configured) in text


@pytest.mark.anyio
async def test_a_link_in_a_shared_folder_to_a_file_outside_it_is_refused(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (tmp_path / "private.md").write_text("# Private\n", encoding="utf-8")
    (shared / "innocent.md").symlink_to(tmp_path / "private.md")
    async with connect(roots=[shared]) as (client, _):
        task_id = await new_task(client)
        text = await fail(client, "attach_reference", task_id=task_id, path="innocent.md")
    assert "link" in text


@pytest.mark.anyio
async def test_files_cannot_be_attached_once_the_outline_exists(tmp_path):
    (tmp_path / "late.md").write_text("# Late\n", encoding="utf-8")
    async with connect(file_roots=[tmp_path]) as (client, _):
        task_id = await new_task(client)
        await call(client, "generate_outline", task_id=task_id, outline=example()["outline"])
        text = await fail(client, "attach_reference", task_id=task_id, path="late.md")
    assert "outline" in text


def test_doctor_shows_the_configured_roots_and_that_the_client_may_add_its_own(monkeypatch, capsys, tmp_path):
    monkeypatch.delenv("COURSEWRIGHT_FILE_ROOTS", raising=False)
    assert main(["doctor"]) == 0
    assert "attach_reference may read: none" in capsys.readouterr().out
    monkeypatch.setenv("COURSEWRIGHT_FILE_ROOTS", str(tmp_path))
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert f"attach_reference may read: {tmp_path.resolve()}" in out and "MCP client" in out
