"""The protocol beyond tools, through the real MCP client in both eras: logging, completions,
resource subscriptions and list changes, prompt argument descriptions, progress totals, icons."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from fakes import FakeProvider
from mcp import Client
from mcp.types import (
    PromptReference,
    ResourceListChangedNotification,
    ResourceTemplateReference,
    ResourceUpdatedNotification,
)
from mcp_helpers import MODES, Recorder, call, example
from test_tool_remote_like import server_with, waiting
from time_fakes import FakeTime

from coursewright.config import Settings
from coursewright.server import build_server
from coursewright.tools.contract import TOOLS

FAKE_KEY = "protoFAKEKEY" + "7" * 52

# logging/setLevel and resources/subscribe are deprecated at 2026-07-28 yet served to handshake-era clients.
pytestmark = pytest.mark.filterwarnings("ignore::mcp.shared.exceptions.MCPDeprecationWarning")


class Seen:
    """Log messages and server notifications as the client received them."""

    def __init__(self) -> None:
        self.logs: list[tuple[str, str]] = []
        self.notifications: list[Any] = []

    async def on_log(self, params: Any) -> None:
        self.logs.append((params.level, str(params.data)))

    async def on_message(self, message: Any) -> None:
        root = getattr(message, "root", message)
        self.notifications.append(root)


def client_for(server, mode: str, seen: Seen, **extra: Any) -> Client:
    return Client(
        server,
        mode=mode,
        logging_callback=seen.on_log,
        message_handler=seen.on_message,
        elicitation_callback=Recorder("yes").elicit,
        **extra,
    )


async def outline(client: Client) -> str:
    task = await call(client, "create_task", **example()["brief"])
    made = await call(client, "generate_outline", task_id=task["task_id"], outline=example()["outline"])
    return made["course_id"]


@pytest.mark.anyio
async def test_legacy_set_level_filters_the_log_messages_a_tool_call_sends():
    seen = Seen()
    async with client_for(build_server(Settings()), "legacy", seen) as client:
        await client.set_logging_level("warning")
        await client.call_tool(
            "check_brief", {"name": "X", "description": "A course.", "target_audience": "P"}
        )
        assert seen.logs == []
        refused = await client.call_tool("get_course", {"course_id": "local:999"})
        assert refused.is_error
        assert [level for level, _ in seen.logs] == ["warning"]
        assert seen.logs[0][1].startswith("get_course: ")
        await client.set_logging_level("debug")
        seen.logs.clear()
        await client.call_tool(
            "check_brief", {"name": "X", "description": "A course.", "target_audience": "P"}
        )
    assert seen.logs == [("debug", "check_brief: started"), ("info", "check_brief: done")]


@pytest.mark.anyio
async def test_modern_clients_get_log_messages_only_when_the_request_opts_in():
    seen = Seen()
    async with client_for(build_server(Settings()), "auto", seen) as client:
        await client.call_tool(
            "check_brief", {"name": "X", "description": "A course.", "target_audience": "P"}
        )
    assert seen.logs == []
    seen = Seen()
    async with client_for(build_server(Settings()), "auto", seen, log_level="info") as client:
        await client.call_tool(
            "check_brief", {"name": "X", "description": "A course.", "target_audience": "P"}
        )
    assert seen.logs == [("info", "check_brief: done")]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_log_messages_never_carry_a_configured_key(mode):
    seen = Seen()
    server = build_server(Settings(tutorflow_api_key=FAKE_KEY))
    extra = {"log_level": "debug"} if mode == "auto" else {}
    async with client_for(server, mode, seen, **extra) as client:
        if mode == "legacy":
            await client.set_logging_level("debug")
        await client.call_tool("get_course", {"course_id": f"local:{FAKE_KEY}"})
    assert seen.logs, "the refused call logged nothing"
    assert all(FAKE_KEY not in text for _, text in seen.logs)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_completions_offer_configured_providers_and_recent_course_ids(mode):
    seen = Seen()
    server = build_server(Settings(tutorflow_api_key=FAKE_KEY))
    async with client_for(server, mode, seen) as client:
        course_id = await outline(client)
        native = course_id.split(":", 1)[1]
        stepwise = PromptReference(type="ref/prompt", name="create_course_stepwise")
        providers = await client.complete(stepwise, {"name": "provider", "value": "t"})
        review = PromptReference(type="ref/prompt", name="review_checklist")
        courses = await client.complete(review, {"name": "course_id", "value": "loc"})
        template = ResourceTemplateReference(type="ref/resource", uri="course://{provider}/{course}")
        template_providers = await client.complete(template, {"name": "provider", "value": ""})
        natives = await client.complete(template, {"name": "course", "value": ""}, {"provider": "local"})
        none_on_tutorflow = await client.complete(
            template, {"name": "course", "value": ""}, {"provider": "tutorflow"}
        )
    assert providers.completion.values == ["tutorflow"]
    assert courses.completion.values == [course_id]
    assert template_providers.completion.values == ["local", "tutorflow"]
    assert natives.completion.values == [native]
    assert none_on_tutorflow.completion.values == []


@pytest.mark.anyio
async def test_legacy_subscribers_hear_when_their_course_changes_and_when_the_list_changes():
    seen = Seen()
    async with client_for(build_server(Settings()), "legacy", seen) as client:
        caps = client.server_capabilities
        assert caps.resources.subscribe and caps.resources.list_changed
        assert caps.logging is not None and caps.completions is not None
        course_id = await outline(client)
        assert any(isinstance(n, ResourceListChangedNotification) for n in seen.notifications)
        uri = f"course://local/{course_id.split(':', 1)[1]}"
        listed = [str(r.uri) for r in (await client.list_resources()).resources]
        assert uri in listed
        await client.subscribe_resource(uri)
        seen.notifications.clear()
        course = await call(client, "get_course", course_id=course_id)
        section = course["root"]["children"][0]["id"]
        await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="update",
            block_id=section,
            display_name="Renamed",
        )
        updated = [n.params.uri for n in seen.notifications if isinstance(n, ResourceUpdatedNotification)]
        assert [str(u) for u in updated] == [uri]
        await client.unsubscribe_resource(uri)
        seen.notifications.clear()
        await call(
            client,
            "edit_xblock",
            course_id=course_id,
            action="update",
            block_id=section,
            display_name="Again",
        )
    assert not any(isinstance(n, ResourceUpdatedNotification) for n in seen.notifications)


@pytest.mark.anyio
async def test_modern_listeners_hear_when_their_course_changes_and_when_the_list_changes():
    seen = Seen()
    async with client_for(build_server(Settings()), "auto", seen) as client:
        assert client.server_capabilities.completions is not None
        course_id = await outline(client)
        uri = f"course://local/{course_id.split(':', 1)[1]}"
        course = await call(client, "get_course", course_id=course_id)
        section = course["root"]["children"][0]["id"]
        async with client.listen(resource_subscriptions=[uri], resources_list_changed=True) as events:
            await call(
                client,
                "edit_xblock",
                course_id=course_id,
                action="update",
                block_id=section,
                display_name="New",
            )
            with anyio.fail_after(5):
                event = await events.__anext__()
            task = await call(client, "create_task", **example()["brief"])
            await call(client, "generate_outline", task_id=task["task_id"], outline=example()["outline"])
            with anyio.fail_after(5):
                kinds = {type(event).__name__, type(await events.__anext__()).__name__}
    assert getattr(event, "uri", None) == uri
    assert kinds == {"ResourceUpdated", "ResourcesListChanged"}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_prompt_arguments_have_descriptions_and_the_server_and_templates_have_icons(mode):
    seen = Seen()
    async with client_for(build_server(Settings()), mode, seen) as client:
        prompts = (await client.list_prompts()).prompts
        tools = (await client.list_tools()).tools
        templates = (await client.list_resource_templates()).resource_templates
        info = client.server_info
    for prompt in prompts:
        assert prompt.arguments and all(a.description for a in prompt.arguments), prompt.name
    assert len(tools) == len(TOOLS)
    # Tool icons would cost every conversation about 290 bytes a tool in tools/list (a third of
    # its budget); the server's own icon stands for its tools.
    assert not any(t.icons for t in tools)
    assert all(t.icons for t in templates)
    if mode == "legacy":
        assert info is not None and info.icons


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_poll_reports_progress_against_the_timeout_when_the_platform_gives_no_percentage(mode):
    provider, time = FakeProvider(), FakeTime()
    provider.readiness_script = [s.model_copy(update={"progress": None}) for s in waiting(3)]
    recorder = Recorder("yes")
    async with Client(server_with(provider, time), mode=mode) as client:
        await call(client, "poll_until_ready", recorder, target_id="iblai:5", until="content", timeout_s=600)
    assert [total for _, total, _ in recorder.progress] == [600, 600, 600]
    assert [done for done, _, _ in recorder.progress] == sorted(done for done, _, _ in recorder.progress)
