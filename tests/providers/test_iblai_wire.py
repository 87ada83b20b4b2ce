"""ibl.ai wire mapping: statuses, locators and the structure tree in every shape the API has used."""

import pytest

from coursewright.errors import InvalidInput
from coursewright.model import Brief, CourseStatus, TaskOptions, TaskStatus
from coursewright.providers.iblai import tree, wire

ROOT = "block-v1:acme+PY1+2026_T1+type@course+block@course"


def loc(category: str, slug: str) -> str:
    return f"block-v1:acme+PY1+2026_T1+type@{category}+block@{slug}"


def find(root, block_id):
    return next(b for b in root.walk() if b.id == block_id)


DOCUMENTED_TREE = {
    "id": 7,
    "name": "Python for Analysts",
    "xblock_id": ROOT,
    "display_name": "Python for Analysts",
    "task": 3,
    "sections": [
        {
            "xblock_id": loc("chapter", "s1"),
            "display_name": "Start",
            "type": "section",
            "subsections": [
                {
                    "xblock_id": loc("sequential", "q1"),
                    "display_name": "Setup",
                    "type": "subsection",
                    "units": [
                        {
                            "xblock_id": loc("vertical", "u1"),
                            "display_name": "Install",
                            "type": "unit",
                            "components": [
                                {
                                    "xblock_id": loc("html", "h1"),
                                    "display_name": "Install",
                                    "type": "html",
                                    "content": "<p>Download Python.</p>",
                                }
                            ],
                        },
                        {
                            "xblock_id": loc("vertical", "u2"),
                            "display_name": "Check",
                            "type": "unit",
                            "components": [],
                        },
                    ],
                }
            ],
        }
    ],
}


@pytest.mark.parametrize(
    ("wire_status", "status"),
    [
        ("Pending", TaskStatus.PENDING),
        ("Scheduled", TaskStatus.SCHEDULED),
        ("In Progress", TaskStatus.IN_PROGRESS),
        ("in_progress", TaskStatus.IN_PROGRESS),
        ("Success", TaskStatus.SUCCESS),
        ("Failed", TaskStatus.FAILED),
        ("Cancelled", TaskStatus.CANCELLED),
        ("canceled", TaskStatus.CANCELLED),
        ("", TaskStatus.PENDING),
        ("Thinking hard", TaskStatus.IN_PROGRESS),
    ],
)
def test_task_status_reads_the_documented_words_and_their_variants(wire_status, status):
    assert wire.task_status(wire_status) is status


def test_documented_tree_maps_to_neutral_blocks_with_locators_and_content():
    root = tree.root_from_wire(DOCUMENTED_TREE, include_content=True)
    assert root.id == ROOT and root.type == "course" and root.display_name == "Python for Analysts"
    types = [(b.type, b.id) for b in root.walk()]
    assert types == [
        ("course", ROOT),
        ("section", loc("chapter", "s1")),
        ("subsection", loc("sequential", "q1")),
        ("unit", loc("vertical", "u1")),
        ("html", loc("html", "h1")),
        ("unit", loc("vertical", "u2")),
    ]
    html = next(b for b in root.walk() if b.type == "html")
    assert html.content == "<p>Download Python.</p>"


def test_tree_without_content_leaves_content_unset():
    root = tree.root_from_wire(DOCUMENTED_TREE, include_content=False)
    assert all(b.content is None for b in root.walk())


def test_generic_children_with_edx_categories_and_no_types_still_parse():
    studio_shape = {
        "id": ROOT,
        "display_name": "Studio shape",
        "children": [
            {
                "id": loc("chapter", "a"),
                "category": "chapter",
                "display_name": "A",
                "children": [
                    {
                        "locator": loc("sequential", "b"),
                        "display_name": "B",
                        "children": [
                            {
                                "usage_key": loc("vertical", "c"),
                                "display_name": "C",
                                "children": [{"id": loc("problem", "p"), "data": "<problem/>"}],
                            }
                        ],
                    }
                ],
            }
        ],
    }
    root = tree.root_from_wire(studio_shape, include_content=True)
    assert [b.type for b in root.walk()] == ["course", "section", "subsection", "unit", "problem"]
    assert find(root, loc("problem", "p")).content == "<problem/>"


def test_legacy_typed_tree_with_integer_ids_and_multiple_choice_components():
    legacy = {
        "id": 4,
        "name": "Legacy",
        "sections": [
            {
                "id": 10,
                "display_name": "S",
                "subsections": [
                    {
                        "id": 11,
                        "display_name": "Q",
                        "units": [
                            {
                                "id": 12,
                                "display_name": "U",
                                "type": "assessment",
                                "components": [{"id": 13, "type": "multiple_choice", "display_name": "MC"}],
                            }
                        ],
                    }
                ],
            }
        ],
    }
    root = tree.root_from_wire(legacy, include_content=False)
    assert [b.type for b in root.walk()] == ["course", "section", "subsection", "unit", "problem"]
    assert root.display_name == "Legacy"


def test_component_types_coursewright_does_not_model_are_left_out_rather_than_mislabelled():
    body = {
        "xblock_id": ROOT,
        "display_name": "C",
        "sections": [
            {
                "xblock_id": loc("chapter", "s"),
                "type": "section",
                "display_name": "S",
                "subsections": [
                    {
                        "xblock_id": loc("sequential", "q"),
                        "type": "subsection",
                        "display_name": "Q",
                        "units": [
                            {
                                "xblock_id": loc("vertical", "u"),
                                "type": "unit",
                                "display_name": "U",
                                "components": [
                                    {"xblock_id": loc("discussion", "d"), "type": "discussion"},
                                    {"xblock_id": loc("html", "h"), "type": "html"},
                                ],
                            }
                        ],
                    }
                ],
            }
        ],
    }
    unit = find(tree.root_from_wire(body, include_content=False), loc("vertical", "u"))
    assert [c.type for c in unit.children] == ["html"]


def test_course_status_follows_how_many_units_have_content():
    root = tree.root_from_wire(DOCUMENTED_TREE, include_content=True)
    assert tree.course_status(root, True, published=False) is CourseStatus.DRAFTING
    assert tree.course_status(root, True, published=True) is CourseStatus.PUBLISHED
    empty = tree.root_from_wire({**DOCUMENTED_TREE, "sections": []}, include_content=True)
    assert tree.course_status(empty, True, published=False) is CourseStatus.OUTLINED


def test_a_unit_whose_only_component_is_blank_html_is_not_drafted_when_content_is_known():
    root = tree.root_from_wire(DOCUMENTED_TREE, include_content=True)
    unit = find(root, loc("vertical", "u1"))
    blank = unit.model_copy(
        update={"children": [unit.children[0].model_copy(update={"content": "<p> </p>"})]}
    )
    assert tree.unit_has_content(unit, True) is True
    assert tree.unit_has_content(blank, True) is False
    assert tree.unit_has_content(blank, False) is True  # the light read only sees a component


def test_course_key_comes_from_the_root_locator_or_a_key_field():
    assert tree.course_key({"xblock_id": ROOT}) == "course-v1:acme+PY1+2026_T1"
    assert tree.course_key({"course_key": "course-v1:x+y+z"}) == "course-v1:x+y+z"
    assert tree.course_key({"course_id": 5}) is None


def test_task_from_wire_takes_the_last_log_line_without_its_stamp_and_the_failure_reason():
    data = {
        "id": 9,
        "name": "Python",
        "status": "Failed",
        "model": "gpt-4o-mini",
        "logs": "[2026-01-01T00:00:00Z] Worker picked up the task.\n"
        "[2026-01-01T00:00:05Z] ERROR: The outline step failed.\n"
        "[2026-01-01T00:00:06Z] Cleaning up.",
        "files": [{"id": 2, "file": "http://x/media/course_creation_task_files/9/notes%20v2.pdf"}],
    }
    task = wire.task_from_wire(data, course_number=4, has_outline=True)
    assert task.task_id == "iblai:9" and task.course_id == "iblai:4" and task.has_outline
    assert task.status is TaskStatus.FAILED
    assert task.detail == "ERROR: The outline step failed."
    assert task.files[0].file_id == "iblai:2" and task.files[0].name == "notes v2.pdf"
    running = wire.task_from_wire({**data, "status": "In Progress"})
    assert running.detail == "Cleaning up." and running.course_id is None


def test_task_request_never_asks_the_pipeline_to_publish_unless_the_options_say_so():
    brief = Brief(name="N", description="D", target_audience="A", desired_number_of_sections=5)
    body = wire.task_request(brief, TaskOptions())
    assert body == {
        "name": "N",
        "description": "D",
        "target_audience": "A",
        "desired_number_of_sections": 5,
        "publish_course": False,
    }
    chosen = wire.task_request(
        brief.model_copy(update={"model": "gpt-4.1"}), TaskOptions(llm_provider="openai", publish_course=True)
    )
    assert chosen["model"] == "gpt-4.1" and chosen["provider"] == "openai" and chosen["publish_course"]


def test_an_audience_longer_than_ibl_ai_accepts_is_refused_with_what_to_do():
    brief = Brief(name="N", description="D", target_audience="x" * 201)
    with pytest.raises(InvalidInput) as refused:
        wire.check_brief_fits(brief, TaskOptions())
    assert "200" in refused.value.what and "description" in refused.value.next_step


def test_task_matches_compares_the_brief_fields_ignoring_whitespace():
    brief = Brief(name="Intro  to Python", description="Loops.", target_audience="Analysts")
    assert wire.task_matches(
        {"name": "Intro to Python", "description": "Loops.", "target_audience": "Analysts"}, brief
    )
    assert not wire.task_matches(
        {"name": "Intro to Python", "description": "Other.", "target_audience": "Analysts"}, brief
    )


def test_native_ids_must_be_integers():
    assert wire.native_number(" 42 ", "course") == 42
    with pytest.raises(InvalidInput) as refused:
        wire.native_number("abc", "course")
    assert "iblai:42" in refused.value.next_step


def test_create_xblock_request_sends_positions_as_text_and_content_only_for_components():
    body = wire.create_xblock_request(loc("vertical", "u"), "html", "Page", "<p>x</p>", 2)
    assert body == {
        "parent_xblock_id": loc("vertical", "u"),
        "xblock_type": "html",
        "display_name": "Page",
        "position": "2",
        "content": "<p>x</p>",
    }
    unit = wire.create_xblock_request(loc("sequential", "q"), "unit", "U", "<p>ignored</p>", "first")
    assert "content" not in unit and unit["position"] == "first"


def test_xblock_outcome_is_read_tolerantly():
    assert wire.xblock_outcome({"success": True, "detail": "ok", "xblock_id": "b"}) == (True, "ok", "b", None)
    assert wire.xblock_outcome({"success": False, "detail": "no"})[0] is False


def test_progress_accepts_fractions_percentages_and_unit_lists():
    data = {
        "username": "ada",
        "completion": 50,
        "units": [{"xblock_id": "u1", "display_name": "One", "completed": True}],
    }
    progress = wire.progress_from_wire(data, "iblai:3", "ada")
    assert progress.completion == 0.5 and progress.units[0].completed
    derived = wire.progress_from_wire({"units": data["units"] + [{"id": "u2"}]}, "iblai:3", "ada")
    assert derived.completion == 0.5 and derived.username == "ada"


def test_pages_and_summaries():
    page = {
        "count": 1,
        "next": "http://x?page=2",
        "results": [{"id": 3, "name": "C", "task": 2, "xblock_id": ROOT}],
    }
    assert wire.next_page(page) == "http://x?page=2"
    summary = tree.summary_from_wire(wire.results_of(page)[0], published=True)
    assert summary.course_id == "iblai:3" and summary.task_id == "iblai:2"
    assert summary.status is CourseStatus.PUBLISHED and summary.location == "course-v1:acme+PY1+2026_T1"
    assert wire.results_of([{"id": 1}, "junk"]) == [{"id": 1}]


def test_short_detail_keeps_one_bounded_line():
    text = wire.short_detail("line one\nline two " + "x" * 1000)
    assert "\n" not in text and len(text) <= wire.DETAIL_LIMIT
