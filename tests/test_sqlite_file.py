"""The SQLite file every store opens: a new file switched to WAL even while another process opens it."""

import sqlite3

import pytest

from coursewright.sqlite_file import SqliteFile

SCHEMA = "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT);"


class LockedAtFirst:
    """A connection whose journal-mode switch meets another opener's lock a few times, as SQLite answers it."""

    def __init__(self, real: sqlite3.Connection, refusals: int) -> None:
        self.real = real
        self.refusals = refusals
        self.switches = 0

    def execute(self, sql: str):
        if sql == "PRAGMA journal_mode = WAL":
            self.switches += 1
            if self.refusals:
                self.refusals -= 1
                raise sqlite3.OperationalError("database is locked")
        return self.real.execute(sql)


def test_a_new_file_meeting_another_openers_lock_is_still_switched_to_wal(tmp_path):
    file = SqliteFile(tmp_path / "a.sqlite3", SCHEMA, timeout_s=5)
    real = sqlite3.connect(tmp_path / "a.sqlite3", isolation_level=None)
    connection = LockedAtFirst(real, refusals=3)
    file._use_wal(connection)
    assert connection.switches == 4
    assert real.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_lock_that_outlasts_the_busy_timeout_is_reported(tmp_path):
    file = SqliteFile(tmp_path / "a.sqlite3", SCHEMA, timeout_s=0)
    real = sqlite3.connect(tmp_path / "a.sqlite3", isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        file._use_wal(LockedAtFirst(real, refusals=10**6))


def test_a_file_already_in_wal_is_not_switched_again(tmp_path):
    path = tmp_path / "a.sqlite3"
    with SqliteFile(path, SCHEMA).connect(write=True) as db:
        db.execute("INSERT INTO notes (text) VALUES ('kept')")
    real = sqlite3.connect(path, isolation_level=None)
    connection = LockedAtFirst(real, refusals=10**6)
    SqliteFile(path, SCHEMA)._use_wal(connection)
    assert connection.switches == 0
