"""One SQLite file opened the same way by every store: a short connection per call.

WAL and a busy timeout let concurrent tool calls and several processes share the file;
`write=True` wraps the call in `BEGIN IMMEDIATE`, so a read-then-write is atomic and a
failure rolls back. The schema is applied on the first connection, not at import.
"""

from __future__ import annotations

import sqlite3
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

    @contextmanager
    def connect(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=self._timeout_s, isolation_level=None)
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(self._timeout_s * 1000)}")
            if self._foreign_keys:
                connection.execute("PRAGMA foreign_keys = ON")
            if not self._ready:
                connection.execute("PRAGMA journal_mode = WAL")
                connection.executescript(self._schema)
                self._ready = True
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
