"""Accuracy of review_course on the labelled review corpus, tuned and held-back parts apart.

Every course is built on the local provider and judged by the review_course tool through
the MCP client (tests/corpus/build.py). By default every course is built through the full
MCP client too; --fast builds through the local store and keeps the MCP review.

    python bench/review_accuracy.py [--fast] [--quiet] [--part all|tuned|held-back|"held-back C"]

G ("G (tuned after first sight)", --part G) was written blind and run once (prose 32/50), then the
rules were generalised on its classes of misses: it is reported apart and no longer counts as held back.
H ("H (tuned after first sight)", --part H) is a second blind batch, run once (prose 19/47, 29/47 after
the work on G); the rules were then generalised on its classes of misses, so it too is reported apart.
Held-back I ("held-back I (blind)", --part "held-back I") is a third blind batch, run once, written to
measure the review on courses it has never seen after the rule work on G and on H.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from corpus.build import HELD_BACK_I_PART, report, run_cases, split  # noqa: E402


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--fast", action="store_true", help="build through the local store (review still via MCP)"
    )
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    parser.add_argument("--part", default="all", help="all, tuned, held-back, or one batch: 'held-back C'")
    args = parser.parse_args()
    parts = split()
    parts["held-back (all)"] = (
        parts["held-back A"]
        + parts["held-back B"]
        + parts["held-back C"]
        + parts["held-back D"]
        + parts["held-back E"]
        + parts["held-back F"]
        + parts[HELD_BACK_I_PART]
    )
    for title, cases in parts.items():
        if args.part != "all" and not title.startswith(args.part):
            continue
        start = time.perf_counter()
        verdicts = await run_cases(cases, full=set() if args.fast else None)
        print(report(f"{title} part", verdicts, details=not args.quiet))
        print(f"  ({time.perf_counter() - start:.1f} s)\n")


if __name__ == "__main__":
    anyio.run(main)
