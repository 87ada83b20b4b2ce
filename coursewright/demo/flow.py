"""The demo's walks through the tools, as an agent would make them: the stepwise flow on the local
provider, and the same tools on a remote platform's sandbox (its own generation, waiting, review
with fixes, publish). Each returns where the published course is.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from mcp import Client
from mcp.types import ElicitRequestParams, ElicitResult

STEPS = 9


class DemoFailed(Exception):
    pass


def load_example() -> dict[str, Any]:
    return json.loads(resources.files("coursewright.examples").joinpath("demo_course.json").read_text())


def say(step: int, text: str) -> None:
    print(f"[{step}/{STEPS}] {text}", flush=True)


async def answer_yes(context: Any, params: ElicitRequestParams) -> ElicitResult:
    print("      The server asks the user:", flush=True)
    for line in str(getattr(params, "message", "")).splitlines():
        print(f"        {line}", flush=True)
    print("      [demo] answering 'yes' on your behalf — in a real chat, you decide.", flush=True)
    return ElicitResult(action="accept", content={"confirm": True})


async def _call(client: Client, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool(tool, arguments)
    if result.is_error:
        text = " ".join(getattr(c, "text", "") for c in result.content)
        raise DemoFailed(f"{tool} failed: {text}")
    return result.structured_content or {}


def print_tree(block: dict[str, Any], depth: int = 0) -> None:
    print(f"      {'  ' * depth}{block['type']}: {block['display_name']}", flush=True)
    for child in block.get("children", []):
        print_tree(child, depth + 1)


def _units_by_title(tree: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}

    def walk(block: dict[str, Any]) -> None:
        if block["type"] in ("unit", "subsection"):
            found.setdefault(block["display_name"], block)
        for child in block.get("children", []):
            walk(child)

    walk(tree)
    return found


async def walk_flow(client: Client) -> str:
    example = load_example()
    brief = example["brief"]

    say(1, "check_brief: scoring the example brief against the five-field checklist")
    report = await _call(client, "check_brief", brief)
    for field in report.get("fields", []):
        print(f"      {field['field']}: {field['status']}", flush=True)
    if not report.get("ready"):
        raise DemoFailed("the bundled brief was not ready: " + "; ".join(report.get("questions", [])))

    say(2, "create_task on the local provider")
    task = await _call(client, "create_task", {**brief, "provider": "local"})
    task_id = task["task_id"]
    print(f"      task {task_id}", flush=True)

    say(3, "generate_outline: the example outline with every unit's content, in one call")
    content = example["content"]
    whole = [
        {
            **section,
            "subsections": [
                {
                    **subsection,
                    "units": [{**unit, "content": content[unit["title"]]} for unit in subsection["units"]],
                }
                for subsection in section["subsections"]
            ],
        }
        for section in example["outline"]
    ]
    outline = await _call(client, "generate_outline", {"task_id": task_id, "outline": whole})
    course_id = outline["course_id"]
    counts = outline["counts"]
    print(
        f"      course {course_id}: {counts['section']} sections, {counts['unit']} units, "
        f"{outline['written']} written, {len(outline['refused'])} refused",
        flush=True,
    )
    for refusal in outline["refused"]:
        print(f"      refused: {refusal['title']}: {refusal['reason']}", flush=True)
    if outline["refused"]:
        raise DemoFailed("the bundled content was refused: " + outline["refused"][0]["reason"])

    say(4, "edit_xblock: renaming a unit and adding a recap unit")
    blocks = _units_by_title(outline["tree"])
    rename = example["edits"]["rename"]
    await _call(
        client,
        "edit_xblock",
        {
            "course_id": course_id,
            "action": "update",
            "block_id": blocks[rename["from"]]["id"],
            "display_name": rename["to"],
        },
    )
    extra = example["edits"]["create_unit"]
    created = await _call(
        client,
        "edit_xblock",
        {
            "course_id": course_id,
            "action": "create",
            "parent_id": blocks[extra["under"]]["id"],
            "block_type": "unit",
            "display_name": extra["title"],
            "position": "last",
        },
    )
    print(f"      added {created['block_id']}", flush=True)

    say(5, "edit_xblock: writing the recap unit's content")
    await _call(
        client,
        "edit_xblock",
        {
            "course_id": course_id,
            "action": "update",
            "block_id": created["block_id"],
            "content": content[extra["title"]],
        },
    )

    say(6, "review_course: the checks publish insists on")
    review = await _call(client, "review_course", {"course_id": course_id})
    print(
        f"      ok={review['ok']} blocking={len(review['blocking'])} warnings={len(review['warnings'])}",
        flush=True,
    )
    for finding in review["warnings"]:
        print(f"      warning: {finding['problem']}", flush=True)
    if not review["ok"]:
        raise DemoFailed(
            "the review found blocking issues: " + "; ".join(f["problem"] for f in review["blocking"])
        )

    say(7, "publish: the server asks for confirmation before writing the archive")
    published = await _call(client, "publish", {"course_id": course_id})
    if not published.get("published"):
        raise DemoFailed("publish did not complete")

    say(8, "get_course: the published course")
    course = await _call(client, "get_course", {"course_id": course_id})
    print_tree(course["root"])

    say(9, "done: the Open edX OLX archive (import it in Studio: Tools > Import)")
    return published["location"]


FALLBACK_PAGE = (
    "<h3>{title}</h3><p>Practice for this unit: work through the example, then check your answer.</p>"
)
FIXABLE = {"empty_unit", "empty_component", "chatter", "placeholder", "invalid_problem", "unsafe_html"}


async def _fix_blocking(client: Client, course_id: str, review: dict[str, Any]) -> int:
    """Rewrite what the review blocked, the way an agent would: each unit or component in turn."""
    example = load_example()
    course = await _call(client, "get_course", {"course_id": course_id})
    blocks: dict[str, dict[str, Any]] = {}

    def walk(block: dict[str, Any]) -> None:
        blocks[block["id"]] = block
        for child in block.get("children", []):
            walk(child)

    walk(course["root"])
    fixed = 0
    for finding in review["blocking"]:
        block = blocks.get(finding.get("block_id") or "")
        if finding["code"] not in FIXABLE or block is None:
            continue
        if block["type"] == "problem":
            body = example["content"]["Check: Variables"]
        else:
            body = example["content"].get(
                block["display_name"], FALLBACK_PAGE.format(title=block["display_name"])
            )
        await _call(
            client,
            "edit_xblock",
            {"course_id": course_id, "action": "update", "block_id": block["id"], "content": body},
        )
        fixed += 1
    return fixed


async def walk_platform_flow(client: Client, provider: str) -> str:
    """The same tools on a remote platform: its own generation, waiting, review, publish."""
    example = load_example()
    brief = example["brief"]
    total = 8

    def step(n: int, text: str) -> None:
        print(f"[{n}/{total}] {text}", flush=True)

    step(1, "check_brief")
    report = await _call(client, "check_brief", brief)
    if not report.get("ready"):
        raise DemoFailed("the bundled brief was not ready: " + "; ".join(report.get("questions", [])))
    step(2, f"create_task on {provider}")
    arguments: dict[str, Any] = {**brief, "provider": provider}
    if provider == "tutorflow":
        # TutorFlow bills per generated lesson: approve one lesson per unit of the outline.
        units = sum(len(sub["units"]) for section in example["outline"] for sub in section["subsections"])
        arguments["options"] = {"lesson_count": units}
    task = await _call(client, "create_task", arguments)
    print(f"      task {task['task_id']}", flush=True)
    step(3, "generate_outline with the bundled example outline")
    outline = await _call(
        client, "generate_outline", {"task_id": task["task_id"], "outline": example["outline"]}
    )
    course_id = outline["course_id"]
    print(f"      course {course_id}", flush=True)
    state = await _call(
        client, "poll_until_ready", {"target_id": course_id, "until": "outline", "timeout_s": 300}
    )
    print(f"      outline ready={state['ready']} status={state['status']}", flush=True)
    step(4, "draft_content, then poll_until_ready for the content")
    drafted = await client.call_tool("draft_content", {"course_id": course_id})
    if drafted.is_error:
        print("      this platform drafts content when it builds the course", flush=True)
    state = await _call(
        client, "poll_until_ready", {"target_id": course_id, "until": "content", "timeout_s": 600}
    )
    print(
        f"      content ready={state['ready']} status={state['status']} missing={len(state['missing'])}",
        flush=True,
    )
    step(5, "review_course, fixing blocking findings with edit_xblock")
    review = await _call(client, "review_course", {"course_id": course_id})
    for _attempt in range(3):
        if review["ok"]:
            break
        fixed = await _fix_blocking(client, course_id, review)
        print(f"      fixed {fixed} blocking finding(s); reviewing again", flush=True)
        if not fixed:
            break
        review = await _call(client, "review_course", {"course_id": course_id})
    print(
        f"      ok={review['ok']} blocking={len(review['blocking'])} warnings={len(review['warnings'])}",
        flush=True,
    )
    if not review["ok"]:
        raise DemoFailed(
            "the review still blocks: " + "; ".join(f["problem"] for f in review["blocking"][:5])
        )
    step(6, "publish: the server asks for confirmation")
    published = await _call(client, "publish", {"course_id": course_id})
    if not published.get("published"):
        raise DemoFailed("publish did not complete")
    step(7, "get_course: the published course")
    course = await _call(client, "get_course", {"course_id": course_id})
    print_tree(course["root"])
    step(8, f"done: published on the {provider} sandbox")
    location = published.get("location")
    if location:
        print(f"      the sandbox published it at {location}", flush=True)
    # The sandbox stops with the demo, so a sandbox link must not be the last word.
    return (
        f"{course_id} was published on the {provider} sandbox, which has stopped with the demo "
        f"(run `coursewright sandbox` to keep one running, or configure {provider} for the real platform)."
    )
