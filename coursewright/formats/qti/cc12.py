"""Assessments in the Common Cartridge 1.3 profile of QTI 1.2.1, and a structural check of them.

The profile's schema is not among the official files this project validates against, so
`profile_issues` checks what the profile requires instead: the root and namespace, one
assessment with its cc_profile, items of the profile's types only, each with an ident, a
presentation and response processing, and choices that the processing refers to.
"""

from __future__ import annotations

from coursewright.formats.package import attr, x
from coursewright.formats.questions import Question

NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
#: Question kind -> the CC profile item type it becomes.
ITEM_TYPES = {
    "single": "cc.multiple_choice.v0p1",
    "multiple": "cc.multiple_response.v0p1",
    "text": "cc.fib.v0p1",
    "number": "cc.fib.v0p1",
}
ALLOWED_ITEM_TYPES = frozenset(
    {
        "cc.multiple_choice.v0p1",
        "cc.multiple_response.v0p1",
        "cc.true_false.v0p1",
        "cc.fib.v0p1",
        "cc.pattern_match.v0p1",
        "cc.essay.v0p1",
    }
)


def _field(label: str, entry: str) -> str:
    return f"<qtimetadatafield><fieldlabel>{label}</fieldlabel><fieldentry>{entry}</fieldentry></qtimetadatafield>"


def _mat(text: str) -> str:
    return f'<material><mattext texttype="text/plain">{x(text)}</mattext></material>'


def _item(identifier: str, title: str, question: Question) -> str:
    score = '<setvar action="Set" varname="SCORE">100</setvar>'
    if question.kind in ("single", "multiple"):
        cardinality = "Single" if question.kind == "single" else "Multiple"
        labels = "".join(
            f'<response_label ident="{identifier}_C{n + 1}">{_mat(text)}</response_label>'
            for n, (text, _) in enumerate(question.choices)
        )
        response = f'<response_lid ident="response1" rcardinality="{cardinality}"><render_choice>{labels}</render_choice></response_lid>'
        keys = [(f"{identifier}_C{n + 1}", ok) for n, (_, ok) in enumerate(question.choices)]
        if question.kind == "single":
            condition = "".join(f'<varequal respident="response1">{k}</varequal>' for k, ok in keys if ok)
            condition = condition if sum(ok for _, ok in keys) == 1 else f"<or>{condition}</or>"
        else:
            parts = [
                f'<varequal respident="response1">{k}</varequal>'
                if ok
                else f'<not><varequal respident="response1">{k}</varequal></not>'
                for k, ok in keys
            ]
            condition = f"<and>{''.join(parts)}</and>"
    else:
        response = '<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1"/></render_fib></response_str>'
        case = "Yes" if question.case_sensitive and question.kind == "text" else "No"
        condition = "".join(
            f'<varequal respident="response1" case="{case}">{x(a)}</varequal>' for a in question.answers
        )
        condition = condition if len(question.answers) == 1 else f"<or>{condition}</or>"
    return (
        f'    <item ident="{identifier}" title={attr(title)}>\n'
        f"      <itemmetadata><qtimetadata>{_field('cc_profile', ITEM_TYPES[question.kind])}</qtimetadata></itemmetadata>\n"
        f"      <presentation>{_mat(question.prompt)}{response}</presentation>\n"
        '      <resprocessing><outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes>'
        f'<respcondition continue="No"><conditionvar>{condition}</conditionvar>{score}</respcondition></resprocessing>\n'
        "    </item>\n"
    )


def assessment_xml(identifier: str, title: str, questions: list[tuple[str, str, Question]]) -> str:
    """`questions`: (item ident, title, question) in order."""
    items = "".join(_item(i, t, q) for i, t, q in questions)
    meta = (
        _field("cc_profile", "cc.exam.v0p1")
        + _field("qmd_assessmenttype", "Examination")
        + _field("cc_maxattempts", "unlimited")
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<questestinterop xmlns="{NS}">\n'
        f'  <assessment ident="{identifier}" title={attr(title)}>\n'
        f"    <qtimetadata>{meta}</qtimetadata>\n"
        f'    <section ident="{identifier}_root">\n{items}    </section>\n'
        "  </assessment>\n</questestinterop>\n"
    )


def profile_issues(data: bytes) -> list[str]:
    """What keeps a QTI 1.2.1 file from the CC 1.3 profile; [] when none."""
    from defusedxml.ElementTree import fromstring

    q = f"{{{NS}}}"
    try:
        root = fromstring(data)
    except Exception:  # noqa: BLE001 - any parse failure is one finding
        return ["not well-formed XML"]
    if root.tag != f"{q}questestinterop":
        return [f"root is {root.tag}, not questestinterop in the QTI 1.2 namespace"]
    assessments = root.findall(f"{q}assessment")
    if len(assessments) != 1:
        return [f"{len(assessments)} assessments (the profile wants exactly one)"]
    issues: list[str] = []
    assessment = assessments[0]
    if not assessment.get("ident"):
        issues.append("the assessment has no ident")
    labels = {
        f.findtext(f"{q}fieldlabel"): f.findtext(f"{q}fieldentry")
        for f in assessment.findall(f"{q}qtimetadata/{q}qtimetadatafield")
    }
    if labels.get("cc_profile") != "cc.exam.v0p1":
        issues.append("the assessment's cc_profile is not cc.exam.v0p1")
    items = list(assessment.iter(f"{q}item"))
    if not items:
        issues.append("the assessment has no items")
    seen: set[str] = set()
    for item in items:
        name = item.get("ident") or "?"
        if name in seen or name == "?":
            issues.append(f"item {name}: missing or repeated ident")
        seen.add(name)
        kinds = [
            f.findtext(f"{q}fieldentry")
            for f in item.iter(f"{q}qtimetadatafield")
            if f.findtext(f"{q}fieldlabel") == "cc_profile"
        ]
        if len(kinds) != 1 or kinds[0] not in ALLOWED_ITEM_TYPES:
            issues.append(f"item {name}: cc_profile {kinds} is not one of the profile's item types")
        presentation = item.find(f"{q}presentation")
        if presentation is None or presentation.find(f"{q}material/{q}mattext") is None:
            issues.append(f"item {name}: no presentation with question text")
            continue
        if item.find(f"{q}resprocessing/{q}respcondition/{q}conditionvar") is None:
            issues.append(f"item {name}: no response processing")
        choices = {label.get("ident") for label in presentation.iter(f"{q}response_label")}
        lid = presentation.find(f"{q}response_lid")
        if lid is not None:
            if lid.get("rcardinality") not in ("Single", "Multiple"):
                issues.append(f"item {name}: rcardinality must be Single or Multiple")
            if len(choices) < 2:
                issues.append(f"item {name}: a choice item needs two choices")
            used = {v.text for v in item.iter(f"{q}varequal")}
            if not used <= choices:
                issues.append(f"item {name}: processing refers to choices that do not exist")
        elif presentation.find(f"{q}response_str") is None:
            issues.append(f"item {name}: no response_lid or response_str")
    return issues
