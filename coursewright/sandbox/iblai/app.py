"""Emulator of the ibl.ai Course Creation API (the DM service), faithful to its documented contract.

Serves `/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/...` and the same under the
gateway prefix `/dm`, with the legacy `course-creation-tasks/` and `course-creation-task-files/`
aliases. Every route authenticates (`Api-Token` or `Token`, else 401), then checks the tenant
(403: the path's org must be the key's, and its user the key's username or numeric id), then the
role (403), then the method (405). See `shared/reference/iblai-api.md` for the contract; state
lives on `app.state.emulator` (an `IblaiEmulator`).

Who may use what. The course-creation API is "restricted to platform administrators": tasks,
the pipeline (start, cancel), courses, outlines, drafting, xblock edits, publishing and files all
answer a valid non-admin key of the same org (`keys.IBLAI_LEARNER_API_KEY`) with DRF's 403
`{"detail": "You do not have permission to perform this action."}`. The one exception is
`GET course/{id}/student-progress/?target_username=<the key's own username>`: a learner may read
their own progress (the user-scoped path is what keeps them to themselves); asking about anyone
else, or about nobody, is the same 403. The tenant check comes first for every key.

Strict mode (`SandboxConfig.strict`): only the seed's `Token` keyword authenticates; a
create-xblock answer carries no `xblock_id` (the seed does not say what it returns); a course's
structure carries no `task`, a task no `files`; draft-all re-drafts every unit, those with content
too; update-xblock refuses content for a video (the seed: html and problem only); a cancelled task
may be started again (the seed's remedy for a stuck task).

Reference files. An upload's `file` is an absolute URL on the emulator's own host and prefix
(`.../media/course_creation_task_files/{task}/{name}`); a GET with an admin key of the file's org
returns the bytes (no key 401, a learner 403, a key of another org 404). The files a task has when its first
generation step is called (`create-course-outline`, `start`, or a draft) are the ones generation
reads: the outline log names them and the page drafted for the course's first unit lists
them. Files attached later are stored and listed as the platform does, but never reach the
generated course.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route, Router

from coursewright.sandbox.core import FaultMiddleware, SandboxConfig
from coursewright.sandbox.iblai.blocks import BlockRefused
from coursewright.sandbox.iblai.courses import CourseHandlers
from coursewright.sandbox.iblai.files import FileHandlers
from coursewright.sandbox.iblai.http import (
    NO_PERMISSION,
    NOT_FOUND,
    ApiError,
    FieldRule,
    Principal,
    authenticate,
    detail_error,
    identify,
    no_content,
    paginate,
    read_body,
    validate,
)
from coursewright.sandbox.iblai.records import CANCELLABLE, CANCELLED, STARTABLE, StepFailed
from coursewright.sandbox.iblai.state import EMULATOR, IblaiEmulator

Handler = Callable[[Request], Awaitable[Response]]
#: Whether a non-admin key may use a route for this request (None: administrators only).
LearnerAccess = Callable[[Request, Principal], bool]

API_ROOT = "/api/ai-mentor/orgs/{org}/users/{user_id}"
GATEWAY_PREFIX = "/dm"
TASK_ROOTS = ("/course-creation/tasks", "/course-creation-tasks")
FILE_ROOTS = ("/course-creation/files", "/course-creation-task-files")
COURSE_ROOT = "/course-creation/course"
MEDIA_PATH = "/media/{storage_path:path}"
# Realistic durations of the synchronous steps, in seconds (multiplied by time_scale).
CREATE_COURSE_SECONDS = 2.0
OUTLINE_SECONDS = 5.0

TASK_RULES = (
    FieldRule("name", max_length=200),
    FieldRule("description"),
    FieldRule("target_audience", max_length=200),
    FieldRule("publish_course", "bool", required=False),
    FieldRule("provider", required=False, max_length=20),
    FieldRule("model", required=False, max_length=150),
    FieldRule("desired_number_of_sections", "int", required=False),
)


class IblaiApi(CourseHandlers, FileHandlers):
    """Every handler, bound to one emulator's state; the task handlers live here."""

    # --- tasks ----------------------------------------------------------------------------------

    async def list_tasks(self, request: Request) -> Response:
        tasks = sorted(self.org_tasks(request.path_params["org"]).values(), key=lambda t: t.id)
        return paginate(request, [self.task_json(request, task) for task in tasks])

    async def create_task(self, request: Request) -> Response:
        values = validate(await read_body(request), TASK_RULES)
        # The path may name the user by numeric id; the task records the username either way.
        principal: Principal = request.state.principal
        task = self.emulator.create_task(request.path_params["org"], principal.user_id, values)
        return JSONResponse(self.task_json(request, task), status_code=201)

    async def get_task(self, request: Request) -> Response:
        return JSONResponse(self.task_json(request, self.task_for(request)))

    async def delete_task(self, request: Request) -> Response:
        self.emulator.delete_task(self.task_for(request))
        return no_content()

    async def start_task(self, request: Request) -> Response:
        task = self.task_for(request)
        # Strict: the seed's remedy for a stuck task is cancel, then start again; the SDK allows
        # a start only from Pending or Failed, which the default emulator follows.
        startable = (*STARTABLE, CANCELLED) if self.config.strict else STARTABLE
        if not self.emulator.start(task, startable):
            raise detail_error(
                400,
                f"Task is not in a schedulable state (status: {task.status}). "
                f"Only {' or '.join(startable)} tasks can be started.",
            )
        return JSONResponse(self.task_json(request, task))

    async def cancel_task(self, request: Request) -> Response:
        task = self.task_for(request)
        if not self.emulator.cancel(task):
            raise detail_error(
                400,
                f"Task is not in a cancellable state (status: {task.status}). "
                f"Only {', '.join(CANCELLABLE)} tasks can be cancelled.",
            )
        return JSONResponse(self.task_json(request, task))

    async def create_course(self, request: Request) -> Response:
        task = self.task_for(request)
        await self.pause(CREATE_COURSE_SECONDS)
        try:
            self.emulator.run_step("create-course")
            course, created = self.emulator.create_course_for_task(task)
        except StepFailed as exc:
            raise detail_error(400, exc.detail) from None
        detail = "Course created on EdX" if created else "Course already exists for this task"
        body = {"detail": detail, "course_id": course.id, **self.course_json(course)}
        return JSONResponse(body, status_code=201 if created else 200)

    async def create_outline(self, request: Request) -> Response:
        task = self.task_for(request)
        # The outline reads the files attached when the call arrives, not those sent meanwhile.
        self.emulator.reference_files(task)
        await self.pause(OUTLINE_SECONDS)
        try:
            self.emulator.run_step("create-course-outline")
            course = self.emulator.outline_course(task)
        except StepFailed as exc:
            raise detail_error(400, exc.detail) from None
        return JSONResponse(
            {
                "detail": "Outline generated successfully",
                "course_id": course.id,
                "xblock_id": course.tree.key.root_locator,
                "sections": len(course.tree.root.children),
            }
        )


@dataclass(frozen=True)
class ApiRoute:
    """One path of the API: its handlers by method, and whether a non-admin may use it."""

    path: str
    handlers: dict[str, Handler]
    learner_access: LearnerAccess | None = None


def _own_progress(request: Request, principal: Principal) -> bool:
    """A learner may read student progress, but only their own."""
    return principal.is_named_by(request.query_params.get("target_username", "").strip())


def _endpoint(api: IblaiApi, route: ApiRoute) -> Handler:
    """DRF's order: authenticate, check the tenant, the role, then the method, then run the handler."""
    allowed = ", ".join([*route.handlers, "OPTIONS"])

    async def run(request: Request) -> Response:
        try:
            principal = authenticate(request, api.principals, api.auth_schemes)
            if not principal.is_admin and (
                route.learner_access is None or not route.learner_access(request, principal)
            ):
                raise detail_error(403, NO_PERMISSION)
            request.state.principal = principal
            method = "GET" if request.method == "HEAD" else request.method
            if method == "OPTIONS":
                return Response(status_code=200, headers={"Allow": allowed})
            handler = route.handlers.get(method)
            if handler is None:
                raise detail_error(405, f'Method "{request.method}" not allowed.', {"Allow": allowed})
            api.emulator.advance()
            return await handler(request)
        except ApiError as exc:
            return exc.response()
        except BlockRefused as exc:
            return JSONResponse(
                {"success": False, "detail": exc.detail, "xblock_id": None, "extra": None}, 400
            )

    return run


def _media_endpoint(api: IblaiApi) -> Handler:
    """Uploaded files: the key must be an administrator's (403); a file of another org is 404."""

    async def run(request: Request) -> Response:
        try:
            principal = identify(request, api.principals, api.auth_schemes)
            if not principal.is_admin:
                raise detail_error(403, NO_PERMISSION)
            return api.media(request, principal)
        except ApiError as exc:
            return exc.response()

    return run


def _routes(api: IblaiApi) -> list[ApiRoute]:
    table: list[ApiRoute] = []
    for root in TASK_ROOTS:
        item = root + "/{task_id:int}"
        table += [
            ApiRoute(root + "/", {"GET": api.list_tasks, "POST": api.create_task}),
            ApiRoute(item + "/", {"GET": api.get_task, "DELETE": api.delete_task}),
            ApiRoute(item + "/create-course/", {"POST": api.create_course}),
            ApiRoute(
                item + "/create-course-outline/", {"GET": api.create_outline, "POST": api.create_outline}
            ),
            ApiRoute(item + "/start/", {"GET": api.start_task}),
            ApiRoute(item + "/cancel/", {"GET": api.cancel_task}),
        ]
    course = COURSE_ROOT + "/{course_id:int}"
    table += [
        ApiRoute(COURSE_ROOT + "/", {"GET": api.list_courses, "POST": api.create_course_record}),
        ApiRoute(course + "/", {"GET": api.get_course, "DELETE": api.delete_course}),
        ApiRoute(course + "/outline/", {"GET": api.outline}),
        ApiRoute(course + "/full-structure/", {"GET": api.full_structure}),
        ApiRoute(course + "/draft-content-for-all-units/", {"GET": api.draft_all}),
        ApiRoute(course + "/draft-content-for-unit/", {"POST": api.draft_one}),
        ApiRoute(course + "/create-xblock/", {"POST": api.create_xblock}),
        ApiRoute(course + "/update-xblock/", {"POST": api.update_xblock}),
        ApiRoute(course + "/delete-xblock/", {"POST": api.delete_xblock}),
        ApiRoute(course + "/reorder-children/", {"POST": api.reorder_children}),
        ApiRoute(course + "/sync-to-edx/", {"GET": api.sync, "POST": api.sync}),
        ApiRoute(course + "/student-progress/", {"GET": api.student_progress}, _own_progress),
    ]
    for root in FILE_ROOTS:
        item = root + "/{file_id:int}/"
        table += [
            ApiRoute(root + "/", {"GET": api.list_files, "POST": api.upload_file}),
            ApiRoute(
                item,
                {
                    "GET": api.get_file,
                    "PUT": api.replace_file,
                    "PATCH": api.patch_file,
                    "DELETE": api.delete_file,
                },
            ),
        ]
    return table


def _path_pattern(template: str) -> re.Pattern[str]:
    """A full-path regex for a route template, to tell a missing trailing slash from an unknown path."""
    parts = re.split(r"(\{[^}]+\})", template)
    body = "".join(
        ("[0-9]+" if part.endswith(":int}") else "[^/]+") if part.startswith("{") else re.escape(part)
        for part in parts
    )
    # Matched against the end of the full path, which carries any mount prefix before the API root.
    return re.compile(f"{body}$")


def create_app(config: SandboxConfig) -> Starlette:
    """The ibl.ai emulator as an ASGI app; its state is `app.state.emulator`."""
    emulator = IblaiEmulator(config)
    api = IblaiApi(config, emulator)
    table = _routes(api)
    methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
    api_routes = [Route(route.path, _endpoint(api, route), methods=methods) for route in table]
    patterns = [_path_pattern(API_ROOT + route.path) for route in table]
    media = _media_endpoint(api)

    async def not_found(request: Request, exc: Exception) -> Response:
        # Django's APPEND_SLASH: a known path missing its trailing slash gets a permanent redirect.
        path = request.url.path
        if not path.endswith("/") and any(p.search(path + "/") for p in patterns):
            return RedirectResponse(str(request.url.replace(path=path + "/")), status_code=301)
        return JSONResponse({"detail": NOT_FOUND}, status_code=404)

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        return JSONResponse({"detail": getattr(exc, "detail", "Server error.")}, status_code=status)

    app = Starlette(
        routes=[
            Mount(API_ROOT, app=Router(api_routes, redirect_slashes=False)),
            Mount(GATEWAY_PREFIX + API_ROOT, app=Router(api_routes, redirect_slashes=False)),
            Route(MEDIA_PATH, media, methods=["GET", "HEAD"]),
            Route(GATEWAY_PREFIX + MEDIA_PATH, media, methods=["GET", "HEAD"]),
        ],
        middleware=[Middleware(FaultMiddleware, emulator_name=EMULATOR, config=config)],
        exception_handlers={404: not_found, HTTPException: http_error},
    )
    app.router.redirect_slashes = False
    app.state.emulator = emulator
    return app
