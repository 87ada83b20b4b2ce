"""What a tool call tells the client besides its result: log messages and course-change notifications.

Log messages (`notifications/message`) go out where the protocol era has them: on handshake-era
connections at or above the level the client chose with `logging/setLevel` (default `info`); on
2026-07-28 connections only when the request opted in (the SDK enforces that). Every message
passes the runtime's redactor first.

A tool that changed a course tells subscribers: `notifications/resources/updated` for its
`course://{provider}/{course}` resource, and `notifications/resources/list_changed` when a course
was created or deleted (resources/list names the recent courses). On 2026-07-28 connections
these travel on `subscriptions/listen` streams (the SDK's subscription bus); handshake-era
clients subscribe with `resources/subscribe`, kept here per connection.
"""

from __future__ import annotations

import functools
import logging
import warnings
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp.shared.exceptions import MCPDeprecationWarning
from mcp.types import LoggingLevel
from mcp_types.version import MODERN_PROTOCOL_VERSIONS

from coursewright.ids import split_id

if TYPE_CHECKING:
    from coursewright.tools.common import ToolSpec

logger = logging.getLogger("coursewright.tools")

#: RFC 5424 severities in ascending order, as MCP's LoggingLevel lists them.
LEVELS: tuple[str, ...] = ("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency")
DEFAULT_LEVEL = "info"
#: Where a connection's chosen level lives in its per-connection scratch state.
LEVEL_KEY = "coursewright.log_level"
#: Tools whose success adds or removes a course (so resources/list changes).
LIST_CHANGING = {"generate_outline", "run_pipeline", "delete_course", "import_course"}
#: A bound on handshake-era subscriptions, so a client cannot grow the registry without limit.
MAX_SUBSCRIPTIONS = 10_000


def course_uri(course_id: str) -> str:
    provider, native = split_id(course_id, "course_id")
    return f"course://{provider}/{native}"


def connection_state(ctx: Any) -> dict[str, Any]:
    """The connection's scratch state (`Connection.state`); a fresh dict when the SDK offers none."""
    session = getattr(ctx, "session", None)
    connection = getattr(session, "_connection", None)
    state = getattr(connection, "state", None)
    return state if isinstance(state, dict) else {}


def set_level(ctx: Any, level: str) -> None:
    connection_state(ctx)[LEVEL_KEY] = level


async def client_log(ctx: Context, level: LoggingLevel, message: str) -> None:
    """One redacted log message to the client, if its chosen level lets it through."""
    request = ctx.request_context
    # 2026-07-28: the request's own opt-in decides, and the SDK applies it.
    if request.protocol_version not in MODERN_PROTOCOL_VERSIONS:
        chosen = connection_state(request).get(LEVEL_KEY, DEFAULT_LEVEL)
        if LEVELS.index(level) < LEVELS.index(chosen):
            return
    from coursewright.tools.common import runtime_of

    text = runtime_of(ctx).redactor.redact(message)
    # The logging capability is deprecated at 2026-07-28 but still what handshake-era clients
    # show; the SDK warns once per call, which is noise here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MCPDeprecationWarning)
        sending = request.session.send_log_message(
            level, text, logger="coursewright", related_request_id=request.request_id
        )
    try:
        await sending
    except Exception:  # noqa: BLE001 - a log line the client cannot take must never fail the tool
        logger.debug("could not deliver a log message to the client", exc_info=True)


class Subscribers:
    """Handshake-era `resources/subscribe`: which connections watch which course URI.

    Holds each subscriber's session proxy, whose standalone channel outlives the subscribe
    request. Sending is best-effort: the SDK drops a notification to a closed connection.
    """

    def __init__(self) -> None:
        self._by_uri: dict[str, dict[int, Any]] = {}

    def add(self, uri: str, session: Any) -> None:
        if sum(len(v) for v in self._by_uri.values()) >= MAX_SUBSCRIPTIONS:
            return
        self._by_uri.setdefault(uri, {})[_connection_key(session)] = session

    def remove(self, uri: str, session: Any) -> None:
        watchers = self._by_uri.get(uri, {})
        watchers.pop(_connection_key(session), None)
        if not watchers:
            self._by_uri.pop(uri, None)

    def sessions(self) -> list[Any]:
        unique: dict[int, Any] = {}
        for watchers in self._by_uri.values():
            unique.update(watchers)
        return list(unique.values())

    async def updated(self, uri: str) -> None:
        for session in list(self._by_uri.get(uri, {}).values()):
            await _quietly(session.send_resource_updated(uri))

    async def list_changed(self, current: Any) -> None:
        sessions = {_connection_key(s): s for s in self.sessions()}
        sessions.setdefault(_connection_key(current), current)
        for session in sessions.values():
            await _quietly(session.send_resource_list_changed())


def _connection_key(session: Any) -> int:
    return id(getattr(session, "_connection", session))


async def _quietly(sending: Awaitable[None]) -> None:
    try:
        await sending
    except Exception:  # noqa: BLE001 - notifications are advisory
        logger.debug("could not deliver a change notification", exc_info=True)


def _changed_course(name: str, kwargs: dict[str, Any], result: Any) -> str | None:
    """The course a successful call changed, or None when it changed nothing (e.g. awaits a yes)."""
    if getattr(result, "confirmation_required", None) is not None:
        return None
    if name == "delete_course" and not getattr(result, "deleted", False):
        return None
    course_id = getattr(result, "course_id", None) or kwargs.get("course_id")
    return course_id if isinstance(course_id, str) else None


async def announce_change(ctx: Context, subscribers: Subscribers, name: str, course_id: str) -> None:
    try:
        uri = course_uri(course_id)
    except Exception:  # noqa: BLE001 - an id that does not parse names no resource
        return
    request = ctx.request_context
    await ctx.notify_resource_updated(uri)
    await subscribers.updated(uri)
    if name in LIST_CHANGING:
        await ctx.notify_resources_changed()
        await subscribers.list_changed(request.session)


def observed(spec: ToolSpec, subscribers: Subscribers) -> Callable[..., Awaitable[Any]]:
    """The tool as registered: logs its course to the client and announces what it changed."""
    fn = spec.fn

    @functools.wraps(fn)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = next((v for v in (*args, *kwargs.values()) if isinstance(v, Context)), None)
        if ctx is None:
            return await fn(*args, **kwargs)
        await client_log(ctx, "debug", f"{spec.name}: started")
        try:
            result = await fn(*args, **kwargs)
        except ToolError as exc:
            await client_log(ctx, "warning", f"{spec.name}: {exc}")
            raise
        course_id = None if spec.read_only else _changed_course(spec.name, kwargs, result)
        if course_id:
            await client_log(ctx, "info", f"{spec.name}: changed {course_id}")
            await announce_change(ctx, subscribers, spec.name, course_id)
        else:
            await client_log(ctx, "info", f"{spec.name}: done")
        return result

    return wrapper
