"""The one way providers talk HTTP: a client per platform with time limits, retries, pacing and redaction.

Retries are only ever automatic where repeating cannot do harm: idempotent calls
(GET/PUT/DELETE/HEAD by default, or a POST the caller vouches for, e.g. one with an
Idempotency-Key), plus any call that never left this machine (the connection could
not be opened). A non-idempotent call whose answer was lost raises `OutcomeUnknown`
so the caller looks the result up before creating anything again (see `journal`).
Every text this module raises or logs has the configured secrets removed.
"""

from __future__ import annotations

import json as jsonlib
import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any

import anyio
import httpx2

from coursewright.errors import CoursewrightError, NotConfigured, OutcomeUnknown, Unavailable
from coursewright.guardrails.secrets import Redactor
from coursewright.providers.http_errors import error_from_response, parse_retry_after, platform_info, tidy
from coursewright.providers.http_pacing import CallKind, Clock, RateLimiter, RetryPolicy, Sleep, Timeouts

__all__ = [
    "CallKind",
    "PlatformHttp",
    "RateLimiter",
    "RetryPolicy",
    "Timeouts",
    "error_from_response",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
#: For a call that must not be repeated, these answers leave its effect unknown: a 500 may come
#: after the write committed, a gateway's 502/504 means the backend's own answer was lost.
#: 503, 429 and 408 say the request was not taken on.
OUTCOME_UNKNOWN_STATUSES = frozenset({500, 502, 504})
#: The request never reached the platform, so sending it again is safe whatever it does.
NEVER_SENT = (
    httpx2.ConnectError,
    httpx2.ConnectTimeout,
    httpx2.PoolTimeout,
    httpx2.ProxyError,
    httpx2.LocalProtocolError,
)

_log = logging.getLogger("coursewright.http")


class PlatformHttp:
    """One platform's HTTP client. Made in the server's lifespan; `aclose()` when it ends."""

    def __init__(
        self,
        *,
        platform: str,
        base_url: str,
        auth_header: tuple[str, str],
        secrets: Sequence[str] = (),
        rate_per_minute: int | None = None,
        retry: RetryPolicy | None = None,
        timeouts: Timeouts | None = None,
        transport: httpx2.AsyncBaseTransport | None = None,
        sleep: Sleep = anyio.sleep,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
        redactor: Redactor | None = None,
        user_agent: str = "coursewright",
    ) -> None:
        self.platform = platform
        self.display = platform_info(platform).display
        self.retry = retry or RetryPolicy()
        self.timeouts = timeouts or Timeouts()
        self.redactor = redactor or Redactor()
        for secret in secrets:
            self.redactor.add(secret)
        # The credential inside the header is a secret even if the caller forgot to list it.
        self.redactor.add(auth_header[1].split()[-1] if auth_header[1].split() else None)
        self._sleep = sleep
        self._wall_clock = wall_clock
        self._limiter = RateLimiter(rate_per_minute, clock=clock, sleep=sleep) if rate_per_minute else None
        self._client = httpx2.AsyncClient(
            base_url=base_url,
            headers={auth_header[0]: auth_header[1], "Accept": "application/json", "User-Agent": user_agent},
            transport=transport,
            timeout=self.timeouts.for_kind("read"),
            follow_redirects=False,
        )

    def add_secret(self, value: str | None) -> None:
        """A secret learned at run time (an edit token, a signed URL) is redacted from then on."""
        self.redactor.add(value)

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> PlatformHttp:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        kind: CallKind = "read",
        idempotent: bool | None = None,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        expected: tuple[int, ...] | None = None,
    ) -> httpx2.Response:
        """Send one call, retrying only where safe; any failure comes back as the error tree."""
        response, _ = await self._exchange(
            method, path, kind, idempotent, json, params, data, files, headers, expected, want_json=False
        )
        return response

    async def request_json(
        self,
        method: str,
        path: str,
        *,
        kind: CallKind = "read",
        idempotent: bool | None = None,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        expected: tuple[int, ...] | None = None,
    ) -> Any:
        """Like `request`, returning the decoded JSON body (None for an empty one).

        An unreadable body is retried like a failure for idempotent calls; for others it
        raises `OutcomeUnknown`, since the platform did act but its answer cannot be read.
        """
        _, body = await self._exchange(
            method, path, kind, idempotent, json, params, data, files, headers, expected, want_json=True
        )
        return body

    # -- the retry loop ------------------------------------------------------------------

    async def _exchange(
        self,
        method: str,
        path: str,
        kind: CallKind,
        idempotent: bool | None,
        json: Any,
        params: Mapping[str, Any] | None,
        data: Mapping[str, Any] | None,
        files: Any,
        headers: Mapping[str, str] | None,
        expected: tuple[int, ...] | None,
        *,
        want_json: bool,
    ) -> tuple[httpx2.Response, Any]:
        method = method.upper()
        safe = idempotent if idempotent is not None else method in IDEMPOTENT_METHODS
        call = f"{method} {tidy(path.split('?')[0], self.redactor, 120)}"
        attempt = 0
        while True:
            attempt += 1
            last_try = attempt >= self.retry.attempts
            if self._limiter is not None:
                await self._limiter.acquire()
            try:
                response = await self._client.request(
                    method,
                    path,
                    json=json,
                    params=params,
                    data=data,
                    files=files,
                    headers=headers,
                    timeout=self.timeouts.for_kind(kind),
                )
            except httpx2.UnsupportedProtocol as exc:
                raise self._bad_base_url() from exc
            except NEVER_SENT as exc:
                if last_try:
                    raise self._unreachable(call, exc) from exc
                await self._wait(self.retry.backoff(attempt), call, "could not connect", attempt)
                continue
            except httpx2.TransportError as exc:
                if not safe:
                    raise self._outcome_unknown(
                        call, _lost_because(exc, self.timeouts.seconds(kind))
                    ) from exc
                if last_try:
                    raise self._unreachable(call, exc) from exc
                await self._wait(self.retry.backoff(attempt), call, _lost_because(exc, None), attempt)
                continue

            if self._succeeded(response, expected):
                if not want_json:
                    return response, None
                try:
                    return response, _decode(response)
                except ValueError:
                    if not safe:
                        raise self._outcome_unknown(call, "its answer could not be read") from None
                    if last_try:
                        raise self._redacted(
                            Unavailable(
                                f"{self.display} answered {call} with a body that could not be read.",
                                "This is usually temporary: wait a minute and retry.",
                            )
                        ) from None
                    await self._wait(self.retry.backoff(attempt), call, "unreadable answer", attempt)
                    continue

            status = response.status_code
            if not safe and status in OUTCOME_UNKNOWN_STATUSES:
                raise self._outcome_unknown(call, f"it answered HTTP {status}")
            error = self.error_for(response)
            if not safe or last_try or status not in RETRYABLE_STATUSES:
                raise error
            delay = self._delay_after(response, attempt)
            if delay is None:
                raise error
            await self._wait(delay, call, f"HTTP {status}", attempt)

    def _delay_after(self, response: httpx2.Response, attempt: int) -> float | None:
        """The platform's Retry-After when it gave one (None if too long to wait), else back-off."""
        retry_after = parse_retry_after(response.headers.get("Retry-After"), self._wall_clock())
        if retry_after is None:
            return self.retry.backoff(attempt)
        if retry_after > self.retry.max_retry_after_s:
            return None
        return retry_after

    async def _wait(self, seconds: float, call: str, reason: str, attempt: int) -> None:
        _log.warning(
            self.redactor.redact(
                f"{self.display} {call}: {reason}; retrying in {seconds:.2f} s "
                f"(attempt {attempt + 1} of {self.retry.attempts})"
            )
        )
        await self._sleep(seconds)

    @staticmethod
    def _succeeded(response: httpx2.Response, expected: tuple[int, ...] | None) -> bool:
        if expected is not None:
            return response.status_code in expected
        return 200 <= response.status_code < 300

    # -- errors ----------------------------------------------------------------------------

    def error_for(self, response: httpx2.Response) -> CoursewrightError:
        """The error tree's answer for a failed response, redacted (for adapters that accept some statuses)."""
        error = error_from_response(self.platform, response, redactor=self.redactor, now=self._wall_clock())
        return self._redacted(error)

    def _redacted(self, error: CoursewrightError) -> CoursewrightError:
        error.what = self.redactor.redact(error.what)
        error.next_step = self.redactor.redact(error.next_step)
        error.args = (error.model_text(),)
        return error

    def _outcome_unknown(self, call: str, reason: str) -> CoursewrightError:
        return self._redacted(
            OutcomeUnknown(
                f"{self.display} received {call} but {reason}, so it may or may not have taken effect.",
                "Look for the result on the platform (list the tasks or courses) before trying again, "
                "so nothing is created twice.",
            )
        )

    def _unreachable(self, call: str, exc: httpx2.TransportError) -> CoursewrightError:
        return self._redacted(
            Unavailable(
                f"{self.display} could not be reached for {call} ({_lost_because(exc, None)}).",
                "Check the network and the platform's status, then retry in a minute.",
            )
        )

    def _bad_base_url(self) -> CoursewrightError:
        variable = platform_info(self.platform).base_url_variable
        return NotConfigured(
            f"The {self.display} base URL is not an http or https address.",
            f"Set {variable} to the platform's address (for example https://...), then restart the server.",
        )


def _lost_because(exc: httpx2.TransportError, timeout_s: float | None) -> str:
    if isinstance(exc, httpx2.ReadTimeout):
        return f"no answer came within {timeout_s:g} s" if timeout_s else "no answer came in time"
    if isinstance(exc, (httpx2.WriteTimeout, httpx2.WriteError)):
        return "the connection failed while the request was being sent"
    if isinstance(exc, (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout, httpx2.ProxyError)):
        return "the connection could not be opened"
    return "the connection dropped before the answer arrived"


def _decode(response: httpx2.Response) -> Any:
    if not response.content.strip():
        return None
    return jsonlib.loads(response.content)
