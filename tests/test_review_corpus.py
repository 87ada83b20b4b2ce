"""review_course on the labelled corpus (tests/corpus): recall and false blocks, tuned and held-back apart.

Held-back E showed that phrase packs miss phrasings nobody wrote down (prose recall 9/18 at its
first run); the prose checks then became general (assistant voice in `voice`, placeholder
shapes in `slots`). Held-back F was written before those rules ran on it and run once (prose
22/22, fine 12/12 at that run); it is the part the rules have never been tuned on. Held-back G was
written blind (neither the rules nor earlier cases read) and run once: prose 32/50, structure and
safety 9/9, fine 29/29. The rules were then generalised on its classes of misses (tuned on new cases
of their own first), so G is reported as tuned and held to what it reaches now: every defect caught
but those listed in MISSED_AFTER_TUNING, every fine course passing.
H, a second blind batch kept from whoever generalised the checks after G, was run once (prose 19/47,
structure and safety 8/8, fine 23/25); a second round of rule work then read it and generalised its
classes of misses (tuned on new cases of their own first), so H too is reported as tuned and held to
what it reaches now: every defect caught, every fine course passing.
Held-back I, a third blind batch written after two rounds of rule work and kept from whoever does the next,
is held to its first sight the same way (tests/corpus/review_cases_i.py records its figures and misses).

Every verdict comes from the review_course tool through the MCP client. Courses are built
through the local store (the fast path) except a fixed sample built step by step through the
MCP tools, so both ways of building are exercised; bench/review_accuracy.py builds every
course through the full client and prints the figures.
"""

import pytest
from corpus import review_cases_g, review_cases_h, review_cases_i
from corpus.build import (
    HELD_BACK_G_PART,
    HELD_BACK_H_PART,
    HELD_BACK_I_PART,
    PROSE,
    STRUCTURE_AND_SAFETY,
    run_cases,
    score,
    split,
)
from corpus.review_cases import CASES

FULL_SAMPLE = {c.name for c in CASES[::10]}


@pytest.fixture(scope="module")
def verdicts():
    import anyio

    return {
        part: anyio.run(lambda cases=cases: run_cases(cases, full=FULL_SAMPLE))
        for part, cases in split().items()
    }


def test_the_corpus_is_large_and_labelled_with_every_kind_of_defect_and_fine_courses():
    assert len(CASES) >= 150 and len({c.name for c in CASES}) == len(CASES)
    categories = {c for case in CASES for c in case.expect}
    assert categories == {"empty", "ungradable", "unsafe", "chatter", "placeholder", "length"}
    assert sum(1 for c in CASES if not c.expect) >= 40
    assert sum(1 for c in CASES if c.held_back) >= 50
    assert {c.language for c in CASES} == {"en", "es", "fr", "de", "pt", "it", "nl", "pl", "sv"}


ALL_PARTS = [
    "tuned",
    "held-back A",
    "held-back B",
    "held-back C",
    "held-back D",
    "held-back E",
    "held-back F",
]


@pytest.mark.parametrize("part", ALL_PARTS)
def test_empty_ungradable_and_unsafe_courses_are_always_blocked(verdicts, part):
    s = score(verdicts[part])
    for category in STRUCTURE_AND_SAFETY:
        hit, total = s.recall[category]
        assert hit == total, s.misses


@pytest.mark.parametrize("part", ALL_PARTS)
def test_prose_defects_are_blocked_at_least_95_percent(verdicts, part):
    s = score(verdicts[part])
    assert s.group_rate(PROSE) >= 0.95, s.misses


@pytest.mark.parametrize("part", ["tuned", "held-back", "held-back E", "held-back F"])
def test_clean_and_tricky_courses_pass_at_least_95_percent(verdicts, part):
    # Batches are small (8-13 fine courses each): the held-back batches are judged together.
    held = [v for name in ALL_PARTS[1:] for v in verdicts[name]]
    judged = held if part == "held-back" else verdicts[part]
    s = score(judged)
    assert s.rate("pass") >= 0.95, s.false_blocks


def test_g_tuned_after_first_sight_catches_its_misses_and_passes_every_fine_course(verdicts):
    judged = verdicts[HELD_BACK_G_PART]
    missed_after = review_cases_g.MISSED_AFTER_TUNING
    assert missed_after < review_cases_g.FIRST_SIGHT_MISSES <= {v.case.name for v in judged}
    missed = {v.case.name for v in judged if v.case.expect - v.blocking}
    assert missed <= missed_after, sorted(missed - missed_after)
    s = score(judged)
    assert s.passed[0] == s.passed[1], s.false_blocks
    for category in STRUCTURE_AND_SAFETY:
        hit, total = s.recall[category]
        assert hit == total, s.misses


def test_h_tuned_after_first_sight_catches_every_defect_and_passes_every_fine_course(verdicts):
    judged = verdicts[HELD_BACK_H_PART]
    seen_then = review_cases_h.FIRST_SIGHT_MISSES | review_cases_h.FIRST_SIGHT_FALSE_BLOCKS
    assert seen_then <= {v.case.name for v in judged}
    missed = {v.case.name for v in judged if v.case.expect - v.blocking}
    assert missed <= review_cases_h.MISSED_AFTER_TUNING, sorted(missed - review_cases_h.MISSED_AFTER_TUNING)
    s = score(judged)
    assert s.passed[0] == s.passed[1], s.false_blocks


@pytest.mark.parametrize(("batch", "part"), [(review_cases_i, HELD_BACK_I_PART)], ids=["I"])
def test_the_held_back_blind_batch_keeps_what_it_caught_at_first_sight_and_blocks_no_more_fine_courses(
    verdicts, batch, part
):
    # Held to what the review did at first sight, not to 95%: a miss or a false block listed then may be
    # fixed later; anything caught then must stay caught, and no other fine course may be blocked.
    missed_then, blocked_then = batch.FIRST_SIGHT_MISSES, batch.FIRST_SIGHT_FALSE_BLOCKS
    judged = verdicts[part]
    assert judged, part
    assert {v.case.name for v in judged} >= missed_then | blocked_then
    lost = [v.case.name for v in judged if v.case.expect - v.blocking and v.case.name not in missed_then]
    assert not lost, lost
    s = score(judged)
    newly_blocked = [
        v.case.name for v in judged if not v.case.expect and v.blocking and v.case.name not in blocked_then
    ]
    assert not newly_blocked, s.false_blocks


def test_an_unreadable_study_time_is_reported_not_skipped(verdicts):
    for name in [*ALL_PARTS, HELD_BACK_G_PART, HELD_BACK_H_PART, HELD_BACK_I_PART]:
        s = score(verdicts[name])
        assert s.warned[0] == s.warned[1], s.misses


def test_the_sample_was_built_through_the_mcp_tools(verdicts):
    built = {v.built for part in verdicts.values() for v in part}
    assert built == {"full", "fast"}
