"""The import_course tool: an OLX export or a Common Cartridge becomes a local draft course."""

import functools
from typing import Annotated

import anyio
from mcp.server.mcpserver import Context
from pydantic import BaseModel, Field

from coursewright.formats.imported import Skipped
from coursewright.tools.common import ClientRoots, allowed_roots, guarded, runtime_of


class ImportResult(BaseModel):
    course_id: str
    title: str
    format: str
    counts: dict[str, int] = Field(default_factory=dict)
    skipped: list[Skipped] = Field(default_factory=list)
    sanitized: list[str] = Field(default_factory=list)
    next_step: str = ""


@guarded
async def import_course(
    path: Annotated[str, Field(min_length=1, max_length=4_096)],
    ctx: Context,
    client_roots: ClientRoots,
) -> ImportResult:
    """Import an OLX export or .imscc as a local draft."""
    from coursewright.formats.loader import read_course_package

    runtime = runtime_of(ctx)
    roots = allowed_roots(ctx, client_roots)
    imported = await anyio.to_thread.run_sync(functools.partial(read_course_package, path, roots))
    local = await runtime.provider("local")
    course = await local.import_course(imported)  # type: ignore[attr-defined]
    return ImportResult(
        course_id=course.course_id,
        title=course.title,
        format=imported.format,
        counts=course.counts(),
        skipped=imported.skipped,
        sanitized=imported.sanitized,
        next_step=(
            "Show the user the course and what was skipped; improve it with edit_xblock, then review_course "
            "and publish (or export_course)."
        ),
    )
