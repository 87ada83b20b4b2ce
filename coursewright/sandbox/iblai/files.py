"""ibl.ai file endpoints: multipart uploads of reference material, at most 4 per task and 20 MB each.

The stored bytes are served back at the upload's `file` URL (Django's media path) to an
administrator of the file's org.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from coursewright.sandbox.iblai.api import IblaiApiBase
from coursewright.sandbox.iblai.http import (
    NOT_FOUND,
    ApiError,
    Principal,
    clean_pk,
    detail_error,
    field_errors,
    no_content,
    paginate,
    read_body,
    upload_of,
)
from coursewright.sandbox.iblai.records import FileRecord

MAX_FILES_PER_TASK = 4
MAX_FILE_BYTES = 20 * 1024 * 1024
DEFAULT_MEDIA_TYPE = "application/octet-stream"
# Served by extension (the way a media server answers), not by whatever the uploader claimed;
# a fixed table, because the system's MIME database differs from machine to machine.
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".md": "text/markdown; charset=utf-8",
    ".markdown": "text/markdown; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
}


class FileHandlers(IblaiApiBase):
    """Handlers under `course-creation/files/` (and its legacy alias)."""

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

    def media(self, request: Request, principal: Principal) -> Response:
        """An uploaded file's bytes at its storage path; a file of another org is not found."""
        file = self.emulator.file_at(request.path_params["storage_path"])
        if file is None or file.org != principal.org:
            raise detail_error(404, NOT_FOUND)
        return Response(
            file.content,
            media_type=media_type_of(file),
            # RFC 6266 with the RFC 5987 form, so a non-Latin name survives the header encoding.
            headers={"Content-Disposition": f"inline; filename*=UTF-8''{quote(file.name)}"},
        )

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
            content = await upload.read()
            await upload.close()
            self.emulator.store_upload(
                existing,
                _storage_name(upload.filename or "upload"),
                content,
                upload.content_type or DEFAULT_MEDIA_TYPE,
            )
        existing.modified = now
        return JSONResponse(self.file_json(request, existing), status_code=status)


def media_type_of(file: FileRecord) -> str:
    """The Content-Type a media server gives the file: by extension, else as uploaded."""
    extension = "." + file.name.rpartition(".")[2].lower() if "." in file.name else ""
    if extension in MEDIA_TYPES:
        return MEDIA_TYPES[extension]
    claimed = file.content_type.strip()
    return claimed if "/" in claimed and "\n" not in claimed else DEFAULT_MEDIA_TYPE


def _storage_name(filename: str) -> str:
    """A file name the way Django storage keeps it: no directories, spaces as underscores."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1].strip().replace(" ", "_")
    return re.sub(r"(?u)[^-\w.]", "", base) or "upload"
