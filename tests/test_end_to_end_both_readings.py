"""The whole flow through the tools on every remote provider, against both readings of its documents.

The default emulators and their strict mode (only what the seeds state, the other plausible choice
where they are silent) must both take a course from brief to published.
"""

from __future__ import annotations

import pytest
from mcp_helpers import connect
from sandbox_server import REMOTE, sandboxed

from coursewright.demo.flow import walk_platform_flow


@pytest.mark.anyio
@pytest.mark.parametrize("strict", [False, True], ids=["sandbox", "strict"])
@pytest.mark.parametrize("provider", REMOTE)
async def test_a_course_goes_from_brief_to_published_on_each_provider_in_both_readings(
    tmp_path, provider, strict, capsys
):
    server, _ = sandboxed(tmp_path, strict=strict)
    async with connect(server=server) as (client, recorder):
        location = await walk_platform_flow(client, provider)
    assert location
    assert any("publish" in question.lower() for question in recorder.questions)
