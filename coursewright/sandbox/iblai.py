"""Emulator of the ibl.ai Course Creation API (the DM service), faithful to its documented contract.

Serves `/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/...` and the same under the
gateway prefix `/dm`, with the legacy `course-creation-tasks/` and `course-creation-task-files/`
aliases. Every route authenticates (`Api-Token` or `Token`, else 401), then checks the tenant
(403), then the method (405). See `shared/reference/iblai-api.md` for the contract; state lives on
`app.state.emulator` (an `IblaiEmulator`).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route, Router

from coursewright.sandbox.core import FaultMiddleware, SandboxConfig
from coursewright.sandbox.iblai_blocks import BlockRefused
from coursewright.sandbox.iblai_courses import CourseHandlers
from coursewright.sandbox.iblai_files import FileHandlers
from coursewright.sandbox.iblai_http import (
    NOT_FOUND,
    ApiError,
    FieldRule,
    Principal,
    authenticate,
    detail_error,
    no_content,
    paginate,
    read_body,
    validate,
)
from coursewright.sandbox.iblai_state import (
    CANCELLABLE,
    EMULATOR,
    STARTABLE,
    IblaiEmulator,
    StepFailed,
)

Handler = Callable[[Request], Awaitable[Response]]

API_ROOT = "/api/ai-mentor/orgs/{org}/users/{user_id}"
GATEWAY_PREFIX = "/dm"
TASK_ROOTS = ("/course-creation/tasks", "/course-creation-tasks")
FILE_ROOTS = ("/course-creation/files", "/course-creation-task-files")
COURSE_ROOT = "/course-creation/course"
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
        params = request.path_params
        task = self.emulator.create_task(params["org"], params["user_id"], values)
        return JSONResponse(self.task_json(request, task), status_code=201)

    async def get_task(self, request: Request) -> Response:
        return JSONResponse(self.task_json(request, self.task_for(request)))

    async def delete_task(self, request: Request) -> Response:
        self.emulator.delete_task(self.task_for(request))
        return no_content()

    async def start_task(self, request: Request) -> Response:
        task = self.task_for(request)
        if not self.emulator.start(task):
            raise detail_error(
                400,
                f"Task is not in a schedulable state (status: {task.status}). "
                f"Only {' or '.join(STARTABLE)} tasks can be started.",
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


def _endpoint(api: IblaiApi, handlers: dict[str, Handler]) -> Handler:
    """DRF's order: authenticate, check the tenant, then the method, then run the handler."""
    allowed = ", ".join([*handlers, "OPTIONS"])

    async def run(request: Request) -> Response:
        try:
            principal: Principal = authenticate(request, api.principals)
            del principal  # the tenant check is all the key decides here
            method = "GET" if request.method == "HEAD" else request.method
            if method == "OPTIONS":
                return Response(status_code=200, headers={"Allow": allowed})
            handler = handlers.get(method)
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


def _routes(api: IblaiApi) -> list[tuple[str, dict[str, Handler]]]:
    table: list[tuple[str, dict[str, Handler]]] = []
    for root in TASK_ROOTS:
        item = root + "/{task_id:int}"
        table += [
            (root + "/", {"GET": api.list_tasks, "POST": api.create_task}),
            (item + "/", {"GET": api.get_task, "DELETE": api.delete_task}),
            (item + "/create-course/", {"POST": api.create_course}),
            (item + "/create-course-outline/", {"GET": api.create_outline, "POST": api.create_outline}),
            (item + "/start/", {"GET": api.start_task}),
            (item + "/cancel/", {"GET": api.cancel_task}),
        ]
    course = COURSE_ROOT + "/{course_id:int}"
    table += [
        (COURSE_ROOT + "/", {"GET": api.list_courses, "POST": api.create_course_record}),
        (course + "/", {"GET": api.get_course, "DELETE": api.delete_course}),
        (course + "/outline/", {"GET": api.outline}),
        (course + "/full-structure/", {"GET": api.full_structure}),
        (course + "/draft-content-for-all-units/", {"GET": api.draft_all}),
        (course + "/draft-content-for-unit/", {"POST": api.draft_one}),
        (course + "/create-xblock/", {"POST": api.create_xblock}),
        (course + "/update-xblock/", {"POST": api.update_xblock}),
        (course + "/delete-xblock/", {"POST": api.delete_xblock}),
        (course + "/reorder-children/", {"POST": api.reorder_children}),
        (course + "/sync-to-edx/", {"GET": api.sync, "POST": api.sync}),
        (course + "/student-progress/", {"GET": api.student_progress}),
    ]
    for root in FILE_ROOTS:
        item = root + "/{file_id:int}/"
        table += [
            (root + "/", {"GET": api.list_files, "POST": api.upload_file}),
            (
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
    api_routes = [Route(path, _endpoint(api, handlers), methods=methods) for path, handlers in table]
    patterns = [_path_pattern(API_ROOT + path) for path, _ in table]

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
        ],
        middleware=[Middleware(FaultMiddleware, emulator_name=EMULATOR, config=config)],
        exception_handlers={404: not_found, HTTPException: http_error},
    )
    app.router.redirect_slashes = False
    app.state.emulator = emulator
    return app
