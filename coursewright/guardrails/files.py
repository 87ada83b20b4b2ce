"""Which local files a task may take as reference material, and reading them without races.

The path comes from the model, so it is untrusted, and the folders around it may change while
it is read. Nothing here checks a path and then opens it again: the file is opened once, from a
descriptor of an allowed root, one component at a time, never following a link (`O_NOFOLLOW`
on every step), and everything after that (type, size, hard links, where it lives, the bytes)
is asked of that one descriptor. A link swapped in between two steps makes the open fail; a
hard link to a file outside the roots is refused by its link count.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from coursewright.errors import Conflict, Forbidden, InvalidInput, NotFound, NotSupported

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
#: Office Open XML: the content type its [Content_Types].xml must give the main document part.
_OOXML_MAIN = {
    ".docx": "wordprocessingml.document.main+xml",
    ".pptx": "presentationml.presentation.main+xml",
}
#: OpenDocument: the first member, `mimetype`, names the media type itself.
_ODF = {".odt", ".odp"}
_OLE_BASED = {".doc", ".ppt"}
_TEXT = {".md", ".markdown", ".txt", ".rtf"}

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # absent on Windows, where files are not read at all
_WALKS_BY_DESCRIPTOR = os.open in os.supports_dir_fd
_DIRECTORY_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
_FILE_FLAGS = (
    os.O_RDONLY
    | _NOFOLLOW
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO must not block the open; fstat refuses it next
    | getattr(os, "O_NOCTTY", 0)
)

HOW_TO_ALLOW = (
    "Ask the user to share the folder with this server: add it as a root in their MCP client, or "
    "set COURSEWRIGHT_FILE_ROOTS to it (several folders separated by ':') and restart the server."
)


@dataclass(frozen=True)
class ReferenceFile:
    name: str
    size: int
    media_type: str
    data: bytes


def roots_from(configured: Sequence[Path], client_uris: Sequence[str] = ()) -> list[Path]:
    """The folders files may be read from: the configured ones plus the client's `file://` roots."""
    found: list[Path] = []
    candidates = [Path(p).expanduser() for p in configured]
    for uri in client_uris:
        parts = urlsplit(str(uri))
        if parts.scheme == "file" and parts.netloc in ("", "localhost") and parts.path:
            candidates.append(Path(unquote(parts.path)))
    for candidate in candidates:
        if not candidate.is_absolute() or "\x00" in str(candidate):
            continue
        root = Path(os.path.normpath(candidate))
        if root not in found:
            found.append(root)
    return found


def _forms(root: Path) -> list[Path]:
    """A root as written and as the file system resolves it (a root may itself sit behind a link)."""
    resolved = Path(os.path.realpath(root))
    return [root] if resolved == root else [root, resolved]


def _inside(path: Path, roots: Sequence[Path]) -> bool:
    return any(path == root or path.is_relative_to(root) for root in roots)


def _refuse_nul(path: str) -> None:
    if "\x00" in path:
        raise InvalidInput(
            "The path contains a NUL character, which no file name can hold.",
            "Send the path exactly as the file system shows it.",
        )


def _check_request(path: str, existing_count: int, has_outline: bool) -> str:
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
    _refuse_nul(path)
    suffix = Path(path).suffix.lower()
    if suffix not in MEDIA_TYPES:
        raise InvalidInput(
            f"Files of type {suffix or '(none)'!r} are not accepted as references.",
            "Use a PDF, Word, Markdown, text or slides file (" + ", ".join(sorted(MEDIA_TYPES)) + ").",
        )
    return suffix


def _candidates(path: str, roots: Sequence[Path]) -> list[tuple[Path, tuple[str, ...]]]:
    """(root to open, components beneath it) for each root the path may lie in, in order."""
    given = Path(path).expanduser()
    if given.is_absolute():
        normal = Path(os.path.normpath(given))
        for root in roots:
            for form in _forms(root):
                if _inside(normal, [form]):
                    return [(root, normal.relative_to(form).parts)]
        raise Forbidden(
            f"{path!r} is outside the folders this server may read.",
            "Move the file into one of: " + ", ".join(map(str, roots)) + f". {HOW_TO_ALLOW}",
        )
    parts = Path(os.path.normpath(given)).parts
    if not parts or parts[0] == "..":
        raise Forbidden(
            f"{path!r} leads outside the folders this server may read.",
            "Pass a path inside one of: " + ", ".join(map(str, roots)) + ".",
        )
    return [(root, parts) for root in roots]


def _open_beneath(root: Path, parts: tuple[str, ...]) -> int:
    """A descriptor of root/parts, opened component by component without following any link."""
    directory = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        for part in parts[:-1]:
            below = os.open(part, _DIRECTORY_FLAGS, dir_fd=directory)
            os.close(directory)
            directory = below
        return os.open(parts[-1], _FILE_FLAGS, dir_fd=directory)
    finally:
        os.close(directory)


def _descriptor_path(fd: int) -> Path | None:
    """Where the kernel says an open descriptor lives, where it can tell."""
    try:
        if sys.platform.startswith("linux"):
            return Path(os.readlink(f"/proc/self/fd/{fd}"))
        if sys.platform == "darwin":
            import fcntl

            raw = fcntl.fcntl(fd, getattr(fcntl, "F_GETPATH", 50), b"\0" * 1024)
            return Path(raw.split(b"\0", 1)[0].decode())
    except (OSError, ValueError):
        return None
    return None


def _open_error(path: str, exc: OSError) -> Exception:
    if exc.errno == errno.ENOENT:
        return NotFound(
            f"There is no file at {path!r}.",
            "Check the path; a relative path is read from inside the allowed folders.",
        )
    if exc.errno in (errno.ELOOP, errno.EMLINK, errno.ENOTDIR):
        return Forbidden(
            f"{path!r} goes through a link (or a file where a folder should be); links are not followed.",
            "Pass the real path of the file inside an allowed folder, not a link to it.",
        )
    if exc.errno == errno.EISDIR:
        return InvalidInput(f"{path!r} is a folder, not a file.", "Pass the path of a single document.")
    return Forbidden(
        f"The file {path!r} cannot be read.", "Check its permissions, or copy it somewhere readable."
    )


def _open_reference(path: str, roots: Sequence[Path]) -> tuple[int, Path, tuple[str, ...]]:
    """(descriptor, root it was opened from, components beneath that root)."""
    first_error: OSError | None = None
    for root, parts in _candidates(path, roots):
        if not parts:
            raise InvalidInput(f"{path!r} is a folder, not a file.", "Pass the path of a single document.")
        try:
            return _open_beneath(root, parts), root, parts
        except OSError as exc:
            if exc.errno != errno.ENOENT:
                raise _open_error(path, exc) from None
            first_error = first_error or exc
    raise _open_error(path, first_error or OSError(errno.ENOENT, "missing")) from None


def _check_descriptor(fd: int, path: str, root: Path, parts: tuple[str, ...], max_bytes: int) -> int:
    """Type, links, place and size of what was opened, asked of the descriptor itself.

    The link count is read before the place: if a hard link into the root was made to an outside
    file and removed again to fool the count, the name that was opened is gone, and the kernel
    reports the descriptor's path as deleted, which is not the path expected.
    """
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(f"{path!r} is not a regular file.", "Pass the path of a single document.")
    if info.st_nlink != 1:
        raise Forbidden(
            f"{path!r} has {info.st_nlink} hard links, so it may be a file from outside the allowed folders.",
            "Copy the file into the folder (a copy, not a link) and attach the copy.",
        )
    where = _descriptor_path(fd)
    expected = Path(os.path.realpath(root)).joinpath(*parts)
    if where is not None and where != expected:
        raise Forbidden(
            f"{path!r} changed while it was opened, so it is not certain to be inside the allowed folders.",
            "Make sure nothing else is moving the file, then try again.",
        )
    if info.st_size == 0:
        raise InvalidInput(f"{path!r} is empty.", "Pass a file with content.")
    if info.st_size > max_bytes:
        raise InvalidInput(
            f"{path!r} is {info.st_size / 1024 / 1024:.1f} MB; the most this server reads is "
            f"{max_bytes / 1024 / 1024:.0f} MB.",
            "Split it, or keep only the chapters the course needs.",
        )
    return info.st_size


def _read_all(fd: int, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
        chunk = os.read(fd, min(1024 * 1024, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _zip_member(data: bytes, name: str, limit: int = 1024 * 1024) -> bytes | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(name)
            if info.file_size > limit:
                return None
            return archive.read(info)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError, NotImplementedError):
        return None


def _content_matches(suffix: str, data: bytes) -> bool:
    head = data[:4096]
    if suffix == ".pdf":
        return head.startswith(b"%PDF")
    if suffix in _OOXML_MAIN:
        types = _zip_member(data, "[Content_Types].xml")
        return types is not None and _OOXML_MAIN[suffix].encode() in types
    if suffix in _ODF:
        mimetype = _zip_member(data, "mimetype")
        return mimetype is not None and mimetype.strip() == MEDIA_TYPES[suffix].encode()
    if suffix == ".key":
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
    return False


def read_inside_roots(
    path: str, roots: Sequence[Path], *, max_bytes: int = MAX_FILE_BYTES
) -> tuple[str, bytes]:
    """The name and bytes of one regular file inside the roots, opened without following any link
    and checked on its open descriptor (one hard link, still where it was opened, at most
    `max_bytes`). Blocking: call it in a thread. Any tool that reads a user's file uses this."""
    _refuse_nul(path)
    if not _NOFOLLOW or not _WALKS_BY_DESCRIPTOR:
        raise NotSupported(
            "This system cannot open a file without following links, so the server reads no local files here.",
            "Put the essential facts from the file into the brief's description instead.",
        )
    if not roots:
        raise Forbidden("No folder is shared with this server, so it cannot read any file.", HOW_TO_ALLOW)
    fd, root, parts = _open_reference(path, roots)
    try:
        _check_descriptor(fd, path, root, parts, max_bytes)
        data = _read_all(fd, max_bytes)
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise InvalidInput(f"{parts[-1]} grew past the size limit while it was read.", "Pass a smaller file.")
    if not data:
        raise InvalidInput(f"{path!r} is empty.", "Pass a file with content.")
    return parts[-1], data


def read_reference(
    path: str, *, roots: Sequence[Path], existing_count: int, has_outline: bool
) -> ReferenceFile:
    """Open, check and read one reference file from inside the roots; blocking, so call it in a thread."""
    suffix = _check_request(path, existing_count, has_outline)
    name, data = read_inside_roots(path, roots)
    if not _content_matches(suffix, data):
        raise InvalidInput(
            f"{name} does not contain what its {suffix} name says.",
            "Export it again in that format, or rename it to its real type.",
        )
    return ReferenceFile(name=name, size=len(data), media_type=MEDIA_TYPES[suffix], data=data)


# Shared with `folders`, which reads a whole folder with the same care.
refuse_nul = _refuse_nul
candidates = _candidates
open_error = _open_error
read_all = _read_all
DIRECTORY_FLAGS = _DIRECTORY_FLAGS
FILE_FLAGS = _FILE_FLAGS
