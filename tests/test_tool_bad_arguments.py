"""Every tool answers bad arguments with a readable error: what was wrong and what to send."""

import pytest
from mcp_helpers import MODES, connect, fail, text_of
from sandbox_server import sandboxed

from coursewright.tools.contract import TOOLS

BAD_CALLS = [
    ("check_brief", {"name": "", "description": "x", "target_audience": "y"}, "name"),
    (
        "create_task",
        {"name": "A", "description": "x", "target_audience": "y", "desired_number_of_sections": 0},
        "desired_number_of_sections",
    ),
    ("attach_reference", {"task_id": "local:1", "path": ""}, "path"),
    ("generate_outline", {"task_id": "nowhere:1"}, "task_id"),
    ("get_course", {"course_id": "7"}, "course_id"),
    ("edit_xblock", {"course_id": "local:1", "action": "explode"}, "action"),
    ("draft_content", {"course_id": "moodle:3"}, "course_id"),
    ("poll_until_ready", {"target_id": "local:1", "until": "forever"}, "until"),
    ("review_course", {"course_id": "local:999"}, "999"),
    ("publish", {"course_id": "local:999"}, "999"),
    ("run_pipeline", {"task_id": "local"}, "task_id"),
    ("get_task", {"task_id": "local:999"}, "999"),
    ("list_courses", {"provider": "moodle"}, "provider"),
    ("cancel_task", {"task_id": ":"}, "task_id"),
    ("delete_course", {"course_id": "local:999"}, "999"),
    ("student_progress", {"course_id": "local:1", "username": ""}, "username"),
    ("editor_link", {"course_id": "nowhere"}, "course_id"),
    ("export_course", {"course_id": "local:1", "format": "pdf"}, "format"),
    ("import_course", {"path": ""}, "path"),
]


def test_the_bad_argument_table_covers_every_tool():
    assert {name for name, _, _ in BAD_CALLS} == {spec.name for spec in TOOLS}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("tool", "arguments", "mentions"), BAD_CALLS, ids=[c[0] for c in BAD_CALLS])
async def test_bad_arguments_get_a_helpful_error(mode, tool, arguments, mentions):
    async with connect(mode, answer=None) as (client, _):
        text = await fail(client, tool, **arguments)
    assert mentions in text
    assert "Traceback" not in text


HUGE = "9" * 150
#: Every tool that takes a numeric id on some provider, with the argument that carries it.
ID_CALLS = [
    ("get_task", "task_id", {}),
    ("generate_outline", "task_id", {}),
    ("run_pipeline", "task_id", {}),
    ("cancel_task", "task_id", {}),
    ("list_courses", "task_id", {}),
    ("attach_reference", "task_id", {"path": "notes.md"}),
    ("get_course", "course_id", {}),
    ("review_course", "course_id", {}),
    ("publish", "course_id", {}),
    ("delete_course", "course_id", {}),
    ("draft_content", "course_id", {}),
    ("edit_xblock", "course_id", {"action": "delete", "block_id": "x"}),
    ("poll_until_ready", "target_id", {}),
]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", ["local", "iblai", "tutorflow", "learningstudio"])
async def test_a_150_digit_id_gets_a_clear_error_on_every_provider(mode, provider, tmp_path):
    server, _ = sandboxed(tmp_path)
    async with connect(mode, server=server, answer=None) as (client, _):
        texts = {}
        for tool, argument, extra in ID_CALLS:
            result = await client.call_tool(tool, {argument: f"{provider}:{HUGE}", **extra})
            texts[tool] = text_of(result) if result.is_error else ""
    # Every refusal is one of the readable ones; none is the internal-error text.
    assert all(texts.values()), [tool for tool, text in texts.items() if not text]
    assert not [
        tool for tool, text in texts.items() if "internal error" in text or "could not prepare" in text
    ], texts
    numeric = [
        tool for tool, argument, _ in ID_CALLS if argument == "task_id" or provider in ("local", "iblai")
    ]
    said = ("150 digits", "cannot", "does not", "has no")
    assert all(any(words in texts[tool] for words in said) for tool in numeric), texts
