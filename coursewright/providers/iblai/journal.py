"""The ibl.ai adapter's view of the journal: its rows scoped to one ibl.ai tenant, calls off the event loop,
and creating at most once with the journal following along (`create_once`).

The journal lives in the data folder whatever the provider points at, so the sandbox, a
staging tenant and production all write to it; the scope (a digest of base URL, org and
user) keeps their integer ids from ever being taken for one another.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable

from coursewright.errors import CoursewrightError, OutcomeUnknown
from coursewright.providers.iblai.client import Json
from coursewright.providers.journal import Intent, Journal, in_thread, send_once

PROVIDER = "iblai"


class ScopedJournal:
    def __init__(self, journal: Journal, *, base_url: str, org: str, user_id: str) -> None:
        self.journal = journal
        digest = hashlib.sha256(f"{base_url.rstrip('/')}|{org}|{user_id}".encode()).hexdigest()
        self.scope = digest[:12]

    def _action(self, action: str) -> str:
        return f"{action}@{self.scope}"

    async def find(self, action: str, key: str) -> Intent | None:
        return await in_thread(self.journal.find, PROVIDER, self._action(action), key)

    async def record(self, action: str, key: str, fingerprint: str) -> Intent:
        return await in_thread(self.journal.record_intent, PROVIDER, self._action(action), key, fingerprint)

    async def done(self, intent: Intent, native_id: str) -> Intent:
        return await in_thread(self.journal.mark_done, intent, native_id)

    async def failed(self, intent: Intent, reason: str) -> Intent:
        return await in_thread(self.journal.mark_failed, intent, reason)

    async def unknown(self, intent: Intent, reason: str) -> Intent:
        return await in_thread(self.journal.mark_unknown, intent, reason)

    async def native_ids(self, action: str) -> set[str]:
        return await in_thread(self.journal.native_ids, PROVIDER, self._action(action))

    # --- creating at most once ------------------------------------------------------------------

    async def create_once(
        self,
        send: Callable[[], Awaitable[Json]],
        look_up: Callable[[], Awaitable[Json | None]],
        doing: str,
        intent: Intent | None = None,
        if_in_doubt: str | None = None,
    ) -> Json:
        """Send a create by the shared rule (`journal.send_once`: a lost answer is looked up, and sent
        again only if absent), with this tenant's journal following along when there is an `intent`,
        so a later call looks up an attempt whose outcome stayed unknown instead of creating a
        duplicate. `if_in_doubt` is the next step when the outcome stays unknown."""

        async def lost() -> None:
            if intent is not None:
                await self.unknown(intent, "answer lost")

        try:
            result = await send_once(
                send, look_up, display="ibl.ai", doing=doing, if_in_doubt=if_in_doubt, on_lost=lost
            )
        except OutcomeUnknown:
            raise
        except CoursewrightError as refusal:
            if intent is not None:
                await self.failed(intent, type(refusal).__name__)
            raise
        return await self.settle(intent, result)

    async def settle(self, intent: Intent | None, result: Json) -> Json:
        if intent is not None:
            await self.done(intent, str(result.get("id") or result.get("xblock_id") or ""))
        return result
