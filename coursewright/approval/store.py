"""Approval records: one per question, keyed by an unguessable id, decided once, spent once.

A record moves `pending -> approved | declined | expired`, and `approved -> spent` when the
act it approved runs. Records live in the server process; the waiting tool call is woken
through an event when the page records the human's answer (or finds the record expired).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import anyio

if TYPE_CHECKING:
    from coursewright.approval.preview import Preview


State = Literal["pending", "approved", "declined", "expired", "spent"]

#: Bounds the records one server keeps, so a looping agent cannot grow memory without limit.
MAX_RECORDS = 256


def _key(approval_id: str) -> bytes:
    # Looked up by digest, like the team tokens: no record is found by a near miss.
    return hashlib.sha256(approval_id.encode()).digest()


@dataclass
class ApprovalRecord:
    action: str
    target: str
    stamp: str
    summary: str
    origin: str
    expires_at: float
    review: str = ""
    cost: str = ""
    brief: str = ""
    preview: Preview | None = None
    approval_id: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    state: State = "pending"
    decided: anyio.Event = field(default_factory=anyio.Event, repr=False)

    @property
    def path(self) -> str:
        return f"/approve/{self.approval_id}"

    @property
    def url(self) -> str:
        return self.origin + self.path


class ApprovalStore:
    def __init__(self, clock: Callable[[], float], ttl_s: float = 300.0) -> None:
        self._clock = clock
        self.ttl_s = ttl_s
        self._records: dict[bytes, ApprovalRecord] = {}

    def create(
        self,
        *,
        action: str,
        target: str,
        stamp: str,
        summary: str,
        origin: str,
        review: str = "",
        cost: str = "",
        brief: str = "",
        preview: Preview | None = None,
    ) -> ApprovalRecord:
        self._forget_finished()
        record = ApprovalRecord(
            action=action,
            target=target,
            stamp=stamp,
            summary=summary,
            origin=origin.rstrip("/"),
            expires_at=self._clock() + self.ttl_s,
            review=review,
            cost=cost,
            brief=brief,
            preview=preview,
        )
        self._records[_key(record.approval_id)] = record
        return record

    def get(self, approval_id: str) -> ApprovalRecord | None:
        """The record, with its expiry applied; None for an id this server never issued."""
        record = self._records.get(_key(approval_id))
        if record is not None:
            self._expire(record)
        return record

    def decide(self, record: ApprovalRecord, csrf: str, approve: bool) -> bool:
        """Record the human's answer once; False if the form is not this record's or it was answered."""
        self._expire(record)
        if record.state != "pending" or not hmac.compare_digest(csrf.encode(), record.csrf.encode()):
            return False
        self._settle(record, "approved" if approve else "declined")
        return True

    def withdraw(self, record: ApprovalRecord, state: State = "declined") -> None:
        """The user refused to open the page, or the wait ran out: the page takes no answer any more."""
        if record.state == "pending":
            self._settle(record, state)

    def spend(self, record: ApprovalRecord) -> bool:
        """Use an approval exactly once, and only before it expires."""
        self._expire(record)
        if record.state != "approved":
            return False
        record.state = "spent"
        return True

    def remaining_s(self, record: ApprovalRecord) -> float:
        return max(0.0, record.expires_at - self._clock())

    def _expire(self, record: ApprovalRecord) -> None:
        if record.state in ("pending", "approved") and self._clock() >= record.expires_at:
            self._settle(record, "expired")

    def _settle(self, record: ApprovalRecord, state: State) -> None:
        record.state = state
        record.decided.set()

    def _forget_finished(self) -> None:
        for key, record in list(self._records.items()):
            self._expire(record)
            # A decided record stays briefly so a second click still reads "already answered".
            if record.state != "pending" and self._clock() >= record.expires_at + self.ttl_s:
                del self._records[key]
        while len(self._records) >= MAX_RECORDS:
            oldest = min(self._records, key=lambda k: self._records[k].expires_at)
            self._settle(self._records.pop(oldest), "expired")
