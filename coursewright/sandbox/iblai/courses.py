"""ibl.ai course endpoints: records, the block tree and its edits, drafting, publishing, progress."""

from __future__ import annotations

import random
from html import escape

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from coursewright.sandbox.iblai.api import IblaiApiBase
from coursewright.sandbox.iblai.blocks import (
    XBLOCK_TYPES,
    Block,
    BlockRefused,
    parse_course_root,
    problem_from_markdown,
)
from coursewright.sandbox.iblai.http import (
    FieldRule,
    clean_pk,
    detail_error,
    field_errors,
    no_content,
    paginate,
    read_body,
    validate,
    wants_true,
)
from coursewright.sandbox.iblai.records import CourseRecord, StepFailed

DRAFT_UNIT_SECONDS = 6.0
SYNC_SECONDS = 3.0
COURSE_ORDERING_FIELDS = ("id", "name", "number", "run", "created_at", "updated_at")

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


class CourseHandlers(IblaiApiBase):
    """Handlers under `course-creation/course/`."""

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

    def created_result(self, detail: str, xblock_id: str, extra: object) -> JSONResponse:
        if self.config.strict:
            # The seed names no field of the answer: strict answers without the new block's id.
            return JSONResponse({"success": True, "detail": detail})
        return self.xblock_result(detail, xblock_id, extra)

    async def create_xblock(self, request: Request) -> Response:
        course = self.course_for(request)
        values = validate(await read_body(request), CREATE_XBLOCK_RULES)
        block_type = values["xblock_type"]
        content = values.get("content", "")
        if block_type == "problem" and not content and values.get("markdown"):
            content = problem_from_markdown(values["markdown"], values["display_name"])
        elif block_type == "problem" and not content:
            content = f'<problem display_name="{escape(values["display_name"], quote=True)}"></problem>'
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
        return self.created_result(f"Created {block_type} '{block.display_name}'.", block.locator, extra)

    async def update_xblock(self, request: Request) -> Response:
        course = self.course_for(request)
        values = validate(await read_body(request), UPDATE_XBLOCK_RULES)
        target = course.tree.blocks.get(values["xblock_id"])
        if (
            self.config.strict
            and values.get("content") is not None
            and target
            and target.block_type == "video"
        ):
            # The seed: content on update only for html and problem.
            raise BlockRefused("content can be updated only for html and problem blocks.")
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


def _course_sort_key(course: CourseRecord, field: str) -> object:
    return {
        "id": course.id,
        "name": course.name.lower(),
        "number": course.number,
        "run": course.run,
        "created_at": course.created,
        "updated_at": course.updated,
    }[field]
