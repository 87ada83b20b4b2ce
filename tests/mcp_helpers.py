"""Driving the real server through the real MCP client, in memory, in either protocol era."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Literal

from approval_helpers import answer_page
from mcp import Client
from mcp.types import CallToolResult, ElicitResult, ListRootsResult, Root

from coursewright.config import Settings
from coursewright.demo.flow import load_example
from coursewright.server import build_server

MODES = ("auto", "legacy")
Answer = Literal["yes", "no", "decline", "cancel"]


async def on_the_page(url: str, answer: Any) -> ElicitResult:
    """The approval page: the user answers there (only a real yes approves), the client only says it opened."""
    if answer in ("decline", "cancel"):
        return ElicitResult(action=answer)
    await answer_page(url, approve=answer is True)
    return ElicitResult(action="accept")


class Recorder:
    """Everything the client saw: elicitation messages and progress notifications."""

    def __init__(self, answer: Answer | None) -> None:
        self.answer = answer
        self.questions: list[str] = []
        #: Approval page links the client was asked to open (URL-mode elicitation).
        self.pages: list[str] = []
        self.progress: list[tuple[float, float | None, str | None]] = []

    async def elicit(self, context: Any, params: Any) -> ElicitResult:
        self.questions.append(str(getattr(params, "message", "")))
        if getattr(params, "mode", "form") == "url":
            self.pages.append(params.url)
            return await on_the_page(params.url, self.answer == "yes" or self.answer)
        if self.answer == "yes":
            return ElicitResult(action="accept", content={"confirm": True})
        if self.answer == "no":
            return ElicitResult(action="accept", content={"confirm": False})
        return ElicitResult(action=self.answer)

    async def on_progress(self, progress: float, total: float | None, message: str | None) -> None:
        self.progress.append((progress, total, message))


def roots_callback(folders: list[Path]):
    """A client's `roots/list` answer sharing these folders (as `file://` URIs)."""

    async def list_roots(context: Any) -> ListRootsResult:
        return ListRootsResult(roots=[Root(uri=folder.as_uri(), name=folder.name) for folder in folders])

    return list_roots


@asynccontextmanager
async def connect(
    mode: str = "auto",
    answer: Answer | None = "yes",
    server=None,
    recorder: Recorder | None = None,
    roots: list[Path] | None = None,
    **settings: Any,
) -> AsyncIterator[tuple[Client, Recorder]]:
    """`answer=None` makes a client without the elicitation capability (the token path);
    `recorder` answers the questions its own way; `roots` makes a client with the roots
    capability that shares those folders."""
    recorder = recorder or Recorder(answer)
    server = server or build_server(Settings(**settings))
    callback = recorder.elicit if answer is not None else None
    list_roots = roots_callback(roots) if roots is not None else None
    async with Client(
        server, mode=mode, elicitation_callback=callback, list_roots_callback=list_roots
    ) as client:
        yield client, recorder


def text_of(result: CallToolResult) -> str:
    return " ".join(getattr(c, "text", "") for c in result.content)


async def call(
    client: Client, tool: str, recorder: Recorder | None = None, **arguments: Any
) -> dict[str, Any]:
    """Call a tool that must succeed and return its structured result."""
    result = await client.call_tool(
        tool, arguments, progress_callback=recorder.on_progress if recorder else None
    )
    assert not result.is_error, f"{tool} failed: {text_of(result)}"
    assert result.structured_content is not None
    return result.structured_content


async def fail(client: Client, tool: str, **arguments: Any) -> str:
    """Call a tool that must fail with a readable error, and return the text the model sees."""
    result = await client.call_tool(tool, arguments)
    assert result.is_error, f"{tool} unexpectedly succeeded: {json.dumps(result.structured_content)[:300]}"
    text = text_of(result)
    # Never the SDK's bare "Error executing tool X" with nothing after it.
    assert text.strip() != f"Error executing tool {tool}", text
    assert len(text) > len(f"Error executing tool {tool}: ") + 20, text
    return text


def example() -> dict[str, Any]:
    return load_example()


def blocks_by_title(tree: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}

    def walk(block: dict[str, Any]) -> None:
        found.setdefault(block["display_name"], block)
        for child in block.get("children", []):
            walk(child)

    walk(tree)
    return found


def all_blocks(tree: dict[str, Any]) -> list[dict[str, Any]]:
    """Every block of a tree, depth first (titles may repeat: a unit and its component)."""
    return [tree] + [block for child in tree.get("children", []) for block in all_blocks(child)]


async def outlined_course(client: Client) -> tuple[str, str, dict[str, Any]]:
    """A task and a course with the example outline: (task_id, course_id, tree)."""
    data = example()
    task = await call(client, "create_task", **data["brief"], provider="local")
    outline = await call(client, "generate_outline", task_id=task["task_id"], outline=data["outline"])
    return task["task_id"], outline["course_id"], outline["tree"]


async def write_all_units(client: Client, course_id: str) -> None:
    content = example()["content"]
    course = await call(client, "get_course", course_id=course_id)
    for block in blocks_by_title(course["root"]).values():
        if block["type"] == "unit":
            body = content.get(
                block["display_name"], "<h3>Extra</h3><p>More practice with the csv module.</p>"
            )
            await call(
                client,
                "edit_xblock",
                course_id=course_id,
                action="update",
                block_id=block["id"],
                content=body,
            )


async def reviewed_course(client: Client) -> str:
    """A complete course whose current content passed review_course."""
    _, course_id, _ = await outlined_course(client)
    await write_all_units(client, course_id)
    review = await call(client, "review_course", course_id=course_id)
    assert review["ok"], review["blocking"]
    return course_id
