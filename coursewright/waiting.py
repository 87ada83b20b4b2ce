"""When to look again while a platform works: probes planned around the job's expected end.

A provider that started a job says how long it expects it to take in all (`ReadyState.expected_s`,
from the platform's documented timings) and, where the platform reports one, how far along it is
(`progress`, 0-100). From those and what earlier probes saw, `WaitPlan` estimates how long is
left and halves the distance to that moment with each probe, so every probe refines the estimate;
near the end it probes every 6 % of the job (between 5 and 10 % of it, as asked), never sooner
than the platform's own hint (TutorFlow's pollAfterMs). A job that gives no expected length is
waited for with the plain back-off (the seed's 20 s doubling to 120 s), or at the pace of the
platform's hint when it gives one.

Pure arithmetic on the caller's clock: no MCP, no I/O, nothing at import.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Near the expected end, one probe every this share of the job.
STEP_SHARE = 0.06
#: Never look again sooner than this, whatever a platform suggests.
HINT_FLOOR_S = 1.0


@dataclass
class WaitPlan:
    """One wait: feed it every probe (`seen`), ask it how long to sleep (`next_wait`)."""

    initial_s: float
    max_s: float
    _delay: float = field(init=False)
    _seen: list[tuple[float, float | None]] = field(default_factory=list, init=False)
    _expected_end: float | None = field(default=None, init=False)
    _expected_s: float | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self._delay = self.initial_s

    def seen(self, at: float, progress: float | None, expected_s: float | None) -> None:
        """A probe at `at` (seconds on the caller's clock) that was not ready yet."""
        if expected_s is not None and self._expected_end is None:
            done = min(max(progress or 0.0, 0.0), 99.0) / 100.0
            self._expected_end = at + max(expected_s * (1.0 - done), 0.0)
            self._expected_s = expected_s
        self._seen.append((at, progress))

    def remaining(self) -> float | None:
        """Seconds until the job should be done, from its progress so far or its expected length."""
        if not self._seen or self._expected_s is None:
            return None
        now, latest = self._seen[-1]
        rate = self._rate()
        if rate is not None and latest is not None:
            return max((100.0 - latest) / rate, 0.0)
        if self._expected_end is None:
            return None
        return max(self._expected_end - now, 0.0)

    def _rate(self) -> float | None:
        """Progress points a second: the fastest pace the probes show, measured from the first probe
        and from the first that saw the job moving (a queue before the work makes the first too slow;
        coarse steps, such as one unit of a dozen, make a short span too slow). Too fast only costs a
        probe; too slow would be late."""
        known = [(t, p) for t, p in self._seen if p is not None]
        if len(known) < 2:
            return None
        t1, p1 = known[-1]
        anchors = [known[0], *[(t, p) for t, p in known if p > 0][:1]]
        rates = [(p1 - p0) / (t1 - t0) for t0, p0 in anchors if t1 > t0 and p1 > p0]
        return max(rates, default=None)

    def next_wait(self, hint_s: float | None) -> float:
        """How long to sleep before the next probe."""
        left = self.remaining()
        if left is None:
            if hint_s is not None:
                # The platform's own pace is the lightest probe: follow it, within floor and ceiling.
                return min(max(hint_s, HINT_FLOOR_S), self.max_s)
            wait, self._delay = self._delay, min(self._delay * 2, self.max_s)
            return wait
        rate = self._rate()
        # The whole job's length: from its pace when progress shows one, else as the platform documents it.
        job = 100.0 / rate if rate else (self._expected_s or left)
        step = max(STEP_SHARE * job, HINT_FLOOR_S, hint_s or 0.0)
        # Halve the distance to the expected end while it is far; then land on it, then step past it.
        wait = left / 2 if left > 2 * step else max(left, step)
        return min(max(wait, HINT_FLOOR_S, hint_s or 0.0), self.max_s)
