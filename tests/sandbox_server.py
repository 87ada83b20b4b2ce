"""A server whose remote providers talk to the in-process sandbox, on a fake clock."""

from pathlib import Path
from typing import Any

import anyio
import httpx2

from coursewright.config import Settings
from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import SandboxConfig
from coursewright.server import build_server

REMOTE = ("iblai", "tutorflow", "learningstudio")


async def _no_wait(seconds: float) -> None:
    await anyio.sleep(0)


class Clock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await anyio.sleep(0)


def sandboxed(tmp_path: Path, strict: bool = False, **settings: Any) -> tuple[Any, Any]:
    """`strict`: the emulators' strict reading of the platforms' documents."""
    clock = Clock()
    app = build_sandbox_app(SandboxConfig(time_scale=0.01, clock=clock, sleep=_no_wait, strict=strict))
    app.state.emulators["tutorflow"].state.emulator.rate_limit_per_minute = 0
    transport = httpx2.ASGITransport(app=app)
    server = build_server(
        Settings(
            _env_file=None,
            data_dir=tmp_path / "data",
            iblai_api_key=keys.IBLAI_API_KEY,
            iblai_org=keys.IBLAI_ORG,
            iblai_user_id=keys.IBLAI_USER_ID,
            iblai_base_url="http://sandbox/iblai",
            tutorflow_api_key=keys.TUTORFLOW_API_KEY,
            tutorflow_base_url="http://sandbox/tutorflow",
            learningstudio_api_key=keys.LEARNINGSTUDIO_API_KEY,
            learningstudio_base_url="http://sandbox/learningstudio",
            **settings,
        ),
        transports={name: transport for name in REMOTE},
        sleep=clock.sleep,
        clock=clock,
    )
    return server, app.state.emulators
