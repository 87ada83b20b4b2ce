"""LearningStudio's webhooks as the emulator sends them: one unsigned JSON POST each, never retried.

The platform POSTs a job's `course.created` / `course.failed` when its worker finishes the job,
and `course.exported` after an export, to the `callbackUrl` given with that request: 10-second
timeout, no redirects followed, no retries, any 2xx counts as received.

The real platform only calls back to public IP addresses. The sandbox inverts that rule: it
calls back only to this machine (127.0.0.1, ::1, localhost), because an emulator whose keys are
public must not be usable to send requests anywhere else, and a test's receiver listens on
loopback anyway.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import anyio
import httpx2

WEBHOOK_TIMEOUT_SECONDS = 10.0

#: POSTs a JSON body to a URL and returns the HTTP status; raises on a transport failure.
WebhookSender = Callable[[str, bytes], Awaitable[int]]


async def post_webhook(url: str, body: bytes) -> int:
    """One unsigned JSON POST, 10-second timeout, redirects not followed (as the platform documents)."""
    async with httpx2.AsyncClient(
        timeout=WEBHOOK_TIMEOUT_SECONDS, follow_redirects=False, trust_env=False
    ) as client:
        response = await client.post(url, content=body, headers={"Content-Type": "application/json"})
        return response.status_code


def is_loopback_url(url: str) -> bool:
    """Whether the URL is http(s) to this machine; the sandbox sends webhooks nowhere else."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class Delivery:
    """One webhook: sent once, never retried; `status` or `error` says how it went."""

    url: str
    payload: dict[str, object]
    sent: bool = False
    status: int | None = None
    error: str | None = None


@dataclass
class WebhookOutbox:
    """Webhooks waiting to go out, and the wake-up call of the worker that sends them.

    Whoever sends a delivery marks it sent before the first await, so the worker and a request
    looking at the same delivery on one event loop never both send it.
    """

    sender: WebhookSender = post_webhook
    deliveries: list[Delivery] = field(default_factory=list)
    _wakeup: anyio.Event | None = None

    @property
    def worker_running(self) -> bool:
        return self._wakeup is not None

    def arm(self) -> anyio.Event:
        """The worker's next wake-up call; set by `wake`, or when the worker's timer runs out."""
        self._wakeup = anyio.Event()
        return self._wakeup

    def disarm(self) -> None:
        self._wakeup = None

    def wake(self) -> None:
        """Something changed (a job queued, a webhook due): the worker looks again now."""
        if self._wakeup is not None:
            self._wakeup.set()

    def queue(self, url: str, payload: dict[str, object]) -> None:
        self.deliveries.append(Delivery(url, payload))
        self.wake()

    def take_pending(self) -> list[Delivery]:
        pending = [delivery for delivery in self.deliveries if not delivery.sent]
        for delivery in pending:
            delivery.sent = True
        return pending

    async def send(self, delivery: Delivery) -> None:
        body = json.dumps(delivery.payload).encode()
        try:
            delivery.status = await self.sender(delivery.url, body)
        except anyio.get_cancelled_exc_class():
            delivery.error = "cancelled: the sandbox shut down"
            raise
        except Exception as exc:  # a receiver's failure is the receiver's problem, as on the platform
            delivery.error = type(exc).__name__

    async def send_pending(self) -> None:
        """Send every webhook not yet sent, each once and side by side, and wait for them all."""
        async with anyio.create_task_group() as sends:
            for delivery in self.take_pending():
                sends.start_soon(self.send, delivery)
