"""Reading a whole folder from inside the allowed roots, with the same care as one file.

The folder is reached as `files.read_inside_roots` reaches a file: from a descriptor of an
allowed root, one component at a time, never following a link. Beneath it every entry is
listed through its parent's descriptor and opened relative to it with `O_NOFOLLOW`; a link,
a hard-linked file, a device or a FIFO anywhere in the tree refuses the whole folder, and
the number of entries, the bytes read and the depth are capped.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from coursewright.errors import Forbidden, InvalidInput
from coursewright.guardrails import files


@dataclass(frozen=True)
class TreeLimits:
    entries: int = 5_000
    total_bytes: int = 250 * 1024 * 1024
    file_bytes: int = 10 * 1024 * 1024
    depth: int = 16


def _too_big(what: str) -> InvalidInput:
    return InvalidInput(f"The folder was refused: {what}.", "Import the course's export archive instead.")


def _open_folder(path: str, roots: Sequence[Path]) -> int | None:
    """A descriptor of the folder at `path` inside the roots; None when it is a file, not a folder."""
    files.refuse_nul(path)
    if not roots:
        raise Forbidden(
            "No folder is shared with this server, so it cannot read any file.", files.HOW_TO_ALLOW
        )
    first_error: OSError | None = None
    for root, parts in files.candidates(path, roots):
        directory = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            for part in parts:
                below = os.open(part, files.DIRECTORY_FLAGS, dir_fd=directory)
                os.close(directory)
                directory = below
        except OSError as exc:
            os.close(directory)
            if exc.errno == errno.ENOTDIR and parts:
                return None  # the last component is a file (or a link, which the file reader refuses)
            if exc.errno != errno.ENOENT:
                raise files.open_error(path, exc) from None
            first_error = first_error or exc
            continue
        return directory
    raise files.open_error(path, first_error or OSError(errno.ENOENT, "missing")) from None


def read_tree_inside_roots(
    path: str, roots: Sequence[Path], keep: Callable[[str], bool], limits: TreeLimits = TreeLimits()
) -> dict[str, bytes] | None:
    """The kept files under the folder `path` by their relative path, or None when `path` names a
    file (read it with `files.read_inside_roots`). Blocking: call it in a thread."""
    top = _open_folder(path, roots)
    if top is None:
        return None
    found: dict[str, bytes] = {}
    counters = {"entries": 0, "bytes": 0}

    def visit(fd: int, prefix: str, depth: int) -> None:
        if depth > limits.depth:
            raise _too_big(f"it nests more than {limits.depth} folders deep")
        for entry in sorted(os.scandir(fd), key=lambda e: e.name):
            counters["entries"] += 1
            if counters["entries"] > limits.entries:
                raise _too_big(f"it holds more than {limits.entries} entries")
            relative = f"{prefix}{entry.name}"
            if entry.is_symlink():
                raise Forbidden(
                    f"The folder holds a link ({relative}); links are not followed.",
                    "Replace the link with a copy of what it points to, or import the export archive.",
                )
            if entry.is_dir(follow_symlinks=False):
                below = os.open(entry.name, files.DIRECTORY_FLAGS, dir_fd=fd)
                try:
                    visit(below, relative + "/", depth + 1)
                finally:
                    os.close(below)
            elif entry.is_file(follow_symlinks=False):
                if keep(relative):
                    found[relative] = _read_member(fd, entry.name, relative, limits, counters)
            else:
                raise Forbidden(
                    f"The folder holds {relative}, which is not a regular file (a device, FIFO or socket).",
                    "Remove it, or import the export archive instead.",
                )

    try:
        visit(top, "", 0)
    except OSError as exc:
        raise files.open_error(path, exc) from None
    finally:
        os.close(top)
    return found


def _read_member(
    directory: int, name: str, relative: str, limits: TreeLimits, counters: dict[str, int]
) -> bytes:
    fd = os.open(name, files.FILE_FLAGS, dir_fd=directory)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Forbidden(
                f"{relative} is not a regular file.", "Remove it, or import the export archive instead."
            )
        if info.st_nlink != 1:
            raise Forbidden(
                f"{relative} has {info.st_nlink} hard links, so it may be a file from outside the allowed folders.",
                "Replace it with a copy (not a link), or import the export archive instead.",
            )
        if info.st_size > limits.file_bytes:
            raise _too_big(f"{relative} is larger than {limits.file_bytes // (1024 * 1024)} MB")
        data = files.read_all(fd, limits.file_bytes)
    finally:
        os.close(fd)
    if len(data) > limits.file_bytes:
        raise _too_big(f"{relative} grew past {limits.file_bytes // (1024 * 1024)} MB while it was read")
    counters["bytes"] += len(data)
    if counters["bytes"] > limits.total_bytes:
        raise _too_big(f"its files add up to more than {limits.total_bytes // (1024 * 1024)} MB")
    return data
