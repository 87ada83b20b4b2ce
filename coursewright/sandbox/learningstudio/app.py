"""Emulator of the LearningStudio AI course API, faithful to its documented contract.

Routes (clients append them to the API base):

- `POST /api/v1/courses`: validate, check plan, rate limit (30 a minute per key) and quota
  before anything is queued; 202 `{jobId, status: "pending", pollUrl}`.
- `GET /api/v1/courses/jobs/{jobId}`: `pending` -> `running` (progress 1-99) -> `completed`
  (progress 100, the course) or `failed` (progress 0, `error`); 404 for another key's job.
- `POST /api/v1/courses/{courseId}/export`: a SCORM 1.2 / 2004 / 2004 4th edition package.
- `GET /go/{courseId}` (the share URL) and `GET /exports/{id}/course.zip` (the download URL) are
  served here too, so every link the API hands out works in the sandbox.

Every error body is exactly `{"message", "code"}`. Webhooks go only to loopback `callbackUrl`s
in the sandbox (see `webhooks`); while the app is served, its lifespan runs the
worker that sends each one when it falls due. See
`shared/reference/openedx-olx-learningstudio-tutorflow.md` (B1); state lives on
`app.state.emulator` (a `LearningStudioEmulator`).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from coursewright.sandbox.core import FaultMiddleware, SandboxConfig
from coursewright.sandbox.learningstudio.course import (
    ADD_ONS,
    EMULATOR,
    EXPORT_FORMATS,
    JobRequest,
    scorm_package,
    share_page,
)
from coursewright.sandbox.learningstudio.records import Account
from coursewright.sandbox.learningstudio.state import EXPORT_SECONDS, LearningStudioEmulator
from coursewright.sandbox.learningstudio.webhooks import WebhookSender, is_loopback_url, post_webhook

API_PREFIX = "/api/v1"
CREATE_ENDPOINT = "POST /api/v1/courses"
MAX_SUBJECT_CHARS = 200
MAX_CHAPTERS = 9
MAX_CHAPTER_TITLE_CHARS = 200
MAX_URL_CHARS = 2048
COURSE_FORMATS = ("onepage", "classic")
# The docs call languageId a locale enum without listing it; any `ll-RR` locale is accepted.
_LANGUAGE_ID = re.compile(r"^[a-z]{2}-[A-Z]{2}$")
_BEARER = "Bearer "

_log = logging.getLogger(__name__)

Handler = Callable[[Request, Account], Awaitable[Response]]
PublicHandler = Callable[[Request], Awaitable[Response]]


class ApiError(Exception):
    """An error answer in LearningStudio's shape: exactly `{"message", "code"}`."""

    def __init__(
        self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})

    def response(self) -> JSONResponse:
        return JSONResponse({"message": self.message, "code": self.code}, self.status, headers=self.headers)


def validation_error(message: str) -> ApiError:
    return ApiError(400, "VALIDATION_ERROR", message)


NOT_FOUND = ApiError(404, "NOT_FOUND", "Not found")


def _authenticate(emulator: LearningStudioEmulator, request: Request) -> Account:
    header = request.headers.get("authorization", "")
    key = header[len(_BEARER) :].strip() if header.startswith(_BEARER) else ""
    account = emulator.accounts.get(key) if key else None
    if account is None:
        raise ApiError(401, "INVALID_API_KEY", "Invalid or missing API key")
    if not account.paid:
        raise ApiError(403, "PAID_PLAN_REQUIRED", "API access requires a paid plan")
    return account


async def _json_object(request: Request, *, empty_ok: bool = False) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip() and empty_ok:
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise validation_error("Request body must be valid JSON") from None
    if not isinstance(body, dict):
        raise validation_error("Request body must be a JSON object")
    return body


def _callback_url(body: Mapping[str, Any]) -> str | None:
    url = body.get("callbackUrl")
    if url is None:
        return None
    if not isinstance(url, str) or not url or len(url) > MAX_URL_CHARS or not re.match(r"^https?://", url):
        raise validation_error("callbackUrl: Invalid url")
    if not is_loopback_url(url):
        raise validation_error(
            "callbackUrl: the sandbox delivers webhooks only to loopback hosts (127.0.0.1, ::1, localhost)"
        )
    return url


def _string_list(body: Mapping[str, Any], name: str) -> list[str]:
    value = body.get(name, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise validation_error(f"{name}: Expected an array of strings")
    return value


def parse_job_request(body: Mapping[str, Any]) -> JobRequest:
    """The create-course body checked field by field, as the platform's schema does."""
    subject = body.get("subject")
    if not isinstance(subject, str):
        raise validation_error("subject: Required (a string of 1 to 200 characters)")
    subject = subject.strip()
    if not 1 <= len(subject) <= MAX_SUBJECT_CHARS:
        raise validation_error(f"subject: must be 1 to {MAX_SUBJECT_CHARS} characters (got {len(subject)})")
    course_format = body.get("format", "onepage")
    if course_format not in COURSE_FORMATS:
        raise validation_error("format: must be one of onepage, classic")
    language_id = body.get("languageId", "en-US")
    if not isinstance(language_id, str) or not _LANGUAGE_ID.match(language_id):
        raise validation_error("languageId: must be a locale code such as en-US or pt-BR")
    outline = [" ".join(title.split()) for title in _string_list(body, "outline")]
    if len(outline) > MAX_CHAPTERS:
        raise validation_error(f"outline: at most {MAX_CHAPTERS} chapter titles (got {len(outline)})")
    if any(not 1 <= len(title) <= MAX_CHAPTER_TITLE_CHARS for title in outline):
        raise validation_error(
            f"outline: each chapter title must be 1 to {MAX_CHAPTER_TITLE_CHARS} characters"
        )
    add_ons = _string_list(body, "addOns")
    unknown = [name for name in add_ons if name not in ADD_ONS]
    if unknown:
        raise validation_error(f"addOns: {unknown[0]!r} is not one of {', '.join(ADD_ONS)}")
    return JobRequest(
        subject=subject,
        format=course_format,
        language_id=language_id,
        outline=tuple(outline),
        add_ons=tuple(dict.fromkeys(add_ons)),
        callback_url=_callback_url(body),
    )


def _base(request: Request) -> str:
    """The emulator's own root as the client reached it (with any mount prefix)."""
    # Starlette's base_url leaves out a Mount's prefix; the scope's root_path includes it.
    root = request.scope.get("root_path", "").rstrip("/")
    return f"{request.url.scheme}://{request.url.netloc}{root}"


class LearningStudioApi:
    def __init__(self, config: SandboxConfig, emulator: LearningStudioEmulator) -> None:
        self.config = config
        self.emulator = emulator

    async def create_course(self, request: Request, account: Account) -> Response:
        retry_after = self.emulator.admit(account.key, CREATE_ENDPOINT)
        if retry_after is not None:
            raise ApiError(
                429,
                "RATE_LIMIT_EXCEEDED",
                "Rate limit exceeded for this endpoint",
                {"Retry-After": str(int(retry_after))},
            )
        job_request = parse_job_request(await _json_object(request))
        if account.credits_left <= 0:
            raise ApiError(
                403, "USAGE_LIMIT_EXCEEDED_PLAN", f"Usage limit exceeded for your plan ({account.plan})"
            )
        job = self.emulator.queue_job(account, job_request, _base(request))
        body = {"jobId": job.id, "status": "pending", "pollUrl": f"{API_PREFIX}/courses/jobs/{job.id}"}
        return JSONResponse(body, status_code=202)

    async def get_job(self, request: Request, account: Account) -> Response:
        job = self.emulator.job_for(account.key, request.path_params["job_id"])
        if job is None:
            raise NOT_FOUND
        return JSONResponse(self.emulator.job_json(job))

    async def export_course(self, request: Request, account: Account) -> Response:
        course = self.emulator.course_for(account.key, request.path_params["course_id"])
        if course is None:
            raise NOT_FOUND
        body = await _json_object(request, empty_ok=True)
        export_format = body.get("format", "scorm12")
        if export_format not in EXPORT_FORMATS:
            raise validation_error(f"format: must be one of {', '.join(EXPORT_FORMATS)}")
        callback_url = _callback_url(body)
        pause = self.config.scaled(EXPORT_SECONDS)
        if pause > 0:
            await self.config.sleep(pause)
        record = self.emulator.export(course, export_format, _base(request), callback_url)
        await self.emulator.catch_up()
        return JSONResponse(self.emulator.export_json(record))

    async def share(self, request: Request) -> Response:
        course = self.emulator.courses.get(request.path_params["course_id"])
        if course is None:
            raise NOT_FOUND
        return HTMLResponse(share_page(course.content))

    async def download(self, request: Request) -> Response:
        record = self.emulator.exports.get(request.path_params["export_id"])
        if record is None:
            raise NOT_FOUND
        course = self.emulator.courses[record.course_id]
        return Response(scorm_package(course.id, course.content, record.format), media_type="application/zip")


def _answer(emulator: LearningStudioEmulator, run: Callable[[Request], Awaitable[Response]]) -> PublicHandler:
    """Every request first lets finished jobs settle; errors become `{message, code}` answers."""

    async def endpoint(request: Request) -> Response:
        try:
            await emulator.catch_up()
            return await run(request)
        except ApiError as exc:
            return exc.response()
        except Exception:
            _log.exception(
                "learningstudio sandbox: internal error on %s %s", request.method, request.url.path
            )
            return ApiError(500, "INTERNAL_ERROR", "Internal server error").response()

    return endpoint


def _authenticated(emulator: LearningStudioEmulator, handler: Handler) -> PublicHandler:
    async def run(request: Request) -> Response:
        return await handler(request, _authenticate(emulator, request))

    return _answer(emulator, run)


def create_app(config: SandboxConfig, *, webhook_sender: WebhookSender | None = None) -> Starlette:
    """The LearningStudio emulator as an ASGI app; its state is `app.state.emulator`.

    `webhook_sender` replaces the HTTP POST of webhooks (tests capture them without sockets).
    Nothing runs until a server enters the app's lifespan, which runs the webhook worker and
    stops it on shutdown (mounted, the enclosing app must enter it: see `build_sandbox_app`).
    """
    emulator = LearningStudioEmulator(config, webhook_sender=webhook_sender or post_webhook)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with anyio.create_task_group() as worker:
            worker.start_soon(emulator.run_webhook_worker)
            yield
            worker.cancel_scope.cancel()

    api = LearningStudioApi(config, emulator)
    routes = [
        Route(f"{API_PREFIX}/courses", _authenticated(emulator, api.create_course), methods=["POST"]),
        Route(
            f"{API_PREFIX}/courses/jobs/{{job_id}}", _authenticated(emulator, api.get_job), methods=["GET"]
        ),
        Route(
            f"{API_PREFIX}/courses/{{course_id}}/export",
            _authenticated(emulator, api.export_course),
            methods=["POST"],
        ),
        Route("/go/{course_id}", _answer(emulator, api.share), methods=["GET"]),
        Route("/exports/{export_id}/course.zip", _answer(emulator, api.download), methods=["GET"]),
    ]

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        if status == 404:
            return NOT_FOUND.response()
        if status == 405:
            return ApiError(405, "METHOD_NOT_ALLOWED", f"Method {request.method} not allowed").response()
        return ApiError(status, "INTERNAL_ERROR", "Internal server error").response()

    app = Starlette(
        routes=routes,
        middleware=[Middleware(FaultMiddleware, emulator_name=EMULATOR, config=config)],
        exception_handlers={HTTPException: http_error},
        lifespan=lifespan,
    )
    app.state.emulator = emulator
    return app
