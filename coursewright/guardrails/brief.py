"""The brief checklist: five fields, deterministic rules, no model call.

A platform turns the brief into an outline once; a thin brief gives a thin course
and regenerating costs time and money. So create_task refuses a brief that is not
ready and hands back the questions to ask. A brief is ready when no field is
missing and at most one is vague (stated, but not in measurable terms), with no
unexplained vague adjective on top.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, Field

from coursewright.model import Brief

FieldName = Literal["subject_scope", "outcomes", "audience", "pedagogy", "format"]
Status = Literal["met", "missing", "vague"]

_NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a|an|half an?)"
)
_AMOUNT = rf"(?:~|about |around |roughly |approx\.? )?(?:\d+(?:[.,]\d+)?|{_NUMBER_WORDS})(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)?"

_EXCLUSION = re.compile(
    r"\b(?:exclud\w*|out of scope|outside (?:the |our )?scope|beyond (?:the |this )?scope|not in scope"
    r"|(?:do|does|will|should|must|won'?t|doesn'?t|don'?t)\s+not\s+(?:cover|include|teach|discuss|go into|address|touch)\w*"
    r"|(?:won'?t|doesn'?t|don'?t|never)\s+(?:cover|include|teach|discuss|go into|address|touch)\w*"
    r"|not\s+(?:cover|includ|teach|discuss|address)\w*|leav\w* out|left out|omit\w*|skip\w*"
    r"|no (?:coverage|discussion|treatment) of|nothing (?:on|about)|except)\b",
    re.IGNORECASE,
)
_INCLUSION = re.compile(
    r"\b(?:cover\w*|includ\w*|focus\w*|topics?|teach\w*|introduc\w*|walk\w* through|deals? with|about|on)\b",
    re.IGNORECASE,
)
_OUTCOME_CUE = re.compile(
    r"(?:by the end|at the end|after (?:the|this) course|learners?\s+(?:will|can|should|are able|must)"
    r"|students?\s+(?:will|can|should|are able|must)|participants?\s+(?:will|can|should|must)"
    r"|trainees?\s+(?:will|can|should)|you(?:'ll| will| can)\s|able to|outcomes?\b|objectives?\b|goals?\s*:)",
    re.IGNORECASE,
)
_MEASURABLE_VERBS = frozenset(
    """analyse analyze apply assess audit automate build calculate categorise categorize chart choose
    classify clean code compare compute conduct configure construct contrast convert create critique debug
    defend deploy derive describe design detect develop diagnose differentiate distinguish document draft
    draw estimate evaluate execute explain filter fix forecast formulate handle identify implement interpret
    justify label list load manage map measure merge migrate model monitor negotiate operate optimise
    optimize organise organize outline perform pitch plan plot predict prepare present prioritise prioritize
    produce program prove publish query rank read recognise recognize recommend record reconcile refactor
    report reproduce respond review run schedule secure select ship sketch solve sort speak store structure
    summarise summarize test trace train translate triage troubleshoot tune use validate visualise visualize
    write track assemble bake ask call centre center control cook count cut fit finish greet mark order paint
    perform sew shop throw treat trim""".split()  # noqa: SIM905 - one readable block beats a 130-item literal
)


def _verb_forms(word: str) -> set[str]:
    """Crude inflection folding: 'summarising', 'applies', 'planned' -> their verb's folded form."""
    word = word.lower()
    forms = {word}
    for suffix in ("ing", "ied", "ies", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            forms.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])
    return {f.rstrip("e") for f in forms}


_FOLDED_VERBS = frozenset(verb.rstrip("e") for verb in _MEASURABLE_VERBS)


def _measurable_verbs(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]+", text) if _verb_forms(w) & _FOLDED_VERBS]


_UNMEASURABLE = re.compile(
    r"\b(?:understand\w*|know|learn\w*|appreciat\w*|be aware|awareness|familiari[sz]\w*|grasp\w*|explor\w*|get a feel)\b",
    re.IGNORECASE,
)
_TOPIC_LIST = re.compile(r"\b(?:cover\w*|includ\w*|topics?|such as)\b[^.]*,[^.]*,", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+(.+)$")

_PRIOR_KNOWLEDGE = re.compile(
    r"\b(?:no (?:prior |previous |formal )?(?:\w+ )?(?:knowledge|experience|background|coding|programming|training)"
    r"|(?:prior|previous|some|basic|working|solid|little|limited) (?:\w+ )?(?:knowledge|experience|familiarity|exposure)"
    r"|familiar with|fluen\w+|assum\w+|knows?\b|experience[d]? (?:with|in)|background|years? of|comfortable with"
    r"|(?:have|has) (?:taken|completed|used|passed|finished|studied|worked)|who (?:can|have|know|use|already|own)"
    r"|(?:have|has|had) never \w+|never (?:\w+ )?(?:coded|programmed|used|studied|taken|worked)|with no \w+"
    r"|without (?:any )?\w+|(?:\d+\+?|one|two|three|a) years?\b|graduates?|registered|certified|licensed|qualified"
    r"|high[- ]school|undergraduate|first[- ]year|second[- ]year|junior|senior|professionals?|practitioners?"
    r"|new to|proficien\w+|literate|can already|already (?:know|use|work))\b",
    re.IGNORECASE,
)
_STUDY_TIME = re.compile(
    rf"{_AMOUNT}\s*(?:h|hrs?|hours?|minutes?|mins?)\b\s*(?:/|a|per|each|every)\s*(?:week|wk|day|weekday|session)"
    rf"|{_AMOUNT}\s*(?:h|hrs?|hours?|minutes?|mins?)\s*(?:weekly|daily)"
    rf"|(?:weekly|per week|a week)[^.]*?{_AMOUNT}\s*(?:h|hrs?|hours?)\b",
    re.IGNORECASE,
)
_LANGUAGE = re.compile(
    r"\b(?:english|spanish|french|german|portuguese|italian|dutch|arabic|hindi|mandarin|chinese|japanese|korean"
    r"|swahili|polish|turkish|language|jargon|plain[- ]language|plain words|cefr|[abc][12](?![\d])|non-native"
    r"|native speakers?|second language|reading level|grade[- ]\d+ reading|esl|bilingual|simple words|vocabulary"
    r"|technical terms?)\b",
    re.IGNORECASE,
)
_PEDAGOGY = re.compile(
    r"\b(?:tutorials?|project[- ]based|projects?|mini-projects?|capstone|hands-on|exercises?|labs?|case[- ]stud(?:y|ies)"
    r"|case-based|worked examples?|assessment[- ]heavy|assessments?|quiz(?:zes)?|graded|exam[- ]prep|practice (?:problems|questions|tests?)"
    r"|simulations?|role[- ]plays?|problem[- ]based|inquiry[- ]based|flipped|lectures?|lecture[- ]based|discussions?"
    r"|scenario[- ]based|scenarios|drills?|coding challenges?|peer[- ]review\w*|reflections?|journals?|workshops?"
    r"|demonstrations?|walkthroughs?|step[- ]by[- ]step|checklists?|assignments?|homework|portfolio|theory)\b",
    re.IGNORECASE,
)
_PEDAGOGY_VAGUE = re.compile(
    r"\b(?:practical|interactive|engaging|applied|fun|immersive|experiential|learner[- ]centred|learner[- ]centered)\b",
    re.IGNORECASE,
)
_PER_WEEK = re.compile(
    rf"{_AMOUNT}\s*(?:h|hrs?|hours?|minutes?|mins?)\b\s*(?:/|a|per|each|every)\s*(?:week|wk|day|weekday|session)"
    rf"|{_AMOUNT}\s*(?:h|hrs?|hours?|minutes?|mins?)\s*(?:weekly|daily)",
    re.IGNORECASE,
)
_LENGTH = re.compile(
    rf"\b{_AMOUNT}[\s-]*(?:weeks?|wks?|months?|days?|hours?|hrs?|minutes?|mins?|sessions?|lessons?|modules?"
    rf"|sections?|chapters?|units?|classes|meetings|sprints?)\b"
    r"|\b(?:semester|term|quarter|half[- ]day|full[- ]day|weekend|bootcamp|one[- ]day)\b",
    re.IGNORECASE,
)
_VAGUE_TERMS = re.compile(
    r"\b(?:beginners?|novices?|intermediate|advanced|experts?|comprehensive|thorough|in-depth|in depth|engaging"
    r"|fun|interesting|exciting|modern|complete|high[- ]quality|world[- ]class|everything|deep dive"
    r"|cutting[- ]edge|best practices)\b",
    re.IGNORECASE,
)
_MEASURED = re.compile(
    r"\d|\b(?:assum\w*|i\.e\.|e\.g\.|meaning|means|defined as|such as|namely|no (?:prior|previous|coding|programming"
    r"|experience|background)|who (?:have|know|can|already)|familiar|never|knows?|know(?:ledge)?|experience|years?"
    r"|hours?|weeks?|minutes?|level)\b",
    re.IGNORECASE,
)
_DEPTH = re.compile(
    r"\b(?:graduate[- ]level|postgraduate|phd|doctoral|proofs?|formal (?:reasoning|logic|methods|verification)"
    r"|theorems?|legal|law|jurisprudence|medic(?:al|ine)|clinical|pharmaco\w*|cross[- ]referenc\w*"
    r"|research[- ]level|rigorous|measure theory|quantum)\b",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"\b(?:introduct\w*|intro|first course|no prior|basics|fundamentals|getting started|101)\b", re.IGNORECASE
)
_REFERENCE = re.compile(
    r"\b(?:textbook|syllabus|curriculum|standards?|style guide|certification|accredit\w*|handbook|manual|policy|policies|regulation)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'+#.-]*")

#: The seed's clarifying-question checklist, keyed by the field it fills.
QUESTIONS: dict[str, str] = {
    "subject_scope": "Any topics to exclude, or must-cover topics? (State exclusions explicitly.)",
    "outcomes": "What should learners be able to do by the end? (3-7 measurable verbs: build, diagnose, compare...)",
    "audience": "Who is the learner? (background, prior knowledge, motivation)",
    "audience_time": "How many hours a week can learners study?",
    "audience_language": "What language level should the text assume (e.g. plain English, low jargon, CEFR B1)?",
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


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+|\n+", text) if s.strip()]


def _quote(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _first(sentences: Iterable[str], pattern: re.Pattern[str]) -> str | None:
    return next((s for s in sentences if pattern.search(s)), None)


def _content_words(text: str) -> int:
    return len([w for w in _WORD.findall(text) if len(w) > 2])


def _check_scope(brief: Brief, sentences: list[str]) -> FieldCheck:
    words = _content_words(brief.description)
    exclusion = _first(sentences, _EXCLUSION)
    if words < 2:
        return FieldCheck(field="subject_scope", status="missing", need="Say what the course covers.")
    if exclusion and words >= 12:
        return FieldCheck(field="subject_scope", status="met", evidence=_quote(exclusion))
    evidence = _first(sentences, _INCLUSION) or sentences[0]
    need = (
        "Name what is out of scope as well as what is in."
        if words >= 12
        else ("Describe what the course covers in more detail, and what it leaves out.")
    )
    return FieldCheck(field="subject_scope", status="vague", evidence=_quote(evidence), need=need)


def _continues_list(sentence: str) -> bool:
    """A sentence that carries on an outcome list: a bullet, a number, or lower-case text."""
    return bool(_BULLET.match(sentence)) or sentence[:1].isdigit() or sentence[:1].islower()


def _outcome_segments(description: str) -> list[str]:
    segments: list[str] = []
    in_list = False
    for line in description.splitlines():
        for sentence in _sentences(line):
            cue = _OUTCOME_CUE.search(sentence)
            if cue:
                segments.append(sentence[cue.start() :])
                in_list = True
            elif in_list and _continues_list(sentence):
                segments.append(sentence)
            else:
                in_list = False
        if not line.strip():
            in_list = False
    return segments


def _check_outcomes(brief: Brief, sentences: list[str], warnings: list[str]) -> FieldCheck:
    segments = _outcome_segments(brief.description)
    text = " ".join(segments)
    measurable = _measurable_verbs(text)
    evidence = _quote(segments[0]) if segments else None
    if 3 <= len(measurable) <= 7:
        return FieldCheck(field="outcomes", status="met", evidence=evidence)
    if len(measurable) > 7:
        warnings.append(
            f"The brief lists {len(measurable)} outcome verbs; 3-7 focused outcomes make a tighter course."
        )
        return FieldCheck(
            field="outcomes",
            status="vague",
            evidence=evidence,
            need="Keep the 3-7 outcomes that matter most.",
        )
    if measurable:
        return FieldCheck(
            field="outcomes",
            status="vague",
            evidence=evidence,
            need=f"Only {len(measurable)} measurable outcome(s); name 3-7 things learners will be able to do.",
        )
    if segments and _UNMEASURABLE.search(text):
        return FieldCheck(
            field="outcomes",
            status="vague",
            evidence=evidence,
            need="Replace 'understand' or 'learn about' with what learners will do (build, compare, diagnose...).",
        )
    topics = _first(sentences, _TOPIC_LIST)
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


def _check_audience(brief: Brief, questions: list[str]) -> FieldCheck:
    audience = brief.target_audience
    everything = f"{audience}\n{brief.description}"
    prior = _PRIOR_KNOWLEDGE.search(audience)
    time = _STUDY_TIME.search(everything)
    language = _LANGUAGE.search(everything)
    if not language:
        questions.append(QUESTIONS["audience_language"])
    # Evidence quotes only what matched: the cue words, not the whole text.
    found = [
        f"{label}: '{m.group(0).strip()}'"
        for label, m in (("prior knowledge", prior), ("study time", time), ("language", language))
        if m
    ]
    evidence = "; ".join(found) or None
    if prior and time:
        return FieldCheck(field="audience", status="met", evidence=evidence)
    if not prior and not time:
        questions += [QUESTIONS["audience"], QUESTIONS["audience_time"]]
        return FieldCheck(
            field="audience",
            status="missing",
            evidence=evidence,
            need="Naming the group is not enough: state their prior knowledge and weekly study time.",
        )
    if not time:
        questions.append(QUESTIONS["audience_time"])
    if not prior:
        questions.append(QUESTIONS["audience"])
    missing = [name for name, match in (("prior knowledge", prior), ("weekly study time", time)) if not match]
    return FieldCheck(
        field="audience",
        status="vague",
        evidence=evidence,
        need="State the learners' " + " and ".join(missing) + ".",
    )


def _check_pedagogy(sentences: list[str], audience: str) -> FieldCheck:
    explicit = _first(sentences, _PEDAGOGY) or _first(_sentences(audience), _PEDAGOGY)
    if explicit:
        return FieldCheck(field="pedagogy", status="met", evidence=_quote(explicit))
    vague = _first(sentences, _PEDAGOGY_VAGUE)
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


def _check_format(brief: Brief, warnings: list[str]) -> FieldCheck:
    everything = f"{brief.description}\n{brief.target_audience}"
    sections = brief.desired_number_of_sections
    if sections > 8:
        warnings.append(
            f"{sections} sections is a lot: above 8 the sections usually come out thin (3 = workshop, 4-5 = term course, 6-8 = bootcamp)."
        )
    length = _LENGTH.search(_PER_WEEK.sub(" ", everything))
    if sections < 3:
        return FieldCheck(
            field="format",
            status="vague",
            evidence=f"{sections} section(s)",
            need="Use at least 3 sections (3 is a short workshop), or explain why fewer.",
        )
    if length:
        return FieldCheck(
            field="format", status="met", evidence=f"{sections} sections; '{length.group(0).strip()}'"
        )
    return FieldCheck(
        field="format",
        status="vague",
        evidence=f"{sections} sections",
        need="Give the approximate length (weeks, total hours or lessons) as well as the sections.",
    )


def _vague_terms(brief: Brief) -> list[str]:
    found: list[str] = []
    for sentence in _sentences(f"{brief.description}\n{brief.target_audience}"):
        # Adjectives in an exclusion describe what is left out, not the course itself.
        if _MEASURED.search(sentence) or _EXCLUSION.search(sentence):
            continue
        for match in _VAGUE_TERMS.finditer(sentence):
            term = match.group(0).lower()
            if term not in found:
                found.append(term)
    return found


def _model_warnings(brief: Brief, cheap_models: Iterable[str]) -> list[str]:
    text = f"{brief.name}\n{brief.description}\n{brief.target_audience}"
    cheap = brief.model is None or brief.model in set(cheap_models)
    depth = _DEPTH.search(text)
    if depth and cheap:
        return [
            f"The brief mentions '{depth.group(0)}', which calls for a stronger model than the default "
            "(for example gpt-4o); choosing one costs more and needs the user's yes."
        ]
    if not cheap and not depth and _INTRO.search(text):
        return [
            f"This reads as an introductory course; the default model is usually enough and cheaper than {brief.model!r}."
        ]
    return []


def check_brief(brief: Brief, *, cheap_models: Iterable[str] = ()) -> BriefReport:
    """Score the brief field by field and say what to ask; never raises on any text."""
    sentences = _sentences(brief.description) or [brief.description]
    questions: list[str] = []
    warnings: list[str] = []
    fields = [
        _check_scope(brief, sentences),
        _check_outcomes(brief, sentences, warnings),
        _check_audience(brief, questions),
        _check_pedagogy(sentences, brief.target_audience),
        _check_format(brief, warnings),
    ]
    for check in fields:
        if check.status != "met" and check.field != "audience":
            questions.append(QUESTIONS[check.field])
    vague_terms = _vague_terms(brief)
    for term in vague_terms:
        questions.append(
            f"What does '{term}' mean here, in measurable terms (e.g. 'assumes high-school algebra, no coding')?"
        )
    if _REFERENCE.search(brief.description):
        questions.append(QUESTIONS["reference"])
    warnings += _model_warnings(brief, cheap_models)
    missing = [f.field for f in fields if f.status == "missing"]
    vague = [f.field for f in fields if f.status == "vague"]
    ready = not missing and len(vague) + (1 if vague_terms else 0) <= 1
    ordered = sorted(dict.fromkeys(questions), key=lambda q: _question_rank(q))
    if ready:
        next_step = "Ready: call create_task with the same fields." + (
            " The questions below would still sharpen it." if ordered else ""
        )
    else:
        next_step = "Not ready: ask the user the questions, fold the answers into the brief, and check again."
    return BriefReport(
        ready=ready,
        fields=fields,
        questions=ordered,
        warnings=warnings,
        vague_terms=vague_terms,
        next_step=next_step,
    )


def _question_rank(question: str) -> int:
    order = list(QUESTIONS.values())
    return order.index(question) if question in order else len(order)


def brief_questions_text(report: BriefReport) -> str:
    return "\n".join(f"- {q}" for q in report.questions)


def checklist_markdown() -> str:
    """The checklist as a resource the agent can read before drafting a brief."""
    lines = [
        "# Course brief checklist",
        "",
        "create_task accepts a brief when no field is missing and at most one is vague.",
        "",
        '1. **Subject and scope**: what is in, and explicitly what is out ("exclude OOP and async").',
        '2. **Learning outcomes**: 3-7 measurable verbs ("by the end, learners can build, diagnose, compare...").',
        "3. **Audience**: prior knowledge, language level, motivation, weekly study time.",
        "4. **Pedagogy**: tutorial, project-based or assessment-heavy; how much theory versus practice.",
        "5. **Format**: number of sections (3 workshop, 4-5 term course, 6-8 bootcamp) and length (weeks, hours).",
        "",
        'Replace vague adjectives with what they mean: "beginner" -> "assumes high-school algebra, no coding".',
        "Pick a stronger model only for technical depth (graduate maths, law, medicine).",
        "",
        "## Questions to ask when something is unknown",
        "",
    ]
    lines += [f"- {q}" for q in dict.fromkeys(QUESTIONS.values())]
    return "\n".join(lines) + "\n"
