"""Command line: `coursewright [serve]`, `demo`, `sandbox`, `export`, `import`, `doctor`.

Heavy imports happen inside each command: the server is spawned for every chat, so
`coursewright serve` must not pay for the demo's or the sandbox's modules.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coursewright import __version__

if TYPE_CHECKING:
    from mcp.server.transport_security import TransportSecuritySettings

    from coursewright.config import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coursewright",
        description="An MCP server that lets AI agents author courses end to end.",
    )
    parser.add_argument("--version", action="version", version=f"coursewright {__version__}")
    commands = parser.add_subparsers(dest="command")

    serve = commands.add_parser("serve", help="run the MCP server (stdio by default; the default command)")
    serve.add_argument("--http", action="store_true", help="serve streamable HTTP instead of stdio")
    serve.add_argument("--host", default="127.0.0.1", help="HTTP host (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="HTTP port (default 8000)")

    demo = commands.add_parser(
        "demo", help="walk the whole flow on the local provider and write an OLX archive"
    )
    demo.add_argument(
        "--out",
        type=Path,
        default=None,
        help="folder for the archive (default: 'demo' in the coursewright data folder)",
    )
    demo.add_argument(
        "--provider",
        choices=("local", "iblai", "tutorflow", "learningstudio"),
        default="local",
        help="walk the flow against that platform's sandbox emulator instead (no keys, loopback only)",
    )

    sandbox = commands.add_parser("sandbox", help="serve emulators of the three platforms on loopback")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8765)
    sandbox.add_argument("--time-scale", type=float, default=1.0, help="multiplies realistic durations")
    sandbox.add_argument("--faults", default="", help="e.g. 'iblai:5xx=0.2,429=0.1;tutorflow:drop=0.1'")
    sandbox.add_argument("--seed", type=int, default=0)
    sandbox.add_argument(
        "--strict",
        action="store_true",
        help="only what the platforms' documents state; the other plausible reading where they are silent",
    )

    export = commands.add_parser(
        "export", help="write a course as olx, imscc, scorm12, scorm2004 or qti21 (reviews it first)"
    )
    export.add_argument("course_id", help="e.g. local:7")
    export.add_argument("--format", required=True, choices=("olx", "imscc", "scorm12", "scorm2004", "qti21"))
    export.add_argument(
        "--out", type=Path, default=None, help="file or folder (default: 'exports' in the data folder)"
    )
    export.add_argument(
        "--validate",
        action="store_true",
        help="check the package against the official schemas in COURSEWRIGHT_SCHEMAS_DIR",
    )

    imported = commands.add_parser(
        "import", help="import an Open edX export (.tar.gz or folder) or a Common Cartridge as a local draft"
    )
    imported.add_argument("path", type=Path, help="the package file or the export's folder")

    commands.add_parser("doctor", help="show the configuration coursewright sees (never the keys)")
    commands.add_parser("skill", help="print SKILL.md, the agent skill that goes with the server")
    return parser


def _configure_logging() -> None:
    # stdout is the MCP wire on stdio: every log line goes to stderr.
    logging.basicConfig(
        stream=sys.stderr,
        level=os.environ.get("COURSEWRIGHT_LOG_LEVEL", "WARNING").upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _settings():
    from pydantic import ValidationError

    from coursewright.config import Settings

    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'setting'}: {e['msg']}" for e in exc.errors())
        raise SystemExit(
            f"coursewright: the configuration is not valid ({problems}). Fix the environment and retry."
        ) from None


WAITING_ON_A_TERMINAL = """\
coursewright {version}: an MCP server, now waiting for an MCP client on stdin/stdout.
It is meant to be started by a client (Claude Desktop, Claude Code, VS Code, Cursor...), not typed into.
To try it:  coursewright demo      (the whole flow, no keys)
            coursewright doctor    (the configuration it sees, and a client config to paste)
            npx @modelcontextprotocol/inspector coursewright serve
Press Ctrl-C to stop."""


def serve(args: argparse.Namespace) -> int:
    _configure_logging()
    from coursewright.server import build_server

    settings = _settings()
    if not getattr(args, "http", False):
        if sys.stdin.isatty():
            print(WAITING_ON_A_TERMINAL.format(version=__version__), file=sys.stderr, flush=True)
        build_server(settings).run()
        return 0
    security = http_security(settings, args.host)
    settings = team_defaults(settings, args.host)
    build_server(settings).run(
        transport="streamable-http", host=args.host, port=args.port, transport_security=security
    )
    return 0


LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def http_security(settings: Settings, host: str) -> TransportSecuritySettings | None:
    """Off loopback, the server holds the organisation's platform keys: it must know who calls and from where."""
    if host in LOOPBACK_HOSTS:
        return None  # the SDK's own DNS-rebinding protection for localhost applies
    if not settings.bearer_tokens():
        raise SystemExit(
            f"coursewright: refusing to serve HTTP on {host} without COURSEWRIGHT_HTTP_TOKENS, because anyone "
            "who reaches it could use the configured platform keys. Set COURSEWRIGHT_HTTP_TOKENS, or serve on 127.0.0.1."
        )
    if not settings.http_allowed_hosts:
        raise SystemExit(
            f"coursewright: serving HTTP on {host} needs COURSEWRIGHT_HTTP_ALLOWED_HOSTS (the host[:port] names "
            "clients use, e.g. courses.example.org:8000) for the DNS-rebinding check. Set it and start again."
        )
    from mcp.server.transport_security import TransportSecuritySettings

    return TransportSecuritySettings(
        allowed_hosts=settings.http_allowed_hosts, allowed_origins=settings.http_allowed_origins
    )


def team_defaults(settings: Settings, host: str) -> Settings:
    """Off loopback, a yes must come from the user (page or form), never from a token the agent relays,
    unless the administrator set COURSEWRIGHT_REQUIRE_ELICITATION explicitly."""
    if host in LOOPBACK_HOSTS or "require_elicitation" in settings.model_fields_set:
        return settings
    return settings.model_copy(update={"require_elicitation": True})


def sandbox(args: argparse.Namespace) -> int:
    _configure_logging()
    from coursewright.sandbox.serve import run_sandbox

    run_sandbox(
        host=args.host,
        port=args.port,
        time_scale=args.time_scale,
        faults=args.faults,
        seed=args.seed,
        strict=args.strict,
    )
    return 0


def demo(args: argparse.Namespace) -> int:
    import anyio

    from coursewright.demo import run_demo

    out = args.out
    if out is None:
        from coursewright.config import default_data_dir

        out = Path(os.environ.get("COURSEWRIGHT_DATA_DIR") or default_data_dir()) / "demo"
    return anyio.run(run_demo, out, args.provider)


def export(args: argparse.Namespace) -> int:
    import anyio

    from coursewright.errors import CoursewrightError
    from coursewright.runtime import Runtime
    from coursewright.tools.export import export_for

    async def run() -> int:
        runtime = Runtime(_settings())
        try:
            result = await export_for(runtime, args.course_id, args.format, args.out, args.validate or None)
        except CoursewrightError as exc:
            print(f"coursewright: {runtime.redactor.redact(exc.model_text())}", file=sys.stderr)
            return 1
        finally:
            await runtime.aclose()
        for item in result.skipped:
            print(f"skipped {item.block_id} ({item.display_name}): {item.reason}", file=sys.stderr)
        for item in result.changed:
            print(f"changed {item.block_id} ({item.display_name}): {item.reason}", file=sys.stderr)
        if result.validated:
            print("valid against the official schemas", file=sys.stderr)
        print(result.path)
        return 0

    return anyio.run(run)


def import_package(args: argparse.Namespace) -> int:
    import anyio

    from coursewright.errors import CoursewrightError
    from coursewright.formats.loader import read_course_package
    from coursewright.providers.local.adapter import LocalProvider

    settings = _settings()
    path = args.path.expanduser().absolute()
    # The person at the terminal named this package, so its folder may be read (with the same care: no links).
    roots = [*settings.file_roots, path.parent]
    try:
        imported = read_course_package(str(path), roots)
        local = LocalProvider(settings.data_dir, archive_dir=settings.archive_dir)
        course = anyio.run(local.import_course, imported)
    except CoursewrightError as exc:
        print(f"coursewright: {exc.model_text()}", file=sys.stderr)
        return 1
    counts = course.counts()
    print(
        f"Imported {course.course_id} '{course.title}' ({imported.format}): {counts['section']} sections, "
        f"{counts['unit']} units, {counts['problem']} problems."
    )
    for item in imported.skipped:
        print(f"  skipped {item.item}: {item.reason}")
    for item in imported.sanitized:
        print(f"  sanitised {item}")
    return 0


def doctor(args: argparse.Namespace) -> int:
    from coursewright.doctor import report

    settings = _settings()
    print("\n".join(report(settings)))
    return 0


def skill(args: argparse.Namespace) -> int:
    from importlib.resources import files

    print(files("coursewright").joinpath("SKILL.md").read_text(encoding="utf-8"), end="")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = {
        "demo": demo,
        "sandbox": sandbox,
        "export": export,
        "import": import_package,
        "doctor": doctor,
        "skill": skill,
    }.get(args.command or "serve", serve)
    try:
        return command(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
