"""Real processes: the demo and the server over stdio, and the server over streamable HTTP on loopback."""

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import anyio
import pytest
from e2e_helpers import free_port, wait_until_listening
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client

from coursewright.tools.contract import TOOLS

pytestmark = pytest.mark.slow

FAKE_KEY = "e2eFAKEKEY" + "1" * 54


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("IBLAI_", "TUTORFLOW_", "LEARNINGSTUDIO_"))
    }
    env.update({"COURSEWRIGHT_DATA_DIR": str(tmp_path / "data"), **extra})
    return env


def test_demo_writes_an_archive_and_prints_its_path_last(tmp_path):
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "coursewright", "demo", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(tmp_path),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    last_line = done.stdout.strip().splitlines()[-1]
    archive = Path(last_line)
    assert archive.is_file() and archive.parent == out.resolve()
    assert "[7/9] publish" in done.stdout and "answering 'yes' on your behalf" in done.stdout
    with tarfile.open(archive) as tar:
        assert "course/course.xml" in tar.getnames()


@pytest.mark.anyio
async def test_stdio_server_lists_every_tool_and_never_echoes_a_key_on_failure(tmp_path):
    env = child_env(
        tmp_path,
        IBLAI_API_KEY=FAKE_KEY,
        IBLAI_ORG="org",
        IBLAI_USER_ID="user",
        IBLAI_BASE_URL="http://127.0.0.1:9",
        COURSEWRIGHT_LOG_LEVEL="DEBUG",
    )
    errlog = (tmp_path / "stderr.txt").open("w+")
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "coursewright", "serve"], env=env, cwd=str(tmp_path)
    )
    with anyio.fail_after(60):
        async with Client(stdio_client(params, errlog=errlog)) as client:
            names = [t.name for t in (await client.list_tools()).tools]
            result = await client.call_tool("get_task", {"task_id": "iblai:1"})
    errlog.seek(0)
    assert names == [spec.name for spec in TOOLS]
    assert result.is_error
    text = " ".join(getattr(c, "text", "") for c in result.content)
    assert FAKE_KEY not in text and FAKE_KEY not in errlog.read()


@pytest.mark.anyio
async def test_http_server_serves_the_tools_on_loopback(tmp_path):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "coursewright", "serve", "--http", "--host", "127.0.0.1", "--port", str(port)],
        env=child_env(tmp_path),
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        await wait_until_listening(port, process)
        with anyio.fail_after(30):
            async with Client(f"http://127.0.0.1:{port}/mcp") as client:
                names = [t.name for t in (await client.list_tools()).tools]
                brief = await client.call_tool(
                    "check_brief", {"name": "X", "description": "A course.", "target_audience": "People"}
                )
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert names == [spec.name for spec in TOOLS]
    assert brief.structured_content["ready"] is False


@pytest.mark.parametrize(
    ("provider", "location"),
    [
        ("iblai", "course-v1:sandbox-org+"),
        ("tutorflow", "http://127.0.0.1:"),
        ("learningstudio", "http://127.0.0.1:"),
    ],
)
def test_demo_takes_a_course_to_published_on_each_platform_sandbox_over_loopback(
    tmp_path, provider, location
):
    """`coursewright sandbox` on a real socket, the server over stdio, the same tools on each platform."""
    done = subprocess.run(
        [sys.executable, "-m", "coursewright", "demo", "--provider", provider],
        capture_output=True,
        text=True,
        timeout=240,
        env=child_env(tmp_path),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert f"the sandbox published it at {location}" in done.stdout
    # The sandbox stopped with the demo: the last line names the course, never a link that is dead now.
    assert lines[-1].startswith(f"{provider}:") and "has stopped with the demo" in lines[-1]
    assert "http://" not in lines[-1]
    assert "publish" in done.stdout and "answering 'yes'" in done.stdout
