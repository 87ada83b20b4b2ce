"""export_course: the course as a package file on this machine (the platform is only read)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import anyio
from mcp.server.mcpserver import Context
from pydantic import BaseModel, Field

from coursewright.errors import NotConfigured, NotSupported, Refused
from coursewright.runtime import Runtime
from coursewright.tools.common import CourseId, guarded, runtime_of

Format = Literal["olx", "imscc", "scorm12", "scorm2004", "qti21"]


class SkippedItem(BaseModel):
    block_id: str
    display_name: str
    reason: str


class ExportResult(BaseModel):
    course_id: str
    format: Format
    path: str
    skipped: list[SkippedItem] = Field(default_factory=list, description="Not expressible in this format.")
    changed: list[SkippedItem] = Field(
        default_factory=list, description="Written less exactly than the course."
    )
    validated: bool = False
    detail: str = ""


def _schemas(runtime: Runtime, validate: bool | None) -> Path | None:
    """The schema folder: required when asked to validate; used whenever configured otherwise."""
    folder = runtime.settings.schemas_dir
    if validate and folder is None:
        raise NotConfigured(
            "Validation needs the official IMS and ADL schemas, and COURSEWRIGHT_SCHEMAS_DIR is not set.",
            "Set it to the folder holding imscc-1.3, scorm-1.2, scorm-2004-4th and qti-2.1, or export without validating.",
        )
    if validate is False or folder is None:
        return None
    if not folder.is_dir():
        raise NotConfigured(
            f"COURSEWRIGHT_SCHEMAS_DIR ({folder}) is not a folder.",
            "Point it at the folder holding the schema sets, or unset it.",
        )
    return folder


async def export_for(
    runtime: Runtime, course_id: str, fmt: str, out: Path | None = None, validate: bool | None = None
) -> ExportResult:
    """Review, then write the package; shared by the tool and `coursewright export`."""
    from coursewright.formats.export import export, file_name
    from coursewright.tools.publish import _findings_text, _review

    platform, _, course, report = await _review(runtime, course_id)
    if not course.content_readable:
        raise NotSupported(
            f"The {platform.name} provider's API does not expose the course content, so it cannot be exported.",
            f"Use what {platform.name} offers instead: publish, which means to {platform.capabilities.publish_means}.",
        )
    if not report.ok:
        raise Refused(
            f"The review found {len(report.blocking)} blocking issue(s), so nothing was exported:\n"
            + _findings_text(report),
            "Fix them with edit_xblock, run review_course again, then export.",
        )
    schemas = _schemas(runtime, validate)
    target = out or runtime.settings.data_dir / "exports"
    if out is None or target.is_dir():
        target = target / file_name(course, fmt)
    brief = runtime.ledger.brief_for_course(course.course_id, course.task_id)
    done = await anyio.to_thread.run_sync(
        lambda: export(
            course,
            fmt,
            target,
            description=brief.description if brief else "",
            audience=brief.target_audience if brief else "",
            schemas=schemas,
        )
    )
    if done.path is None:
        raise Refused(
            f"The {fmt} package did not match the official schema, so it was not written: "
            + "; ".join((done.invalid or [])[:3]),
            "Report this as a coursewright bug, with the course's get_course output.",
        )
    skipped = [
        SkippedItem(block_id=s.block_id, display_name=s.display_name, reason=s.reason) for s in done.skipped
    ]
    changed = [
        SkippedItem(block_id=s.block_id, display_name=s.display_name, reason=s.reason) for s in done.changed
    ]
    detail = f"Wrote {done.path.name}."
    if skipped:
        detail += f" {len(skipped)} problem(s) could not be expressed in {fmt} and are left out: see skipped."
    if changed:
        detail += f" {len(changed)} problem(s) are written less exactly than in the course: see changed."
    return ExportResult(
        course_id=course.course_id,
        format=fmt,
        path=str(done.path),
        skipped=skipped,
        changed=changed,
        validated=done.invalid is not None,
        detail=detail,
    )


@guarded
async def export_course(
    course_id: CourseId,
    format: Format,
    ctx: Context,
) -> ExportResult:
    """Write a reviewed course as a package file."""
    return await export_for(runtime_of(ctx), course_id, format)
