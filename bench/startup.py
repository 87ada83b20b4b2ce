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


async def measure(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        baseline_file = Path(folder) / "baseline.py"
        baseline_file.write_text(BASELINE)
        env = {"COURSEWRIGHT_DATA_DIR": str(Path(folder) / "data")}
        candidates = {
            "baseline MCPServer": StdioServerParameters(command=sys.executable, args=[str(baseline_file)]),
            "coursewright serve": StdioServerParameters(
                command=sys.executable, args=["-m", "coursewright", "serve"], env=env
            ),
        }
        results: dict[str, list[float]] = {name: [] for name in candidates}
        for _ in range(runs):
            for name, params in candidates.items():  # interleaved, so machine noise hits both alike
                results[name].append(await time_to_tools_list(params))
    medians = {name: statistics.median(times) for name, times in results.items()}
    for name, median in medians.items():
        print(f"{name:22s} median {median * 1000:7.1f} ms over {runs} runs")
    ratio = medians["coursewright serve"] / medians["baseline MCPServer"]
    print(f"ratio coursewright / baseline: {ratio:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    anyio.run(measure, parser.parse_args().runs)


if __name__ == "__main__":
    main()
