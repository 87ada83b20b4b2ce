"""The fault soak in CI: complete agent workflows on every provider under injected faults (see `soak`).

At least 50 workflows per provider, seeded, in process on a fake clock, through the real MCP
client. Fails on any duplicate or lost edit counted on the emulators' side, and on any crash or
internal error. `bench/soak.py` runs the same harness longer.
"""

from __future__ import annotations

import logging

import pytest
from soak import DEFAULT_FAULTS, PROVIDERS, soak

pytestmark = pytest.mark.soak

WORKFLOWS_PER_PROVIDER = 50


@pytest.mark.anyio
async def test_fifty_faulty_workflows_per_provider_leave_no_duplicate_no_lost_edit_and_no_crash(tmp_path):
    logging.disable(logging.WARNING)
    try:
        report = await soak(WORKFLOWS_PER_PROVIDER, seed=14, faults=DEFAULT_FAULTS, data_dir=tmp_path)
    finally:
        logging.disable(logging.NOTSET)
    summary = f"\n{report.table()}\n" + "\n".join(report.problems())
    assert set(report.totals) == set(PROVIDERS)
    assert all(t.workflows == WORKFLOWS_PER_PROVIDER for t in report.totals.values())
    assert report.crashes == 0, summary
    assert report.duplicates == 0, summary
    assert report.lost_edits == 0, summary
    # The faults did hit: the agent had to retry, and most workflows still reached publish.
    assert sum(t.retries for t in report.totals.values()) > 0, summary
    for totals in report.totals.values():
        assert totals.completed >= 0.8 * totals.workflows, summary
