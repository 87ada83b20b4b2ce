"""`coursewright sandbox`: serve the emulators on a real socket with uvicorn.

stdout carries only the environment lines (`NAME=value`), so `export $(coursewright sandbox ...)`
style scripts and tests can read them; everything else goes to stderr. The socket is bound and
listening before the lines are printed, so a client that reads them can connect at once, and
`--port 0` works (the lines name the port the system chose).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import sys

from coursewright.errors import CoursewrightError
from coursewright.sandbox.core import FaultSpec, SandboxConfig, SandboxConnectionDropped

_WILDCARD_HOSTS = ("", "0.0.0.0", "::")


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _bind(host: str, port: int) -> socket.socket:
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        listener = socket.socket(family, kind, proto)
    except OSError as exc:
        raise SystemExit(
            f"coursewright sandbox: cannot use the host {host!r} ({exc.strerror or exc}). "
            "Pass a local address such as --host 127.0.0.1."
        ) from None
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(128)
    except OSError as exc:
        listener.close()
        raise SystemExit(
            f"coursewright sandbox: cannot listen on {host} port {port} ({exc.strerror or exc}). "
            "Pick another port with --port (0 lets the system choose), or stop the process using it."
        ) from None
    return listener


def _base_url(host: str, listener: socket.socket) -> str:
    port = listener.getsockname()[1]
    # A wildcard address is where the server listens, not where a client connects.
    shown = "127.0.0.1" if host in _WILDCARD_HOSTS else host.strip("[]")
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


class _QuietInjectedDrops(logging.Filter):
    """uvicorn logs a traceback for every app exception; an injected drop is not a failure."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, SandboxConnectionDropped)


def run_sandbox(
    host: str, port: int, time_scale: float, faults: str, seed: int, strict: bool = False
) -> None:
    """Serve the sandbox until interrupted, after printing the environment lines to stdout."""
    import uvicorn

    from coursewright.sandbox.app import build_sandbox_app, sandbox_environment

    try:
        config = SandboxConfig(
            time_scale=time_scale, seed=seed, faults=FaultSpec.parse(faults or ""), strict=strict
        )
    except CoursewrightError as exc:
        raise SystemExit(f"coursewright sandbox: {exc.model_text()}") from None
    if not is_loopback(host):
        print(
            f"coursewright sandbox: warning: listening on {host}, which other machines may reach. "
            "The sandbox's keys are public; use --host 127.0.0.1 unless you mean to share it.",
            file=sys.stderr,
            flush=True,
        )
    listener = _bind(host, port)
    base_url = _base_url(host, listener)
    app = build_sandbox_app(config)
    for name, value in sandbox_environment(base_url):
        print(f"{name}={value}")
    sys.stdout.flush()
    missing = [name for name in app.state.emulators if name not in app.state.available]
    note = f"; not available yet: {', '.join(missing)}" if missing else ""
    print(
        f"coursewright sandbox: serving on {base_url} (time scale {time_scale:g}, seed {seed}, "
        f"faults {config.faults.text() or 'none'}{', strict' if strict else ''}{note}). Press Ctrl+C to stop.",
        file=sys.stderr,
        flush=True,
    )
    quiet = _QuietInjectedDrops()
    uvicorn_errors = logging.getLogger("uvicorn.error")
    uvicorn_errors.addFilter(quiet)
    try:
        server = uvicorn.Server(uvicorn.Config(app, log_config=None, lifespan="auto", access_log=False))
        server.run(sockets=[listener])
    finally:
        uvicorn_errors.removeFilter(quiet)
        listener.close()
