"""Problem checks (capa) and the HTML sanitiser: what is refused, what is kept, what is reported."""

import pytest

from coursewright.capa import is_blank_html, problem_issues
from coursewright.guardrails.sanitize import sanitize_html, unsafe_parts

GOOD_PROBLEMS = {
    "single select": (
        '<problem><multiplechoiceresponse><label>2+2?</label><choicegroup type="MultipleChoice">'
        '<choice correct="false">3</choice><choice correct="true">4</choice></choicegroup>'
        "</multiplechoiceresponse></problem>"
    ),
    "checkboxes": (
        '<problem><choiceresponse><checkboxgroup><choice correct="true">a</choice>'
        '<choice correct="true">b</choice><choice correct="false">c</choice></checkboxgroup></choiceresponse></problem>'
    ),
    "dropdown options": (
        '<problem><optionresponse><optioninput><option correct="False">x</option>'
        '<option correct="True">y</option></optioninput></optionresponse></problem>'
    ),
    "dropdown attributes": (
        "<problem><optionresponse><optioninput options=\"('red','blue')\" correct=\"blue\"/></optionresponse></problem>"
    ),
    "text": '<problem><stringresponse answer="Paris" type="ci"><textline size="20"/></stringresponse></problem>',
    "numeric": (
        '<problem><numericalresponse answer="9.81"><responseparam type="tolerance" default="1%"/>'
        "<formulaequationinput/></numericalresponse></problem>"
    ),
    "formula": '<problem><formularesponse answer="x^2" samples="x@1:5#10"><textline/></formularesponse></problem>',
}

BAD_PROBLEMS = {
    "not xml": ("<problem><p>unclosed</problem>", "not well formed"),
    "wrong root": ("<div><multiplechoiceresponse/></div>", "<problem>"),
    "no response": ("<problem><p>Just text</p></problem>", "no response element"),
    "no input": (
        "<problem><multiplechoiceresponse><label>q</label></multiplechoiceresponse></problem>",
        "no input",
    ),
    "wrong input": (
        "<problem><multiplechoiceresponse><textline/></multiplechoiceresponse></problem>",
        "cannot hold <textline>",
    ),
    "no correct choice": (
        '<problem><multiplechoiceresponse><choicegroup><choice correct="false">a</choice>'
        '<choice correct="false">b</choice></choicegroup></multiplechoiceresponse></problem>',
        'correct="true"',
    ),
    "choice without correct attribute": (
        '<problem><multiplechoiceresponse><choicegroup><choice>a</choice><choice correct="true">b</choice>'
        "</choicegroup></multiplechoiceresponse></problem>",
        "Every <choice>",
    ),
    "two correct in single select": (
        '<problem><multiplechoiceresponse><choicegroup><choice correct="true">a</choice>'
        '<choice correct="true">b</choice></choicegroup></multiplechoiceresponse></problem>',
        "multi-select",
    ),
    "string without answer": ("<problem><stringresponse><textline/></stringresponse></problem>", "answer="),
    "non-numeric answer": (
        '<problem><numericalresponse answer="nine"><textline/></numericalresponse></problem>',
        "not a number",
    ),
    "formula without samples": (
        '<problem><formularesponse answer="x"><textline/></formularesponse></problem>',
        "samples",
    ),
    "entity expansion": (
        '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><problem>&a;</problem>',
        "DOCTYPE",
    ),
    "empty": ("   ", "empty"),
}


@pytest.mark.parametrize("name", GOOD_PROBLEMS)
def test_gradable_problems_of_every_common_type_pass(name):
    assert problem_issues(GOOD_PROBLEMS[name]) == []


@pytest.mark.parametrize("name", BAD_PROBLEMS)
def test_ungradable_problems_are_refused_with_the_reason(name):
    xml, reason = BAD_PROBLEMS[name]
    issues = problem_issues(xml)
    assert issues and reason in " ".join(issues)


def test_blank_html_is_recognised_but_media_counts_as_content():
    assert is_blank_html(None) and is_blank_html("<p> &nbsp; </p><div></div>")
    assert not is_blank_html('<img src="/static/chart.png" alt="chart">')
    assert not is_blank_html("<p>Hello</p>")


def test_sanitiser_removes_scripts_handlers_and_script_links_and_says_so():
    result = sanitize_html(
        '<p onclick="steal()">Hi</p><script>alert(1)</script><a href="javascript:x()">x</a>'
    )
    assert "script" not in result.html and "onclick" not in result.html and "javascript" not in result.html
    assert "<p>Hi</p>" in result.html
    assert any("<script>" in r for r in result.removed)
    assert any("onclick" in r for r in result.removed)
    assert any("javascript:" in r for r in result.removed)


def test_sanitiser_keeps_video_players_from_allowed_hosts_only():
    html = (
        '<iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe>'
        '<iframe src="https://evil.example/x"></iframe>'
    )
    result = sanitize_html(html)
    assert "youtube.com/embed" in result.html and "evil.example" not in result.html
    assert result.html.count("<iframe") == 1
    assert any("evil.example" in r for r in result.removed)


def test_sanitiser_leaves_ordinary_course_html_untouched():
    html = (
        "<h3>Reading CSV</h3><p>Use <code>csv.reader</code>.</p><ul><li>one</li></ul>"
        '<img src="/static/a.png" alt="diagram"><table><tr><td>1</td></tr></table>'
    )
    result = sanitize_html(html)
    assert result.removed == []
    assert "<h3>Reading CSV</h3>" in result.html and "<code>csv.reader</code>" in result.html


def test_unsafe_parts_ignores_mere_formatting_but_flags_dangers():
    assert unsafe_parts('<p style="color:red">x</p><font>y</font>') == []
    assert unsafe_parts('<img src="x" onerror="boom()">') == ["onerror event handler on <img>"]


def test_unsafe_parts_flags_meta_base_srcdoc_and_svg_link_animation_in_html_pages():
    found = unsafe_parts(
        '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">'
        '<iframe srcdoc="x"></iframe><svg><a><animate attributeName="href" to="javascript:x()"/></a></svg>'
    )
    joined = " ".join(found)
    assert "<meta>" in joined and "<base>" in joined and "srcdoc" in joined and "SVG <animate>" in joined


def test_capas_grader_script_is_inert_for_the_scan_but_never_kept_in_an_html_page():
    grader = '<p>Hi</p><script type="loncapa/python">x = 1</script>'
    assert unsafe_parts(grader) == []
    assert unsafe_parts('<script type="text/javascript">x()</script>') == ["<script> element"]
    assert "script" not in sanitize_html(grader).html
