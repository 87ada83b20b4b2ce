"""LearningStudio's webhooks: how a job whose create answer was lost is found again.

LearningStudio lists no jobs, so a create whose answer is lost leaves a job id nobody knows. Its one
documented way to learn a job id later is the `callbackUrl` of the create: when the job ends it
POSTs `{"event": "course.created" | "course.failed", "jobId": ...}` there, once, unsigned. When the
server is reachable over HTTP (team mode, `COURSEWRIGHT_PUBLIC_URL` set), every create carries a
callback URL whose last segment is a token derived from the create's journal key with the server's
own secret (`callback_token`): a webhook names the attempt it belongs to, so a retry of that
attempt adopts the job instead of paying again. The inbox accepts only tokens it handed out, keeps
the first report per token, and never trusts the job id blindly: the adapter reads the job back
(GET /courses/jobs/{id} answers 404 for another account's job) before adopting it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from pathlib import Path

from coursewright.sqlite_file import SqliteFile

HOOK_PREFIX = "/hooks/learningstudio/"
#: LearningStudio generates a course in 1-2 minutes; past this, a job that never reported most likely never started.
REPORT_DEADLINE_S = 900.0
_EVENTS = ("course.created", "course.failed")
_MAX_BODY = 64_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS ls_listener (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    since REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS ls_hooks (
    token TEXT PRIMARY KEY,
    job_key TEXT NOT NULL,
    expected_at REAL NOT NULL,
    job_id TEXT,
    event TEXT,
    received_at REAL
);
"""


def callback_token(secret: bytes, job_key: str) -> str:
    return hmac.new(secret, f"learningstudio-callback|{job_key}".encode(), hashlib.sha256).hexdigest()[:40]


class Inbox:
    """Webhook reports by token, in the LearningStudio file of the data folder (shared by every process)."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self._connect = SqliteFile(Path(path), _SCHEMA).connect
        self._clock = clock

    def expect(self, token: str, job_key: str) -> float:
        """Hand the token out (the first time only); returns when its job's report is awaited from."""
        with self._connect(write=True) as db:
            db.execute(
                "INSERT OR IGNORE INTO ls_hooks (token, job_key, expected_at) VALUES (?, ?, ?)",
                (token, job_key, self._clock()),
            )
            return float(
                db.execute("SELECT expected_at FROM ls_hooks WHERE token = ?", (token,)).fetchone()[0]
            )

    def sent(self, token: str) -> None:
        """The create is being sent (again): its job's report is awaited from now on."""
        with self._connect(write=True) as db:
            db.execute(
                "UPDATE ls_hooks SET expected_at = ? WHERE token = ? AND job_id IS NULL",
                (self._clock(), token),
            )

    def listening(self) -> None:
        """A server that receives the webhooks has (re)started: only creates sent from now on can be
        judged by their silence (a webhook sent while no server listened is lost for good)."""
        with self._connect(write=True) as db:
            db.execute("INSERT OR REPLACE INTO ls_listener (id, since) VALUES (1, ?)", (self._clock(),))

    def job_for(self, token: str) -> str | None:
        with self._connect() as db:
            row = db.execute("SELECT job_id FROM ls_hooks WHERE token = ?", (token,)).fetchone()
        return row[0] if row and row[0] else None

    def overdue(self, token: str) -> bool:
        """Whether the token went out long enough ago that its job, had it started, would have reported."""
        with self._connect() as db:
            row = db.execute("SELECT expected_at, job_id FROM ls_hooks WHERE token = ?", (token,)).fetchone()
        return row is not None and not row[1] and self._clock() - float(row[0]) > REPORT_DEADLINE_S

    def never_started(self, token: str) -> bool:
        """Overdue, and a receiver listened the whole time since the create went out (no restart since):
        LearningStudio reports every job that ends, so silence means the create never took effect."""
        with self._connect() as db:
            listener = db.execute("SELECT since FROM ls_listener WHERE id = 1").fetchone()
            row = db.execute("SELECT expected_at FROM ls_hooks WHERE token = ?", (token,)).fetchone()
        if listener is None or row is None:
            return False
        return float(listener[0]) <= float(row[0]) and self.overdue(token)

    def receive(self, token: str, body: bytes) -> int:
        """Record one webhook; the HTTP status to answer (204 taken, 404 unknown token, 400 unreadable)."""
        if len(body) > _MAX_BODY:
            return 400
        try:
            payload = json.loads(body)
        except ValueError:
            return 400
        if not isinstance(payload, dict) or payload.get("event") not in _EVENTS:
            # course.exported and anything newer: not ours to act on, and nothing to retry.
            return 204 if isinstance(payload, dict) else 400
        job_id = payload.get("jobId")
        if not isinstance(job_id, str) or not job_id.strip() or len(job_id) > 200:
            return 400
        with self._connect(write=True) as db:
            known = db.execute("SELECT job_id FROM ls_hooks WHERE token = ?", (token,)).fetchone()
            if known is None:
                return 404
            if not known[0]:
                db.execute(
                    "UPDATE ls_hooks SET job_id = ?, event = ?, received_at = ? WHERE token = ?",
                    (job_id.strip(), payload["event"], self._clock(), token),
                )
        return 204
