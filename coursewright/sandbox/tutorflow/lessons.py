"""What the emulated TutorFlow generator writes: lesson plans, lesson types by topic, lesson content.

Lesson types follow the Course API page: `coding-lesson` and `coding-test` only for programming
topics; the first lesson is normalised to a starter type (programming: `coding-lesson`, AI topics:
`chat-ai`, language courses: `reading-comprehension`, web and general conceptual courses:
`ai-tutor`). Everything is deterministic in (seed, prompt, title).
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from defusedxml.ElementTree import fromstring as parse_xml

from coursewright.sandbox import content

LESSON_TYPES = (
    "ai-tutor",
    "coding-lesson",
    "coding-test",
    "chat-ai",
    "reading-comprehension",
    "exam",
    "flashcard",
    "markdown",
)
CODING_TYPES = frozenset({"coding-lesson", "coding-test"})
MAX_LESSONS = 50

_WEB = r"\b(web ?development|web ?design|web ?apps?|websites?|html|css|frontend|front-end|react|vue|angular|dom)\b"
_PROGRAMMING = (
    r"\b(programming|coding|python|javascript|typescript|java|rust|golang|kotlin|swift|ruby|php|sql|"
    r"c\+\+|c#|scala|haskell|software|algorithms?|data structures|bash|shell scripting|api design)\b"
)
_AI = (
    r"\b(ai|artificial intelligence|prompt engineering|prompts?|llms?|large language models?|chatgpt|"
    r"generative|machine learning|neural networks?|chatbots?)\b"
)
_LANGUAGE = (
    r"\b(spanish|french|german|italian|portuguese|japanese|korean|mandarin|chinese|arabic|russian|"
    r"english grammar|esl|ielts|toefl|vocabulary|language learning|learn a language|conversational)\b"
)

# Per category: starter type, teaching types (cycled), practice type.
_PLANS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "programming": ("coding-lesson", ("coding-lesson", "markdown", "coding-lesson"), "coding-test"),
    "web": ("ai-tutor", ("coding-lesson", "ai-tutor"), "coding-test"),
    "ai": ("chat-ai", ("chat-ai", "ai-tutor"), "chat-ai"),
    "language": ("reading-comprehension", ("reading-comprehension", "ai-tutor"), "flashcard"),
    "general": ("ai-tutor", ("ai-tutor", "markdown", "ai-tutor"), "flashcard"),
}

_LEADING_REQUEST = re.compile(
    r"^\s*(please\s+)?(create|build|make|generate|write|design|develop|produce)\s+(me\s+)?"
    r"((an?|the|one)\s+)?",
    re.IGNORECASE,
)
_LEVEL_WORDS = re.compile(
    r"^((beginner|intermediate|advanced|introductory|short|complete|comprehensive|practical|"
    r"hands-on|quick|basic|simple|\d+-lesson|\d+-week)[- ]?(level\s+)?(,\s*)?\s*)+",
    re.IGNORECASE,
)
_COURSE_WORD = re.compile(r"\s*\b(course|class|curriculum|tutorial|module)\b\s*", re.IGNORECASE)
_TOPIC_LEAD = re.compile(r"^(on|about|covering|in|for|that teaches|teaching|to teach)\s+", re.IGNORECASE)


def category_of(*texts: str | None) -> str:
    """`web`, `programming`, `ai`, `language` or `general`, from the subject, prompt and title."""
    text = " ".join(t for t in texts if t).lower()
    for name, pattern in (("web", _WEB), ("programming", _PROGRAMMING), ("ai", _AI), ("language", _LANGUAGE)):
        if re.search(pattern, text):
            return name
    return "general"


def topic_from_prompt(prompt: str) -> str:
    """The subject phrase of a request such as "Create a beginner Python course covering loops"."""
    text = _LEADING_REQUEST.sub("", prompt.strip(), count=1)
    text = _LEVEL_WORDS.sub("", text, count=1)
    before, word, after = (*_COURSE_WORD.split(text, maxsplit=1), "", "")[:3]
    if word:
        before = before.strip(" ,")
        text = before if before else _TOPIC_LEAD.sub("", after.strip())
    return content.topic_of(text or prompt)


def slugify(text: str, salt: str) -> str:
    """A lower-case slug with a 6-hex suffix, like `working-with-loops-253716`."""
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-") or "item"
    return f"{base}-{hashlib.sha256(salt.encode()).hexdigest()[:6]}"


@dataclass(frozen=True)
class PlannedLesson:
    title: str
    type: str
    chapter_index: int


@dataclass(frozen=True)
class CoursePlan:
    title: str
    description: str
    category: str
    chapters: tuple[str, ...]
    lessons: tuple[PlannedLesson, ...] = field(default_factory=tuple)


def generated_lesson_count(seed: int, prompt: str, requested: int) -> int:
    """How many lessons the "AI" actually produces: the target, give or take one (billing follows this)."""
    rng = random.Random(f"{seed}\x1ftutorflow-count\x1f{prompt}\x1f{requested}")
    return max(1, min(MAX_LESSONS, requested + rng.choice((-1, 0, 0, 1))))


def _chapter_sizes(lesson_count: int) -> list[int]:
    chapters = max(1, min(10, -(-lesson_count // 2)))
    base, extra = divmod(lesson_count, chapters)
    return [base + (1 if index < extra else 0) for index in range(chapters)]


def _lesson_type(
    category: str, position: int, size: int, *, first: bool, last: bool, quiz: bool, practice: bool
) -> str:
    starter, teaching, practice_type = _PLANS[category]
    if first:
        return starter
    if last and quiz:
        return "exam"
    if position == size - 1 and size > 1 and practice:
        return practice_type
    return teaching[position % len(teaching)]


def plan_course(
    seed: int,
    prompt: str,
    *,
    subject: str | None,
    title: str | None,
    description: str | None,
    lesson_count: int,
    has_quiz: bool,
    has_practice: bool,
) -> CoursePlan:
    """The curriculum the emulated generator produces for one request."""
    topic = topic_from_prompt(prompt)
    course_title = title or content.title_case(topic)
    category = category_of(subject, prompt, title)
    sizes = _chapter_sizes(lesson_count)
    outline = content.outline_for(seed, topic, sections=len(sizes), subsections=1, units=max(sizes))
    chapters = tuple(section.title for section in outline.sections)
    lessons: list[PlannedLesson] = []
    used: set[str] = set()
    for chapter_index, size in enumerate(sizes):
        units = outline.sections[chapter_index].subsections[0].units
        for position in range(size):
            sequence = len(lessons)
            lesson_title = f"Welcome to {content.title_case(topic)}" if sequence == 0 else units[position]
            if lesson_title in used:
                lesson_title = f"{lesson_title}: {chapters[chapter_index]}"
            used.add(lesson_title)
            lesson_type = _lesson_type(
                category,
                position,
                size,
                first=sequence == 0,
                last=sequence == lesson_count - 1 and lesson_count > 1,
                quiz=has_quiz,
                practice=has_practice,
            )
            lessons.append(PlannedLesson(lesson_title, lesson_type, chapter_index))
    return CoursePlan(
        title=course_title,
        description=description or content.course_description(seed, topic),
        category=category,
        chapters=chapters,
        lessons=tuple(lessons),
    )


# --- lesson content ----------------------------------------------------------------------------


def quizzes_for(seed: int, topic: str, count: int, *, malformed: bool = False) -> list[dict[str, Any]]:
    """Single-answer quiz items; `malformed` leaves the first without a correct answer (a defect)."""
    items: list[dict[str, Any]] = []
    for index in range(count):
        problem = parse_xml(content.capa_problem(seed + index, topic, malformed=malformed and index == 0))
        label = problem.find(".//label")
        choices = problem.findall(".//choice")
        correct = [i for i, choice in enumerate(choices) if choice.get("correct") == "true"]
        solution = problem.findall(".//solution//p")
        items.append(
            {
                "question": (label.text or "").strip() if label is not None else "",
                "options": [(choice.text or "").strip() for choice in choices],
                "correctAnswer": correct[0] if correct else None,
                "explanation": (solution[-1].text or "").strip() if solution else "",
            }
        )
    return items


def code_for(title: str, category: str) -> str | None:
    if category not in ("programming", "web"):
        return None
    comment = "//" if category == "web" else "#"
    return f"{comment} {title}\n{comment} Work through the steps in the lecture, then run your code.\n"


def problems_for(title: str, category: str, lesson_type: str) -> list[dict[str, Any]]:
    if lesson_type != "coding-test":
        return []
    return [
        {
            "title": f"Challenge: {title}",
            "description": f"Write a short program that applies what you learned in “{title}”.",
            "starterCode": code_for(title, category) or "",
        }
    ]


def flashcards_for(lesson_type: str, title: str) -> dict[str, Any]:
    if lesson_type != "flashcard":
        return {"blocks": []}
    fronts = ("Key term", "Main idea", "Common mistake")
    return {
        "blocks": [
            {
                "type": "flashcard",
                "front": f"{front}: {title}",
                "back": f"Explain the {front.lower()} in one sentence.",
            }
            for front in fronts
        ]
    }


def duration_minutes(seed: int, title: str) -> int:
    return random.Random(f"{seed}\x1fduration\x1f{title}").randint(8, 20)


# --- infer-type --------------------------------------------------------------------------------

_INFER_RULES: tuple[tuple[str, str], ...] = (
    (r"\b(quiz|test|exam|assessment|check your understanding|review questions)\b", "exam"),
    (r"\b(flashcards?|vocabulary|glossary|key terms|formulas|memori[sz]e)\b", "flashcard"),
    (r"\b(reading|passage|comprehension|read and)\b", "reading-comprehension"),
    (r"\b(overview|syllabus|reference|cheat ?sheet|summary|recap)\b", "markdown"),
)
_PRACTICE = r"\b(practice|exercises?|challenges?|problems?|drills?|kata)\b"


def infer_type(
    lesson_title: str,
    lesson_description: str | None = None,
    course_title: str | None = None,
    course_description: str | None = None,
    existing_types: Sequence[str] = (),
) -> str:
    """The lesson type the emulated AI picks for a new lesson from its title and the course context."""
    lesson_text = f"{lesson_title} {lesson_description or ''}".lower()
    category = category_of(course_title, course_description, lesson_title)
    coding = category in ("programming", "web") or bool(CODING_TYPES & set(existing_types))
    if re.search(_PRACTICE, lesson_text):
        return "coding-test" if coding else "exam"
    for pattern, lesson_type in _INFER_RULES:
        if re.search(pattern, lesson_text):
            return lesson_type
    if category == "ai":
        return "chat-ai"
    if coding and re.search(r"\b(build|implement|code|write|program|function|script)\b", lesson_text):
        return "coding-lesson"
    return _PLANS[category][0] if category != "programming" else "coding-lesson"
