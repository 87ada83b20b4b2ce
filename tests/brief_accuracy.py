"""Accuracy of the brief checklist on the labelled briefs, tuned and held-back parts apart.

    python tests/brief_accuracy.py [--misses]

Batch G (tests/briefs_g.py) is a third part, written blind, tuned on after its first sight, and
reported on its own line.

Prints, for each part: how many verdicts are right, how many briefs were called ready that
should not be (false-ready: the costly error, a thin course gets built), how many good briefs
were refused, and the same split by language and for the unusually phrased ones.

Batch H (tests/briefs_h.py), a second blind batch, was tuned on after its first sight (round 2)
and is reported on its own line as "H (tuned after first sight)"; its first-sight figures are
kept in that file.

Batch I (tests/briefs_i.py), a third blind batch, is reported on its own line. The last line
totals every part never tuned on (held-back and I), so one figure says how the checklist does on
briefs it has not seen.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefs import BRIEFS, HELD_BACK, Case  # noqa: E402
from briefs_g import HELD_BACK_G  # noqa: E402
from briefs_h import HELD_BACK_H  # noqa: E402
from briefs_i import HELD_BACK_I  # noqa: E402

from coursewright.guardrails.brief import check_brief  # noqa: E402
from coursewright.model import Brief  # noqa: E402


def verdict(case: Case) -> bool:
    brief = Brief(
        name="Course",  # neutral: labels describe the verdict, and the rules read the name
        description=case.description,
        target_audience=case.audience,
        desired_number_of_sections=case.sections,
    )
    return check_brief(brief, cheap_models=("gpt-4o-mini",)).ready


def score(cases: list[Case]) -> dict[str, object]:
    right = false_ready = false_refused = 0
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for case in cases:
        got = verdict(case)
        ok = got == case.ready
        right += ok
        false_ready += got and not case.ready
        false_refused += case.ready and not got
        for group in {case.lang, "unusual" if case.odd else "plain"}:
            groups[group][0] += ok
            groups[group][1] += 1
        if not ok:
            misses.append(f"{'false-ready' if got else 'refused'}: {case.label}")
    return {
        "total": len(cases),
        "right": right,
        "false_ready": false_ready,
        "false_refused": false_refused,
        "groups": dict(groups),
        "misses": misses,
    }


def report(name: str, result: dict[str, object], show_misses: bool) -> str:
    total, right = result["total"], result["right"]
    lines = [
        f"{name}: {right}/{total} right ({100 * right / total:.1f} %), "
        f"false-ready {result['false_ready']}, good briefs refused {result['false_refused']}"
    ]
    groups = result["groups"]
    lines.append(
        "  " + ", ".join(f"{g} {groups[g][0]}/{groups[g][1]}" for g in sorted(groups))  # type: ignore[index]
    )
    if show_misses:
        lines += [f"  - {m}" for m in result["misses"]]  # type: ignore[union-attr]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="name each brief judged wrongly")
    args = parser.parse_args()
    print(report("tuned", score(BRIEFS), args.misses))
    print(report("held-back", score(HELD_BACK), args.misses))
    print(report("G (tuned after first sight)", score(HELD_BACK_G), args.misses))
    print(report("H (tuned after first sight)", score(HELD_BACK_H), args.misses))
    print(report("held-back I (blind)", score(HELD_BACK_I), args.misses))
    never_tuned = [*HELD_BACK, *HELD_BACK_I]
    print(report("held-back total (held-back, I)", score(never_tuned), show_misses=False))


if __name__ == "__main__":
    main()
