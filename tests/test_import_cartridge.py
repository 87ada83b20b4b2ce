"""import_course with a Common Cartridge, through the MCP client: a local course exported as a
cartridge imports and exports again to the same files (only the manifest's own identifier, a
hash of the course id, differs), and a cartridge shaped like Canvas's and Moodle's maps its
outline, pages, links and quizzes and names everything it left out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cartridges import CANVAS_FILES
from export_helpers import SUPPORTED, schemas_dir, zip_files
from mcp_helpers import MODES, call, connect
from olx_packages import zip_of

from coursewright.cli import main
from coursewright.demo.flow import walk_flow
from coursewright.formats.questions import read_question
from coursewright.formats.validate import Schemas, validate_files

CONTAINERS = ("section", "subsection", "unit")
_MANIFEST_ID = re.compile(rb'(<manifest\b[^>]*\sidentifier=")[^"]*(")')


async def add_video_and_every_question_type(client, course_id: str) -> None:
    course = await call(client, "get_course", course_id=course_id)
    subsection = course["root"]["children"][0]["children"][0]
    first_unit = subsection["children"][0]

    async def create(parent: str, kind: str, name: str, content: str | None = None) -> dict:
        made = await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="create",
            parent_id=parent,
            block_type=kind,
            display_name=name,
            **({"content": content} if content is not None else {}),
        )
        return made

    await create(first_unit["id"], "video", "Watch: the idea", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    unit = await create(subsection["id"], "unit", "Every question type")
    for title, xml in SUPPORTED.items():
        await create(unit["block_id"], "problem", title, xml)


def shape(block: dict) -> tuple:
    content = block.get("content")
    if block["type"] == "problem":
        question = read_question(content or "")
        content = (question.kind, question.prompt, question.choices, question.answers)
    return (block["type"], block["display_name"], content, [shape(c) for c in block["children"]])


def without_manifest_identifier(files: dict[str, bytes]) -> dict[str, bytes]:
    return {**files, "imsmanifest.xml": _MANIFEST_ID.sub(rb"\1*\2", files["imsmanifest.xml"], count=1)}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_course_exported_as_a_cartridge_imports_and_exports_again_to_the_same_files(mode, tmp_path):
    schemas = schemas_dir()
    exports = tmp_path / "data" / "exports"
    async with connect(mode, schemas_dir=schemas, file_roots=[exports]) as (client, _):
        await walk_flow(client)
        original_id = (await call(client, "list_courses"))["courses"][0]["course_id"]
        await add_video_and_every_question_type(client, original_id)
        first = await call(client, "export_course", course_id=original_id, format="imscc")
        imported = await call(client, "import_course", path=first["path"])
        second = await call(client, "export_course", course_id=imported["course_id"], format="imscc")
        original = await call(client, "get_course", course_id=original_id, include_content=True)
        again = await call(client, "get_course", course_id=imported["course_id"], include_content=True)
    assert first["validated"] and second["validated"] and first["skipped"] == second["skipped"] == []
    assert imported["format"] == "imscc" and imported["course_id"] != original_id
    assert imported["skipped"] == [] and imported["sanitized"] == []
    assert imported["counts"]["video"] == 1 and imported["counts"]["problem"] >= len(SUPPORTED)
    before, after = zip_files(Path(first["path"])), zip_files(Path(second["path"]))
    assert before["imsmanifest.xml"] != after["imsmanifest.xml"]  # each names its own course
    assert without_manifest_identifier(after) == without_manifest_identifier(before)
    assert list(after) == list(before)  # the same files in the same order, every other byte equal
    assert validate_files("imscc", after, Schemas(schemas)) == []
    # Numbers lose their tolerance in the cartridge (the CC profile's blanks compare exactly),
    # and the export says so for each of them.
    assert {(c["display_name"], c["reason"].split()[-1]) for c in first["changed"]} == {
        ("numerical input", "0.01"),
        ("numerical input, relative tolerance", "5%"),
    }
    assert "see changed" in first["detail"]
    assert shape(again["root"]) == shape(original["root"])


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_canvas_style_cartridge_maps_its_outline_and_names_what_it_left_out(mode, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "knots.imscc").write_bytes(zip_of(CANVAS_FILES))
    async with connect(mode, roots=[shared]) as (client, _):
        imported = await call(client, "import_course", path="knots.imscc")
        course = await call(client, "get_course", course_id=imported["course_id"], include_content=True)
    assert imported["format"] == "imscc" and imported["title"] == "Knots at Sea"
    assert imported["counts"] == {
        "section": 3, "subsection": 4, "unit": 6, "html": 6, "problem": 5, "video": 1
    }  # fmt: skip

    def outline(block: dict) -> list:
        return [(b["display_name"], outline(b)) for b in block["children"] if b["type"] in CONTAINERS]

    assert outline(course["root"]) == [
        # A page straight under the root: a section and subsection named after the course hold it.
        ("Knots at Sea", [("Knots at Sea", [("Syllabus", [])])]),
        # Pages straight under a module: a subsection named after it, a unit per page; the text
        # header starts a subsection of its own; skipped items leave no empty unit behind.
        ("Week 1: Basic knots", [
            ("Week 1: Basic knots", [("Welcome aboard", []), ("Watch the bowline", [])]),
            ("Practice", [("Knot quiz", [])]),
        ]),
        # Four levels deep: the nesting below the unit is flattened into its components.
        ("Week 2: Ropes", [("Rope care", [("Rope types", []), ("Coiling", [])])]),
    ]  # fmt: skip
    week1 = course["root"]["children"][1]
    welcome, video = (u["children"][0] for u in week1["children"][0]["children"])
    assert "<script" not in welcome["content"] and "Bring a rope." in welcome["content"]
    assert video["type"] == "video" and video["content"] == "https://youtu.be/dQw4w9WgXcQ"
    quiz = week1["children"][1]["children"][0]["children"]
    questions = [read_question(p["content"]) for p in quiz]
    assert [p["display_name"] for p in quiz] == ["Fixed loop", "Hitches", "Reef knot", "Name it", "Turns"]
    assert [q.kind for q in questions] == ["single", "multiple", "single", "text", "number"]
    assert questions[0].prompt == "Which knot makes a fixed loop?"  # html prompt read as text
    assert questions[0].choices == [("Bowline", True), ("Reef knot", False), ("Clove hitch", False)]
    assert questions[1].choices == [("Clove hitch", True), ("Bowline", False), ("Round turn", True)]
    assert questions[3].answers == ["stopper", "stopper knot"] and not questions[3].case_sensitive
    rope_types = course["root"]["children"][2]["children"][0]["children"][0]
    names = [c["display_name"] for c in rope_types["children"]]
    assert names == ["Laid rope", "Braided rope", "Knot reference"]
    assert 'href="https://example.org/knots?a=1&amp;b=2"' in rope_types["children"][2]["content"]
    skipped = {s["item"]: s["reason"] for s in imported["skipped"]}
    assert "essay" in skipped["question 'Your favourite' in quiz 'Knot quiz'"]
    assert "pattern-match" in skipped["question 'Spelling' in quiz 'Knot quiz'"]
    assert "discussions" in skipped["discussion topic 'Introduce yourself'"]
    assert "LTI" in skipped["LTI link 'Publisher tool'"]
    assert "not imported" in skipped["file 'Knot chart (PDF)'"]
    assert "wiki_content/gone.html is missing" in skipped["page 'Lost page'"]
    assert "leads outside the package" in skipped["page 'Escaping page'"]
    assert "question banks" in skipped["question bank 'r_bank'"]
    assert any(item.startswith("2 file(s)") and "web_resources/logo.png" in item for item in skipped)
    assert len(skipped) == 9 and any("script" in s for s in imported["sanitized"])
    assert not (tmp_path / "outside.html").exists()


@pytest.mark.anyio
async def test_an_imported_cartridge_exports_again_as_a_valid_cartridge(tmp_path):
    schemas = schemas_dir()
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "knots.imscc").write_bytes(zip_of(CANVAS_FILES))
    async with connect(roots=[shared], schemas_dir=schemas) as (client, _):
        imported = await call(client, "import_course", path="knots.imscc")
        review = await call(client, "review_course", course_id=imported["course_id"])
        assert review["ok"], review["blocking"]
        exported = await call(client, "export_course", course_id=imported["course_id"], format="imscc")
    files = zip_files(Path(exported["path"]))
    assert exported["validated"] and validate_files("imscc", files, Schemas(schemas)) == []
    manifest = files["imsmanifest.xml"].decode()
    assert "<title>Week 2: Ropes</title>" in manifest and 'identifier="I_w2_types"' in manifest


def test_the_import_command_imports_a_cartridge_from_the_terminal(tmp_path, capsys):
    package = tmp_path / "knots.imscc"
    package.write_bytes(zip_of(CANVAS_FILES))
    assert main(["import", str(package)]) == 0
    printed = capsys.readouterr().out
    assert "Imported local:1 'Knots at Sea' (imscc)" in printed and "skipped LTI link" in printed
