"""What every zip package shares: stable identifiers, the walk over units, skipped items,
and a deterministic zip written atomically.

Every zip entry carries the fixed timestamp 1980-01-01 00:00 (the earliest a zip can hold)
and entries are written in the order given, so the same course gives the same bytes.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from coursewright.model import Block, Course

ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Skipped:
    block_id: str
    display_name: str
    reason: str


@dataclass
class Package:
    """Files of a package in write order, and what could not be expressed."""

    files: dict[str, bytes] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    #: Written, but less exactly than the course says (e.g. a tolerance the format cannot hold).
    changed: list[Skipped] = field(default_factory=list)

    def add(self, path: str, data: str | bytes) -> None:
        self.files[path] = data.encode("utf-8") if isinstance(data, str) else data

    def skip(self, block: Block, reason: str) -> None:
        self.skipped.append(Skipped(block.id, block.display_name, reason))

    def change(self, block: Block, reason: str) -> None:
        self.changed.append(Skipped(block.id, block.display_name, reason))


def ident(prefix: str, block_id: str) -> str:
    """An XML identifier (NCName) that is the same for the same block on every export."""
    return f"{prefix}_{hashlib.sha256(block_id.encode('utf-8')).hexdigest()[:16]}"


def units_of(course: Course) -> Iterator[tuple[Block, Block, Block]]:
    """(section, subsection, unit) for every unit, in course order."""
    for section in course.root.children:
        for subsection in section.children:
            for unit in subsection.children:
                yield section, subsection, unit


def x(text: str) -> str:
    """Text escaped for an XML element."""
    return escape(text or "")


def attr(text: str) -> str:
    """A quoted, escaped XML attribute value."""
    return quoteattr(text or "")


def write_zip(package: Package, final: Path) -> Path:
    """Write the package as a zip at `final`, atomically, with fixed timestamps."""
    import zipfile

    final.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for path, data in package.files.items():
                info = zipfile.ZipInfo(path, date_time=ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)
        os.replace(partial, final)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return final
