"""The brief checklist: five fields, deterministic rules, no model call.

A platform turns the brief into an outline once; a thin brief gives a thin course
and regenerating costs time and money. So create_task refuses a brief that is not
ready and hands back the questions to ask. A brief is ready when every field is
present and none is vague (stated, but not in measurable terms: an exclusion that
names nothing, fewer than 3 or more than 7 outcomes, sections outside 3-8...), no
level word ("beginner", "advanced") is left unexplained, and the audience can
follow the scope. Other empty adjectives ("comprehensive") are only asked about.

Briefs are read in English, Spanish, French, German, Portuguese, Italian, Dutch and Polish:
the phrases live in brief_cues and brief_layout, the action verbs in brief_verbs, outcomes are
counted by brief_outcomes, learner time is read by study_time, pedagogy and format have their
own modules. The audience needs prior knowledge, a language level and a study time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from coursewright.guardrails import brief_cues as cues
from coursewright.guardrails.brief_format import check_format
from coursewright.guardrails.brief_outcomes import Lexicon, read_outcomes
from coursewright.guardrails.brief_pedagogy import check_pedagogy
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
from coursewright.guardrails.brief_terms import buzzwords, level_terms, model_warnings
from coursewright.guardrails.study_time import StudyTime, read_study_time
from coursewright.guardrails.textfold import fold, nfkc, rx, tidy_brief
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

    def first(self, source: str, skip: str | None = None) -> str | None:
        """The first sentence that matches `source` (and not `skip`)."""
        pattern, skipped = rx(source), rx(skip) if skip else None
        return next(
            (
                o.strip()
                for f, o in self.sentences()
                if pattern.search(f) and not (skipped and skipped.search(f))
            ),
            None,
        )


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
    if len(folded.split()) > 14:
        return None
    # Only the clause itself decides: "grammar only as needed, no literature" still excludes literature.
    clauses = list(rx(cues.EXCLUSION_NO).finditer(folded))
    if rx(cues.EXCLUSION_NOT_CONTRAST).search(folded):
        clauses += rx(cues.EXCLUSION_NOT).finditer(folded)
    return next((m for m in clauses if not rx(cues.NOT_AN_EXCLUSION).search(m.group(0))), None)


def _is_bare_exclusion(folded: str) -> bool:
    return _bare_exclusion(folded) is not None


def _exclusion(text: _Text, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """(a sentence that excludes something named, a sentence whose exclusion names nothing)."""
    vague: str | None = None
    sentences = list(text.sentences())
    for index, (folded, original) in enumerate(sentences):
        match = rx(cues.EXCLUSION).search(folded)
        if match:
            after = re.split(r"[;.]", folded[match.end() :])[0]
            if not after.strip(" ?:") and folded.rstrip().endswith(("?", ":")) and index + 1 < len(sentences):
                after = sentences[index + 1][0]  # "What is out?" answered in the next sentence
            said = [w for w in re.findall(_WORD, after) if w not in lexicon.stop]
            if said and set(said) <= set(cues.TIMETABLE_WORDS.split()):
                continue  # "every day except Saturday" leaves out a day, not a topic
            before = re.split(r"[,:;]", folded[: match.start()])[-1]
            if rx(cues.NOT_AN_EXCLUSION).search(after) and not rx(cues.EXCLUSION_NO).search(
                folded[: match.start()] + ","
            ):
                continue  # "we do not need prior experience" is about the learner, not the scope
            catchall = rx(cues.EXCLUSION_CATCHALL).search(after)
            # "reach trucks, order pickers and any maintenance beyond the daily check" still names
            # things besides its catch-all; "anything not relevant" alone names nothing.
            listed = after[: catchall.start()] if catchall else after
            if _named(listed, lexicon) or (not catchall and _named(before, lexicon)):
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
    open_scope = text.first(cues.SCOPE_OPEN, cues.EXCLUSION)
    if open_scope:
        return FieldCheck(
            field="subject_scope",
            status="vague",
            evidence=_quote(open_scope),
            need="The scope is left open: name the topics the course covers, as well as what it leaves out.",
        )
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


def _learner_lines(folded: str) -> Iterable[tuple[int, int]]:
    """Spans of the description that speak of the learners: an audience line, or the sentence around
    what they lack or bring."""
    for said in rx(cues.AUDIENCE_IN_DESCRIPTION).finditer(folded):
        yield said.start(), said.end()
    for said in rx(cues.LEARNER_BACKGROUND).finditer(folded):
        start = max(folded.rfind(".", 0, said.start()), folded.rfind("\n", 0, said.start())) + 1
        ends = [i for i in (folded.find(".", said.end()), folded.find("\n", said.end())) if i >= 0]
        yield start, min(ends, default=len(folded))


def _prior_knowledge(folded: str, lexicon: Lexicon) -> re.Match[str] | None:
    return rx(cues.PRIOR_KNOWLEDGE).search(folded) or _already_do(folded, lexicon)


def _already_do(folded: str, lexicon: Lexicon) -> re.Match[str] | None:
    """'who cook at home', 'que cocinan', 'qui gèrent', 'che giocano': what the learners already do."""
    for match in rx(cues.WHO_DO).finditer(folded):
        if lexicon.is_present_verb(match.group("verb")):
            return match
    return None


def _check_audience(
    audience: _Text,
    description: _Text,
    time: StudyTime,
    conflict: str | None,
    questions: list[str],
    lexicon: Lexicon,
) -> FieldCheck:
    prior = _prior_knowledge(audience.folded, lexicon)
    if not prior:
        # Briefs written as one form put the learners in the description ("Learners: ...").
        for start, end in _learner_lines(description.folded):
            if _prior_knowledge(description.folded[start:end], lexicon):
                audience = _Text(audience.original + "\n" + description.original[start:end])
                prior = _prior_knowledge(audience.folded, lexicon)
                break
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
    if prior and time.stated and language:
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
        name
        for name, ok in (
            ("prior knowledge", prior),
            ("language level", language),
            ("weekly study time", time.stated),
        )
        if not ok
    ]
    return FieldCheck(
        field="audience",
        status="vague",
        evidence=evidence,
        need="State the learners' " + " and ".join(missing) + ".",
    )


def check_brief(brief: Brief, *, cheap_models: Iterable[str] = ()) -> BriefReport:
    """Score the brief field by field and say what to ask; never raises on any text."""
    brief = tidy_brief(brief)
    lexicon = Lexicon.load()
    description, audience = _Text(brief.description), _Text(brief.target_audience)
    time = read_study_time(brief.target_audience, brief.description)
    conflict = _conflict(brief, audience, description)
    questions: list[str] = []
    warnings: list[str] = []
    fields = [
        _check_scope(brief, description, lexicon),
        _check_outcomes(description, lexicon, warnings),
        _check_audience(audience, description, time, conflict, questions, lexicon),
        check_pedagogy(description, audience),
        check_format(brief, description, audience, time),
    ]
    for check in fields:
        if check.status != "met" and check.field != "audience":
            questions.append(QUESTIONS[check.field])
    vague_terms = level_terms((description, audience), audience, _is_bare_exclusion)
    for term in [*vague_terms, *buzzwords((description, audience), _is_bare_exclusion)]:
        questions.append(
            f"What does '{term}' mean here, in measurable terms (e.g. 'assumes high-school algebra, no coding')?"
        )
    if rx(cues.REFERENCE).search(description.folded):
        questions.append(QUESTIONS["reference"])
    if conflict:
        warnings.append(f"{conflict}.")
    warnings += model_warnings(brief, cheap_models)
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
