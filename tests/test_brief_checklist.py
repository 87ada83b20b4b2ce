"""The brief checklist against a table of briefs, the seed's examples, and arbitrary text."""

import pytest
from briefs import BRIEFS, HELD_BACK, SEED_STRONG, SEED_WEAK, Case
from hypothesis import given, settings
from hypothesis import strategies as st

from coursewright.demo.flow import load_example
from coursewright.guardrails.brief import QUESTIONS, check_brief, checklist_markdown
from coursewright.guardrails.textfold import tidy_whitespace
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


def _verdict(case: Case):
    return check_brief(brief(case.description, case.audience, case.sections), cheap_models=CHEAP)


@pytest.mark.parametrize("case", BRIEFS, ids=[b.label for b in BRIEFS])
def test_the_table_of_briefs_gets_the_expected_verdict(case):
    report = _verdict(case)
    assert report.ready is case.ready, (case.label, statuses(report), report.vague_terms)
    if not case.ready:
        assert report.questions, "a refused brief must come with questions to ask"


def test_the_held_back_briefs_are_judged_right_with_no_false_ready():
    """The part the rules were not tuned on: at least 95 % right, and never a thin brief called ready."""
    wrong = [(c.label, c.ready) for c in HELD_BACK if _verdict(c).ready is not c.ready]
    false_ready = [label for label, expected in wrong if not expected]
    assert not false_ready
    assert len(wrong) <= len(HELD_BACK) * 0.05, wrong


def test_the_corpus_is_large_varied_and_keeps_a_held_back_part():
    everything = BRIEFS + HELD_BACK
    assert len(everything) >= 120 and len(HELD_BACK) >= 30
    assert sum(c.lang != "en" for c in everything) * 3 >= len(everything)
    assert sum(c.odd for c in everything) * 3 >= len(everything)
    assert {c.lang for c in everything} == {"en", "es", "fr", "de", "pt", "it", "nl", "pl"}
    # The held-back part is never added to: it fell to 16 ready of 54 when the language level became
    # required (ten of its ready briefs state none), so it is held to a quarter, the tuned part to a third.
    for part, share in ((BRIEFS, 3), (HELD_BACK, 4)):
        assert (
            sum(c.ready for c in part) >= len(part) // share
            and sum(not c.ready for c in part) >= len(part) // 3
        )
    assert len({c.label for c in everything}) == len(everything), "labels name each case once"


def test_the_seed_weak_brief_is_refused_with_the_seed_questions():
    report = check_brief(brief(*SEED_WEAK), cheap_models=CHEAP)
    assert report.ready is False
    assert QUESTIONS["audience"] in report.questions
    assert QUESTIONS["outcomes"] in report.questions
    assert QUESTIONS["pedagogy"] in report.questions
    assert "beginners" in report.vague_terms


def test_the_seed_strong_brief_fails_only_for_its_missing_outcomes_and_asks_nothing_about_the_learner():
    """The seed's own 'strong' example lists topics, not outcomes: with every field required, that alone refuses it."""
    report = check_brief(brief(*SEED_STRONG, sections=6), cheap_models=CHEAP)
    assert report.ready is False
    assert [f.field for f in report.fields if f.status != "met"] == ["outcomes"]
    assert QUESTIONS["outcomes"] in report.questions and QUESTIONS["audience"] not in report.questions
    description, audience = SEED_STRONG
    with_outcomes = description.replace(
        "Every section",
        "By the end learners can load a CSV of airline delays, clean its missing values and write a monthly summary to JSON. Every section",
    )
    assert check_brief(brief(with_outcomes, audience, sections=6), cheap_models=CHEAP).ready is True


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
    too_many = (
        "By the end learners can build a budget, compare loans, calculate interest, explain a payslip, plot "
        "spending, test a savings plan, negotiate a bill, file a tax return and read a pension statement."
    )
    assert statuses(check_brief(brief(measurable, "x"), cheap_models=CHEAP))["outcomes"] == "met"
    assert statuses(check_brief(brief(soft, "x"), cheap_models=CHEAP))["outcomes"] == "vague"
    report = check_brief(brief(too_many, "x"), cheap_models=CHEAP)
    assert statuses(report)["outcomes"] == "vague" and any("3-7" in w for w in report.warnings)
    assert report.ready is False


def test_a_list_of_verbs_sharing_one_object_is_one_outcome():
    one = "Students will analyse, evaluate, design, implement and present project solutions."
    report = check_brief(brief(one, "x"), cheap_models=CHEAP)
    outcomes = next(f for f in report.fields if f.field == "outcomes")
    assert outcomes.status == "vague" and "Only 1" in (outcomes.need or "")
    assert "one outcome" in (outcomes.need or "")


def test_practical_verbs_off_a_short_list_make_outcomes():
    text = (
        "By the end learners can strum a four-chord song, show a guest to the lift, greet a customer, tell the "
        "time in Portuguese and set up a home router."
    )
    report = check_brief(brief(text, "x"), cheap_models=CHEAP)
    assert statuses(report)["outcomes"] == "met"


def test_an_exclusion_must_name_what_is_left_out():
    base = "A tutorial on baking bread at home: flour, yeast, kneading, shaping and proofing loaves in a home oven. "
    vague = check_brief(brief(base + "Exclude irrelevant material.", "x"), cheap_models=CHEAP)
    scope = next(f for f in vague.fields if f.field == "subject_scope")
    assert scope.status == "vague" and "names nothing" in (scope.need or "")
    for exclusion in (
        "Not in this module: sourdough starters.",
        "We are not doing sourdough this time.",
        "Sourdough is out of scope.",
        "No sourdough, no enriched doughs.",
    ):
        report = check_brief(brief(base + exclusion, "x"), cheap_models=CHEAP)
        assert statuses(report)["subject_scope"] == "met", exclusion


@pytest.mark.parametrize(
    "time",
    [
        "three 45-minute lessons a week",
        "one lunch break a week",
        "two evenings a week",
        "every Tuesday evening for about 3 hours",
        "30 minutes a day",
        "4 Stunden pro Woche",
        "dos sesiones de 45 minutos a la semana",
    ],
)
def test_weekly_time_written_as_sessions_counts_as_study_time(time):
    report = check_brief(
        brief("x y z", f"Nurses with two years on a ward; plain English; {time}."), cheap_models=CHEAP
    )
    assert statuses(report)["audience"] == "met", time


def test_an_audience_that_cannot_follow_the_scope_is_not_ready():
    scope = (
        "CPython internals: the bytecode compiler, the evaluation loop and the garbage collector. Not covered: "
        "C extensions. By the end learners can read a bytecode listing, trace a frame through the evaluation "
        "loop, and explain when the cycle collector runs. Lab exercises every week. 6 weeks."
    )
    novice = check_brief(
        brief(scope, "Absolute beginners who have never programmed; 3 hours a week; plain English."),
        cheap_models=CHEAP,
    )
    expert = check_brief(
        brief(scope, "Python developers who have written C extensions; 3 hours a week; plain English."),
        cheap_models=CHEAP,
    )
    assert novice.ready is False and any("cannot follow" in w for w in novice.warnings)
    assert QUESTIONS["audience_scope"] in novice.questions
    assert expert.ready is True


@pytest.mark.parametrize("lang", ["es", "fr", "de", "pt", "it", "nl", "pl"])
def test_briefs_in_other_languages_are_judged_like_english_ones(lang):
    cases = [c for c in BRIEFS + HELD_BACK if c.lang == lang]
    assert any(c.ready for c in cases) and any(not c.ready for c in cases)
    for case in (c for c in BRIEFS if c.lang == lang):
        assert _verdict(case).ready is case.ready, case.label
    # Held back: never a thin brief called ready, in any language.
    assert not [c.label for c in HELD_BACK if c.lang == lang and not c.ready and _verdict(c).ready]


def test_audience_needs_prior_knowledge_and_weekly_time():
    assert statuses(check_brief(brief("x y z", "Nurses."), cheap_models=CHEAP))["audience"] == "missing"
    partial = check_brief(brief("x y z", "Nurses with two years on a ward."), cheap_models=CHEAP)
    assert statuses(partial)["audience"] == "vague" and QUESTIONS["audience_time"] in partial.questions
    full = check_brief(
        brief("x y z", "Nurses with two years on a ward; plain English; 2 hours per week."),
        cheap_models=CHEAP,
    )
    assert statuses(full)["audience"] == "met"


COMPLETE = (
    "Knife skills for home cooks: the claw grip, dicing an onion, julienne, sharpening on a whetstone. Excludes "
    "butchery and fish filleting. By the end learners can dice an onion evenly, cut a julienne of carrot, hone a "
    "knife and sharpen it on a whetstone. Demonstrations followed by timed practice. 6 weeks.",
    "Home cooks who cook most days; plain English; 3 hours a week.",
)


def test_an_audience_without_a_language_level_is_not_ready():
    report = check_brief(
        brief(COMPLETE[0], "Home cooks who cook most days; 3 hours a week."), cheap_models=CHEAP
    )
    audience = next(f for f in report.fields if f.field == "audience")
    assert report.ready is False and audience.status == "vague" and "language level" in (audience.need or "")
    assert QUESTIONS["audience_language"] in report.questions


def test_a_complete_brief_is_ready_with_every_field_met():
    report = check_brief(brief(*COMPLETE, sections=4), cheap_models=CHEAP)
    assert report.ready and set(statuses(report).values()) == {"met"}


@pytest.mark.parametrize("sections", [1, 2, 9, 12])
def test_sections_outside_three_to_eight_fail_an_otherwise_complete_brief(sections):
    report = check_brief(brief(*COMPLETE, sections=sections), cheap_models=CHEAP)
    fmt = next(f for f in report.fields if f.field == "format")
    assert report.ready is False and fmt.status == "vague"
    assert "outside 3-8" in (fmt.need or "") and f"{sections} section" in (fmt.need or "")


@pytest.mark.parametrize("sections", [3, 8])
def test_three_and_eight_sections_are_inside_the_bounds(sections):
    assert check_brief(brief(*COMPLETE, sections=sections), cheap_models=CHEAP).ready is True


def test_one_vague_field_is_enough_to_refuse_a_brief():
    without_exclusion = COMPLETE[0].replace(" Excludes butchery and fish filleting.", "")
    report = check_brief(brief(without_exclusion, COMPLETE[1]), cheap_models=CHEAP)
    assert statuses(report) == {
        "subject_scope": "vague",
        "outcomes": "met",
        "audience": "met",
        "pedagogy": "met",
        "format": "met",
    }
    assert report.ready is False and report.next_step.startswith("Not ready")


@pytest.mark.parametrize(
    "outcomes, ready",
    [
        ("build a compost bay and measure the heat of a heap", False),
        ("build a compost bay, measure the heat of a heap and fix a slimy heap", True),
        (
            "build a compost bay, measure the heat of a heap, fix a slimy heap, turn a heap, cover a bay for "
            "winter, spread a mulch, plan a second bay, log the weekly heat, water a dry heap and harvest "
            "finished compost",
            False,
        ),
    ],
    ids=["two", "three", "ten"],
)
def test_outcomes_must_number_three_to_seven(outcomes, ready):
    description = (
        f"Home composting. Not covered: worm farms, community schemes. Learners will {outcomes}. Hands-on "
        "demonstrations in the allotment. 4 weeks."
    )
    audience = "Allotment holders who have grown vegetables for a season; plain English; 2 hours a week."
    report = check_brief(brief(description, audience), cheap_models=CHEAP)
    assert report.ready is ready and (statuses(report)["outcomes"] == "met") is ready


def test_an_exclusion_does_not_rescue_an_open_ended_scope():
    description = COMPLETE[0].replace(
        "Knife skills for home cooks: the claw grip, dicing an onion, julienne, sharpening on a whetstone.",
        "A broad journey through kitchen life, shaped by whatever the group wants on the day.",
    )
    report = check_brief(brief(description, COMPLETE[1]), cheap_models=CHEAP)
    assert statuses(report)["subject_scope"] == "vague" and report.ready is False


def test_a_level_word_with_a_measurable_meaning_is_not_flagged():
    flagged = check_brief(brief("A comprehensive course on tax.", "Beginners."), cheap_models=CHEAP)
    explained = check_brief(
        brief("A course on tax.", "Beginners: assumes high-school maths, no accounting."), cheap_models=CHEAP
    )
    assert flagged.vague_terms == ["beginners"]
    assert any("'comprehensive'" in q for q in flagged.questions), (
        "other empty adjectives are still asked about"
    )
    assert explained.vague_terms == []


def test_an_unexplained_level_word_refuses_a_complete_brief_and_buzzwords_do_not():
    level = check_brief(
        brief(COMPLETE[0], "Intermediate cooks; plain English; 3 hours a week."), cheap_models=CHEAP
    )
    praise = check_brief(brief(COMPLETE[0].replace("Demonstrations", "Engaging demonstrations"), COMPLETE[1]),
                         cheap_models=CHEAP)  # fmt: skip
    assert level.ready is False and level.vague_terms == ["intermediate"]
    assert praise.ready is True and praise.vague_terms == []


def test_an_expert_as_a_person_is_not_a_level_word():
    text = COMPLETE[0] + " Learners decide when a blunt knife goes to an expert for regrinding."
    assert check_brief(brief(text, COMPLETE[1]), cheap_models=CHEAP).vague_terms == []


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


def test_a_word_that_merely_starts_with_no_is_not_an_exclusion():
    text = (
        "A tutorial on bullet journaling at home: spreads, trackers, habit logs, monthly reviews and layouts "
        "for busy parents. Notebooks and pens are supplied."
    )
    report = check_brief(brief(text, "x"), cheap_models=CHEAP)
    assert statuses(report)["subject_scope"] == "vague"
    named = check_brief(brief(text + " No calligraphy, no watercolour.", "x"), cheap_models=CHEAP)
    assert statuses(named)["subject_scope"] == "met"
    exceptional = (
        "A tutorial on exceptional service for hotel staff: greeting, complaints, checkout and phone calls."
    )
    assert statuses(check_brief(brief(exceptional, "x"), cheap_models=CHEAP))["subject_scope"] == "vague"


@pytest.mark.parametrize("blank", [" ", "\t", "\n", "\u00a0", " \n"])
def test_a_brief_of_thousands_of_blanks_is_judged_not_ready(blank):
    # Runs of blanks once made several patterns backtrack for minutes (a denial of service).
    padded = (blank * 20_000)[:19_990] + "Python."
    report = check_brief(brief(padded, (blank * 2_000)[:1_990] + "Adults."), cheap_models=CHEAP)
    assert report.ready is False and report.questions


def test_blanks_only_change_the_spacing_of_a_brief_not_its_verdict():
    data = load_example()["brief"]
    spread = {
        **data,
        "description": data["description"].replace(" ", "  \t ").replace("\n", "\n \n\n\n"),
        "target_audience": data["target_audience"].replace(" ", "   "),
    }
    assert check_brief(Brief(**spread), cheap_models=CHEAP).ready is True


def test_blank_runs_are_tidied_to_one_space_and_one_blank_line():
    assert tidy_whitespace("  a \t b \n\n\n\n  - c  \n d\u00a0\u00a0e  ") == "a b\n\n- c\nd e"
