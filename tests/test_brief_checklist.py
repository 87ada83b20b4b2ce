"""The brief checklist against a table of briefs, the seed's examples, and arbitrary text."""

import pytest
from briefs import BRIEFS, SEED_STRONG, SEED_WEAK
from hypothesis import given, settings
from hypothesis import strategies as st

from coursewright.demo import load_example
from coursewright.guardrails.brief import QUESTIONS, check_brief, checklist_markdown
from coursewright.model import Brief

CHEAP = ("gpt-4o-mini",)


def brief(
    description: str, audience: str, sections: int = 4, model: str | None = None, name: str = "A course"
):
    return Brief(
        name=name,
        description=description,
        target_audience=audience,
        desired_number_of_sections=sections,
        model=model,
    )


def statuses(report) -> dict[str, str]:
    return {f.field: f.status for f in report.fields}


@pytest.mark.parametrize(
    ("label", "description", "audience", "sections", "ready"), BRIEFS, ids=[b[0] for b in BRIEFS]
)
def test_the_table_of_briefs_gets_the_expected_verdict(label, description, audience, sections, ready):
    report = check_brief(brief(description, audience, sections), cheap_models=CHEAP)
    assert report.ready is ready, (label, statuses(report), report.vague_terms)
    if not ready:
        assert report.questions, "a refused brief must come with questions to ask"


def test_the_table_is_large_and_covers_both_verdicts():
    assert len(BRIEFS) >= 30
    assert sum(1 for b in BRIEFS if b[4]) >= 10 and sum(1 for b in BRIEFS if not b[4]) >= 10


def test_the_seed_weak_brief_is_refused_with_the_seed_questions():
    report = check_brief(brief(*SEED_WEAK), cheap_models=CHEAP)
    assert report.ready is False
    assert QUESTIONS["audience"] in report.questions
    assert QUESTIONS["outcomes"] in report.questions
    assert QUESTIONS["pedagogy"] in report.questions
    assert "beginners" in report.vague_terms


def test_the_seed_strong_brief_is_accepted_and_asks_nothing_about_the_learner():
    report = check_brief(brief(*SEED_STRONG, sections=6), cheap_models=CHEAP)
    assert report.ready is True
    assert statuses(report)["subject_scope"] == "met" and statuses(report)["audience"] == "met"
    assert QUESTIONS["audience"] not in report.questions


def test_the_demo_brief_meets_all_five_fields():
    data = load_example()["brief"]
    report = check_brief(Brief(**data), cheap_models=CHEAP)
    assert report.ready and set(statuses(report).values()) == {"met"}


def test_scope_is_met_only_when_exclusions_are_stated():
    base = "A tutorial on baking bread: flour, yeast, kneading, shaping and proofing loaves at home."
    without = check_brief(brief(base, "x"), cheap_models=CHEAP)
    with_exclusion = check_brief(brief(base + " Excludes sourdough starters.", "x"), cheap_models=CHEAP)
    assert statuses(without)["subject_scope"] == "vague"
    assert statuses(with_exclusion)["subject_scope"] == "met"
    assert "sourdough" in (
        next(f for f in with_exclusion.fields if f.field == "subject_scope").evidence or ""
    )


def test_outcomes_count_measurable_verbs_not_understanding():
    measurable = "By the end learners can build a budget, compare two loans, and calculate interest."
    soft = "By the end learners will understand loans and know about interest."
    too_many = "By the end learners can build, compare, calculate, explain, plot, test, debug, deploy and document apps."
    assert statuses(check_brief(brief(measurable, "x"), cheap_models=CHEAP))["outcomes"] == "met"
    assert statuses(check_brief(brief(soft, "x"), cheap_models=CHEAP))["outcomes"] == "vague"
    report = check_brief(brief(too_many, "x"), cheap_models=CHEAP)
    assert statuses(report)["outcomes"] == "vague" and any("3-7" in w for w in report.warnings)


def test_audience_needs_prior_knowledge_and_weekly_time():
    assert statuses(check_brief(brief("x y z", "Nurses."), cheap_models=CHEAP))["audience"] == "missing"
    partial = check_brief(brief("x y z", "Nurses with two years on a ward."), cheap_models=CHEAP)
    assert statuses(partial)["audience"] == "vague" and QUESTIONS["audience_time"] in partial.questions
    full = check_brief(
        brief("x y z", "Nurses with two years on a ward; 2 hours per week."), cheap_models=CHEAP
    )
    assert statuses(full)["audience"] == "met"


def test_sections_outside_three_to_eight_are_flagged():
    few = check_brief(brief("x y z", "a", sections=2), cheap_models=CHEAP)
    many = check_brief(brief("x y z over 12 weeks", "a", sections=12), cheap_models=CHEAP)
    assert statuses(few)["format"] == "vague"
    assert statuses(many)["format"] == "met" and any("above 8" in w for w in many.warnings)


def test_a_vague_adjective_with_a_measurable_meaning_is_not_flagged():
    flagged = check_brief(brief("A comprehensive course on tax.", "Beginners."), cheap_models=CHEAP)
    explained = check_brief(
        brief("A course on tax.", "Beginners: assumes high-school maths, no accounting."), cheap_models=CHEAP
    )
    assert {"comprehensive", "beginners"} <= set(flagged.vague_terms)
    assert explained.vague_terms == []


def test_a_cheap_model_for_deep_material_and_a_costly_one_for_an_intro_are_both_warned():
    deep = check_brief(brief("Graduate-level measure theory with proofs.", "a"), cheap_models=CHEAP)
    intro = check_brief(brief("An introduction to knitting.", "a", model="gpt-4.1"), cheap_models=CHEAP)
    fitting = check_brief(brief("Graduate-level proofs.", "a", model="gpt-4.1"), cheap_models=CHEAP)
    assert any("stronger model" in w for w in deep.warnings)
    assert any("default model" in w for w in intro.warnings)
    assert not any("model" in w for w in fitting.warnings)


def test_reference_material_is_asked_about_only_when_a_source_is_mentioned():
    aligned = check_brief(
        brief("Prepares for the exam following the national syllabus.", "a"), cheap_models=CHEAP
    )
    plain = check_brief(brief("A course on tea.", "a"), cheap_models=CHEAP)
    assert QUESTIONS["reference"] in aligned.questions and QUESTIONS["reference"] not in plain.questions


def test_the_checklist_resource_names_every_field_and_question():
    text = checklist_markdown()
    for words in ("Subject and scope", "outcome", "Audience", "Pedagogy", "Format"):
        assert words in text
    assert all(q in text for q in QUESTIONS.values())


@settings(max_examples=150, deadline=None)
@given(
    description=st.text(min_size=1, max_size=600),
    audience=st.text(min_size=1, max_size=200),
    sections=st.integers(min_value=1, max_value=30),
    model=st.one_of(st.none(), st.text(max_size=20)),
)
def test_no_brief_text_crashes_the_checklist(description, audience, sections, model):
    report = check_brief(brief(description, audience, sections, model), cheap_models=CHEAP)
    assert [f.field for f in report.fields] == ["subject_scope", "outcomes", "audience", "pedagogy", "format"]
    if report.ready:
        assert all(f.status != "missing" for f in report.fields)
    else:
        assert report.questions
