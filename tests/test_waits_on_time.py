"""poll_until_ready ends on time: probes planned around the job's expected end, refined by its
progress, within the platform's own pace; and the same on each platform's sandbox at realistic
pacing (all on fake clocks: nothing here waits)."""

import pytest
from fakes import FakeProvider
from mcp_helpers import MODES, call, connect
from test_tool_remote_like import server_with
from time_fakes import FakeTime
from wait_scenarios import one_wait

from coursewright.model import ReadyState

MAX_LATE_SHARE = 0.10
MAX_PROBES = 12


class TimedJob(FakeProvider):
    """A job that takes `length_s` on the fake clock; it reports the length its platform documents
    (`expected_s`), a percentage when `percent`, and a pace hint when given."""

    def __init__(
        self, time: FakeTime, length_s: float, expected_s: float | None, *, percent: bool, hint=None
    ):
        super().__init__()
        self.time, self.started, self.length_s = time, time.now, length_s
        self.expected_s, self.percent, self.hint = expected_s, percent, hint

    @property
    def done_at(self) -> float:
        return self.started + self.length_s

    async def readiness(self, target_id: str, until) -> ReadyState:
        self.readiness_calls += 1
        elapsed = self.time.now - self.started
        if elapsed >= self.length_s:
            return ReadyState(ready=True, status="done", progress=100.0)
        return ReadyState(
            ready=False,
            status="in_progress",
            missing=["u1"],
            progress=round(100 * elapsed / self.length_s) if self.percent else None,
            expected_s=self.expected_s,
            retry_after_s=self.hint,
        )


async def wait_for(job: TimedJob, time: FakeTime, mode: str = "auto"):
    async with connect(mode, server=server_with(job, time)) as (client, recorder):
        state = await call(client, "poll_until_ready", recorder, target_id="iblai:5", timeout_s=1800)
    assert state["ready"] is True
    return (time.now - job.done_at) / job.length_s, job.readiness_calls, recorder


@pytest.mark.anyio
@pytest.mark.parametrize("length_s", [66, 90, 110])
async def test_a_job_of_documented_length_is_noticed_soon_after_it_ends(length_s):
    time = FakeTime()
    late, probes, _ = await wait_for(TimedJob(time, length_s, expected_s=90, percent=False), time)
    assert 0 <= late <= MAX_LATE_SHARE and probes <= MAX_PROBES
    # Not the seed's fixed 20 s doubling: the first look is planned from the expected length.
    assert time.sleeps[0] != 20


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("length_s", [60, 120])
async def test_progress_corrects_an_expected_length_that_was_off(mode, length_s):
    time = FakeTime()
    job = TimedJob(time, length_s, expected_s=90, percent=True)
    late, probes, recorder = await wait_for(job, time, mode)
    assert 0 <= late <= MAX_LATE_SHARE and probes <= MAX_PROBES
    # A platform that reports a percentage gets notifications against a total of 100.
    assert recorder.progress and all(total == 100 for _, total, _ in recorder.progress)


@pytest.mark.anyio
async def test_the_platforms_pace_hint_is_never_undercut_and_probes_stay_few():
    time = FakeTime()
    job = TimedJob(time, 42, expected_s=42, percent=False, hint=3.0)
    late, probes, _ = await wait_for(job, time)
    assert min(time.sleeps) >= 3.0
    # Following a 3 s hint from the start would take 14 probes for a 42 s job.
    assert probes <= MAX_PROBES and late <= MAX_LATE_SHARE


@pytest.mark.anyio
async def test_a_job_without_an_expected_length_keeps_the_seeds_back_off():
    time = FakeTime()
    await wait_for(TimedJob(time, 100, expected_s=None, percent=True), time)
    assert time.sleeps == [20, 40, 80]


@pytest.mark.anyio
@pytest.mark.parametrize("platform", ["iblai", "tutorflow", "learningstudio"])
async def test_each_platforms_sandbox_job_at_realistic_pace_is_noticed_on_time(platform, tmp_path):
    wait = await one_wait(platform, seed=0, folder=tmp_path / "data")
    assert wait.late_share <= MAX_LATE_SHARE and wait.probes <= MAX_PROBES, wait
