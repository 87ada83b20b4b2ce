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

The batch was committed (b1b137e) before its only run. Run ONCE, blind:
`python bench/review_accuracy.py --part "held-back I"` on main at 9ccb116 (the branch review-i at f15dcb7
was main plus this batch, nothing else), every course built through the full MCP client. First-sight figures:
    empty 3/3, ungradable 2/2, unsafe 2/2 (structure+safety 100%)
    chatter 9/27 (33.3%), placeholder 13/27 (48.1%); prose 22/54 (40.7%)
    fine courses passing 21/25 (84.0%)
    (create_task refused 79 of the briefs; those tasks were stored directly, as the harness does)
No rule or label was changed after the run. Misses at first sight (no finding at all unless noted):
    chatter_happy_to_tweak_tone: closing "Happy to tweak the tone or shorten any of this ... just say the word."
    chatter_printable_log_offer_mid_page: "(If it's useful, I can put together a printable cooling log ...)"
    chatter_note_for_whoever_signs_off: "For whoever signs this off: I assumed your fridges are set to 3 °C ..."
    chatter_compared_with_the_first_draft: opening "Compared with the first draft, this one drops ..."
    chatter_as_a_model_cannot_see_sky: "Being an AI, I can't look at tonight's sky for you, so ..."
    chatter_could_not_open_style_pdf: opening "I wasn't able to open the house-style PDF you attached, so ..."
    chatter_thanks_for_comments: opening "Thanks for the helpful comments on the last version! I've tightened ..."
    chatter_which_citation_style: closing "Which citation style does your firm prefer ...? Once I know, I'll ..."
    chatter_in_the_check_question: in a problem's text, "Here's a quick check question for your learners: ..."
    chatter_einfache_sprache_angebot: "Wenn Sie möchten, formuliere ich die Fallbeispiele auch noch ... um."
    chatter_pas_pu_verifier_reglages: "(Je n'ai pas pu vérifier les menus exacts de votre appareil ; ...)"
    chatter_jespere_mieux_que_precedente: "J'espère que cette version vous convient mieux que la précédente !"
    chatter_modello_ia_non_vedo_opere: "In quanto modello di intelligenza artificiale non posso vedere ..."
    chatter_spero_bozza_utile: "Spero che questa bozza ti sia utile; se serve, la accorcio ..."
    chatter_prima_aangepast_protocol: opening "Prima, ik heb de tekst aangepast ... Hieronder de herziene versie."
    chatter_oczywiscie_oto_lekcja: opening "Oczywiście! Oto lekcja o wymeldowaniu gościa, gotowa do wklejenia ..."
    chatter_daj_znac_scenka: closing "Daj znać, czy mam dopisać jeszcze scenkę z reklamacją gościa."
    chatter_har_kommer_som_du_bad_om: opening "Här kommer den omarbetade lektionen om riskanalys, som du bad om."
    placeholder_square_bracket_contact: "Phone your manager ...: [site manager's name and mobile number]."
    placeholder_tk_in_moon_count: "Saturn has TK known moons."
    placeholder_na_fill_in_first_aider: table cell "N/A – fill in before launch"
    placeholder_todo_second_example: "todo: second worked example, on log timestamps" (warned ~quoted_placeholder
        twice, blocked nothing)
    placeholder_nota_redazione: "[NB redazione: verificare l'anno sul catalogo]"
    placeholder_add_photo_chopping_boards: "Add a photo of the colour-coded chopping boards here."
    placeholder_anadir_calendario: "Añadir aquí el calendario de siembra del colegio."
    placeholder_wstaw_numer: "zadzwoń do kierownika zmiany: [wstaw numer wewnętrzny]."
    placeholder_lagg_in_bild_gantt: "Lägg in bild på ett exempel-Gantt här."
    placeholder_en_construccion: "En construcción." as the page
    placeholder_sample_text_repeated: "This is sample text." four times as the page
    placeholder_dead_link: <a href="#">Download the cleaning schedule template</a>
    placeholder_todo_image_url: <img src="https://example.com/TODO/handschoenen.png"> (whether edit_xblock's
        sanitising kept the image was not checked)
    placeholder_figure_x: "Comme le montre la figure X, ..."
Fine courses blocked at first sight (each for placeholder):
    fine_tbd_in_the_decision_log: TBD taught as a status in a Swedish decision-log lesson
    fine_form_hint_not_placeholder: "[Your name]" quoted as the in-field text a form should not use
    fine_bracketed_parties_in_precedent: "[Party A]", "[Party B]", "within [30] days" taught as precedent markup
    fine_lorem_ipsum_in_a_mockup_lesson: "Lorem ipsum dolor sit amet" quoted in a lesson on replacing it
The ~length_unchecked warnings shown are on the kitchen-hygiene base ("Four hours, completed during paid
shifts.") and the Swedish base ("Två timmar i veckan under fem veckor."): a warning only, it blocks
nothing, and this batch labels no length.

tests/test_review_corpus.py holds this batch to its first sight (every defect caught then stays caught,
no fine course is blocked beyond the four above), not to the 95% the tuned parts meet.
"""

from __future__ import annotations

from corpus.review_bases_i import PREFIX, i_defect, p
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
FIRST_SIGHT_MISSES: frozenset[str] = frozenset(
    PREFIX + name
    for name in (
        "chatter_happy_to_tweak_tone",
        "chatter_printable_log_offer_mid_page",
        "chatter_note_for_whoever_signs_off",
        "chatter_compared_with_the_first_draft",
        "chatter_as_a_model_cannot_see_sky",
        "chatter_could_not_open_style_pdf",
        "chatter_thanks_for_comments",
        "chatter_which_citation_style",
        "chatter_in_the_check_question",
        "chatter_einfache_sprache_angebot",
        "chatter_pas_pu_verifier_reglages",
        "chatter_jespere_mieux_que_precedente",
        "chatter_modello_ia_non_vedo_opere",
        "chatter_spero_bozza_utile",
        "chatter_prima_aangepast_protocol",
        "chatter_oczywiscie_oto_lekcja",
        "chatter_daj_znac_scenka",
        "chatter_har_kommer_som_du_bad_om",
        "placeholder_square_bracket_contact",
        "placeholder_tk_in_moon_count",
        "placeholder_na_fill_in_first_aider",
        "placeholder_todo_second_example",
        "placeholder_nota_redazione",
        "placeholder_add_photo_chopping_boards",
        "placeholder_anadir_calendario",
        "placeholder_wstaw_numer",
        "placeholder_lagg_in_bild_gantt",
        "placeholder_en_construccion",
        "placeholder_sample_text_repeated",
        "placeholder_dead_link",
        "placeholder_todo_image_url",
        "placeholder_figure_x",
    )
)

#: Fine courses the review blocked at first sight (see the docstring).
FIRST_SIGHT_FALSE_BLOCKS: frozenset[str] = frozenset(
    PREFIX + name
    for name in (
        "fine_tbd_in_the_decision_log",
        "fine_form_hint_not_placeholder",
        "fine_bracketed_parties_in_precedent",
        "fine_lorem_ipsum_in_a_mockup_lesson",
    )
)
