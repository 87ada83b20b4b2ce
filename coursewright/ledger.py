"""What the server itself must remember across calls and restarts, whatever the provider.

The brief behind each task (the review checks length against it), which task a course
came from, the last review of each course (publish requires a review of the current
content), and the confirmation tokens already spent (each is single-use). SQLite in the
data folder, one short transaction per write, so concurrent calls and several server
processes on one machine share it safely.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coursewright.model import Brief

_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefs (task_id TEXT PRIMARY KEY, brief TEXT NOT NULL, created_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS course_tasks (course_id TEXT PRIMARY KEY, task_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reviews (
    course_id TEXT PRIMARY KEY, stamp TEXT NOT NULL, ok INTEGER NOT NULL, reviewed_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS spent_tokens (nonce TEXT PRIMARY KEY, spent_at REAL NOT NULL);
"""


class Ledger:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._ready = False

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout=10000")
            if not self._ready:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(_SCHEMA)
                self._ready = True
            yield conn
        finally:
            conn.close()

    def remember_brief(self, task_id: str, brief: Brief) -> None:
        with self._connect() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO briefs VALUES (?, ?, ?)",
                (task_id, brief.model_dump_json(), time.time()),
            )

    def brief_for_task(self, task_id: str) -> Brief | None:
        with self._connect() as conn:
            row = conn.execute("SELECT brief FROM briefs WHERE task_id = ?", (task_id,)).fetchone()
        return Brief.model_validate_json(row[0]) if row else None

    def link_course(self, course_id: str, task_id: str) -> None:
        with self._connect() as conn:
            conn.execute("INSERT OR REPLACE INTO course_tasks VALUES (?, ?)", (course_id, task_id))

    def task_for_course(self, course_id: str) -> str | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT task_id FROM course_tasks WHERE course_id = ?", (course_id,)
            ).fetchone()
        return row[0] if row else None

    def brief_for_course(self, course_id: str, task_id: str | None = None) -> Brief | None:
        task_id = task_id or self.task_for_course(course_id)
        return self.brief_for_task(task_id) if task_id else None

    def record_review(self, course_id: str, stamp: str, ok: bool) -> None:
        with self._connect() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?)", (course_id, stamp, int(ok), time.time())
            )

    def last_review(self, course_id: str) -> tuple[str, bool] | None:
        with self._connect() as conn:
            row = conn.execute("SELECT stamp, ok FROM reviews WHERE course_id = ?", (course_id,)).fetchone()
        return (row[0], bool(row[1])) if row else None

    def spend_token(self, nonce: str) -> bool:
        """Mark a confirmation token as used; False when it was already spent."""
        with self._connect() as conn:
            try:
                conn.execute("INSERT INTO spent_tokens VALUES (?, ?)", (nonce, time.time()))
            except sqlite3.IntegrityError:
                return False
            # Spent tokens are only needed until they would have expired anyway.
            conn.execute("DELETE FROM spent_tokens WHERE spent_at < ?", (time.time() - 7 * 86_400,))
        return True
