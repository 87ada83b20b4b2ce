"""TutorFlow wire mapping: bodies, answers, the neutral tree, quizzes as capa, the generate stream."""

from __future__ import annotations

import pytest

from coursewright.capa import problem_issues
from coursewright.errors import InvalidInput, Unavailable
from coursewright.model import Brief, CourseStatus, OutlineSection, TaskOptions, TaskStatus
from coursewright.providers.tutorflow import formats, tree, wire
from coursewright.providers.tutorflow.canonical import Canonical, apply_outline, new_chapter_id, resequenced

BRIEF = Brief(
    name="Python for Analysts",
    description="Variables, loops and csv files for analysts.",
    target_audience="Analysts fluent in spreadsheets.",
    desired_number_of_sections=3,
)
OUTLINE = [
    OutlineSection.model_validate(
        {
            "title": "Getting Started",
            "subsections": [
                {"title": "Setup", "units": [{"title": "Installing Python"}, {"title": "First Script"}]},
                {"title": "Check", "units": [{"title": "Check: Basics", "kind": "problem"}]},
            ],
        }
    ),
    OutlineSection.model_validate(
        {"title": "Data", "subsections": [{"title": "Files", "units": [{"title": "CSV"}]}]}
    ),
]


def canonical(lessons: int = 4, *, lecture: str = "<p>Text</p>") -> Canonical:
    return Canonical.model_validate(
        {
            "title": "Python Quick Start",
            "chapters": [
                {"id": "intro-1", "title": "Intro", "slug": "intro-1", "sequence": 1},
                {"id": "loops-2", "title": "Loops", "slug": "loops-2", "sequence": 2},
            ],
            "lessons": [
                {
                    "id": f"lesson-{n}",
                    "chapterId": "intro-1" if n <= lessons // 2 else "loops-2",
                    "title": f"Lesson {n}",
                    "type": "ai-tutor",
                    "sequence": n,
                    "lecture": lecture,
                    "content": {"blocks": []},
                    "quizzes": [
                        {"question": "2+2?", "options": ["3", "4"], "correctAnswer": 1, "explanation": "Sum."}
                    ],
                    "problems": [],
                }
                for n in range(1, lessons + 1)
            ],
        }
    )


def test_the_cost_is_five_cents_per_lesson_asked_for():
    assert wire.cost_usd(wire.lesson_count(TaskOptions())) == 0.25
    assert wire.cost_usd(wire.lesson_count(TaskOptions(lesson_count=12))) == 0.60
    assert wire.lesson_count(TaskOptions(lesson_count=12), OUTLINE) == 4


def test_create_body_carries_key_mode_outline_and_no_unknown_fields():
    body = wire.create_body(
        BRIEF, TaskOptions(level="beginner"), OUTLINE, mode="async", idempotency_key="k-1"
    )
    assert body["idempotencyKey"] == "k-1" and body["mode"] == "async" and body["lessonCount"] == 4
    assert body["hasQuiz"] is True and body["level"] == "beginner" and body["title"] == BRIEF.name
    assert (
        "Chapter 'Getting Started': lessons 'Installing Python'; 'First Script'; 'Check: Basics'"
        in body["prompt"]
    )
    assert set(body) <= {
        "prompt",
        "title",
        "language",
        "lessonCount",
        "mode",
        "idempotencyKey",
        "level",
        "hasQuiz",
    }


def test_an_outline_longer_than_fifty_lessons_is_refused():
    big = [
        OutlineSection.model_validate(
            {
                "title": f"S{i}",
                "subsections": [{"title": "x", "units": [{"title": f"u{j}"} for j in range(11)]}],
            }
        )
        for i in range(5)
    ]
    with pytest.raises(InvalidInput, match="between 1 and 50"):
        wire.create_body(BRIEF, TaskOptions(), big, mode="sync", idempotency_key="k")


def test_request_states_map_to_task_states_and_details_name_no_url():
    running = wire.parse_request(
        {"id": "r1", "status": "PROCESSING", "isTerminal": False, "pollAfterMs": 3000}
    )
    assert running.task_status is TaskStatus.IN_PROGRESS and not running.terminal
    assert "3 s" in wire.request_detail(running)
    done = wire.parse_request(
        {
            "id": "r1",
            "status": "COMPLETED",
            "isTerminal": True,
            "title": "T",
            "lessonCount": 6,
            "previewUrl": "https://tutorflow.io/en/platform/courses/edit/tok123456",
            "publicUrl": "https://tutorflow.io/en/platform/courses/share1/lessons/1",
        }
    )
    assert done.task_status is TaskStatus.SUCCESS
    detail = wire.request_detail(done)
    assert "6 lessons" in detail and "http" not in detail
    assert done.editor_secrets() == ["https://tutorflow.io/en/platform/courses/edit/tok123456", "tok123456"]
    assert "tok123456" not in repr(done)


def test_an_unreadable_answer_is_unavailable_without_quoting_it():
    with pytest.raises(Unavailable) as error:
        wire.parse_request({"status": "DONE", "secret": "tf_platform_x"})
    assert "tf_platform_x" not in str(error.value)


def test_list_pages_drop_share_form_preview_links_unread():
    page = wire.parse_request_page(
        {
            "items": [
                {"id": "r1", "status": "COMPLETED", "previewUrl": "https://x/en/platform/courses/share"}
            ],
            "total": 1,
        }
    )
    assert page.items[0].previewUrl is None and page.total == 1


def test_the_tree_maps_chapters_lessons_lecture_and_quizzes():
    root = tree.course_tree("r1", canonical(), include_content=True)
    assert [s.id for s in root.children] == ["intro-1", "loops-2"]
    subsection = root.children[0].children[0]
    assert subsection.id == "intro-1/lessons" and subsection.display_name == wire.SUBSECTION_TITLE
    unit = subsection.children[0]
    assert unit.id == "lesson-1" and [c.id for c in unit.children] == ["lesson-1/lecture", "lesson-1/quiz-1"]
    assert unit.children[0].content == "<p>Text</p>"
    assert problem_issues(unit.children[1].content) == []
    compact = tree.course_tree("r1", canonical(), include_content=False)
    assert all(b.content is None for b in compact.walk())


def test_an_empty_lesson_is_a_unit_without_components_and_the_course_is_outlined():
    empty = canonical(lecture="<p> </p>")
    for lesson in empty.lessons:
        lesson.quizzes = []
    root = tree.course_tree("r1", empty, include_content=False)
    assert all(not unit.children for unit in root.walk() if unit.type == "unit")
    done = wire.parse_request({"id": "r1", "status": "COMPLETED", "isTerminal": True})
    assert tree.course_status(done, empty, False) is CourseStatus.OUTLINED
    assert tree.course_status(done, canonical(), False) is CourseStatus.DRAFTED
    assert tree.course_status(done, canonical(), True) is CourseStatus.PUBLISHED


def test_block_ids_resolve_to_chapters_lessons_and_quizzes():
    payload = canonical()
    assert tree.resolve_block(payload, "r1", "r1").role == "course"
    assert tree.resolve_block(payload, "r1", "loops-2").role == "section"
    assert tree.resolve_block(payload, "r1", "loops-2/lessons").chapter_id == "loops-2"
    assert tree.resolve_block(payload, "r1", "lesson-3").role == "unit"
    assert tree.resolve_block(payload, "r1", "lesson-3/lecture").role == "html"
    quiz = tree.resolve_block(payload, "r1", "lesson-3/quiz-1")
    assert quiz.role == "problem" and quiz.quiz_index == 0
    assert tree.resolve_block(payload, "r1", "lesson-3/quiz-2") is None
    assert tree.resolve_block(payload, "r1", "nope") is None


def test_the_agents_outline_reshapes_chapters_and_clears_renamed_lessons():
    reshaped, cleared = apply_outline(canonical(5), OUTLINE)
    assert [c.title for c in reshaped.ordered_chapters()] == ["Getting Started", "Data"]
    assert [c.id for c in reshaped.ordered_chapters()] == ["intro-1", "loops-2"]
    titles = [lesson.title for lesson in reshaped.lessons]
    assert titles == ["Installing Python", "First Script", "Check: Basics", "CSV"]
    assert [lesson.sequence for lesson in reshaped.lessons] == [1, 2, 3, 4]
    assert reshaped.lessons[2].type == "exam" and reshaped.lessons[3].chapterId == "loops-2"
    assert cleared == ["lesson-1", "lesson-2", "lesson-3", "lesson-4"]
    assert all(lesson.is_empty for lesson in reshaped.lessons)


def test_an_outline_matching_the_platforms_titles_keeps_its_content():
    same = canonical(2)
    outline = [
        OutlineSection.model_validate(
            {
                "title": "Intro",
                "subsections": [{"title": "x", "units": [{"title": "Lesson 1"}, {"title": "lesson 2!"}]}],
            }
        ),
        OutlineSection.model_validate(
            {"title": "More", "subsections": [{"title": "y", "units": [{"title": "New"}]}]}
        ),
    ]
    with pytest.raises(ValueError):
        apply_outline(same, outline)
    reshaped, cleared = apply_outline(same, outline[:1])
    assert cleared == [] and not reshaped.lessons[0].is_empty
    assert [c.id for c in reshaped.chapters] == ["intro-1"]


def test_a_new_chapter_gets_a_unique_slug_id():
    assert new_chapter_id("Getting Started!", ["getting-started"]) == "getting-started-2"


def test_quiz_and_capa_round_trip_in_the_lessons_own_field_names():
    quiz = {"question": "2+2?", "options": ["3", "4", "5"], "correctAnswer": 1, "explanation": "Sum."}
    capa = formats.quiz_to_capa(quiz)
    assert problem_issues(capa) == []
    assert formats.capa_to_quiz(capa, like=quiz) == quiz
    flagged = {
        "prompt": "Pick",
        "choices": [{"text": "a", "isCorrect": False}, {"text": "b", "isCorrect": True}],
    }
    back = formats.capa_to_quiz(formats.quiz_to_capa(flagged), like=flagged)
    assert back == flagged


def test_a_quiz_without_a_correct_answer_becomes_a_problem_review_rejects():
    capa = formats.quiz_to_capa({"question": "?", "options": ["a", "b"], "correctAnswer": None})
    assert problem_issues(capa)


def test_only_single_choice_problems_become_quizzes():
    text = '<problem><stringresponse answer="x"><label>Name it</label><textline/></stringresponse></problem>'
    with pytest.raises(InvalidInput, match="single-choice"):
        formats.capa_to_quiz(text)
    with pytest.raises(InvalidInput, match="cannot be graded"):
        formats.capa_to_quiz("<problem><p>no response</p></problem>")


def test_the_generate_stream_gives_whole_fields_or_the_sum_of_deltas():
    whole = (
        'event: lecture\ndata: {"delta": "<h2>Loops</h2>"}\n\n'
        'data: {"delta": "<p>Repeat.</p>"}\n\n'
        ": keep-alive\n\n"
        'event: done\ndata: {"lesson": {"lecture": "<h2>Loops</h2><p>Repeat.</p>", "quizzes": [{"q": 1}]}}\n\n'
        "data: [DONE]\n\n"
    )
    generated = formats.parse_generate_stream(whole)
    assert generated.lecture == "<h2>Loops</h2><p>Repeat.</p>" and generated.quizzes == [{"q": 1}]
    deltas = 'data: {"delta": "<p>A</p>"}\r\n\r\ndata: {"delta": "<p>B</p>"}\r\n\r\n'
    assert formats.parse_generate_stream(deltas).lecture == "<p>A</p><p>B</p>"


def test_a_stream_with_an_error_or_nothing_in_it_is_a_failed_draft():
    with pytest.raises(Unavailable):
        formats.parse_generate_stream('event: error\ndata: {"message": "boom"}\n\n')
    with pytest.raises(Unavailable):
        formats.parse_generate_stream("data: [DONE]\n\n")


def test_resequencing_numbers_lessons_across_chapters_in_chapter_order():
    payload = canonical(4)
    payload.chapters[0].sequence, payload.chapters[1].sequence = 2, 1
    ordered = resequenced(payload)
    assert [(x.id, x.sequence) for x in ordered.lessons] == [
        ("lesson-3", 1),
        ("lesson-4", 2),
        ("lesson-1", 3),
        ("lesson-2", 4),
    ]
