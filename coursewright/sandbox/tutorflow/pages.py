"""Small HTML pages behind the links the emulated TutorFlow API hands out, so they open in a browser.

`/{locale}/platform/courses/edit/{editToken}` (previewUrl: the editor, shown read-only here),
`/{locale}/platform/courses/{shareToken}` (the list's previewUrl: resolves the latest edit token,
refreshing it when expired, and redirects into the editor) and
`/{locale}/platform/courses/{shareToken}/lessons/{sequence}` (publicUrl and lessonUrl).
Lecture HTML is sanitised before it is shown: an editor may have saved anything.
"""

from __future__ import annotations

from html import escape

import nh3
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from coursewright.sandbox.tutorflow.editor import EditorApi
from coursewright.sandbox.tutorflow.records import Course
from coursewright.sandbox.tutorflow.views import web_base

PAGES = "/{locale}/platform/courses"


def html_page(title: str, body: str, status: int = 200) -> HTMLResponse:
    html = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head><body>"
        "<p><small>coursewright sandbox: TutorFlow emulator</small></p>"
        f"{body}</body></html>"
    )
    return HTMLResponse(html, status_code=status)


def _outline(course: Course, lesson_link: str) -> str:
    items = []
    for chapter in course.chapters:
        lessons = "".join(
            f"<li><a href='{escape(lesson_link)}/{lesson.sequence}'>{escape(lesson.title)}</a>"
            f" <small>({escape(lesson.type)})</small></li>"
            for lesson in course.lessons
            if lesson.chapter_id == chapter.id
        )
        items.append(f"<li>{escape(chapter.title)}<ol>{lessons}</ol></li>")
    return f"<ol>{''.join(items)}</ol>"


def page_routes(editor: EditorApi) -> list[Route]:
    emulator = editor.emulator

    def lesson_root(request: Request, course: Course) -> str:
        return f"{web_base(request)}/{request.path_params['locale']}/platform/courses/{course.share_token}/lessons"

    async def editor_page(request: Request) -> Response:
        course = editor.course_by_token(request.path_params["edit_token"])
        body = (
            f"<h1>{escape(course.title)}</h1><p>{escape(course.description)}</p>"
            f"<p>Editor (read-only in the sandbox)</p>{_outline(course, lesson_root(request, course))}"
        )
        return html_page(course.title, body)

    async def share_page(request: Request) -> Response:
        record = emulator.request_for_share(request.path_params["share_token"])
        token = record.edit_token
        if token is None or not emulator.token_is_live(token):
            token = emulator.mint_token(record)
        target = f"{web_base(request)}/{request.path_params['locale']}/platform/courses/edit/{token.value}"
        return RedirectResponse(target, status_code=302)

    async def lesson_page(request: Request) -> Response:
        record = emulator.request_for_share(request.path_params["share_token"])
        assert record.course is not None
        course = record.course
        lesson = course.lesson_at(request.path_params["sequence"])
        body = (
            f"<p>{escape(course.title)}</p><h1>{escape(lesson.title)}</h1>"
            f"{nh3.clean(lesson.lecture)}{_outline(course, lesson_root(request, course))}"
        )
        return html_page(lesson.title, body)

    return [
        Route(PAGES + "/edit/{edit_token}", editor_page, methods=["GET"]),
        Route(PAGES + "/{share_token}", share_page, methods=["GET"]),
        Route(PAGES + "/{share_token}/lessons/{sequence:int}", lesson_page, methods=["GET"]),
    ]
