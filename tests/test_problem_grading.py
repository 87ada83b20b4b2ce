"""Problems validated as Open edX grades them: a valid problem of every accepted response type
passes; each defect is refused with its reason; the XML may carry no DOCTYPE, no processing
instruction and no script but capa's grader; the HTML inside is sanitised like an html page."""

import pytest
from mcp_helpers import all_blocks, blocks_by_title, call, connect, fail, outlined_course, write_all_units

from coursewright.capa import problem_issues
from coursewright.capa_grading import RESPONSE_INPUTS
from coursewright.guardrails.review import review_course
from coursewright.guardrails.sanitize import sanitize_problem, unsafe_parts
from coursewright.model import Block, Course

GRADER = """<script type="loncapa/python">
surplus = 120 - 80
def check_answer(expect, ans):
    return ans.strip().lower() == expect.lower()
</script>"""


def problem(body: str, script: str = "") -> str:
    return f"<problem>{script}<p>Question text.</p>{body}</problem>"


def mc(*choices: tuple[str, str], tag="multiplechoiceresponse", group="choicegroup") -> str:
    inner = "".join(f'<choice correct="{c}">{text}</choice>' for c, text in choices)
    return f"<{tag}><{group}>{inner}</{group}></{tag}>"


VALID = {
    "multiple choice": problem(mc(("false", "3"), ("true", "4"))),
    "true/false": problem(mc(("true", "True"), ("false", "False"), tag="truefalseresponse")),
    "checkboxes": problem(
        mc(("true", "a"), ("true", "b"), ("false", "c"), tag="choiceresponse", group="checkboxgroup")
    ),
    "radio in choiceresponse": problem(
        mc(("false", "a"), ("true", "b"), tag="choiceresponse", group="radiogroup")
    ),
    "choice with only an image": problem(
        mc(("false", "3"), ("true", '<img src="/static/four.png" alt="four"/>'))
    ),
    "dropdown options": problem(
        '<optionresponse><optioninput><option correct="False">x</option><option correct="True">y</option>'
        "</optioninput></optionresponse>"
    ),
    "dropdown attributes": problem(
        "<optionresponse><optioninput options=\"('red','blue')\" correct=\"blue\"/></optionresponse>"
    ),
    "text": problem('<stringresponse answer="Paris" type="ci"><textline size="20"/></stringresponse>'),
    "text regexp": problem('<stringresponse answer="colou?r" type="ci regexp"><textline/></stringresponse>'),
    "text answer 'None' (a real answer)": problem(
        '<stringresponse answer="None"><textline/></stringresponse>'
    ),
    "numerical": problem(
        '<numericalresponse answer="9.81"><responseparam type="tolerance" default="1%"/>'
        "<formulaequationinput/></numericalresponse>"
    ),
    "numerical expression": problem('<numericalresponse answer="2*pi/3"><textline/></numericalresponse>'),
    "numerical sqrt and power": problem(
        '<numericalresponse answer="sqrt(2)^3"><textline/></numericalresponse>'
    ),
    "numerical range": problem('<numericalresponse answer="[5, 7)"><textline/></numericalresponse>'),
    "numerical complex": problem('<numericalresponse answer="1+2j"><textline/></numericalresponse>'),
    "numerical from the script": problem(
        '<numericalresponse answer="$surplus"><textline/></numericalresponse>', GRADER
    ),
    "formula": problem('<formularesponse answer="x^2+2*x" samples="x@1:5#10"><textline/></formularesponse>'),
    "formula of three variables": problem(
        '<formularesponse answer="m*g*h" samples="m,g,h@1,9,1:10,10,5#20" type="cs">'
        "<formulaequationinput/></formularesponse>"
    ),
    "custom with a loncapa/python grader": problem(
        '<customresponse cfn="check_answer" expect="Ada"><textline size="20"/></customresponse>', GRADER
    ),
    "custom with an answer script": problem(
        '<customresponse><textline/><answer type="loncapa/python">\n'
        "correct = ['correct' if submission[0] == '42' else 'incorrect']\n</answer></customresponse>"
    ),
    "custom with a course-file jsinput": problem(
        '<customresponse cfn="check_answer"><jsinput html_file="/static/widget.html" gradefn="grade"/>'
        "</customresponse>",
        GRADER,
    ),
    "symbolic": problem('<symbolicresponse expect="x^2"><textline math="1"/></symbolicresponse>'),
    "choice with text input, wrong choices unmarked": problem(
        '<choicetextresponse><checkboxtextgroup><choice correct="true">About '
        '<numtolerance_input answer="$surplus" tolerance="1"/></choice><choice>Exactly 100</choice>'
        "</checkboxtextgroup></choicetextresponse>",
        GRADER,
    ),
    "choice with text input": problem(
        '<choicetextresponse><radiotextgroup><choice correct="true">The mean is '
        '<numtolerance_input answer="5"/></choice><choice correct="false">None of these</choice>'
        "</radiotextgroup></choicetextresponse>"
    ),
    "image with a rectangle": problem(
        '<imageresponse><imageinput src="/static/map.png" width="400" height="300" '
        'rectangle="(10,10)-(120,90)"/></imageresponse>'
    ),
    "image with regions": problem(
        '<imageresponse><imageinput src="/static/map.png" regions="[[10,10],[40,10],[20,40]]"/></imageresponse>'
    ),
    "code with a grader": problem(
        '<coderesponse queuename="python"><textbox mode="python"/><codeparam>'
        "<initial_display>def f():</initial_display><answer_display>def f(): return 1</answer_display>"
        '<grader_payload>{"grader": "ps1/grade.py"}</grader_payload></codeparam></coderesponse>'
    ),
    "schematic": problem(
        "<schematicresponse><schematic/><answer>correct = ['correct']</answer></schematicresponse>"
    ),
    "annotation": problem(
        "<annotationresponse><annotationinput><text>Read this.</text><options>"
        '<option choice="correct">Agree</option><option choice="incorrect">Disagree</option>'
        "</options></annotationinput></annotationresponse>"
    ),
    "external": problem(
        '<externalresponse url="https://grader.example.org/check"><textbox/>'
        "<answer>print('graded elsewhere')</answer></externalresponse>"
    ),
    "course html around the question": (
        "<problem><h3>Reading</h3><table><tr><td>1</td></tr></table>"
        '<iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe>'
        f"{mc(('false', 'a'), ('true', 'b'))}</problem>"
    ),
}

DEFECTS = {
    # the XML itself
    "internal DOCTYPE": ('<!DOCTYPE problem [<!ENTITY a "x">]><problem/>', "DOCTYPE"),
    "external DOCTYPE": (
        '<!DOCTYPE problem SYSTEM "https://evil.example/x.dtd">' + VALID["multiple choice"],
        "DOCTYPE",
    ),
    "stylesheet instruction": ('<?xml-stylesheet href="https://evil.example/s.xsl"?>' + VALID["text"], "xml-stylesheet"),
    "instruction inside": (VALID["text"].replace("<p>", "<?php echo 1 ?><p>"), "processing instruction"),
    "javascript script": (problem(mc(("true", "a"), ("false", "b")), "<script>alert(1)</script>"), "not allowed"),
    "text/javascript script": (
        problem(mc(("true", "a"), ("false", "b")), '<script type="text/javascript">x()</script>'),
        "only script",
    ),
    "grader loaded from elsewhere": (
        problem(VALID["text"], '<script type="loncapa/python" src="https://evil.example/x.py"></script>'),
        "inline",
    ),
    "grader that is not Python 3": (
        problem('<customresponse cfn="f"><textline/></customresponse>', '<script type="loncapa/python">print "x"</script>'),
        "not valid Python 3",
    ),
    # choices
    "no correct choice": (problem(mc(("false", "a"), ("false", "b"))), 'correct="true"'),
    "a blank choice": (problem(mc(("false", "a"), ("true", "  "))), "has no text"),
    "a single choice": (problem(mc(("true", "a"))), "at least two choices"),
    "choice without correct": (
        problem('<multiplechoiceresponse><choicegroup><choice>a</choice><choice correct="true">b</choice>'
                "</choicegroup></multiplechoiceresponse>"),
        "Every <choice>",
    ),
    "checkboxes with none correct": (
        problem(mc(("false", "a"), ("false", "b"), tag="choiceresponse", group="checkboxgroup")),
        'correct="true"',
    ),
    "radio group with two correct": (
        problem(mc(("true", "a"), ("true", "b"), tag="choiceresponse", group="radiogroup")),
        "none can win",
    ),
    "choicetext with no correct choice": (
        problem('<choicetextresponse><radiotextgroup><choice correct="false">a <numtolerance_input answer="1"/>'
                '</choice><choice correct="false">b</choice></radiotextgroup></choicetextresponse>'),
        'correct="true"',
    ),
    "choicetext correct choice without an answer": (
        problem('<choicetextresponse><checkboxtextgroup><choice correct="true">a <numtolerance_input/>'
                '</choice><choice correct="false">b</choice></checkboxtextgroup></choicetextresponse>'),
        "needs answer=",
    ),
    "dropdown with two correct": (
        problem('<optionresponse><optioninput><option correct="True">x</option><option correct="True">y</option>'
                "</optioninput></optionresponse>"),
        "exactly one",
    ),
    "dropdown with a blank option": (
        problem('<optionresponse><optioninput><option correct="False"> </option><option correct="True">y</option>'
                "</optioninput></optionresponse>"),
        "has no text",
    ),
    "dropdown option without correct": (
        problem('<optionresponse><optioninput><option>x</option><option correct="True">y</option>'
                "</optioninput></optionresponse>"),
        'correct="True" or correct="False"',
    ),
    "choicetext marked True, which capa does not read as correct": (
        problem('<choicetextresponse><radiotextgroup><choice correct="True">a <numtolerance_input answer="1"/>'
                '</choice><choice correct="false">b</choice></radiotextgroup></choicetextresponse>'),
        'correct="true"',
    ),
    "dropdown answer not among options": (
        problem("<optionresponse><optioninput options=\"('a','b')\" correct=\"c\"/></optionresponse>"),
        "not one of its options",
    ),
    # numbers and formulas
    "numerical $surplus with no script": (
        problem('<numericalresponse answer="$surplus"><textline/></numericalresponse>'),
        "$surplus",
    ),
    "numerical in words": (problem('<numericalresponse answer="nine"><textline/></numericalresponse>'), "not a number"),
    "numerical TODO": (problem('<numericalresponse answer="TODO"><textline/></numericalresponse>'), "placeholder"),
    "numerical unknown function": (
        problem('<numericalresponse answer="foo(2)"><textline/></numericalresponse>'), "not one of capa's functions"
    ),
    "numerical range of three": (problem('<numericalresponse answer="[1, 2, 3]"><textline/></numericalresponse>'), "two bounds"),
    "numerical without answer": (problem("<numericalresponse><textline/></numericalresponse>"), "answer="),
    "formula without samples": (problem('<formularesponse answer="x"><textline/></formularesponse>'), "samples"),
    "formula with malformed samples": (
        problem('<formularesponse answer="x" samples="x:1-5"><textline/></formularesponse>'), "capa's form"
    ),
    "formula using a variable not sampled": (
        problem('<formularesponse answer="x*y" samples="x@1:5#10"><textline/></formularesponse>'), "'y'"
    ),
    # strings
    "string TODO": (problem('<stringresponse answer="TODO"><textline/></stringresponse>'), "placeholder"),
    "string TBD: later": (problem('<stringresponse answer="TBD: fill in"><textline/></stringresponse>'), "placeholder"),
    "string template": (problem('<stringresponse answer="{{answer}}"><textline/></stringresponse>'), "placeholder"),
    "string without answer": (problem("<stringresponse><textline/></stringresponse>"), "answer="),
    "string bad regexp": (
        problem('<stringresponse answer="(unclosed" type="regexp"><textline/></stringresponse>'),
        "regular expression",
    ),
    # graders
    "custom without check function": (
        problem("<customresponse><textline/></customresponse>"),
        "no check function",
    ),
    "custom check function not in the script": (
        problem('<customresponse cfn="grade_it"><textline/></customresponse>', GRADER),
        "'grade_it' is not defined",
    ),
    "custom jsinput from another site": (
        problem('<customresponse cfn="check_answer"><jsinput html_file="https://evil.example/w.html"/>'
                "</customresponse>", GRADER),
        "/static/",
    ),
    "symbolic without expect": (problem("<symbolicresponse><textline/></symbolicresponse>"), "expect="),
    "image without region": (
        problem('<imageresponse><imageinput src="/static/map.png"/></imageresponse>'), "correct region"
    ),
    "image with a malformed rectangle": (
        problem('<imageresponse><imageinput src="/static/m.png" rectangle="10,10,20,20"/></imageresponse>'),
        "(x1,y1)-(x2,y2)",
    ),
    "code without grader": (
        problem("<coderesponse><textbox/><codeparam><initial_display/></codeparam></coderesponse>"),
        "grader_payload",
    ),
    "code without codeparam": (problem("<coderesponse><textbox/></coderesponse>"), "grader_payload"),
    "schematic without answer": (problem("<schematicresponse><schematic/></schematicresponse>"), "<answer>"),
    "annotation without a correct option": (
        problem('<annotationresponse><annotationinput><options><option choice="incorrect">No</option>'
                "</options></annotationinput></annotationresponse>"),
        'choice="correct"',
    ),
    "input the response cannot hold": (
        problem('<customresponse cfn="check_answer"><choicegroup><choice correct="true">a</choice>'
                "</choicegroup></customresponse>", GRADER),
        "cannot hold <choicegroup>",
    ),
}  # fmt: skip


def test_the_valid_table_covers_every_accepted_response_type():
    covered = {tag for xml in VALID.values() for tag in RESPONSE_INPUTS if f"<{tag}" in xml}
    assert covered == set(RESPONSE_INPUTS)


@pytest.mark.parametrize("name", VALID)
def test_a_valid_problem_of_every_type_passes_and_survives_sanitising_unchanged(name):
    xml = VALID[name]
    assert problem_issues(xml) == []
    cleaned = sanitize_problem(xml)
    assert cleaned.removed == [] and cleaned.html == xml
    assert unsafe_parts(xml) == []


@pytest.mark.parametrize("name", DEFECTS)
def test_each_defect_is_refused_with_its_reason(name):
    xml, reason = DEFECTS[name]
    issues = problem_issues(xml)
    assert issues, f"{name} was accepted"
    assert reason in " ".join(issues), issues


UNSAFE_INSIDE = {
    "event handler": ('<img src="/static/a.png" alt="a" onerror="steal()"/>', "onerror"),
    "srcdoc": ('<iframe srcdoc="&lt;script&gt;x()&lt;/script&gt;"></iframe>', "iframe"),
    "iframe to an unlisted host": ('<iframe src="https://evil.example/x"></iframe>', "evil.example"),
    "meta refresh": ('<meta http-equiv="refresh" content="0;url=https://evil.example"/>', "<meta>"),
    "base": ('<base href="https://evil.example/"/>', "<base>"),
    "svg link animation": (
        '<svg><a><animate attributeName="href" to="javascript:alert(1)"/><text>go</text></a></svg>',
        "<svg>",
    ),
    "javascript link": ('<a href="javascript:alert(1)">more</a>', "javascript:"),
    "handler on a capa element": (None, "onclick"),
}


@pytest.mark.parametrize("name", UNSAFE_INSIDE)
def test_unsafe_html_inside_a_problem_is_removed_reported_and_the_problem_still_grades(name):
    snippet, reported = UNSAFE_INSIDE[name]
    if snippet is None:
        xml = VALID["multiple choice"].replace("<choicegroup>", '<choicegroup onclick="steal()">')
    else:
        xml = VALID["custom with a loncapa/python grader"].replace(
            "<p>Question text.</p>", f"<p>Q</p>{snippet}"
        )
    assert unsafe_parts(xml), "the review would not have flagged it"
    cleaned = sanitize_problem(xml)
    assert any(reported in note for note in cleaned.removed), cleaned.removed
    assert unsafe_parts(cleaned.html) == []
    assert problem_issues(cleaned.html) == []
    assert 'type="loncapa/python"' in cleaned.html or snippet is None


def test_review_rechecks_a_platforms_problems_and_accepts_capas_grader():
    def course_with(xml: str) -> Course:
        quiz = Block(id="p1", type="problem", display_name="Quiz", content=xml)
        unit = Block(id="u1", type="unit", display_name="Check", children=[quiz])
        sub = Block(id="s1", type="subsection", display_name="Practice", children=[unit])
        sec = Block(id="c1", type="section", display_name="Basics", children=[sub])
        root = Block(id="root", type="course", display_name="C", children=[sec])
        return Course(course_id="tutorflow:1", provider="tutorflow", title="C", root=root)

    fine = review_course(course_with(VALID["custom with a loncapa/python grader"]), None)
    assert fine.ok, fine.blocking
    for name in (
        "numerical $surplus with no script",
        "external DOCTYPE",
        "stylesheet instruction",
        "code without grader",
    ):
        report = review_course(course_with(DEFECTS[name][0]), None)
        finding = next(f for f in report.blocking if f.code == "invalid_problem")
        assert DEFECTS[name][1] in finding.problem


async def course_with_all_units_written(client):
    _, course_id, tree = await outlined_course(client)
    await write_all_units(client, course_id)
    return course_id, blocks_by_title(tree)["Check: Variables"]


@pytest.mark.anyio
async def test_a_correct_customresponse_with_a_grader_is_written_and_passes_review_through_mcp():
    async with connect() as (client, _):
        course_id, unit = await course_with_all_units_written(client)
        xml = VALID["custom with a loncapa/python grader"]
        written = await call(
            client, "edit_xblock", course_id=course_id, action="update", block_id=unit["id"], content=xml
        )
        course = await call(client, "get_course", course_id=course_id, include_content=True)
        review = await call(client, "review_course", course_id=course_id)
    assert written["sanitized"] == []
    stored = " ".join(b.get("content") or "" for b in all_blocks(course["root"]))
    assert 'cfn="check_answer"' in stored and 'type="loncapa/python"' in stored
    assert review["ok"], review["blocking"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "name",
    [
        "numerical $surplus with no script",
        "external DOCTYPE",
        "custom without check function",
        "a blank choice",
    ],
)
async def test_an_ungradable_or_unsafe_problem_is_refused_at_write_time_with_its_reason(name):
    xml, reason = DEFECTS[name]
    async with connect() as (client, _):
        _, course_id, tree = await outlined_course(client)
        unit = blocks_by_title(tree)["Check: Variables"]
        text = await fail(
            client, "edit_xblock", course_id=course_id, action="update", block_id=unit["id"], content=xml
        )
    assert reason in text and "cannot be graded" in text


@pytest.mark.anyio
async def test_html_inside_a_problem_is_sanitised_on_write_and_what_went_is_reported():
    xml = VALID["multiple choice"].replace(
        "<p>Question text.</p>",
        '<p>Q <img src="/static/a.png" alt="a" onerror="steal()"/></p><meta http-equiv="refresh"/>',
    )
    async with connect() as (client, _):
        _, course_id, tree = await outlined_course(client)
        unit = blocks_by_title(tree)["Check: Variables"]
        written = await call(
            client, "edit_xblock", course_id=course_id, action="update", block_id=unit["id"], content=xml
        )
        course = await call(client, "get_course", course_id=course_id, include_content=True)
    stored = " ".join(b.get("content") or "" for b in all_blocks(course["root"]))
    assert "onerror" not in stored and "<meta" not in stored and "choicegroup" in stored
    assert any("onerror" in note for note in written["sanitized"])
    assert any("<meta>" in note for note in written["sanitized"])
