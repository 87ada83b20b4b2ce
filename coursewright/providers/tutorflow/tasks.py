"""The TutorFlow adapter's own small tables: tasks (TutorFlow has none) and the course requests made for them.

A coursewright task is the brief and its options, kept here until `generate_outline` or
`run_pipeline` sends it as a course request. Each request row is written *before* the
request is sent and holds its Idempotency-Key, so a create whose answer was lost is sent
again with the same key, by this call or by a later one, and TutorFlow answers with the
original request instead of generating (and billing) a second course. The row also keeps
the agent's outline until it has been applied, and whether the course was published.

Rows are scoped to an account (a digest of base URL and key), so two keys sharing a data
folder never see each other's tasks, and a request id is unique per account only. No edit token
or preview URL is ever stored.

TutorFlow is the truth about its request ids: when it hands out an id this table already holds
for another create (a platform that was reset, such as a second sandbox session with the same
seed), the old row describes a course that no longer exists there, and it is replaced.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import TypeAdapter

from coursewright.errors import NotFound
from coursewright.model import Brief, OutlineSection, TaskOptions, numeric_id
from coursewright.sqlite_file import SqliteFile

_TASKS_TABLE = """
CREATE TABLE IF NOT EXISTS tf_tasks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    name TEXT NOT NULL,
    brief TEXT NOT NULL,
    options TEXT NOT NULL,
    created_at REAL NOT NULL
);
"""
_REQUESTS_TABLE = """
CREATE TABLE IF NOT EXISTS tf_requests (
    idempotency_key TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    task INTEGER NOT NULL REFERENCES tf_tasks(id),
    created_at REAL NOT NULL,
    mode TEXT NOT NULL,
    lessons INTEGER NOT NULL,
    outline TEXT,
    outline_applied INTEGER NOT NULL DEFAULT 0,
    request_id TEXT,
    status TEXT NOT NULL DEFAULT 'PENDING',
    title TEXT,
    cleared TEXT,
    public_url TEXT,
    published_at REAL,
    UNIQUE (account, request_id)
);
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS tf_requests_by_task ON tf_requests (account, task, created_at);
"""
_SCHEMA = _TASKS_TABLE + _REQUESTS_TABLE + _INDEXES
_OUTLINE = TypeAdapter(list[OutlineSection])


def account_of(base_url: str, key: str) -> str:
    """Who the rows belong to: the same key on the same platform, nothing more revealing."""
    return hashlib.sha256(f"{base_url.rstrip('/')}\n{key}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class TaskRow:
    number: int
    brief: Brief
    options: TaskOptions
    created_at: float


@dataclass(frozen=True)
class RequestRow:
    idempotency_key: str
    task: int
    created_at: float
    mode: str
    lessons: int
    outline: list[OutlineSection] | None
    outline_applied: bool
    request_id: str | None
    status: str
    title: str | None
    cleared: list[str]
    public_url: str | None
    published_at: float | None

    @property
    def outline_pending(self) -> bool:
        return self.outline is not None and not self.outline_applied

    @property
    def updated_at(self) -> datetime:
        return datetime.fromtimestamp(max(self.created_at, self.published_at or 0.0), UTC)


_REQUEST_COLUMNS = (
    "idempotency_key, task, created_at, mode, lessons, outline, outline_applied, request_id, status, "
    "title, cleared, public_url, published_at"
)


def _request(values: tuple) -> RequestRow:
    (
        key,
        task,
        created_at,
        mode,
        lessons,
        outline,
        applied,
        request_id,
        status,
        title,
        cleared,
        url,
        published,
    ) = values
    return RequestRow(
        idempotency_key=key,
        task=task,
        created_at=created_at,
        mode=mode,
        lessons=lessons,
        outline=_OUTLINE.validate_json(outline) if outline else None,
        outline_applied=bool(applied),
        request_id=request_id,
        status=status,
        title=title,
        cleared=json.loads(cleared) if cleared else [],
        public_url=url,
        published_at=published,
    )


def _request_id_unique_across_accounts(conn: sqlite3.Connection) -> bool:
    """Files written before uniqueness was scoped to the account carry `request_id TEXT UNIQUE`."""
    for _, name, unique, *_ in conn.execute("PRAGMA index_list(tf_requests)").fetchall():
        columns = [column for _, _, column in conn.execute(f"PRAGMA index_info('{name}')").fetchall()]
        if unique and columns == ["request_id"]:
            return True
    return False


def _migrate(conn: sqlite3.Connection) -> None:
    """Rebuild an older tf_requests whose request ids were unique across accounts (SQLite cannot drop
    a column's UNIQUE in place). Every old row fits the new rule, since the old one was stricter."""
    if not _request_id_unique_across_accounts(conn):
        return
    conn.execute("ALTER TABLE tf_requests RENAME TO tf_requests_before_account_scope")
    conn.execute("DROP INDEX IF EXISTS tf_requests_by_task")
    # One statement at a time: executescript would commit the migration's transaction half-way.
    conn.execute(_REQUESTS_TABLE)
    conn.execute(
        f"INSERT INTO tf_requests (account, {_REQUEST_COLUMNS}, rowid) "
        f"SELECT account, {_REQUEST_COLUMNS}, rowid FROM tf_requests_before_account_scope"
    )
    conn.execute("DROP TABLE tf_requests_before_account_scope")
    conn.execute(_INDEXES)


def task_number(native: str) -> int:
    return numeric_id(native, provider="tutorflow", label="TutorFlow", kind="task")


class TaskTable:
    def __init__(self, path: Path, account: str) -> None:
        self.path = path
        self.account = account
        self._file = SqliteFile(path, _SCHEMA, timeout_s=10)
        self._migrated = False

    @contextmanager
    def _connect(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        if not self._migrated:
            # In its own write transaction, which re-checks, so processes sharing the file migrate once.
            with self._file.connect(write=True) as conn:
                _migrate(conn)
            self._migrated = True
        with self._file.connect(write=write) as conn:
            yield conn

    # -- tasks -------------------------------------------------------------------------------------

    def add_task(self, brief: Brief, options: TaskOptions) -> TaskRow:
        with self._connect() as conn:
            cursor = conn.execute(
                "INSERT INTO tf_tasks (account, name, brief, options, created_at) VALUES (?, ?, ?, ?, ?)",
                (self.account, brief.name, brief.model_dump_json(), options.model_dump_json(), time.time()),
            )
            number = int(cursor.lastrowid or 0)
        return self.task(number)

    def task(self, number: int) -> TaskRow:
        with self._connect() as conn:
            values = conn.execute(
                "SELECT id, brief, options, created_at FROM tf_tasks WHERE id = ? AND account = ?",
                (number, self.account),
            ).fetchone()
        if values is None:
            raise NotFound(
                f"There is no TutorFlow task tutorflow:{number} on this server.",
                "Create one with create_task(provider='tutorflow'), or call list_courses to find courses.",
            )
        number, brief, options, created_at = values
        return TaskRow(
            number=number,
            brief=Brief.model_validate_json(brief),
            options=TaskOptions.model_validate_json(options),
            created_at=created_at,
        )

    # -- course requests ---------------------------------------------------------------------------

    def add_request(
        self,
        idempotency_key: str,
        task: int,
        *,
        mode: str,
        lessons: int,
        outline: Sequence[OutlineSection] | None,
    ) -> RequestRow:
        """Record a create before it is sent (its key is what makes resending it safe)."""
        outline_json = _OUTLINE.dump_json(list(outline)).decode() if outline else None
        with self._connect() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO tf_requests (idempotency_key, account, task, created_at, mode, lessons, "
                "outline) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (idempotency_key, self.account, task, time.time(), mode, lessons, outline_json),
            )
        row = self.by_key(idempotency_key)
        assert row is not None
        return row

    def _one(self, where: str, args: tuple) -> RequestRow | None:
        with self._connect() as conn:
            values = conn.execute(
                f"SELECT {_REQUEST_COLUMNS} FROM tf_requests WHERE account = ? AND {where} "
                "ORDER BY created_at DESC, rowid DESC LIMIT 1",
                (self.account, *args),
            ).fetchone()
        return _request(values) if values else None

    def by_key(self, idempotency_key: str) -> RequestRow | None:
        return self._one("idempotency_key = ?", (idempotency_key,))

    def by_request_id(self, request_id: str) -> RequestRow | None:
        return self._one("request_id = ?", (request_id,))

    def latest(self, task: int) -> RequestRow | None:
        return self._one("task = ?", (task,))

    def requests(self, task: int | None = None) -> list[RequestRow]:
        query = f"SELECT {_REQUEST_COLUMNS} FROM tf_requests WHERE account = ? AND request_id IS NOT NULL"
        args: tuple = (self.account,)
        if task is not None:
            query, args = query + " AND task = ?", (*args, task)
        with self._connect() as conn:
            rows = conn.execute(query + " ORDER BY created_at, rowid", args).fetchall()
        return [_request(values) for values in rows]

    def count(self, task: int) -> int:
        with self._connect() as conn:
            (count,) = conn.execute(
                "SELECT COUNT(*) FROM tf_requests WHERE account = ? AND task = ?", (self.account, task)
            ).fetchone()
        return int(count)

    def forget(self, idempotency_key: str) -> None:
        """Drop a create the platform refused: nothing was made, so its key must not be resent."""
        with self._connect() as conn:
            conn.execute(
                "DELETE FROM tf_requests WHERE idempotency_key = ? AND account = ? AND request_id IS NULL",
                (idempotency_key, self.account),
            )

    def set_request_id(self, idempotency_key: str, request_id: str) -> None:
        """Tie a create to the request TutorFlow answered with; a row of another create holding the
        same id is stale and is dropped.

        TutorFlow answers a repeated Idempotency-Key with its original request, so a request id met
        under a different key was handed out anew: the platform no longer knows the request the old
        row recorded (it was reset). Keeping both would make one course id name two courses.
        """
        with self._connect(write=True) as conn:
            conn.execute(
                "DELETE FROM tf_requests WHERE account = ? AND request_id = ? AND idempotency_key != ?",
                (self.account, request_id, idempotency_key),
            )
            conn.execute(
                "UPDATE tf_requests SET request_id = ? WHERE idempotency_key = ? AND account = ?",
                (request_id, idempotency_key, self.account),
            )

    def set_state(self, request_id: str, status: str, title: str | None) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE tf_requests SET status = ?, title = COALESCE(?, title) WHERE request_id = ? AND account = ?",
                (status, title, request_id, self.account),
            )

    def set_outline_applied(self, request_id: str, cleared: Sequence[str]) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE tf_requests SET outline_applied = 1, cleared = ? WHERE request_id = ? AND account = ?",
                (json.dumps(list(cleared)), request_id, self.account),
            )

    def set_published(self, request_id: str, public_url: str | None) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE tf_requests SET published_at = ?, public_url = COALESCE(?, public_url) "
                "WHERE request_id = ? AND account = ?",
                (time.time(), public_url, request_id, self.account),
            )
