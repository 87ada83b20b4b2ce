"""A course's problems as a QTI 2.1 item bank: one assessmentItem per problem, one
assessmentTest per section that has problems, in an IMS content package (imsmanifest.xml).

Question text and choices are written as plain text (capa markup inside them is not carried).
"""

from __future__ import annotations

from coursewright.formats.package import Package, attr, ident, units_of, x
from coursewright.formats.questions import Question, Unmapped, read_question, tolerance_of
from coursewright.model import Course

NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"
MAP_RESPONSE = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"
_SCORE = (
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">\n'
    "    <defaultValue><value>0</value></defaultValue>\n  </outcomeDeclaration>\n"
)


def _choice_item(question: Question) -> tuple[str, str, str]:
    single = question.kind == "single"
    keys = [f"C{n + 1}" for n in range(len(question.choices))]
    correct = "".join(f"<value>{k}</value>" for k, (_, ok) in zip(keys, question.choices, strict=True) if ok)
    declaration = (
        f'  <responseDeclaration identifier="RESPONSE" cardinality="{"single" if single else "multiple"}" '
        f'baseType="identifier">\n    <correctResponse>{correct}</correctResponse>\n  </responseDeclaration>\n'
    )
    choices = "".join(
        f'      <simpleChoice identifier="{k}">{x(text)}</simpleChoice>\n'
        for k, (text, _) in zip(keys, question.choices, strict=True)
    )
    body = (
        f'    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="{1 if single else 0}">\n'
        f"      <prompt>{x(question.prompt)}</prompt>\n{choices}    </choiceInteraction>\n"
    )
    return declaration, body, f'  <responseProcessing template="{MATCH_CORRECT}"/>\n'


def _text_item(question: Question) -> tuple[str, str, str]:
    entries = "".join(
        f'      <mapEntry mapKey={attr(a)} mappedValue="1" caseSensitive="{str(question.case_sensitive).lower()}"/>\n'
        for a in dict.fromkeys(question.answers)
    )
    declaration = (
        '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">\n'
        f"    <correctResponse><value>{x(question.answers[0])}</value></correctResponse>\n"
        f'    <mapping defaultValue="0" upperBound="1">\n{entries}    </mapping>\n  </responseDeclaration>\n'
    )
    body = f'    <p>{x(question.prompt)} <textEntryInteraction responseIdentifier="RESPONSE"/></p>\n'
    return declaration, body, f'  <responseProcessing template="{MAP_RESPONSE}"/>\n'


def _number_item(question: Question) -> tuple[str, str, str]:
    declaration = (
        '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float">\n'
        f"    <correctResponse><value>{x(question.answers[0])}</value></correctResponse>\n"
        "  </responseDeclaration>\n"
    )
    body = f'    <p>{x(question.prompt)} <textEntryInteraction responseIdentifier="RESPONSE"/></p>\n'
    mode, amount = tolerance_of(question)
    test = (
        '<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>'
        if mode == "exact"
        else f'<equal toleranceMode="{mode}" tolerance="{amount:g} {amount:g}">'
        '<variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>'
    )
    processing = (
        "  <responseProcessing>\n    <responseCondition>\n      <responseIf>\n"
        f"        {test}\n"
        '        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>\n'
        "      </responseIf>\n    </responseCondition>\n  </responseProcessing>\n"
    )
    return declaration, body, processing


def item_xml(identifier: str, title: str, question: Question) -> str:
    make = {"single": _choice_item, "multiple": _choice_item, "text": _text_item, "number": _number_item}
    declaration, body, processing = make[question.kind](question)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<assessmentItem xmlns="{NS}" identifier="{identifier}" title={attr(title)} '
        'adaptive="false" timeDependent="false">\n'
        f"{declaration}{_SCORE}  <itemBody>\n{body}  </itemBody>\n{processing}</assessmentItem>\n"
    )


def _test_xml(identifier: str, title: str, refs: list[tuple[str, str]]) -> str:
    items = "".join(f'      <assessmentItemRef identifier="{i}" href="../items/{i}.xml"/>\n' for i, _ in refs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<assessmentTest xmlns="{NS}" identifier="{identifier}" title={attr(title)}>\n'
        '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>\n'
        '  <testPart identifier="P1" navigationMode="nonlinear" submissionMode="simultaneous">\n'
        f'    <assessmentSection identifier="S1" title={attr(title)} visible="true">\n{items}'
        "    </assessmentSection>\n  </testPart>\n"
        '  <outcomeProcessing>\n    <setOutcomeValue identifier="SCORE">\n'
        '      <sum><testVariables variableIdentifier="SCORE"/></sum>\n'
        "    </setOutcomeValue>\n  </outcomeProcessing>\n</assessmentTest>\n"
    )


def qti21_package(course: Course) -> Package:
    package = Package()
    tests: list[tuple[str, str, list[tuple[str, str]]]] = []
    items: dict[str, str] = {}
    for section in course.root.children:
        refs: list[tuple[str, str]] = []
        for sec, _, unit in units_of(course):
            if sec is not section:
                continue
            for block in unit.children:
                if block.type != "problem":
                    continue
                question = read_question(block.content or "")
                if isinstance(question, Unmapped):
                    package.skip(block, question.reason)
                    continue
                identifier = ident("I", block.id)
                items[identifier] = item_xml(identifier, block.display_name, question)
                refs.append((identifier, block.display_name))
        if refs:
            tests.append((ident("T", section.id), section.display_name, refs))
    for identifier, xml in items.items():
        package.add(f"items/{identifier}.xml", xml)
    for identifier, title, refs in tests:
        package.add(f"tests/{identifier}.xml", _test_xml(identifier, title, refs))
    package.files = {"imsmanifest.xml": _manifest(course, items, tests).encode("utf-8"), **package.files}
    return package


def _manifest(
    course: Course, items: dict[str, str], tests: list[tuple[str, str, list[tuple[str, str]]]]
) -> str:
    resources = []
    for identifier in items:
        resources.append(
            f'    <resource identifier="R{identifier}" type="imsqti_item_xmlv2p1" href="items/{identifier}.xml">\n'
            f'      <file href="items/{identifier}.xml"/>\n    </resource>\n'
        )
    for identifier, _, refs in tests:
        deps = "".join(f'      <dependency identifierref="R{i}"/>\n' for i, _ in refs)
        resources.append(
            f'    <resource identifier="R{identifier}" type="imsqti_test_xmlv2p1" href="tests/{identifier}.xml">\n'
            f'      <file href="tests/{identifier}.xml"/>\n{deps}    </resource>\n'
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<manifest xmlns="{CP_NS}" identifier="{ident("M", course.course_id)}">\n'
        "  <metadata>\n    <schema>QTIv2.1 Package</schema>\n    <schemaversion>1.0.0</schemaversion>\n  </metadata>\n"
        f"  <organizations/>\n  <resources>\n{''.join(resources)}  </resources>\n</manifest>\n"
    )
