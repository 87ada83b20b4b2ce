"""What the server itself must remember across calls and restarts, whatever the provider.

The brief behind each task (the review checks length against it), which task a course
came from, the last review of each course (publish requires a review of the current
content), the confirmation tokens already spent (each is single-use), the questions put to
the user and whether their answer was spent (each yes acts once), and each task's spend
ledger (what the user approved it to cost). SQLite in the data folder, one short transaction
per write, so concurrent calls and several server processes on one machine share it safely.
"""

from __future__ import annotations

import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coursewright.model import Brief
from coursewright.sqlite_file import SqliteFile

_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefs (task_id TEXT PRIMARY KEY, brief TEXT NOT NULL, created_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS course_tasks (course_id TEXT PRIMARY KEY, task_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reviews (
    course_id TEXT PRIMARY KEY, stamp TEXT NOT NULL, ok INTEGER NOT NULL, reviewed_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS spent_tokens (nonce TEXT PRIMARY KEY, spent_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS approvals (
    nonce TEXT PRIMARY KEY, action TEXT NOT NULL, target TEXT NOT NULL, stamp TEXT NOT NULL,
    asked_at REAL NOT NULL, expires_at REAL NOT NULL, spent_at REAL
);
CREATE INDEX IF NOT EXISTS approvals_by_act ON approvals (action, target, stamp);
CREATE TABLE IF NOT EXISTS approval_questions (digest TEXT PRIMARY KEY, nonce TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS spends (
    id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL, action TEXT NOT NULL,
    amount_usd REAL NOT NULL, credits INTEGER NOT NULL, what TEXT NOT NULL,
    approved_by TEXT NOT NULL, reserved INTEGER NOT NULL, at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS spends_by_task ON spends (task_id);
"""

#: Records older than this are of no use to anyone (tokens and questions expire within a day).
_KEEP_S = 7 * 86_400


@dataclass(frozen=True)
class SpendTotal:
    """What a task has been approved for so far."""

    amount_usd: float = 0.0
    credits: int = 0
    count: int = 0
    reserved_usd: float = 0.0
    reserved_credits: int = 0


class Ledger:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._file = SqliteFile(path, _SCHEMA)
        self._clock = clock

    def remember_brief(self, task_id: str, brief: Brief) -> None:
        with self._file.connect(write=True) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO briefs VALUES (?, ?, ?)",
                (task_id, brief.model_dump_json(), self._clock()),
            )

    def brief_for_task(self, task_id: str) -> Brief | None:
        with self._file.connect() as conn:
            row = conn.execute("SELECT brief FROM briefs WHERE task_id = ?", (task_id,)).fetchone()
        return Brief.model_validate_json(row[0]) if row else None

    def link_course(self, course_id: str, task_id: str) -> None:
        with self._file.connect(write=True) as conn:
            conn.execute("INSERT OR REPLACE INTO course_tasks VALUES (?, ?)", (course_id, task_id))

    def forget_course(self, course_id: str) -> None:
        with self._file.connect(write=True) as conn:
            conn.execute("DELETE FROM course_tasks WHERE course_id = ?", (course_id,))

    def recent_courses(self, limit: int = 20) -> list[str]:
        """Course ids this server created or opened, newest first."""
        with self._file.connect() as conn:
            rows = conn.execute(
                "SELECT course_id FROM course_tasks ORDER BY rowid DESC LIMIT ?", (limit,)
            ).fetchall()
        return [row[0] for row in rows]

    def task_for_course(self, course_id: str) -> str | None:
        with self._file.connect() as conn:
            row = conn.execute(
                "SELECT task_id FROM course_tasks WHERE course_id = ?", (course_id,)
            ).fetchone()
        return row[0] if row else None

    def brief_for_course(self, course_id: str, task_id: str | None = None) -> Brief | None:
        task_id = task_id or self.task_for_course(course_id)
        return self.brief_for_task(task_id) if task_id else None

    def record_review(self, course_id: str, stamp: str, ok: bool) -> None:
        with self._file.connect(write=True) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?)",
                (course_id, stamp, int(ok), self._clock()),
            )

    def last_review(self, course_id: str) -> tuple[str, bool] | None:
        with self._file.connect() as conn:
            row = conn.execute("SELECT stamp, ok FROM reviews WHERE course_id = ?", (course_id,)).fetchone()
        return (row[0], bool(row[1])) if row else None

    def spend_token(self, nonce: str) -> bool:
        """Mark a confirmation token as used; False when it was already spent."""
        now = self._clock()
        with self._file.connect(write=True) as conn:
            try:
                conn.execute("INSERT INTO spent_tokens VALUES (?, ?)", (nonce, now))
            except sqlite3.IntegrityError:
                return False
            # Spent tokens are only needed until they would have expired anyway.
            conn.execute("DELETE FROM spent_tokens WHERE spent_at < ?", (now - _KEEP_S,))
        return True

    # -- questions put to the user: each answered yes acts once --------------------------------------

    def open_approval(self, action: str, target: str, stamp: str, ttl_s: float) -> str:
        """The open question for exactly this act, or a new one: its nonce goes into the question.

        While a question is open, asking again for the same act at the same stamp reuses it, so a
        question answered in a later round of the same call is recognised as the one asked.
        """
        now = self._clock()
        with self._file.connect(write=True) as conn:
            row = conn.execute(
                "SELECT nonce FROM approvals WHERE action = ? AND target = ? AND stamp = ? "
                "AND spent_at IS NULL AND expires_at > ? ORDER BY asked_at DESC LIMIT 1",
                (action, target, stamp, now),
            ).fetchone()
            if row:
                return row[0]
            nonce = secrets.token_hex(8)
            conn.execute(
                "INSERT INTO approvals VALUES (?, ?, ?, ?, ?, ?, NULL)",
                (nonce, action, target, stamp, now, now + ttl_s),
            )
            conn.execute("DELETE FROM approvals WHERE asked_at < ?", (now - _KEEP_S,))
            conn.execute("DELETE FROM approval_questions WHERE nonce NOT IN (SELECT nonce FROM approvals)")
        return nonce

    def open_approval_exists(self, action: str, target: str, stamp: str) -> bool:
        with self._file.connect() as conn:
            row = conn.execute(
                "SELECT 1 FROM approvals WHERE action = ? AND target = ? AND stamp = ? "
                "AND spent_at IS NULL AND expires_at > ?",
                (action, target, stamp, self._clock()),
            ).fetchone()
        return row is not None

    def approval_spent(self, action: str, target: str, stamp: str) -> bool:
        """Whether a yes to exactly this act was already used."""
        with self._file.connect() as conn:
            row = conn.execute(
                "SELECT 1 FROM approvals WHERE action = ? AND target = ? AND stamp = ? AND spent_at IS NOT NULL",
                (action, target, stamp),
            ).fetchone()
        return row is not None

    def note_question(self, digest: str, nonce: str) -> None:
        """Remember which question (by the digest the client echoes back) asked for approval `nonce`."""
        with self._file.connect(write=True) as conn:
            conn.execute("INSERT OR REPLACE INTO approval_questions VALUES (?, ?)", (digest, nonce))

    def question_spent(self, digests: list[str]) -> bool:
        """Whether any of these questions' answers was already used."""
        if not digests:
            return False
        marks = ",".join("?" * len(digests))
        with self._file.connect() as conn:
            row = conn.execute(
                f"SELECT 1 FROM approval_questions q JOIN approvals a ON a.nonce = q.nonce "
                f"WHERE q.digest IN ({marks}) AND a.spent_at IS NOT NULL",
                digests,
            ).fetchone()
        return row is not None

    def spend_approval(self, nonce: str) -> bool:
        """Use the yes to question `nonce`; False when it was already used or has expired."""
        now = self._clock()
        with self._file.connect(write=True) as conn:
            cursor = conn.execute(
                "UPDATE approvals SET spent_at = ? WHERE nonce = ? AND spent_at IS NULL AND expires_at > ?",
                (now, nonce, now),
            )
        return cursor.rowcount == 1

    # -- the spend ledger: what each task has been approved to cost ----------------------------------

    def record_spend(
        self,
        task_id: str,
        action: str,
        amount_usd: float,
        credits: int,
        what: str,
        *,
        approved_by: str,
        reserved: bool = False,
    ) -> None:
        """`reserved`: approved now for a later call (create_task approves the first generation)."""
        with self._file.connect(write=True) as conn:
            conn.execute(
                "INSERT INTO spends (task_id, action, amount_usd, credits, what, approved_by, reserved, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    task_id,
                    action,
                    float(amount_usd),
                    int(credits),
                    what,
                    approved_by,
                    int(reserved),
                    self._clock(),
                ),
            )

    def use_reservation(self, task_id: str, amount_usd: float, credits: int) -> bool:
        """Use an approval made in advance that covers this spend; False when there is none."""
        with self._file.connect(write=True) as conn:
            row = conn.execute(
                "SELECT id FROM spends WHERE task_id = ? AND reserved = 1 AND amount_usd >= ? AND credits >= ? "
                "ORDER BY id LIMIT 1",
                (task_id, float(amount_usd) - 1e-9, int(credits)),
            ).fetchone()
            if row is None:
                return False
            conn.execute("UPDATE spends SET reserved = 0 WHERE id = ?", (row[0],))
        return True

    def spend_total(self, task_id: str) -> SpendTotal:
        with self._file.connect() as conn:
            row = conn.execute(
                "SELECT COALESCE(SUM(amount_usd), 0), COALESCE(SUM(credits), 0), COUNT(*), "
                "COALESCE(SUM(CASE WHEN reserved = 1 THEN amount_usd END), 0), "
                "COALESCE(SUM(CASE WHEN reserved = 1 THEN credits END), 0) FROM spends WHERE task_id = ?",
                (task_id,),
            ).fetchone()
        return SpendTotal(
            amount_usd=round(row[0], 2),
            credits=int(row[1]),
            count=int(row[2]),
            reserved_usd=round(row[3], 2),
            reserved_credits=int(row[4]),
        )
