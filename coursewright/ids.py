"""Qualified ids: every id that leaves the server carries its provider (`local:7`, `iblai:42`)."""

from __future__ import annotations

from typing import Literal, get_args

from coursewright.errors import InvalidInput

ProviderName = Literal["local", "iblai", "tutorflow", "learningstudio"]
PROVIDERS: tuple[str, ...] = get_args(ProviderName)


def join_id(provider: str, native: str | int) -> str:
    return f"{provider}:{native}"


def split_id(qualified: str, kind: str = "id") -> tuple[str, str]:
    """`"iblai:42"` -> `("iblai", "42")`; refuses anything without a known provider prefix."""
    provider, sep, native = qualified.strip().partition(":")
    if not sep or provider not in PROVIDERS or not native:
        raise InvalidInput(
            f"{kind} {qualified!r} is not a coursewright id.",
            f"Pass the {kind} exactly as a previous tool returned it, e.g. 'local:7' "
            f"(provider one of {', '.join(PROVIDERS)}).",
        )
    return provider, native
