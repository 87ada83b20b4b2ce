"""The brief decides the course's size, and everything that sizes a course agrees with it."""

import json

import pytest
from mcp_helpers import MODES, call, connect
from sandbox_server import sandboxed

from coursewright.guardrails.course_size import course_size
from coursewright.model import Brief, TaskOptions
from coursewright.providers.learningstudio import wire as ls_wire
from coursewright.providers.local.prompts import outline_request
from coursewright.providers.tutorflow import wire

SIXTEEN_UNITS = {
    "name": "Spreadsheet Reporting for Team Leads",
    "description": (
        "A tutorial course on building weekly reports in Google Sheets: clean imports, lookups, pivot tables "
        "and charts a manager can read. Not covered: Apps Script and BigQuery. By the end team leads can "
        "import a CSV export, join two sheets with XLOOKUP, build a pivot table of hours by project, chart "
        "a weekly trend and share a read-only report. Each section ends with a short graded quiz. Format: "
        "four sections with about 16 units over six weeks."
    ),
    "target_audience": (
        "Team leads who use Sheets for lists but have never built a pivot table; about 3 hours a week; "
        "plain English."
    ),
    "desired_number_of_sections": 4,
}


def brief(description: str, audience: str = "Nurses.", sections: int = 4) -> Brief:
    return Brief(
        name="A course",
        description=description,
        target_audience=audience,
        desired_number_of_sections=sections,
    )


def test_a_stated_unit_count_decides_the_size():
    size = course_size(Brief(**SIXTEEN_UNITS))
    assert (size.sections, size.units, size.units_per_section, size.weeks) == (4, 16, 4, 6)
    assert "16 units" in size.basis


def test_units_per_section_multiply_by_the_sections():
    assert course_size(brief("Three lessons per module.", sections=5)).units == 15


def test_without_a_count_one_unit_per_hour_of_learner_time():
    size = course_size(brief("A course on wound care.", "Nurses; two evenings a week for a month."))
    assert size.units == 17 and size.weekly_hours == 4.0 and round(size.weeks) == 4
    assert course_size(brief("Three 50-minute lessons a week for 6 weeks.")).units == 15


def test_a_brief_without_a_length_has_no_size_and_says_why():
    size = course_size(brief("A course on wound care."))
    assert size.units is None and size.units_per_section is None and "no length" in size.basis


def test_tutorflow_lessons_follow_the_brief_unless_the_agent_says_otherwise():
    sized = Brief(**SIXTEEN_UNITS)
    assert wire.lesson_count(TaskOptions(), brief=sized) == 16
    assert wire.lesson_count(TaskOptions(lesson_count=8), brief=sized) == 8
    assert (
        wire.lesson_count(TaskOptions(), brief=brief("A course on wound care.")) == wire.DEFAULT_LESSON_COUNT
    )
    big = brief("A bootcamp.", "Graduates; full-time for 12 weeks.")
    assert wire.lesson_count(TaskOptions(), brief=big) == wire.MAX_LESSON_COUNT


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_tutorflow_course_sized_by_its_brief_goes_from_brief_to_published(mode, tmp_path):
    server, emulators = sandboxed(tmp_path)
    async with connect(mode, server=server) as (client, recorder):
        checked = await call(client, "check_brief", **SIXTEEN_UNITS)
        assert checked["ready"], checked
        task = await call(client, "create_task", **SIXTEEN_UNITS, provider="tutorflow")
        assert task["estimated_cost_usd"] == pytest.approx(0.80)
        outline = await call(client, "generate_outline", task_id=task["task_id"])
        course_id = outline["course_id"]
        await call(client, "poll_until_ready", target_id=course_id, until="content", timeout_s=600)
        review = await call(client, "review_course", course_id=course_id)
        published = await call(client, "publish", course_id=course_id)
    codes = {f["code"] for f in review["blocking"] + review["warnings"]}
    assert "length_mismatch" not in codes and review["ok"], review
    assert published["published"] and published["location"]
    (request,) = emulators["tutorflow"].state.emulator.requests.values()
    assert request.requested_lessons == 16
    # The user was asked for the 16 lessons the brief sized, and nothing more was built.
    assert "$0.80" in recorder.questions[0]


def test_the_local_generator_asks_for_the_outline_size_the_brief_gives():
    request = outline_request(Brief(**SIXTEEN_UNITS), 4)
    facts = json.loads(request.split("\n", 1)[1])
    assert (facts["sections"], facts["about_units"], facts["units_per_section"]) == (4, 16, 4)


def test_learningstudio_is_told_the_briefs_sections_as_chapters_within_its_nine():
    assert "4 sections, about 4 units each" in ls_wire.chapters_note(course_size(Brief(**SIXTEEN_UNITS)))
    many = Brief(**{**SIXTEEN_UNITS, "desired_number_of_sections": 12})
    assert "at most 9 chapters" in ls_wire.chapters_note(course_size(many))


@pytest.mark.parametrize("blank", [" ", "\n", "\t"])
def test_a_brief_of_thousands_of_blanks_is_sized_as_one_without_a_length(blank):
    # Runs of blanks once made the unit-count pattern backtrack for seconds to minutes (through the
    # review, TutorFlow's lesson count and the local generator).
    spread = {**SIXTEEN_UNITS, "description": SIXTEEN_UNITS["description"].replace(" ", blank * 40)}
    assert course_size(Brief(**spread)).units == 16
    padded = Brief(
        name="Blank", description=blank * 19_990 + "Python.", target_audience=blank * 1_990 + "Adults."
    )
    assert course_size(padded).units is None
