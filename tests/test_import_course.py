"""import_course through the MCP client: an OLX export becomes a local draft, and the round trip
local -> OLX -> import -> OLX gives the same structure and content."""

import tarfile
from pathlib import Path

import pytest
from mcp_helpers import MODES, call, connect
from olx_packages import STUDIO_FILES, tar_gz

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
    unit = next(b for s in course["root"]["children"] for q in s["children"] for b in q["children"])
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
        return (
            block["type"],
            block["display_name"],
            block.get("content"),
            [shape(c) for c in block["children"]],
        )

    assert shape(again["root"]) == shape(original["root"])


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_studio_export_maps_pointers_and_inline_blocks_and_lists_what_it_skipped(mode, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "knots.tar.gz").write_bytes(tar_gz(STUDIO_FILES))
    async with connect(mode, roots=[shared]) as (client, _):
        imported = await call(client, "import_course", path="knots.tar.gz")
        course = await call(client, "get_course", course_id=imported["course_id"], include_content=True)
    assert imported["title"] == "Knots at Sea" and imported["format"] == "olx"
    assert imported["counts"] == {
        "section": 1, "subsection": 1, "unit": 2, "html": 2, "problem": 1, "video": 1
    }  # fmt: skip
    skipped = {s["item"]: s["reason"] for s in imported["skipped"]}
    assert "discussion 'Talk about it'" in skipped
    assert "cannot be graded" in skipped["problem 'Broken'"]
    assert any("static file" in item and "knot.png" in item for item in skipped)
    assert any("script" in s.lower() for s in imported["sanitized"])
    section = course["root"]["children"][0]
    assert section["id"].endswith("block@5c2d0196d8b2454691c578b8999a3256")  # Studio's url_name kept
    unit = section["children"][0]["children"][0]
    html, video, inline = unit["children"]
    assert "javascript:" not in html["content"] and "onclick" not in html["content"]
    assert "<script" not in inline["content"] and "<b>twice</b>" in inline["content"]
    assert video["content"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


@pytest.mark.anyio
async def test_an_unpacked_export_folder_is_imported_like_its_archive(tmp_path):
    folder = tmp_path / "shared" / "knots"
    for name, text in STUDIO_FILES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    async with connect(file_roots=[tmp_path / "shared"]) as (client, _):
        imported = await call(client, "import_course", path=str(folder))
    assert imported["counts"]["unit"] == 2 and imported["counts"]["problem"] == 1


def test_the_import_command_imports_an_export_from_the_terminal(tmp_path, capsys):
    package = tmp_path / "knots.tar.gz"
    package.write_bytes(tar_gz(STUDIO_FILES))
    assert main(["import", str(package)]) == 0
    printed = capsys.readouterr().out
    assert "Imported local:1 'Knots at Sea'" in printed and "skipped discussion" in printed


def test_the_import_command_refuses_a_bad_package_with_a_message_and_no_course(tmp_path, capsys):
    package = tmp_path / "bad.tar.gz"
    package.write_bytes(tar_gz({"course.xml": "<course"}))
    assert main(["import", str(package)]) == 1
    assert "not well-formed" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "knots.tar.gz")]) == 1
