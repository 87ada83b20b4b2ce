"""Refused HTTP requests are counted and summarised, not logged one line each.

A stranger (or a scanner) hitting `serve --http` with a bad token, Host or Origin would otherwise
write one warning per request: a flood that buries everything else and copies attacker-chosen
text into the log. The first refusal of a window is logged as it is; the rest are counted by
kind, and one line summarises them when the window has passed (at the next refusal) or when the
server stops. Installed by `serve --http` on the loggers that report refusals.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable

#: Loggers whose warnings are refusals of an HTTP request: the SDK's Host/Origin check, and ours (bearer tokens).
REFUSAL_LOGGERS = ("mcp.server.transport_security", "coursewright.server")
#: Set as `extra={REFUSAL: "<kind>"}` on a log call to mark it as a refusal of that kind.
REFUSAL = "http_refusal"


def refusal_kind(record: logging.LogRecord) -> str | None:
    kind = getattr(record, REFUSAL, None)
    if kind:
        return str(kind)
    if record.name == "mcp.server.transport_security" and record.levelno >= logging.WARNING:
        # "Invalid Host header: <what the client sent>": only the kind, never the client's text.
        return record.getMessage().split(":", 1)[0].strip()[:60] or "refused"
    return None


class RefusalTally(logging.Filter):
    def __init__(
        self,
        window_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        out: logging.Logger | None = None,
    ) -> None:
        super().__init__()
        self.window_s = window_s
        self._clock = clock
        self._out = out or logging.getLogger("coursewright.http")
        self._lock = threading.Lock()
        self._opened: float | None = None
        self._counts: Counter[str] = Counter()

    def filter(self, record: logging.LogRecord) -> bool:
        kind = refusal_kind(record)
        if kind is None:
            return True
        now = self._clock()
        with self._lock:
            if self._opened is not None and now - self._opened < self.window_s:
                self._counts[kind] += 1
                return False
            summary = self._take_summary(now)
            self._opened = now
        if summary:
            self._out.warning(summary)
        record.msg = (
            f"{record.getMessage()[:200]} (further refusals in the next {self.window_s:.0f} s are counted, "
            "then summarised)"
        )
        record.args = ()
        return True

    def _take_summary(self, now: float) -> str:
        total = sum(self._counts.values())
        if not total or self._opened is None:
            return ""
        kinds = ", ".join(f"{count} {kind}" for kind, count in self._counts.most_common())
        self._counts.clear()
        return f"refused {total} more HTTP request(s) in {now - self._opened:.0f} s: {kinds}"

    def flush(self) -> None:
        """Log what is counted and not yet summarised (at shutdown)."""
        with self._lock:
            summary = self._take_summary(self._clock())
        if summary:
            self._out.warning(summary)


def install_refusal_tally(tally: RefusalTally) -> Callable[[], None]:
    """Attach the tally to the refusal loggers; returns what detaches it (after a final flush)."""
    loggers = [logging.getLogger(name) for name in REFUSAL_LOGGERS]
    for logger in loggers:
        logger.addFilter(tally)

    def remove() -> None:
        tally.flush()
        for logger in loggers:
            logger.removeFilter(tally)

    return remove
