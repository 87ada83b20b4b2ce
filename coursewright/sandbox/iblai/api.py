"""Shared by the ibl.ai handlers: lookups scoped to the caller's org, JSON shapes, step latency."""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request

from coursewright.sandbox.core import SandboxConfig
from coursewright.sandbox.iblai.http import AUTH_SCHEMES, NOT_FOUND, detail_error, known_principals
from coursewright.sandbox.iblai.records import CourseRecord, FileRecord, TaskRecord
from coursewright.sandbox.iblai.state import IblaiEmulator

API_PATH_MARKER = "/api/ai-mentor/"
MEDIA_PREFIX = "/media/"


def emulator_base(request: Request) -> str:
    """Scheme, host and whatever prefix the emulator is served under (`/iblai`, `/iblai/dm`, ...).

    Read from the request path, because the mounts in front of the emulator differ between the
    sandbox app, the bare emulator and the `/dm` gateway prefix.
    """
    path = request.url.path
    for marker in (API_PATH_MARKER, MEDIA_PREFIX):
        if marker in path:
            path = path[: path.index(marker)]
            break
    return f"{request.url.scheme}://{request.url.netloc}{path.rstrip('/')}"


class IblaiApiBase:
    """What every handler group needs: the emulator, its config, org-scoped lookups, serialisers."""

    def __init__(self, config: SandboxConfig, emulator: IblaiEmulator) -> None:
        self.config = config
        self.emulator = emulator
        self.principals = known_principals()
        # The seed: every request carries `Authorization: Token <key>`; newer docs say `Api-Token`.
        self.auth_schemes = ("token",) if config.strict else AUTH_SCHEMES

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
        return {
            "id": file.id,
            "course_creation_task": file.task_id,
            "file": f"{emulator_base(request)}{MEDIA_PREFIX}{quote(file.storage_path)}",
            "date_created": self.emulator.iso(file.created),
            "last_modified": self.emulator.iso(file.modified),
        }

    def task_json(self, request: Request, task: TaskRecord) -> dict[str, object]:
        files = sorted((f for f in self.emulator.files.values() if f.task_id == task.id), key=lambda f: f.id)
        return {
            "id": task.id,
            "user_id": task.user_id,
            "student": self.student_id(task),
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
        } | ({"files": None} if self.config.strict else {})  # strict: the seed shows no task fields

    def student_id(self, task: TaskRecord) -> int:
        """The edX user id of the task's owner: the key's numeric id when the sandbox knows one."""
        for principal in self.principals.values():
            if (principal.org, principal.user_id) == (task.org, task.user_id) and principal.numeric_id:
                return principal.numeric_id
        return self.emulator.student_id(task.org, task.user_id)

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
        record = self.course_json(course)
        if self.config.strict:
            record.pop("task")  # the seed does not say the structure names its task
        return {
            **record,
            "display_name": tree["display_name"],
            "sections": tree["sections"],
        }
