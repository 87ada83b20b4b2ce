"""The local provider directly: locators, structure rules, concurrency, crash safety, the OLX archive."""

import re
import tarfile
from pathlib import Path
from xml.etree import ElementTree

import anyio
import pytest

from coursewright.demo.flow import load_example
from coursewright.errors import Conflict, GenerationUnavailable, InvalidInput, NotFound, NotSupported
from coursewright.model import Brief, OutlineSection, TaskOptions
from coursewright.providers.base import no_progress
from coursewright.providers.local import blocks
from coursewright.providers.local.adapter import LocalProvider

BLOCK = re.compile(r"^block-v1:coursewright\+CW\d{3}\+\d{4}\+type@[a-z]+\+block@[A-Za-z0-9_-]+$")
MCQ = (
    '<problem><multiplechoiceresponse><label>Pick b</label><choicegroup type="MultipleChoice">'
    '<choice correct="false">a</choice><choice correct="true">b</choice></choicegroup>'
    "</multiplechoiceresponse></problem>"
)


@pytest.fixture
def provider(tmp_path):
    return LocalProvider(tmp_path / "data", archive_dir=tmp_path / "archives")


def example_outline() -> list[OutlineSection]:
    return [OutlineSection.model_validate(s) for s in load_example()["outline"]]


async def new_course(provider, outline=None):
    data = load_example()["brief"]
    task = await provider.create_task(Brief(**data), TaskOptions())
    native = task.task_id.split(":")[1]
    course = await provider.generate_outline(native, outline or example_outline(), False)
    return native, course.course_id.split(":")[1], course


async def fill_every_unit(provider, course_id):
    course = await provider.get_course(course_id)
    for index, unit in enumerate(course.units()):
        body = MCQ if index % 3 == 2 else f"<h3>{unit.display_name}</h3><p>Lesson text for unit {index}.</p>"
        await provider.update_block(course_id, unit.id, None, body)


@pytest.mark.anyio
async def test_every_block_id_is_an_edx_locator_with_a_safe_slug(provider):
    _, _, course = await new_course(provider)
    ids = [b.id for b in course.blocks()]
    assert all(BLOCK.match(i) for i in ids), ids
    assert len(ids) == len(set(ids))


@pytest.mark.anyio
async def test_repeated_and_non_ascii_titles_get_distinct_ascii_slugs(provider):
    outline = [
        OutlineSection.model_validate(
            {
                "title": "Café",
                "subsections": [{"title": "Über", "units": [{"title": "Intro"}, {"title": "Intro"}]}],
            }
        )
    ]
    _, _, course = await new_course(provider, outline)
    units = course.units()
    assert units[0].id != units[1].id and all(BLOCK.match(u.id) for u in units)


@pytest.mark.anyio
async def test_without_an_outline_the_error_shows_the_shape_to_pass(provider):
    task = await provider.create_task(Brief(**load_example()["brief"]), TaskOptions())
    with pytest.raises(GenerationUnavailable) as caught:
        await provider.generate_outline(task.task_id.split(":")[1], None, False)
    assert '"subsections"' in str(caught.value) and '"units"' in str(caught.value)


@pytest.mark.anyio
async def test_a_second_outline_needs_regenerate_and_then_replaces_the_first(provider):
    task_id, course_id, _ = await new_course(provider)
    with pytest.raises(Conflict, match="regenerate"):
        await provider.generate_outline(task_id, example_outline(), False)
    small = [
        OutlineSection.model_validate(
            {"title": "Only", "subsections": [{"title": "S", "units": [{"title": "U"}]}]}
        )
    ]
    again = await provider.generate_outline(task_id, small, True)
    assert again.course_id.endswith(f":{course_id}") and again.counts()["unit"] == 1


@pytest.mark.anyio
async def test_concurrent_creates_under_one_parent_all_land_in_order(provider):
    _, course_id, course = await new_course(provider)
    subsection = next(b for b in course.blocks() if b.type == "subsection")
    before = len(subsection.children)
    created: list[str] = []

    async def create(n: int) -> None:
        created.append(
            await provider.create_block(course_id, subsection.id, "unit", f"Extra {n}", None, "last")
        )

    async with anyio.create_task_group() as group:
        for n in range(12):
            group.start_soon(create, n)
    after = (await provider.get_course(course_id)).find(subsection.id)
    assert len(after.children) == before + 12 and len(set(created)) == 12
    assert {c.id for c in after.children[before:]} == set(created)


@pytest.mark.anyio
async def test_a_failure_halfway_through_an_outline_leaves_no_half_course(provider, monkeypatch):
    task = await provider.create_task(Brief(**load_example()["brief"]), TaskOptions())
    native = task.task_id.split(":")[1]
    original = blocks.insert_many

    def failing_insert(db, rows):
        original(db, rows[:5])  # the first rows land, then the disk fills
        raise OSError("disk full")

    monkeypatch.setattr(blocks, "insert_many", failing_insert)
    with pytest.raises(OSError):
        await provider.generate_outline(native, example_outline(), False)
    monkeypatch.setattr(blocks, "insert_many", original)
    assert (await provider.get_task(native)).has_outline is False
    assert await provider.list_courses() == []


@pytest.mark.anyio
async def test_content_sent_to_a_unit_fills_a_component_of_the_matching_kind(provider):
    _, course_id, course = await new_course(provider)
    unit = course.units()[0]
    await provider.update_block(course_id, unit.id, None, "<p>Text</p>")
    await provider.update_block(course_id, unit.id, None, "<p>Text, revised</p>")
    await provider.update_block(course_id, unit.id, None, MCQ)
    after = (await provider.get_course(course_id, True)).find(unit.id)
    assert [c.type for c in after.children] == ["html", "problem"]
    assert after.children[0].content == "<p>Text, revised</p>"


@pytest.mark.anyio
async def test_a_bad_problem_is_refused_at_write_time(provider):
    _, course_id, course = await new_course(provider)
    unit = course.units()[0]
    with pytest.raises(InvalidInput, match="cannot be graded"):
        await provider.update_block(course_id, unit.id, None, "<problem><p>no response</p></problem>")
    with pytest.raises(InvalidInput, match="cannot be graded"):
        await provider.create_block(course_id, unit.id, "problem", "Q", "<problem/>", "last")


@pytest.mark.anyio
async def test_structure_rules_refuse_wrong_parents_duplicates_and_cycles(provider):
    _, course_id, course = await new_course(provider)
    section = next(b for b in course.blocks() if b.type == "section")
    subsection = section.children[0]
    unit = subsection.children[0]
    with pytest.raises(InvalidInput, match="under a subsection"):
        await provider.create_block(course_id, section.id, "unit", "X", None, "last")
    with pytest.raises(InvalidInput, match="more than once"):
        await provider.reorder_children(
            course_id, subsection.id, [c.id for c in subsection.children] + [unit.id]
        )
    with pytest.raises(InvalidInput, match="belongs under"):
        await provider.reorder_children(course_id, section.id, [c.id for c in section.children] + [unit.id])
    with pytest.raises(InvalidInput, match="root"):
        await provider.delete_block(course_id, course.root.id)
    with pytest.raises(NotFound):
        await provider.delete_block(course_id, unit.id.replace("CW", "ZZ"))


@pytest.mark.anyio
async def test_moving_a_block_renumbers_both_parents(provider):
    _, course_id, course = await new_course(provider)
    first, second = [b for b in course.blocks() if b.type == "subsection"][:2]
    moving = second.children[0]
    await provider.reorder_children(course_id, first.id, [c.id for c in first.children] + [moving.id])
    after = await provider.get_course(course_id)
    assert after.find(first.id).children[-1].id == moving.id
    assert moving.id not in [c.id for c in after.find(second.id).children]
    added = await provider.create_block(course_id, second.id, "unit", "New first", None, "first")
    assert (await provider.get_course(course_id)).find(second.id).children[0].id == added


@pytest.mark.anyio
async def test_the_store_survives_a_new_provider_instance(provider, tmp_path):
    _, course_id, _ = await new_course(provider)
    reopened = LocalProvider(tmp_path / "data", archive_dir=tmp_path / "archives")
    assert (await reopened.get_course(course_id)).counts()["unit"] == 11


@pytest.mark.anyio
async def test_drafting_and_progress_say_what_local_cannot_do(provider):
    _, course_id, _ = await new_course(provider)
    with pytest.raises(GenerationUnavailable, match="edit_xblock"):
        await provider.draft_content(course_id, None, False, no_progress)
    with pytest.raises(NotSupported) as caught:
        await provider.student_progress(course_id, "ada")
    assert "local" in str(caught.value) and "cannot" in str(caught.value)
    state = await provider.readiness(course_id, "content")
    assert state.status == "idle" and len(state.missing) == 11


def extract(archive: Path, into: Path) -> Path:
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into / "course"


@pytest.mark.anyio
async def test_the_archive_has_the_studio_layout_and_passes_olxcleaner(provider, tmp_path):
    _, course_id, _ = await new_course(provider)
    await fill_every_unit(provider, course_id)
    result = await provider.publish(course_id)
    archive = Path(result.location)
    assert archive.name == "CW001_" + archive.name.split("_")[1] and not list(archive.parent.glob("*.part"))
    root = extract(archive, tmp_path / "x")

    pointer = ElementTree.parse(root / "course.xml").getroot()
    run = pointer.get("url_name")
    assert pointer.get("org") == "coursewright" and pointer.get("course") == "CW001"
    course_xml = ElementTree.parse(root / "course" / f"{run}.xml").getroot()
    assert course_xml.get("start") and course_xml.get("end") and course_xml.get("display_name")
    assert (root / "static" / course_xml.get("course_image")).read_bytes().startswith(b"\x89PNG")
    for folder in ("chapter", "sequential", "vertical"):
        for path in (root / folder).glob("*.xml"):
            element = ElementTree.parse(path).getroot()
            assert element.get("display_name"), path
            for child in element:
                assert (root / child.tag / f"{child.get('url_name')}.xml").is_file()
    for html in (root / "html").glob("*.xml"):
        assert (root / "html" / f"{ElementTree.parse(html).getroot().get('filename')}.html").is_file()
    for problem in (root / "problem").glob("*.xml"):
        assert ElementTree.parse(problem).getroot().get("display_name")
    assert (root / "policies" / run / "policy.json").is_file()
    assert (root / "policies" / run / "grading_policy.json").is_file()

    from olxcleaner import validate
    from olxcleaner.reporting import ErrorLevel

    _, errors, _ = validate(str(root), steps=8)
    assert not errors.return_error(ErrorLevel.WARNING.value), [type(e).__name__ for e in errors.errors]


@pytest.mark.anyio
async def test_an_edit_after_publishing_marks_the_course_as_a_draft_again(provider):
    _, course_id, _ = await new_course(provider)
    await fill_every_unit(provider, course_id)
    await provider.publish(course_id)
    assert (await provider.get_course(course_id)).status == "published"
    unit = (await provider.get_course(course_id)).units()[0]
    await provider.update_block(course_id, unit.id, "Renamed", None)
    assert (await provider.get_course(course_id)).status == "drafted"


@pytest.mark.anyio
async def test_deleting_a_course_frees_its_task(provider):
    task_id, course_id, _ = await new_course(provider)
    await provider.delete_course(course_id)
    with pytest.raises(NotFound):
        await provider.get_course(course_id)
    assert (await provider.get_task(task_id)).has_outline is False
