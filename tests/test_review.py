"""review_course's checks, one defect at a time, on a small in-memory course."""

from coursewright.guardrails.review import expected_units, review_course
from coursewright.model import Block, Brief, Course, content_stamp

MCQ = (
    '<problem><multiplechoiceresponse><choicegroup type="MultipleChoice"><choice correct="false">a</choice>'
    '<choice correct="true">b</choice></choicegroup></multiplechoiceresponse></problem>'
)


def component(kind: str, content: str | None, name: str = "Part") -> Block:
    return Block(
        id=f"{kind}-{abs(hash((kind, content, name)))}", type=kind, display_name=name, content=content
    )


def unit(name: str, *children: Block) -> Block:
    return Block(id=f"unit-{name}", type="unit", display_name=name, children=list(children))


def course(*units: Block, section: str = "Basics", subsection: str = "First Steps") -> Course:
    sub = Block(id="sub-1", type="subsection", display_name=subsection, children=list(units))
    sec = Block(id="sec-1", type="section", display_name=section, children=[sub])
    root = Block(id="root", type="course", display_name="C", children=[sec])
    return Course(course_id="local:1", provider="local", title="C", root=root)


def good_unit(name: str = "Hello") -> Block:
    return unit(name, component("html", "<p>Welcome to the course.</p>"), component("problem", MCQ))


def codes(report) -> set[str]:
    return {f.code for f in report.blocking + report.warnings}


def test_a_complete_course_passes_with_a_stamp_of_its_content():
    c = course(good_unit())
    report = review_course(c, None)
    assert report.ok and report.blocking == [] and report.stamp == content_stamp(c)


def test_an_outlined_course_with_empty_units_is_blocked():
    report = review_course(course(unit("Empty"), unit("Blank", component("html", "<p> </p>"))), None)
    assert not report.ok
    assert [f.block_id for f in report.blocking if f.code == "empty_unit"] == ["unit-Empty", "unit-Blank"]


def test_a_course_without_sections_is_blocked():
    root = Block(id="root", type="course", display_name="C")
    report = review_course(Course(course_id="local:1", provider="local", title="C", root=root), None)
    assert "no_content" in codes(report) and not report.ok


def test_an_ungradable_problem_is_blocking_and_says_why():
    report = review_course(
        course(unit("Quiz", component("problem", "<problem><p>no response</p></problem>"))), None
    )
    finding = next(f for f in report.blocking if f.code == "invalid_problem")
    assert "response" in finding.problem and finding.fix


def test_leaked_assistant_phrases_are_blocking():
    for phrase in (
        "As an AI language model, I think",
        "Here is the lesson you asked for",
        "Certainly! Let's go",
    ):
        report = review_course(course(unit("U", component("html", f"<p>{phrase}</p>"))), None)
        assert "chatter" in {f.code for f in report.blocking}, phrase


def test_unsafe_html_from_a_platform_is_blocking():
    report = review_course(course(unit("U", component("html", "<p>Hi</p><script>x()</script>"))), None)
    assert "unsafe_html" in {f.code for f in report.blocking}


def test_a_section_whose_first_subsection_repeats_its_title_is_warned():
    report = review_course(course(good_unit(), section="Introduction", subsection="Introduction"), None)
    assert report.ok and "repeated_title" in {f.code for f in report.warnings}


def test_duplicate_sibling_titles_are_warned():
    report = review_course(course(good_unit("Same"), good_unit("Same ")), None)
    assert [f.code for f in report.warnings].count("duplicate_title") == 2


def test_pending_units_block_until_drafting_finishes():
    report = review_course(course(good_unit()), None, pending_units=["unit-Hello"])
    assert [f.code for f in report.blocking] == ["content_pending"]


def test_a_video_without_a_url_is_blocking():
    report = review_course(course(unit("V", component("video", ""))), None)
    assert "empty_video" in codes(report) or "empty_unit" in codes(report)


def test_length_is_compared_with_weeks_times_hours():
    brief = Brief(name="x", description="Six weeks of study.", target_audience="4 hours/week for 6 weeks")
    assert expected_units(brief) == 24
    far_too_short = review_course(course(good_unit()), brief)
    assert "length_mismatch" in {f.code for f in far_too_short.blocking}
    somewhat_short = review_course(course(*[good_unit(f"U{i}") for i in range(10)]), brief)
    assert "length_mismatch" in {f.code for f in somewhat_short.warnings} and somewhat_short.ok
    fitting = review_course(course(*[good_unit(f"U{i}") for i in range(20)]), brief)
    assert "length_mismatch" not in codes(fitting)


def test_findings_are_bound_to_the_content_they_saw():
    before = course(good_unit())
    after = course(unit("Hello", component("html", "<p>Changed text.</p>")))
    assert review_course(before, None).stamp != review_course(after, None).stamp


def test_an_empty_component_beside_real_content_is_blocking():
    report = review_course(
        course(unit("Mixed", component("html", "<p>Text</p>"), component("problem", ""))), None
    )
    assert [f.code for f in report.blocking] == ["empty_component"]


def test_where_blocks_cannot_be_edited_fixes_point_to_the_platform_not_edit_xblock():
    from coursewright.guardrails.review import Finding, ReviewReport, for_platform_without_editing

    empty = Finding(
        severity="blocking",
        block_id="u1",
        code="empty_unit",
        problem="Empty.",
        fix="Write it with edit_xblock.",
    )
    long = Finding(severity="warning", code="length", problem="Long.", fix="Shorten the brief's scope.")
    report = ReviewReport(
        ok=False, blocking=[empty], warnings=[long], stamp="s1", next_step="Use edit_xblock."
    )
    adapted = for_platform_without_editing(report, "learningstudio")
    assert (
        "edit_xblock" not in adapted.blocking[0].fix
        and "learningstudio's own editor" in adapted.blocking[0].fix
    )
    assert adapted.warnings[0].fix == long.fix
    assert "edit_xblock" not in adapted.next_step and adapted.stamp == "s1"


def test_chatter_and_placeholders_are_separate_blocking_findings():
    report = review_course(
        course(unit("U", component("html", "<p>Here’s the lesson.</p><p>TODO: finish this.</p>"))), None
    )
    assert {"chatter", "placeholder"} <= {f.code for f in report.blocking}


def test_chatter_the_course_quotes_only_warns():
    page = "<p>Assistants often say:</p><pre>As an AI language model, I cannot help.</pre>"
    report = review_course(course(unit("U", component("html", page))), None)
    assert report.ok and "quoted_chatter" in {f.code for f in report.warnings}


def test_an_image_without_alt_text_is_not_content():
    empty = review_course(
        course(unit("U", component("html", '<p><img src="/static/a.png" alt=""></p>'))), None
    )
    assert "empty_unit" in {f.code for f in empty.blocking}
    shown = review_course(course(unit("U", component("html", '<img src="/static/a.png" alt="A map">'))), None)
    assert shown.ok


def test_a_brief_whose_study_time_cannot_be_read_is_said_not_skipped():
    brief = Brief(name="x", description="A course on filters.", target_audience="Clerks, at their own pace.")
    report = review_course(course(good_unit()), brief)
    assert report.ok and [f.code for f in report.warnings] == ["length_unchecked"]
    assert "could not be read" in report.warnings[0].problem


def test_a_course_five_times_the_brief_blocks():
    brief = Brief(name="x", description="Leading a team.", target_audience="Two evenings a week for a month.")
    report = review_course(course(*[good_unit(f"U{i}") for i in range(85)]), brief)
    assert "length_mismatch" in {f.code for f in report.blocking}
    assert "17" in next(f.problem for f in report.blocking if f.code == "length_mismatch")
