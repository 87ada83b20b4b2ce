"""One SQLite file opened the same way by every store: a short connection per call.

WAL and a busy timeout let concurrent tool calls and several processes share the file.
`connect(write=True)` wraps the call in `BEGIN IMMEDIATE`, so a read-then-write is atomic and a
failure rolls back; `read()` is one deferred read transaction: a consistent snapshot that never
takes the write lock, so readers neither wait for writers nor block them. The schema is applied
once, on the first connection, not at import.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class SqliteFile:
    def __init__(self, path: Path, schema: str, *, timeout_s: float = 30, foreign_keys: bool = False) -> None:
        self.path = Path(path)
        self._schema = schema
        self._timeout_s = timeout_s
        self._foreign_keys = foreign_keys
        self._ready = False
        self._setup = threading.Lock()

    def _open(self) -> sqlite3.Connection:
        if not self._ready:
            with self._setup:  # one thread applies WAL and the schema; the others wait for it
                if not self._ready:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    first = sqlite3.connect(self.path, timeout=self._timeout_s, isolation_level=None)
                    try:
                        first.execute(f"PRAGMA busy_timeout = {int(self._timeout_s * 1000)}")
                        self._use_wal(first)
                        first.executescript(self._schema)
                    finally:
                        first.close()
                    self._ready = True
        connection = sqlite3.connect(self.path, timeout=self._timeout_s, isolation_level=None)
        connection.execute(f"PRAGMA busy_timeout = {int(self._timeout_s * 1000)}")
        if self._foreign_keys:
            connection.execute("PRAGMA foreign_keys = ON")
        return connection

    def _use_wal(self, connection: sqlite3.Connection) -> None:
        """Switch a new file to WAL. SQLite answers this switch with "locked" at once, without waiting
        for the busy timeout, when another process is opening the same new file: retry it until then."""
        deadline = time.monotonic() + self._timeout_s
        delay = 0.005
        while True:
            try:
                if connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    connection.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.2)

    @contextmanager
    def connect(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        connection = self._open()
        try:
            if not write:
                yield connection
                return
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
        finally:
            connection.close()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read-only snapshot: every statement inside sees the same committed state."""
        connection = self._open()
        try:
            connection.execute("BEGIN")
            try:
                yield connection
            finally:
                connection.execute("ROLLBACK")
        finally:
            connection.close()
