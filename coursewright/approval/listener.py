"""Where the page is served when the MCP server itself has no HTTP app (stdio, in-memory).

A loopback listener is started on the first question, on a random port, inside the server's
lifespan task group, and stopped with it. It serves the approval routes and nothing else.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable, Iterator
from typing import Any

import anyio
from anyio.abc import TaskGroup

from coursewright.approval.store import ApprovalStore


def _quiet_server(app: Any) -> Any:
    """A uvicorn server that leaves the process's signals to the MCP server (imported on first use)."""
    import uvicorn

    class QuietServer(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            yield

    config = uvicorn.Config(
        app,
        log_config=None,
        access_log=False,
        lifespan="off",
        ws="none",
        # One person answers one page: a handful of connections, none kept open for long.
        limit_concurrency=16,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=1,
    )
    return QuietServer(config)


class LoopbackListener:
    def __init__(self, store_of: Callable[[], ApprovalStore | None], task_group: TaskGroup) -> None:
        self._store_of = store_of
        self._task_group = task_group
        self._server: Any = None
        self._origin: str | None = None
        self._lock = anyio.Lock()

    async def origin(self) -> str:
        """`http://127.0.0.1:<port>`, starting the listener if it is not running yet."""
        async with self._lock:
            if self._origin is None:
                sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                sock.bind(("127.0.0.1", 0))
                sock.listen(16)
                sock.setblocking(False)
                from starlette.applications import Starlette

                from coursewright.approval.routes import approval_routes

                self._server = _quiet_server(Starlette(routes=approval_routes(self._store_of)))
                # Connections wait in the socket's backlog until the server accepts them.
                self._task_group.start_soon(self._server.serve, [sock])
                self._origin = f"http://127.0.0.1:{sock.getsockname()[1]}"
            return self._origin

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
