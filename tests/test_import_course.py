"""import_course through the MCP client: an OLX export becomes a local draft, and the round trip
local -> OLX -> import -> OLX gives the same structure and content."""

import io
import tarfile
from pathlib import Path

import pytest
from mcp_helpers import MODES, call, connect, fail

from coursewright.cli import main
from coursewright.demo.flow import walk_flow

#: The OLX files that carry the course's structure and content (the rest: key, about page, image).
CONTENT_DIRS = ("chapter/", "sequential/", "vertical/", "html/", "problem/", "video/")


def olx_files(archive: Path) -> dict[str, bytes]:
    with tarfile.open(archive) as tar:
        return {
            m.name.removeprefix("course/"): tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()
        }


def content_of(files: dict[str, bytes]) -> dict[str, bytes]:
    course_file = next(n for n in files if n.startswith("course/") and n.endswith(".xml"))
    kept = {n: d for n, d in files.items() if n.startswith(CONTENT_DIRS)}
    kept["course/run.xml"] = files[course_file]
    return kept


async def add_video(client, course_id: str) -> None:
    course = await call(client, "get_course", course_id=course_id)
    unit = next(
        b
        for s in course["root"]["children"]
        for q in s["children"]
        for b in q["children"]
    )
    await call(
        client,
        "edit_xblock",
        course_id=course_id,
        action="create",
        parent_id=unit["id"],
        block_type="video",
        display_name="Watch: the idea",
        content="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    )


async def reviewed_and_published(client, course_id: str) -> Path:
    review = await call(client, "review_course", course_id=course_id)
    assert review["ok"], review["blocking"]
    return Path((await call(client, "publish", course_id=course_id))["location"])


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_an_olx_export_imported_and_exported_again_keeps_its_structure_and_content(mode, tmp_path):
    out = tmp_path / "out"
    async with connect(mode, archive_dir=out, file_roots=[out]) as (client, _):
        await walk_flow(client)
        original_id = (await call(client, "list_courses"))["courses"][0]["course_id"]
        await add_video(client, original_id)
        first = await reviewed_and_published(client, original_id)
        imported = await call(client, "import_course", path=str(first))
        assert imported["format"] == "olx" and imported["course_id"] != original_id
        assert imported["skipped"] == [] and imported["counts"]["video"] == 1
        second = await reviewed_and_published(client, imported["course_id"])
        original = await call(client, "get_course", course_id=original_id, include_content=True)
        again = await call(client, "get_course", course_id=imported["course_id"], include_content=True)
    assert second != first
    assert content_of(olx_files(second)) == content_of(olx_files(first))

    def shape(block):
        return (block["type"], block["display_name"], block.get("content"), [shape(c) for c in block["children"]])

    assert shape(again["root"]) == shape(original["root"])
