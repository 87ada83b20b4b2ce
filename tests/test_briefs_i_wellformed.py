"""Held-back batch I is measured, never held to an accuracy: these tests only keep it well formed."""

from __future__ import annotations

import re

from briefs_i import HELD_BACK_I

# The accuracy script passes the label as the brief's name, so a label must not supply a field.
WORDS_THAT_COULD_SUPPLY_A_FIELD = re.compile(
    r"exclu|scope|outcome|objective|audience|learner|section|module|minute|hour|week|method|"
    r"pedagog|level|beginner|novice|intermediate|advanced|[ABC][12]\b",
    re.IGNORECASE,
)


def test_batch_i_holds_sixty_briefs_half_of_them_ready():
    assert len(HELD_BACK_I) == 60
    assert sum(case.ready for case in HELD_BACK_I) == 30


def test_batch_i_labels_are_unique_and_short_enough_to_name_a_brief():
    labels = [case.label for case in HELD_BACK_I]
    assert len(set(labels)) == len(labels)
    assert all(0 < len(label) <= 200 for label in labels)


def test_batch_i_labels_carry_no_word_that_could_supply_a_field():
    assert [case.label for case in HELD_BACK_I if WORDS_THAT_COULD_SUPPLY_A_FIELD.search(case.label)] == []


def test_batch_i_labels_state_the_verdict_and_language_their_case_holds():
    for case in HELD_BACK_I:
        number, lang, verdict = case.label.split()[:3]
        assert re.fullmatch(r"I\d\d", number)
        assert lang == case.lang
        assert verdict == ("ready" if case.ready else "not-ready")


def test_batch_i_section_counts_are_whole_numbers_and_every_brief_has_text():
    for case in HELD_BACK_I:
        assert isinstance(case.sections, int) and case.sections >= 1
        assert case.description.strip() and case.audience.strip()
