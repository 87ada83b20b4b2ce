"""Creates keyed by the call: the same call repeated after any error never creates a second thing.

A write tool derives a key from its own arguments (`call_key`) and runs its create through
`create_once`. The journal (`journal.Journal`) records the attempt before anything is sent;
what becomes of it decides the next identical call:

- done: the first result is returned, nothing is sent (`Created.reused`);
- refused by the platform (invalid input, not found, no permission...): nothing was created, the
  next call starts afresh;
- anything else (a lost answer, a platform failure or a dropped connection after the create may
  have landed, a cancellation): the outcome is unknown, and the next call looks the result up
  (`look_up`, given the earlier attempt and what it recorded beforehand) before creating
  anything; what it finds is adopted (`Created.recovered`), so the caller can finish what the
  earlier attempt started.

This is the one place that decides when a create may be sent; adapters keep their own finer
journals for the calls inside one create (ibl.ai's outline blocks, LearningStudio's jobs).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import anyio

from coursewright.errors import (
    AuthFailed,
    Conflict,
    Forbidden,
    GenerationUnavailable,
    InvalidInput,
    NotConfigured,
    NotFound,
    NotSupported,
    Refused,
)
from coursewright.providers.journal import DEFAULT_LEASE_S, Intent, Journal, in_thread

#: Errors that mean the platform (or a guardrail) refused: nothing was created.
REFUSALS = (
    InvalidInput,
    NotFound,
    NotSupported,
    NotConfigured,
    AuthFailed,
    Forbidden,
    Refused,
    Conflict,
    GenerationUnavailable,
)


def call_key(tool: str, **arguments: Any) -> str:
    """A stable digest of one call: the tool and its arguments (order of keywords does not matter)."""
    text = json.dumps({"tool": tool, "arguments": arguments}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Created:
    native_id: str
    #: The first result of an identical earlier call that finished; nothing was sent this time.
    reused: bool = False
    #: An earlier identical call whose outcome was unknown had in fact created it; found by the look-up.
    recovered: bool = False


async def create_once(
    journal: Journal,
    provider: str,
    action: str,
    key: str,
    create: Callable[[], Awaitable[str]],
    look_up: Callable[[Intent], Awaitable[str | None]],
    *,
    before: str = "",
    lease_s: float = DEFAULT_LEASE_S,
) -> Created:
    """Run `create` at most once for `key`; `before` is what `look_up` needs later (recorded with the intent).

    `look_up(earlier)` gets the earlier attempt (its `detail` is that attempt's `before`) and
    returns the id it made, or None when it made nothing. An error from `look_up` propagates,
    and the earlier attempt stays unknown for the next call.
    """
    opening = await in_thread(partial(journal.open_once, lease_s=lease_s), provider, action, key, key)
    if opening.reused is not None and opening.reused.native_id is not None:
        return Created(opening.reused.native_id, reused=True)
    intent = opening.intent
    assert intent is not None
    if opening.doubtful is not None:
        try:
            found = await look_up(opening.doubtful)
        except BaseException:
            with anyio.CancelScope(shield=True):
                await in_thread(journal.mark_failed, intent, "superseded: the look-up failed")
            raise
        if found is not None:
            await in_thread(journal.mark_done, opening.doubtful, found)
            await in_thread(journal.mark_done, intent, found)
            return Created(found, recovered=True)
        await in_thread(journal.mark_failed, opening.doubtful, "not found on look-up")
    if before:
        await in_thread(journal.set_detail, intent, before)
    settled = False
    try:
        native_id = str(await create())
        await in_thread(journal.mark_done, intent, native_id)
        settled = True
        return Created(native_id)
    except REFUSALS as refusal:
        await in_thread(journal.mark_failed, intent, type(refusal).__name__)
        settled = True
        raise
    finally:
        if not settled:
            # Lost answer, platform failure after the write, cancellation: it may exist.
            with anyio.CancelScope(shield=True):
                await in_thread(journal.mark_unknown, intent, before)
