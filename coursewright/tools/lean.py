"""What `tools/list` and every tool result cost the conversation, kept small.

The tool list is paid for in every conversation of every user, so what pydantic generates is
trimmed before it is published: generated `title`s go, `anyOf [X, null]` with a null default
becomes plain optional X (absence from `required` already says it may be left out), and each
`$defs` entry used once is inlined. Output schemas are not published: they were half the list,
and a model reads the result itself, so every result still leaves as structured content, and
once more as compact JSON text for clients that read only text.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable
from typing import Any

from mcp.types import CallToolResult, TextContent
from pydantic import BaseModel


def lean_input_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The argument schema with bounds, enums, defaults and descriptions kept, and the noise gone."""
    defs = schema.get("$defs", {})
    counts = _ref_counts(schema)
    kept_defs = {name: _lean_input(d, defs, counts) for name, d in defs.items() if counts.get(name, 0) > 1}
    lean = _lean_input({k: v for k, v in schema.items() if k != "$defs"}, defs, counts)
    lean.pop("title", None)
    if kept_defs:
        lean["$defs"] = kept_defs
    return lean


def compact_result(fn: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    """Wrap a tool so a model result leaves once as structured content and once as compact JSON text."""

    @functools.wraps(fn)
    async def run(*args: Any, **kwargs: Any) -> Any:
        result = await fn(*args, **kwargs)
        if not isinstance(result, BaseModel):
            return result
        structured = result.model_dump(mode="json", by_alias=True)
        text = json.dumps(structured, separators=(",", ":"), ensure_ascii=False)
        return CallToolResult(content=[TextContent(type="text", text=text)], structured_content=structured)

    return run


def _ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) and ref.startswith("#/$defs/") else None


def _ref_counts(node: Any, counts: dict[str, int] | None = None) -> dict[str, int]:
    counts = {} if counts is None else counts
    if isinstance(node, dict):
        name = _ref_name(node)
        if name:
            counts[name] = counts.get(name, 0) + 1
        for value in node.values():
            _ref_counts(value, counts)
    elif isinstance(node, list):
        for item in node:
            _ref_counts(item, counts)
    return counts


def _without_null(options: list[Any]) -> list[Any]:
    return [o for o in options if not (isinstance(o, dict) and o.get("type") == "null")]


def _lean_input(node: Any, defs: dict[str, Any], counts: dict[str, int]) -> Any:
    if isinstance(node, list):
        return [_lean_input(item, defs, counts) for item in node]
    if not isinstance(node, dict):
        return node
    name = _ref_name(node)
    if name and counts.get(name, 0) <= 1 and name in defs:
        inlined = {**defs[name], **{k: v for k, v in node.items() if k != "$ref"}}
        return _lean_input(inlined, defs, counts)
    node = dict(node)
    options = node.get("anyOf")
    if isinstance(options, list) and node.get("default", ...) is None:
        rest = _without_null(options)
        if len(rest) == 1 and len(rest) < len(options):
            node.pop("anyOf")
            node.pop("default")
            return _lean_input({**rest[0], **node}, defs, counts)
    lean: dict[str, Any] = {}
    for key, value in node.items():
        if key == "title" and isinstance(value, str):
            continue
        if key == "properties" and isinstance(value, dict):
            lean[key] = {prop: _lean_input(schema, defs, counts) for prop, schema in value.items()}
        else:
            lean[key] = _lean_input(value, defs, counts)
    return lean
