"""Batch G of held-back briefs is shaped as its docstring says, so its accuracy line means what it claims."""

from collections import Counter

import pytest
from briefs_g import HELD_BACK_G

from coursewright.model import Brief


def test_batch_g_has_48_briefs_half_ready_half_not():
    assert len(HELD_BACK_G) == 48
    assert Counter(case.ready for case in HELD_BACK_G) == {True: 24, False: 24}


def test_batch_g_labels_are_unique_and_state_the_verdict():
    labels = [case.label for case in HELD_BACK_G]
    assert len(set(labels)) == len(labels)
    for case in HELD_BACK_G:
        # The label says why; its first words must agree with the verdict it explains.
        verdict_words = case.label.split(" ", 1)[1]
        assert verdict_words.startswith("ready") == case.ready, case.label
        assert verdict_words.startswith("not ready") == (not case.ready), case.label


def test_batch_g_languages_and_unusual_phrasings_are_as_stated():
    assert Counter(case.lang for case in HELD_BACK_G) == {
        "en": 24,
        "de": 5,
        "fr": 5,
        "es": 5,
        "pt": 4,
        "it": 2,
        "nl": 2,
        "pl": 1,
    }
    assert sum(case.odd for case in HELD_BACK_G) == 20


@pytest.mark.parametrize("case", HELD_BACK_G, ids=lambda case: case.label.split(" ", 1)[0])
def test_each_batch_g_brief_is_a_valid_brief(case):
    brief = Brief(
        name=case.label,
        description=case.description,
        target_audience=case.audience,
        desired_number_of_sections=case.sections,
    )
    assert brief.desired_number_of_sections == case.sections
