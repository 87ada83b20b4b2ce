"""How patiently providers talk HTTP: time limits per kind of call, retries with back-off, and pacing
under a platform's rate limit. `http.PlatformHttp` applies them.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx2

CallKind = Literal["read", "write", "long"]
Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


@dataclass(frozen=True)
class Timeouts:
    """Seconds allowed per kind of call; `connect` bounds opening the connection for every kind."""

    read: float = 30.0
    write: float = 60.0
    long: float = 300.0
    connect: float = 10.0

    def seconds(self, kind: CallKind) -> float:
        return {"read": self.read, "write": self.write, "long": self.long}[kind]

    def for_kind(self, kind: CallKind) -> httpx2.Timeout:
        return httpx2.Timeout(self.seconds(kind), connect=min(self.connect, self.seconds(kind)))


def _system_random() -> Callable[[], float]:
    return random.Random().random


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to repeat a call that may succeed later.

    `attempts` counts every try, the first included. The wait before retry n (1-based)
    is drawn between half and all of min(max_s, base_s * 2**(n-1)) ("equal jitter":
    clients that failed together do not retry together, yet none retries at once).
    A Retry-After the platform sends replaces the drawn wait; one longer than
    `max_retry_after_s` is not waited for: the error goes back to the caller with it.
    """

    attempts: int = 3
    base_s: float = 0.5
    max_s: float = 8.0
    max_retry_after_s: float = 30.0
    random: Callable[[], float] = field(default_factory=_system_random, compare=False, repr=False)

    @classmethod
    def seeded(cls, seed: int, **overrides: Any) -> RetryPolicy:
        return cls(random=random.Random(seed).random, **overrides)

    @classmethod
    def never(cls) -> RetryPolicy:
        return cls(attempts=1)

    def backoff(self, retry_number: int) -> float:
        ceiling = min(self.max_s, self.base_s * (2 ** max(0, retry_number - 1)))
        return ceiling / 2 + self.random() * ceiling / 2


#: Clocks here and on the platform differ and a request takes time to arrive, so the limiter
#: plans as if a minute were a second longer: it then never lands exactly on the platform's edge.
MINUTE_WITH_SLACK_S = 61.0


class RateLimiter:
    """Never lets more than `per_minute` calls start in any rolling minute (plus a second of slack).

    It remembers when the last `per_minute` calls started: a new call goes at once while fewer
    than that started in the past window, else it waits until the oldest of them is a window
    old. So a whole course's calls (about 60 on TutorFlow, 15 on LearningStudio) go unpaced, a
    long session settles at the platform's rate, and however the platform counts its "N
    requests a minute" (fixed or sliding window) it never answers 429.

    Each caller reserves its start time before it waits; the reservation has no await in it, so
    concurrent tasks on one event loop never share a slot.
    """

    def __init__(self, per_minute: int, *, clock: Clock, sleep: Sleep) -> None:
        if per_minute <= 0:
            raise ValueError("per_minute must be positive")
        self.per_minute = per_minute
        self._clock = clock
        self._sleep = sleep
        self._starts: deque[float] = deque(maxlen=per_minute)

    async def acquire(self) -> None:
        now = self._clock()
        slot = now
        if len(self._starts) == self.per_minute:
            slot = max(now, self._starts[0] + MINUTE_WITH_SLACK_S)
        self._starts.append(slot)
        if slot > now:
            await self._sleep(slot - now)
