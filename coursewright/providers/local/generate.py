"""The local provider's generator: outlines and unit content from an OpenAI-compatible chat endpoint.

Configured by COURSEWRIGHT_LLM_BASE_URL (the server's OpenAI-compatible root, e.g.
`http://127.0.0.1:11434/v1` for Ollama), COURSEWRIGHT_LLM_MODEL and, where the endpoint wants
one, COURSEWRIGHT_LLM_API_KEY. What it asks is in `prompts`; every answer passes `checks` before
it is used (an outline that fits, a page with text, a gradable problem). A failed check is fed
back to the model once; a second failure is reported, never stored. Error
texts say what failed in coursewright's own words: the model's answer is never quoted.

A chat call changes nothing on the endpoint, so it is retried like a read on connection errors
and 5xx/429 (each retry may cost a paid endpoint one more call; the retry policy bounds them).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import anyio
import httpx2
from pydantic import BaseModel, ValidationError

from coursewright.config import Settings
from coursewright.errors import GenerationUnavailable, InvalidInput, NotConfigured, NotFound, Unavailable
from coursewright.guardrails.brief_judge import JUDGE_SYSTEM, judge_request, parse_judgement
from coursewright.guardrails.brief_report import BriefReport
from coursewright.model import Brief, OutlineSection
from coursewright.providers.http import PlatformHttp, RetryPolicy, Timeouts
from coursewright.providers.local.checks import (
    Rejected,
    check_html,
    check_problem,
    parse_outline,
    strip_fences,
)
from coursewright.providers.local.prompts import (
    HTML_SYSTEM,
    OUTLINE_SYSTEM,
    PROBLEM_SYSTEM,
    ReferenceText,
    UnitKind,
    UnitPlace,
    outline_request,
    unit_request,
)
from coursewright.providers.local.store import OUTLINE_SHAPE

#: http_errors derives setting names from the platform name: this one reads as
#: COURSEWRIGHT_LLM_API_KEY / COURSEWRIGHT_LLM_BASE_URL in its error texts.
PLATFORM = "coursewright LLM"
#: Local models on a CPU can take minutes for one page; a paid endpoint answers in seconds.
TIMEOUTS = Timeouts(read=30.0, write=60.0, long=600.0, connect=10.0)
TEMPERATURE = 0.3
MAX_REASON_CHARS = 300
Checked = TypeVar("Checked")


class _Message(BaseModel):
    content: str | None = None


class _Choice(BaseModel):
    message: _Message
    finish_reason: str | None = None


class _Completion(BaseModel):
    choices: list[_Choice]


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
        try:
            return await self._ask(
                OUTLINE_SYSTEM,
                outline_request(brief, sections, references),
                lambda answer: parse_outline(answer, sections),
                json_mode=True,
                answer_is="only the JSON object",
            )
        except Rejected as rejected:
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
        system, check, answer_is = (
            (PROBLEM_SYSTEM, check_problem, "only the <problem> XML")
            if kind == "problem"
            else (HTML_SYSTEM, check_html, "only the HTML fragment")
        )
        try:
            return await self._ask(
                system,
                unit_request(brief, place, kind, references),
                check,
                json_mode=False,
                answer_is=answer_is,
            )
        except Rejected as rejected:
            raise GenerationUnavailable(
                f"The model {self.model} drafted unit '{place.unit}' twice and both drafts failed their check "
                f"({_bounded(rejected.reason)}); the unit was left as it was.",
                "Write this unit yourself with edit_xblock(action='update', block_id=<unit id>, content=...), "
                "or call draft_content for it again.",
            ) from None

    async def judge_brief(self, brief: Brief, report: BriefReport) -> dict[str, tuple[str, str]] | None:
        """The model's verdicts on the brief's met and vague fields (guardrails.brief_judge), or None
        when it answered twice with nothing usable (the rules' verdict then stands)."""

        def check(answer: str) -> dict[str, tuple[str, str]]:
            try:
                return parse_judgement(strip_fences(answer))
            except ValueError as error:
                raise Rejected(str(error), f"That answer could not be used: {error}.") from None

        try:
            return await self._ask(
                JUDGE_SYSTEM,
                judge_request(brief, report),
                check,
                json_mode=True,
                answer_is="only the JSON object",
            )
        except Rejected:
            return None

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
        except Rejected as rejected:
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
        raise Rejected(
            "the answer was cut off at the model's length limit",
            "The answer was cut off at your length limit: make it shorter.",
        )
    if not (choice.message.content or "").strip():
        raise Rejected("the model answered with nothing", "The answer was empty.")
    return choice.message.content or ""


def _bounded(text: str) -> str:
    return text if len(text) <= MAX_REASON_CHARS else text[: MAX_REASON_CHARS - 1] + "…"
