"""The journal of remote writes, and create_once: a lost answer is looked up, never blindly re-sent."""

from __future__ import annotations

import itertools
import json
import threading
from pathlib import Path

import anyio
import httpx2
import pytest

from coursewright.config import Settings
from coursewright.errors import Conflict, InvalidInput, OutcomeUnknown, Unavailable
from coursewright.providers.http import PlatformHttp, RetryPolicy
from coursewright.providers.journal import Intent, IntentState, Journal, create_once, send_once


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Calls:
    """Scripted create / lookup callables that count how often they ran."""

    def __init__(self, creates: list[str | Exception], found: list[str | None] | None = None) -> None:
        self._creates = list(creates)
        self._found = list(found or [])
        self.created = 0
        self.looked = 0

    async def create(self) -> str:
        self.created += 1
        step = self._creates.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    async def lookup(self) -> str | None:
        self.looked += 1
        return self._found.pop(0) if self._found else None


async def no_sleep(seconds: float) -> None:
    return None


def lost() -> OutcomeUnknown:
    return OutcomeUnknown("The answer was lost.", "Look it up.")


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "data" / "journal.sqlite3")


async def once(journal: Journal, calls: Calls, key: str = "k1", fingerprint: str = "f1") -> str:
    return await create_once(
        journal, "ls", "create_course", key, fingerprint, calls.create, calls.lookup, sleep=no_sleep
    )


# -- the log --------------------------------------------------------------------------------


def test_the_journal_lives_in_the_data_folder_beside_the_local_store(tmp_path):
    journal = Journal.for_settings(Settings())
    journal.record_intent("iblai", "create_task", "k", "f")
    assert journal.path == tmp_path / "data" / "journal.sqlite3"
    assert journal.path.exists()


def test_find_returns_the_newest_attempt_and_mark_done_records_the_platform_id(journal):
    first = journal.record_intent("iblai", "publish", "42", "t1")
    second = journal.record_intent("iblai", "publish", "42", "t2")
    assert journal.find("iblai", "publish", "42") == second
    done = journal.mark_done(first, "42")
    assert done.state is IntentState.DONE and done.native_id == "42"
    assert journal.find("iblai", "publish", "42").id == second.id
    assert journal.find("iblai", "publish", "43") is None
    assert journal.find("tutorflow", "publish", "42") is None


def test_pending_lists_only_unsettled_attempts_of_that_provider_and_action(journal):
    a = journal.record_intent("ls", "create_course", "a", "f")
    b = journal.record_intent("ls", "create_course", "b", "f")
    c = journal.record_intent("ls", "create_course", "c", "f")
    journal.record_intent("ls", "export", "a", "f")
    journal.mark_done(a, "cou_1")
    journal.mark_unknown(b)
    assert [i.id for i in journal.pending("ls", "create_course")] == [b.id, c.id]
    journal.mark_failed(c, "InvalidInput")
    assert [i.key for i in journal.pending("ls", "create_course")] == ["b"]
    assert journal.native_ids("ls", "create_course") == {"cou_1"}


def test_concurrent_writers_on_two_handles_lose_no_attempt(tmp_path):
    path = tmp_path / "shared.sqlite3"
    handles = [Journal(path), Journal(path)]  # as two server processes would

    def work(worker: int) -> None:
        journal = handles[worker % 2]
        for n in range(25):
            intent = journal.record_intent("ls", "create_course", f"{worker}-{n}", "f")
            journal.mark_done(intent, f"cou_{worker}_{n}")

    threads = [threading.Thread(target=work, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(handles[0].native_ids("ls", "create_course")) == 200
    assert handles[1].pending("ls", "create_course") == []


# -- create_once ----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_create_once_creates_and_records_the_result(journal):
    calls = Calls(["cou_1"])
    assert await once(journal, calls) == "cou_1"
    assert calls.created == 1 and calls.looked == 0
    assert journal.find("ls", "create_course", "k1").state is IntentState.DONE


@pytest.mark.anyio
async def test_the_same_key_and_request_again_returns_the_first_result_without_sending(journal):
    await once(journal, Calls(["cou_1"]))
    again = Calls(["cou_2"])
    assert await once(journal, again) == "cou_1"
    assert again.created == 0


@pytest.mark.anyio
async def test_the_same_key_for_a_different_request_is_a_conflict(journal):
    await once(journal, Calls(["cou_1"]))
    other = Calls(["cou_2"])
    with pytest.raises(Conflict, match="different request"):
        await once(journal, other, fingerprint="f2")
    assert other.created == 0


@pytest.mark.anyio
async def test_a_lost_answer_is_looked_up_and_found_without_creating_again(journal):
    calls = Calls([lost(), "never"], found=["cou_7"])
    assert await once(journal, calls) == "cou_7"
    assert calls.created == 1 and calls.looked == 1
    assert journal.find("ls", "create_course", "k1").native_id == "cou_7"


@pytest.mark.anyio
async def test_a_lost_answer_not_found_on_the_platform_is_created_once_more(journal):
    settles: list[float] = []

    async def record(seconds: float) -> None:
        settles.append(seconds)

    calls = Calls([lost(), "cou_8"], found=[None])
    result = await create_once(
        journal, "ls", "create_course", "k1", "f1", calls.create, calls.lookup, settle_s=0.25, sleep=record
    )
    assert result == "cou_8"
    assert calls.created == 2 and calls.looked == 1
    assert settles == [0.25]  # the look-up waited for a create still in progress to land


@pytest.mark.anyio
async def test_two_lost_answers_raise_outcome_unknown_and_the_next_call_looks_up_first(journal):
    calls = Calls([lost(), lost(), "never"], found=[None, None])
    with pytest.raises(OutcomeUnknown, match="twice") as caught:
        await once(journal, calls)
    assert calls.created == 2
    assert "does not create a duplicate" in caught.value.next_step
    assert journal.find("ls", "create_course", "k1").state is IntentState.UNKNOWN

    # By now the platform shows the course: the retry finds it and sends nothing.
    retry = Calls(["never"], found=["cou_9"])
    assert await once(journal, retry) == "cou_9"
    assert retry.created == 0 and retry.looked == 1
    assert journal.pending("ls", "create_course") == []


@pytest.mark.anyio
async def test_after_an_unknown_outcome_a_lookup_that_finds_nothing_allows_a_fresh_create(journal):
    with pytest.raises(OutcomeUnknown):
        await once(journal, Calls([lost(), lost()]))
    retry = Calls(["cou_10"], found=[None])
    assert await once(journal, retry) == "cou_10"
    assert retry.looked == 1 and retry.created == 1
    assert journal.pending("ls", "create_course") == []  # the doubtful attempt is settled as failed


@pytest.mark.anyio
async def test_a_refusal_marks_the_attempt_failed_and_a_later_call_creates_anew(journal):
    refused = Calls([InvalidInput("Subject is required.", "Add a subject.")])
    with pytest.raises(InvalidInput):
        await once(journal, refused)
    assert journal.find("ls", "create_course", "k1").state is IntentState.FAILED
    retry = Calls(["cou_11"])
    assert await once(journal, retry) == "cou_11"
    assert retry.looked == 0


@pytest.mark.anyio
async def test_a_second_caller_with_the_same_key_is_refused_while_the_first_is_in_flight(journal):
    release = anyio.Event()
    started = anyio.Event()

    async def slow_create() -> str:
        started.set()
        await release.wait()
        return "cou_12"

    async def first() -> None:
        assert (
            await create_once(journal, "ls", "create_course", "k1", "f1", slow_create, Calls([]).lookup)
            == "cou_12"
        )

    second = Calls(["cou_13"])
    async with anyio.create_task_group() as group:
        group.start_soon(first)
        await started.wait()
        with pytest.raises(Conflict, match="already in progress"):
            await once(journal, second)
        release.set()
    assert second.created == 0
    assert await once(journal, second) == "cou_12"


@pytest.mark.anyio
async def test_an_attempt_abandoned_by_a_crashed_process_is_looked_up_after_its_lease(tmp_path):
    clock = Clock()
    journal = Journal(tmp_path / "journal.sqlite3", clock=clock)
    journal.record_intent("ls", "create_course", "k1", "f1")  # the process died after this
    with pytest.raises(Conflict):
        await once(journal, Calls(["cou_x"]))
    clock.now += 3600
    calls = Calls(["never"], found=["cou_14"])
    assert await once(journal, calls) == "cou_14"
    assert calls.created == 0


@pytest.mark.anyio
async def test_a_failing_lookup_leaves_the_outcome_unknown(journal):
    async def broken_lookup() -> str | None:
        raise Unavailable("The platform failed (HTTP 503).", "Retry in a minute.")

    calls = Calls([lost()])
    with pytest.raises(OutcomeUnknown, match="checking for it failed"):
        await create_once(
            journal, "ls", "create_course", "k1", "f1", calls.create, broken_lookup, sleep=no_sleep
        )
    assert journal.find("ls", "create_course", "k1").state is IntentState.UNKNOWN
    assert calls.created == 1


@pytest.mark.anyio
async def test_a_create_cancelled_in_flight_is_recorded_as_unknown(journal):
    started = anyio.Event()

    async def hanging_create() -> str:
        started.set()
        await anyio.sleep_forever()
        return "never"

    async with anyio.create_task_group() as group:

        async def run() -> None:
            await create_once(journal, "ls", "create_course", "k1", "f1", hanging_create, Calls([]).lookup)

        group.start_soon(run)
        await started.wait()
        group.cancel_scope.cancel()
    intent: Intent = journal.find("ls", "create_course", "k1")
    assert intent.state is IntentState.UNKNOWN


# -- against a platform that drops answers --------------------------------------------------


class DroppingPlatform:
    """A tiny course platform whose POST may commit and then drop the connection, or drop before."""

    def __init__(self, script: tuple[str, ...]) -> None:
        self.courses: list[dict[str, str]] = []
        self.script = list(script)

    def handler(self, request: httpx2.Request) -> httpx2.Response:
        if request.method == "GET":
            return httpx2.Response(200, json={"items": self.courses})
        step = self.script.pop(0) if self.script else "ok"
        if step == "drop_before_commit":
            raise httpx2.RemoteProtocolError("connection reset", request=request)
        course = {"id": f"cou_{len(self.courses) + 1}", "subject": json.loads(request.content)["subject"]}
        self.courses.append(course)
        if step == "commit_then_drop":
            raise httpx2.RemoteProtocolError("server disconnected", request=request)
        return httpx2.Response(202, json=course)


OUTCOMES = ("ok", "commit_then_drop", "drop_before_commit")


@pytest.mark.anyio
@pytest.mark.parametrize("script", list(itertools.product(OUTCOMES, repeat=2)))
async def test_create_once_never_duplicates_whatever_the_connection_does(tmp_path, script):
    platform = DroppingPlatform(script)
    journal = Journal(tmp_path / "journal.sqlite3")
    async with PlatformHttp(
        platform="learningstudio",
        base_url="http://ls.test",
        auth_header=("Authorization", "Bearer ls_test_key_123"),
        retry=RetryPolicy(attempts=3, base_s=0.001, max_s=0.002),
        transport=httpx2.MockTransport(platform.handler),
        sleep=no_sleep,
    ) as http:

        async def create() -> str:
            body = await http.request_json("POST", "/api/v1/courses", json={"subject": "Rust"})
            return body["id"]

        async def lookup() -> str | None:
            body = await http.request_json("GET", "/api/v1/courses")
            claimed = journal.native_ids("learningstudio", "create_course")
            matches = [c["id"] for c in body["items"] if c["subject"] == "Rust" and c["id"] not in claimed]
            return matches[-1] if matches else None

        try:
            result = await create_once(
                journal, "learningstudio", "create_course", "rust-1", "f", create, lookup, sleep=no_sleep
            )
        except OutcomeUnknown:
            result = None
    assert len(platform.courses) <= 1
    if result is None:
        assert platform.courses == []
    else:
        assert [c["id"] for c in platform.courses] == [result]


# -- send_once: the rule every journalled create follows ------------------------------------------


@pytest.mark.anyio
async def test_send_once_with_a_failing_look_up_is_in_doubt_and_says_the_callers_next_step():
    sent: list[str] = []

    async def send() -> str:
        sent.append("create")
        raise OutcomeUnknown("The answer was lost.", "Look it up.")

    async def look_up() -> str | None:
        raise Unavailable("The platform failed (HTTP 503).", "Retry later.")

    with pytest.raises(OutcomeUnknown) as doubt:
        await send_once(send, look_up, display="ibl.ai", doing="deleting b1", if_in_doubt="Call get_course.")
    assert sent == ["create"] and "checking for it failed" in doubt.value.what
    assert doubt.value.next_step == "Call get_course."


@pytest.mark.anyio
async def test_send_once_looks_once_more_after_a_second_lost_answer():
    found: list[str | None] = [None, "b7"]

    async def send() -> str:
        raise OutcomeUnknown("The answer was lost.", "Look it up.")

    async def look_up() -> str | None:
        return found.pop(0)

    assert await send_once(send, look_up, display="ibl.ai", doing="creating b7") == "b7"
