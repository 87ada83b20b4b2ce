"""The format field of the brief checklist: 3-8 sections, and the course's length.

The length may be stated as learner time (weeks, a total), as a count ("12 lessons", "a
semester") or as a plan laid out period by period (a "Week | Topic" table, "Day 1: ... Day 3:").
Sections outside 3-8 fail the field: fewer is too thin to structure, more comes out thin.
"""

from __future__ import annotations

from typing import Protocol

from coursewright.guardrails import brief_cues as cues
from coursewright.guardrails.brief_report import FieldCheck
from coursewright.guardrails.study_time import StudyTime, number_pattern, rate_spans, read_study_time, states_a_total
from coursewright.guardrails.textfold import rx
from coursewright.model import Brief


class _Text(Protocol):
    """A text as written and folded, offsets agreeing (brief._Text)."""

    original: str
    folded: str


def _period_plan(folded: str) -> str | None:
    """A plan laid out period by period ("Week | Topic" then rows 1-4, or "Week 1: ... Week 4: ...")."""
    period = r"(?:week|wk|day|session|lesson|semana|dia|sesion|semaine|jour|seance|woche|tag|sitzung|settimana|giorno"
    period += r"|lezione|incontro|week|dag|les|tydzien|dzien|zajecia|aula|encontro)"
    numbered = rx(rf"(?:^|\n)\s*{period}\s*(?P<n>\d+)\b").findall(folded)
    if len(set(numbered)) >= 3:
        return f"{len(set(numbered))} numbered periods"
    if rx(rf"(?:^|\n)\s*{period}\s*[|:\t]").search(folded):
        rows = rx(r"(?:^|\n)\s*(\d+)\s*[|\t]").findall(folded)
        if len(set(rows)) >= 3:
            return f"{len(set(rows))} numbered periods"
    return None


def _length(description: _Text, audience: _Text, time: StudyTime) -> str | None:
    """The course's length as the brief states it. The format is the description's to give; the
    audience's study time ("2 hours a week for 4 weeks") says how much time learners have, not how
    long the course is, unless it gives the whole ("6 weeks total", "insgesamt 7,5 Stunden")."""
    told = read_study_time(description.original)
    if told.weeks or told.sessions or told.total_hours:
        return next((e for e in reversed(told.read) if e), None) or "stated"
    if (time.weeks or time.total_hours) and states_a_total(audience.folded):
        return next((e for e in reversed(time.read) if e), None) or "stated"
    plan = _period_plan(description.folded)
    if plan:
        return plan
    counted = rx(rf"{number_pattern()}[\s-]*{cues.LENGTH}|{cues.LENGTH_WORDS}")
    for text in (description,):
        folded = text.folded
        for start, end in rate_spans(folded):  # "3 hours a week" is study time, not length
            folded = folded[:start] + " " * (end - start) + folded[end:]
        match = counted.search(folded)
        if match:
            return text.original[match.start() : match.end()].strip()
    return None


def check_format(brief: Brief, description: _Text, audience: _Text, time: StudyTime) -> FieldCheck:
    sections = brief.desired_number_of_sections
    if not 3 <= sections <= 8:
        return FieldCheck(
            field="format",
            status="vague",
            evidence=f"{sections} section(s)",
            need=f"{sections} section(s) is outside 3-8: use 3-8 sections (3 = workshop, 4-5 = term course, "
            "6-8 = bootcamp); "
            + (
                "fewer than 3 is too thin to structure."
                if sections < 3
                else "above 8 the sections come out thin."
            ),
        )
    length = _length(description, audience, time)
    if length:
        return FieldCheck(field="format", status="met", evidence=f"{sections} sections; '{length}'")
    return FieldCheck(
        field="format",
        status="vague",
        evidence=f"{sections} sections",
        need="Give the approximate length (weeks, total hours or lessons) as well as the sections.",
    )
