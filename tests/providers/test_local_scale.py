"""The local provider as courses grow: reads never wait for the write lock, an edit reads only its
part of the course, the tree is built whole from one read, and publish streams the archive."""

import gc
import os
import sqlite3
import tarfile

import anyio
import pytest
from mcp_helpers import MODES, call, connect, outlined_course
from test_local_provider import fill_every_unit, new_course

from coursewright.formats.olx.export import CourseMeta, course_files
from coursewright.model import OutlineSection
from coursewright.providers.local import adapter, blocks
from coursewright.providers.local.adapter import LocalProvider


@pytest.fixture
def provider(tmp_path):
    return LocalProvider(tmp_path / "data", archive_dir=tmp_path / "archives")


def wide_outline(sections: int, subsections: int, units: int) -> list[OutlineSection]:
    return [
        OutlineSection.model_validate(
            {
                "title": f"Section {s}",
                "subsections": [
                    {
                        "title": f"Part {s}.{q}",
                        "units": [{"title": f"Lesson {s}.{q}.{u}"} for u in range(units)],
                    }
                    for q in range(subsections)
                ],
            }
        )
        for s in range(sections)
    ]


@pytest.mark.anyio
async def test_reading_a_course_does_not_wait_for_a_writer_holding_the_lock(provider):
    _, course_id, course = await new_course(provider)
    writer = sqlite3.connect(provider.store.path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE courses SET title = 'Being edited' WHERE id = ?", (int(course_id),))
        with anyio.fail_after(10):
            seen = await provider.get_course(course_id)
            listed = await provider.list_courses()
            part, _ = await provider.get_part(course_id, course.units()[0].id)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    # The readers saw the last committed state, not the writer's uncommitted title.
    assert seen.title == course.title and listed[0].title == course.title
    assert part.id == course.units()[0].id


@pytest.mark.anyio
async def test_concurrent_readers_and_writers_on_one_course_all_succeed(provider):
    _, course_id, course = await new_course(provider, wide_outline(3, 3, 4))
    units = course.units()
    errors: list[BaseException] = []

    async def read(n: int) -> None:
        try:
            await provider.get_course(course_id, n % 2 == 0)
        except Exception as exc:  # noqa: BLE001 - every failure is what the test counts
            errors.append(exc)

    async def write(n: int) -> None:
        try:
            await provider.update_block(course_id, units[n].id, None, f"<p>Lesson text {n}.</p>")
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    async with anyio.create_task_group() as group:
        for n in range(12):
            group.start_soon(read, n)
            group.start_soon(write, n)
    assert errors == []
    after = await provider.get_course(course_id, True)
    written = {u.id: u.children[0].content for u in after.units() if u.children}
    assert written == {units[n].id: f"<p>Lesson text {n}.</p>" for n in range(12)}


@pytest.mark.anyio
async def test_edits_and_parts_never_read_the_whole_course(provider, monkeypatch):
    _, course_id, course = await new_course(provider, wide_outline(2, 2, 3))
    unit, other = course.units()[0], course.units()[-1]
    subsection = course.parent_of(unit.id)

    def whole_course(*args, **kwargs):
        raise AssertionError("an edit read every block of the course")

    monkeypatch.setattr(blocks, "rows", whole_course)
    made = await provider.create_block(course_id, subsection.id, "unit", "Recap", None, "first")
    await provider.update_block(course_id, unit.id, "Renamed", "<p>Text</p>")
    await provider.reorder_children(
        course_id, subsection.id, [c.id for c in subsection.children] + [other.id, made]
    )
    part, parent = await provider.get_part(course_id, subsection.id)
    deleted = await provider.delete_block(course_id, unit.id)
    monkeypatch.undo()
    assert parent == course.parent_of(subsection.id).id
    assert [c.id for c in part.children] == [c.id for c in subsection.children] + [other.id, made]
    assert deleted[0] == unit.id and len(deleted) == 2  # the unit and the html component its content made
    after = (await provider.get_course(course_id)).find(subsection.id)
    assert [c.display_name for c in after.children] == [
        "Lesson 0.0.1",
        "Lesson 0.0.2",
        "Lesson 1.1.2",
        "Recap",
    ]


@pytest.mark.anyio
async def test_a_course_tree_keeps_every_parents_order_when_built_in_one_pass(provider):
    _, course_id, course = await new_course(provider, wide_outline(4, 3, 5))
    tree = await provider.get_course(course_id)
    assert [s.display_name for s in tree.root.children] == [f"Section {s}" for s in range(4)]
    assert [u.display_name for u in tree.units()] == [
        f"Lesson {s}.{q}.{u}" for s in range(4) for q in range(3) for u in range(5)
    ]
    assert tree == course


@pytest.mark.anyio
async def test_publish_streams_the_archive_without_a_folder_of_small_files(provider, tmp_path, monkeypatch):
    _, course_id, _ = await new_course(provider)
    await fill_every_unit(provider, course_id)
    made: list[str] = []
    real_mkdir = os.mkdir

    def recording_mkdir(path, *args, **kwargs):
        made.append(str(path))
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", recording_mkdir)
    result = await provider.publish(course_id)
    monkeypatch.undo()
    assert made in ([], [str(tmp_path / "archives")])
    course, meta = provider.store.export_view(int(course_id))
    expected = course_files(course, CourseMeta(**meta))
    with tarfile.open(result.location) as tar:
        members = tar.getmembers()
        names = [m.name for m in members]
        files = {m.name.removeprefix("course/"): tar.extractfile(m).read() for m in members if m.isfile()}
    assert files == {k: v if isinstance(v, bytes) else v.encode() for k, v in expected.items()}
    # Each folder comes before what it holds, names sorted, as a tar of the exported folder lists them.
    folders = [m.name for m in members if m.isdir()]
    assert names[0] == "course" and all(names.index(os.path.dirname(n)) < names.index(n) for n in names[1:])
    assert "course/vertical" in folders and all(m.mode == 0o644 for m in members if m.isfile())
    # Whole-second times, so every entry is one ustar header and no entry needs a pax header.
    assert all(m.pax_headers == {} and isinstance(m.mtime, int) for m in members)


@pytest.mark.anyio
async def test_publish_reads_and_archives_the_course_with_the_cycle_collector_paused(provider, monkeypatch):
    _, course_id, _ = await new_course(provider)
    await fill_every_unit(provider, course_id)
    seen: list[bool] = []
    monkeypatch.setattr(provider.store, "export_view", recording(provider.store.export_view, seen))
    monkeypatch.setattr(adapter, "write_archive", recording(adapter.write_archive, seen))
    assert gc.isenabled()
    await provider.publish(course_id)
    assert seen == [False, False] and gc.isenabled()
    # A collector someone else turned off stays off.
    gc.disable()
    try:
        await provider.publish(course_id)
        assert not gc.isenabled()
    finally:
        gc.enable()


def recording(function, seen):
    def wrapper(*args, **kwargs):
        seen.append(gc.isenabled())
        return function(*args, **kwargs)

    return wrapper


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_edit_xblock_through_the_tools_reads_only_its_part_of_the_course(mode, monkeypatch):
    async with connect(mode) as (client, _):
        _, course_id, tree = await outlined_course(client)
        subsection = tree["children"][0]["children"][0]
        unit = subsection["children"][0]

        def whole_course(*args, **kwargs):
            raise AssertionError("edit_xblock read every block of the course")

        monkeypatch.setattr(blocks, "rows", whole_course)
        updated = await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="update",
            block_id=unit["id"],
            content="<p>Hi</p>",
        )
        created = await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="create",
            parent_id=subsection["id"],
            block_type="unit",
            display_name="Recap",
        )
        monkeypatch.undo()
    assert updated["excerpt"]["id"] == subsection["id"]
    assert created["excerpt"]["children"][-1]["id"] == created["block_id"]
