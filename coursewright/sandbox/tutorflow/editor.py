"""The emulated TutorFlow course editor: edit-token routes, keyed updates, share-token reads.

`/courses/edit/:editToken/...` needs no key: the token is the credential, valid one hour on the
sandbox clock (unknown token 404 `platform_not_found`, expired 403 `platform_forbidden`). The keyed
`/courses/:id/...` PATCH routes work only once the request completed (409 `platform_conflict`
before). `/courses/public/:shareToken/...` reads refresh an expired edit token.

The generate route streams server-sent events and saves nothing: `start` {lessonId, type},
several `lecture` {"delta": html}, `quizzes` {"quizzes": [...]} when the lesson has any, then
`done` {"lesson": {lecture, content, quizzes, problems}}.

Strict mode (`SandboxConfig.strict`): read routes name a lesson's fields as the seed's add-lesson
answer does (`lectureContent`, `chapterSlug`); a canonical save merges (what it leaves out is
kept); minting an edit token revokes the course's previous one.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from coursewright.sandbox.core import SandboxConfig
from coursewright.sandbox.tutorflow.curriculum import (
    LESSON_CONTENT_RULES,
    MAX_DESCRIPTION,
    MAX_TITLE,
    apply_canonical,
    check_slug,
    check_title,
    insert_lesson,
    move_lesson,
    set_lesson_fields,
)
from coursewright.sandbox.tutorflow.http import (
    FORBIDDEN,
    FieldRule,
    PlatformError,
    conflict,
    not_found,
    read_object,
    validate,
)
from coursewright.sandbox.tutorflow.lessons import LESSON_TYPES, infer_type, quizzes_for, slugify
from coursewright.sandbox.tutorflow.records import COMPLETED, Course, CourseRequest, Lesson
from coursewright.sandbox.tutorflow.state import TutorflowEmulator
from coursewright.sandbox.tutorflow.views import Views, web_base

# Realistic time to stream one lesson (seconds, multiplied by time_scale).
GENERATE_SECONDS = 8.0
LECTURE_CHUNKS = 4

COURSE_RULES = (
    FieldRule("title", max_length=MAX_TITLE),
    FieldRule("description", max_length=MAX_DESCRIPTION),
)
LESSON_PATCH_RULES = (
    FieldRule("lecture"),
    FieldRule("title", max_length=MAX_TITLE),
    FieldRule("description", max_length=MAX_DESCRIPTION),
    FieldRule("lessonSlug", max_length=255),
)
ADD_LESSON_RULES = (
    FieldRule("title", required=True, max_length=MAX_TITLE),
    FieldRule("type", required=True, choices=LESSON_TYPES),
    FieldRule("description", max_length=MAX_DESCRIPTION),
    FieldRule("quizCount", "int", minimum=0, maximum=20),
    FieldRule("chapterSequence", "int", minimum=1),
)
CHAPTER_PATCH_RULES = (
    FieldRule("title", max_length=MAX_TITLE),
    FieldRule("slug", max_length=255),
)
INFER_RULES = (
    FieldRule("lessonTitle", required=True, max_length=MAX_TITLE),
    FieldRule("lessonDescription", max_length=MAX_DESCRIPTION),
    FieldRule("courseTitle", max_length=MAX_TITLE),
    FieldRule("courseDescription", max_length=MAX_DESCRIPTION),
    FieldRule("existingLessons", "list"),
)
GENERATE_RULES = (
    FieldRule("chapter", "object"),
    FieldRule("courseTitle", max_length=MAX_TITLE),
    FieldRule("courseDescription", max_length=MAX_DESCRIPTION),
    FieldRule("shouldGenerateImage", "bool"),
)

Handler = Callable[[Request], Awaitable[Response]]
CourseHandler = Callable[[Request, Course], Awaitable[Response]]
Keyed = Callable[[Callable[[Request, str], Awaitable[Response]]], Handler]

SUCCESS = {"success": True}


def _sse(event: str, data: object) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n".encode()


class EditorApi:
    """Handlers that act on one completed course, however the caller reached it."""

    def __init__(self, config: SandboxConfig, emulator: TutorflowEmulator) -> None:
        self.config = config
        self.emulator = emulator

    def views(self, request: Request) -> Views:
        return Views(self.emulator, web_base(request))

    # --- reaching the course --------------------------------------------------------------------

    def course_by_token(self, value: str) -> Course:
        token = self.emulator.tokens.get(value)
        if token is None:
            raise not_found("Edit token not found")
        if not self.emulator.token_is_live(token):
            raise PlatformError(
                403,
                FORBIDDEN,
                "Edit token has expired. Mint a new one with POST /v1/platform/courses/:id/edit-token.",
            )
        course = self.emulator.request_for_course(token.course_id).course
        assert course is not None
        return course

    def completed(self, workspace: str, request_id: str) -> tuple[CourseRequest, Course]:
        record = self.emulator.get(workspace, request_id)
        if record.status != COMPLETED or record.course is None:
            raise conflict(
                f"Course request {record.id} has no course to update (status {record.status}). "
                "Poll GET /v1/platform/courses/:id until isTerminal is true."
            )
        return record, record.course

    def by_token(self, handler: CourseHandler) -> Handler:
        async def run(request: Request) -> Response:
            return await handler(request, self.course_by_token(request.path_params["edit_token"]))

        return run

    def by_request(self, keyed: Keyed, handler: CourseHandler) -> Handler:
        async def run(request: Request, workspace: str) -> Response:
            _, course = self.completed(workspace, request.path_params["request_id"])
            return await handler(request, course)

        return keyed(run)

    def by_share(self, handler: CourseHandler) -> Handler:
        async def run(request: Request) -> Response:
            record = self.emulator.request_for_share(request.path_params["share_token"])
            token = record.edit_token
            if token is None or not self.emulator.token_is_live(token):
                self.emulator.mint_token(record)
            assert record.course is not None
            return await handler(request, record.course)

        return run

    # --- course ---------------------------------------------------------------------------------

    async def summary(self, request: Request, course: Course) -> Response:
        return JSONResponse(self.views(request).course_summary(course))

    async def full(self, request: Request, course: Course) -> Response:
        return JSONResponse(self.views(request).full_course(course))

    async def update_course(self, request: Request, course: Course) -> Response:
        self._update_course(course, await read_object(request))
        return JSONResponse(SUCCESS)

    async def update_course_keyed(self, request: Request, workspace: str) -> Response:
        record, course = self.completed(workspace, request.path_params["request_id"])
        self._update_course(course, await read_object(request))
        return JSONResponse(self.views(request).course_request(record))

    @staticmethod
    def _update_course(course: Course, body: dict[str, Any]) -> None:
        values = validate(body, COURSE_RULES)
        check_title(values)
        for name, value in values.items():
            setattr(course, name, value)

    async def canonical(self, request: Request, course: Course) -> Response:
        return JSONResponse(self.views(request).canonical(course))

    async def save_canonical(self, request: Request, course: Course) -> Response:
        body = await read_object(request)
        if self.config.strict:
            body = _merged(course, body)
        apply_canonical(
            course,
            body,
            lambda slug: self.emulator.slug_taken(slug, course.id),
            lambda row: self._blank_lesson(course, row.get("title", "")),
        )
        return JSONResponse(SUCCESS)

    async def update_chapter(self, request: Request, course: Course) -> Response:
        chapter = course.chapter(request.path_params["chapter_id"])
        if chapter is None:
            raise not_found(f"Chapter {request.path_params['chapter_id']} not found")
        values = validate(await read_object(request), CHAPTER_PATCH_RULES)
        check_title(values)
        if "slug" in values:
            check_slug(values["slug"])
        chapter.title = values.get("title", chapter.title)
        chapter.slug = values.get("slug", chapter.slug)
        return JSONResponse(SUCCESS)

    # --- lessons --------------------------------------------------------------------------------

    def _blank_lesson(self, course: Course, title: str) -> Lesson:
        lesson_id = self.emulator.new_uuid()
        return Lesson(lesson_id, "", title, "markdown", 0, slugify(title, lesson_id))

    async def lesson(self, request: Request, course: Course) -> Response:
        found = course.lesson_at(request.path_params["sequence"])
        return JSONResponse(self.views(request).public_lesson(course, found))

    async def update_lesson(self, request: Request, course: Course) -> Response:
        found = course.lesson_at(request.path_params["sequence"])
        values = validate(await read_object(request), LESSON_PATCH_RULES)
        check_title(values)
        if "lessonSlug" in values:
            found.slug = values.pop("lessonSlug")
            check_slug(found.slug, "lessonSlug")
        set_lesson_fields(found, values)
        return JSONResponse(SUCCESS)

    async def add_lesson(self, request: Request, course: Course) -> Response:
        values = validate(await read_object(request), ADD_LESSON_RULES)
        check_title(values)
        if "chapterSequence" in values:
            chapter = next((c for c in course.chapters if c.sequence == values["chapterSequence"]), None)
            if chapter is None:
                raise not_found(f"Chapter with sequence {values['chapterSequence']} not found")
        else:
            chapter = course.chapters[-1]
        added = self._blank_lesson(course, values["title"])
        added.type = values["type"]
        added.description = values.get("description", "")
        added.quizzes = quizzes_for(self.config.seed, added.title, values.get("quizCount", 0))
        insert_lesson(course, added, chapter)
        return JSONResponse(self.views(request).public_lesson(course, added), status_code=201)

    async def full_lesson(self, request: Request, course: Course) -> Response:
        found = course.lesson_by_id(request.path_params["lesson_id"])
        return JSONResponse(self.views(request).read_lesson(course, found))

    async def save_full_lesson(self, request: Request, course: Course) -> Response:
        found = course.lesson_by_id(request.path_params["lesson_id"])
        values = validate(await read_object(request), LESSON_CONTENT_RULES)
        check_title(values)
        if "slug" in values:
            check_slug(values["slug"])
        chapter_id = values.pop("chapterId", None)
        sequence = values.pop("sequence", None)
        if chapter_id is not None or sequence is not None:
            move_lesson(course, found, chapter_id, sequence)
        set_lesson_fields(found, values)
        return JSONResponse(self.views(request).read_lesson(course, found))

    async def generate(self, request: Request, course: Course) -> Response:
        found = course.lesson_by_id(request.path_params["lesson_id"])
        validate(await read_object(request), GENERATE_RULES)
        generated = self.emulator.regenerate(course, found)
        pause = self.config.scaled(GENERATE_SECONDS) / (LECTURE_CHUNKS + 1)
        sleep = self.config.sleep

        async def events() -> AsyncIterator[bytes]:
            yield _sse("start", {"lessonId": found.id, "type": found.type})
            lecture = generated["lecture"]
            size = max(1, -(-len(lecture) // LECTURE_CHUNKS))
            for start in range(0, len(lecture), size):
                if pause > 0:
                    await sleep(pause)
                yield _sse("lecture", {"delta": lecture[start : start + size]})
            if generated["quizzes"]:
                yield _sse("quizzes", {"quizzes": generated["quizzes"]})
            fields = ("lecture", "content", "quizzes", "problems")
            yield _sse("done", {"lesson": {name: generated[name] for name in fields}})

        return StreamingResponse(
            events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
        )

    async def infer(self, request: Request, course: Course) -> Response:
        values = validate(await read_object(request), INFER_RULES)
        existing = [
            item["type"]
            for item in values.get("existingLessons", [])
            if isinstance(item, dict) and isinstance(item.get("type"), str)
        ]
        chosen = infer_type(
            values["lessonTitle"],
            values.get("lessonDescription"),
            values.get("courseTitle", course.title),
            values.get("courseDescription", course.description),
            existing,
        )
        return JSONResponse({"type": chosen})


def _merged(course: Course, body: dict[str, Any]) -> dict[str, Any]:
    """Strict: a canonical save merges (the seed does not say that what it leaves out is deleted),
    so the chapters and lessons it does not list are kept as they are."""
    merged = dict(body)
    if isinstance(body.get("chapters"), list):
        listed = {row.get("id") for row in body["chapters"] if isinstance(row, dict)}
        merged["chapters"] = [
            *body["chapters"],
            *({"id": c.id, "title": c.title, "slug": c.slug} for c in course.chapters if c.id not in listed),
        ]
    if isinstance(body.get("lessons"), list):
        listed = {row.get("id") for row in body["lessons"] if isinstance(row, dict)}
        merged["lessons"] = [
            *body["lessons"],
            *({"id": x.id, "chapterId": x.chapter_id} for x in course.lessons if x.id not in listed),
        ]
    return merged


def editor_routes(editor: EditorApi, keyed: Keyed, courses: str) -> list[Route]:
    """Routes of the edit-token family, the keyed update family and the share-token reads."""
    edit = courses + "/edit/{edit_token}"
    by_id = "/lessons/by-id/{lesson_id}"
    tokened = editor.by_token
    routes = [
        Route(edit, tokened(editor.summary), methods=["GET"]),
        Route(edit, tokened(editor.update_course), methods=["PATCH"]),
        Route(edit + "/full", tokened(editor.full), methods=["GET"]),
        Route(edit + "/canonical", tokened(editor.canonical), methods=["GET"]),
        Route(edit + "/canonical", tokened(editor.save_canonical), methods=["PATCH"]),
        Route(edit + "/lessons", tokened(editor.add_lesson), methods=["POST"]),
        Route(edit + "/lessons/{sequence:int}", tokened(editor.lesson), methods=["GET"]),
        Route(edit + "/lessons/{sequence:int}", tokened(editor.update_lesson), methods=["PATCH"]),
        Route(edit + by_id + "/full", tokened(editor.full_lesson), methods=["GET"]),
        Route(edit + by_id + "/full", tokened(editor.save_full_lesson), methods=["PATCH"]),
        Route(edit + by_id + "/generate", tokened(editor.generate), methods=["POST"]),
        Route(edit + "/infer-type", tokened(editor.infer), methods=["POST"]),
    ]
    share = courses + "/public/{share_token}"
    routes += [
        Route(share, editor.by_share(editor.summary), methods=["GET"]),
        Route(share + "/full", editor.by_share(editor.full), methods=["GET"]),
        Route(share + "/lessons/{sequence:int}", editor.by_share(editor.lesson), methods=["GET"]),
    ]
    item = courses + "/{request_id}"
    routes += [
        Route(item, keyed(editor.update_course_keyed), methods=["PATCH"]),
        Route(item + "/canonical", editor.by_request(keyed, editor.save_canonical), methods=["PATCH"]),
        Route(
            item + "/chapters/{chapter_id}",
            editor.by_request(keyed, editor.update_chapter),
            methods=["PATCH"],
        ),
        Route(
            item + "/lessons/{sequence:int}",
            editor.by_request(keyed, editor.update_lesson),
            methods=["PATCH"],
        ),
        Route(item + by_id + "/full", editor.by_request(keyed, editor.save_full_lesson), methods=["PATCH"]),
    ]
    return routes
