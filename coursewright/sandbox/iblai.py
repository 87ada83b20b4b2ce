"""Emulator of the ibl.ai Course Creation API (the DM service), faithful to its documented contract.

Serves `/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/...` and the same under the
gateway prefix `/dm`, with the legacy `course-creation-tasks/` and `course-creation-task-files/`
aliases. Every route authenticates (`Api-Token` or `Token`, else 401), then checks the tenant
(403), then the method (405). See `shared/reference/iblai-api.md` for the contract; state lives on
`app.state.emulator` (an `IblaiEmulator`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route, Router

from coursewright.sandbox.core import FaultMiddleware, SandboxConfig
from coursewright.sandbox.iblai_blocks import (
    XBLOCK_TYPES,
    Block,
    BlockRefused,
    parse_course_root,
    problem_from_markdown,
)
from coursewright.sandbox.iblai_http import (
    NOT_FOUND,
    ApiError,
    FieldRule,
    Principal,
    authenticate,
    clean_pk,
    detail_error,
    field_errors,
    known_principals,
    no_content,
    paginate,
    read_body,
    upload_of,
    validate,
    wants_true,
)
from coursewright.sandbox.iblai_state import (
    CANCELLABLE,
    EMULATOR,
    STARTABLE,
    CourseRecord,
    FileRecord,
    IblaiEmulator,
    StepFailed,
    TaskRecord,
)

Handler = Callable[[Request], Awaitable[Response]]

API_ROOT = "/api/ai-mentor/orgs/{org}/users/{user_id}"
GATEWAY_PREFIX = "/dm"
TASK_ROOTS = ("/course-creation/tasks", "/course-creation-tasks")
FILE_ROOTS = ("/course-creation/files", "/course-creation-task-files")
COURSE_ROOT = "/course-creation/course"
MAX_FILES_PER_TASK = 4
MAX_FILE_BYTES = 20 * 1024 * 1024
# Realistic durations of the synchronous steps, in seconds (multiplied by time_scale).
CREATE_COURSE_SECONDS = 2.0
OUTLINE_SECONDS = 5.0
DRAFT_UNIT_SECONDS = 6.0
SYNC_SECONDS = 3.0
COURSE_ORDERING_FIELDS = ("id", "name", "number", "run", "created_at", "updated_at")

TASK_RULES = (
    FieldRule("name", max_length=200),
    FieldRule("description"),
    FieldRule("target_audience", max_length=200),
    FieldRule("publish_course", "bool", required=False),
    FieldRule("provider", required=False, max_length=20),
    FieldRule("model", required=False, max_length=150),
    FieldRule("desired_number_of_sections", "int", required=False),
)
COURSE_RULES = (
    FieldRule("name", max_length=255),
    FieldRule("run", max_length=50),
    FieldRule("number", max_length=50),
    FieldRule("description", required=False, allow_blank=True),
    FieldRule("xblock_id", max_length=200),
)
CREATE_XBLOCK_RULES = (
    FieldRule("parent_xblock_id"),
    FieldRule("xblock_type", "choice", choices=XBLOCK_TYPES),
    FieldRule("display_name"),
    FieldRule("position", required=False),
    FieldRule("content", required=False, allow_blank=True),
    FieldRule("markdown", required=False, allow_blank=True),
)
UPDATE_XBLOCK_RULES = (
    FieldRule("xblock_id"),
    FieldRule("display_name", required=False),
    FieldRule("content", required=False, allow_blank=True),
)
XBLOCK_ID_RULES = (FieldRule("xblock_id"),)
REORDER_RULES = (FieldRule("xblock_id"), FieldRule("children", "list", min_items=1))


class IblaiApi:
    """The request handlers, bound to one emulator's state."""

    def __init__(self, config: SandboxConfig, emulator: IblaiEmulator) -> None:
        self.config = config
        self.emulator = emulator
        self.principals = known_principals()

    async def pause(self, seconds: float) -> None:
        """The time a synchronous step takes on the real platform, then catch up on background work."""
        scaled = self.config.scaled(seconds)
        if scaled > 0:
            await self.config.sleep(scaled)
        self.emulator.advance()

    # --- lookups --------------------------------------------------------------------------------

    def task_for(self, request: Request) -> TaskRecord:
        task = self.emulator.tasks.get(request.path_params["task_id"])
        if task is None or task.org != request.path_params["org"]:
            raise detail_error(404, NOT_FOUND)
        return task

    def course_for(self, request: Request) -> CourseRecord:
        course = self.emulator.courses.get(request.path_params["course_id"])
        if course is None or course.org != request.path_params["org"]:
            raise detail_error(404, NOT_FOUND)
        return course

    def file_for(self, request: Request) -> FileRecord:
        file = self.emulator.files.get(request.path_params["file_id"])
        if file is None or file.org != request.path_params["org"]:
            raise detail_error(404, NOT_FOUND)
        return file

    def org_tasks(self, org: str) -> dict[int, TaskRecord]:
        return {pk: task for pk, task in self.emulator.tasks.items() if task.org == org}

    # --- serialisers ----------------------------------------------------------------------------

    def file_json(self, request: Request, file: FileRecord) -> dict[str, object]:
        base = str(request.base_url).rstrip("/")
        return {
            "id": file.id,
            "course_creation_task": file.task_id,
            "file": f"{base}/media/course_creation_task_files/{file.task_id}/{file.name}",
            "date_created": self.emulator.iso(file.created),
            "last_modified": self.emulator.iso(file.modified),
        }

    def task_json(self, request: Request, task: TaskRecord) -> dict[str, object]:
        files = sorted((f for f in self.emulator.files.values() if f.task_id == task.id), key=lambda f: f.id)
        return {
            "id": task.id,
            "user_id": task.user_id,
            "student": self.emulator.student_id(task.org, task.user_id),
            "name": task.name,
            "description": task.description,
            "target_audience": task.target_audience,
            "platform": self.emulator.platform_id(task.org),
            "platform_key": task.org,
            "status": task.status,
            "publish_course": task.publish_course,
            "provider": task.provider,
            "model": task.model,
            "desired_number_of_sections": task.desired_number_of_sections,
            "logs": "\n".join(task.logs),
            "files": [self.file_json(request, file) for file in files],
            "date_created": self.emulator.iso(task.created),
            "last_modified": self.emulator.iso(task.modified),
        }

    def course_json(self, course: CourseRecord) -> dict[str, object]:
        return {
            "id": course.id,
            "name": course.name,
            "run": course.run,
            "number": course.number,
            "description": course.description,
            "xblock_id": course.tree.key.root_locator,
            "task": course.task_id,
            "created_at": self.emulator.iso(course.created),
            "updated_at": self.emulator.iso(course.updated),
        }

    def structure_json(self, course: CourseRecord, include_content: bool) -> dict[str, object]:
        tree = course.tree.serialise(course.tree.root.locator, include_content)
        return {
            **self.course_json(course),
            "display_name": tree["display_name"],
            "sections": tree["sections"],
        }

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

    # --- courses --------------------------------------------------------------------------------

    async def list_courses(self, request: Request) -> Response:
        org = request.path_params["org"]
        courses = [course for course in self.emulator.courses.values() if course.org == org]
        query = request.query_params
        if query.get("task"):
            if not query["task"].strip().lstrip("-").isdigit():
                raise field_errors({"task": ["Enter a number."]})
            courses = [course for course in courses if course.task_id == int(query["task"])]
        if query.get("search"):
            terms = query["search"].lower().split()
            courses = [
                course
                for course in courses
                if all(
                    term in f"{course.name}\n{course.number}\n{course.description}".lower() for term in terms
                )
            ]
        courses.sort(key=lambda course: course.id)
        for name in reversed([part.strip() for part in query.get("ordering", "").split(",") if part.strip()]):
            field = name.lstrip("-")
            if field in COURSE_ORDERING_FIELDS:
                courses.sort(key=lambda c, f=field: _course_sort_key(c, f), reverse=name.startswith("-"))
        return paginate(request, [self.course_json(course) for course in courses])

    async def create_course_record(self, request: Request) -> Response:
        body = await read_body(request)
        values = validate(body, COURSE_RULES)
        org = request.path_params["org"]
        key = parse_course_root(values["xblock_id"])
        if key is None or key.org != org:
            raise field_errors(
                {
                    "xblock_id": [
                        f"Enter the course root locator, block-v1:{org}+NUMBER+RUN+type@course+block@course."
                    ]
                }
            )
        task_id = None
        if body.get("task") is not None:
            task_id = clean_pk("task", body["task"], self.org_tasks(org))
        course = self.emulator.add_course(
            org, values["name"], key, values.get("description", ""), task_id, self.emulator.now()
        )
        course.number, course.run = values["number"], values["run"]
        return JSONResponse(self.course_json(course), status_code=201)

    async def get_course(self, request: Request) -> Response:
        return JSONResponse(self.course_json(self.course_for(request)))

    async def delete_course(self, request: Request) -> Response:
        self.emulator.delete_course(self.course_for(request))
        return no_content()

    async def outline(self, request: Request) -> Response:
        return JSONResponse(self.structure_json(self.course_for(request), include_content=False))

    async def full_structure(self, request: Request) -> Response:
        include = wants_true(request.query_params.get("include_content"))
        return JSONResponse(self.structure_json(self.course_for(request), include_content=include))

    async def draft_all(self, request: Request) -> Response:
        course = self.course_for(request)
        self.emulator.start_drafting(course)
        return JSONResponse({"detail": "Content creation started successfully"})

    async def draft_one(self, request: Request) -> Response:
        course = self.course_for(request)
        values = validate(await read_body(request), XBLOCK_ID_RULES)
        unit = course.tree.blocks.get(values["xblock_id"])
        if unit is None or unit.block_type != "unit":
            raise detail_error(
                400,
                f"Content generation failed: {values['xblock_id']} is not a unit (type@vertical) of this course. "
                "Pass the xblock_id of a unit from full-structure.",
            )
        await self.pause(DRAFT_UNIT_SECONDS)
        try:
            self.emulator.run_step("draft-content-for-unit")
        except StepFailed as exc:
            raise detail_error(400, exc.detail) from None
        if course.tree.blocks.get(unit.locator) is not unit:
            raise detail_error(
                400, "Content generation failed: the unit was deleted while it was being drafted."
            )
        made = self.emulator.draft_unit(course, unit)
        return JSONResponse(
            {
                "detail": "Unit content drafted successfully",
                "xblock_id": unit.locator,
                "components": [
                    {"xblock_id": block.locator, "type": block.block_type, "display_name": block.display_name}
                    for block in made
                ],
            }
        )

    async def sync(self, request: Request) -> Response:
        course = self.course_for(request)
        await self.pause(SYNC_SECONDS)
        try:
            self.emulator.run_step("sync-to-edx")
            self.emulator.publish(course)
        except StepFailed as exc:
            raise detail_error(400, exc.detail) from None
        return JSONResponse(
            {
                "detail": "Course published on EdX",
                "course_id": course.id,
                "xblock_id": course.tree.key.root_locator,
            }
        )

    async def student_progress(self, request: Request) -> Response:
        course = self.course_for(request)
        username = request.query_params.get("target_username", "").strip()
        if not username:
            raise detail_error(
                400, "Missing or invalid parameters: target_username is required (the learner's username)."
            )
        units = course.tree.of_type("unit")
        completed = 0
        if course.published is not None and units:
            chance = random.Random(f"{self.config.seed}:{course.tree.key.course_key}:{username}")
            completed = chance.randint(0, len(units))
        return JSONResponse(
            {
                "username": username,
                "course_id": course.tree.key.course_key,
                "completion": round(completed / len(units), 4) if units else 0.0,
                "completed_units": completed,
                "total_units": len(units),
                "units": [
                    {
                        "xblock_id": unit.locator,
                        "display_name": unit.display_name,
                        "completed": index < completed,
                    }
                    for index, unit in enumerate(units)
                ],
            }
        )

    # --- xblocks --------------------------------------------------------------------------------

    def xblock_result(self, detail: str, xblock_id: str, extra: object = None) -> JSONResponse:
        return JSONResponse({"success": True, "detail": detail, "xblock_id": xblock_id, "extra": extra})

    async def create_xblock(self, request: Request) -> Response:
        course = self.course_for(request)
        values = validate(await read_body(request), CREATE_XBLOCK_RULES)
        block_type = values["xblock_type"]
        content = values.get("content", "")
        if block_type == "problem" and not content and values.get("markdown"):
            content = problem_from_markdown(values["markdown"], values["display_name"])
        elif block_type == "problem" and not content:
            content = f'<problem display_name="{values["display_name"]}"></problem>'
        block = course.tree.create(
            values["parent_xblock_id"],
            block_type,
            values["display_name"],
            values.get("position", "last"),
            content,
        )
        course.updated = self.emulator.now()
        parent = course.tree.blocks[block.parent]  # type: ignore[index]
        extra = {"parent_xblock_id": parent.locator, "position": parent.children.index(block.locator) + 1}
        return self.xblock_result(f"Created {block_type} '{block.display_name}'.", block.locator, extra)

    async def update_xblock(self, request: Request) -> Response:
        course = self.course_for(request)
        values = validate(await read_body(request), UPDATE_XBLOCK_RULES)
        block = course.tree.update(values["xblock_id"], values.get("display_name"), values.get("content"))
        course.updated = self.emulator.now()
        return self.xblock_result(f"Updated {block.block_type} '{block.display_name}'.", block.locator)

    async def delete_xblock(self, request: Request) -> Response:
        course = self.course_for(request)
        values = validate(await read_body(request), XBLOCK_ID_RULES)
        removed = course.tree.delete(values["xblock_id"])
        course.updated = self.emulator.now()
        return self.xblock_result(
            f"Deleted {len(removed)} block(s).", values["xblock_id"], {"deleted": removed}
        )

    async def reorder_children(self, request: Request) -> Response:
        course = self.course_for(request)
        values = validate(await read_body(request), REORDER_RULES)
        moved = course.tree.reorder(values["xblock_id"], values["children"])
        course.updated = self.emulator.now()
        parent: Block = course.tree.blocks[values["xblock_id"]]
        return self.xblock_result(
            f"Reordered {len(parent.children)} children.",
            parent.locator,
            {"children": parent.children, "moved": moved},
        )

    # --- files ----------------------------------------------------------------------------------

    async def list_files(self, request: Request) -> Response:
        org = request.path_params["org"]
        files = sorted((f for f in self.emulator.files.values() if f.org == org), key=lambda f: f.id)
        return paginate(request, [self.file_json(request, file) for file in files])

    async def upload_file(self, request: Request) -> Response:
        return await self._save_file(request, None, partial=False)

    async def replace_file(self, request: Request) -> Response:
        return await self._save_file(request, self.file_for(request), partial=False)

    async def patch_file(self, request: Request) -> Response:
        return await self._save_file(request, self.file_for(request), partial=True)

    async def get_file(self, request: Request) -> Response:
        return JSONResponse(self.file_json(request, self.file_for(request)))

    async def delete_file(self, request: Request) -> Response:
        del self.emulator.files[self.file_for(request).id]
        return no_content()

    async def _save_file(self, request: Request, existing: FileRecord | None, partial: bool) -> Response:
        org = request.path_params["org"]
        body = await read_body(request)
        errors: dict[str, list[str]] = {}
        task_id = existing.task_id if existing else None
        if "course_creation_task" in body:
            try:
                task_id = clean_pk("course_creation_task", body["course_creation_task"], self.org_tasks(org))
            except ApiError as exc:
                errors.update(exc.body)  # type: ignore[arg-type]
        elif not partial:
            errors["course_creation_task"] = ["This field is required."]
        upload = None
        if "file" in body:
            upload = upload_of(body["file"])
            if upload is None:
                errors["file"] = ["The submitted data was not a file. Check the encoding type on the form."]
            elif not upload.filename:
                errors["file"] = ["No filename could be determined."]
            elif not upload.size:
                errors["file"] = ["The submitted file is empty."]
            elif upload.size > MAX_FILE_BYTES:
                errors["file"] = [
                    f"The file is {upload.size} bytes; the limit is 20 MB ({MAX_FILE_BYTES} bytes) per file."
                ]
        elif not partial:
            errors["file"] = ["No file was submitted."]
        if errors:
            raise field_errors(errors)
        others = [f for f in self.emulator.files.values() if f.task_id == task_id and f is not existing]
        if len(others) >= MAX_FILES_PER_TASK:
            raise field_errors(
                {
                    "course_creation_task": [
                        f"This task already has {len(others)} files; a task can have at most {MAX_FILES_PER_TASK}. "
                        "Delete a file before uploading another."
                    ]
                }
            )
        now = self.emulator.now()
        status = 200
        if existing is None:
            existing = self.emulator.add_file(org, task_id or 0)
            status = 201
        existing.task_id = task_id or existing.task_id
        if upload is not None:
            existing.name = _storage_name(upload.filename or "upload")
            existing.size = upload.size or 0
            existing.content_type = upload.content_type or "application/octet-stream"
            await upload.close()
        existing.modified = now
        return JSONResponse(self.file_json(request, existing), status_code=status)


def _course_sort_key(course: CourseRecord, field: str) -> object:
    return {
        "id": course.id,
        "name": course.name.lower(),
        "number": course.number,
        "run": course.run,
        "created_at": course.created,
        "updated_at": course.updated,
    }[field]


def _storage_name(filename: str) -> str:
    """A file name the way Django storage keeps it: no directories, spaces as underscores."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1].strip().replace(" ", "_")
    return re.sub(r"(?u)[^-\w.]", "", base) or "upload"


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
