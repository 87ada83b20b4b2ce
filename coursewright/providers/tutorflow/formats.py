"""TutorFlow lesson formats: quizzes as capa problems (both ways) and the generate stream. Pure, no I/O.

TutorFlow quizzes are single-choice questions stored as JSON in a lesson; the neutral tree shows
each as a capa `multiplechoiceresponse`, and a capa problem the agent writes becomes a quiz in
the field names the lesson already uses. The generate stream is server-sent events whose data
is JSON: whole lesson fields where it sends them, else the lecture as the sum of its deltas.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any
from xml.etree.ElementTree import Element

from pydantic import BaseModel, Field

from coursewright.capa import is_blank_html, parse_problem, problem_issues
from coursewright.errors import InvalidInput, Unavailable

# -- quizzes <-> capa ------------------------------------------------------------------------------


class Quiz(BaseModel):
    question: str
    options: list[str]
    correct: int
    explanation: str | None = None


_QUESTION_KEYS = ("question", "prompt", "text", "title", "stem")
_OPTION_KEYS = ("options", "choices", "answers")
_INDEX_KEYS = ("correctIndex", "correctOptionIndex", "answerIndex", "correctAnswerIndex")
_VALUE_KEYS = ("correctAnswer", "answer", "correct")


def read_quiz(raw: Any) -> Quiz | None:
    """A TutorFlow quiz in any of the shapes its lessons use; None when it is not a single-choice question."""
    if not isinstance(raw, dict):
        return None
    question = next((raw[k] for k in _QUESTION_KEYS if isinstance(raw.get(k), str) and raw[k].strip()), None)
    options_raw = next((raw[k] for k in _OPTION_KEYS if isinstance(raw.get(k), list)), None)
    if question is None or not options_raw:
        return None
    options: list[str] = []
    flagged: int | None = None
    for index, option in enumerate(options_raw):
        if isinstance(option, dict):
            text = next(
                (option[k] for k in ("text", "label", "value", "content") if isinstance(option.get(k), str)),
                "",
            )
            if option.get("isCorrect") is True or option.get("correct") is True:
                flagged = index
        else:
            text = str(option)
        options.append(text)
    correct = flagged
    if correct is None:
        correct = next(
            (raw[k] for k in _INDEX_KEYS if isinstance(raw.get(k), int) and not isinstance(raw[k], bool)),
            None,
        )
    if correct is None:
        value = next((raw[k] for k in _VALUE_KEYS if k in raw and not isinstance(raw[k], bool)), None)
        if isinstance(value, int) and 0 <= value < len(options):
            correct = value
        elif isinstance(value, str):
            correct = _match_option(value, options)
    if correct is None or not 0 <= correct < len(options):
        return None
    explanation = raw.get("explanation")
    return Quiz(
        question=question,
        options=options,
        correct=correct,
        explanation=explanation if isinstance(explanation, str) else None,
    )


def _match_option(value: str, options: list[str]) -> int | None:
    folded = value.strip().lower()
    for index, option in enumerate(options):
        if option.strip().lower() == folded:
            return index
    if len(folded) == 1 and folded.isalpha() and ord(folded) - ord("a") < len(options):
        return ord(folded) - ord("a")
    return None


def quiz_to_capa(raw: Any) -> str:
    """A single-select capa problem for a TutorFlow quiz (an unreadable quiz gives an ungradable one,
    which review then reports instead of hiding it)."""
    quiz = read_quiz(raw)
    if quiz is None:
        return "<problem><p>This quiz is in a form coursewright cannot show as a question.</p></problem>"
    choices = "".join(
        f'<choice correct="{"true" if i == quiz.correct else "false"}">{escape(text)}</choice>'
        for i, text in enumerate(quiz.options)
    )
    solution = (
        f'<solution><div class="detailed-solution"><p>{escape(quiz.explanation)}</p></div></solution>'
        if quiz.explanation
        else ""
    )
    return (
        f"<problem><multiplechoiceresponse><label>{escape(quiz.question)}</label>"
        f'<choicegroup type="MultipleChoice">{choices}</choicegroup></multiplechoiceresponse>{solution}</problem>'
    )


def _text(element: Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def capa_to_quiz(xml: str, *, like: Any = None) -> dict[str, Any]:
    """A TutorFlow quiz from a single-select capa problem; refuses any other kind of problem.

    `like` is an existing quiz of the lesson: the new one is written with the same field names.
    """
    issues = problem_issues(xml)
    if issues:
        raise InvalidInput(
            "The problem XML cannot be graded: " + " ".join(issues),
            "Send a <problem> with one response element, an input, and a correct answer.",
        )
    root, _ = parse_problem(xml)
    assert root is not None
    response = root.find(".//multiplechoiceresponse")
    if response is None:
        response = root.find(".//truefalseresponse")
    group = response.find(".//choicegroup") if response is not None else None
    if group is None:
        raise InvalidInput(
            "TutorFlow quizzes are single-choice questions, and this problem is another kind.",
            "Send a <problem> with a <multiplechoiceresponse> holding a <choicegroup> of <choice> elements, one correct.",
        )
    label = response.find("label") if response is not None else None
    question = (
        _text(label) or _text(root.find("p")) or _text(response.find("p") if response is not None else None)
    )
    if not question:
        raise InvalidInput(
            "The problem has no question text.",
            "Put the question in a <label> inside the <multiplechoiceresponse>.",
        )
    choices = [c for c in group if c.tag == "choice"]
    options = [_text(c) for c in choices]
    correct = next(i for i, c in enumerate(choices) if (c.get("correct") or "").lower() == "true")
    explanation = _text(root.find(".//solution")) or None
    quiz = Quiz(question=question, options=options, correct=correct, explanation=explanation)
    return write_quiz(quiz, like=like)


def write_quiz(quiz: Quiz, *, like: Any = None) -> dict[str, Any]:
    """A quiz in the lesson's own field names where an example shows them, else TutorFlow's usual ones."""
    sample = like if isinstance(like, dict) else {}
    question_key = next((k for k in _QUESTION_KEYS if k in sample), "question")
    options_key = next((k for k in _OPTION_KEYS if k in sample), "options")
    sample_options = sample.get(options_key) if isinstance(sample.get(options_key), list) else []
    out: dict[str, Any] = {question_key: quiz.question}
    if sample_options and isinstance(sample_options[0], dict):
        text_key = next((k for k in ("text", "label", "value", "content") if k in sample_options[0]), "text")
        flag_key = "isCorrect" if "isCorrect" in sample_options[0] else "correct"
        out[options_key] = [{text_key: t, flag_key: i == quiz.correct} for i, t in enumerate(quiz.options)]
    else:
        out[options_key] = list(quiz.options)
        index_key = next((k for k in _INDEX_KEYS if k in sample), None)
        value_key = next((k for k in _VALUE_KEYS if k in sample), None)
        if index_key is None and value_key is not None and isinstance(sample.get(value_key), str):
            out[value_key] = quiz.options[quiz.correct]
        else:
            out[index_key or value_key or "correctAnswer"] = quiz.correct
    if quiz.explanation is not None:
        out["explanation"] = quiz.explanation
    if "type" in sample:
        out["type"] = sample["type"]
    return out


# -- the generate stream ---------------------------------------------------------------------------


class Generated(BaseModel):
    """What one generate stream produced for a lesson (saved afterwards with a full-lesson PATCH)."""

    lecture: str = ""
    quizzes: list[Any] = Field(default_factory=list)
    problems: list[Any] | None = None
    content: Any = None


def sse_events(text: str) -> list[tuple[str, str]]:
    """(event name, data) for each server-sent event (WHATWG rules: blank line ends an event)."""
    events: list[tuple[str, str]] = []
    name, data = "message", []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line:
            if data:
                events.append((name, "\n".join(data)))
            name, data = "message", []
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if field == "event":
            name = value or "message"
        elif field == "data":
            data.append(value)
    if data:
        events.append((name, "\n".join(data)))
    return events


_LESSON_FIELDS = ("lecture", "quizzes", "problems", "content")


def parse_generate_stream(text: str) -> Generated:
    """The lesson a generate stream produced: whole fields where the stream sends them, else the sum of deltas.

    A stream that reports an error, or ends without any lecture or quiz, is a failed draft.
    """
    whole: dict[str, Any] = {}
    pieces: dict[str, list[str]] = {}
    for name, data in sse_events(text):
        if data.strip() in ("[DONE]", ""):
            continue
        try:
            value: Any = json.loads(data)
        except ValueError:
            value = data
        kind = name.lower()
        if kind == "error" or (
            isinstance(value, dict) and (value.get("type") == "error" or "error" in value)
        ):
            raise Unavailable(
                "TutorFlow stopped generating the lesson with an error.",
                "Try draft_content for this unit again in a minute, or write it with edit_xblock.",
            )
        if not isinstance(value, dict):
            pieces.setdefault(kind if kind in _LESSON_FIELDS else "lecture", []).append(str(value))
            continue
        for holder in (value.get("lesson"), value.get("data"), value.get("result"), value):
            if isinstance(holder, dict) and any(k in holder for k in _LESSON_FIELDS):
                for key in _LESSON_FIELDS:
                    if key in holder:
                        whole[key] = holder[key]
                break
        else:
            delta = next(
                (value[k] for k in ("delta", "chunk", "text", "token") if isinstance(value.get(k), str)), None
            )
            if delta is not None:
                target = (
                    value.get("field")
                    or value.get("section")
                    or (kind if kind in _LESSON_FIELDS else "lecture")
                )
                pieces.setdefault(str(target), []).append(delta)
    lecture = (
        whole.get("lecture") if isinstance(whole.get("lecture"), str) else "".join(pieces.get("lecture", []))
    )
    quizzes = whole.get("quizzes") if isinstance(whole.get("quizzes"), list) else []
    if is_blank_html(lecture) and not quizzes:
        raise Unavailable(
            "TutorFlow's generate stream ended without any lesson content.",
            "Try draft_content for this unit again in a minute, or write it with edit_xblock.",
        )
    problems = whole.get("problems") if isinstance(whole.get("problems"), list) else None
    return Generated(lecture=lecture or "", quizzes=quizzes, problems=problems, content=whole.get("content"))
