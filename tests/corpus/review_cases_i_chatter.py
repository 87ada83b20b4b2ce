"""Held-back I, chatter in English: the assistant's talk left on a page (start, middle, end) or in a title.

The same in eight other languages is in review_cases_i_chatter_intl.py.

Each course is blocked for chatter only: the rest of the page is a good lesson.
"""

from __future__ import annotations

from corpus.review_bases import mcq
from corpus.review_bases_i import i_defect, p
from corpus.review_model import Page, Unit, html

CHATTER_I = [
    # --- English: openers, sign-offs, offers, notes, versions, apologies, self-reference, thanks, questions
    i_defect(
        "chatter_absolutely_polished_version",
        "beekeeping",
        "chatter",
        html(
            "Opening the hive",
            p(
                "Absolutely — below is a polished version of the hive-opening lesson, ready to drop into your course."
            )
            + "<h3>Opening the hive</h3>"
            + p(
                "Stand to the side of the entrance, puff a little smoke at it, wait a minute, then lift the roof "
                "and crown board slowly. Work frame by frame and keep each frame over the open box."
            ),
        ),
    ),
    i_defect(
        "chatter_happy_to_tweak_tone",
        "kitchen_hygiene",
        "chatter",
        html(
            "Handwashing",
            "<h3>Handwashing</h3>"
            + p(
                "Wet your hands, use soap, and rub palms, backs, between the fingers and under the nails for at "
                "least twenty seconds. Rinse and dry with a paper towel, then turn the tap off with the towel."
            )
            + p("Happy to tweak the tone or shorten any of this for your kitchen teams — just say the word."),
        ),
    ),
    i_defect(
        "chatter_printable_log_offer_mid_page",
        "kitchen_hygiene",
        "chatter",
        html(
            "Cooling food",
            "<h3>Cooling food</h3>"
            + p(
                "Cooked food that is not served straight away must be cooled quickly: divide it into shallow "
                "trays and put it in the blast chiller within ninety minutes."
            )
            + p("(If it's useful, I can put together a printable cooling log to sit next to the chiller.)")
            + p("Label each tray with the date and time it was cooked."),
        ),
    ),
    i_defect(
        "chatter_note_for_whoever_signs_off",
        "kitchen_hygiene",
        "chatter",
        html(
            "Fridge temperatures",
            "<h3>Fridge temperatures</h3>"
            + p(
                "Check every fridge at the start and end of each shift and write the reading in the log. "
                "Anything above 8 °C is reported to the chef in charge at once."
            )
            + p(
                "<em>For whoever signs this off: I assumed your fridges are set to 3 °C, since the outline did "
                "not say — change it if your sites use a different setting.</em>"
            ),
        ),
    ),
    i_defect(
        "chatter_compared_with_the_first_draft",
        "beekeeping",
        "chatter",
        html(
            "Varroa",
            p(
                "Compared with the first draft, this one drops the part on swarm traps and says more about "
                "counting mites, which you felt was thin."
            )
            + "<h3>Varroa</h3>"
            + p(
                "Varroa mites feed on developing bees and spread viruses. Slide a tray under the open mesh floor "
                "for a week and count the mites that fall, then divide by seven for the daily drop."
            ),
        ),
    ),
    i_defect(
        "chatter_apology_wrong_planet",
        "astronomy",
        "chatter",
        html(
            "Saturn",
            p(
                "Apologies — I misread your outline earlier and wrote about Jupiter. Here is the corrected "
                "lesson, on Saturn as you wanted."
            )
            + "<h3>Saturn</h3>"
            + p(
                "Saturn looks like a steady, slightly yellow star. Even small binoculars show that it is not "
                "quite round; a small telescope shows the rings."
            ),
        ),
    ),
    i_defect(
        "chatter_as_a_model_cannot_see_sky",
        "astronomy",
        "chatter",
        html(
            "Planets this autumn",
            "<h3>Planets this autumn</h3>"
            + p(
                "Venus is the brightest point in the evening sky in the west after sunset. Jupiter rises in the "
                "east later in the evening."
            )
            + p(
                "Being an AI, I can't look at tonight's sky for you, so these positions come from standard "
                "almanac tables rather than observation."
            )
            + p("Planets do not twinkle as much as stars: a steady light low in the sky is worth a look."),
        ),
    ),
    i_defect(
        "chatter_could_not_open_style_pdf",
        "magazine",
        "chatter",
        html(
            "Titles of works",
            p(
                "I wasn't able to open the house-style PDF you attached, so the rules below follow common "
                "magazine practice."
            )
            + "<h3>Titles of works</h3>"
            + p(
                "Books, films, albums and magazines go in italics. Songs, articles and chapters go in single "
                "quotation marks."
            ),
        ),
    ),
    i_defect(
        "chatter_thanks_for_comments",
        "contracts",
        "chatter",
        html(
            "Boilerplate",
            p(
                "Thanks for the helpful comments on the last version! I've tightened the examples as you "
                "suggested."
            )
            + "<h3>Boilerplate</h3>"
            + p(
                "Boilerplate clauses sit at the end of most contracts: notices, entire agreement, governing "
                "law, counterparts. They look routine, but each one can decide a dispute."
            ),
        ),
    ),
    i_defect(
        "chatter_which_citation_style",
        "contracts",
        "chatter",
        html(
            "Cross-references",
            "<h3>Cross-references</h3>"
            + p(
                "When clauses are renumbered, every cross-reference must be checked. Use the automatic "
                "cross-reference feature of the precedent template rather than typing clause numbers."
            )
            + p(
                "Which citation style does your firm prefer, OSCOLA or its own? Once I know, I'll update "
                "the references in this unit."
            ),
        ),
    ),
    i_defect(
        "chatter_heres_in_unit_title",
        "kitchen_hygiene",
        "chatter",
        html(
            "Here's the updated unit on allergens",
            "<h3>The fourteen allergens</h3>"
            + p(
                "Fourteen allergens must be declared, among them milk, eggs, peanuts, sesame and celery. If a "
                "customer asks and you are not sure, say so and fetch the allergen sheet; never guess."
            ),
        ),
    ),
    i_defect(
        "chatter_kept_reading_level_as_asked",
        "drama",
        "chatter",
        html(
            "Thought-tracking",
            "<h3>Thought-tracking</h3>"
            + p(
                "During a still image, the teacher taps one actor on the shoulder. That character says aloud "
                "what they are thinking at that moment, then the scene freezes again."
            )
            + p(
                "Note for the teacher: I kept the reading level at around age 14 as you asked; tell me if "
                "your group needs a simpler version."
            ),
        ),
    ),
    i_defect(
        "chatter_in_the_check_question",
        "astronomy",
        "chatter",
        Unit(
            "Moon phases check",
            (
                Page(
                    mcq(
                        "Here's a quick check question for your learners: what do we see at new Moon?",
                        ["The whole lit half", "Almost none of the lit half", "Half of the lit half"],
                        1,
                    )
                ),
            ),
        ),
    ),
]
