"""A stand-in for the LearningStudio emulator while `coursewright/sandbox/learningstudio.py` is being written.

Only the documented API (jobs, export, `{message, code}` errors, plan and quota refusals);
the provider tests switch to the real emulator as soon as it exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from coursewright.sandbox import keys
from coursewright.sandbox.content import capa_problem, outline_for, unit_html
from coursewright.sandbox.core import SandboxConfig

JOB_SECONDS = 90.0


@dataclass
class StandInState:
    jobs: dict[str, dict] = field(default_factory=dict)
    exports: int = 0


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"message": message, "code": code}, status_code=status)


def create_app(config: SandboxConfig) -> Starlette:
    state = StandInState()

    def refused(request: Request, creating: bool) -> JSONResponse | None:
        header = request.headers.get("authorization", "")
        key = header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else ""
        known = (
            keys.LEARNINGSTUDIO_API_KEY,
            keys.LEARNINGSTUDIO_UNPAID_API_KEY,
            keys.LEARNINGSTUDIO_EXHAUSTED_API_KEY,
        )
        if key not in known:
            return _error(401, "INVALID_API_KEY", "Invalid API key")
        if key == keys.LEARNINGSTUDIO_UNPAID_API_KEY:
            return _error(403, "PAID_PLAN_REQUIRED", "API access requires a paid plan")
        if creating and key == keys.LEARNINGSTUDIO_EXHAUSTED_API_KEY:
            return _error(403, "USAGE_LIMIT_EXCEEDED_PLAN", "Usage limit exceeded for your plan (Pro)")
        return None

    async def create(request: Request) -> JSONResponse:
        if (refusal := refused(request, True)) is not None:
            return refusal
        body = await request.json()
        subject = body.get("subject")
        if not isinstance(subject, str) or not 1 <= len(subject) <= 200 or len(body.get("outline") or []) > 9:
            return _error(400, "VALIDATION_ERROR", "Invalid request body")
        job_id = f"job{len(state.jobs) + 1:04d}X"
        state.jobs[job_id] = {"body": body, "started": config.clock()}
        return JSONResponse(
            {"jobId": job_id, "status": "pending", "pollUrl": f"/api/v1/courses/jobs/{job_id}"},
            status_code=202,
        )

    def course_of(job_id: str, job: dict) -> dict:
        body = job["body"]
        outline = outline_for(config.seed, body["subject"], sections=len(body.get("outline") or []) or 3)
        chapters = body.get("outline") or [s.title for s in outline.sections]
        course_id = f"cou_{job_id.lower()}"
        modules = []
        for index, chapter in enumerate(chapters):
            titles = list(outline.sections[index % len(outline.sections)].subsections[0].units)
            lessons = [
                {
                    "id": f"les{index + 1}{n + 1}",
                    "title": title,
                    "content": unit_html(config.seed, outline.course_title, title),
                    **({"quiz": capa_problem(config.seed, chapter)} if n == 0 else {}),
                }
                for n, title in enumerate(titles)
            ]
            modules.append({"id": f"mod{index + 1}", "title": chapter, "lessons": lessons})
        return {
            "id": course_id,
            "name": outline.course_title,
            "headline": "A course",
            "format": body.get("format", "onepage"),
            "languageId": body.get("languageId", "en-US"),
            "shareUrl": f"https://learningstudioai.com/go/{course_id}",
            "createdAt": "2026-04-28T17:14:08.000Z",
            "modules": modules,
        }

    async def job(request: Request) -> JSONResponse:
        if (refusal := refused(request, False)) is not None:
            return refusal
        job_id = request.path_params["job_id"]
        found = state.jobs.get(job_id)
        if found is None:
            return _error(404, "NOT_FOUND", "Job not found")
        if config.is_due(found["started"], JOB_SECONDS):
            return JSONResponse(
                {"jobId": job_id, "status": "completed", "progress": 100, "course": course_of(job_id, found)}
            )
        progress = round(100 * config.progress(found["started"], JOB_SECONDS))
        status = "pending" if progress == 0 else "running"
        return JSONResponse({"jobId": job_id, "status": status, "progress": progress, "course": None})

    async def export(request: Request) -> JSONResponse:
        if (refusal := refused(request, False)) is not None:
            return refusal
        course_id = request.path_params["course_id"]
        state.exports += 1
        return JSONResponse(
            {
                "courseId": course_id,
                "format": "scorm12",
                "downloadUrl": f"https://storage.example/{course_id}/course.zip",
                "shareUrl": f"https://learningstudioai.com/go/{course_id}",
                "exportedAt": "2026-04-28T17:20:00.000Z",
            }
        )

    app = Starlette(
        routes=[
            Route("/api/v1/courses", create, methods=["POST"]),
            Route("/api/v1/courses/jobs/{job_id}", job, methods=["GET"]),
            Route("/api/v1/courses/{course_id}/export", export, methods=["POST"]),
        ]
    )
    app.state.emulator = state
    return app
