"""The LearningStudio adapter's own small tables: the tasks the platform does not have, and their jobs.

LearningStudio knows only jobs and courses. A coursewright task (the brief and its options)
therefore lives here until `generate_outline` or `run_pipeline` turns it into a job; each job
row remembers its task, the chapters asked for, the course it produced and whether that was
published. A regenerated task keeps its earlier jobs (their courses stay on the platform, which
offers no delete). Each write is one short transaction on its own connection, in the data
folder beside the journal, so concurrent calls, restarts and several processes see the same rows.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from coursewright.errors import NotFound
from coursewright.model import Brief, TaskOptions, numeric_id
from coursewright.sqlite_file import SqliteFile

_SCHEMA = """
CREATE TABLE IF NOT EXISTS ls_tasks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    brief TEXT NOT NULL,
    options TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS ls_jobs (
    job_id TEXT PRIMARY KEY,
    task INTEGER NOT NULL REFERENCES ls_tasks(id),
    created_at REAL NOT NULL,
    chapters TEXT,
    status TEXT NOT NULL DEFAULT 'pending',
    course_ref TEXT,
    title TEXT,
    share_url TEXT,
    published_at REAL,
    download_url TEXT
);
CREATE INDEX IF NOT EXISTS ls_jobs_by_task ON ls_jobs (task, created_at);
"""


@dataclass(frozen=True)
class TaskRow:
    number: int
    brief: Brief
    options: TaskOptions
    created_at: float


@dataclass(frozen=True)
class JobRow:
    job_id: str
    task: int
    created_at: float
    chapters: list[str] | None
    status: str
    course_ref: str | None
    title: str | None
    share_url: str | None
    published_at: float | None
    download_url: str | None

    @property
    def updated_at(self) -> datetime:
        return datetime.fromtimestamp(max(self.created_at, self.published_at or 0.0), UTC)


_JOB_COLUMNS = (
    "job_id, task, created_at, chapters, status, course_ref, title, share_url, published_at, download_url"
)


def _job(values: tuple) -> JobRow:
    job_id, task, created_at, chapters, status, course_ref, title, share_url, published_at, download_url = (
        values
    )
    return JobRow(
        job_id=job_id,
        task=task,
        created_at=created_at,
        chapters=json.loads(chapters) if chapters else None,
        status=status,
        course_ref=course_ref,
        title=title,
        share_url=share_url,
        published_at=published_at,
        download_url=download_url,
    )


def task_number(native: str) -> int:
    return numeric_id(native, provider="learningstudio", label="LearningStudio", kind="task")


class TaskTable:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._connect = SqliteFile(path, _SCHEMA, timeout_s=10).connect

    def add_task(self, brief: Brief, options: TaskOptions) -> TaskRow:
        with self._connect() as conn:
            cursor = conn.execute(
                "INSERT INTO ls_tasks (name, brief, options, created_at) VALUES (?, ?, ?, ?)",
                (brief.name, brief.model_dump_json(), options.model_dump_json(), time.time()),
            )
            number = int(cursor.lastrowid or 0)
        return self.task(number)

    def task(self, number: int) -> TaskRow:
        with self._connect() as conn:
            values = conn.execute(
                "SELECT id, brief, options, created_at FROM ls_tasks WHERE id = ?", (number,)
            ).fetchone()
        if values is None:
            raise NotFound(
                f"There is no LearningStudio task learningstudio:{number} on this server.",
                "Create one with create_task(provider='learningstudio'), or call list_courses to find courses.",
            )
        number, brief, options, created_at = values
        return TaskRow(
            number=number,
            brief=Brief.model_validate_json(brief),
            options=TaskOptions.model_validate_json(options),
            created_at=created_at,
        )

    def latest_job(self, task: int) -> JobRow | None:
        with self._connect() as conn:
            values = conn.execute(
                f"SELECT {_JOB_COLUMNS} FROM ls_jobs WHERE task = ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
                (task,),
            ).fetchone()
        return _job(values) if values else None

    def job(self, job_id: str) -> JobRow | None:
        with self._connect() as conn:
            values = conn.execute(
                f"SELECT {_JOB_COLUMNS} FROM ls_jobs WHERE job_id = ?", (job_id,)
            ).fetchone()
        return _job(values) if values else None

    def job_for_course_ref(self, course_ref: str) -> JobRow | None:
        with self._connect() as conn:
            values = conn.execute(
                f"SELECT {_JOB_COLUMNS} FROM ls_jobs WHERE course_ref = ?", (course_ref,)
            ).fetchone()
        return _job(values) if values else None

    def jobs(self, task: int | None = None) -> list[JobRow]:
        query = f"SELECT {_JOB_COLUMNS} FROM ls_jobs"
        args: tuple = ()
        if task is not None:
            query, args = query + " WHERE task = ?", (task,)
        with self._connect() as conn:
            rows = conn.execute(query + " ORDER BY created_at, rowid", args).fetchall()
        return [_job(values) for values in rows]

    def add_job(self, job_id: str, task: int, chapters: list[str] | None, issued_now: bool = False) -> JobRow:
        """Record a job the platform accepted.

        A job id read back from the journal (`issued_now` false) may already be recorded, and that
        row is kept. A job id the platform has just handed out for a new job is the truth: a row
        already holding it describes a job the platform no longer knows (it was reset, such as a
        second sandbox session with the same seed), so that stale row is replaced, never merged
        into the new job or left to name a different course under the same id.
        """
        verb = "INSERT OR REPLACE" if issued_now else "INSERT OR IGNORE"
        with self._connect() as conn:
            conn.execute(
                f"{verb} INTO ls_jobs (job_id, task, created_at, chapters) VALUES (?, ?, ?, ?)",
                (job_id, task, time.time(), json.dumps(chapters) if chapters else None),
            )
        row = self.job(job_id)
        assert row is not None
        return row

    def set_state(
        self,
        job_id: str,
        status: str,
        course_ref: str | None = None,
        title: str | None = None,
        share_url: str | None = None,
    ) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE ls_jobs SET status = ?, course_ref = COALESCE(?, course_ref), "
                "title = COALESCE(?, title), share_url = COALESCE(?, share_url) WHERE job_id = ?",
                (status, course_ref, title, share_url, job_id),
            )

    def set_published(self, job_id: str, share_url: str | None, download_url: str | None) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE ls_jobs SET published_at = ?, share_url = COALESCE(?, share_url), "
                "download_url = COALESCE(?, download_url) WHERE job_id = ?",
                (time.time(), share_url, download_url, job_id),
            )
