"""`build_server()`: the only way in. Registers the tools, prompts and resources on an `MCPServer`."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Annotated, Any

import anyio
from mcp.server import MCPServer
from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.auth.settings import AuthSettings
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ResourceError
from mcp.types import Tool as MCPTool
from pydantic import Field

from coursewright import __version__
from coursewright.approval.listener import LoopbackListener
from coursewright.approval.routes import approval_routes
from coursewright.approval.service import Approvals
from coursewright.approval.store import ApprovalStore
from coursewright.config import Settings
from coursewright.errors import CoursewrightError
from coursewright.guardrails.secrets import RedactingFilter, Redactor
from coursewright.prompts import texts
from coursewright.refusals import REFUSAL, RefusalTally, install_refusal_tally
from coursewright.runtime import Runtime
from coursewright.tools import protocol
from coursewright.tools.catalog import ListingCache, lean_listing, register_tools
from coursewright.tools.notify import Subscribers

if TYPE_CHECKING:
    from coursewright.providers.base import Provider

logger = logging.getLogger("coursewright.server")

INSTRUCTIONS = """\
coursewright creates courses on the user's course platform (default: local, which exports Open edX OLX).
Workflow: check_brief (ask the user its questions until ready) -> create_task -> generate_outline
(show it to the user; change it with edit_xblock) -> draft_content or write units with edit_xblock
-> poll_until_ready -> review_course (fix blocking findings) -> publish.
publish, delete_course, run_pipeline, editor_link, deleting sections and every paid call (create, regenerate,
paid drafting) need the user's yes: the server asks them, or returns confirmation_required whose summary you
must show before calling again with its token.
Ids carry their provider ('local:7'); pass them back exactly."""


def _install_redaction(redactor: Redactor) -> Callable[[], None]:
    """Every handler of the root logger gets the redacting filter for the server's lifetime."""
    log_filter = RedactingFilter(redactor)
    handlers = list(logging.getLogger().handlers)
    for handler in handlers:
        handler.addFilter(log_filter)

    def remove() -> None:
        for handler in handlers:
            handler.removeFilter(log_filter)

    return remove


class TeamTokens(TokenVerifier):
    """Team mode: static bearer tokens from COURSEWRIGHT_HTTP_TOKENS, matched by their SHA-256 digest.

    Only digests are kept, so a memory dump or a debug repr never shows a token.
    """

    def __init__(self, tokens: Mapping[str, str]) -> None:
        self._names = {_digest(token): name for token, name in tokens.items()}

    async def verify_token(self, token: str) -> AccessToken | None:
        # Looking up the digest leaks nothing about a token: only a preimage would match.
        name = self._names.get(_digest(token))
        if name is None:
            logger.warning(
                "refused an HTTP request with an unknown bearer token",
                extra={REFUSAL: "unknown bearer token"},
            )
            return None
        return AccessToken(token=token, client_id=name, scopes=[])


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def _team_auth(settings: Settings) -> dict[str, Any]:
    """Bearer-token auth when tokens are configured (stdio and in-memory clients bypass it)."""
    tokens = settings.bearer_tokens()
    if not tokens:
        return {}
    # No authorization server: clients are configured with their token, so no OAuth metadata
    # is advertised (resource_server_url=None) and the issuer is only a required placeholder.
    auth = AuthSettings(issuer_url="http://127.0.0.1", resource_server_url=None)
    return {"token_verifier": TeamTokens(tokens), "auth": auth}


class CoursewrightServer(MCPServer):
    """Publishes lean tool schemas (see `tools.lean`), and registers its tools only when one is first needed.

    The tool list is paid for in every conversation, and the server is spawned for every chat:
    the first `tools/list` is answered from the listing cache (`tools.catalog`) when it is current.
    """

    def __init__(
        self, *args: Any, add_tools: Callable[[MCPServer], None], cache: ListingCache, **kwargs: Any
    ):
        super().__init__(*args, **kwargs)
        self._add_tools = add_tools
        self._tools_added = False
        self._cache = cache
        self._lean_tools: list[MCPTool] | None = None

    def _ensure_tools(self) -> None:
        if not self._tools_added:
            self._tools_added = True
            self._add_tools(self)

    async def list_tools(self) -> list[MCPTool]:
        if self._lean_tools is None:
            cached = self._cache.load()
            if cached is None:
                self._ensure_tools()
                cached = lean_listing(await super().list_tools())
                self._cache.save(cached)
            self._lean_tools = cached
        return self._lean_tools

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        self._ensure_tools()
        return await super().call_tool(name, arguments, context)

    def _tool_input_schema(self, name: str) -> dict[str, Any] | None:
        self._ensure_tools()
        return super()._tool_input_schema(name)


def build_server(
    settings: Settings | None = None,
    *,
    transports: Mapping[str, Any] | None = None,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    clock: Callable[[], float] = time.monotonic,
    providers: Mapping[str, Provider] | None = None,
    retry_seed: int | None = None,
    wall_clock: Callable[[], float] | None = None,
) -> MCPServer:
    """Make the server. The keywords are test seams: sandbox transports, fake time, fake providers, and a
    seed for the retry back-off's jitter (a seeded fault run then replays exactly), a wall clock."""
    settings = settings or Settings()

    # One approval store per server: the page routes and every session's tools share it.
    store = ApprovalStore(clock, ttl_s=settings.approval_ttl_s)

    @asynccontextmanager
    async def lifespan(_: MCPServer) -> AsyncIterator[Runtime]:
        async with anyio.create_task_group() as background:
            approvals = Approvals(store, LoopbackListener(lambda: store, background))
            runtime = Runtime(
                settings,
                transports=transports,
                sleep=sleep,
                clock=clock,
                providers=providers,
                approvals=approvals,
                retry_seed=retry_seed,
                wall_clock=wall_clock,
            )
            remove_filter = _install_redaction(runtime.redactor)
            # Refused HTTP requests are counted and summarised, so a scanner cannot flood the log.
            remove_tally = install_refusal_tally(RefusalTally())
            try:
                yield runtime
            finally:
                approvals.stop()
                with anyio.CancelScope(shield=True):
                    await runtime.aclose()
                remove_tally()
                remove_filter()
                # The loopback listener notices the stop within a tick; never wait on it for long.
                background.cancel_scope.deadline = anyio.current_time() + 3

    subscribers = Subscribers()
    server = CoursewrightServer(
        "coursewright",
        title="coursewright: course authoring",
        version=__version__,
        instructions=INSTRUCTIONS,
        icons=protocol.icon("server"),
        lifespan=lifespan,
        log_level="WARNING",
        add_tools=lambda target: register_tools(target, subscribers, read_only=settings.read_only),
        cache=ListingCache(settings.data_dir, read_only=settings.read_only),
        **_team_auth(settings),
    )
    _add_prompts(server, settings)
    _add_resources(server)
    for route in approval_routes(lambda: store):
        server.custom_route(route.path, methods=[m for m in route.methods or () if m != "HEAD"])(
            route.endpoint
        )
    protocol.install(server, subscribers)
    if settings.public_url:
        _add_webhooks(server, settings, wall_clock or time.time)
    return server


Topic = Annotated[
    str, Field(description="What the course is about, in a few words (e.g. 'Python for data analysts').")
]


def _add_webhooks(server: MCPServer, settings: Settings, wall_clock: Callable[[], float]) -> None:
    """Team mode: LearningStudio reports finished jobs here, so a create whose answer was lost is found again.

    The path's token is the authentication (the platform signs nothing): only tokens the server
    handed out in a create are accepted, and the job id is read back from the platform before use.
    """
    from starlette.requests import Request
    from starlette.responses import Response

    from coursewright.providers.journal import in_thread
    from coursewright.providers.learningstudio.hooks import HOOK_PREFIX, Inbox

    inbox = Inbox(settings.data_dir / "learningstudio.sqlite3", clock=wall_clock)
    # From now on webhooks are received: a create sent after this whose job never reports never started.
    inbox.listening()

    @server.custom_route(HOOK_PREFIX + "{token}", methods=["POST"], include_in_schema=False)
    async def learningstudio_webhook(request: Request) -> Response:
        body = await request.body()
        status = await in_thread(inbox.receive, request.path_params["token"], body)
        return Response(status_code=status)


def _add_prompts(server: MCPServer, settings: Settings) -> None:
    @server.prompt(title="Write a course brief", icons=protocol.icon("check"))
    def write_course_brief(topic: Topic) -> str:
        """Interview the user to fill the five fields of a course brief."""
        return texts.BRIEF_INTERVIEW.format(topic=topic)

    @server.prompt(title="Create a course step by step", icons=protocol.icon("tree"))
    def create_course_stepwise(
        topic: Topic,
        provider: Annotated[
            str,
            Field(description="The platform to build it on: local, iblai, tutorflow or learningstudio."),
        ] = settings.default_provider,
    ) -> str:
        """The recommended flow from brief to published course, with the user in the loop."""
        return texts.STEPWISE_FLOW.format(topic=topic, provider=provider)

    @server.prompt(title="Review a course before publishing", icons=protocol.icon("check"))
    def review_checklist(
        course_id: Annotated[str, Field(description="The course to review, e.g. 'local:7'.")],
    ) -> str:
        """What to check, and how, before a course is published."""
        return texts.REVIEW_CHECKLIST.format(course_id=course_id)


def _add_resources(server: MCPServer) -> None:
    @server.resource(
        "coursewright://checklist",
        title="Course brief checklist",
        mime_type="text/markdown",
        icons=protocol.icon("check"),
    )
    def checklist() -> str:
        """The five-field brief checklist the server enforces."""
        from coursewright.guardrails.brief import checklist_markdown

        return checklist_markdown()

    @server.resource(
        protocol.COURSE_TEMPLATE,
        title="Course structure",
        mime_type="application/json",
        icons=protocol.icon("tree"),
    )
    async def course_structure(provider: str, course: str, ctx: Context) -> str:
        """A course's tree (ids, types, titles), without content."""
        from coursewright.tools.common import compact, runtime_of

        runtime = runtime_of(ctx)
        try:
            platform, native = await runtime.provider_for(f"{provider}:{course}", "course_id")
            found = await platform.get_course(native, False)
        except CoursewrightError as exc:
            raise ResourceError(runtime.redactor.redact(exc.model_text())) from None
        found = found.model_copy(update={"root": compact(found.root)})
        return json.dumps(runtime.redactor.redact_obj(found.model_dump(mode="json")), indent=1)
