"""The size a brief asks for: sections, units, and the learner time behind them.

One function for everything that sizes a course, so they agree: TutorFlow's lesson count, the
LearningStudio chapters, the local generator's outline and the review's length rule. The
sections are the brief's `desired_number_of_sections`. The units are, in order: a count the
brief states ("about 16 units", "12 lessons", "3 lessons per module"), else one unit per hour
of learner time (weeks x hours a week, or a stated total: the seed's rule of thumb), else
unknown.
"""

from __future__ import annotations

import math

from pydantic import BaseModel, Field

from coursewright.guardrails.study_time import NUMBER_WORDS, number_pattern, rate_spans, read_study_time
from coursewright.guardrails.textfold import alternation, fold, rx, tidy_brief
from coursewright.model import Brief

_UNIT_WORDS = (
    "unit units lesson lessons lecture lectures unidad unidades leccion lecciones lecon lecons "
    "lektion lektionen einheit einheiten unidade unidades aula aulas licao licoes"
)
_PER_PART = (
    r"(?:per|a|each|in each|every|por|en cada|par|dans chaque|pro|je|in jedem|em cada|por cada)\s+"
    r"(?:section|module|chapter|part|seccion|modulo|capitulo|parte|chapitre|partie|abschnitt|modul|kapitel"
    r"|teil|secao)s?\b"
)
_APPROX = r"(?:about|around|roughly|approximately|approx\.?|some|~|unos|unas|alrededor de|environ|etwa|ca\.?|cerca de)?"


class CourseSize(BaseModel):
    """How big the course should be, and what in the brief says so."""

    sections: int
    units: int | None = Field(
        default=None, description="Units in the whole course; None when the brief gives no length."
    )
    units_per_section: int | None = None
    weeks: float | None = None
    weekly_hours: float | None = None
    total_hours: float | None = None
    basis: str = Field(description="How the size was worked out, in words a user recognises.")


def _stated_units(folded: str, sections: int) -> tuple[int, str] | None:
    """A unit count written in the brief: "about 16 units", "3 lessons per module"."""
    for start, end in rate_spans(folded):  # "three lessons a week" is study time, not a count
        folded = folded[:start] + " " * (end - start) + folded[end:]
    count = rf"{_APPROX}\s*(?P<n>{number_pattern()})[\s-]*(?P<w>{alternation(_UNIT_WORDS)})\b"
    for m in rx(count).finditer(folded):
        value = _number(m.group("n"))
        if not value:
            continue
        per = rx(rf"\s*{_PER_PART}").match(folded, m.end())
        if per:
            return round(value * sections), m.group(0).strip() + per.group(0)
        return round(value), m.group(0).strip()
    return None


def _number(text: str) -> float | None:
    text = text.strip()
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def course_size(brief: Brief) -> CourseSize:
    """The course size the brief asks for; `units` is None when the brief gives no length."""
    brief = tidy_brief(brief)
    sections = brief.desired_number_of_sections
    time = read_study_time(brief.target_audience, brief.description)
    common = {
        "sections": sections,
        "weeks": time.weeks,
        "weekly_hours": time.weekly_hours,
        "total_hours": time.total_hours,
    }
    stated = _stated_units(fold(f"{brief.description}\n{brief.target_audience}"), sections)
    if stated is not None:
        units, words = stated
        basis = f"the brief asks for '{words}'"
    elif time.total_hours:
        units = max(1, round(time.total_hours))
        basis = f"about {round(time.total_hours, 1):g} hours of study ({'; '.join(time.read[:2])}), one unit an hour"
    else:
        return CourseSize(**common, basis=f"the brief gives no length: {time.unread}")
    return CourseSize(
        **common, units=units, units_per_section=math.ceil(units / max(1, sections)), basis=basis
    )
