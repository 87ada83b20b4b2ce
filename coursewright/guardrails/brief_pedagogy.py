"""The pedagogy field of the brief checklist: how the course teaches.

Met when the brief names a method ("tutorial", "case studies", "Rollenspiele"), describes one as
what happens ("each session a senior sits in on a real handover and the pair debrief", "then
they redo it in pairs"), or puts text under a heading naming the method field ("Method:",
"Méthode :", "Werkwijze:") that is more than how it should feel ("engaging and interactive").
A method named in an exclusion is one the course leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from coursewright.guardrails import brief_cues as cues
from coursewright.guardrails.brief_report import FieldCheck
from coursewright.guardrails.textfold import rx


class _Text(Protocol):
    """A text as written and folded, offsets agreeing (brief._Text)."""

    original: str
    folded: str

    def sentences(self) -> Iterable[tuple[str, str]]: ...

    def first(self, source: str, skip: str | None = None) -> str | None: ...


def _quote(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _method_heading(description: _Text) -> tuple[str, bool] | None:
    """The text under a heading that names the method field ("Method:", "Méthode :", "Wie wird gelernt?"),
    and whether it only says how it should feel ("engaging and interactive")."""
    lines = list(re.finditer(r"[^\n]+", description.folded))
    for index, line in enumerate(lines):
        heading = rx(cues.METHOD_HEADING).match(line.group(0))
        if not heading:
            continue
        text = heading.group("text").strip()
        if len(text.split()) < 2 and index + 1 < len(lines):
            text = lines[index + 1].group(0)  # "How is it taught?" with the answer on the next line
        quote = description.original[line.start() : line.end()].strip()
        named = rx(cues.PEDAGOGY).search(text) or rx(cues.ACTIVITY).search(text)
        undecided = rx(cues.PEDAGOGY_VAGUE).search(text) or rx(cues.METHOD_UNDECIDED).search(text)
        vague = not named and (bool(undecided) or len(text.split()) < 3)
        return quote, vague
    return None


def check_pedagogy(description: _Text, audience: _Text) -> FieldCheck:
    headed = _method_heading(description)
    if headed and not headed[1]:
        return FieldCheck(field="pedagogy", status="met", evidence=_quote(headed[0]))
    # A method named in an exclusion ("Not covered: video work") is one the course does not use.
    explicit = (
        description.first(cues.PEDAGOGY, cues.EXCLUSION)
        or audience.first(cues.PEDAGOGY, cues.EXCLUSION)
        # Outcomes may name the same acts as content ("run a debrief"): activities count outside them.
        or description.first(cues.ACTIVITY, f"{cues.EXCLUSION}|{cues.OUTCOME_CUE}")
    )
    if explicit and not headed:
        return FieldCheck(field="pedagogy", status="met", evidence=_quote(explicit))
    if headed:
        return FieldCheck(
            field="pedagogy",
            status="vague",
            evidence=_quote(headed[0]),
            need="The method says how it should feel, not what learners do: name the activity (worked examples, "
            "case discussions, supervised practice, a project...).",
        )
    vague = description.first(cues.PEDAGOGY_VAGUE)
    if vague:
        return FieldCheck(
            field="pedagogy",
            status="vague",
            evidence=_quote(vague),
            need="Name the artefact: tutorial with exercises, project-based, or quizzes after every subsection.",
        )
    return FieldCheck(
        field="pedagogy",
        status="missing",
        need="Say how it teaches: tutorial, project-based or assessment-heavy.",
    )
