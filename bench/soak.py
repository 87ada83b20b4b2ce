"""The long fault soak: complete agent workflows on every provider under seeded faults.

The harness is the CI soak's (`tests/soak.py`): the real MCP client, the in-process sandbox with
fault injection, a fake clock, duplicates and lost edits counted from the emulators' own state.
This runs it longer and prints the table that goes into bench/README.md.

    python bench/soak.py [--workflows 250] [--seed 14] [--faults SPEC] [--providers a,b,...]

`--workflows` is per provider; the default providers are the four (LearningStudio in team mode,
where its webhook reaches the server) plus `learningstudio-stdio` (no webhook: only a person can
name a job whose create answer was lost), reported on its own row.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from soak import DEFAULT_FAULTS, LEARNINGSTUDIO_STDIO, PROVIDERS, soak  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workflows", type=int, default=250, help="workflows per provider")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--faults", default=DEFAULT_FAULTS)
    parser.add_argument("--providers", default=",".join((*PROVIDERS, LEARNINGSTUDIO_STDIO)))
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        report = anyio.run(
            lambda: soak(
                args.workflows,
                seed=args.seed,
                faults=args.faults,
                providers=tuple(args.providers.split(",")),
                data_dir=Path(folder),
            )
        )
    print(f"seed {report.seed}, faults {report.faults}, {report.seconds:.0f} s\n")
    print(report.table())
    for totals in report.totals.values():
        for reason, count in totals.reasons.most_common(5):
            print(f"\n{totals.provider}: stopped {count}x at: {reason}")
    for problem in report.problems():
        print(f"- {problem}")
    return 1 if report.crashes or report.duplicates or report.lost_edits else 0


if __name__ == "__main__":
    raise SystemExit(main())
