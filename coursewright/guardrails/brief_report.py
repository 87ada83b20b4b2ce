"""What the brief checklist answers: field by field, the questions to ask, and the checklist text."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

FieldName = Literal["subject_scope", "outcomes", "audience", "pedagogy", "format"]
Status = Literal["met", "missing", "vague"]

#: The seed's clarifying-question checklist, keyed by the field it fills.
QUESTIONS: dict[str, str] = {
    "subject_scope": "Any topics to exclude, or must-cover topics? (State exclusions explicitly.)",
    "outcomes": "What should learners be able to do by the end? (3-7 outcomes, each an action verb with its object: build a budget, diagnose a slow connection...)",
    "audience": "Who is the learner? (background, prior knowledge, motivation)",
    "audience_time": "How many hours a week can learners study?",
    "audience_language": "What language level should the text assume (e.g. plain English, low jargon, CEFR B1)?",
    "audience_scope": "Can these learners follow this scope? Narrow the scope, or say what they already know.",
    "pedagogy": "Tutorial, assessment-heavy, or project-based? How much theory versus practice?",
    "format": "How long is the course? (weeks, sections, hours)",
    "reference": "Is there reference material to upload (textbook, syllabus, standard, style guide)?",
}
FIELD_ORDER: tuple[FieldName, ...] = ("subject_scope", "outcomes", "audience", "pedagogy", "format")


class FieldCheck(BaseModel):
    field: FieldName
    status: Status
    evidence: str | None = Field(
        default=None, description="The words in the brief that count for this field."
    )
    need: str | None = Field(default=None, description="What is still needed when the field is not met.")
    judge_reason: str | None = Field(
        default=None, description="Why the model judge moved this field between vague and met, when it did."
    )


class BriefReport(BaseModel):
    ready: bool = Field(description="True when create_task will accept this brief.")
    fields: list[FieldCheck]
    questions: list[str] = Field(
        default_factory=list, description="Ask the user these before creating the task."
    )
    warnings: list[str] = Field(default_factory=list)
    vague_terms: list[str] = Field(
        default_factory=list, description="Adjectives with no measurable meaning; ask what they mean."
    )
    next_step: str = ""
    audience_conflict: str | None = Field(
        default=None, description="Set when the audience cannot follow the scope; the brief is not ready."
    )
    judged_by: str | None = Field(
        default=None, description="The model that judged vague fields, when COURSEWRIGHT_LLM_* is set."
    )


def question_rank(question: str) -> int:
    order = list(QUESTIONS.values())
    return order.index(question) if question in order else len(order)


def brief_questions_text(report: BriefReport) -> str:
    return "\n".join(f"- {q}" for q in report.questions)


def checklist_markdown() -> str:
    """The checklist as a resource the agent can read before drafting a brief."""
    lines = [
        "# Course brief checklist",
        "",
        "create_task accepts a brief when every field is stated in measurable terms (none missing or vague).",
        "",
        '1. **Subject and scope**: what is in, and explicitly what is out, named ("exclude OOP and async";'
        ' not "exclude irrelevant material").',
        '2. **Learning outcomes**: 3-7, each an action verb with its object ("by the end, learners can build a'
        ' budget, compare two loans, diagnose a slow connection"); a list of verbs sharing one object is one'
        ' outcome, and "understand" or "know" are not measurable.',
        '3. **Audience**: prior knowledge, language level, motivation, study time ("3 hours a week",'
        ' "two evenings a week", "three 45-minute lessons a week"). The audience must be able to follow'
        " the scope.",
        "4. **Pedagogy**: tutorial, project-based or assessment-heavy; how much theory versus practice.",
        "5. **Format**: 3-8 sections (3 workshop, 4-5 term course, 6-8 bootcamp; outside 3-8 fails) and length"
        " (weeks, hours).",
        "",
        'Replace vague adjectives with what they mean: "beginner" -> "assumes high-school algebra, no coding".',
        "Pick a stronger model only for technical depth (graduate maths, law, medicine).",
        "",
        "## Questions to ask when something is unknown",
        "",
    ]
    lines += [f"- {q}" for q in dict.fromkeys(QUESTIONS.values())]
    return "\n".join(lines) + "\n"


def ready_fields(report: BriefReport) -> dict[str, object]:
    """`ready` and `next_step` as the checklist's rule gives them for the report's fields."""
    missing = any(f.status == "missing" for f in report.fields)
    vague = sum(f.status == "vague" for f in report.fields) + (1 if report.vague_terms else 0)
    ready = not missing and not report.audience_conflict and vague == 0
    if ready:
        next_step = "Ready: call create_task with the same fields." + (
            " The questions below would still sharpen it." if report.questions else ""
        )
    else:
        next_step = "Not ready: ask the user the questions, fold the answers into the brief, and check again."
    return {"ready": ready, "next_step": next_step}
