"""The local provider's generator: outlines and unit content from an OpenAI-compatible chat endpoint.

Configured by COURSEWRIGHT_LLM_BASE_URL (the server's OpenAI-compatible root, e.g.
`http://127.0.0.1:11434/v1` for Ollama), COURSEWRIGHT_LLM_MODEL and, where the endpoint wants
one, COURSEWRIGHT_LLM_API_KEY. Every answer is checked before it is used: the outline must fit
`OutlineSection`, a page must show text once sanitised, a problem must be gradable capa. A
failed check is fed back to the model once; a second failure is reported, never stored. Error
texts say what failed in coursewright's own words: the model's answer is never quoted.

A chat call changes nothing on the endpoint, so it is retried like a read on connection errors
and 5xx/429 (each retry may cost a paid endpoint one more call; the retry policy bounds them).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import anyio
import httpx2
from pydantic import BaseModel, TypeAdapter, ValidationError

from coursewright.capa import is_blank_html, problem_issues, visible_text
from coursewright.config import Settings
from coursewright.errors import GenerationUnavailable, InvalidInput, NotConfigured, NotFound, Unavailable
from coursewright.guardrails.review import LEAKED_PHRASES, expected_units
from coursewright.guardrails.sanitize import sanitize_html, unsafe_parts
from coursewright.model import Brief, OutlineSection
from coursewright.providers.http import PlatformHttp, RetryPolicy, Timeouts
from coursewright.providers.local.store import OUTLINE_SHAPE

#: The system prompt starts with one of these, so an emulator (or a log reader) can tell the asks apart.
OUTLINE_MARKER = "[coursewright:outline]"
HTML_MARKER = "[coursewright:unit:html]"
PROBLEM_MARKER = "[coursewright:unit:problem]"

#: http_errors derives setting names from the platform name: this one reads as
#: COURSEWRIGHT_LLM_API_KEY / COURSEWRIGHT_LLM_BASE_URL in its error texts.
PLATFORM = "coursewright LLM"
#: Local models on a CPU can take minutes for one page; a paid endpoint answers in seconds.
TIMEOUTS = Timeouts(read=30.0, write=60.0, long=600.0, connect=10.0)
TEMPERATURE = 0.3
#: How much reference text rides along: all of it costs tokens on every call.
OUTLINE_REFERENCE_CHARS = 8_000
UNIT_REFERENCE_CHARS = 2_000
MAX_REASON_CHARS = 300

UnitKind = Literal["html", "problem"]
Checked = TypeVar("Checked")
_FENCE = re.compile(r"^\s*```[\w+-]*[ \t]*\n(?P<body>.*?)\n?```\s*$", re.DOTALL)
_PROBLEM_KINDS = frozenset(
    {"problem", "quiz", "question", "questions", "assessment", "exercise", "check", "test"}
)
_OUTLINE = TypeAdapter(list[OutlineSection])

OUTLINE_SYSTEM = f"""{OUTLINE_MARKER}
You design online course outlines for Open edX. Answer with one JSON object and nothing else, in exactly this shape:
{{"sections": [{{"title": "...", "subsections": [{{"title": "...", "units": [{{"title": "...", "kind": "html"}}]}}]}}]}}
Rules:
- exactly the number of sections given as "sections" in the request;
- 2 or 3 subsections per section, 2 to 4 units per subsection; when "about_units" is given, the whole course has about that many units;
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


class _Message(BaseModel):
    content: str | None = None


class _Choice(BaseModel):
    message: _Message
    finish_reason: str | None = None


class _Completion(BaseModel):
    choices: list[_Choice]


class _Rejected(Exception):
    """An answer failed a check: `feedback` goes back to the model, `reason` into coursewright's report."""

    def __init__(self, reason: str, feedback: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.feedback = feedback or reason


def strip_fences(text: str) -> str:
    """The body of a markdown code fence wrapping the whole answer (models add them unasked)."""
    match = _FENCE.match(text)
    return match.group("body").strip() if match else text.strip()


def _bounded_references(references: Sequence[ReferenceText], budget: int) -> list[dict[str, str]]:
    chosen: list[dict[str, str]] = []
    for reference in references:
        if budget <= 0:
            break
        text = reference.text.strip()[:budget]
        if text:
            chosen.append({"name": reference.name, "text": text})
            budget -= len(text)
    return chosen


def _normalised_outline(data: Any) -> Any:
    """Accept `{"sections": [...]}` or a bare list; map kind synonyms onto html/problem."""
    sections = data.get("sections") if isinstance(data, dict) else data
    if not isinstance(sections, list):
        raise _Rejected(
            'the JSON has no "sections" list',
            'The JSON object must have a "sections" key holding the list of sections.',
        )
    for unit in _dicts_at(sections, ("subsections", "units")):
        kind = str(unit.get("kind") or "html").strip().lower()
        unit["kind"] = "problem" if kind in _PROBLEM_KINDS else "html"
    return sections


def _dicts_at(items: list[Any], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """The dicts found by following `keys` down through lists of dicts (anything else is skipped)."""
    found = [item for item in items if isinstance(item, dict)]
    for key in keys:
        found = [
            child
            for parent in found
            if isinstance(parent.get(key), list)
            for child in parent[key]
            if isinstance(child, dict)
        ]
    return found


def _validation_summary(error: ValidationError) -> str:
    """Field paths and pydantic's messages only: never the offending values."""
    parts = []
    for item in error.errors(include_input=False, include_url=False)[:3]:
        path = "sections" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in item["loc"])
        parts.append(f"{path}: {item['msg']}")
    more = len(error.errors()) - len(parts)
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def parse_outline(answer: str, sections: int) -> list[OutlineSection]:
    """The outline in the answer, or `_Rejected` saying what is wrong with it."""
    try:
        data = json.loads(strip_fences(answer))
    except ValueError:
        raise _Rejected("the answer was not valid JSON", "The answer was not valid JSON.") from None
    try:
        outline = _OUTLINE.validate_python(_normalised_outline(data))
    except ValidationError as exc:
        summary = _validation_summary(exc)
        raise _Rejected(
            f"it does not fit the outline shape ({summary})", f"It does not fit the shape: {summary}."
        ) from None
    if len(outline) != sections:
        raise _Rejected(
            f"it has {len(outline)} sections, not the {sections} asked for",
            f"It has {len(outline)} sections; the course needs exactly {sections}.",
        )
    return outline


def _leaked_phrase(html: str) -> str | None:
    text = visible_text(html).lower()
    return next((phrase for phrase in LEAKED_PHRASES if phrase in text), None)


def check_html(answer: str) -> str:
    """The sanitised page, or `_Rejected` when it would show nothing or carries chatter."""
    html = sanitize_html(strip_fences(answer)).html.strip()
    if is_blank_html(html):
        raise _Rejected("the page shows no text once unsafe HTML is removed", "The page had no visible text.")
    leaked = _leaked_phrase(html)
    if leaked:
        raise _Rejected(
            f"the page contains assistant chatter ('{leaked}')",
            f"The page contains assistant chatter ('{leaked}'): write only course text.",
        )
    return html


def check_problem(answer: str) -> str:
    """The problem XML, or `_Rejected` when capa could not grade it or it is unsafe."""
    xml = strip_fences(answer)
    start = xml.find("<problem")
    if start > 0 and not xml[:start].strip().startswith("<"):
        xml = xml[start:]  # a sentence before the XML is chatter, not part of the problem
    issues = problem_issues(xml)
    if issues:
        # capa's messages may quote attribute values from the answer: the model sees them, reports do not.
        raise _Rejected(
            "its problem XML cannot be graded", "The problem cannot be graded: " + " ".join(issues)
        )
    if unsafe_parts(xml):
        raise _Rejected(
            "the problem holds unsafe HTML", "The problem holds scripts or event handlers; remove them."
        )
    leaked = _leaked_phrase(xml)
    if leaked:
        raise _Rejected(
            f"the problem contains assistant chatter ('{leaked}')",
            f"The problem contains assistant chatter ('{leaked}'): write only the problem.",
        )
    return xml


class LlmGenerator:
    """Outlines and unit content from one OpenAI-compatible chat endpoint."""

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str | None = None,
        transport: httpx2.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        timeouts: Timeouts = TIMEOUTS,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        temperature: float = TEMPERATURE,
    ) -> None:
        self.model = model
        self.temperature = temperature
        # PlatformHttp wants one fixed header. Without a key (Ollama, a local vLLM) send a harmless
        # Accept instead of an empty Authorization: the client's own Accept replaces it, and a value
        # this short is never taken for a secret.
        header = ("Authorization", f"Bearer {api_key}") if api_key else ("Accept", "*/*")
        self.http = PlatformHttp(
            platform=PLATFORM,
            base_url=base_url.rstrip("/"),
            auth_header=header,
            secrets=[api_key] if api_key else [],
            retry=retry,
            timeouts=timeouts,
            transport=transport,
            sleep=sleep,
            clock=clock,
        )

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        transport: httpx2.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> LlmGenerator | None:
        """The configured generator, or None when COURSEWRIGHT_LLM_BASE_URL or _MODEL is not set."""
        if not (settings.llm_base_url and settings.llm_model):
            return None
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
        return cls(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=key or None,
            transport=transport,
            retry=retry,
            sleep=sleep,
            clock=clock,
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    # -- the two operations -------------------------------------------------------------------

    async def outline(
        self, brief: Brief, sections: int, references: Sequence[ReferenceText] = ()
    ) -> list[OutlineSection]:
        """An outline of exactly `sections` sections for the brief, checked against the model types."""
        facts = {
            "course": brief.name,
            "description": brief.description,
            "audience": brief.target_audience,
            "sections": sections,
            "about_units": expected_units(brief),
            "references": _bounded_references(references, OUTLINE_REFERENCE_CHARS),
        }
        try:
            return await self._ask(
                OUTLINE_SYSTEM,
                "Write the outline for this course. The request, as JSON:\n" + _as_json(facts),
                lambda answer: parse_outline(answer, sections),
                json_mode=True,
                answer_is="only the JSON object",
            )
        except _Rejected as rejected:
            raise GenerationUnavailable(
                f"The model {self.model} answered twice with an outline coursewright cannot use "
                f"({_bounded(rejected.reason)}); nothing was created.",
                "Pass the outline yourself: call generate_outline again with outline set to sections > "
                f"subsections > units, e.g. {OUTLINE_SHAPE}; or call it again to ask the model once more.",
            ) from None

    async def unit_content(
        self,
        brief: Brief,
        place: UnitPlace,
        kind: UnitKind,
        references: Sequence[ReferenceText] = (),
    ) -> str:
        """A sanitised HTML page (`html`) or a gradable capa `<problem>` (`problem`) for one unit."""
        facts = {
            "course": place.course,
            "description": brief.description,
            "audience": brief.target_audience,
            "section": place.section,
            "subsection": place.subsection,
            "unit": place.unit,
            "kind": kind,
            "references": _bounded_references(references, UNIT_REFERENCE_CHARS),
        }
        system, check, answer_is = (
            (PROBLEM_SYSTEM, check_problem, "only the <problem> XML")
            if kind == "problem"
            else (HTML_SYSTEM, check_html, "only the HTML fragment")
        )
        try:
            return await self._ask(
                system,
                f"Write the unit '{place.unit}'. The request, as JSON:\n" + _as_json(facts),
                check,
                json_mode=False,
                answer_is=answer_is,
            )
        except _Rejected as rejected:
            raise GenerationUnavailable(
                f"The model {self.model} drafted unit '{place.unit}' twice and both drafts failed their check "
                f"({_bounded(rejected.reason)}); the unit was left as it was.",
                "Write this unit yourself with edit_xblock(action='update', block_id=<unit id>, content=...), "
                "or call draft_content for it again.",
            ) from None

    # -- one checked exchange, with one retry ---------------------------------------------------

    async def _ask(
        self,
        system: str,
        request: str,
        check: Callable[[str], Checked],
        *,
        json_mode: bool,
        answer_is: str,
    ) -> Checked:
        messages = [{"role": "system", "content": system}, {"role": "user", "content": request}]
        choice = await self._chat(messages, json_mode)
        try:
            return check(_answer_of(choice))
        except _Rejected as rejected:
            if choice.message.content:
                messages.append({"role": "assistant", "content": choice.message.content})
            messages.append(
                {
                    "role": "user",
                    "content": f"That answer could not be used. {rejected.feedback} "
                    f"Answer again, following every rule, with {answer_is}.",
                }
            )
        return check(_answer_of(await self._chat(messages, json_mode)))

    async def _post(self, payload: dict[str, Any]) -> Any:
        return await self.http.request_json(
            "POST", "/chat/completions", kind="long", idempotent=True, json=payload
        )

    async def _chat(self, messages: list[dict[str, str]], json_mode: bool) -> _Choice:
        payload: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": self.temperature}
        if json_mode:
            payload["response_format"] = {"type": "json_object"}
        try:
            try:
                body = await self._post(payload)
            except InvalidInput:
                if not json_mode:
                    raise
                # Some OpenAI-compatible servers refuse response_format; the prompt asks for JSON anyway.
                payload.pop("response_format")
                body = await self._post(payload)
        except NotFound:
            raise NotConfigured(
                f"The endpoint at COURSEWRIGHT_LLM_BASE_URL does not serve model {self.model}, or has no "
                "/chat/completions there (HTTP 404).",
                "Set COURSEWRIGHT_LLM_MODEL to a model the endpoint lists under /models, and check that "
                "COURSEWRIGHT_LLM_BASE_URL is its OpenAI-compatible root (often ending in /v1); then restart the server.",
            ) from None
        try:
            choice = _Completion.model_validate(body).choices[0]
        except (ValidationError, IndexError):
            raise Unavailable(
                f"The endpoint at COURSEWRIGHT_LLM_BASE_URL answered for model {self.model}, but not with an "
                "OpenAI-style chat completion.",
                "Check that COURSEWRIGHT_LLM_BASE_URL is the server's OpenAI-compatible root (often ending in /v1), "
                "then restart the server.",
            ) from None
        return choice


def _answer_of(choice: _Choice) -> str:
    if choice.finish_reason == "length":
        raise _Rejected(
            "the answer was cut off at the model's length limit",
            "The answer was cut off at your length limit: make it shorter.",
        )
    if not (choice.message.content or "").strip():
        raise _Rejected("the model answered with nothing", "The answer was empty.")
    return choice.message.content or ""


def _as_json(facts: dict[str, Any]) -> str:
    return json.dumps(facts, ensure_ascii=False, indent=1)


def _bounded(text: str) -> str:
    return text if len(text) <= MAX_REASON_CHARS else text[: MAX_REASON_CHARS - 1] + "…"
