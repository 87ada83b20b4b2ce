"""What each capa response type needs before Open edX can grade it.

The rules follow capa's own response classes: the inputs each response allows, the attributes
it requires, the choices it marks correct, the answers it evaluates (numbers through capa's
calculator, `$name` values from the problem's `loncapa/python` script), and the grader each
custom or code response calls. A problem that breaks one of them imports fine and then can
never be answered, so these checks run where the author can still fix it.
"""

from __future__ import annotations

import json
import re
from xml.etree.ElementTree import Element

from coursewright.capa_values import Script, calc_issue, is_placeholder

#: Response element -> the input elements capa accepts inside it.
RESPONSE_INPUTS: dict[str, frozenset[str]] = {
    "multiplechoiceresponse": frozenset({"choicegroup"}),
    "truefalseresponse": frozenset({"choicegroup"}),
    "choiceresponse": frozenset({"checkboxgroup", "radiogroup"}),
    "optionresponse": frozenset({"optioninput"}),
    "stringresponse": frozenset({"textline"}),
    "numericalresponse": frozenset({"textline", "formulaequationinput"}),
    "formularesponse": frozenset({"textline", "formulaequationinput"}),
    "customresponse": frozenset(
        {
            "textline",
            "textbox",
            "jsinput",
            "formulaequationinput",
            "chemicalequationinput",
            "crystallography",
            "vsepr_input",
            "drag_and_drop_input",
            "designprotein2dinput",
            "editageneinput",
            "annotationinput",
        }
    ),  # fmt: skip
    "symbolicresponse": frozenset({"textline", "textbox", "formulaequationinput"}),
    "choicetextresponse": frozenset({"radiotextgroup", "checkboxtextgroup", "choicetextgroup"}),
    "imageresponse": frozenset({"imageinput"}),
    "coderesponse": frozenset({"textbox", "filesubmission", "matlabinput"}),
    "externalresponse": frozenset({"textbox", "textline"}),
    "schematicresponse": frozenset({"schematic"}),
    "annotationresponse": frozenset({"annotationinput"}),
}
ALL_INPUTS: frozenset[str] = frozenset().union(*RESPONSE_INPUTS.values())
#: Responses capa builds with at most one input (max_inputfields = 1).
_ONE_INPUT = {
    "multiplechoiceresponse", "truefalseresponse", "choiceresponse", "stringresponse",
    "numericalresponse", "formularesponse", "symbolicresponse", "choicetextresponse",
    "coderesponse", "annotationresponse",
}  # fmt: skip
#: capa's own elements besides responses and inputs: kept as they are inside a problem.
CAPA_ELEMENTS: frozenset[str] = frozenset(
    {
        "problem", "text", "math", "label", "description", "solution", "solutionset", "clarification",
        "choice", "option", "options", "responseparam", "additional_answer", "correcthint",
        "choicehint", "optionhint", "stringequalhint", "regexphint", "compoundhint", "booleanhint",
        "hintgroup", "hintpart", "stringhint", "formulahint", "numericalhint", "demandhint", "hint",
        "codeparam", "initial_display", "answer_display", "grader_payload", "answer", "script",
        "numtolerance_input", "decoy_input", "targetedfeedbackset", "targetedfeedback",
        "draggable", "target", "startouttext", "endouttext", "tolerance",
    }
) | frozenset(RESPONSE_INPUTS) | ALL_INPUTS  # fmt: skip


def _tag(element: Element) -> str:
    return element.tag if isinstance(element.tag, str) else ""


def _text_of(element: Element, skip: frozenset[str] = frozenset()) -> str:
    """Visible text of an element, without the hint elements inside it."""
    parts = [element.text or ""]
    for child in element:
        if _tag(child) not in skip:
            parts.append(_text_of(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)


def _has_media(element: Element) -> bool:
    return any(_tag(el) in ("img", "math", "video", "audio") for el in element.iter())


_HINTS = frozenset({"choicehint", "optionhint", "numtolerance_input", "decoy_input"})


def _correct_value(choice: Element) -> str:
    return (choice.get("correct") or "").strip().lower()


def _choice_issues(tag: str, group: Element) -> list[str]:
    choices = [c for c in group if _tag(c) == "choice"]
    where = f"the <{group.tag}> of <{tag}>"
    if len(choices) < 2:
        return [f"{where} needs at least two choices."]
    issues: list[str] = []
    blank = [n for n, c in enumerate(choices, 1) if not _text_of(c, _HINTS).strip() and not _has_media(c)]
    if blank and tag != "choicetextresponse":
        issues.append(f"Choice {', '.join(map(str, blank))} in {where} has no text.")
    if tag == "choicetextresponse":
        # capa selects choice[@correct="true"] exactly: another spelling is simply not correct.
        values = ["true" if c.get("correct") == "true" else "false" for c in choices]
    else:
        values = [_correct_value(c) for c in choices]
    if any(v not in ("true", "false", "partial") for v in values):
        return issues + [f'Every <choice> in {where} needs correct="true" or correct="false".']
    correct = values.count("true")
    if correct == 0:
        return issues + [f'No <choice> in {where} is marked correct="true".']
    if tag in ("multiplechoiceresponse", "truefalseresponse") and correct > 1:
        issues.append(
            f"A single-select <{tag}> has {correct} correct choices; use <choiceresponse> with "
            "<checkboxgroup> for multi-select."
        )
    if group.tag in ("radiogroup", "radiotextgroup") and correct > 1:
        issues.append(f"{where} lets a learner pick one choice but marks {correct} correct, so none can win.")
    return issues


def _option_issues(optioninput: Element) -> list[str]:
    options = [o for o in optioninput if _tag(o) == "option"]
    if options:
        if any(not _text_of(o, _HINTS).strip() for o in options):
            return ["An <option> in the optioninput has no text."]
        values = [(o.get("correct") or "").strip().lower() for o in options]
        if any(v not in ("true", "false") for v in values):
            return ['Every <option> in the optioninput needs correct="True" or correct="False".']
        correct = values.count("true")
        if correct == 0:
            return ['No <option> in the optioninput is marked correct="True".']
        if correct > 1:
            return [f"The optioninput marks {correct} options correct; a dropdown has exactly one."]
        return []
    listed = optioninput.get("options")
    correct_value = optioninput.get("correct")
    if not listed or not correct_value:
        return ["The optioninput needs <option> children or both options=... and correct=... attributes."]
    values = re.findall(r"'([^']*)'", listed)
    if len(values) < 2 or any(not v.strip() for v in values):
        return ["The optioninput's options=... needs at least two non-blank values."]
    if correct_value.strip("'\" ") not in values:
        return [f"The optioninput's correct value {correct_value!r} is not one of its options."]
    return []


def _answer_issues(tag: str, answer: str | None, script: Script) -> list[str]:
    value = (answer or "").strip()
    if not value:
        return [f'The <{tag}> needs an answer="..." attribute.']
    if is_placeholder(value):
        return [f"The <{tag}> answer {value!r} is a placeholder, not an answer."]
    unbound = script.unbound(value)
    if unbound:
        return [
            f'The <{tag}> answer uses ${unbound[0]}, which no <script type="loncapa/python"> in the problem defines.'
        ]
    return []


def _numerical_issues(response: Element, script: Script) -> list[str]:
    answer = (response.get("answer") or "").strip()
    issues = _answer_issues("numericalresponse", answer, script)
    if issues or "$" in answer:
        return issues
    bounds = [answer]
    if answer[:1] in "[(" and answer[-1:] in "])":
        bounds = answer[1:-1].split(",")
        if len(bounds) != 2:
            return [f"The numericalresponse range {answer!r} needs exactly two bounds, e.g. [1, 5]."]
    for bound in bounds:
        try:
            complex(bound.strip().replace(" ", ""))
            continue
        except ValueError:
            pass
        problem = calc_issue(bound)
        if problem:
            return [f"The numericalresponse answer {answer!r} is not a number capa can read: {problem}."]
    return []


def _samples_issue(samples: str) -> str | None:
    names, at, rest = samples.partition("@")
    ranges, hash_, count = rest.partition("#")
    variables = [v.strip() for v in names.split(",") if v.strip()]
    limits = ranges.split(":")
    if not (at and hash_ and variables and len(limits) == 2 and count.strip().isdigit() and int(count) > 0):
        return f"samples={samples!r} is not capa's form 'x,y@1,1:5,5#10' (variables@lows:highs#count)"
    for limit in limits:
        values = limit.split(",")
        if len(values) != len(variables):
            return f"samples={samples!r} gives {len(values)} limits for {len(variables)} variables"
        for value in values:
            if "$" not in value and calc_issue(value):
                return f"samples={samples!r} has a limit that is not a number ({value.strip()!r})"
    return None


def _formula_issues(response: Element, script: Script) -> list[str]:
    answer = (response.get("answer") or "").strip()
    issues = _answer_issues("formularesponse", answer, script)
    samples = (response.get("samples") or "").strip()
    if not samples:
        return issues + ['The <formularesponse> needs a samples="..." attribute (e.g. samples="x@1:5#10").']
    problem = _samples_issue(samples) if "$" not in samples else None
    if problem:
        return issues + [f"The <formularesponse> {problem}."]
    if not issues and "$" not in answer:
        variables = [v.strip() for v in samples.partition("@")[0].split(",")]
        problem = calc_issue(answer, variables)
        if problem:
            issues.append(f"The formularesponse answer {answer!r} cannot be evaluated: {problem}.")
    return issues


def _string_issues(response: Element, script: Script) -> list[str]:
    issues = _answer_issues("stringresponse", response.get("answer"), script)
    if not issues and "regexp" in (response.get("type") or "").lower().split():
        try:
            re.compile("^" + (response.get("answer") or "") + "$")
        except re.error as exc:
            issues.append(f"The stringresponse answer is not a valid regular expression: {exc}.")
    return issues


def _custom_issues(response: Element, script: Script) -> list[str]:
    tag = _tag(response)
    if tag == "symbolicresponse":
        return (
            []
            if (response.get("expect") or response.get("answer"))
            else ['The <symbolicresponse> needs expect="..." (the expected expression).']
        )
    answers = [a for a in response.iter("answer") if (a.text or "").strip()]
    if answers:
        problems = [Script([a.text or ""]).error for a in answers]
        return [p.replace("loncapa/python script", "<answer> script") for p in problems if p]
    cfn = (response.get("cfn") or "").strip()
    if not cfn:
        return [
            'The <customresponse> has no check function: set cfn="..." to a function defined in a '
            '<script type="loncapa/python">, or put the grading code in an <answer type="loncapa/python">.'
        ]
    if cfn not in script.names:
        return [
            f'The <customresponse> check function {cfn!r} is not defined in a <script type="loncapa/python">.'
        ]
    return []


def _image_issues(response: Element) -> list[str]:
    issues: list[str] = []
    for image in (el for el in response.iter("imageinput")):
        if not (image.get("src") or "").strip():
            issues.append('An <imageinput> needs src="..." (the image to click on).')
        rectangle, regions = (image.get("rectangle") or "").strip(), (image.get("regions") or "").strip()
        if not rectangle and not regions:
            issues.append(
                'An <imageinput> needs a correct region: rectangle="(x1,y1)-(x2,y2)" or regions="[...]".'
            )
        for part in filter(None, (p.strip().replace(" ", "") for p in rectangle.split(";"))):
            if not re.fullmatch(r"[(\[]\d+,\d+[)\]]-[(\[]\d+,\d+[)\]]", part):
                issues.append(f"The imageinput rectangle {part!r} is not in the form (x1,y1)-(x2,y2).")
        if regions:
            try:
                parsed = json.loads(regions)
                assert isinstance(parsed, list) and parsed
            except (ValueError, AssertionError):
                issues.append(
                    "The imageinput regions=... is not a list of points such as [[10,10],[40,10],[20,40]]."
                )
    return issues


def _code_issues(response: Element) -> list[str]:
    codeparam = response.find("codeparam")
    payload = codeparam.find("grader_payload") if codeparam is not None else None
    if payload is None or not (payload.text or "").strip():
        return [
            "The <coderesponse> needs <codeparam><grader_payload>...</grader_payload></codeparam> for its grader."
        ]
    return []


def _choicetext_issues(response: Element, group: Element, script: Script) -> list[str]:
    issues: list[str] = []
    for choice in (c for c in group if _tag(c) == "choice" and _correct_value(c) == "true"):
        for field in (el for el in choice if _tag(el) == "numtolerance_input"):
            answer = (field.get("answer") or "").strip()
            if not answer:
                issues.append('A <numtolerance_input> inside a correct choice needs answer="...".')
            elif script.unbound(answer):
                issues.append(
                    f"A <numtolerance_input> answer uses ${script.unbound(answer)[0]}, which no script defines."
                )
            elif "$" not in answer and calc_issue(answer):
                issues.append(f"The <numtolerance_input> answer {answer!r} is not a number.")
    return issues


def response_issues(response: Element, script: Script) -> list[str]:
    """Why capa could not grade this response element; empty when it can."""
    tag = _tag(response)
    allowed = RESPONSE_INPUTS[tag]
    inputs = [el for el in response.iter() if _tag(el) in ALL_INPUTS]
    if not inputs:
        return [f"The <{tag}> has no input element (expected one of {', '.join(sorted(allowed))})."]
    wrong = sorted({el.tag for el in inputs if el.tag not in allowed})
    if wrong:
        return [
            f"<{tag}> cannot hold {', '.join('<' + w + '>' for w in wrong)}; use {', '.join(sorted(allowed))}."
        ]
    if tag in _ONE_INPUT and len(inputs) > 1:
        return [f"<{tag}> takes exactly one input element, not {len(inputs)}."]
    issues: list[str] = []
    for element in inputs:
        if element.tag in ("choicegroup", "checkboxgroup", "radiogroup"):
            issues += _choice_issues(tag, element)
        elif element.tag in ("radiotextgroup", "checkboxtextgroup", "choicetextgroup"):
            issues += _choice_issues(tag, element) + _choicetext_issues(response, element, script)
        elif element.tag == "optioninput":
            issues += _option_issues(element)
        elif element.tag == "jsinput" and re.match(
            r"^\s*[a-z][a-z0-9+.-]*:|^\s*//", element.get("html_file") or "", re.I
        ):
            issues.append(
                "The <jsinput> html_file must be a file of the course (/static/...), not another site."
            )
    return issues + _answer_rules(tag, response, script)


def _graded_by_code(tag: str, response: Element, script: Script) -> list[str]:
    has_answer = any((a.text or "").strip() for a in response.iter("answer"))
    if has_answer or (tag == "externalresponse" and script.code):
        return []
    return [f"The <{tag}> needs its grading code in an <answer> element."]


def _annotation_issues(response: Element) -> list[str]:
    if any(o.get("choice") == "correct" for o in response.iter("option")):
        return []
    return ['The <annotationinput> needs an <option choice="correct">.']


def _answer_rules(tag: str, response: Element, script: Script) -> list[str]:
    """What the response type itself needs to grade: its answer, check function, region or grader."""
    if tag == "stringresponse":
        return _string_issues(response, script)
    if tag == "numericalresponse":
        return _numerical_issues(response, script)
    if tag == "formularesponse":
        return _formula_issues(response, script)
    if tag in ("customresponse", "symbolicresponse"):
        return _custom_issues(response, script)
    if tag == "imageresponse":
        return _image_issues(response)
    if tag == "coderesponse":
        return _code_issues(response)
    if tag in ("externalresponse", "schematicresponse"):
        return _graded_by_code(tag, response, script)
    if tag == "annotationresponse":
        return _annotation_issues(response)
    return []
