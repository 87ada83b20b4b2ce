"""The journal of remote writes: what we set out to create, and what became of it.

ibl.ai and LearningStudio offer no idempotency key, so a create whose answer was lost
(`OutcomeUnknown`) could be repeated into a duplicate. Every such write is first recorded
as an intent; when its outcome is unknown, the platform is searched for the result before
anything is sent again (`create_once`). The journal is an append-only log in SQLite in the
data folder: one row per attempt, `find` returns the newest for a key. Each call opens its
own short connection (WAL, busy timeout, `BEGIN IMMEDIATE` where it reads then writes), so
concurrent tool calls and several server processes on one machine share it safely.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import anyio.to_thread

from coursewright.errors import Conflict, CoursewrightError, OutcomeUnknown
from coursewright.sqlite_file import SqliteFile

if TYPE_CHECKING:
    from coursewright.config import Settings

T = TypeVar("T")
JOURNAL_FILE = "journal.sqlite3"
#: How long an attempt in flight keeps others off the same key; past it, the attempt is
#: presumed lost with its process (the HTTP layer gives up on a call well before this).
DEFAULT_LEASE_S = 900.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS intents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    provider TEXT NOT NULL,
    action TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL,
    native_id TEXT,
    detail TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS intents_by_key ON intents (provider, action, key, id);
CREATE INDEX IF NOT EXISTS intents_by_state ON intents (provider, action, state);
"""
_COLUMNS = "id, provider, action, key, fingerprint, state, native_id, detail, created_at, updated_at"


class IntentState(StrEnum):
    PENDING = "pending"  # sent or about to be; no answer yet
    UNKNOWN = "unknown"  # the answer was lost; the platform must be searched before repeating
    DONE = "done"
    FAILED = "failed"  # the platform refused; nothing was created


@dataclass(frozen=True)
class Intent:
    """One attempt at a remote write. Times are wall-clock seconds (comparable with platform dates)."""

    id: int
    provider: str
    action: str
    key: str
    fingerprint: str
    state: IntentState
    native_id: str | None
    detail: str
    created_at: float
    updated_at: float

    @property
    def settled(self) -> bool:
        return self.state in (IntentState.DONE, IntentState.FAILED)


@dataclass(frozen=True)
class Opening:
    """What `Journal.open_once` found: an earlier result to reuse, or a new intent (and a doubtful earlier one)."""

    intent: Intent | None
    reused: Intent | None
    doubtful: Intent | None


def _intent(row: tuple) -> Intent:
    values = list(row)
    values[5] = IntentState(values[5])
    return Intent(*values)


class Journal:
    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self._clock = clock
        self._connect = SqliteFile(self.path, _SCHEMA).connect

    @classmethod
    def for_settings(cls, settings: Settings) -> Journal:
        return cls(settings.data_dir / JOURNAL_FILE)

    def now(self) -> float:
        """The journal's clock (wall-clock seconds), as its rows record it."""
        return self._clock()

    # -- the log ---------------------------------------------------------------------------

    def record_intent(self, provider: str, action: str, key: str, fingerprint: str) -> Intent:
        """Append a pending attempt; earlier attempts for the key stay as they were."""
        with self._connect(write=True) as db:
            return self._insert(db, provider, action, key, fingerprint)

    def _insert(
        self, db: sqlite3.Connection, provider: str, action: str, key: str, fingerprint: str
    ) -> Intent:
        now = self._clock()
        cursor = db.execute(
            "INSERT INTO intents (provider, action, key, fingerprint, state, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (provider, action, key, fingerprint, IntentState.PENDING.value, now, now),
        )
        return self._get(db, int(cursor.lastrowid))

    def _get(self, db: sqlite3.Connection, intent_id: int) -> Intent:
        row = db.execute(f"SELECT {_COLUMNS} FROM intents WHERE id = ?", (intent_id,)).fetchone()
        if row is None:
            raise KeyError(intent_id)
        return _intent(row)

    def _set(self, intent: Intent, state: IntentState, native_id: str | None, detail: str) -> Intent:
        with self._connect(write=True) as db:
            db.execute(
                "UPDATE intents SET state = ?, native_id = COALESCE(?, native_id), detail = ?, updated_at = ? "
                "WHERE id = ?",
                (state.value, native_id, detail, self._clock(), intent.id),
            )
            return self._get(db, intent.id)

    def mark_done(self, intent: Intent, native_id: str) -> Intent:
        return self._set(intent, IntentState.DONE, str(native_id), "")

    def mark_failed(self, intent: Intent, reason: str = "") -> Intent:
        return self._set(intent, IntentState.FAILED, None, reason)

    def mark_unknown(self, intent: Intent, reason: str = "") -> Intent:
        return self._set(intent, IntentState.UNKNOWN, None, reason)

    def mark_pending(self, intent: Intent) -> Intent:
        return self._set(intent, IntentState.PENDING, None, "")

    def set_detail(self, intent: Intent, detail: str) -> Intent:
        """Keep what a later look-up needs (e.g. what existed before the create) with the attempt."""
        return self._set(intent, intent.state, None, detail)

    def find(self, provider: str, action: str, key: str) -> Intent | None:
        """The newest attempt for this key, whatever its state."""
        with self._connect() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM intents WHERE provider = ? AND action = ? AND key = ? "
                "ORDER BY id DESC LIMIT 1",
                (provider, action, key),
            ).fetchone()
        return _intent(row) if row else None

    def pending(self, provider: str, action: str) -> list[Intent]:
        """Attempts whose outcome is not settled (in flight, or lost), oldest first."""
        with self._connect() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM intents WHERE provider = ? AND action = ? AND state IN (?, ?) "
                "ORDER BY id",
                (provider, action, IntentState.PENDING.value, IntentState.UNKNOWN.value),
            ).fetchall()
        return [_intent(row) for row in rows]

    def native_ids(self, provider: str, action: str) -> set[str]:
        """Every id a finished attempt produced, so a look-up never claims the same result twice."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT DISTINCT native_id FROM intents WHERE provider = ? AND action = ? "
                "AND state = ? AND native_id IS NOT NULL",
                (provider, action, IntentState.DONE.value),
            ).fetchall()
        return {row[0] for row in rows}

    def open_once(
        self, provider: str, action: str, key: str, fingerprint: str, *, lease_s: float = DEFAULT_LEASE_S
    ) -> Opening:
        """Atomically decide how a keyed create starts: reuse a result, refuse a clash, or open an intent.

        The newest attempt for the key decides. Done with the same fingerprint: its result is
        reused. Done with another fingerprint: the key was reused for a different request
        (Conflict). Pending within its lease: another caller is creating it now (Conflict).
        Pending past its lease, or unknown: it may have happened, so the new intent comes back
        with it as `doubtful` and the caller must look it up before creating.
        """
        with self._connect(write=True) as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM intents WHERE provider = ? AND action = ? AND key = ? "
                "ORDER BY id DESC LIMIT 1",
                (provider, action, key),
            ).fetchone()
            latest = _intent(row) if row else None
            doubtful = None
            if latest is not None and latest.state is IntentState.DONE:
                if latest.fingerprint == fingerprint:
                    return Opening(intent=None, reused=latest, doubtful=None)
                raise Conflict(
                    f"The {action} key {key!r} was already used for a different request on {provider}.",
                    "Use a new key for a different request, or repeat the original request unchanged.",
                )
            if latest is not None and latest.state is IntentState.PENDING:
                if self._clock() - latest.updated_at < lease_s:
                    raise Conflict(
                        f"The same {action} on {provider} is already in progress.",
                        "Wait for it to finish, then check the result before trying again.",
                    )
                db.execute(
                    "UPDATE intents SET state = ?, detail = CASE WHEN detail = '' THEN ? ELSE detail END, "
                    "updated_at = ? WHERE id = ?",
                    (IntentState.UNKNOWN.value, "abandoned in flight", self._clock(), latest.id),
                )
                latest = self._get(db, latest.id)
            if (
                latest is not None
                and latest.state is IntentState.UNKNOWN
                and latest.fingerprint == fingerprint
            ):
                doubtful = latest
            intent = self._insert(db, provider, action, key, fingerprint)
            return Opening(intent=intent, reused=None, doubtful=doubtful)


async def in_thread(call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a blocking call (SQLite) off the event loop."""
    return await anyio.to_thread.run_sync(partial(call, *args, **kwargs))


#: The next step when a create's outcome stays unknown and the same call resolves it.
SAME_CALL_AGAIN = (
    "Call the same tool again with the same arguments in a minute: coursewright looks for the earlier "
    "attempt first and does not create a duplicate."
)


async def send_once(
    send: Callable[[], Awaitable[T]],
    look_up: Callable[[], Awaitable[T | None]],
    *,
    display: str,
    doing: str,
    if_in_doubt: str | None = None,
    on_lost: Callable[[], Awaitable[None]] | None = None,
    settle_s: float = 0.0,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
) -> T:
    """The one rule for a create whose answer may be lost: send it; if the answer is lost (`on_lost`
    is told), look for the result after `settle_s`, and send again only when the look-up found
    nothing; after a second lost answer, look once more. Still nothing, or a failed look-up, is
    `OutcomeUnknown` (`if_in_doubt`, or the same call again, is its next step); a refusal is raised
    as it is."""
    try:
        return await send()
    except OutcomeUnknown:
        if on_lost is not None:
            await on_lost()
    await sleep(settle_s)
    found = await look_up_or_doubt(look_up, display=display, doing=doing, if_in_doubt=if_in_doubt)
    if found is not None:
        return found
    try:
        return await send()
    except OutcomeUnknown:
        pass
    await sleep(settle_s)
    found = await look_up_or_doubt(look_up, display=display, doing=doing, if_in_doubt=if_in_doubt)
    if found is not None:
        return found
    raise OutcomeUnknown(
        f"{display} lost the answer twice while {doing}, and the result could not be found yet, so "
        "whether it happened is unknown.",
        if_in_doubt or SAME_CALL_AGAIN,
    )


async def look_up_or_doubt(
    look_up: Callable[[], Awaitable[T | None]], *, display: str, doing: str, if_in_doubt: str | None = None
) -> T | None:
    """The look-up's answer; its failure leaves the create in doubt (`OutcomeUnknown`), never "absent"."""
    try:
        return await look_up()
    except CoursewrightError as exc:
        raise OutcomeUnknown(
            f"{display} may have finished {doing}, and checking for it failed: {exc.what}",
            if_in_doubt or SAME_CALL_AGAIN,
        ) from exc


async def create_once(
    journal: Journal,
    provider: str,
    action: str,
    key: str,
    fingerprint: str,
    create: Callable[[], Awaitable[str]],
    lookup: Callable[[], Awaitable[str | None]],
    *,
    lease_s: float = DEFAULT_LEASE_S,
    settle_s: float = 2.0,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
) -> str:
    """Create the thing named by `key` at most once, and return its platform id.

    A key names one logical create: calling again with the same key and fingerprint returns
    the first result without sending anything. An earlier attempt left in doubt is looked up
    first; the create itself follows `send_once` (a lost answer is looked up before it is sent
    again). `lookup` must match on what the request made (name or subject, created since the
    intent) and skip ids `journal.native_ids` already holds. A refusal (any other
    `CoursewrightError`) marks the intent failed and is raised as is.
    """
    opening = await in_thread(partial(journal.open_once, lease_s=lease_s), provider, action, key, fingerprint)
    if opening.reused is not None and opening.reused.native_id is not None:
        return opening.reused.native_id
    intent = opening.intent
    assert intent is not None

    async def find() -> str | None:
        found = await lookup()
        return str(found) if found is not None else None

    async def lost() -> None:
        await in_thread(journal.mark_unknown, intent, "answer lost")

    settled = False
    try:
        if opening.doubtful is not None:
            found = await look_up_or_doubt(find, display=provider, doing=action)
            if found is not None:
                await in_thread(journal.mark_done, opening.doubtful, found)
                await in_thread(journal.mark_done, intent, found)
                settled = True
                return found
            # The look-up shows the earlier attempt never took effect.
            await in_thread(journal.mark_failed, opening.doubtful, "not found on look-up")
        try:
            native_id = str(
                await send_once(
                    create, find, display=provider, doing=action, on_lost=lost, settle_s=settle_s, sleep=sleep
                )
            )
        except OutcomeUnknown:
            settled = True  # stays unknown: the next call with this key looks it up first
            raise
        except CoursewrightError as refusal:
            await in_thread(journal.mark_failed, intent, type(refusal).__name__)
            settled = True
            raise
        await in_thread(journal.mark_done, intent, native_id)
        settled = True
        return native_id
    finally:
        if not settled:
            # Cancelled, or an unexpected fault, while the create may have been in flight.
            with anyio.CancelScope(shield=True):
                await in_thread(journal.mark_unknown, intent, "interrupted")
