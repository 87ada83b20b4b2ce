"""The protocol surface beyond tools: logging level, completions, resource subscriptions, icons.

`MCPServer` has decorators for tools, prompts and resources only, so these handlers sit on its
low-level server (the SDK's documented way to serve spec methods it leaves to the application).
Completions need the runtime (recent course ids), which only a low-level handler's context has.
"""

from __future__ import annotations

from typing import Any

from mcp.server import MCPServer
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel.server import NotificationOptions
from mcp.types import (
    CompleteRequestParams,
    CompleteResult,
    Completion,
    EmptyResult,
    Icon,
    PaginatedRequestParams,
    PromptReference,
    Resource,
    SetLevelRequestParams,
    SubscribeRequestParams,
    UnsubscribeRequestParams,
)

from coursewright.ids import split_id
from coursewright.runtime import Runtime
from coursewright.tools.notify import Subscribers, course_uri, set_level

COURSE_TEMPLATE = "course://{provider}/{course}"
#: How many recent courses resources/list and completions offer.
RECENT = 20
MAX_COMPLETIONS = 100

# Small SVG marks, as data URIs so they work over stdio too (no server-hosted files).
_SVG = (
    "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'>"
    "<rect width='24' height='24' rx='5' fill='%23284b8f'/>{}</svg>"
)
_MARKS = {
    # A mortarboard: the server itself.
    "server": "<path d='M3 9l9-4 9 4-9 4z M7 11v4c3 2 7 2 10 0v-4' fill='none' stroke='white' stroke-width='1.6'/>",
    # A checked list: briefs and reviews.
    "check": "<path d='M6 12l4 4 8-8' fill='none' stroke='white' stroke-width='2'/>",
    # A tree: structure and content.
    "tree": "<path d='M6 5v14 M6 9h8 M6 15h8' fill='none' stroke='white' stroke-width='2'/>",
    # An upward arrow: publish, pipeline and other acts with effects outside.
    "send": "<path d='M12 19V6 M7 11l5-5 5 5' fill='none' stroke='white' stroke-width='2'/>",
    # An i: status and listings.
    "info": "<path d='M12 10v8 M12 6v1' fill='none' stroke='white' stroke-width='2.2'/>",
}


def icon(mark: str) -> list[Icon]:
    return [Icon(src=_SVG.format(_MARKS[mark]), mime_type="image/svg+xml", sizes=["any"])]


def _runtime(ctx: ServerRequestContext[Any]) -> Runtime:
    return ctx.lifespan_context


def _matching(values: list[str], prefix: str) -> Completion:
    found = [v for v in dict.fromkeys(values) if v.lower().startswith(prefix.lower())]
    return Completion(values=found[:MAX_COMPLETIONS], total=len(found), has_more=len(found) > MAX_COMPLETIONS)


def complete(runtime: Runtime, params: CompleteRequestParams) -> Completion:
    """Providers and recent course ids, for the prompts' arguments and the course resource template."""
    name, typed = params.argument.name, params.argument.value
    providers = runtime.settings.configured_providers()
    if isinstance(params.ref, PromptReference):
        if name == "provider":
            return _matching(providers, typed)
        if name == "course_id":
            return _matching(runtime.ledger.recent_courses(RECENT), typed)
        return _matching([], typed)
    if params.ref.uri != COURSE_TEMPLATE:
        return _matching([], typed)
    if name == "provider":
        return _matching(providers, typed)
    if name == "course":
        chosen = (params.context.arguments or {}).get("provider") if params.context else None
        natives = []
        for course_id in runtime.ledger.recent_courses(RECENT):
            provider, native = split_id(course_id, "course_id")
            if chosen in (None, "", provider):
                natives.append(native)
        return _matching(natives, typed)
    return _matching([], typed)


def install(server: MCPServer, subscribers: Subscribers) -> None:
    low = server._lowlevel_server  # the SDK's low-level server: the place for spec methods MCPServer lacks
    list_resources = server._handle_list_resources

    async def on_set_level(ctx: ServerRequestContext[Any], params: SetLevelRequestParams) -> EmptyResult:
        set_level(ctx, params.level)
        return EmptyResult()

    async def on_complete(ctx: ServerRequestContext[Any], params: CompleteRequestParams) -> CompleteResult:
        return CompleteResult(completion=complete(_runtime(ctx), params))

    async def on_subscribe(ctx: ServerRequestContext[Any], params: SubscribeRequestParams) -> EmptyResult:
        subscribers.add(str(params.uri), ctx.session)
        return EmptyResult()

    async def on_unsubscribe(ctx: ServerRequestContext[Any], params: UnsubscribeRequestParams) -> EmptyResult:
        subscribers.remove(str(params.uri), ctx.session)
        return EmptyResult()

    async def on_list_resources(ctx: ServerRequestContext[Any], params: PaginatedRequestParams | None) -> Any:
        """The static resources, then the recent courses, so a client can show them without a tool call."""
        listed = await list_resources(ctx, params)
        for course_id in _runtime(ctx).ledger.recent_courses(RECENT):
            try:
                uri = course_uri(course_id)
            except Exception:  # noqa: BLE001 - an id that does not parse names no resource
                continue
            listed.resources.append(
                Resource(
                    uri=uri,
                    name=course_id,
                    title=f"Course {course_id}",
                    description="The course tree (ids, types, titles), without content.",
                    mime_type="application/json",
                )
            )
        return listed

    low.add_request_handler("logging/setLevel", SetLevelRequestParams, on_set_level)
    low.add_request_handler("completion/complete", CompleteRequestParams, on_complete)
    low.add_request_handler("resources/subscribe", SubscribeRequestParams, on_subscribe)
    low.add_request_handler("resources/unsubscribe", UnsubscribeRequestParams, on_unsubscribe)
    low.add_request_handler("resources/list", PaginatedRequestParams, on_list_resources)

    # Handshake-era capabilities: the resource list changes as courses come and go.
    make_options = low.create_initialization_options

    def with_list_changed(notification_options: NotificationOptions | None = None, *args: Any, **kwargs: Any):
        return make_options(
            notification_options or NotificationOptions(resources_changed=True), *args, **kwargs
        )

    low.create_initialization_options = with_list_changed
