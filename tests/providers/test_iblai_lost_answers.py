"""ibl.ai: a create-xblock, delete or reorder whose answer was lost never leaves a duplicate or a gap.

Each scenario is rehearsed once without faults to learn which request to hit, then run
against a sandbox whose seed puts the injected fault (`lost`: applied, answer dropped;
`drop`: never applied) on exactly that request. Assertions read the sandbox's own tree.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import anyio
import httpx2
import pytest
from time_fakes import FakeClock

from coursewright.config import Settings
from coursewright.errors import Conflict, NotFound, OutcomeUnknown
from coursewright.model import Brief, OutlineSection, TaskOptions
from coursewright.providers.http import RetryPolicy
from coursewright.providers.iblai.adapter import IblaiProvider
from coursewright.sandbox import keys
from coursewright.sandbox.app import build_sandbox_app
from coursewright.sandbox.core import FaultMiddleware, FaultSpec, SandboxConfig

BASE_URL = "http://sandbox/iblai"
CREATE = "POST course-creation/course/1/create-xblock/"
STRUCTURE = "GET course-creation/course/1/full-structure/"
BRIEF = Brief(
    name="Intro to Python for Analysts",
    description="Project-based introduction to Python for data wrangling: variables, loops and csv files.",
    target_audience="Working analysts with spreadsheet fluency and no programming background.",
    desired_number_of_sections=2,
)
#: Two neighbouring units share a name on purpose: only a snapshot tells the second from the first.
OUTLINE = [
    OutlineSection.model_validate(
        {
            "title": "Getting Started",
            "subsections": [
                {
                    "title": "Setting Up",
                    "units": [{"title": "Practice"}, {"title": "Practice"}, {"title": "First Script"}],
                }
            ],
        }
    ),
    OutlineSection.model_validate(
        {"title": "Data", "subsections": [{"title": "Files", "units": [{"title": "Reading CSV"}]}]}
    ),
]
PLANNED = {
    "section": ["Getting Started", "Data"],
    "subsection": ["Setting Up", "Files"],
    "unit": ["Practice", "Practice", "First Script", "Reading CSV"],
}


async def yielding_sleep(seconds: float) -> None:
    await anyio.sleep(0)


class Recording(httpx2.AsyncBaseTransport):
    def __init__(self, inner: httpx2.AsyncBaseTransport) -> None:
        self.inner = inner
        self.sent: list[str] = []

    async def handle_async_request(self, request):
        self.sent.append(f"{request.method} {request.url.path.split(f'/users/{keys.IBLAI_USER_ID}/', 1)[-1]}")
        return await self.inner.handle_async_request(request)


class Sandbox:
    def __init__(self, spec: str = "", seed: int = 0) -> None:
        config = SandboxConfig(
            time_scale=0, seed=seed, clock=FakeClock(), sleep=yielding_sleep, faults=FaultSpec.parse(spec)
        )
        self.app = build_sandbox_app(config)
        self.transport = Recording(httpx2.ASGITransport(app=self.app))
        self.fault_at = -1

    def looked_up_after_the_fault(self) -> bool:
        """Whether the request after the faulted one read the tree: proof the fault landed there."""
        return self.transport.sent[self.fault_at + 1 : self.fault_at + 2] == [STRUCTURE]

    def tree(self, course: int = 1):
        return self.app.state.emulators["iblai"].state.emulator.courses[course].tree

    def names(self, block_type: str) -> list[str]:
        return [block.display_name for block in self.tree().of_type(block_type)]


def provider_for(sandbox: Sandbox, data_dir: Path, attempts: int = 3) -> IblaiProvider:
    """No back-off between retries; `attempts=1` lets one injected 5xx fail a read."""
    settings = Settings(
        iblai_api_key=keys.IBLAI_API_KEY,
        iblai_org=keys.IBLAI_ORG,
        iblai_user_id=keys.IBLAI_USER_ID,
        iblai_base_url=BASE_URL,
        data_dir=data_dir,
    )
    retry = RetryPolicy(attempts=attempts, base_s=0.0, max_s=0.0, max_retry_after_s=0.0)
    return IblaiProvider.from_settings(settings, transport=sandbox.transport, retry=retry)


Scenario = Callable[[IblaiProvider], Awaitable[object]]


async def rehearse(scenario: Scenario, data_dir: Path) -> list[str]:
    """The requests the scenario sends when nothing goes wrong (with its own journal)."""
    sandbox = Sandbox()
    provider = provider_for(sandbox, data_dir / "rehearsal")
    await scenario(provider)
    await provider.aclose()
    return sandbox.transport.sent


def nth(sent: list[str], request: str, occurrence: int = 1) -> int:
    """The index of the `occurrence`-th time `request` was sent."""
    indices = [index for index, line in enumerate(sent) if line == request]
    return indices[occurrence - 1]


def seeded(sent: list[str], at: int, kinds: list[str | None]) -> Sandbox:
    """A sandbox whose seeded faults are exactly `kinds` from request `at` on, and none elsewhere.

    Each kind's probability is its share of the requests, which makes such a seed likeliest.
    """
    wanted = [None] * at + kinds + [None] * (len(sent) - at + 10)
    spec = FaultSpec.parse(
        "iblai:" + ",".join(f"{kind}={kinds.count(kind) / len(wanted):.4f}" for kind in set(kinds) - {None})
    )
    for seed in range(100_000):
        faults = FaultMiddleware(None, "iblai", SandboxConfig(seed=seed, faults=spec))
        for kind in wanted:
            rule = faults.draw()
            if (rule.kind if rule else None) != kind:
                break
        else:
            sandbox = Sandbox(spec.text(), seed)
            sandbox.fault_at = at
            return sandbox
    raise AssertionError(f"no seed gives {kinds} at request {at}")


async def new_course(ibl: IblaiProvider, outline=OUTLINE) -> str:
    task = await ibl.create_task(BRIEF, TaskOptions())
    course = await ibl.generate_outline(task.task_id.split(":", 1)[1], outline, False)
    return course.course_id.split(":", 1)[1]


def first_subsection(sandbox: Sandbox) -> str:
    return sandbox.tree().of_type("subsection")[0].locator


def children_named(sandbox: Sandbox, parent: str, name: str) -> list[str]:
    tree = sandbox.tree()
    return [c for c in tree.blocks[parent].children if tree.blocks[c].display_name == name]


# --- a single block ---------------------------------------------------------------------------------


async def add_recap(ibl: IblaiProvider) -> str:
    number = await new_course(ibl)
    course = await ibl.get_course(number)
    subsection = next(b for b in course.blocks() if b.type == "subsection")
    return await ibl.create_block(number, subsection.id, "unit", "Recap", None, "first")


@pytest.mark.anyio
async def test_a_block_whose_create_answer_was_lost_is_found_not_created_twice(tmp_path):
    sent = await rehearse(add_recap, tmp_path)
    sandbox = seeded(sent, nth(sent, CREATE, 9), ["lost"])
    ibl = provider_for(sandbox, tmp_path)
    unit_id = await add_recap(ibl)
    await ibl.aclose()
    assert sandbox.looked_up_after_the_fault()
    subsection = first_subsection(sandbox)
    assert children_named(sandbox, subsection, "Recap") == [unit_id]
    assert sandbox.tree().blocks[subsection].children[0] == unit_id  # at the position asked for
    assert sandbox.transport.sent.count(CREATE) == 9


@pytest.mark.anyio
async def test_a_block_whose_create_never_arrived_is_created_once_more(tmp_path):
    sent = await rehearse(add_recap, tmp_path)
    sandbox = seeded(sent, nth(sent, CREATE, 9), ["drop"])
    ibl = provider_for(sandbox, tmp_path)
    unit_id = await add_recap(ibl)
    await ibl.aclose()
    assert children_named(sandbox, first_subsection(sandbox), "Recap") == [unit_id]
    assert sandbox.transport.sent.count(CREATE) == 10


@pytest.mark.anyio
async def test_a_lost_create_whose_look_up_fails_says_to_check_get_course_first(tmp_path):
    # The create lands, its answer is lost, and the look-up's read fails.
    sent = await rehearse(add_recap, tmp_path)
    sandbox = seeded(sent, nth(sent, CREATE, 9), ["lost", "5xx"])
    ibl = provider_for(sandbox, tmp_path, attempts=1)
    with pytest.raises(OutcomeUnknown) as unknown:
        await add_recap(ibl)
    await ibl.aclose()
    assert "get_course" in unknown.value.next_step and "Recap" in unknown.value.next_step
    assert len(children_named(sandbox, first_subsection(sandbox), "Recap")) == 1
    assert sandbox.transport.sent.count(CREATE) == 9  # never sent again while in doubt


# --- a unit's component -----------------------------------------------------------------------------


async def add_recap_with_content(ibl: IblaiProvider) -> str:
    number = await new_course(ibl)
    course = await ibl.get_course(number)
    subsection = next(b for b in course.blocks() if b.type == "subsection")
    return await ibl.create_block(number, subsection.id, "unit", "Recap", "<p>What we covered.</p>", "last")


@pytest.mark.anyio
async def test_a_component_whose_create_answer_was_lost_is_reused_when_content_is_written(tmp_path):
    sent = await rehearse(add_recap_with_content, tmp_path)
    sandbox = seeded(sent, nth(sent, CREATE, 10), ["lost"])
    ibl = provider_for(sandbox, tmp_path)
    unit_id = await add_recap_with_content(ibl)
    await ibl.aclose()
    assert sandbox.looked_up_after_the_fault()
    tree = sandbox.tree()
    components = [tree.blocks[c] for c in tree.blocks[unit_id].children]
    assert [(c.block_type, c.content) for c in components] == [("html", "<p>What we covered.</p>")]
    assert sandbox.transport.sent.count(CREATE) == 10


@pytest.mark.anyio
async def test_content_whose_component_create_lost_its_answer_twice_is_found_by_a_last_look_up(tmp_path):
    # The component create is dropped, the look-up finds nothing, the second create lands unanswered:
    # a last look-up (the shared rule, `journal.send_once`) finds it, so nothing is in doubt or doubled.
    sent = await rehearse(add_recap_with_content, tmp_path)
    sandbox = seeded(sent, nth(sent, CREATE, 10), ["drop", None, "lost"])
    ibl = provider_for(sandbox, tmp_path)
    unit_id = await add_recap_with_content(ibl)
    await ibl.aclose()
    tree = sandbox.tree()
    components = [tree.blocks[c] for c in tree.blocks[unit_id].children]
    assert [(c.block_type, c.content) for c in components] == [("html", "<p>What we covered.</p>")]


# --- the agent's outline ----------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(("kind", "occurrence"), [("lost", 4), ("drop", 4), ("lost", 6), ("drop", 6)])
async def test_an_agent_outline_interrupted_by_a_lost_answer_completes_without_duplicates(
    tmp_path, kind, occurrence
):
    # The 4th create is the second unit named Practice, right after the first (which a look-up
    # by name alone would take for it); the 6th is the second section.
    sent = await rehearse(new_course, tmp_path)
    sandbox = seeded(sent, nth(sent, CREATE, occurrence), [kind])
    ibl = provider_for(sandbox, tmp_path)
    await new_course(ibl)
    await ibl.aclose()
    assert sandbox.looked_up_after_the_fault()
    assert {block_type: sandbox.names(block_type) for block_type in PLANNED} == PLANNED
    assert sandbox.transport.sent.count(CREATE) == 8 + (kind == "drop")


@pytest.mark.anyio
async def test_a_rerun_of_an_outline_that_stopped_part_way_keeps_what_was_built(tmp_path):
    # The 5th create lands unanswered and the look-up fails: the build stops in doubt.
    sent = await rehearse(new_course, tmp_path)
    sandbox = seeded(sent, nth(sent, CREATE, 5), ["lost", "5xx"])
    ibl = provider_for(sandbox, tmp_path, attempts=1)
    with pytest.raises(OutcomeUnknown) as stopped:
        await new_course(ibl)
    assert "2 of 4 units" in stopped.value.what and "same outline" in stopped.value.next_step
    assert sandbox.names("unit") == ["Practice", "Practice", "First Script"]

    course = await ibl.generate_outline("1", OUTLINE, False)
    await ibl.aclose()
    assert {block_type: sandbox.names(block_type) for block_type in PLANNED} == PLANNED
    assert [u.display_name for u in course.units()] == PLANNED["unit"]
    assert sandbox.transport.sent.count(CREATE) == 8


@pytest.mark.anyio
async def test_a_finished_or_different_outline_is_not_resumed(tmp_path):
    sent = await rehearse(new_course, tmp_path)
    sandbox = seeded(sent, nth(sent, CREATE, 5), ["lost", "5xx"])
    ibl = provider_for(sandbox, tmp_path, attempts=1)
    with pytest.raises(OutcomeUnknown):
        await new_course(ibl)
    other = [OUTLINE[0].model_copy(update={"title": "Warming Up"}), OUTLINE[1]]
    with pytest.raises(Conflict):
        await ibl.generate_outline("1", other, False)
    await ibl.generate_outline("1", OUTLINE, False)
    with pytest.raises(Conflict):  # built completely: a second build would duplicate it
        await ibl.generate_outline("1", OUTLINE, False)
    await ibl.aclose()
    assert sandbox.names("unit") == PLANNED["unit"]


# --- deletes and reorders ---------------------------------------------------------------------------


async def delete_first_unit(ibl: IblaiProvider) -> list[str]:
    number = await new_course(ibl)
    course = await ibl.get_course(number)
    return await ibl.delete_block(number, course.units()[0].id)


DELETE = "POST course-creation/course/1/delete-xblock/"


@pytest.mark.anyio
async def test_a_delete_whose_answer_was_lost_is_confirmed_by_looking_not_sent_again(tmp_path):
    sent = await rehearse(delete_first_unit, tmp_path)
    sandbox = seeded(sent, nth(sent, DELETE), ["lost"])
    ibl = provider_for(sandbox, tmp_path)
    deleted = await delete_first_unit(ibl)
    await ibl.aclose()
    assert sandbox.looked_up_after_the_fault()
    assert sandbox.names("unit") == ["Practice", "First Script", "Reading CSV"]
    assert len(deleted) == 1 and deleted[0] not in sandbox.tree().blocks
    assert sandbox.transport.sent.count(DELETE) == 1


@pytest.mark.anyio
async def test_a_delete_that_never_arrived_is_sent_again(tmp_path):
    sent = await rehearse(delete_first_unit, tmp_path)
    sandbox = seeded(sent, nth(sent, DELETE), ["drop"])
    ibl = provider_for(sandbox, tmp_path)
    await delete_first_unit(ibl)
    await ibl.aclose()
    assert sandbox.names("unit") == ["Practice", "First Script", "Reading CSV"]
    assert sandbox.transport.sent.count(DELETE) == 2


@pytest.mark.anyio
async def test_a_delete_whose_resend_lost_its_answer_is_confirmed_by_a_last_look_up(tmp_path):
    sent = await rehearse(delete_first_unit, tmp_path)
    sandbox = seeded(sent, nth(sent, DELETE), ["drop", None, "lost"])
    ibl = provider_for(sandbox, tmp_path)
    await delete_first_unit(ibl)
    await ibl.aclose()
    assert sandbox.names("unit") == ["Practice", "First Script", "Reading CSV"]
    assert sandbox.transport.sent.count(DELETE) == 2


async def reverse_first_subsection(ibl: IblaiProvider) -> list[str]:
    number = await new_course(ibl)
    course = await ibl.get_course(number)
    subsection = next(b for b in course.blocks() if b.type == "subsection")
    order = [unit.id for unit in reversed(subsection.children)]
    await ibl.reorder_children(number, subsection.id, order)
    return order


REORDER = "POST course-creation/course/1/reorder-children/"


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["lost", "drop"])
async def test_a_reorder_whose_answer_was_lost_is_repeated_with_the_same_full_list(tmp_path, kind):
    sent = await rehearse(reverse_first_subsection, tmp_path)
    sandbox = seeded(sent, nth(sent, REORDER), [kind])
    ibl = provider_for(sandbox, tmp_path)
    order = await reverse_first_subsection(ibl)
    await ibl.aclose()
    assert sandbox.tree().blocks[first_subsection(sandbox)].children == order
    assert sorted(sandbox.names("unit")) == sorted(PLANNED["unit"])  # nothing lost or doubled
    assert sandbox.transport.sent.count(REORDER) == 2


@pytest.mark.anyio
async def test_two_outline_calls_at_once_build_one_outline(tmp_path):
    sandbox = Sandbox()
    ibl = provider_for(sandbox, tmp_path)
    task = await ibl.create_task(BRIEF, TaskOptions())
    outcomes: list[str] = []

    async def outline() -> None:
        try:
            await ibl.generate_outline(task.task_id.split(":", 1)[1], OUTLINE, False)
            outcomes.append("built")
        except Conflict:
            outcomes.append("refused")

    async with anyio.create_task_group() as group:
        group.start_soon(outline)
        group.start_soon(outline)
    await ibl.aclose()
    assert sorted(outcomes) == ["built", "refused"]
    assert {block_type: sandbox.names(block_type) for block_type in PLANNED} == PLANNED


@pytest.mark.anyio
async def test_a_block_under_a_parent_that_is_not_there_is_refused_before_any_create(tmp_path):
    sandbox = Sandbox()
    ibl = provider_for(sandbox, tmp_path)
    number = await new_course(ibl)
    gone = sandbox.tree().of_type("subsection")[0].locator.replace("block@", "block@gone")
    with pytest.raises(NotFound) as refused:
        await ibl.create_block(number, gone, "unit", "Recap", None, "last")
    await ibl.aclose()
    assert "get_course" in refused.value.next_step and sandbox.transport.sent.count(CREATE) == 8
