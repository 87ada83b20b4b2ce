"""The Common Cartridge importer's mappings, one by one: CC quiz items to questions and capa
problems and back, package paths resolved inside the package, every CC version's namespaces,
and the title when the manifest names none."""

from __future__ import annotations

import pytest
from cartridges import CANVAS_FILES, ITEMS, assessment, qti_item
from export_helpers import SUPPORTED

from coursewright.capa import problem_issues
from coursewright.formats.imscc.manifest import keep, resolve, slug_of
from coursewright.formats.loader import read_course
from coursewright.formats.olx.importer import parse_xml
from coursewright.formats.qti.cc12 import assessment_xml
from coursewright.formats.qti.cc12_read import read_items
from coursewright.formats.questions import Question, Unmapped, capa_of, read_question


def items_of(xml: str):
    return read_items(parse_xml(xml, "quiz.xml"))


@pytest.mark.parametrize("name", SUPPORTED)
def test_every_question_the_exporter_writes_reads_back_as_the_same_question(name):
    question = read_question(SUPPORTED[name])
    assert isinstance(question, Question)
    [item] = items_of(assessment_xml("A_quiz", "Quiz", [("Q_one", name, question)]))
    assert (item.ident, item.title) == ("Q_one", name)
    # The CC profile's blanks compare exactly: a number's tolerance is the one thing not carried.
    assert item.question == Question(**{**question.__dict__, "tolerance": ""})


@pytest.mark.parametrize("name", SUPPORTED)
def test_capa_of_writes_a_gradable_problem_that_reads_back_as_the_question(name):
    question = read_question(SUPPORTED[name])
    problem = capa_of(question)
    assert problem_issues(problem) == []
    assert read_question(problem) == question


def test_canvas_items_of_every_profile_type_map_or_say_why_not():
    found = {item.title: item.question for item in items_of(assessment("Quiz", list(ITEMS.values())))}
    assert found["Fixed loop"] == Question(
        kind="single",
        prompt="Which knot makes a fixed loop?",
        choices=[("Bowline", True), ("Reef knot", False), ("Clove hitch", False)],
    )
    assert found["Hitches"].choices == [("Clove hitch", True), ("Bowline", False), ("Round turn", True)]
    assert found["Reef knot"].choices == [("True", True), ("False", False)]
    assert found["Name it"] == Question(
        kind="text",
        prompt="The knot at the end of a rope that stops it running out is a ...",
        answers=["stopper", "stopper knot"],
        case_sensitive=False,
    )
    assert (found["Turns"].kind, found["Turns"].answers) == ("number", ["1"])
    assert isinstance(found["Your favourite"], Unmapped) and "essay" in found["Your favourite"].reason
    assert isinstance(found["Spelling"], Unmapped) and "pattern-match" in found["Spelling"].reason


def _blank(conditions: str, profile: str = "cc.fib.v0p1") -> Question | Unmapped:
    response = '<response_str ident="r"><render_fib><response_label ident="a"/></render_fib></response_str>'
    prompt = f'<material><mattext texttype="text/plain">Pi?</mattext></material>{response}'
    scored = (
        f"<respcondition><conditionvar>{conditions}</conditionvar>"
        '<setvar action="Set" varname="SCORE">100</setvar></respcondition>'
    )
    [item] = items_of(assessment("Q", [qti_item("x", "Pi", profile, prompt, scored)]))
    return item.question


def test_a_blank_scored_on_a_range_is_a_number_with_its_tolerance():
    question = _blank("<vargte respident='r'>3.13</vargte><varlte respident='r'>3.15</varlte>")
    assert (question.kind, question.answers, question.tolerance) == ("number", ["3.14"], "0.01")
    assert read_question(capa_of(question)) == question


def test_a_case_sensitive_numeric_answer_stays_text_and_an_item_without_a_profile_is_named():
    question = _blank('<varequal respident="r" case="Yes">42</varequal>')
    assert (question.kind, question.case_sensitive) == ("text", True)
    missing = _blank('<varequal respident="r">42</varequal>', profile="")
    assert isinstance(missing, Unmapped) and "cc_profile" in missing.reason
    other = _blank('<varequal respident="r">42</varequal>', profile="cc.drag_and_drop.v0p1")
    assert isinstance(other, Unmapped) and "cc.drag_and_drop" in other.reason


@pytest.mark.parametrize(
    ("base", "href", "path"),
    [
        ("", "wiki_content/page.html", "wiki_content/page.html"),
        ("wiki_content/ropes/", "coiling.html", "wiki_content/ropes/coiling.html"),
        ("", "wiki_content/My%20Page.html", "wiki_content/My Page.html"),
        ("", "a/../b/./c.html", "b/c.html"),
        ("", "../outside.html", None),
        ("wiki/", "../../outside.html", None),
        ("../", "page.html", None),
        ("", "/etc/passwd", None),
        ("/srv/", "page.html", None),
        ("", "https://example.org/page.html", None),
        ("", "file:///etc/passwd", None),
        ("", "..\\outside.html", None),
        ("", "", None),
    ],
)
def test_package_paths_resolve_inside_the_package_or_not_at_all(base, href, path):
    assert resolve(base, href) == path


def test_identifiers_become_slugs_without_coursewrights_own_prefix():
    assert slug_of("I_unit_intro") == "unit_intro" and slug_of("Q_p-1") == "p-1"
    assert slug_of("g3f2a9") == "g3f2a9" and slug_of("has space") is None


def test_the_cartridge_files_are_read_and_binaries_only_counted():
    assert keep("imsmanifest.xml") and keep("wiki_content/a.html") and keep("q/assessment_qti.xml")
    assert keep("legacy/page.htm")
    assert not keep("web_resources/logo.png") and not keep("web_resources/chart.pdf")


def _course(files: dict[str, str | bytes], name: str = "knots"):
    data = {k: v.encode() if isinstance(v, str) else v for k, v in files.items()}
    return read_course({k: v for k, v in data.items() if keep(k)}, list(data), name)


@pytest.mark.parametrize("version", ["imscc", "imsccv1p2", "imsccv1p3"])
def test_every_common_cartridge_version_reads_alike(version):
    expected = _course(CANVAS_FILES)
    other = {k: v.replace("imsccv1p1", version) if isinstance(v, str) else v for k, v in CANVAS_FILES.items()}
    assert version in other["imsmanifest.xml"]
    course = _course(other)
    assert (course.title, course.language, course.block_count()) == ("Knots at Sea", "fr", 25)
    assert course.sections == expected.sections and course.skipped == expected.skipped


def test_a_cartridge_without_a_title_is_named_after_its_file_and_one_in_a_folder_is_found():
    manifest = CANVAS_FILES["imsmanifest.xml"].replace(
        "<lomimscc:title><lomimscc:string>Knots at Sea</lomimscc:string></lomimscc:title>", ""
    )
    course = _course({f"export/{k}": v for k, v in {**CANVAS_FILES, "imsmanifest.xml": manifest}.items()})
    assert course.title == "knots" and course.format == "imscc" and course.block_count() == 25
