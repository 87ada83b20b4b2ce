"""LearningStudio wire mapping: request bodies from the brief, job and course bodies onto the neutral tree."""

import pytest

from coursewright.errors import InvalidInput, Unavailable
from coursewright.model import (
    Brief,
    CourseStatus,
    OutlineSection,
    OutlineSubsection,
    OutlineUnit,
    TaskOptions,
    TaskStatus,
)
from coursewright.providers.learningstudio.tree import neutral_course, problem_name
from coursewright.providers.learningstudio.wire import (
    MAX_SUBJECT_CHARS,
    chapter_titles,
    create_job_body,
    job_detail,
    language_id,
    parse_export,
    parse_job,
    subject_for,
)

BRIEF = Brief(
    name="Workplace safety basics",
    description="Hazards, PPE and emergency procedures for new warehouse staff.",
    target_audience="New warehouse staff with no prior training, 2 hours a week for 3 weeks.",
)


def section(title: str) -> OutlineSection:
    return OutlineSection(
        title=title, subsections=[OutlineSubsection(title="Part", units=[OutlineUnit(title="Unit")])]
    )


COMPLETED = {
    "jobId": "job8aF2",
    "status": "completed",
    "progress": 100,
    "course": {
        "id": "cou_abc123",
        "name": "Workplace Safety Basics",
        "headline": "Stay safe at work",
        "format": "classic",
        "languageId": "en-US",
        "shareUrl": "https://learningstudioai.com/go/cou_abc123",
        "createdAt": "2026-04-28T17:14:08.000Z",
        "modules": [
            {
                "id": "mod1",
                "title": "Hazards",
                "lessons": [
                    {
                        "id": "les1",
                        "title": "Spotting hazards",
                        "content": "<h2>Spotting hazards</h2><p>Look.</p>",
                    },
                    {
                        "id": "les2",
                        "title": "Reporting",
                        "content": "<p>Tell a supervisor.</p>",
                        "quiz": "<problem><multiplechoiceresponse/></problem>",
                    },
                ],
            },
            {
                "id": "mod2",
                "title": "PPE",
                "lessons": [{"id": "les3", "title": "Gloves", "content": "<p>Wear them.</p>"}],
            },
        ],
    },
}


SUBJECT = subject_for(BRIEF)


def test_job_body_carries_subject_language_format_chapters_and_add_ons():
    options = TaskOptions(language="pt-br", format="classic", add_ons=["assessment", "wrapup", "assessment"])
    body = create_job_body(BRIEF, options, ["Hazards", "PPE"])
    assert body == {
        "subject": SUBJECT,
        "languageId": "pt-BR",
        "format": "classic",
        "outline": ["Hazards", "PPE"],
        "addOns": ["assessment", "wrapup"],
    }


def test_job_body_leaves_out_what_was_not_chosen_so_the_platform_defaults_apply():
    body = create_job_body(BRIEF, TaskOptions(), None)
    assert body == {"subject": SUBJECT, "languageId": "en-US"}


def test_the_subject_carries_the_descriptions_first_sentence_when_it_fits():
    assert subject_for(BRIEF).startswith("Workplace safety basics: ")
    long = BRIEF.model_copy(update={"description": "x" * 190 + ". More."})
    assert subject_for(long) == "Workplace safety basics"


@pytest.mark.parametrize(
    ("given", "sent"),
    [("en", "en-US"), ("pt-BR", "pt-BR"), ("fr_fr", "fr-FR"), ("fi", "fi-FI"), ("es-419", "es-419")],
)
def test_language_codes_become_the_locales_the_platform_expects(given, sent):
    assert language_id(given) == sent


def test_a_language_that_is_not_a_code_is_refused_before_any_call():
    with pytest.raises(InvalidInput, match="options.language"):
        language_id("English please")


def test_a_long_course_name_is_cut_at_a_word_to_fit_the_subject_limit():
    brief = BRIEF.model_copy(update={"name": "word " * 60})
    subject = subject_for(brief)
    assert len(subject) <= MAX_SUBJECT_CHARS and subject.endswith("word")


def test_outline_sections_become_chapter_titles_and_more_than_nine_are_refused():
    assert chapter_titles([section("Hazards"), section("  PPE  now ")]) == ["Hazards", "PPE now"]
    assert chapter_titles(None) is None
    with pytest.raises(InvalidInput, match="at most 9 chapters") as refused:
        chapter_titles([section(f"S{i}") for i in range(10)])
    assert "leave outline empty" in refused.value.next_step


def test_a_completed_job_maps_modules_to_sections_and_lessons_to_units_with_their_content():
    job = parse_job(COMPLETED)
    course = neutral_course(
        job,
        title="ignored",
        task_id="learningstudio:1",
        planned_chapters=None,
        include_content=True,
        published=False,
    )
    assert course.course_id == "learningstudio:job8aF2" and course.title == "Workplace Safety Basics"
    assert course.status is CourseStatus.DRAFTED and course.location is None
    assert [s.display_name for s in course.root.children] == ["Hazards", "PPE"]
    hazards = course.root.children[0]
    (lessons,) = hazards.children
    assert lessons.type == "subsection" and lessons.display_name != hazards.display_name
    assert [u.display_name for u in lessons.children] == ["Spotting hazards", "Reporting"]
    reporting = lessons.children[1]
    assert [c.type for c in reporting.children] == ["html", "problem"]
    assert reporting.children[0].content == "<p>Tell a supervisor.</p>"
    assert course.counts() == {"section": 2, "subsection": 2, "unit": 3, "html": 3, "problem": 1, "video": 0}
    ids = [b.id for b in course.blocks()]
    assert len(ids) == len(set(ids))


def test_content_is_left_out_unless_asked_for():
    course = neutral_course(
        parse_job(COMPLETED),
        title="",
        task_id=None,
        planned_chapters=None,
        include_content=False,
        published=False,
    )
    assert all(block.content is None for block in course.blocks())


def test_a_published_course_is_located_at_its_share_url():
    course = neutral_course(
        parse_job(COMPLETED),
        title="",
        task_id=None,
        planned_chapters=None,
        include_content=False,
        published=True,
    )
    assert course.status is CourseStatus.PUBLISHED
    assert course.location == "https://learningstudioai.com/go/cou_abc123"


def test_a_running_job_shows_the_chapters_asked_for_and_invents_no_units():
    job = parse_job({"jobId": "j1", "status": "running", "progress": 42, "course": None})
    course = neutral_course(
        job,
        title="Safety",
        task_id=None,
        planned_chapters=["Hazards", "PPE"],
        include_content=False,
        published=False,
    )
    assert job.task_status is TaskStatus.IN_PROGRESS and course.status is CourseStatus.DRAFTING
    assert [s.display_name for s in course.root.children] == ["Hazards", "PPE"]
    assert course.units() == [] and course.title == "Safety"
    assert "42%" in job_detail(job)


def test_other_spellings_of_the_course_parts_are_read_too():
    payload = {
        "jobId": "j2",
        "status": "completed",
        "progress": 100,
        "course": {
            "id": "cou_x",
            "name": "X",
            "chapters": [{"name": "One", "lessons": [{"name": "First", "html": "<p>Hi.</p>"}]}],
        },
    }
    course = neutral_course(
        parse_job(payload),
        title="",
        task_id=None,
        planned_chapters=None,
        include_content=True,
        published=False,
    )
    (unit,) = course.units()
    assert unit.display_name == "First" and unit.children[0].content == "<p>Hi.</p>"
    assert course.root.children[0].display_name == "One"


def test_a_failed_job_says_why_in_the_platforms_words_and_code():
    job = parse_job(
        {
            "jobId": "j3",
            "status": "failed",
            "progress": 0,
            "course": None,
            "error": {
                "message": "Course outline could not be generated for this subject.",
                "code": "GENERATION_FAILED",
            },
        }
    )
    assert job.task_status is TaskStatus.FAILED and job.finished
    assert "GENERATION_FAILED" in job_detail(job) and "could not be generated" in job_detail(job)


def test_the_pending_status_means_scheduled_not_yet_started():
    job = parse_job({"jobId": "j4", "status": "pending", "pollUrl": "/api/v1/courses/jobs/j4"})
    assert job.task_status is TaskStatus.SCHEDULED and job.progress == 0 and not job.finished


@pytest.mark.parametrize(
    "body", [None, [], "text", {"status": "running"}, {"jobId": "j", "status": "x", "course": 3}]
)
def test_an_unreadable_job_body_is_a_clear_platform_error_not_a_crash(body):
    with pytest.raises(Unavailable, match="cannot read"):
        parse_job(body)


def test_an_export_answer_gives_the_download_and_share_urls():
    export = parse_export(
        {
            "courseId": "cou_abc123",
            "format": "scorm12",
            "downloadUrl": "https://storage.example/course.zip",
            "shareUrl": "https://learningstudioai.com/go/cou_abc123",
            "exportedAt": "2026-04-28T17:20:00.000Z",
        }
    )
    assert export.downloadUrl.endswith("course.zip") and export.format == "scorm12"


def test_a_quiz_keeps_the_title_its_problem_xml_gives_it():
    assert (
        problem_name('<problem display_name="Quick Check: PPE &amp; you" weight="1">', "x")
        == "Quick Check: PPE & you"
    )
    assert problem_name("<problem><multiplechoiceresponse/></problem>", "Check: Gloves") == "Check: Gloves"
