"""Write a course (the neutral `Course`) in one of the package formats, and optionally check
it against the official schemas. Knows nothing of providers or MCP.

Deterministic: the same course gives the same bytes. Zip entries carry 1980-01-01 00:00 and
the OLX archive's tar entries and gzip header 1980-01-01 00:00 UTC; identifiers are hashes of
the platform's block ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from coursewright.formats.package import Package, Skipped, write_zip
from coursewright.model import Course

FORMATS: tuple[str, ...] = ("olx", "imscc", "scorm12", "scorm2004", "qti21")
EXTENSION = {"olx": ".tar.gz", "imscc": ".imscc", "scorm12": ".zip", "scorm2004": ".zip", "qti21": ".zip"}
#: 1980-01-01 00:00:00 UTC, the zip epoch, used for the OLX archive too.
FIXED_MTIME = 315532800
_LOCATOR = re.compile(r"^block-v1:(?P<org>[^+]+)\+(?P<number>[^+]+)\+(?P<run>[^+]+)\+")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class Exported:
    #: None when validation failed: an invalid package is never written.
    path: Path | None
    skipped: list[Skipped] = field(default_factory=list)
    changed: list[Skipped] = field(default_factory=list)
    #: Problems the schemas found (empty when valid); None when not validated.
    invalid: list[str] | None = None


def file_name(course: Course, fmt: str) -> str:
    base = _UNSAFE.sub("-", course.course_id.replace(":", "-")).strip("-.") or "course"
    extension = EXTENSION[fmt]
    # The format goes in the name unless the extension already says it (local-7.imscc, local-7.scorm12.zip).
    return f"{base[:80]}{extension}" if extension == f".{fmt}" else f"{base[:80]}.{fmt}{extension}"


def package_of(course: Course, fmt: str, language: str = "en") -> Package:
    if fmt == "imscc":
        from coursewright.formats.imscc.export import imscc_package

        return imscc_package(course, language)
    if fmt in ("scorm12", "scorm2004"):
        from coursewright.formats.scorm.export import scorm_package

        return scorm_package(course, "1.2" if fmt == "scorm12" else "2004", language)
    if fmt == "qti21":
        from coursewright.formats.qti.export import qti21_package

        return qti21_package(course)
    raise ValueError(fmt)


def olx_meta(course: Course, description: str = "", audience: str = "", language: str = "en"):
    """The OLX course key from the blocks' locators where they are edX ones, else a neutral one;
    the start is Studio's own default for a new course (2030-01-01), the end a year later."""
    from coursewright.formats.olx.export import CourseMeta

    match = _LOCATOR.match(course.root.id) or next(
        (m for m in (_LOCATOR.match(b.id) for b in course.blocks()) if m), None
    )
    if match:
        org, number, run = match["org"], match["number"], match["run"]
    else:
        org, run = "coursewright", "export"
        number = _UNSAFE.sub("_", course.course_id.partition(":")[2])[:40].strip("_") or "course"
    return CourseMeta(
        org=org,
        number=number,
        run=run,
        language=language,
        start="2030-01-01T00:00:00Z",
        end="2031-01-01T00:00:00Z",
        description=description,
        audience=audience,
    )


def export(
    course: Course,
    fmt: str,
    out: Path,
    *,
    description: str = "",
    audience: str = "",
    schemas: Path | None = None,
) -> Exported:
    """Write `course` as `fmt` at `out` (a file path); validate when `schemas` is given."""
    if fmt == "olx":
        from coursewright.formats.olx.export import write_archive

        meta = olx_meta(course, description, audience)
        path = write_archive(course, meta, out.parent, final=out, mtime=FIXED_MTIME)
        # OLX has no XSD: Studio's import and olxcleaner are its checks, so it is never "validated".
        return Exported(path=path)
    package = package_of(course, fmt)
    invalid = None
    if schemas is not None:
        from coursewright.formats.validate import Schemas, validate_files

        invalid = validate_files(fmt, package.files, Schemas(schemas))
        if invalid:
            return Exported(path=None, skipped=package.skipped, changed=package.changed, invalid=invalid)
    path = write_zip(package, out)
    return Exported(path=path, skipped=package.skipped, changed=package.changed, invalid=invalid)
