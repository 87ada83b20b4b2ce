"""The brief checklist: five fields, deterministic rules, no model call.

A platform turns the brief into an outline once; a thin brief gives a thin course
and regenerating costs time and money. So create_task refuses a brief that is not
ready and hands back the questions to ask. A brief is ready when no field is
missing and at most one is vague (stated, but not in measurable terms), with no
unexplained vague adjective on top, and an audience that can follow the scope.

Briefs are read in English, Spanish, French, German and Portuguese: the phrases live in
brief_cues, the action verbs in brief_verbs, outcomes are counted by brief_outcomes and
learner time is read by study_time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from coursewright.guardrails import brief_cues as cues
from coursewright.guardrails.brief_outcomes import Lexicon, read_outcomes
from coursewright.guardrails.brief_report import (
    FIELD_ORDER,
    QUESTIONS,
    BriefReport,
    FieldCheck,
    FieldName,
    Status,
    brief_questions_text,
    checklist_markdown,
    question_rank,
    ready_fields,
)
from coursewright.guardrails.study_time import StudyTime, number_pattern, rate_spans, read_study_time
from coursewright.guardrails.textfold import fold, nfkc, rx
from coursewright.model import Brief

__all__ = [
    "FIELD_ORDER",
    "QUESTIONS",
    "BriefReport",
    "FieldCheck",
    "FieldName",
    "Status",
    "brief_questions_text",
    "check_brief",
    "checklist_markdown",
]
_WORD = r"[a-z0-9][a-z0-9'+#.-]*"


class _Text:
    """One text, as written (NFKC) and folded, with its sentences; offsets agree between the two."""

    def __init__(self, text: str) -> None:
        self.original = nfkc(text)
        self.folded = fold(text)
        self.spans = [
            (m.start(), m.end())
            for m in re.finditer(r"(?:[^.!?;\n]|[.!?](?=[^\s.!?]))+(?:[.!?;]+|$)", self.folded, re.MULTILINE)
            if m.group(0).strip()
        ]

    def sentences(self) -> Iterable[tuple[str, str]]:
        """(folded, original) per sentence."""
        for start, end in self.spans:
            yield self.folded[start:end], self.original[start:end]

    def first(self, source: str) -> str | None:
        pattern = rx(source)
        return next((o.strip() for f, o in self.sentences() if pattern.search(f)), None)


def _quote(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _named(text: str, lexicon: Lexicon) -> list[str]:
    """The words in an exclusion that name something ('networking', 'VBA'), not 'irrelevant material'."""
    vague = set(cues.VAGUE_EXCLUDED.split())
    words = re.findall(_WORD, rx(cues.EXCLUSION).sub(" ", text))
    return [w for w in words if w not in lexicon.stop and w not in vague and len(w) > 1 and not w.isdigit()]


def _bare_exclusion(folded: str) -> re.Match[str] | None:
    """A clause that starts with 'No ...' / 'Kein ...' / 'Nada de ...' and is not about the learner."""
    if rx(cues.NOT_AN_EXCLUSION).search(folded) or len(folded.split()) > 14:
        return None
    return rx(cues.EXCLUSION_NO).search(folded)


def _exclusion(text: _Text, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """(a sentence that excludes something named, a sentence whose exclusion names nothing)."""
    vague: str | None = None
    for folded, original in text.sentences():
        match = rx(cues.EXCLUSION).search(folded)
        if match:
            after = re.split(r"[;.]", folded[match.end() :])[0]
            before = re.split(r"[,:;]", folded[: match.start()])[-1]
            if _named(after, lexicon) or _named(before, lexicon):
                return original.strip(), None
            vague = vague or original.strip()
            continue
        bare = _bare_exclusion(folded)
        if bare and _named(bare.group("rest"), lexicon):
            return original.strip(), None
    return None, vague


def _check_scope(brief: Brief, text: _Text, lexicon: Lexicon) -> FieldCheck:
    words = len([w for w in re.findall(_WORD, text.folded) if len(w) > 2])
    if words < 2:
        return FieldCheck(field="subject_scope", status="missing", need="Say what the course covers.")
    named, vague = _exclusion(text, lexicon)
    if named and words >= 12:
        return FieldCheck(field="subject_scope", status="met", evidence=_quote(named))
    if vague:
        return FieldCheck(
            field="subject_scope",
            status="vague",
            evidence=_quote(vague),
            need="The exclusion names nothing: say which topics are left out ('Not covered: VBA, macros').",
        )
    evidence = text.first(cues.INCLUSION) or text.original.strip()
    need = (
        "Name what is out of scope as well as what is in."
        if words >= 12
        else "Describe what the course covers in more detail, and what it leaves out."
    )
    return FieldCheck(field="subject_scope", status="vague", evidence=_quote(evidence), need=need)


def _check_outcomes(text: _Text, lexicon: Lexicon, warnings: list[str]) -> FieldCheck:
    found = read_outcomes(text.original, lexicon)
    evidence = _quote(found.evidence) if found.evidence else None
    if 3 <= found.count <= 7:
        return FieldCheck(field="outcomes", status="met", evidence=evidence)
    if found.count > 7:
        warnings.append(
            f"The brief lists {found.count} outcomes; 3-7 focused outcomes make a tighter course."
        )
        return FieldCheck(
            field="outcomes",
            status="vague",
            evidence=evidence,
            need="Keep the 3-7 outcomes that matter most.",
        )
    if found.count:
        shared = (
            " A list of verbs sharing one object ('analyse, design and present solutions') is one outcome."
            if found.verb_only
            else ""
        )
        return FieldCheck(
            field="outcomes",
            status="vague",
            evidence=evidence,
            need=f"Only {found.count} measurable outcome(s); name 3-7 things learners will be able to do, "
            f"each an action verb with its object.{shared}",
        )
    if found.verb_only and not found.unmeasurable:
        return FieldCheck(
            field="outcomes",
            status="missing",
            evidence=evidence,
            need="The outcomes are verbs with nothing to act on: say what learners will build, compare or "
            "diagnose ('design a REST API', not 'design').",
        )
    if found.evidence and found.unmeasurable:
        return FieldCheck(
            field="outcomes",
            status="vague",
            evidence=evidence,
            need="Replace 'understand' or 'learn about' with what learners will do (build, compare, diagnose...), "
            "each with its object.",
        )
    topics = text.first(
        r"\b(?:cover\w*|includ\w*|topics?|such as|temas?|contenu|themen|inhalte|conteudo)\b[^.]*,[^.]*,"
    )
    if topics:
        return FieldCheck(
            field="outcomes",
            status="vague",
            evidence=_quote(topics),
            need="Topics are listed; phrase 3-7 of them as things learners will be able to do.",
        )
    return FieldCheck(
        field="outcomes", status="missing", need="Name 3-7 things learners will be able to do by the end."
    )


def _conflict(brief: Brief, audience: _Text, description: _Text) -> str | None:
    """An audience that starts from nothing for a scope only specialists can follow."""
    novice = rx(cues.NOVICE).search(audience.folded)
    if not novice:
        return None
    expert_pattern, exclusion = rx(cues.EXPERT), rx(cues.EXCLUSION)
    for folded, _original in [(fold(brief.name), brief.name), *description.sentences()]:
        if exclusion.search(folded):
            continue
        expert = expert_pattern.search(folded)
        if expert:
            return (
                f"The audience ('{audience.original[novice.start() : novice.end()]}') cannot follow a scope "
                f"that needs '{_original[expert.start() : expert.end()]}'"
            )
    return None


def _check_audience(
    audience: _Text, description: _Text, time: StudyTime, conflict: str | None, questions: list[str]
) -> FieldCheck:
    prior = rx(cues.PRIOR_KNOWLEDGE).search(audience.folded)
    language = rx(cues.LANGUAGE).search(audience.folded) or rx(cues.LANGUAGE).search(description.folded)
    if not language:
        questions.append(QUESTIONS["audience_language"])
    # Evidence quotes only what matched: the cue words, not the whole text.
    found = []
    if prior:
        found.append(f"prior knowledge: '{audience.original[prior.start() : prior.end()].strip()}'")
    if time.stated:
        found.append("study time: " + "; ".join(f"'{e}'" for e in time.read[:2]))
    if language:
        found.append(f"language: '{language.group(0).strip()}'")
    evidence = "; ".join(found) or None
    if conflict:
        questions.append(QUESTIONS["audience_scope"])
        return FieldCheck(
            field="audience",
            status="vague",
            evidence=evidence,
            need=f"{conflict}: narrow the scope or raise the starting point.",
        )
    if prior and time.stated:
        return FieldCheck(field="audience", status="met", evidence=evidence)
    if not prior and not time.stated:
        questions += [QUESTIONS["audience"], QUESTIONS["audience_time"]]
        return FieldCheck(
            field="audience",
            status="missing",
            evidence=evidence,
            need="Naming the group is not enough: state their prior knowledge and weekly study time.",
        )
    if not time.stated:
        questions.append(QUESTIONS["audience_time"])
    if not prior:
        questions.append(QUESTIONS["audience"])
    missing = [
        name for name, ok in (("prior knowledge", prior), ("weekly study time", time.stated)) if not ok
    ]
    return FieldCheck(
        field="audience",
        status="vague",
        evidence=evidence,
        need="State the learners' " + " and ".join(missing) + ".",
    )


def _check_pedagogy(description: _Text, audience: _Text) -> FieldCheck:
    explicit = description.first(cues.PEDAGOGY) or audience.first(cues.PEDAGOGY)
    if explicit:
        return FieldCheck(field="pedagogy", status="met", evidence=_quote(explicit))
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


def _length(description: _Text, audience: _Text, time: StudyTime) -> str | None:
    if time.weeks or time.sessions or time.total_hours:
        return next((e for e in reversed(time.read) if e), None) or "stated"
    counted = rx(rf"{number_pattern()}[\s-]*{cues.LENGTH}|{cues.LENGTH_WORDS}")
    for text in (description, audience):
        folded = text.folded
        for start, end in rate_spans(folded):  # "3 hours a week" is study time, not length
            folded = folded[:start] + " " * (end - start) + folded[end:]
        match = counted.search(folded)
        if match:
            return text.original[match.start() : match.end()].strip()
    return None


def _check_format(
    brief: Brief, description: _Text, audience: _Text, time: StudyTime, warnings: list[str]
) -> FieldCheck:
    sections = brief.desired_number_of_sections
    if sections > 8:
        warnings.append(
            f"{sections} sections is a lot: above 8 the sections usually come out thin (3 = workshop, 4-5 = term course, 6-8 = bootcamp)."
        )
    if sections < 3:
        return FieldCheck(
            field="format",
            status="vague",
            evidence=f"{sections} section(s)",
            need="Use at least 3 sections (3 is a short workshop), or explain why fewer.",
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


def _vague_terms(*texts: _Text) -> list[str]:
    found: list[str] = []
    measured, exclusion, vague = rx(cues.MEASURED), rx(cues.EXCLUSION), rx(cues.VAGUE_TERMS)
    for text in texts:
        for folded, original in text.sentences():
            # Adjectives in an exclusion describe what is left out, not the course itself.
            if measured.search(folded) or exclusion.search(folded) or _bare_exclusion(folded):
                continue
            for match in vague.finditer(folded):
                term = original[match.start() : match.end()].lower()
                if term not in found:
                    found.append(term)
    return found


def _model_warnings(brief: Brief, cheap_models: Iterable[str]) -> list[str]:
    text = fold(f"{brief.name}\n{brief.description}\n{brief.target_audience}")
    cheap = brief.model is None or brief.model in set(cheap_models)
    depth = rx(cues.DEPTH).search(text)
    if depth and cheap:
        return [
            f"The brief mentions '{depth.group(0)}', which calls for a stronger model than the default "
            "(for example gpt-4o); choosing one costs more and needs the user's yes."
        ]
    if not cheap and not depth and rx(cues.INTRO).search(text):
        return [
            f"This reads as an introductory course; the default model is usually enough and cheaper than {brief.model!r}."
        ]
    return []


def check_brief(brief: Brief, *, cheap_models: Iterable[str] = ()) -> BriefReport:
    """Score the brief field by field and say what to ask; never raises on any text."""
    lexicon = Lexicon.load()
    description, audience = _Text(brief.description), _Text(brief.target_audience)
    time = read_study_time(brief.target_audience, brief.description)
    conflict = _conflict(brief, audience, description)
    questions: list[str] = []
    warnings: list[str] = []
    fields = [
        _check_scope(brief, description, lexicon),
        _check_outcomes(description, lexicon, warnings),
        _check_audience(audience, description, time, conflict, questions),
        _check_pedagogy(description, audience),
        _check_format(brief, description, audience, time, warnings),
    ]
    for check in fields:
        if check.status != "met" and check.field != "audience":
            questions.append(QUESTIONS[check.field])
    vague_terms = _vague_terms(description, audience)
    for term in vague_terms:
        questions.append(
            f"What does '{term}' mean here, in measurable terms (e.g. 'assumes high-school algebra, no coding')?"
        )
    if rx(cues.REFERENCE).search(description.folded):
        questions.append(QUESTIONS["reference"])
    if conflict:
        warnings.append(f"{conflict}.")
    warnings += _model_warnings(brief, cheap_models)
    ordered = sorted(dict.fromkeys(questions), key=question_rank)
    report = BriefReport(
        ready=False,
        fields=fields,
        questions=ordered,
        warnings=warnings,
        vague_terms=vague_terms,
        audience_conflict=conflict,
    )
    return report.model_copy(update=ready_fields(report))
