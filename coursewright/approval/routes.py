"""The page's two routes: GET shows the question, POST records Approve or Decline once.

The POST is refused unless it comes from the page itself: the browser's Origin (and, when
sent, Sec-Fetch-Site) must be the page's own origin, and the form must carry the record's
CSRF value. No cookie is involved, so there is no ambient authority to ride on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from coursewright.approval.page import approval_page, message_page, security_headers
from coursewright.approval.store import ApprovalRecord, ApprovalStore

logger = logging.getLogger("coursewright.approval")

PATH = "/approve/{approval_id}"
MAX_FORM_BYTES = 4096


def _html(page: tuple[str, str], status: int = 200) -> HTMLResponse:
    body, nonce = page
    return HTMLResponse(body, status_code=status, headers=security_headers(nonce))


def _closed(record: ApprovalRecord | None) -> HTMLResponse | None:
    if record is None:
        return _html(message_page("Link not valid", "This approval link is unknown or no longer kept."), 404)
    if record.state == "expired":
        return _html(
            message_page("This link has expired", "Nothing was done. Ask the agent to try again."), 410
        )
    if record.state != "pending":
        answer = "declined" if record.state == "declined" else "approved"
        return _html(
            message_page("Already answered", f"This request was already {answer}; the answer stands."), 409
        )
    return None


def _same_origin(request: Request, record: ApprovalRecord) -> bool:
    origin = request.headers.get("origin", "")
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site != "same-origin":
        return False
    host = request.headers.get("host", "")
    # The Host header must name the page's own origin too (a rebinding page would carry its own name).
    return origin == record.origin and host == urlsplit(record.origin).netloc


async def _form(request: Request) -> dict[str, str] | None:
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
        return None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return None
    fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=8)
    return {name: values[0] for name, values in fields.items() if len(values) == 1}


def approval_routes(store_of: Callable[[], ApprovalStore | None]) -> list[Route]:
    """Routes for any Starlette app: the server's own HTTP app, or the loopback listener."""

    async def show(request: Request) -> Response:
        store = store_of()
        record = store.get(request.path_params["approval_id"]) if store else None
        if (closed := _closed(record)) is not None:
            return closed
        assert record is not None
        if request.headers.get("host", "") != urlsplit(record.origin).netloc:
            return _html(message_page("Wrong address", "Open the link exactly as it was given."), 421)
        return _html(approval_page(record))

    async def answer(request: Request) -> Response:
        store = store_of()
        record = store.get(request.path_params["approval_id"]) if store else None
        if (closed := _closed(record)) is not None:
            return closed
        assert record is not None and store is not None
        if not _same_origin(request, record):
            logger.warning("refused an approval answer from another origin")
            return _html(
                message_page("Refused", "Answers are only accepted from the approval page itself."), 403
            )
        form = await _form(request)
        decision = (form or {}).get("decision")
        if form is None or decision not in ("approve", "decline"):
            return _html(message_page("Refused", "The form was not understood. Reload the page."), 400)
        if not store.decide(record, form.get("csrf", ""), decision == "approve"):
            return _closed(store.get(record.approval_id)) or _html(
                message_page("Refused", "The form does not belong to this request. Reload the page."), 403
            )
        if decision == "approve":
            return _html(
                message_page("Approved", "Thank you. You can close this page and return to the chat.")
            )
        return _html(message_page("Declined", "Nothing will be done. You can close this page."))

    return [Route(PATH, show, methods=["GET"]), Route(PATH, answer, methods=["POST"])]
