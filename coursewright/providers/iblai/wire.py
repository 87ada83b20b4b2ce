"""ibl.ai wire mapping: JSON bodies <-> the neutral model for tasks, files, xblock edits and progress.
Pure functions, no I/O; a course and its structure tree are read in `tree`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from coursewright.errors import InvalidInput
from coursewright.model import (
    Attachment,
    Brief,
    Position,
    StudentProgress,
    Task,
    TaskOptions,
    TaskStatus,
    UnitProgress,
    join_id,
    numeric_id,
)

PROVIDER = "iblai"
NAME_LIMIT = 200
AUDIENCE_LIMIT = 200
MODEL_LIMIT = 150
LLM_PROVIDER_LIMIT = 20
#: How much of a platform message may reach the model (never a whole body).
DETAIL_LIMIT = 300

_STATUS_WORDS: dict[str, TaskStatus] = {
    "pending": TaskStatus.PENDING,
    "created": TaskStatus.PENDING,
    "new": TaskStatus.PENDING,
    "scheduled": TaskStatus.SCHEDULED,
    "queued": TaskStatus.SCHEDULED,
    "in progress": TaskStatus.IN_PROGRESS,
    "running": TaskStatus.IN_PROGRESS,
    "started": TaskStatus.IN_PROGRESS,
    "processing": TaskStatus.IN_PROGRESS,
    "success": TaskStatus.SUCCESS,
    "succeeded": TaskStatus.SUCCESS,
    "successful": TaskStatus.SUCCESS,
    "completed": TaskStatus.SUCCESS,
    "complete": TaskStatus.SUCCESS,
    "done": TaskStatus.SUCCESS,
    "failed": TaskStatus.FAILED,
    "failure": TaskStatus.FAILED,
    "error": TaskStatus.FAILED,
    "cancelled": TaskStatus.CANCELLED,
    "canceled": TaskStatus.CANCELLED,
}

#: Neutral type -> the `xblock_type` create-xblock takes.
XBLOCK_TYPE = {
    "section": "section",
    "subsection": "subsection",
    "unit": "unit",
    "html": "html",
    "problem": "problem",
    "video": "video",
}
_LOG_STAMP = re.compile(r"^\s*\[[^\]]{0,40}\]\s*")


# --- small helpers ---------------------------------------------------------------------------------


def short_detail(text: object) -> str:
    """A platform message fit for the model: one line, bounded."""
    line = " ".join(str(text or "").split())
    return line if len(line) <= DETAIL_LIMIT else line[: DETAIL_LIMIT - 1].rstrip() + "…"


def native_number(native: str, kind: str) -> int:
    """ibl.ai task, course and file ids are integers."""
    return numeric_id(native, provider="iblai", label="ibl.ai", kind=kind, example=42)


def results_of(page: object) -> list[dict[str, Any]]:
    """The items of a DRF page (`{"results": [...]}`) or of a bare list."""
    items = page.get("results") if isinstance(page, Mapping) else page
    return [item for item in items or [] if isinstance(item, Mapping)] if isinstance(items, list) else []


def next_page(page: object) -> str | None:
    value = page.get("next") if isinstance(page, Mapping) else None
    return value if isinstance(value, str) and value else None


def parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def int_or_none(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    if isinstance(value, Mapping):
        return int_or_none(value.get("id"))
    return None


# --- tasks ----------------------------------------------------------------------------------------


def task_status(value: object) -> TaskStatus:
    """`"In Progress"` and friends -> TaskStatus. An unknown word counts as still running."""
    word = " ".join(str(value or "").replace("_", " ").replace("-", " ").lower().split())
    return _STATUS_WORDS.get(word, TaskStatus.IN_PROGRESS if word else TaskStatus.PENDING)


def check_brief_fits(brief: Brief, options: TaskOptions) -> None:
    """The platform's field limits, checked before any call so the error says what to change."""
    if len(brief.target_audience) > AUDIENCE_LIMIT:
        raise InvalidInput(
            f"The target audience is {len(brief.target_audience)} characters; ibl.ai accepts at most {AUDIENCE_LIMIT}.",
            "Shorten target_audience to one sentence and move the details (prior knowledge, study time) "
            "into the description.",
        )
    if len(brief.name) > NAME_LIMIT:
        raise InvalidInput(
            f"The course name is {len(brief.name)} characters; ibl.ai accepts at most {NAME_LIMIT}.",
            "Pass a shorter name.",
        )
    if brief.model and len(brief.model) > MODEL_LIMIT:
        raise InvalidInput(
            f"The model name is longer than the {MODEL_LIMIT} characters ibl.ai accepts.",
            "Pass a model name such as 'gpt-4o-mini', or leave model empty.",
        )
    if options.llm_provider and len(options.llm_provider) > LLM_PROVIDER_LIMIT:
        raise InvalidInput(
            f"The LLM provider name is longer than the {LLM_PROVIDER_LIMIT} characters ibl.ai accepts.",
            "Pass a provider name such as 'openai', or leave it empty.",
        )


def task_request(brief: Brief, options: TaskOptions) -> dict[str, Any]:
    """The JSON body of `POST course-creation/tasks/`."""
    body: dict[str, Any] = {
        "name": brief.name,
        "description": brief.description,
        "target_audience": brief.target_audience,
        "desired_number_of_sections": brief.desired_number_of_sections,
        # The pipeline publishes only when asked: publishing is the user's decision, not a default.
        "publish_course": options.publish_course,
    }
    if brief.model:
        body["model"] = brief.model
    if options.llm_provider:
        body["provider"] = options.llm_provider
    return body


def task_matches(data: Mapping[str, Any], brief: Brief) -> bool:
    """Whether a listed task is the one a create with this brief would have made."""

    def same(key: str, wanted: str) -> bool:
        return " ".join(str(data.get(key) or "").split()) == " ".join(wanted.split())

    return (
        same("name", brief.name)
        and same("description", brief.description)
        and same("target_audience", brief.target_audience)
    )


def last_log_line(logs: object) -> str | None:
    """The latest non-empty log line, without its timestamp."""
    lines = [str(line) for line in logs] if isinstance(logs, list) else str(logs or "").splitlines()
    lines = [_LOG_STAMP.sub("", line).strip() for line in lines]
    lines = [line for line in lines if line]
    if not lines:
        return None
    return short_detail(lines[-1])


def failure_reason(data: Mapping[str, Any]) -> str | None:
    """Why a task failed: `error`/`reason` where a backend sends them, else the last ERROR log line."""
    for key in ("error", "reason"):
        if data.get(key):
            return short_detail(data[key])
    lines = [_LOG_STAMP.sub("", line).strip() for line in str(data.get("logs") or "").splitlines()]
    errors = [line for line in lines if line.lower().startswith(("error", "failed", "exception"))]
    return short_detail(errors[-1]) if errors else last_log_line(data.get("logs"))


def file_name(value: object) -> str:
    """The stored file's name from its URL or path."""
    text = str(value or "")
    path = urlsplit(text).path if "://" in text else text
    return unquote(PurePosixPath(path).name) or "file"


def attachment_from_wire(data: Mapping[str, Any], size: int | None = None) -> Attachment:
    """ibl.ai's file object carries no size: it is unknown unless the caller knows it (an upload)."""
    reported = int_or_none(data.get("size"))
    return Attachment(
        file_id=join_id(PROVIDER, data.get("id", "")),
        name=file_name(data.get("file") or data.get("name")),
        size=reported if reported is not None else size,
    )


def task_from_wire(
    data: Mapping[str, Any], course_number: int | None = None, has_outline: bool = False
) -> Task:
    status = task_status(data.get("status"))
    detail = failure_reason(data) if status == TaskStatus.FAILED else last_log_line(data.get("logs"))
    files = [attachment_from_wire(f) for f in data.get("files") or [] if isinstance(f, Mapping)]
    return Task(
        task_id=join_id(PROVIDER, data.get("id", "")),
        provider=PROVIDER,
        status=status,
        name=str(data.get("name") or ""),
        course_id=join_id(PROVIDER, course_number) if course_number is not None else None,
        has_outline=has_outline,
        files=files,
        detail=detail,
        model=(str(data["model"]) if data.get("model") else None),
    )


# --- xblocks --------------------------------------------------------------------------------------


def wire_position(position: Position) -> str:
    return str(position) if isinstance(position, int) else position


def create_xblock_request(
    parent_id: str, block_type: str, display_name: str, content: str | None, position: Position
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "parent_xblock_id": parent_id,
        "xblock_type": XBLOCK_TYPE[block_type],
        "display_name": display_name,
        "position": wire_position(position),
    }
    if content is not None and block_type in ("html", "problem", "video"):
        body["content"] = content
    return body


def update_xblock_request(block_id: str, display_name: str | None, content: str | None) -> dict[str, Any]:
    body: dict[str, Any] = {"xblock_id": block_id}
    if display_name is not None:
        body["display_name"] = display_name
    if content is not None:
        body["content"] = content
    return body


def xblock_outcome(data: object) -> tuple[bool, str, str | None, object]:
    """An XblockResult: (success, detail, xblock_id, extra), tolerant of missing fields."""
    if not isinstance(data, Mapping):
        return False, "", None, None
    success = data.get("success")
    xblock_id = data.get("xblock_id") or data.get("locator")
    return (
        success is not False,
        short_detail(data.get("detail") or ""),
        str(xblock_id) if xblock_id else None,
        data.get("extra"),
    )


# --- progress -------------------------------------------------------------------------------------


def progress_from_wire(data: Mapping[str, Any], course_id: str, username: str) -> StudentProgress:
    completion = data.get("completion", data.get("progress", data.get("percent")))
    fraction: float | None = None
    if isinstance(completion, (int, float)) and not isinstance(completion, bool):
        fraction = float(completion) / 100.0 if completion > 1 else float(completion)
        fraction = min(1.0, max(0.0, fraction))
    units: list[UnitProgress] = []
    for item in data.get("units") or []:
        if not isinstance(item, Mapping):
            continue
        units.append(
            UnitProgress(
                unit_id=str(item.get("xblock_id") or item.get("unit_id") or item.get("id") or ""),
                display_name=str(item.get("display_name") or item.get("name") or ""),
                completed=bool(item.get("completed", item.get("complete", False))),
            )
        )
    if fraction is None and units:
        fraction = sum(1 for unit in units if unit.completed) / len(units)
    return StudentProgress(
        course_id=course_id,
        username=str(data.get("username") or username),
        completion=fraction,
        units=units,
        detail=short_detail(data.get("detail") or ""),
    )
