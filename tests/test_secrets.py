"""No configured key or learned edit token ever leaves the server: results, errors, progress, logs."""

import logging

import pytest
from fakes import FakeProvider, deep_failure
from mcp_helpers import MODES, connect, text_of

from coursewright.config import Settings
from coursewright.server import build_server

IBLAI_KEY = "iblaiFAKEKEY" + "7" * 52
TUTORFLOW_KEY = "tf_platform_FAKEkeyDoNotShow123"
LS_KEY = "ls_FAKEkeyNeverEcho456"
EDIT_TOKEN = "edit-token-FAKE-9a8b7c6d5e"
SECRETS = (IBLAI_KEY, TUTORFLOW_KEY, LS_KEY, EDIT_TOKEN)

CALLS = [
    ("get_task", {"task_id": "iblai:1"}),
    ("get_course", {"course_id": "iblai:5", "include_content": True}),
    ("list_courses", {"provider": "iblai"}),
    ("draft_content", {"course_id": "iblai:5"}),
    ("poll_until_ready", {"target_id": "iblai:5", "timeout_s": 0}),
    ("review_course", {"course_id": "iblai:5"}),
    ("publish", {"course_id": "iblai:5"}),
    ("run_pipeline", {"task_id": "iblai:1"}),
    ("cancel_task", {"task_id": "iblai:1"}),
    ("delete_course", {"course_id": "iblai:5"}),
    ("student_progress", {"course_id": "iblai:5", "username": "ada"}),
    (
        "edit_xblock",
        {"course_id": "iblai:5", "action": "update", "block_id": "u1", "display_name": IBLAI_KEY},
    ),
    ("attach_reference", {"task_id": "iblai:1", "path": f"/nowhere/{TUTORFLOW_KEY}.pdf"}),
    ("check_brief", {"name": LS_KEY, "description": IBLAI_KEY, "target_audience": EDIT_TOKEN}),
    (
        "create_task",
        {"name": LS_KEY, "description": IBLAI_KEY, "target_audience": EDIT_TOKEN, "provider": "tutorflow"},
    ),
    ("generate_outline", {"task_id": "iblai:1"}),
]


def settings() -> Settings:
    return Settings(
        iblai_api_key=IBLAI_KEY,
        iblai_org="org",
        iblai_user_id="user",
        tutorflow_api_key=TUTORFLOW_KEY,
        learningstudio_api_key=LS_KEY,
    )


def leaked(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


async def run_everything(client, recorder) -> str:
    seen: list[str] = []
    for tool, arguments in CALLS:
        result = await client.call_tool(tool, arguments, progress_callback=recorder.on_progress)
        seen.append(text_of(result))
        seen.append(repr(result.structured_content))
    seen.extend(repr(p) for p in recorder.progress)
    seen.extend(recorder.questions)
    return "\n".join(seen)


@pytest.fixture
def server_log(tmp_path):
    """A handler like the server's stderr handler, writing to a file the test reads back."""
    path = tmp_path / "server.log"
    handler = logging.StreamHandler(path.open("w", encoding="utf-8"))
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_secrets_in_provider_answers_are_redacted_everywhere(mode, server_log, caplog):
    provider = FakeProvider(title=f"Course {IBLAI_KEY} {EDIT_TOKEN}")
    provider.learned_secret = EDIT_TOKEN
    server = build_server(settings(), providers={"iblai": provider})
    async with connect(mode, answer="yes", server=server) as (client, recorder):
        seen = await run_everything(client, recorder)
    assert "[redacted]" in seen
    assert leaked(seen) == []
    assert leaked(server_log.read_text()) == [] and leaked(caplog.text) == []


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("failure_index", [0, 1, 2])
async def test_secrets_in_failures_raised_deep_in_a_provider_are_redacted(
    mode, failure_index, server_log, caplog
):
    provider = FakeProvider(failure=deep_failure(IBLAI_KEY)[failure_index])
    server = build_server(settings(), providers={"iblai": provider})
    async with connect(mode, answer=None, server=server) as (client, recorder):
        seen = await run_everything(client, recorder)
    log_text = server_log.read_text()
    assert leaked(seen) == []
    assert leaked(log_text) == [] and leaked(caplog.text) == []
    if failure_index == 2:
        assert "internal error" in seen and "Traceback" in log_text


def test_keys_are_never_tool_arguments():
    from coursewright.tools.contract import TOOLS

    forbidden = {"api_key", "key", "token", "org", "user_id", "password", "secret"}
    import inspect

    for spec in TOOLS:
        assert not forbidden & set(inspect.signature(spec.fn).parameters), spec.name
