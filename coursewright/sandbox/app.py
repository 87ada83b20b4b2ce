"""One ASGI app serving the three emulators: `/iblai`, `/tutorflow`, `/learningstudio`.

In process: `httpx2.AsyncClient(transport=httpx2.ASGITransport(app=build_sandbox_app(config)),
base_url="http://sandbox")`; on a socket: `coursewright sandbox` (see `serve.py`).
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from coursewright.sandbox import keys
from coursewright.sandbox.core import EMULATOR_NAMES, FaultMiddleware, SandboxConfig
from coursewright.sandbox.llm import app as llm

NOT_AVAILABLE_DETAIL = "emulator not available yet"


def _placeholder_app() -> Starlette:
    """Stands in for an emulator whose module is not in this build: every request gets 503."""

    async def not_available(request: Request) -> JSONResponse:
        return JSONResponse({"detail": NOT_AVAILABLE_DETAIL}, status_code=503)

    methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
    app = Starlette(routes=[Route("/{path:path}", not_available, methods=methods)])
    app.state.emulator = None
    return app


def _emulator_factory(name: str) -> Callable[[SandboxConfig], Starlette] | None:
    package = f"coursewright.sandbox.{name}"
    module_name = f"{package}.app"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        # Only the emulator module itself being absent is expected; a missing dependency inside
        # it is a real fault and must surface.
        if exc.name in (package, module_name):
            return None
        raise
    return module.create_app


def build_sandbox_app(config: SandboxConfig | None = None) -> Starlette:
    """The three emulators on one app, each behind its fault middleware.

    `app.state.emulators` maps each name to its emulator app (whose `state.emulator` holds the
    in-memory state tests inspect); `app.state.available` lists the emulators actually present.
    """
    config = config or SandboxConfig()
    emulators: dict[str, Starlette] = {}
    available: list[str] = []
    for name in EMULATOR_NAMES:
        factory = _emulator_factory(name)
        if factory is None:
            emulators[name] = _placeholder_app()
        else:
            emulators[name] = factory(config)
            available.append(name)

    async def index(request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "service": "coursewright sandbox",
                "emulators": {
                    name: ("ready" if name in available else NOT_AVAILABLE_DETAIL) for name in EMULATOR_NAMES
                },
            }
        )

    routes = [Route("/", index, methods=["GET"])]
    routes += [
        Mount(f"/{name}", app=FaultMiddleware(emulator, name, config)) for name, emulator in emulators.items()
    ]
    # The local provider's OpenAI-compatible model endpoint (COURSEWRIGHT_LLM_BASE_URL=<base>/llm/v1).
    llm_app = llm.create_app(config)
    routes.append(Mount("/llm", app=FaultMiddleware(llm_app, llm.EMULATOR, config)))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Starlette runs only the outer app's lifespan, never a mounted app's; each emulator's
        # (LearningStudio's webhook worker) runs while this app is served.
        async with AsyncExitStack() as stack:
            for emulator in emulators.values():
                await stack.enter_async_context(emulator.router.lifespan_context(emulator))
            yield

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.config = config
    app.state.emulators = emulators
    app.state.available = tuple(available)
    app.state.llm = llm_app.state.emulator
    return app


def sandbox_environment(base_url: str) -> list[tuple[str, str]]:
    """The environment lines that point coursewright at a sandbox served at `base_url`."""
    base = base_url.rstrip("/")
    return [
        ("IBLAI_BASE_URL", f"{base}/iblai"),
        ("IBLAI_ORG", keys.IBLAI_ORG),
        ("IBLAI_USER_ID", keys.IBLAI_USER_ID),
        ("IBLAI_API_KEY", keys.IBLAI_API_KEY),
        ("TUTORFLOW_BASE_URL", f"{base}/tutorflow"),
        ("TUTORFLOW_API_KEY", keys.TUTORFLOW_API_KEY),
        ("LEARNINGSTUDIO_BASE_URL", f"{base}/learningstudio"),
        ("LEARNINGSTUDIO_API_KEY", keys.LEARNINGSTUDIO_API_KEY),
        ("COURSEWRIGHT_LLM_BASE_URL", f"{base}/llm/v1"),
        ("COURSEWRIGHT_LLM_MODEL", llm.MODELS[0]),
    ]
