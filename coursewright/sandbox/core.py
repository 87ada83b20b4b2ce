"""What every emulator shares: its configuration, fault injection, seeded randomness and lazy time.

Fault spec syntax (the `--faults` option), one clause per emulator separated by `;`:

    iblai:5xx=0.2,429=0.1@3;tutorflow:drop=0.1,slow=0.05@40;*:malformed=0.01

Each entry is `kind=probability[@parameter]`; `*` names every emulator (a named clause overrides
`*` for the same kind). The optional parameter means, per kind:

- `5xx`: the status code (500-599, default 503); the JSON body has the emulated platform's error
  shape (ibl.ai `{"detail"}`, TutorFlow `{"error": {"code", "message", "status"}}`, LearningStudio
  `{"message", "code"}`), as does the 429 body.
- `429`: the `Retry-After` seconds (default 2).
- `slow`: the delay in seconds before the handler runs (default 45, past common client timeouts;
  never multiplied by `time_scale`, because its whole point is to outlast the client's timeout).
- `drop`: the connection is dropped before the handler runs (no state change).
- `malformed`: a 200 whose body is not JSON; the handler does not run (no state change).
- `lost`: the handler runs (the write is applied), then the connection is dropped.
- `defect-empty`, `defect-leak`, `defect-problem`: not transport faults; the probability that a
  generated unit carries that defect (see `content.py`). Emulators read them with
  `SandboxConfig.defect_probability`.

One uniform draw per request picks at most one transport fault, so their probabilities for one
emulator must add up to at most 1. Draws come from a generator seeded by (seed, emulator), so the
same requests in the same order meet the same faults.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx2

from coursewright.errors import InvalidInput

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Sleep = Callable[[float], Awaitable[None]]

EMULATOR_NAMES = ("iblai", "tutorflow", "learningstudio")
#: Stand-ins that are not course platforms but take faults the same way (the local generator's endpoint).
SUPPORT_EMULATOR_NAMES = ("llm",)
FAULTABLE_NAMES = (*EMULATOR_NAMES, *SUPPORT_EMULATOR_NAMES)
ANY_EMULATOR = "*"
TRANSPORT_FAULTS = ("5xx", "429", "slow", "drop", "malformed", "lost")
DEFECT_FAULTS = ("defect-empty", "defect-leak", "defect-problem")
FAULT_KINDS = TRANSPORT_FAULTS + DEFECT_FAULTS

DEFAULT_5XX_STATUS = 503
DEFAULT_RETRY_AFTER_SECONDS = 2.0
DEFAULT_SLOW_SECONDS = 45.0

_log = logging.getLogger(__name__)

_SPEC_EXAMPLE = "iblai:5xx=0.2,429=0.1@3;tutorflow:drop=0.1"
# Written into the scope by the outermost FaultMiddleware so a second one (an emulator that
# installs its own inside the mount that build_sandbox_app also wraps) does not draw again.
_APPLIED_SCOPE_KEY = "coursewright.sandbox.faults_applied"


class SandboxConnectionDropped(httpx2.RemoteProtocolError):
    """The sandbox dropped the connection on purpose (fault `drop` or `lost`).

    A transport error like the one a real dropped socket gives, so in-process clients over
    `httpx2.ASGITransport` meet the same exception class as clients over a real socket.
    """

    def __init__(self, emulator: str, kind: str) -> None:
        self.emulator = emulator
        self.kind = kind
        super().__init__(f"The {emulator} sandbox dropped the connection (injected fault '{kind}').")


@dataclass(frozen=True)
class FaultRule:
    emulator: str
    kind: str
    probability: float
    parameter: float | None = None

    def text(self) -> str:
        suffix = "" if self.parameter is None else f"@{self.parameter:g}"
        return f"{self.kind}={self.probability:g}{suffix}"


def _invalid_spec(text: str, why: str) -> InvalidInput:
    return InvalidInput(
        f"The fault spec {text!r} is not valid: {why}.",
        f"Write it as 'emulator:kind=probability[@parameter],...;...', for example '{_SPEC_EXAMPLE}'.",
    )


def _parse_number(text: str, whole: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise _invalid_spec(whole, f"{what} {text!r} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise _invalid_spec(whole, f"{what} {text!r} is not a finite number")
    return value


def _check_parameter(rule: FaultRule, whole: str) -> None:
    if rule.parameter is None:
        return
    if rule.kind == "5xx" and not (500 <= rule.parameter <= 599 and rule.parameter.is_integer()):
        raise _invalid_spec(
            whole, f"the 5xx status must be a whole number from 500 to 599, not {rule.parameter:g}"
        )
    if rule.kind in ("429", "slow") and rule.parameter < 0:
        raise _invalid_spec(whole, f"the {rule.kind} seconds must not be negative")
    if rule.kind not in ("5xx", "429", "slow"):
        raise _invalid_spec(whole, f"the kind {rule.kind!r} takes no '@' parameter")


@dataclass(frozen=True)
class FaultSpec:
    """Parsed fault spec; empty means no faults. Build it with `FaultSpec.parse`."""

    rules: tuple[FaultRule, ...] = ()

    @classmethod
    def parse(cls, text: str) -> FaultSpec:
        rules: dict[tuple[str, str], FaultRule] = {}
        for clause in (part.strip() for part in text.split(";")):
            if not clause:
                continue
            emulator, colon, entries = clause.partition(":")
            emulator = emulator.strip().lower()
            if not colon:
                raise _invalid_spec(text, f"the clause {clause!r} names no emulator before ':'")
            if emulator not in (*FAULTABLE_NAMES, ANY_EMULATOR):
                known = ", ".join((*FAULTABLE_NAMES, ANY_EMULATOR))
                raise _invalid_spec(text, f"the emulator {emulator!r} is not one of {known}")
            for entry in (part.strip() for part in entries.split(",")):
                if not entry:
                    continue
                kind, equals, value = entry.partition("=")
                kind = kind.strip().lower()
                if not equals:
                    raise _invalid_spec(text, f"the entry {entry!r} has no '=probability'")
                if kind not in FAULT_KINDS:
                    raise _invalid_spec(text, f"the kind {kind!r} is not one of {', '.join(FAULT_KINDS)}")
                probability_text, at, parameter_text = value.partition("@")
                probability = _parse_number(probability_text.strip(), text, "the probability")
                if not 0.0 <= probability <= 1.0:
                    raise _invalid_spec(text, f"the probability {probability:g} is not between 0 and 1")
                parameter = _parse_number(parameter_text.strip(), text, "the parameter") if at else None
                rule = FaultRule(emulator, kind, probability, parameter)
                _check_parameter(rule, text)
                rules[(emulator, kind)] = rule
        spec = cls(tuple(rules.values()))
        for name in FAULTABLE_NAMES:
            total = sum(rule.probability for rule in spec.transport_rules(name))
            if total > 1.0 + 1e-9:
                raise _invalid_spec(
                    text, f"the transport fault probabilities for {name} add up to {total:g}, more than 1"
                )
        return spec

    def __bool__(self) -> bool:
        return any(rule.probability > 0 for rule in self.rules)

    def text(self) -> str:
        """The spec written back in the parse syntax (round-trips through `parse`)."""
        clauses: dict[str, list[str]] = {}
        for rule in self.rules:
            clauses.setdefault(rule.emulator, []).append(rule.text())
        return ";".join(f"{emulator}:{','.join(entries)}" for emulator, entries in clauses.items())

    def rules_for(self, emulator: str) -> tuple[FaultRule, ...]:
        """The rules that apply to one emulator, a named rule overriding `*` for the same kind."""
        chosen: dict[str, FaultRule] = {}
        for rule in self.rules:
            if rule.emulator == ANY_EMULATOR:
                chosen.setdefault(rule.kind, rule)
        for rule in self.rules:
            if rule.emulator == emulator:
                chosen[rule.kind] = rule
        return tuple(chosen[kind] for kind in FAULT_KINDS if kind in chosen)

    def transport_rules(self, emulator: str) -> tuple[FaultRule, ...]:
        return tuple(rule for rule in self.rules_for(emulator) if rule.kind in TRANSPORT_FAULTS)

    def probability(self, emulator: str, kind: str) -> float:
        for rule in self.rules_for(emulator):
            if rule.kind == kind:
                return rule.probability
        return 0.0


@dataclass(frozen=True)
class SandboxConfig:
    """How the emulators behave: pace, seed, faults, and the clock and sleep they use.

    `clock` is read for every lazily evaluated piece of background work; tests pass a fake clock
    they advance by hand. `sleep` is awaited for the `slow` fault; tests pass one that records the
    delay (or raises a timeout) instead of waiting.

    `strict`: each emulator implements only what its platform's seed document states and, where
    the document is silent, the other plausible reading than the default emulator's (see each
    emulator's module text), so the adapters are proven against more than one reading.
    """

    time_scale: float = 1.0
    seed: int = 0
    faults: FaultSpec = field(default_factory=FaultSpec)
    clock: Callable[[], float] = time.monotonic
    sleep: Sleep = anyio.sleep
    strict: bool = False

    def __post_init__(self) -> None:
        if not self.time_scale >= 0 or self.time_scale == float("inf"):
            raise InvalidInput(
                f"The sandbox time scale {self.time_scale!r} is not a finite number of at least 0.",
                "Use 1 for realistic pacing, a small fraction such as 0.01 for quick runs, or 0 for instant.",
            )

    def random_for(self, emulator: str, purpose: str = "faults") -> random.Random:
        """A new generator seeded by (seed, emulator, purpose); the caller keeps it for the run.

        Separate purposes keep streams independent: drawing faults never shifts generated content.
        """
        return random.Random(f"{self.seed}:{emulator}:{purpose}")

    def defect_probability(self, emulator: str, kind: str) -> float:
        if kind not in DEFECT_FAULTS:
            raise InvalidInput(
                f"{kind!r} is not a content defect kind.", f"Use one of {', '.join(DEFECT_FAULTS)}."
            )
        return self.faults.probability(emulator, kind)

    # Lazy time: background work records when it started; reads compare the clock with its due time.

    def scaled(self, seconds: float) -> float:
        """A realistic duration as this sandbox runs it (multiplied by `time_scale`)."""
        return seconds * self.time_scale

    def due_at(self, start: float, seconds: float) -> float:
        return start + self.scaled(seconds)

    def is_due(self, start: float, seconds: float) -> bool:
        return self.clock() >= self.due_at(start, seconds)

    def remaining(self, start: float, seconds: float) -> float:
        """Seconds of clock time until the work is due (0 once it is)."""
        return max(0.0, self.due_at(start, seconds) - self.clock())

    def progress(self, start: float, seconds: float) -> float:
        """The fraction of the work done, from 0 to 1."""
        total = self.scaled(seconds)
        if total <= 0:
            return 1.0
        return min(1.0, max(0.0, (self.clock() - start) / total))

    def items_done(self, start: float, count: int, seconds_total: float) -> int:
        """How many of `count` equal, sequential items finished (e.g. units of a draft-all)."""
        if count <= 0:
            return 0
        if self.scaled(seconds_total) <= 0:
            return count
        elapsed = self.clock() - start
        per_item = self.scaled(seconds_total) / count
        # The small tolerance keeps an item whose due time equals the clock counted as done.
        return min(count, max(0, int((elapsed + 1e-9) // per_item)))


def due(start: float, seconds: float, config: SandboxConfig) -> bool:
    """Whether work started at `start` lasting realistic `seconds` is done by `config.clock()`."""
    return config.is_due(start, seconds)


def _fault_body(emulator: str, status: int, message: str) -> bytes:
    """An injected error in the body shape the emulated platform uses, so clients parse it as usual."""
    throttled = status == 429
    payload: object
    if emulator == "tutorflow":
        code = "platform_rate_limit_exceeded" if throttled else "platform_internal_error"
        payload = {"error": {"code": code, "message": message, "status": status}}
    elif emulator == "learningstudio":
        payload = {"message": message, "code": "RATE_LIMIT_EXCEEDED" if throttled else "INTERNAL_ERROR"}
    else:  # ibl.ai is Django REST framework: {"detail": ...}
        payload = {"detail": message}
    return json.dumps(payload).encode()


async def _send_body(send: Send, status: int, body: bytes, extra_headers: list[tuple[bytes, bytes]]) -> None:
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *extra_headers,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _drop_connection(send: Send, emulator: str, kind: str) -> None:
    # Servers close a connection only once a response has started (otherwise uvicorn answers 500
    # for a failing app), so announce a body that never comes, then fail: uvicorn closes the
    # socket, and httpx2's ASGITransport re-raises the exception to the client.
    headers = [(b"content-type", b"application/json"), (b"content-length", b"64")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    raise SandboxConnectionDropped(emulator, kind)


class FaultMiddleware:
    """ASGI middleware injecting one emulator's faults into its HTTP requests.

    Wrap an emulator app directly (`FaultMiddleware(app, "iblai", config)`) or install it in a
    Starlette app (`Middleware(FaultMiddleware, emulator_name="iblai", config=config)`). Nested
    instances apply faults once: the outermost one draws, inner ones pass the request through.
    """

    def __init__(
        self, app: ASGIApp, emulator_name: str, config: SandboxConfig, sleep: Sleep | None = None
    ) -> None:
        self.app = app
        self.emulator_name = emulator_name
        self.config = config
        self.sleep = sleep or config.sleep
        self.rules = config.faults.transport_rules(emulator_name)
        self.random = config.random_for(emulator_name, "faults")

    def draw(self) -> FaultRule | None:
        """The fault for the next request, if any (one uniform draw per request)."""
        point = self.random.random()
        ceiling = 0.0
        for rule in self.rules:
            ceiling += rule.probability
            if point < ceiling:
                return rule
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.rules or scope.get(_APPLIED_SCOPE_KEY):
            await self.app(scope, receive, send)
            return
        scope[_APPLIED_SCOPE_KEY] = True
        rule = self.draw()
        if rule is None:
            await self.app(scope, receive, send)
            return
        _log.info(
            "%s sandbox: injected fault %s on %s %s",
            self.emulator_name,
            rule.kind,
            scope["method"],
            scope["path"],
        )
        if rule.kind == "5xx":
            status = int(rule.parameter or DEFAULT_5XX_STATUS)
            message = f"The {self.emulator_name} sandbox failed on purpose (injected {status}). Retry later."
            await _send_body(send, status, _fault_body(self.emulator_name, status, message), [])
        elif rule.kind == "429":
            seconds = DEFAULT_RETRY_AFTER_SECONDS if rule.parameter is None else rule.parameter
            message = f"Rate limit exceeded. Expected available in {seconds:g} seconds."
            retry_after = str(max(0, round(seconds))).encode()
            body = _fault_body(self.emulator_name, 429, message)
            await _send_body(send, 429, body, [(b"retry-after", retry_after)])
        elif rule.kind == "slow":
            await self.sleep(DEFAULT_SLOW_SECONDS if rule.parameter is None else rule.parameter)
            await self.app(scope, receive, send)
        elif rule.kind == "drop":
            await _drop_connection(send, self.emulator_name, "drop")
        elif rule.kind == "malformed":
            await _send_body(send, 200, b'{"detail": "truncated respo', [])
        elif rule.kind == "lost":
            await self.app(scope, receive, _discard)
            await _drop_connection(send, self.emulator_name, "lost")


async def _discard(message: Message) -> None:
    """A `send` that throws the handler's response away (the `lost` fault)."""
