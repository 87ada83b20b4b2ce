"""The human at the approval page, played over plain HTTP (the browser tests use a real Chromium)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import httpx2

_CSRF = re.compile(r"name='csrf' value='([^']+)'")


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


async def open_page(url: str) -> httpx2.Response:
    async with httpx2.AsyncClient(timeout=10) as http:
        return await http.get(url)


async def answer_page(url: str, approve: bool, *, origin: str | None = None) -> httpx2.Response:
    """Load the page and press Approve or Decline, as a browser would (its own Origin, the form's fields)."""
    async with httpx2.AsyncClient(timeout=10) as http:
        page = await http.get(url)
        match = _CSRF.search(page.text)
        csrf = match.group(1) if match else ""
        return await http.post(
            url,
            data={"csrf": csrf, "decision": "approve" if approve else "decline"},
            headers={"Origin": origin or origin_of(url), "Sec-Fetch-Site": "same-origin"},
        )
