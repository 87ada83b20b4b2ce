"""An OpenAI-compatible chat endpoint for the local provider's generator: `/v1/chat/completions`, `/v1/models`.

Mounted at `/llm` by `build_sandbox_app`, so `COURSEWRIGHT_LLM_BASE_URL=<sandbox>/llm/v1`. It
reads which answer is wanted from the marker the generator puts at the top of its system prompt
(outline, html unit, problem unit, brief judge) and the request facts (JSON) in the first user message, and
answers with deterministic content from `content.py`: an outline with the asked number of
sections, a unit page, or a gradable capa problem (sent inside a markdown fence, as chat models
often do). Like Ollama it takes any bearer key or none. Only the models in `MODELS` exist.

Tests steer it through `app.state.emulator`: `script(...)` queues raw answers served before
anything generated, and `calls` records what was asked. Faults come from the spec's `llm:` (and
`*:`) clauses: transport faults through the usual `FaultMiddleware`, and
`defect-empty`, `defect-leak`, `defect-problem`, which spoil a unit's first draft only, so the
generator's retry repairs it.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from coursewright.guardrails.brief_judge import JUDGE_MARKER
from coursewright.providers.local.prompts import HTML_MARKER, OUTLINE_MARKER, PROBLEM_MARKER
from coursewright.sandbox.content import capa_problem, defects_for, outline_for, unit_html
from coursewright.sandbox.core import SandboxConfig

EMULATOR = "llm"
MODELS = ("sandbox-model",)
#: Realistic answer times before `time_scale`: an outline, then one unit.
OUTLINE_SECONDS = 4.0
UNIT_SECONDS = 2.0
SUBSECTIONS_PER_SECTION = 2
MAX_UNITS_PER_SUBSECTION = 4
KEPT_CALLS = 500
#: A fixed epoch for `created`, so answers are the same on every run.
CREATED = 1_700_000_000


@dataclass(frozen=True)
class ChatCall:
    """One chat request as the emulator understood it."""

    ask: str  # "outline", "html", "problem" or "other"
    model: str
    authorization: str | None
    messages: int
    json_mode: bool


@dataclass
class LlmState:
    scripted: deque[str] = field(default_factory=deque)
    calls: deque[ChatCall] = field(default_factory=lambda: deque(maxlen=KEPT_CALLS))
    answered: int = 0

    def script(self, *answers: str) -> None:
        """Serve these answers, in order, to the next chat requests whatever they ask."""
        self.scripted.extend(answers)


def _error(status: int, message: str, *, code: str | None = None, param: str | None = None) -> JSONResponse:
    """OpenAI's error shape."""
    kind = "invalid_request_error" if status < 500 else "server_error"
    return JSONResponse(
        {"error": {"message": message, "type": kind, "param": param, "code": code}}, status_code=status
    )


def _ask_of(messages: list[Any]) -> str:
    system = next((m.get("content") or "" for m in messages if m.get("role") == "system"), "")
    asks = (
        (OUTLINE_MARKER, "outline"),
        (HTML_MARKER, "html"),
        (PROBLEM_MARKER, "problem"),
        (JUDGE_MARKER, "brief"),
    )
    for marker, ask in asks:
        if isinstance(system, str) and marker in system:
            return ask
    return "other"


def _facts_of(messages: list[Any]) -> dict[str, Any]:
    """The JSON object in the first user message (the generator's request facts)."""
    text = next((m.get("content") or "" for m in messages if m.get("role") == "user"), "")
    start = text.find("{") if isinstance(text, str) else -1
    if start < 0:
        return {}
    try:
        facts, _ = json.JSONDecoder().raw_decode(text[start:])
    except ValueError:
        return {}
    return facts if isinstance(facts, dict) else {}


def _text(facts: dict[str, Any], name: str, default: str) -> str:
    value = facts.get(name)
    return value.strip() if isinstance(value, str) and value.strip() else default


def outline_shape(sections: int, about_units: object) -> tuple[int, int]:
    """(subsections per section, units per subsection) for about `about_units` units in all."""
    if not isinstance(about_units, int) or about_units <= 0:
        return SUBSECTIONS_PER_SECTION, 2
    per_section = about_units / sections
    subsections = SUBSECTIONS_PER_SECTION if per_section >= 4 else 1
    return subsections, max(1, min(MAX_UNITS_PER_SUBSECTION, round(per_section / subsections)))


def outline_answer(seed: int, facts: dict[str, Any]) -> str:
    sections = facts.get("sections") if isinstance(facts.get("sections"), int) else 4
    sections = max(1, min(sections, 12))
    subsections, units = outline_shape(sections, facts.get("about_units"))
    outline = outline_for(seed, _text(facts, "course", "the Subject"), sections, subsections, units)
    body = {
        "sections": [
            {
                "title": section.title,
                "subsections": [
                    {
                        "title": sub.title,
                        "units": [
                            {"title": unit, "kind": "problem" if i == len(sub.units) - 1 and i else "html"}
                            for i, unit in enumerate(sub.units)
                        ],
                    }
                    for sub in section.subsections
                ],
            }
            for section in outline.sections
        ]
    }
    return json.dumps(body, ensure_ascii=False)


def judge_answer(facts: dict[str, Any]) -> str:
    """The brief judge's answer: it agrees with every verdict it was shown."""
    fields = facts.get("fields") if isinstance(facts.get("fields"), list) else []
    verdicts = [
        {
            "field": f.get("field"),
            "status": f.get("status"),
            "reason": "The sandbox judge agrees with the rules.",
        }
        for f in fields
        if isinstance(f, dict)
    ]
    return json.dumps({"fields": verdicts})


class LlmEmulator:
    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.state = LlmState()

    def _unit_answer(self, ask: str, facts: dict[str, Any], first_attempt: bool) -> str:
        course = _text(facts, "course", "the Course")
        unit = _text(facts, "unit", "Overview")
        key = "\x1f".join((course, _text(facts, "section", ""), _text(facts, "subsection", ""), unit))
        defects = defects_for(self.config, EMULATOR, key) if first_attempt else frozenset()
        if ask == "problem":
            problem = capa_problem(self.config.seed, unit, malformed="defect-problem" in defects)
            return f"```xml\n{problem}\n```"
        return unit_html(
            self.config.seed,
            course,
            unit,
            empty="defect-empty" in defects,
            leak="defect-leak" in defects,
        )

    async def chat(self, request: Request) -> JSONResponse:
        try:
            body = await request.json()
        except ValueError:
            return _error(400, "We could not parse the JSON body of your request.")
        if not isinstance(body, dict):
            return _error(400, "The request body must be a JSON object.")
        model, messages = body.get("model"), body.get("messages")
        if not isinstance(model, str) or not model:
            return _error(400, "you must provide a model parameter", param="model")
        if model not in MODELS:
            return _error(404, f"The model `{model}` does not exist.", code="model_not_found", param="model")
        if not isinstance(messages, list) or not messages or not all(isinstance(m, dict) for m in messages):
            return _error(400, "'messages' must be a non-empty array of message objects.", param="messages")
        if body.get("stream"):
            return _error(400, "The sandbox does not stream; send stream=false.", param="stream")
        response_format = body.get("response_format") or {"type": "text"}
        if not isinstance(response_format, dict) or response_format.get("type") not in (
            "text",
            "json_object",
        ):
            return _error(
                400, "response_format.type must be 'text' or 'json_object'.", param="response_format"
            )

        ask = _ask_of(messages)
        facts = _facts_of(messages)
        first_attempt = not any(m.get("role") == "assistant" for m in messages)
        self.state.calls.append(
            ChatCall(
                ask=ask,
                model=model,
                authorization=request.headers.get("authorization"),
                messages=len(messages),
                json_mode=response_format.get("type") == "json_object",
            )
        )
        if self.state.scripted:
            content = self.state.scripted.popleft()
        elif ask == "outline":
            content = outline_answer(self.config.seed, facts)
        elif ask in ("html", "problem"):
            content = self._unit_answer(ask, facts, first_attempt)
        elif ask == "brief":
            content = judge_answer(facts)
        else:
            content = "The coursewright sandbox only answers coursewright's own outline and unit requests."
        seconds = OUTLINE_SECONDS if ask == "outline" else UNIT_SECONDS
        if self.config.scaled(seconds) > 0:
            await self.config.sleep(self.config.scaled(seconds))
        self.state.answered += 1
        prompt_tokens = sum(len(str(m.get("content") or "")) for m in messages) // 4
        completion_tokens = len(content) // 4
        return JSONResponse(
            {
                "id": f"chatcmpl-sandbox-{self.state.answered}",
                "object": "chat.completion",
                "created": CREATED + self.state.answered,
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": prompt_tokens + completion_tokens,
                },
            }
        )

    async def models(self, request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "object": "list",
                "data": [
                    {"id": name, "object": "model", "created": 0, "owned_by": "coursewright-sandbox"}
                    for name in MODELS
                ],
            }
        )

    async def model(self, request: Request) -> JSONResponse:
        name = request.path_params["name"]
        if name not in MODELS:
            return _error(404, f"The model `{name}` does not exist.", code="model_not_found", param="model")
        return JSONResponse({"id": name, "object": "model", "created": 0, "owned_by": "coursewright-sandbox"})


def create_app(config: SandboxConfig) -> Starlette:
    emulator = LlmEmulator(config)
    app = Starlette(
        routes=[
            Route("/v1/chat/completions", emulator.chat, methods=["POST"]),
            Route("/v1/models", emulator.models, methods=["GET"]),
            Route("/v1/models/{name:path}", emulator.model, methods=["GET"]),
        ]
    )
    app.state.emulator = emulator.state
    return app
