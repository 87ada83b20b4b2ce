"""Start-up cost: spawn -> tools/list answered over stdio, coursewright against a one-tool MCPServer.

The server is spawned for every chat, so this is the latency a user feels first. Both are
measured in the same run on the same machine; the ratio is what to watch.

    python bench/startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import anyio
from mcp import Client, StdioServerParameters

BASELINE = textwrap.dedent(
    """
    from mcp.server import MCPServer
    server = MCPServer("baseline")

    @server.tool()
    def ping() -> str:
        return "pong"

    server.run()
    """
)


async def time_to_tools_list(params: StdioServerParameters) -> float:
    started = time.perf_counter()
    async with Client(params, mode="legacy") as client:
        await client.list_tools()
    return time.perf_counter() - started


async def startup_ratio(runs: int, *, first_start: bool = False) -> tuple[float, float]:
    """The median over interleaved pairs of coursewright's time / the bare server's, and the bare median.

    `first_start`: every coursewright run gets an empty data folder, so none finds the tool listing
    its predecessor cached (what a user's very first chat costs; every later one is the default case).
    """
    results = await _timings(runs, first_start=first_start)
    pairs = [
        ours / bare
        for ours, bare in zip(results["coursewright serve"], results["baseline MCPServer"], strict=True)
    ]
    return statistics.median(pairs), statistics.median(results["baseline MCPServer"])


async def _timings(runs: int, *, first_start: bool = False) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as folder:
        baseline_file = Path(folder) / "baseline.py"
        baseline_file.write_text(BASELINE)
        results: dict[str, list[float]] = {"baseline MCPServer": [], "coursewright serve": []}
        for run in range(runs):
            data = Path(folder) / (f"data-{run}" if first_start else "data")
            candidates = {
                "baseline MCPServer": StdioServerParameters(
                    command=sys.executable, args=[str(baseline_file)]
                ),
                "coursewright serve": StdioServerParameters(
                    command=sys.executable,
                    args=["-m", "coursewright", "serve"],
                    env={"COURSEWRIGHT_DATA_DIR": str(data)},
                ),
            }
            for name, params in candidates.items():  # interleaved, so machine noise hits both alike
                results[name].append(await time_to_tools_list(params))
    return results


async def measure(runs: int) -> None:
    results = await _timings(runs)
    medians = {name: statistics.median(times) for name, times in results.items()}
    for name, median in medians.items():
        print(f"{name:22s} median {median * 1000:7.1f} ms over {runs} runs")
    ratio = medians["coursewright serve"] / medians["baseline MCPServer"]
    pairs = [a / b for a, b in zip(results["coursewright serve"], results["baseline MCPServer"], strict=True)]
    print(f"ratio of medians coursewright / baseline: {ratio:.2f}")
    print(f"median of interleaved pairs: {statistics.median(pairs):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    anyio.run(measure, parser.parse_args().runs)


if __name__ == "__main__":
    main()
