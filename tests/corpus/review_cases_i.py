"""Held-back I: a third blind batch, written without reading the review's rules or earlier cases' texts.

Written to measure the review on courses it has never seen after two rounds of rule work (on G's and
on H's misses); whoever works on the rules does not see this batch, so do not tune on it. Its writer
read only the harness and model (review_model.py, build.py, review_bases.py, bench/review_accuracy.py,
tests/test_review_corpus.py) and the opening lines of review_cases_h.py for the case format; no file
under coursewright/guardrails/ was opened, and every phrasing here is new. Nineteen new bases
(review_bases_i.py: beekeeping, kitchen hygiene, astronomy, magazine fact-checking, contract drafting,
accessible forms, regular expressions, devised theatre, survey data cleaning, mail merge, library
chatbots; review_bases_i_intl.py: care records in German, photography in French, a school garden in
Spanish, a pharmacy counter in Portuguese, Renaissance art in Italian, lab safety in Dutch, a hotel
front desk in Polish, project management in Swedish) join a few of the original ones. 86 courses:
27 chatter (review_cases_i_chatter.py, English; review_cases_i_chatter_intl.py, eight other languages),
27 placeholder (review_cases_i_placeholder.py), 7 structure and safety (here), 25 tricky-but-fine
(review_cases_i_fine.py and review_cases_i_fine_fields.py); case names start with hb9_. No length is
labelled: each base's size follows its brief's learner time.

FIRST SIGHT: not run yet. The batch is committed before its only run; the figures, the commit
measured and every miss and false block are recorded here after that run, with no rule or label
changed.
"""

from __future__ import annotations

from corpus.review_bases_i import i_defect, p
from corpus.review_cases_i_chatter import CHATTER_I
from corpus.review_cases_i_chatter_intl import CHATTER_I_INTL
from corpus.review_cases_i_fine import FINE_I
from corpus.review_cases_i_fine_fields import FINE_I_FIELDS
from corpus.review_cases_i_placeholder import PLACEHOLDER_I
from corpus.review_model import Case, Page, Unit, html, raw

_STRUCTURE_AND_SAFETY = [
    i_defect("empty_unit_without_pages", "astronomy", "empty", Unit("Meteor showers", ())),
    i_defect("empty_component_blank_div", "regex", "empty", html("Anchors", "<div>\n   \n</div>")),
    i_defect(
        "empty_video_beside_text",
        "fr_photo",
        "empty",
        Unit(
            "Le trépied",
            (
                Page(
                    "<h3>Le trépied</h3>"
                    + p(
                        "Au-delà d'une seconde de pose, posez l'appareil sur un trépied et déclenchez avec le "
                        "retardateur pour éviter le flou de bougé."
                    )
                ),
                Page(video="", title="Vidéo : installer le trépied"),
            ),
        ),
    ),
    i_defect(
        "ungradable_no_correct_choice",
        "pl_hotel",
        "ungradable",
        raw(
            "Sprawdź się: zameldowanie",
            "<problem><multiplechoiceresponse><p>Co sprawdzasz na karcie meldunkowej?</p>"
            '<choicegroup type="MultipleChoice"><choice correct="false">Kolor długopisu</choice>'
            '<choice correct="false">Adres i podpis gościa</choice><choice correct="false">Pogodę</choice>'
            "</choicegroup></multiplechoiceresponse></problem>",
        ),
    ),
    i_defect(
        "ungradable_problem_without_response",
        "sv_projekt",
        "ungradable",
        raw(
            "Kontrollfråga: intressenter",
            "<problem><p>Vilka intressenter har störst inflytande i ditt projekt? Motivera ditt svar.</p></problem>",
        ),
    ),
    i_defect(
        "unsafe_javascript_print_link",
        "de_pflege",
        "unsafe",
        raw(
            "Checkliste zum Ausdrucken",
            "<h3>Checkliste zum Ausdrucken</h3>"
            + p("Drucken Sie die Sturzrisiko-Checkliste aus und legen Sie sie in die Bewohnermappe.")
            + p('<a href="javascript:window.print()">Checkliste drucken</a>'),
        ),
    ),
    i_defect(
        "unsafe_onload_tracking_image",
        "es_huerto",
        "unsafe",
        raw(
            "Nuestro huerto",
            "<h3>Nuestro huerto</h3>"
            + p("Así estaba el huerto el primer día del proyecto.")
            + '<img src="/static/huerto-septiembre.jpg" alt="El huerto en septiembre" '
            "onload=\"fetch('https://stats.example.net/pixel?c=huerto')\">",
        ),
    ),
]

HELD_BACK_I: list[Case] = (
    CHATTER_I + CHATTER_I_INTL + PLACEHOLDER_I + _STRUCTURE_AND_SAFETY + FINE_I + FINE_I_FIELDS
)

#: Defect courses the review did not block for their label at first sight (see the docstring).
FIRST_SIGHT_MISSES: frozenset[str] = frozenset()

#: Fine courses the review blocked at first sight (see the docstring).
FIRST_SIGHT_FALSE_BLOCKS: frozenset[str] = frozenset()
