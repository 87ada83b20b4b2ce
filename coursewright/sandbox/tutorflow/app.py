"""Emulator of the TutorFlow Agent Platform API (`/v1/platform/...` under the host root).

Contract: shared/reference/openedx-olx-learningstudio-tutorflow.md (B2) and seed 002. Course
requests are created in `sync` mode (the call returns the terminal CourseResDto after the
generation time) or `async` mode (PENDING at once; GET completes it lazily against the clock).
`idempotencyKey` (body) or `Idempotency-Key` (header) dedupes a create per workspace: a repeat
returns the same request with `idempotentReplay: true`, the same key with another body is 409
`platform_conflict`. Keys are `Authorization: Bearer tf_platform_...`, 60 requests a minute each
(429 `platform_rate_limit_exceeded` with `Retry-After`); a revoked or expired key is 401, a suspended
workspace 403 `platform_workspace_suspended` on every keyed route. A create the workspace's credits
cannot cover is 402 `platform_insufficient_credits` before anything is stored; a completed request
is charged its `priceSnapshot` (see `accounts`). The editor family under
`/courses/edit/:editToken` needs no key; its token lives one hour on the sandbox clock. Discovery,
registration, account, billing and the pricing catalog are in `agent`.

Sandbox design choices where the public pages are silent: a fresh create answers 201 and a replay
200; the body key and the header must agree; unknown body fields are refused; an unknown edit
token is 404 and an expired one 403 `platform_forbidden`; editing or minting a token before the
request completed is 409 `platform_conflict`; `priceSnapshot` is null until the request is
terminal (then unitPrice x lessons actually generated). State: `app.state.emulator`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from coursewright.sandbox.core import FaultMiddleware, SandboxConfig
from coursewright.sandbox.tutorflow.agent import AgentApi, agent_routes
from coursewright.sandbox.tutorflow.editor import EditorApi, editor_routes
from coursewright.sandbox.tutorflow.http import (
    FieldRule,
    PlatformError,
    authenticate,
    invalid,
    not_found,
    read_object,
    validate,
)
from coursewright.sandbox.tutorflow.pages import page_routes
from coursewright.sandbox.tutorflow.records import COMPLETED, FAILED, PENDING, PROCESSING
from coursewright.sandbox.tutorflow.state import (
    DEFAULT_LESSON_COUNT,
    EMULATOR,
    TutorflowEmulator,
    fingerprint,
)
from coursewright.sandbox.tutorflow.views import Views, web_base

API = "/v1/platform"
LEVELS = ("beginner", "intermediate", "advanced")
LEGACY_TIERS = ("basic", "standard", "advanced")
MODES = ("sync", "async")
STATUSES = (PENDING, PROCESSING, COMPLETED, FAILED)
MAX_IDEMPOTENCY_KEY = 255
DEFAULT_PAGE = 20
MAX_PAGE = 100

CREATE_RULES = (
    FieldRule("prompt", required=True, max_length=10000),
    FieldRule("title", max_length=255),
    FieldRule("description", max_length=2000),
    FieldRule("language", max_length=16),
    FieldRule("level", choices=LEVELS),
    FieldRule("subject", max_length=255),
    FieldRule("lessonCount", "int", minimum=1, maximum=50),
    FieldRule("classroomId", max_length=255),
    FieldRule("tier", choices=LEGACY_TIERS),
    FieldRule("hasQuiz", "bool"),
    FieldRule("hasPractice", "bool"),
    FieldRule("idempotencyKey", max_length=MAX_IDEMPOTENCY_KEY),
    FieldRule("mode", choices=MODES),
)
# What an omitted field means, so a retry that spells out a default is still the same request.
CREATE_DEFAULTS: dict[str, Any] = {
    "language": "en",
    "lessonCount": DEFAULT_LESSON_COUNT,
    "hasQuiz": True,
    "hasPractice": True,
    "mode": "sync",
}

Handler = Callable[[Request], Awaitable[Response]]


class TutorflowApi:
    """The handlers, bound to one emulator."""

    def __init__(self, config: SandboxConfig, emulator: TutorflowEmulator) -> None:
        self.config = config
        self.emulator = emulator

    def views(self, request: Request) -> Views:
        return Views(self.emulator, web_base(request))

    def keyed(self, handler: Callable[[Request, str], Awaitable[Response]]) -> Handler:
        """Authenticate the key, refuse a suspended workspace, count the key's minute, run the handler."""

        async def run(request: Request) -> Response:
            key = authenticate(request, self.emulator.accounts.keys)
            self.emulator.accounts.require_active(key)
            self.emulator.rate_limiter.admit(key.value)
            return await handler(request, key.workspace)

        return run

    # --- course requests ------------------------------------------------------------------------

    async def create_course(self, request: Request, workspace: str) -> Response:
        values = validate(await read_object(request), CREATE_RULES)
        key = _idempotency_key(request, values)
        asked = fingerprint({**CREATE_DEFAULTS, **values})
        if key is not None:
            original = self.emulator.find_replay(workspace, key, asked)
            if original is not None:
                self.emulator.refresh(original)
                return JSONResponse(self.views(request).course_request(original, replay=True))
        self.emulator.require_credits(workspace, int(values.get("lessonCount", DEFAULT_LESSON_COUNT)))
        record = self.emulator.create(workspace, values, key, asked)
        if record.mode == "sync":
            # The platform holds a sync call open while it generates; a dropped call still completes.
            generation = record.due - record.created
            if generation > 0:
                await self.config.sleep(generation)
            self.emulator.finish(record)
        return JSONResponse(self.views(request).course_request(record), status_code=201)

    async def get_course(self, request: Request, workspace: str) -> Response:
        record = self.emulator.get(workspace, request.path_params["request_id"])
        return JSONResponse(self.views(request).course_request(record))

    async def list_courses(self, request: Request, workspace: str) -> Response:
        status = request.query_params.get("status")
        if status is not None and status not in STATUSES:
            raise invalid(f"status must be one of the following values: {', '.join(STATUSES)}")
        limit = _query_int(request, "limit", DEFAULT_PAGE, 1, MAX_PAGE)
        offset = _query_int(request, "offset", 0, 0, None)
        records = self.emulator.listing(workspace, status)
        views = self.views(request)
        items = [views.list_item(record) for record in records[offset : offset + limit]]
        return JSONResponse({"items": items, "total": len(records)})

    async def mint_edit_token(self, request: Request, workspace: str) -> Response:
        record = self.emulator.get(workspace, request.path_params["request_id"])
        token = self.emulator.mint_token(record)
        return JSONResponse(
            {"editToken": token.value, "editTokenExpiresAt": self.emulator.iso(token.expires_at)},
            status_code=201,
        )


def _idempotency_key(request: Request, values: dict[str, Any]) -> str | None:
    header = request.headers.get("idempotency-key")
    body = values.get("idempotencyKey")
    if header is not None:
        header = header.strip()
        if not header or len(header) > MAX_IDEMPOTENCY_KEY:
            raise invalid(f"Idempotency-Key header must be 1 to {MAX_IDEMPOTENCY_KEY} characters")
    if header is not None and body is not None and header != body:
        raise invalid("idempotencyKey in the body and the Idempotency-Key header must be the same")
    if body is not None and not body.strip():
        raise invalid("idempotencyKey should not be empty")
    return body if body is not None else header


def _query_int(request: Request, name: str, default: int, minimum: int, maximum: int | None) -> int:
    text = request.query_params.get(name)
    if text is None:
        return default
    try:
        value = int(text)
    except ValueError:
        raise invalid(f"{name} must be an integer number") from None
    if value < minimum:
        raise invalid(f"{name} must not be less than {minimum}")
    if maximum is not None and value > maximum:
        raise invalid(f"{name} must not be greater than {maximum}")
    return value


def _routes(api: TutorflowApi) -> list[Route]:
    editor = EditorApi(api.config, api.emulator)
    courses = f"{API}/courses"
    return [
        *editor_routes(editor, api.keyed, courses),
        Route(courses, api.keyed(api.create_course), methods=["POST"]),
        Route(courses, api.keyed(api.list_courses), methods=["GET"]),
        Route(courses + "/{request_id}", api.keyed(api.get_course), methods=["GET"]),
        Route(courses + "/{request_id}/edit-token", api.keyed(api.mint_edit_token), methods=["POST"]),
        *agent_routes(AgentApi(api.emulator), api.keyed),
        *page_routes(editor),
    ]


def create_app(config: SandboxConfig) -> Starlette:
    """The TutorFlow emulator as an ASGI app; its state is `app.state.emulator`."""
    emulator = TutorflowEmulator(config)
    api = TutorflowApi(config, emulator)

    async def platform_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, PlatformError)
        return exc.response()

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        if status in (404, 405):
            # NestJS answers an unknown method on a known path like an unknown path.
            return not_found(f"Cannot {request.method} {request.url.path}").response()
        return PlatformError(status, "platform_internal_error", "Internal server error").response()

    app = Starlette(
        routes=_routes(api),
        middleware=[Middleware(FaultMiddleware, emulator_name=EMULATOR, config=config)],
        exception_handlers={PlatformError: platform_error, HTTPException: http_error},
    )
    app.state.emulator = emulator
    return app
