"""A retry is always safe: writes that landed are reported done, repeats never make a second thing.

The provider is the real local one with scripted trouble around its writes (an answer lost after
the write, a read-back that fails), driven through the real MCP client in both protocol eras.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mcp_helpers import MODES, all_blocks, call, connect, example, fail

from coursewright.config import Settings
from coursewright.errors import OutcomeUnknown, Unavailable
from coursewright.providers.local.adapter import LocalProvider
from coursewright.runtime import Runtime
from coursewright.server import build_server


class Troubled(LocalProvider):
    """Local, but a chosen write loses its answer after it landed, or the next reads fail."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(data_dir)
        self.lose_answer_of: set[str] = set()
        self.failing_reads = 0
        self.reads_fail_after_write = 0

    def _after_write(self, what: str) -> None:
        self.failing_reads += self.reads_fail_after_write
        self.reads_fail_after_write = 0
        if what in self.lose_answer_of:
            self.lose_answer_of.discard(what)
            raise OutcomeUnknown(
                "The platform received the call but the connection dropped before the answer arrived.",
                "Look for the result before trying again.",
            )

    async def get_course(self, course_id, include_content=False):
        if self.failing_reads:
            self.failing_reads -= 1
            raise Unavailable("The platform failed to handle the request (HTTP 503).", "Retry in a minute.")
        return await super().get_course(course_id, include_content)

    async def get_part(self, course_id, block_id, role="block"):
        if self.failing_reads:
            self.failing_reads -= 1
            raise Unavailable("The platform failed to handle the request (HTTP 503).", "Retry in a minute.")
        return await super().get_part(course_id, block_id, role)

    async def create_block(self, *args, **kwargs):
        made = await super().create_block(*args, **kwargs)
        self._after_write("create")
        return made

    async def delete_block(self, *args, **kwargs):
        deleted = await super().delete_block(*args, **kwargs)
        self._after_write("delete")
        return deleted

    async def generate_outline(self, *args, **kwargs):
        course = await super().generate_outline(*args, **kwargs)
        self._after_write("outline")
        return course


def troubled_server(tmp_path: Path) -> tuple[object, Troubled]:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data")
    provider = Troubled(settings.data_dir)
    return build_server(settings, providers={"local": provider}), provider


async def _outlined(client) -> tuple[str, str, dict]:
    task = await call(client, "create_task", **example()["brief"], provider="local")
    outline = await call(client, "generate_outline", task_id=task["task_id"], outline=example()["outline"])
    return task["task_id"], outline["course_id"], outline["tree"]


def _titled(tree: dict, title: str) -> list[dict]:
    return [block for block in all_blocks(tree) if block["display_name"] == title]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_create_whose_read_back_fails_is_a_success_with_a_note_not_an_error(tmp_path, mode):
    server, provider = troubled_server(tmp_path)
    async with connect(mode, server=server) as (client, _):
        _, course_id, tree = await _outlined(client)
        subsection = tree["children"][0]["children"][0]
        provider.reads_fail_after_write = 1
        created = await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="create",
            parent_id=subsection["id"],
            block_type="unit",
            display_name="Extra Practice",
        )
        course = await call(client, "get_course", course_id=course_id)
    assert created["block_id"] and created["excerpt"] is None
    assert "get_course" in created["note"] and "Do not repeat" in created["note"]
    assert [b["id"] for b in _titled(course["root"], "Extra Practice")] == [created["block_id"]]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_create_whose_answer_was_lost_is_found_on_the_retry_never_made_twice(tmp_path, mode):
    server, provider = troubled_server(tmp_path)
    async with connect(mode, server=server) as (client, _):
        _, course_id, tree = await _outlined(client)
        arguments = {
            "course_id": course_id,
            "action": "create",
            "parent_id": tree["children"][0]["children"][0]["id"],
            "block_type": "unit",
            "display_name": "Extra Practice",
            "content": "<p>Practise reading a CSV file.</p>",
        }
        provider.lose_answer_of = {"create"}
        error = await fail(client, "edit_xblock", **arguments)
        retried = await call(client, "edit_xblock", **arguments)
        repeated = await call(client, "edit_xblock", **arguments)
        course = await call(client, "get_course", course_id=course_id, include_content=True)
    assert "same arguments" in error and "never adds it twice" in error
    assert "already created" in retried["note"] and repeated["block_id"] == retried["block_id"]
    made = _titled(course["root"], "Extra Practice")
    assert [b["id"] for b in made if b["type"] == "unit"] == [retried["block_id"]]
    assert "Practise reading" in str(made)


@pytest.mark.anyio
async def test_the_same_create_after_its_block_was_deleted_makes_a_new_block(tmp_path):
    server, _ = troubled_server(tmp_path)
    async with connect(server=server) as (client, _):
        _, course_id, tree = await _outlined(client)
        arguments = {
            "course_id": course_id,
            "action": "create",
            "parent_id": tree["children"][0]["children"][0]["id"],
            "block_type": "unit",
            "display_name": "Extra Practice",
        }
        first = await call(client, "edit_xblock", **arguments)
        await call(client, "edit_xblock", course_id=course_id, action="delete", block_id=first["block_id"])
        second = await call(client, "edit_xblock", **arguments)
        course = await call(client, "get_course", course_id=course_id)
    assert first["note"] is None and second["note"] is None  # made anew, not "already created"
    assert [b["id"] for b in _titled(course["root"], "Extra Practice")] == [second["block_id"]]


@pytest.mark.anyio
async def test_a_refused_create_is_not_remembered_and_the_corrected_call_creates(tmp_path):
    server, _ = troubled_server(tmp_path)
    async with connect(server=server) as (client, _):
        _, course_id, tree = await _outlined(client)
        section = tree["children"][0]
        arguments = {"course_id": course_id, "action": "create", "block_type": "unit", "display_name": "X"}
        await fail(client, "edit_xblock", parent_id=section["id"], **arguments)
        made = await call(client, "edit_xblock", parent_id=section["children"][0]["id"], **arguments)
    assert made["note"] is None and made["block_id"]


@pytest.mark.anyio
async def test_a_delete_whose_answer_was_lost_is_reported_done_on_the_retry(tmp_path):
    server, provider = troubled_server(tmp_path)
    async with connect(server=server) as (client, _):
        _, course_id, tree = await _outlined(client)
        unit = tree["children"][0]["children"][0]["children"][0]
        provider.lose_answer_of = {"delete"}
        await fail(client, "edit_xblock", course_id=course_id, action="delete", block_id=unit["id"])
        again = await call(client, "edit_xblock", course_id=course_id, action="delete", block_id=unit["id"])
        stranger = await fail(client, "edit_xblock", course_id=course_id, action="delete", block_id="nope")
    assert again["block_id"] == unit["id"] and "already deleted" in again["note"]
    assert "not in course" in stranger


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_an_outline_call_cut_off_after_the_course_was_made_continues_instead_of_refusing(
    tmp_path, mode
):
    server, provider = troubled_server(tmp_path)
    async with connect(mode, server=server) as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="local")
        provider.lose_answer_of = {"outline"}
        await fail(client, "generate_outline", task_id=task["task_id"], outline=example()["outline"])
        again = await call(client, "generate_outline", task_id=task["task_id"], outline=example()["outline"])
        listed = await call(client, "list_courses", task_id=task["task_id"])
    assert "regenerate" not in again["note"] and "already created" in again["note"]
    assert again["counts"]["section"] == len(example()["outline"]) and len(listed["courses"]) == 1


def test_a_seeded_runtime_draws_the_same_back_off_every_time(tmp_path):
    settings = Settings(_env_file=None, data_dir=tmp_path)

    def draws(seed: int | None, provider: str = "iblai") -> list[float]:
        policy = Runtime(settings, retry_seed=seed)._retry_policy(provider)
        return [policy.backoff(n) for n in range(1, 6)]

    assert draws(7) == draws(7)
    assert draws(7) != draws(8) and draws(7) != draws(7, "tutorflow")
    assert Runtime(settings)._retry_policy("iblai") is None
