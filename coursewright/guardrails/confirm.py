"""Confirmation tokens for clients that cannot ask the user themselves.

A token is single-use and bound to one action on one target at one content stamp, and it
expires quickly. It is `base64url(payload).base64url(hmac)`; the HMAC key lives in the
data folder (or `COURSEWRIGHT_CONFIRMATION_KEY` for several replicas), so a token minted by
one server process is honoured by another but cannot be forged by the agent.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, Field

from coursewright.errors import Refused


class ConfirmationRequired(BaseModel):
    """Returned instead of acting when the user has to say yes first."""

    summary: str = Field(description="Show this to the user word for word and ask them to confirm.")
    token: str = Field(description="Pass back as confirmation_token only after the user said yes.")
    expires_at: datetime


def load_or_create_key(data_dir: Path) -> bytes:
    env_key = os.environ.get("COURSEWRIGHT_CONFIRMATION_KEY")
    if env_key:
        return hashlib.sha256(env_key.encode()).digest()
    path = data_dir / "confirmation.key"
    try:
        return bytes.fromhex(path.read_text().strip())
    except (FileNotFoundError, ValueError):
        pass
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key.hex())
    try:
        # Another process may have won the race: keep whichever key landed first.
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return bytes.fromhex(path.read_text().strip())


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class ConfirmationBook:
    def __init__(
        self,
        key: bytes,
        spend: Callable[[str], bool],
        ttl_s: int = 600,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._key = key
        self._spend = spend
        self._ttl_s = ttl_s
        self._clock = clock

    def _sign(self, body: bytes) -> bytes:
        return hmac.new(self._key, body, hashlib.sha256).digest()

    def issue(self, action: str, target: str, stamp: str, summary: str) -> ConfirmationRequired:
        expires = self._clock() + self._ttl_s
        payload = {"a": action, "t": target, "s": stamp, "e": int(expires), "n": secrets.token_hex(12)}
        body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
        token = f"{_b64(body)}.{_b64(self._sign(body))}"
        return ConfirmationRequired(
            summary=summary, token=token, expires_at=datetime.fromtimestamp(int(expires), tz=UTC)
        )

    def redeem(self, token: str, action: str, target: str, stamp: str) -> None:
        """Accept the token once for exactly this act, or raise `Refused` saying why."""
        ask_again = f"Call {action} again without confirmation_token to get a fresh summary, show it to the user, and use the new token only after they say yes."
        try:
            body_text, signature_text = token.strip().split(".")
            body, signature = _unb64(body_text), _unb64(signature_text)
            payload = json.loads(body)
        except (ValueError, TypeError):
            raise Refused("The confirmation token is not one this server issued.", ask_again) from None
        if not hmac.compare_digest(signature, self._sign(body)):
            raise Refused("The confirmation token is not one this server issued.", ask_again)
        if payload.get("a") != action or payload.get("t") != target:
            raise Refused("The confirmation token was issued for a different action or course.", ask_again)
        if payload.get("e", 0) < self._clock():
            raise Refused("The confirmation token has expired.", ask_again)
        if payload.get("s") != stamp:
            raise Refused(
                "The course changed after the user saw the summary, so that confirmation no longer holds.",
                ask_again,
            )
        if not self._spend(str(payload.get("n"))):
            raise Refused("The confirmation token was already used.", ask_again)
