"""Which local files a task may take as reference material, and reading them safely.

The path comes from the model, so it is treated as untrusted: links are resolved
before the folder check, only regular files are read, and the size is enforced
again while reading in case the file grew after the check.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path

from coursewright.errors import Conflict, Forbidden, InvalidInput, NotFound

MAX_FILES_PER_TASK = 4
MAX_FILE_BYTES = 20 * 1024 * 1024

#: Allowed suffix -> media type sent to the platform.
MEDIA_TYPES: dict[str, str] = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".rtf": "application/rtf",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".key": "application/vnd.apple.keynote",
}
_ZIP_BASED = {".docx", ".pptx", ".odt", ".odp", ".key"}
_OLE_BASED = {".doc", ".ppt"}
_TEXT = {".md", ".markdown", ".txt", ".rtf"}


@dataclass(frozen=True)
class CheckedFile:
    path: Path
    name: str
    size: int
    media_type: str


def _inside(path: Path, roots: list[Path]) -> bool:
    return any(path == root or path.is_relative_to(root) for root in roots)


def check_reference_file(
    path: str, *, roots: list[Path], existing_count: int, has_outline: bool
) -> CheckedFile:
    """Refuse anything outside the allowed folders, of the wrong type or size, or too late."""
    if has_outline:
        raise Conflict(
            "The task already has an outline, so reference files can no longer shape it.",
            "Attach files before generate_outline, or create a new task for a course built from them.",
        )
    if existing_count >= MAX_FILES_PER_TASK:
        raise InvalidInput(
            f"The task already has {existing_count} reference files, the most a task takes.",
            "Merge the material into fewer files, or leave out the least important one.",
        )
    given = Path(path).expanduser()
    resolved = (given if given.is_absolute() else Path.cwd() / given).resolve()
    allowed = [root.resolve() for root in roots]
    if not _inside(resolved, allowed):
        raise Forbidden(
            f"{path!r} is outside the folders this server may read.",
            "Move the file into one of: "
            + ", ".join(str(r) for r in allowed)
            + " (an admin can change COURSEWRIGHT_FILE_ROOTS).",
        )
    try:
        info = resolved.stat()
    except FileNotFoundError:
        raise NotFound(
            f"There is no file at {path!r}.",
            "Check the path; relative paths start at the server's working folder.",
        ) from None
    except OSError:
        raise Forbidden(
            f"The file {path!r} cannot be read.", "Check its permissions, or copy it somewhere readable."
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(f"{path!r} is not a regular file.", "Pass the path of a single document.")
    suffix = resolved.suffix.lower()
    if suffix not in MEDIA_TYPES:
        raise InvalidInput(
            f"Files of type {suffix or '(none)'!r} are not accepted as references.",
            "Use a PDF, Word, Markdown, text or slides file (" + ", ".join(sorted(MEDIA_TYPES)) + ").",
        )
    if info.st_size == 0:
        raise InvalidInput(f"{path!r} is empty.", "Pass a file with content.")
    if info.st_size > MAX_FILE_BYTES:
        raise InvalidInput(
            f"{path!r} is {info.st_size / 1024 / 1024:.1f} MB; a reference file may be at most 20 MB.",
            "Split it, or keep only the chapters the course needs.",
        )
    return CheckedFile(path=resolved, name=resolved.name, size=info.st_size, media_type=MEDIA_TYPES[suffix])


def _content_matches(suffix: str, head: bytes) -> bool:
    if suffix == ".pdf":
        return head.startswith(b"%PDF")
    if suffix in _ZIP_BASED:
        return head.startswith(b"PK")
    if suffix in _OLE_BASED:
        return head.startswith(b"\xd0\xcf\x11\xe0")
    if suffix in _TEXT:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            # A multi-byte character cut at the end of the sample is still text.
            return exc.start >= len(head) - 3
        return b"\x00" not in head
    return True


def read_reference_file(checked: CheckedFile) -> bytes:
    """The file's bytes, refusing one whose content does not match its type or that grew past the limit."""
    with open(checked.path, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(f"{checked.name} grew past 20 MB while it was read.", "Pass a smaller file.")
    if not _content_matches(checked.path.suffix.lower(), data[:4096]):
        raise InvalidInput(
            f"{checked.name} does not contain what its {checked.path.suffix} name says.",
            "Export it again in that format, or rename it to its real type.",
        )
    return data
