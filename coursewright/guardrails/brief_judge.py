"""An optional second reader for the brief checklist: a model that may move a field between
"vague" and "met", with its reason.

Used only when an OpenAI-compatible endpoint is configured (COURSEWRIGHT_LLM_*). The rules
stay in charge: the judge sees each field the rules called met or vague and may turn one into
the other; it never touches a field the rules found missing, never clears an audience that
cannot follow the scope, and an answer that does not fit is ignored (the rules' verdict stands,
with a warning). This module builds the question and applies the answer; the call itself is
the generator's (providers/local/generate.py).
"""

from __future__ import annotations

import json

from pydantic import BaseModel, Field, ValidationError

from coursewright.guardrails.brief_report import BriefReport, FieldName, ready_fields
from coursewright.model import Brief

JUDGE_MARKER = "[coursewright:brief-judge]"
MAX_REASON_CHARS = 240

JUDGE_SYSTEM = f"""{JUDGE_MARKER}
You check course briefs the way an experienced instructional designer would. Each field of the brief has a verdict from
coursewright's rules, "met" or "vague". For each field listed in the request, say whether a course team could act on
what the brief says for that field without asking the user: "met" if they could, "vague" if they could not.
- subject_scope: what is in, and what is explicitly left out (a named exclusion, not "irrelevant material");
- outcomes: 3 to 7 things learners will be able to do, each an action with its object;
- audience: prior knowledge and study time;
- pedagogy: how it teaches (tutorial, project-based, assessments...);
- format: number of sections and the length.
The brief may be in any language. Answer with one JSON object and nothing else, in exactly this shape:
{{"fields": [{{"field": "outcomes", "status": "met", "reason": "one short sentence quoting the brief"}}]}}"""


class _Verdict(BaseModel):
    field: FieldName
    status: str
    reason: str = Field(default="", max_length=2_000)


class _Answer(BaseModel):
    fields: list[_Verdict]


def judge_request(brief: Brief, report: BriefReport) -> str:
    """The question: the brief and the fields the judge may move, with the rules' verdicts."""
    facts = {
        "course": brief.name,
        "description": brief.description,
        "audience": brief.target_audience,
        "sections": brief.desired_number_of_sections,
        "fields": [
            {"field": f.field, "status": f.status, "rules_say": f.need or f.evidence or ""}
            for f in report.fields
            if f.status != "missing" and not (f.field == "audience" and report.audience_conflict)
        ],
    }
    return "Judge these fields of the brief. The request, as JSON:\n" + json.dumps(facts, ensure_ascii=False)


def parse_judgement(answer: str) -> dict[str, tuple[str, str]]:
    """{field: (status, reason)} from the model's answer; ValueError when it cannot be used."""
    text = answer.strip()
    start, end = text.find("{"), text.rfind("}")
    try:
        parsed = _Answer.model_validate_json(text[start : end + 1] if start >= 0 else text)
    except ValidationError:
        raise ValueError("the answer is not the JSON object asked for") from None
    verdicts = {
        v.field: (v.status, " ".join(v.reason.split())[:MAX_REASON_CHARS])
        for v in parsed.fields
        if v.status in ("met", "vague")
    }
    if not verdicts:
        raise ValueError("the answer judged no field as met or vague")
    return verdicts


def apply_judgement(report: BriefReport, verdicts: dict[str, tuple[str, str]], model: str) -> BriefReport:
    """The report with the judge's moves between vague and met; missing fields and a scope the
    audience cannot follow stay as the rules found them."""
    fields = []
    for check in report.fields:
        verdict = verdicts.get(check.field)
        locked = check.status == "missing" or (check.field == "audience" and report.audience_conflict)
        if verdict is None or locked or verdict[0] == check.status:
            fields.append(check)
            continue
        status, reason = verdict
        fields.append(
            check.model_copy(
                update={
                    "status": status,
                    "judge_reason": reason or "the model judge gave no reason",
                    "need": None
                    if status == "met"
                    else (check.need or "The model judge found this unclear."),
                }
            )
        )
    judged = report.model_copy(update={"fields": fields, "judged_by": model})
    return judged.model_copy(update=ready_fields(judged))
