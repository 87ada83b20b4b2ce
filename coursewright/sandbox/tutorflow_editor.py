"""The TutorFlow course editor routes (edit-token family and keyed updates)."""

from __future__ import annotations

from typing import Any

from starlette.routing import Route


def editor_routes(api: Any, courses: str) -> list[Route]:
    return []
