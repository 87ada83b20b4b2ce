"""The ibl.ai adapter's view of the journal: its rows scoped to one ibl.ai tenant, calls off the event loop.

The journal lives in the data folder whatever the provider points at, so the sandbox, a
staging tenant and production all write to it; the scope (a digest of base URL, org and
user) keeps their integer ids from ever being taken for one another.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import partial
from typing import TypeVar

import anyio

from coursewright.providers.journal import Intent, Journal

PROVIDER = "iblai"
T = TypeVar("T")


class ScopedJournal:
    def __init__(self, journal: Journal, *, base_url: str, org: str, user_id: str) -> None:
        self.journal = journal
        digest = hashlib.sha256(f"{base_url.rstrip('/')}|{org}|{user_id}".encode()).hexdigest()
        self.scope = digest[:12]

    def _action(self, action: str) -> str:
        return f"{action}@{self.scope}"

    async def _run(self, call: Callable[..., T], *args: object) -> T:
        # SQLite blocks: keep its short transactions off the event loop.
        return await anyio.to_thread.run_sync(partial(call, *args))

    async def find(self, action: str, key: str) -> Intent | None:
        return await self._run(self.journal.find, PROVIDER, self._action(action), key)

    async def record(self, action: str, key: str, fingerprint: str) -> Intent:
        return await self._run(self.journal.record_intent, PROVIDER, self._action(action), key, fingerprint)

    async def done(self, intent: Intent, native_id: str) -> Intent:
        return await self._run(self.journal.mark_done, intent, native_id)

    async def failed(self, intent: Intent, reason: str) -> Intent:
        return await self._run(self.journal.mark_failed, intent, reason)

    async def unknown(self, intent: Intent, reason: str) -> Intent:
        return await self._run(self.journal.mark_unknown, intent, reason)

    async def native_ids(self, action: str) -> set[str]:
        return await self._run(self.journal.native_ids, PROVIDER, self._action(action))
