"""Reading a course package (gzipped tar or zip) into memory without trusting it.

Nothing is extracted to disk: the members a format needs are read into a dict keyed by their
relative path, and everything else is only counted. A member is refused, and with it the whole
package, when its name is absolute, climbs out with `..`, holds a NUL or a backslash, or when it
is a link (symbolic or hard), a device, a FIFO or anything but a file or a folder. Sizes are
checked on what the headers declare and again on the bytes actually read, against a cap per
member, a cap for the whole package and a cap on the number of members, so a compression bomb
stops at the first limit it crosses.
"""

from __future__ import annotations

import io
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

from coursewright.errors import InvalidInput

#: The most bytes of one package file read into memory.
MAX_PACKAGE_BYTES = 100 * 1024 * 1024
#: The most members a package may list (folders included).
MAX_MEMBERS = 5_000
#: The most bytes all members may hold once unpacked.
MAX_UNPACKED_BYTES = 250 * 1024 * 1024
#: The most bytes one kept member may hold.
MAX_MEMBER_BYTES = 10 * 1024 * 1024

_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    members: int = MAX_MEMBERS
    unpacked: int = MAX_UNPACKED_BYTES
    member: int = MAX_MEMBER_BYTES


def _refuse(what: str) -> InvalidInput:
    return InvalidInput(
        f"The package was refused: {what}.",
        "Export the course again from its platform (an untouched export has none of this) and import that file.",
    )


def safe_member_name(name: str) -> str:
    """The member's path relative to the package root, or a refusal when it could land elsewhere."""
    if "\x00" in name:
        raise _refuse(f"a member name holds a NUL character ({name!r})")
    if "\\" in name:
        raise _refuse(f"the member {name!r} uses backslashes, which may hide a path outside the package")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise _refuse(f"the member {name!r} has an absolute path")
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise _refuse(f"the member {name!r} points outside the package with '..'")
    return "/".join(parts)


class _Budget:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.members = 0
        self.unpacked = 0

    def count(self, name: str, declared: int) -> None:
        self.members += 1
        if self.members > self.limits.members:
            raise _refuse(f"it has more than {self.limits.members} members")
        self.add(name, declared)

    def add(self, name: str, size: int) -> None:
        self.unpacked += max(size, 0)
        if self.unpacked > self.limits.unpacked:
            raise _refuse(
                f"its contents add up to more than {self.limits.unpacked // (1024 * 1024)} MB once unpacked"
            )

    def check_member(self, name: str, size: int) -> None:
        if size > self.limits.member:
            raise _refuse(f"the member {name!r} is larger than {self.limits.member // (1024 * 1024)} MB")


def _read_bounded(stream: io.BufferedIOBase, name: str, declared: int, budget: _Budget) -> bytes:
    """At most the declared size, and never past the member cap, whatever the stream yields."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        total += len(chunk)
        budget.check_member(name, total)
        if total > declared:
            raise _refuse(f"the member {name!r} unpacks to more than its header declares")
        chunks.append(chunk)
    return b"".join(chunks)


def read_tar(data: bytes, keep: Callable[[str], bool], limits: Limits = Limits()) -> dict[str, bytes]:
    import tarfile

    budget = _Budget(limits)
    found: dict[str, bytes] = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as archive:
            for member in archive:
                name = safe_member_name(member.name)
                if member.issym() or member.islnk():
                    raise _refuse(f"the member {member.name!r} is a link, and links are not unpacked")
                if member.isdir():
                    budget.count(name, 0)
                    continue
                if not member.isreg():
                    raise _refuse(f"the member {member.name!r} is not a regular file (a device or a FIFO)")
                budget.count(name, member.size)
                if not name or not keep(name):
                    continue
                budget.check_member(name, member.size)
                handle = archive.extractfile(member)
                if handle is None:
                    raise _refuse(f"the member {member.name!r} cannot be read")
                found[name] = _read_bounded(handle, name, member.size, budget)
    except tarfile.TarError:
        raise _refuse("it is not a readable tar archive (damaged, or not a tar.gz)") from None
    except (EOFError, OSError, ValueError):
        raise _refuse("it is damaged (the compressed data ends early or is corrupt)") from None
    return found


def read_zip(data: bytes, keep: Callable[[str], bool], limits: Limits = Limits()) -> dict[str, bytes]:
    import zipfile

    budget = _Budget(limits)
    found: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > limits.members:
                raise _refuse(f"it has more than {limits.members} members")
            for info in entries:
                name = safe_member_name(info.filename)
                kind = stat.S_IFMT(info.external_attr >> 16)  # 0: the zip tool recorded no type
                if kind == stat.S_IFLNK:
                    raise _refuse(f"the member {info.filename!r} is a link, and links are not unpacked")
                if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
                    raise _refuse(f"the member {info.filename!r} is not a regular file (a device or a FIFO)")
                budget.count(name, info.file_size)
                if info.is_dir() or not name or not keep(name):
                    continue
                budget.check_member(name, info.file_size)
                with archive.open(info) as handle:
                    found[name] = _read_bounded(handle, name, info.file_size, budget)
    except zipfile.BadZipFile:
        raise _refuse("it is not a readable zip archive (damaged, or not a zip)") from None
    except (EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        raise _refuse("it is damaged, encrypted or uses a compression this server does not read") from None
    return found


def read_package(data: bytes, keep: Callable[[str], bool], limits: Limits = Limits()) -> dict[str, bytes]:
    """The kept members of a gzipped tar or a zip, told apart by their first bytes."""
    if data[:2] == b"\x1f\x8b" or data[257:262] == b"ustar":
        return read_tar(data, keep, limits)
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return read_zip(data, keep, limits)
    raise InvalidInput(
        "The file is neither a .tar.gz nor a zip package.",
        "Pass an Open edX export (.tar.gz), an IMS Common Cartridge (.imscc) or a folder holding course.xml.",
    )
