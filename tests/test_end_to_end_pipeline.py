"""The ibl.ai one-shot pipeline end to end: `coursewright sandbox` on a loopback socket, the server over stdio.

create_task -> run_pipeline (the user confirms) -> poll_until_ready(until='pipeline') ->
review_course -> publish (the user confirms), then the sandbox itself is asked whether the course
went live. Two processes (the sandbox and the server), each ended by its id.
"""

from __future__ import annotations

import sys
from pathlib import Path

import anyio
import httpx2
import pytest
from e2e_helpers import sandbox_process
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp_helpers import Recorder, call, example
from test_end_to_end import child_env

pytestmark = pytest.mark.slow

#: Real seconds the whole flow may take; the sandbox runs at a hundredth of realistic durations.
FLOW_DEADLINE_S = 90
PIPELINE_WAIT_S = 60


def server_parameters(tmp_path: Path, sandbox: dict[str, str]) -> StdioServerParameters:
    env = child_env(
        tmp_path,
        **sandbox,
        COURSEWRIGHT_DEFAULT_PROVIDER="iblai",
        # Waits are real here: look again every fraction of a second rather than after 20 s.
        COURSEWRIGHT_POLL_INITIAL_S="0.2",
        COURSEWRIGHT_POLL_MAX_S="1",
    )
    return StdioServerParameters(
        command=sys.executable, args=["-m", "coursewright", "serve"], env=env, cwd=str(tmp_path)
    )


async def sandbox_task_log(sandbox: dict[str, str], task_id: str) -> str:
    """The ibl.ai task's log as the sandbox itself reports it, over the socket."""
    native = task_id.split(":", 1)[1]
    url = (
        f"{sandbox['IBLAI_BASE_URL']}/api/ai-mentor/orgs/{sandbox['IBLAI_ORG']}/users/"
        f"{sandbox['IBLAI_USER_ID']}/course-creation/tasks/{native}/"
    )
    headers = {"Authorization": f"Api-Token {sandbox['IBLAI_API_KEY']}"}
    async with httpx2.AsyncClient(timeout=10) as http:
        response = await http.get(url, headers=headers)
    response.raise_for_status()
    return response.json()["logs"]


@pytest.mark.anyio
async def test_the_iblai_pipeline_runs_confirmed_and_publishes_over_a_loopback_sandbox(tmp_path):
    recorder = Recorder("yes")
    with (
        (tmp_path / "server-stderr.txt").open("w+") as errlog,
        sandbox_process(child_env(tmp_path), tmp_path) as sandbox,
    ):
        assert sandbox["IBLAI_BASE_URL"].startswith("http://127.0.0.1:")
        params = server_parameters(tmp_path, sandbox)
        with anyio.fail_after(FLOW_DEADLINE_S):
            async with Client(
                stdio_client(params, errlog=errlog), elicitation_callback=recorder.elicit
            ) as client:
                task = await call(client, "create_task", **example()["brief"])
                task_id = task["task_id"]
                assert task_id.startswith("iblai:") and task["status"] == "pending"

                started = await call(client, "run_pipeline", task_id=task_id)
                assert started["status"] == "scheduled" and started["confirmation_required"] is None
                assert len(recorder.questions) == 1 and "without" in recorder.questions[0]

                state = await call(
                    client,
                    "poll_until_ready",
                    recorder,
                    target_id=task_id,
                    until="pipeline",
                    timeout_s=PIPELINE_WAIT_S,
                )
                assert state["ready"] is True and state["status"] == "success", state

                course_id = (await call(client, "get_task", task_id=task_id))["course_id"]
                assert course_id and course_id.startswith("iblai:")
                review = await call(client, "review_course", course_id=course_id)
                assert review["ok"] is True, review["blocking"]
                # The pipeline drafts; it never publishes on coursewright's behalf.
                assert "published on edX" not in await sandbox_task_log(sandbox, task_id)

                published = await call(client, "publish", course_id=course_id)
                assert published["published"] is True
                assert published["location"].startswith("course-v1:sandbox-org+")
                assert len(recorder.questions) == 2 and "Publish" in recorder.questions[1]
                listed = await call(client, "list_courses", task_id=task_id)
        log = await sandbox_task_log(sandbox, task_id)
        errlog.seek(0)
        server_log = errlog.read()
    assert f"Course {published['location']} published on edX." in log
    assert [course["status"] for course in listed["courses"]] == ["published"]
    assert sandbox["IBLAI_API_KEY"] not in server_log
