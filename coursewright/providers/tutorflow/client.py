"""TutorFlow's endpoints as calls: which are safe to repeat, how edit tokens are kept, which secrets are learned.

Two families of routes: the API-key routes (`/courses`, `/courses/:id`, `/courses/:id/edit-token`)
and the editor routes (`/courses/edit/:editToken/...`), which take a one-hour edit token
instead of the key. The client mints its own token per course, keeps it in memory only
(never on disk), renews it shortly before it expires and once more if the platform
refuses it. Every preview URL and edit token the client sees is handed to `learn` before
anything else happens with it, so the redactor knows it from then on.

Repeat safety: the create carries an Idempotency-Key, so it is repeated like a read; saves
of a whole lesson or of the whole canonical payload write the same state again when
repeated; a generate stream saves nothing. Only adding a lesson is not safe to repeat: its
lost answer comes back to the caller as `OutcomeUnknown` to look up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal

from coursewright.errors import AuthFailed, Forbidden, NotFound
from coursewright.providers.http import CallKind, PlatformHttp
from coursewright.providers.tutorflow import wire
from coursewright.providers.tutorflow.canonical import (
    Canonical,
    CanonicalLesson,
    parse_canonical,
    parse_lesson,
)
from coursewright.providers.tutorflow.formats import Generated, parse_generate_stream

#: Renew a token this long before TutorFlow says it expires (a call may take a while).
TOKEN_MARGIN_S = 120.0
#: TutorFlow's documented lifetime of an edit token, when an answer does not say.
TOKEN_LIFETIME_S = 3600.0


def _expiry(text: str | None, now: float) -> float:
    if text:
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
        except ValueError:
            pass
    return now + TOKEN_LIFETIME_S


class TutorFlowClient:
    def __init__(
        self,
        http: PlatformHttp,
        learn: Callable[[str], None],
        *,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.http = http
        self._learn = learn
        self._wall = wall_clock
        # request id -> (edit token, wall-clock expiry): held in memory only.
        self._tokens: dict[str, tuple[str, float]] = {}

    def _learned(self, request: wire.WireRequest) -> wire.WireRequest:
        for secret in request.editor_secrets():
            self._learn(secret)
        return request

    # -- API-key routes ----------------------------------------------------------------------------

    async def create(self, body: dict[str, Any], *, mode: Literal["sync", "async"]) -> wire.WireRequest:
        kind: CallKind = "long" if mode == "sync" else "write"
        payload = await self.http.request_json(
            "POST",
            wire.courses_path(),
            kind=kind,
            # The key makes a repeat return the original request: no second course, no second bill.
            idempotent=True,
            json=body,
            headers={"Idempotency-Key": body["idempotencyKey"]},
            expected=(200, 201, 202),
        )
        return self._learned(wire.parse_request(payload))

    async def get(self, request_id: str) -> wire.WireRequest:
        payload = await self.http.request_json("GET", wire.course_path(request_id))
        return self._learned(wire.parse_request(payload))

    async def list_page(self, *, limit: int = 100, offset: int = 0) -> wire.RequestPage:
        payload = await self.http.request_json(
            "GET", wire.courses_path(), params={"limit": limit, "offset": offset}
        )
        return wire.parse_request_page(payload)

    async def update_course(self, request_id: str, title: str) -> None:
        await self._edit("PATCH", request_id, "", json={"title": title})

    async def mint_token(self, request_id: str) -> wire.EditToken:
        """A fresh edit token. Minting again only makes another, so a lost answer is simply repeated."""
        payload = await self.http.request_json(
            "POST", wire.edit_token_path(request_id), kind="write", idempotent=True, expected=(200, 201)
        )
        return wire.parse_edit_token(payload)

    async def _token(self, request_id: str) -> str:
        cached = self._tokens.get(request_id)
        now = self._wall()
        if cached is not None and cached[1] - TOKEN_MARGIN_S > now:
            return cached[0]
        minted = await self.mint_token(request_id)
        self._learn(minted.editToken)
        self._tokens[request_id] = (minted.editToken, _expiry(minted.editTokenExpiresAt, now))
        return minted.editToken

    def adopt_token(self, request_id: str, minted: wire.EditToken) -> None:
        """Work with a token minted for someone else too: the seed speaks of *the current* edit token,
        and a platform where a new token revokes the old one would otherwise break one of the two.
        Not given to the server's redactor: the caller shows it to the user."""
        self._tokens[request_id] = (minted.editToken, _expiry(minted.editTokenExpiresAt, self._wall()))

    def forget_token(self, request_id: str) -> None:
        self._tokens.pop(request_id, None)

    # -- editor routes (edit token) ----------------------------------------------------------------

    async def _edit(
        self,
        method: str,
        request_id: str,
        rest: str,
        *,
        kind: CallKind = "read",
        idempotent: bool | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        raw: bool = False,
    ) -> Any:
        """An editor call; a token the platform no longer accepts is replaced once."""
        for attempt in (1, 2):
            token = await self._token(request_id)
            try:
                if raw:
                    response = await self.http.request(
                        method,
                        wire.edit_path(token, rest),
                        kind=kind,
                        idempotent=idempotent,
                        json=json,
                        headers=headers,
                    )
                    return response.text
                return await self.http.request_json(
                    method,
                    wire.edit_path(token, rest),
                    kind=kind,
                    idempotent=idempotent,
                    json=json,
                    headers=headers,
                )
            except (AuthFailed, Forbidden, NotFound):
                # An expired or replaced token reads as 401/403/404 on these routes.
                self.forget_token(request_id)
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    async def canonical(self, request_id: str) -> Canonical:
        return parse_canonical(await self._edit("GET", request_id, "/canonical"))

    async def save_canonical(self, request_id: str, canonical: Canonical) -> None:
        await self._edit(
            "PATCH", request_id, "/canonical", kind="write", idempotent=True, json=canonical.payload()
        )

    async def lesson(self, request_id: str, lesson_id: str) -> CanonicalLesson:
        return parse_lesson(await self._edit("GET", request_id, f"/lessons/by-id/{lesson_id}/full"))

    async def save_lesson(self, request_id: str, lesson: CanonicalLesson) -> None:
        await self._edit(
            "PATCH",
            request_id,
            f"/lessons/by-id/{lesson.id}/full",
            kind="write",
            idempotent=True,
            json=lesson.full_payload(),
        )

    async def add_lesson(self, request_id: str, body: dict[str, Any]) -> CanonicalLesson:
        """Not repeated on a lost answer (it would add a second lesson): that raises `OutcomeUnknown`."""
        payload = await self._edit("POST", request_id, "/lessons", kind="write", json=body)
        return parse_lesson(payload)

    async def infer_type(self, request_id: str, body: dict[str, Any]) -> str | None:
        """The lesson type TutorFlow suggests for a title; None when its answer names no known type."""
        # Inferring saves nothing, so repeating it after a lost answer is harmless.
        payload = await self._edit(
            "POST", request_id, "/infer-type", kind="write", idempotent=True, json=body
        )
        found = payload.get("type") if isinstance(payload, dict) else None
        return found if isinstance(found, str) and found in wire.LESSON_TYPES else None

    async def generate(self, request_id: str, lesson_id: str, body: dict[str, Any]) -> Generated:
        text = await self._edit(
            "POST",
            request_id,
            f"/lessons/by-id/{lesson_id}/generate",
            kind="long",
            # Generating saves nothing, so repeating it after a lost answer is harmless.
            idempotent=True,
            json=body,
            headers={"Accept": "text/event-stream"},
            raw=True,
        )
        return parse_generate_stream(text)
