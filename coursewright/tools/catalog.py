"""The tools as the server registers and lists them, and a cache of their listing.

The server is spawned for every chat, and a client's first request is `tools/list`. Building
the tools (importing their modules, generating 19 argument models and their JSON schemas) is
most of what coursewright adds to the SDK's own start-up, so the lean listing is kept in the
data folder after the first start. It is used only while nothing that shapes it has changed:
the code of coursewright, the SDK and pydantic (by file size and modification time), the
Python version and the read-only setting. Tools are registered, and their arguments validated
as always, the first time one is called.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import inspect
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mcp.types import Tool as MCPTool

if TYPE_CHECKING:
    from mcp.server import MCPServer

    from coursewright.tools.notify import Subscribers

#: Bump when the cached file's layout changes.
_CACHE_LAYOUT = 1


def register_tools(server: MCPServer, subscribers: Subscribers, *, read_only: bool) -> None:
    """Add every tool of the contract (the read-only ones only, in read-only mode) to the server."""
    from mcp.types import ToolAnnotations

    from coursewright.tools.contract import TOOLS
    from coursewright.tools.lean import compact_result
    from coursewright.tools.notify import observed

    for spec in TOOLS:
        if read_only and not spec.read_only:
            continue
        server.add_tool(
            compact_result(observed(spec, subscribers)),
            name=spec.name,
            title=spec.title,
            annotations=ToolAnnotations(
                read_only_hint=spec.read_only,
                destructive_hint=spec.destructive,
                idempotent_hint=spec.idempotent,
                open_world_hint=spec.open_world,
            ),
            # compact_result builds the structured content; no output schema is published to
            # validate it against, so none is generated (start-up time).
            structured_output=False,
        )


def lean_listing(tools: list[MCPTool]) -> list[MCPTool]:
    """What `tools/list` publishes: trimmed argument schemas, no output schemas (see `tools.lean`)."""
    from coursewright.tools.lean import lean_input_schema

    return [
        tool.model_copy(
            update={
                "description": inspect.cleandoc(tool.description or ""),
                "input_schema": lean_input_schema(tool.input_schema),
                "output_schema": None,
            }
        )
        for tool in tools
    ]


class ListingCache:
    """The lean tool listing in `<data dir>/cache/`, keyed by what could change it."""

    def __init__(self, folder: Path, *, read_only: bool) -> None:
        self._folder = folder
        self._read_only = read_only

    def load(self) -> list[MCPTool] | None:
        """The cached listing, or None when there is none, it is unreadable or anything changed."""
        try:
            saved = json.loads(self._path().read_bytes())
            if saved.get("fingerprint") != self._fingerprint:
                return None
            return [MCPTool.model_validate(tool) for tool in saved["tools"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def save(self, tools: list[MCPTool]) -> None:
        """Keep the listing for the next start; a folder that cannot be written only costs that start."""
        listing = {
            "fingerprint": self._fingerprint,
            "tools": [tool.model_dump(mode="json", by_alias=True, exclude_none=True) for tool in tools],
        }
        path = self._path()
        scratch = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            scratch.write_text(json.dumps(listing, separators=(",", ":")), encoding="utf-8")
            os.replace(scratch, path)  # atomic: a server starting meanwhile reads the old file or the new
        except OSError:
            with contextlib.suppress(OSError):
                scratch.unlink(missing_ok=True)

    def _path(self) -> Path:
        return self._folder / "cache" / "tools-list.json"

    @functools.cached_property
    def _fingerprint(self) -> str:
        """Read once: a first start both looks the listing up and saves it."""
        import mcp
        import pydantic

        import coursewright

        digest = hashlib.sha256(f"{_CACHE_LAYOUT}|{sys.version}|{self._read_only}".encode())
        for package in (coursewright, mcp, pydantic):
            _add_tree(digest, Path(package.__file__).parent)
        return digest.hexdigest()


def _add_tree(digest: Any, folder: Path) -> None:
    """Every Python file under the folder, by path, size and modification time (no reading: it is cheap)."""
    entries: list[str] = []
    pending = [str(folder)]
    while pending:
        with os.scandir(pending.pop()) as found:
            for entry in found:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        pending.append(entry.path)
                elif entry.name.endswith(".py"):
                    stat = entry.stat()
                    entries.append(f"{entry.path}|{stat.st_size}|{stat.st_mtime_ns}")
    digest.update("\n".join(sorted(entries)).encode())
