"""Open a question on the page and wait for the human's answer; the one object the tools use."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import anyio

from coursewright.approval.listener import LoopbackListener
from coursewright.approval.store import ApprovalRecord, ApprovalStore, State

if TYPE_CHECKING:
    from coursewright.approval.preview import Preview


@dataclass
class Question:
    action: str
    target: str
    stamp: str
    summary: str
    review: str = ""
    cost: str = ""
    brief: str = ""
    preview: Preview | None = None


class Approvals:
    """The store the routes read, and the loopback listener for servers without their own HTTP app."""

    def __init__(self, store: ApprovalStore, listener: LoopbackListener | None) -> None:
        self.store = store
        self._listener = listener

    async def open(self, question: Question, origin: str | None) -> ApprovalRecord | None:
        """A pending record served at `origin` (or on the loopback listener); None if nowhere to serve it."""
        if origin is None:
            if self._listener is None:
                return None
            origin = await self._listener.origin()
        return self.store.create(
            action=question.action,
            target=question.target,
            stamp=question.stamp,
            summary=question.summary,
            origin=origin,
            review=question.review,
            cost=question.cost,
            brief=question.brief,
            preview=question.preview,
        )

    async def wait(self, record: ApprovalRecord) -> State:
        """Wait for the answer, at most until the record expires; an approval is spent here, once."""
        try:
            with anyio.move_on_after(self.store.remaining_s(record)):
                await record.decided.wait()
        finally:
            # The call was cancelled (the client went away): a later click must not read "Approved".
            if record.state == "pending" and not record.decided.is_set():
                self.store.withdraw(record, "expired")
        current = self.store.get(record.approval_id)
        if current is None or current.state == "pending":
            # Out of time (or evicted): the page must not accept a late click.
            self.store.withdraw(record, "expired")
            return "expired"
        if current.state == "approved":
            return "approved" if self.store.spend(current) else "expired"
        return current.state

    def withdraw(self, record: ApprovalRecord, state: State = "declined") -> None:
        """No answer is taken any more (no-op once the question was answered)."""
        self.store.withdraw(record, state)

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
