"""Deterministic, plausible course content for the emulators: outlines, unit pages, capa problems.

The same (seed, subject, title) always gives the same text, whatever order requests arrive in,
so a sandbox run is reproducible and tests can compare exact strings. Clean content passes the
review guardrail; the defects a review must catch (an empty page, leaked assistant chatter, an
ungradable problem) are produced only on request, usually decided by `defects_for`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from coursewright.sandbox.core import DEFECT_FAULTS, SandboxConfig

LEAKED_CHATTER = "As an AI language model, I can outline this lesson for you. I hope this helps!"

_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "vs",
        "via",
    ]
)
_MAX_TOPIC_WORDS = 8

_SECTION_PATTERNS = (
    "Foundations of {topic}",
    "Core Ideas in {topic}",
    "{topic} in Practice",
    "Tools and Methods for {topic}",
    "Working Through {topic} Problems",
    "Common Pitfalls in {topic}",
    "Applying {topic} to Real Cases",
    "Deeper Questions in {topic}",
    "Connecting {topic} to Other Fields",
    "Reviewing {topic}",
    "Planning Your {topic} Project",
    "Next Steps with {topic}",
)
_SUBSECTION_TITLES = (
    "Key Terms and Definitions",
    "How It Works",
    "Worked Examples",
    "Guided Practice",
    "Typical Mistakes",
    "Case Study",
    "Comparing Approaches",
    "Putting It Together",
    "Historical Background",
    "Checking Your Understanding",
)
_UNIT_TITLES = (
    "Overview",
    "Key Vocabulary",
    "A First Example",
    "Step by Step",
    "Why It Matters",
    "Common Misconceptions",
    "Practice Set",
    "Real-World Uses",
    "Quick Check",
    "Summary and Next Steps",
    "Questions to Discuss",
    "A Closer Look",
)
_OPENINGS = (
    "This lesson, “{unit}”, is part of {course}.",
    "In this part of {course} we turn to “{unit}”.",
    "“{unit}” is where many learners of {course} first see the ideas fit together.",
)
_BODY_SENTENCES = (
    "Start by naming the parts involved and what each one contributes.",
    "A short example makes the idea concrete before we generalise it.",
    "Notice which steps stay the same from one case to the next, and which change.",
    "Experts check their reasoning against a simple case they already understand.",
    "Keep a list of the terms introduced here; later lessons build on them.",
    "When a result looks surprising, go back to the definitions and test each assumption.",
    "Drawing a quick sketch often shows the structure faster than reading a paragraph.",
    "Compare two situations side by side and describe what differs between them.",
)
_KEY_IDEAS = (
    "Define the main terms in your own words.",
    "Explain how the steps connect to one another.",
    "Recognise the situations where this approach applies.",
    "Spot the most common mistake and how to avoid it.",
    "Relate the idea to an example from everyday life.",
    "Check a result by estimating it another way.",
)
_ACTIVITIES = (
    "Write three sentences that explain {unit} to a friend who has not taken this course.",
    "Find one example of {unit} outside the classroom and note what makes it a good example.",
    "List the steps you would follow, then compare your list with a classmate's.",
)
# Each question with its correct answer and distractors that answer the same question wrongly.
_QUESTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Which statement best describes {topic}?",
        "It connects a few core terms through steps you can explain and check.",
        (
            "It only applies to one special case and cannot be generalised.",
            "It is a list of unrelated facts with no common idea.",
            "It is a matter of opinion, so no answer can be checked.",
            "It depends on memorising results rather than understanding steps.",
        ),
    ),
    (
        "What is the most useful first step when studying {topic}?",
        "Identify the key terms and test them on a simple example.",
        (
            "Memorise the final answers without looking at the reasoning.",
            "Skip the definitions because they rarely matter in practice.",
            "Start with the hardest case available.",
            "Wait until the end of the course to try any examples.",
        ),
    ),
    (
        "Which of these is a sound way to check your understanding of {topic}?",
        "Explain it in your own words and verify it with a worked example.",
        (
            "Assume the first result you get is correct without checking it.",
            "Reread the summary until it feels familiar.",
            "Rely on guessing, since every method gives the same result.",
            "Count how many pages of notes you have written.",
        ),
    ),
)


@dataclass(frozen=True)
class OutlineSubsection:
    title: str
    units: tuple[str, ...]


@dataclass(frozen=True)
class OutlineSection:
    title: str
    subsections: tuple[OutlineSubsection, ...]


@dataclass(frozen=True)
class Outline:
    course_title: str
    sections: tuple[OutlineSection, ...]

    def unit_titles(self) -> list[str]:
        """Every unit title in reading order (for flat platforms: chapters of lessons, modules)."""
        return [unit for section in self.sections for sub in section.subsections for unit in sub.units]


def _random(seed: int, *parts: str) -> random.Random:
    # String seeds hash with SHA-512, so the stream does not depend on PYTHONHASHSEED.
    return random.Random("\x1f".join((str(seed), *parts)))


def topic_of(subject: str) -> str:
    """A short topic phrase from a subject or a whole brief: its first clause, at most 8 words."""
    first = re.split(r"[.;:!?\n]|\s[-–—]\s", subject.strip(), maxsplit=1)[0]
    words = first.split()[:_MAX_TOPIC_WORDS] or ["the Subject"]
    return " ".join(words).strip(" ,")


def title_case(text: str) -> str:
    words = text.split()
    titled = [
        word
        if (index and word.lower() in _SMALL_WORDS) or any(c.isupper() for c in word)
        else word.capitalize()
        for index, word in enumerate(words)
    ]
    return " ".join(titled)


def course_title_for(subject: str) -> str:
    return title_case(topic_of(subject))


def course_description(seed: int, subject: str) -> str:
    rng = _random(seed, "description", subject)
    topic = topic_of(subject)
    focus = rng.choice(("clear explanations", "worked examples", "short practice tasks", "real cases"))
    return (
        f"A structured introduction to {topic}, built around {focus}. "
        "Each unit ends with a quick check so learners can see their progress."
    )


def _distinct(rng: random.Random, pool: tuple[str, ...], count: int) -> list[str]:
    """`count` distinct titles drawn from the pool; past its size, parts are numbered."""
    picked = rng.sample(pool, min(count, len(pool)))
    part = 2
    while len(picked) < count:
        picked += [f"{title} (Part {part})" for title in pool[: count - len(picked)]]
        part += 1
    return picked


def outline_for(seed: int, subject: str, sections: int = 4, subsections: int = 2, units: int = 2) -> Outline:
    """A course outline for the subject: `sections` x `subsections` x `units` (default 16 units)."""
    topic = title_case(topic_of(subject))
    rng = _random(seed, "outline", subject)
    section_titles = [
        pattern.format(topic=topic) for pattern in _distinct(rng, _SECTION_PATTERNS, max(1, sections))
    ]
    built = []
    for section_title in section_titles:
        sub_titles = _distinct(rng, _SUBSECTION_TITLES, max(1, subsections))
        built.append(
            OutlineSection(
                section_title,
                tuple(
                    OutlineSubsection(title, tuple(_distinct(rng, _UNIT_TITLES, max(1, units))))
                    for title in sub_titles
                ),
            )
        )
    return Outline(course_title_for(subject), tuple(built))


def unit_html(
    seed: int,
    course_title: str,
    unit_title: str,
    *,
    empty: bool = False,
    leak: bool = False,
    sources: Sequence[str] = (),
) -> str:
    """The body of a unit page: a heading, paragraphs, key ideas and an activity.

    `empty` gives a page that shows nothing; `leak` puts assistant chatter at the top. Both are
    defects the review must block. `sources` (reference file names) adds a reading list, so a
    page shows which of the course's reference material its generation drew on.
    """
    if empty:
        return "<p></p>"
    rng = _random(seed, "unit", course_title, unit_title)
    unit, course = escape(unit_title), escape(course_title)
    opening = rng.choice(_OPENINGS).format(unit=unit, course=course)
    body = " ".join(rng.sample(_BODY_SENTENCES, 3))
    ideas = "".join(f"<li>{idea}</li>" for idea in rng.sample(_KEY_IDEAS, 3))
    activity = rng.choice(_ACTIVITIES).format(unit=unit.lower())
    parts = [
        f"<h2>{unit}</h2>",
        f"<p>{opening} {body}</p>",
        "<h3>Key ideas</h3>",
        f"<ul>{ideas}</ul>",
        "<h3>Try it</h3>",
        f"<p>{activity}</p>",
    ]
    if sources:
        listed = "".join(f"<li>{escape(name)}</li>" for name in sources)
        parts += ["<h3>Reference material</h3>", f"<p>This course draws on:</p>\n<ul>{listed}</ul>"]
    if leak:
        parts.insert(1, f"<p>{LEAKED_CHATTER}</p>")
    return "\n".join(parts)


def capa_problem(seed: int, topic: str, *, malformed: bool = False) -> str:
    """A single-select capa problem about the topic: four choices, exactly one correct.

    `malformed` gives a problem Studio imports but can never grade (no choice marked correct),
    the kind olxcleaner does not catch and the review must.
    """
    rng = _random(seed, "problem", topic)
    pattern, answer, distractors = rng.choice(_QUESTIONS)
    question = escape(pattern.format(topic=topic.lower()))
    choices = [(escape(answer), True)] + [(escape(text), False) for text in rng.sample(distractors, 3)]
    rng.shuffle(choices)
    choice_lines = "\n".join(
        f'      <choice correct="{"true" if correct and not malformed else "false"}">{text}</choice>'
        for text, correct in choices
    )
    name = escape(f"Quick Check: {topic}", quote=True)
    return (
        f'<problem display_name="{name}" max_attempts="2" weight="1" showanswer="finished">\n'
        "  <multiplechoiceresponse>\n"
        f"    <label>{question}</label>\n"
        '    <choicegroup type="MultipleChoice">\n'
        f"{choice_lines}\n"
        "    </choicegroup>\n"
        "    <solution>\n"
        '      <div class="detailed-solution">\n'
        "        <p>Explanation</p>\n"
        f"        <p>{escape(answer)}</p>\n"
        "      </div>\n"
        "    </solution>\n"
        "  </multiplechoiceresponse>\n"
        "</problem>"
    )


def defects_for(config: SandboxConfig, emulator: str, unit_key: str) -> frozenset[str]:
    """The defects (`defect-empty`, `defect-leak`, `defect-problem`) one unit carries.

    Drawn once per (seed, emulator, unit) with the probabilities in the fault spec, so a unit's
    defects do not depend on the order in which units are generated or read.
    """
    rng = _random(config.seed, "defects", emulator, unit_key)
    return frozenset(
        kind for kind in DEFECT_FAULTS if rng.random() < config.defect_probability(emulator, kind)
    )
