"""One mapping from a platform's failed HTTP answer to the error tree.

The three remote platforms speak three error dialects: ibl.ai is Django REST
framework (`{"detail": ...}` or a field map), TutorFlow wraps everything in
`{"error": {"code", "message", "status"}}`, LearningStudio answers
`{"message", "code"}`. This module reads all three and turns status + code into
one `CoursewrightError` whose text says what happened and what to do next. It
never quotes a body: only a parsed human message or field names, flattened,
bounded and redacted, reach the text.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

import httpx2

from coursewright.errors import (
    AuthFailed,
    Conflict,
    CoursewrightError,
    Forbidden,
    InvalidInput,
    NotFound,
    RateLimited,
    Unavailable,
)
from coursewright.guardrails.secrets import Redactor

#: A platform message longer than this is cut: it is a hint, not a document.
MAX_MESSAGE_CHARS = 200
MAX_FIELDS_NAMED = 6
_CONTROL_OR_SPACE = re.compile(r"[\s\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class PlatformInfo:
    """How to talk to a human about one platform: its name and the settings that configure it."""

    display: str
    key_variable: str
    base_url_variable: str
    forbidden_hint: str


def platform_info(platform: str) -> PlatformInfo:
    match platform:
        case "iblai":
            return PlatformInfo(
                "ibl.ai",
                "IBLAI_API_KEY",
                "IBLAI_BASE_URL",
                "Check that IBLAI_ORG and IBLAI_USER_ID are the tenant and username the key belongs to, "
                "and that this user is a platform administrator.",
            )
        case "tutorflow":
            return PlatformInfo(
                "TutorFlow",
                "TUTORFLOW_API_KEY",
                "TUTORFLOW_BASE_URL",
                "Check the TutorFlow workspace and plan for this key.",
            )
        case "learningstudio":
            return PlatformInfo(
                "LearningStudio",
                "LEARNINGSTUDIO_API_KEY",
                "LEARNINGSTUDIO_BASE_URL",
                "Check the LearningStudio plan for this key.",
            )
        case _:
            upper = re.sub(r"\W", "_", platform).upper()
            return PlatformInfo(
                platform,
                f"{upper}_API_KEY",
                f"{upper}_BASE_URL",
                f"Check the {platform} account's permissions for this key.",
            )


@dataclass(frozen=True)
class ErrorBody:
    """What a failed answer says, whichever dialect it came in."""

    code: str | None = None
    message: str | None = None
    fields: dict[str, str] = field(default_factory=dict)


def _text_of(value: Any) -> str | None:
    """The first human-readable string in a DRF-style value (a string, a list of them, or nested)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        for item in value:
            text = _text_of(item)
            if text:
                return text
    if isinstance(value, dict):
        for key in ("message", "detail", "msg"):
            text = _text_of(value.get(key))
            if text:
                return text
        for item in value.values():
            text = _text_of(item)
            if text:
                return text
    return None


def parse_error_body(response: httpx2.Response) -> ErrorBody:
    """Read the three dialects; anything else (HTML error pages, garbage) reads as empty."""
    try:
        body = response.json()
    except ValueError:
        return ErrorBody()
    if isinstance(body, list):
        return ErrorBody(message=_text_of(body))
    if not isinstance(body, dict):
        return ErrorBody()
    envelope = body.get("error")
    if isinstance(envelope, dict):
        return ErrorBody(code=_str_or_none(envelope.get("code")), message=_text_of(envelope.get("message")))
    if "detail" in body:
        return ErrorBody(code=_str_or_none(body.get("code")), message=_text_of(body["detail"]))
    if "message" in body and not isinstance(body["message"], (list, dict)):
        code = body.get("code") or body.get("error_code")
        return ErrorBody(code=_str_or_none(code), message=_text_of(body["message"]))
    # A DRF serializer's field map: {"name": ["This field is required."], "non_field_errors": [...]}.
    general = _text_of(body.get("non_field_errors"))
    fields = {
        str(name): _text_of(value) or "invalid"
        for name, value in body.items()
        if name != "non_field_errors" and isinstance(value, (list, dict, str))
    }
    return ErrorBody(message=general, fields=fields)


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def tidy(text: str | None, redactor: Redactor | None, limit: int = MAX_MESSAGE_CHARS) -> str:
    """One line, bounded, with every known secret removed."""
    if not text:
        return ""
    line = _CONTROL_OR_SPACE.sub(" ", text).strip()
    if redactor is not None:
        line = redactor.redact(line)
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - now)


def _said(body: ErrorBody, redactor: Redactor | None) -> str:
    message = tidy(body.message, redactor)
    return f' It said: "{message}".' if message else ""


def _invalid_input(
    info: PlatformInfo, body: ErrorBody, status: int, redactor: Redactor | None
) -> InvalidInput:
    if body.fields:
        names = list(body.fields)[:MAX_FIELDS_NAMED]
        parts = [f"{tidy(name, redactor, 60)} ({tidy(body.fields[name], redactor, 100)})" for name in names]
        more = len(body.fields) - len(names)
        listed = "; ".join(parts) + (f"; and {more} more" if more > 0 else "")
        return InvalidInput(
            f"{info.display} refused the request as invalid (HTTP {status}): {listed}.",
            "Correct those fields and try again.",
        )
    return InvalidInput(
        f"{info.display} refused the request as invalid (HTTP {status}).{_said(body, redactor)}",
        "Correct the arguments and try again.",
    )


def _auth_failed(info: PlatformInfo, body: ErrorBody, redactor: Redactor | None) -> AuthFailed:
    code = (body.code or "").lower()
    if code.endswith("revoked") or code.endswith("expired"):
        state = "revoked" if code.endswith("revoked") else "expired"
        what = f"{info.display} says the configured API key has been {state} (HTTP 401)."
    else:
        what = f"{info.display} rejected the configured API key (HTTP 401).{_said(body, redactor)}"
    next_step = (
        f"Check {info.key_variable}: set it to a current key for this account, then restart the server."
    )
    if info.key_variable == "IBLAI_API_KEY":
        next_step += (
            " coursewright tries both the Token and the Api-Token keyword, so the key itself is wrong."
        )
    return AuthFailed(what, next_step)


def _forbidden(info: PlatformInfo, body: ErrorBody, status: int, redactor: Redactor | None) -> Forbidden:
    code = (body.code or "").upper()
    what = f"{info.display} refused this operation for the configured account (HTTP {status})."
    if code == "PAID_PLAN_REQUIRED":
        return Forbidden(
            f"{info.display} only serves its API to paid plans, and this account is not on one.",
            "Upgrade the account's plan, or use another provider.",
        )
    if code == "USAGE_LIMIT_EXCEEDED_PLAN":
        return Forbidden(
            f"{info.display} says this month's course credits are used up; nothing was created.",
            "Wait for the plan to renew or upgrade it, or use another provider.",
        )
    if status == 402 or "CREDITS" in code or "PAYMENT" in code or code == "SPEND_CAP_EXCEEDED":
        return Forbidden(
            f"{info.display} refused for lack of credit or budget on this account (HTTP {status}).",
            "Add credit or raise the spending limit on the platform, or use another provider.",
        )
    if code == "EMAIL_VERIFICATION_REQUIRED":
        return Forbidden(
            f"{info.display} requires the account's e-mail address to be verified first.",
            "Verify the e-mail address on the platform, then try again.",
        )
    return Forbidden(f"{what}{_said(body, redactor)}", info.forbidden_hint)


TUTORFLOW_CREDIT_CODES = frozenset(
    {
        "platform_insufficient_credits",
        "platform_credits_exhausted",
        "free_credits_exhausted",
        "payment_required",
    }
)


def _tutorflow_refusal(status: int, code: str) -> CoursewrightError | None:
    """TutorFlow's account-state codes, each with its own way out; None leaves the generic mapping."""
    if code in TUTORFLOW_CREDIT_CODES:
        return Forbidden(
            f"TutorFlow says the workspace's credits have run out (HTTP {status}); the request was not carried out.",
            "Top up credits in TutorFlow billing (an agent can get a checkout link for a person to pay from "
            "POST /v1/platform/agent/billing/session), then try again; or use another provider.",
        )
    if code == "platform_workspace_suspended":
        return Forbidden(
            f"TutorFlow says the workspace this API key belongs to is suspended (HTTP {status}); "
            "it refuses every request.",
            "Ask TutorFlow support or the workspace owner to reactivate it, or use another provider.",
        )
    if status == 401 and code == "platform_api_key_expired":
        return AuthFailed(
            "TutorFlow says the configured API key has expired (HTTP 401).",
            "Replace TUTORFLOW_API_KEY with a current key from the TutorFlow workspace, then restart the server.",
        )
    return None


def error_from_response(
    platform: str, response: httpx2.Response, *, redactor: Redactor | None = None, now: float | None = None
) -> CoursewrightError:
    """The error for a failed answer: status and body code decide the class, the text says what next.

    `now` (wall-clock seconds) only matters for a Retry-After given as a date.
    """
    info = platform_info(platform)
    status = response.status_code
    body = parse_error_body(response)
    code = (body.code or "").lower()

    if platform == "tutorflow":
        refusal = _tutorflow_refusal(status, code)
        if refusal is not None:
            return refusal
    if code == "spend_cap_exceeded" or status == 402:
        return _forbidden(info, body, status, redactor)
    if status in (400, 422):
        return _invalid_input(info, body, status, redactor)
    if status == 401:
        return _auth_failed(info, body, redactor)
    if status == 403:
        return _forbidden(info, body, status, redactor)
    if status == 404:
        return NotFound(
            f"{info.display} has no such item, or it belongs to another account (HTTP 404).{_said(body, redactor)}",
            "Check the id (list the tasks or courses to find it) and try again.",
        )
    if status == 409:
        return Conflict(
            f"{info.display} refused because the item's current state conflicts with the request (HTTP 409)."
            f"{_said(body, redactor)}",
            "Fetch the item's current state, then retry with a change that fits it.",
        )
    if status == 429:
        clock_now = time.time() if now is None else now
        retry_after = parse_retry_after(response.headers.get("Retry-After"), clock_now)
        wait = f" It asked to wait {retry_after:.0f} s." if retry_after is not None else ""
        return RateLimited(
            f"{info.display} is rate-limiting this account (HTTP 429).{wait}",
            "Wait a little, then retry the same call.",
            retry_after=retry_after,
        )
    if status == 408 or status >= 500:
        return Unavailable(
            f"{info.display} failed to handle the request (HTTP {status}).",
            "This is usually temporary: wait a minute and retry; if it persists, check the platform's status.",
        )
    return InvalidInput(
        f"{info.display} refused the request (HTTP {status}).{_said(body, redactor)}",
        "This looks like a mismatch between coursewright and the platform's API; "
        "check the base URL setting and report it if it persists.",
    )
