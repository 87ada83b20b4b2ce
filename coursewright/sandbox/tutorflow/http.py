"""How the emulated TutorFlow Platform API speaks HTTP: its error envelope, key auth, bodies.

Every refusal is `{"error": {"code", "message", "status"}}` with the documented codes
(`platform_invalid_request` 400, `platform_invalid_api_key` 401, `platform_api_key_revoked` 401,
`platform_api_key_expired` 401, `platform_insufficient_credits` 402, `platform_workspace_suspended`
403, `email_verification_required` 403, `platform_not_found` 404, `platform_conflict` 409,
`platform_rate_limit_exceeded` 429, ...).
Validation messages read like the platform's ("Validation failed: ...", class-validator wording).
"""

from __future__ import annotations

import json
import math
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from coursewright.sandbox import keys

INVALID_REQUEST = "platform_invalid_request"
INVALID_API_KEY = "platform_invalid_api_key"
API_KEY_REVOKED = "platform_api_key_revoked"
API_KEY_EXPIRED = "platform_api_key_expired"
INSUFFICIENT_CREDITS = "platform_insufficient_credits"
FORBIDDEN = "platform_forbidden"
WORKSPACE_SUSPENDED = "platform_workspace_suspended"
EMAIL_VERIFICATION_REQUIRED = "email_verification_required"
NOT_FOUND = "platform_not_found"
CONFLICT = "platform_conflict"
RATE_LIMITED = "platform_rate_limit_exceeded"
INTERNAL_ERROR = "platform_internal_error"

RATE_WINDOW_SECONDS = 60.0


class PlatformError(Exception):
    """A refusal in the platform's envelope; handlers raise it, the app answers with `response()`."""

    def __init__(
        self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})
        super().__init__(f"{status} {code}: {message}")

    def response(self) -> JSONResponse:
        body = {"error": {"code": self.code, "message": self.message, "status": self.status}}
        return JSONResponse(body, status_code=self.status, headers=self.headers)


def invalid(*problems: str) -> PlatformError:
    return PlatformError(400, INVALID_REQUEST, "Validation failed: " + "; ".join(problems))


def not_found(message: str) -> PlatformError:
    return PlatformError(404, NOT_FOUND, message)


def conflict(message: str) -> PlatformError:
    return PlatformError(409, CONFLICT, message)


@dataclass(frozen=True)
class ApiKey:
    """A platform key as the emulator knows it: its owner (the workspace), revoked or expired."""

    value: str
    workspace: str
    revoked: bool = False
    expired: bool = False


SANDBOX_WORKSPACE = "org_sandbox"
NO_CREDIT_WORKSPACE = "org_sandbox_nocredit"
SUSPENDED_WORKSPACE = "org_sandbox_suspended"


def known_keys() -> dict[str, ApiKey]:
    """The fake keys of `keys.py` and the workspaces they belong to."""
    found = [
        ApiKey(keys.TUTORFLOW_API_KEY, SANDBOX_WORKSPACE),
        ApiKey(keys.TUTORFLOW_REVOKED_API_KEY, SANDBOX_WORKSPACE, revoked=True),
        ApiKey(keys.TUTORFLOW_EXPIRED_API_KEY, SANDBOX_WORKSPACE, expired=True),
        ApiKey(keys.TUTORFLOW_NO_CREDIT_API_KEY, NO_CREDIT_WORKSPACE),
        ApiKey(keys.TUTORFLOW_SUSPENDED_API_KEY, SUSPENDED_WORKSPACE),
    ]
    return {key.value: key for key in found}


def authenticate(request: Request, api_keys: Mapping[str, ApiKey]) -> ApiKey:
    """`Authorization: Bearer tf_platform_...`; anything else, or a revoked or expired key, is 401."""
    scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
    key = api_keys.get(token.strip()) if scheme.lower() == "bearer" else None
    if key is None:
        raise PlatformError(401, INVALID_API_KEY, "Invalid or missing Platform API key")
    if key.revoked:
        raise PlatformError(401, API_KEY_REVOKED, "Platform API key has been revoked")
    if key.expired:
        raise PlatformError(401, API_KEY_EXPIRED, "Platform API key has expired")
    return key


class RateLimiter:
    """A sliding window per caller (a key, or an address), on the sandbox clock.

    The window is a platform policy, so it is never scaled: one minute for keys by default.
    """

    def __init__(
        self, clock: Callable[[], float], limit: int, window_seconds: float = RATE_WINDOW_SECONDS
    ) -> None:
        self.clock = clock
        self.limit = limit
        self.window_seconds = window_seconds
        self._seen: dict[str, deque[float]] = {}

    def admit(self, key: str) -> None:
        """Count one request, or refuse it with 429 and the seconds until a slot frees up."""
        if self.limit <= 0:
            return
        now = self.clock()
        window = self._seen.setdefault(key, deque())
        while window and window[0] <= now - self.window_seconds:
            window.popleft()
        if len(window) >= self.limit:
            wait = max(1, math.ceil(window[0] + self.window_seconds - now))
            raise PlatformError(
                429,
                RATE_LIMITED,
                "Rate limit exceeded",
                {"Retry-After": str(wait)},
            )
        window.append(now)


async def read_object(request: Request) -> dict[str, Any]:
    """The JSON object body; an empty body reads as `{}`."""
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise invalid("the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise invalid("the request body must be a JSON object")
    return body


@dataclass(frozen=True)
class FieldRule:
    """One body field: its kind (`str`, `int`, `number`, `bool`, `object`, `list`), bounds and choices."""

    name: str
    kind: str = "str"
    required: bool = False
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    nullable: bool = False


def _kind_problem(rule: FieldRule, value: object) -> str | None:
    name = rule.name
    match rule.kind:
        case "str":
            if not isinstance(value, str):
                return f"{name} must be a string"
        case "int":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return f"{name} must be a number conforming to the specified constraints"
            if isinstance(value, float) and not value.is_integer():
                return f"{name} must be an integer number"
        case "number":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return f"{name} must be a number conforming to the specified constraints"
        case "bool":
            if not isinstance(value, bool):
                return f"{name} must be a boolean value"
        case "object":
            if not isinstance(value, dict):
                return f"{name} must be an object"
        case "list":
            if not isinstance(value, list):
                return f"{name} must be an array"
    return None


def _rule_problems(rule: FieldRule, value: object) -> list[str]:
    if value is None:
        return [] if rule.nullable else [f"{rule.name} must not be null"]
    kind_problem = _kind_problem(rule, value)
    if kind_problem:
        return [kind_problem]
    problems: list[str] = []
    name = rule.name
    if isinstance(value, str):
        if rule.required and not value.strip():
            problems.append(f"{name} should not be empty")
        if rule.max_length is not None and len(value) > rule.max_length:
            problems.append(f"{name} must be shorter than or equal to {rule.max_length} characters")
        if rule.choices and value not in rule.choices:
            problems.append(f"{name} must be one of the following values: {', '.join(rule.choices)}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if rule.minimum is not None and value < rule.minimum:
            problems.append(f"{name} must not be less than {rule.minimum:g}")
        if rule.maximum is not None and value > rule.maximum:
            problems.append(f"{name} must not be greater than {rule.maximum:g}")
    return problems


def validate(body: Mapping[str, Any], rules: Sequence[FieldRule]) -> dict[str, Any]:
    """The known fields that are present, checked; unknown fields are refused (whitelisting)."""
    known = {rule.name for rule in rules}
    problems = [f"property {name} should not exist" for name in body if name not in known]
    values: dict[str, Any] = {}
    for rule in rules:
        if rule.name not in body:
            if rule.required:
                problems.append(f"{rule.name} should not be empty")
            continue
        value = body[rule.name]
        found = _rule_problems(rule, value)
        problems += found
        if not found:
            values[rule.name] = int(value) if rule.kind == "int" and value is not None else value
    if problems:
        raise invalid(*problems)
    return values
