"""Every issue-13 figure in one command, each against a baseline measured in the same run.

    python bench/run.py               # every measurement
    python bench/run.py edits waits   # only these

A measurement is a function in `MEASUREMENTS` that returns `Figure`s; add one by writing the
function and listing it. Timings are medians of interleaved runs on this machine; counts are
exact. See bench/README.md for what each one measures and the last results.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mcp import Client  # noqa: E402

from coursewright.config import Settings  # noqa: E402
from coursewright.formats.olx.export import CourseMeta, course_files  # noqa: E402
from coursewright.model import Brief, OutlineSection, TaskOptions  # noqa: E402
from coursewright.providers.local.adapter import LocalProvider  # noqa: E402
from coursewright.server import build_server  # noqa: E402


@dataclass
class Figure:
    name: str
    value: float
    baseline: float | None
    unit: str
    target: str

    def line(self) -> str:
        against = "" if self.baseline is None else f"  (baseline {self.baseline:.3g} {self.unit})"
        return f"{self.name:44} {self.value:10.3g} {self.unit:7}{against}  target: {self.target}"


BRIEF = Brief(
    name="Spreadsheet Reporting for Team Leads",
    description="Weekly reports in Google Sheets: imports, lookups, pivot tables and charts.",
    target_audience="Team leads; about 3 hours a week; plain English.",
)


def outline(units: int, content: bool = True) -> list[OutlineSection]:
    """`units` units in sections of 10 subsections of 10 (fewer when the course is small)."""
    per = 10 if units >= 100 else max(1, units // 2)
    sections, made = [], 0
    while made < units:
        subsections = []
        while made < units and len(subsections) < 10:
            count = min(per, units - made)
            subsections.append(
                {
                    "title": f"Part {len(sections)}.{len(subsections)}",
                    "units": [
                        {
                            "title": f"Lesson {made + n}",
                            **(
                                {"content": f"<h3>Lesson {made + n}</h3><p>Text of lesson {made + n}.</p>"}
                                if content
                                else {}
                            ),
                        }
                        for n in range(count)
                    ],
                }
            )
            made += count
        sections.append({"title": f"Section {len(sections)}", "subsections": subsections})
    return [OutlineSection.model_validate(s) for s in sections]


async def local_course(provider: LocalProvider, units: int) -> str:
    task = await provider.create_task(BRIEF, TaskOptions())
    course = await provider.generate_outline(task.task_id.split(":")[1], outline(units), False)
    return course.course_id.split(":")[1]


def median_s(samples: list[float]) -> float:
    return statistics.median(samples)


# --- item 3: costs flat in course size -------------------------------------------------------------


async def edits() -> list[Figure]:
    """The same edit_xblock update through the MCP client in a 10-unit and a 1,000-unit course."""
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        provider = LocalProvider(data)
        small, large = await local_course(provider, 10), await local_course(provider, 1_000)
        server = build_server(Settings(_env_file=None, data_dir=data))
        async with Client(server) as client:
            units = {}
            for number in (small, large):
                tree = (
                    await client.call_tool("get_course", {"course_id": f"local:{number}"})
                ).structured_content
                units[number] = tree["root"]["children"][0]["children"][0]["children"][0]["id"]
            times: dict[str, list[float]] = {small: [], large: []}
            for round_ in range(40):
                for number in (small, large) if round_ % 2 else (large, small):
                    started = time.perf_counter()
                    result = await client.call_tool(
                        "edit_xblock",
                        {
                            "course_id": f"local:{number}",
                            "action": "update",
                            "block_id": units[number],
                            "content": f"<p>Revision {round_}.</p>",
                        },
                    )
                    times[number].append(time.perf_counter() - started)
                    assert not result.is_error
        get_small, get_large = [], []
        for _ in range(5):
            started = time.perf_counter()
            await provider.get_course(small, True)
            get_small.append(time.perf_counter() - started)
            started = time.perf_counter()
            await provider.get_course(large, True)
            get_large.append(time.perf_counter() - started)
    ratio = median_s(times[large]) / median_s(times[small])
    return [
        Figure("edit_xblock update, 1,000 units / 10 units", ratio, 1.0, "x", "<= 1.2"),
        Figure(
            "  edit in the 1,000-unit course",
            median_s(times[large]) * 1000,
            median_s(times[small]) * 1000,
            "ms",
            "(10-unit course is the baseline)",
        ),
    ]


def _old_archive(course: Any, meta: CourseMeta, target: Path) -> None:
    """The previous publish: every file written to a folder, then the folder tarred (the baseline)."""
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch) / "course"
        for relative, data in course_files(course, meta).items():
            path = base / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data) if isinstance(data, bytes) else path.write_text(data, encoding="utf-8")
        with tarfile.open(target, "w:gz") as tar:
            tar.add(base, arcname="course")


PUBLISH_ROUNDS = 21  # each size published once a round; the baseline every seventh round


async def publish() -> list[Figure]:
    """Provider publish (read the course, write the archive) at 1,000 and 5,000 units.

    The two sizes alternate which goes first from round to round, and each sample starts from a
    collected heap, so neither a collection owed by the step before nor the order is charged to
    one size. A publish is short next to the baseline, so each size gets 21 samples and the
    baseline, timed every seventh round, 3."""
    with tempfile.TemporaryDirectory() as folder:
        provider = LocalProvider(Path(folder))
        one_k, five_k = await local_course(provider, 1_000), await local_course(provider, 5_000)
        new: dict[str, list[float]] = {one_k: [], five_k: []}
        old = []
        for round_ in range(PUBLISH_ROUNDS):
            for number in (one_k, five_k) if round_ % 2 == 0 else (five_k, one_k):
                gc.collect()
                started = time.perf_counter()
                await provider.publish(number)
                new[number].append(time.perf_counter() - started)
            if round_ % 7 == 0:
                gc.collect()
                started = time.perf_counter()
                course, meta = provider.store.export_view(int(one_k))
                _old_archive(course, CourseMeta(**meta), Path(folder) / "old.tar.gz")
                old.append(time.perf_counter() - started)
                del course
    one, five = median_s(new[one_k]), median_s(new[five_k])
    return [
        Figure("publish, 1,000 units", one, median_s(old), "s", "< 1 (baseline: folder then tar)"),
        Figure("publish, 5,000 units / 1,000 units", five / one, 5.0, "x", "<= 5.5"),
    ]


async def concurrency() -> list[Figure]:
    """30 callers at once on a 1,000-unit course through the tools: 15 get_course, 15 edit_xblock."""
    errors = 0
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        provider = LocalProvider(data)
        number = await local_course(provider, 1_000)
        course = await provider.get_course(number)
        units = [u.id for u in course.units()]
        server = build_server(Settings(_env_file=None, data_dir=data))
        async with Client(server) as client:

            async def one(n: int) -> None:
                nonlocal errors
                if n % 2:
                    arguments = {"course_id": f"local:{number}", "include_content": True}
                    result = await client.call_tool("get_course", arguments)
                else:
                    arguments = {
                        "course_id": f"local:{number}",
                        "action": "update",
                        "block_id": units[n * 7],
                        "content": f"<p>Concurrent edit {n}.</p>",
                    }
                    result = await client.call_tool("edit_xblock", arguments)
                errors += bool(result.is_error)

            async with anyio.create_task_group() as group:
                for n in range(30):
                    group.start_soon(one, n)
    return [Figure("30 concurrent callers, 1,000 units: errors", errors, None, "errors", "0")]


# --- item 4: waits that end on time ------------------------------------------------------------------


async def waits() -> list[Figure]:
    """poll_until_ready on each platform's sandbox at time scale 1 on a fake clock, several course
    sizes and job lengths; baseline: the same jobs waited for with the seed's back-off."""
    from wait_scenarios import one_wait

    from coursewright import waiting

    figures = []
    sizes = (8, 12, 16, 24, 32)
    with tempfile.TemporaryDirectory() as folder:
        for platform in ("iblai", "tutorflow", "learningstudio"):
            planned = [
                await one_wait(platform, n, Path(folder) / f"{platform}-{n}", units)
                for n, units in enumerate(sizes)
            ]
            original = waiting.WaitPlan.seen

            def without_expected(self, at, progress, expected_s, original=original):
                return original(self, at, progress, None)

            waiting.WaitPlan.seen = without_expected
            try:
                backoff = [
                    await one_wait(platform, n, Path(folder) / f"{platform}-{n}-b", units)
                    for n, units in enumerate(sizes)
                ]
            finally:
                waiting.WaitPlan.seen = original
            figures.append(
                Figure(
                    f"{platform}: latest wait, share of the job",
                    100 * max(w.late_share for w in planned),
                    100 * max(w.late_share for w in backoff),
                    "%",
                    "<= 10",
                )
            )
            figures.append(
                Figure(
                    f"{platform}: most probes for one job",
                    max(w.probes for w in planned),
                    max(w.probes for w in backoff),
                    "probes",
                    "<= 12",
                )
            )
    return figures


# --- item 5: local in a few calls --------------------------------------------------------------------


async def local_calls() -> list[Figure]:
    """Tool calls from brief to published for a 16-unit local course: units handed over with the
    outline, against writing each unit with edit_xblock (the baseline)."""
    from mcp.types import ElicitResult

    async def yes(context: Any, params: Any) -> ElicitResult:
        return ElicitResult(action="accept", content={"confirm": True})

    brief = {
        "name": "Spreadsheet Reporting for Team Leads",
        "description": (
            "A tutorial course on building weekly reports in Google Sheets: clean imports, lookups, pivot "
            "tables and charts a manager can read. Not covered: Apps Script and BigQuery. By the end team leads "
            "can import a CSV export, join two sheets with XLOOKUP, build a pivot table of hours by project, "
            "chart a weekly trend and share a read-only report. Each section ends with a short graded quiz. "
            "Format: four sections with about 16 units over six weeks."
        ),
        "target_audience": (
            "Team leads who use Sheets for lists but have never built a pivot table; about 3 hours a week; "
            "plain English."
        ),
        "desired_number_of_sections": 4,
    }
    counts = []
    for bulk in (True, False):
        with tempfile.TemporaryDirectory() as folder:
            server = build_server(Settings(_env_file=None, data_dir=Path(folder)))
            calls = 0
            async with Client(server, elicitation_callback=yes) as client:

                async def call(tool: str, **arguments: Any) -> dict[str, Any]:
                    nonlocal calls
                    calls += 1
                    result = await client.call_tool(tool, arguments)
                    if result.is_error:
                        raise RuntimeError(f"{tool}: {result.content}")
                    return result.structured_content or {}

                await call("check_brief", **brief)
                task = await call("create_task", **brief, provider="local")
                sections = [
                    {
                        "title": f"Week {s + 1}: {topic}",
                        "subsections": [
                            {
                                "title": f"{topic} in practice",
                                "units": [
                                    {
                                        "title": f"{topic}, step {u + 1}",
                                        **({"content": _page(topic, u)} if bulk else {}),
                                    }
                                    for u in range(4)
                                ],
                            }
                        ],
                    }
                    for s, topic in enumerate(("Imports", "Lookups", "Pivot tables", "Charts"))
                ]
                made = await call("generate_outline", task_id=task["task_id"], outline=sections)
                if not bulk:
                    for section in made["tree"]["children"]:
                        for unit in section["children"][0]["children"]:
                            topic, _, step = unit["display_name"].partition(", step ")
                            await call(
                                "edit_xblock",
                                course_id=made["course_id"],
                                action="update",
                                block_id=unit["id"],
                                content=_page(topic, int(step) - 1),
                            )
                review = await call("review_course", course_id=made["course_id"])
                published = await call("publish", course_id=made["course_id"])
                if not (review["ok"] and published["published"]):
                    raise RuntimeError(f"the 16-unit course did not publish: {review}")
            counts.append(calls)
    return [Figure("local brief -> published, 16 units: tool calls", counts[0], counts[1], "calls", "<= 8")]


def _page(topic: str, step: int) -> str:
    return (
        f"<h3>{topic}, step {step + 1}</h3><p>Open the weekly export and practise {topic.lower()} on the "
        f"sample sheet: follow the worked example, then repeat it on your own team's data.</p>"
    )


async def tools_list() -> list[Figure]:
    """Compact JSON of what tools/list publishes, against the 40,887 bytes measured before issue 13."""
    import json

    with tempfile.TemporaryDirectory() as folder:
        async with Client(build_server(Settings(data_dir=Path(folder), _env_file=None))) as client:
            listed = await client.list_tools()
    wire = {"tools": [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in listed.tools]}
    size = len(json.dumps(wire, separators=(",", ":")).encode())
    return [Figure(f"tools/list, {len(listed.tools)} tools", size, 40_887, "bytes", "<= 14,000")]


async def startup() -> list[Figure]:
    """Spawn to an answered tools/list over stdio: median of interleaved pairs against a bare MCPServer."""
    from startup import startup_ratio

    ratio, baseline_s = await startup_ratio(runs=10)
    first, _ = await startup_ratio(runs=5, first_start=True)
    return [
        Figure(
            "cold start, coursewright / bare MCPServer",
            ratio,
            1.0,
            "x",
            f"<= 1.10 (bare: {baseline_s * 1000:.0f} ms)",
        ),
        Figure("  first start ever (no cached tool listing)", first, 1.0, "x", "(for information)"),
    ]


MEASUREMENTS: dict[str, Callable[[], Any]] = {
    "tools_list": tools_list,
    "startup": startup,
    "edits": edits,
    "publish": publish,
    "concurrency": concurrency,
    "waits": waits,
    "local_calls": local_calls,
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "only", nargs="*", help=f"measurements to run, of {', '.join(MEASUREMENTS)} (default: all)"
    )
    chosen = parser.parse_args().only or list(MEASUREMENTS)
    unknown = [name for name in chosen if name not in MEASUREMENTS]
    if unknown:
        parser.error(f"no measurement named {', '.join(unknown)}; choose from {', '.join(MEASUREMENTS)}")
    for name in chosen:
        for figure in anyio.run(MEASUREMENTS[name]):
            print(figure.line(), flush=True)


if __name__ == "__main__":
    main()
