"""What the local generator asks its model: the system prompts and each request's facts.

The system prompt starts with a marker, so an emulator (or a log reader) can tell the asks apart.
Reference text rides along within a budget: all of it costs tokens on every call.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from coursewright.guardrails.course_size import course_size
from coursewright.model import Brief

OUTLINE_MARKER = "[coursewright:outline]"
HTML_MARKER = "[coursewright:unit:html]"
PROBLEM_MARKER = "[coursewright:unit:problem]"

#: How much reference text rides along: all of it costs tokens on every call.
OUTLINE_REFERENCE_CHARS = 8_000
UNIT_REFERENCE_CHARS = 2_000

UnitKind = Literal["html", "problem"]

OUTLINE_SYSTEM = f"""{OUTLINE_MARKER}
You design online course outlines for Open edX. Answer with one JSON object and nothing else, in exactly this shape:
{{"sections": [{{"title": "...", "subsections": [{{"title": "...", "units": [{{"title": "...", "kind": "html"}}]}}]}}]}}
Rules:
- exactly the number of sections given as "sections" in the request;
- 2 or 3 subsections per section, 2 to 4 units per subsection; when "about_units" is given, the whole course has about that many units (about "units_per_section" in each section);
- "kind" is "html" for a reading page or "problem" for a graded multiple-choice check; end most subsections with one problem unit;
- titles are short and specific, distinct among siblings, never numbered, and never repeat the title of their parent;
- keep to the scope and exclusions in the description, and write in the language of the request."""

HTML_SYSTEM = f"""{HTML_MARKER}
You write one unit of an online course as an HTML fragment for an Open edX html component.
Answer with the HTML only: no markdown, no code fences, no <html>, <head> or <body>, no scripts, styles, forms or event handlers.
Start with an <h2> heading holding the unit title, then 250 to 600 words of paragraphs, lists and a worked example suited to the audience.
Write course text addressed to the learner. Never mention being an AI, never address the instructor, never offer further help."""

PROBLEM_SYSTEM = f"""{PROBLEM_MARKER}
You write one graded Open edX capa problem. Answer with the XML only, no code fences, in this shape:
<problem display_name="...">
  <multiplechoiceresponse>
    <label>The question</label>
    <choicegroup type="MultipleChoice">
      <choice correct="false">A plausible wrong answer</choice>
      <choice correct="true">The right answer</choice>
      <choice correct="false">Another plausible wrong answer</choice>
    </choicegroup>
    <solution><div class="detailed-solution"><p>Explanation</p><p>Why the right answer is right.</p></div></solution>
  </multiplechoiceresponse>
</problem>
Rules: exactly one choice has correct="true"; 3 or 4 choices in all; escape & and < in text as &amp; and &lt;; test the unit's topic at the audience's level."""


@dataclass(frozen=True)
class ReferenceText:
    """A reference file's text as the model sees it (only text files are read)."""

    name: str
    text: str


@dataclass(frozen=True)
class UnitPlace:
    """Where a unit sits: the titles the model writes it for."""

    course: str
    section: str
    subsection: str
    unit: str


def bounded_references(references: Sequence[ReferenceText], budget: int) -> list[dict[str, str]]:
    chosen: list[dict[str, str]] = []
    for reference in references:
        if budget <= 0:
            break
        text = reference.text.strip()[:budget]
        if text:
            chosen.append({"name": reference.name, "text": text})
            budget -= len(text)
    return chosen


def outline_request(brief: Brief, sections: int, references: Sequence[ReferenceText] = ()) -> str:
    """The user message asking for an outline of exactly `sections` sections, sized as the brief asks."""
    size = course_size(brief.model_copy(update={"desired_number_of_sections": sections}))
    facts = {
        "course": brief.name,
        "description": brief.description,
        "audience": brief.target_audience,
        "sections": sections,
        "about_units": size.units,
        "units_per_section": size.units_per_section,
        "references": bounded_references(references, OUTLINE_REFERENCE_CHARS),
    }
    return "Write the outline for this course. The request, as JSON:\n" + _as_json(facts)


def unit_request(
    brief: Brief, place: UnitPlace, kind: UnitKind, references: Sequence[ReferenceText] = ()
) -> str:
    """The user message asking for one unit's page or problem."""
    facts = {
        "course": place.course,
        "description": brief.description,
        "audience": brief.target_audience,
        "section": place.section,
        "subsection": place.subsection,
        "unit": place.unit,
        "kind": kind,
        "references": bounded_references(references, UNIT_REFERENCE_CHARS),
    }
    return f"Write the unit '{place.unit}'. The request, as JSON:\n" + _as_json(facts)


def _as_json(facts: dict[str, Any]) -> str:
    return json.dumps(facts, ensure_ascii=False, indent=1)
