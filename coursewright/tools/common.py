"""What every tool shares: the runtime from the lifespan, the error guard, the tool spec, the id arguments."""

import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

from mcp.server.mcpserver import Context, ListRoots, Resolve
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ListRootsResult
from pydantic import Field

from coursewright.errors import CoursewrightError, model_text
from coursewright.guardrails.files import roots_from
from coursewright.model import Block
from coursewright.runtime import Runtime

logger = logging.getLogger("coursewright.tools")

P = ParamSpec("P")
R = TypeVar("R")


# Ids need no description: the server instructions say they carry their provider ('local:7').
# No minimum length in the schema: split_id refuses an id without provider and native part anyway.
CourseId = Annotated[str, Field(max_length=300)]
TaskId = Annotated[str, Field(max_length=200)]
BlockRef = Annotated[str, Field(max_length=500)]
Token = Annotated[
    str | None,
    Field(
        max_length=2_000,
        description="Only after the user's yes.",
    ),
]


def runtime_of(ctx: Context) -> Runtime:
    return ctx.request_context.lifespan_context


async def _ask_client_roots(ctx: Context) -> ListRootsResult | ListRoots:
    """The client's roots (`roots/list`, era-portable through Resolve) when it offers them; none otherwise."""
    capabilities = ctx.client_capabilities
    if capabilities is not None and capabilities.roots is not None:
        return ListRoots()
    return ListRootsResult(roots=[])


#: A tool parameter that brings the client's MCP roots along with the call (hidden from the schema).
ClientRoots = Annotated[ListRootsResult, Resolve(_ask_client_roots)]


def allowed_roots(ctx: Context, client_roots: ListRootsResult) -> list[Path]:
    """The folders this call may read files from: COURSEWRIGHT_FILE_ROOTS plus the client's roots."""
    configured = runtime_of(ctx).settings.file_roots
    return roots_from(configured, [str(root.uri) for root in client_roots.roots])


def _find_runtime(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Runtime | None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, Context):
            try:
                return runtime_of(value)
            except Exception:  # noqa: BLE001 - outside a request there is simply no runtime
                return None
    return None


def guarded(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Every result and error leaves through here: errors become readable ToolErrors, secrets never leave."""

    @functools.wraps(fn)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        runtime = _find_runtime(args, kwargs)
        redact = runtime.redactor.redact if runtime else (lambda text: text)
        try:
            result = await fn(*args, **kwargs)
        except ToolError as exc:
            raise ToolError(redact(str(exc))) from None
        except CoursewrightError as exc:
            logger.info("%s refused: %s", fn.__name__, exc.model_text())
            raise ToolError(redact(exc.model_text())) from None
        except Exception as exc:
            logger.exception("%s failed unexpectedly", fn.__name__)
            raise ToolError(model_text(exc)) from None
        return runtime.redactor.redact_obj(result) if runtime else result

    return wrapper


@dataclass(frozen=True)
class ToolSpec:
    """A tool declared as data: the server registers these in order, tests check every one."""

    fn: Callable[..., Awaitable[Any]]
    title: str
    read_only: bool
    destructive: bool
    idempotent: bool
    open_world: bool

    @property
    def name(self) -> str:
        return self.fn.__name__


def compact(block: Block) -> Block:
    """The tree without content: what structure-only answers show."""
    return block.model_copy(update={"content": None, "children": [compact(c) for c in block.children]})
