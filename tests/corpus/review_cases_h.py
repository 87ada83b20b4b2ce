"""H: a second blind batch, written without reading the review's rules or earlier cases' texts; held
back at first, then tuned on in a second round of rule work (see "After first sight" at the end).

Written to measure the review AFTER someone else generalised the prose checks on G's misses; that
person did not see this batch (history: it was held back until the second round read it). The helper who wrote it read only the harness
and model (review_model.py, build.py, review_bases.py, review_bases_g.py, bench/review_accuracy.py)
and the first lines of review_cases_g.py for the case format; no file under coursewright/guardrails/
was opened, and every phrasing here is new. Eight new bases (review_bases_h.py: student newsroom,
typography, charity surveys and emails, live-chat support, lettings paperwork, Year 8 algebra, and
first aid in Italian and bookkeeping in Dutch) join the old ones. 80 courses: 23 chatter
(review_cases_h_chatter.py), 24 placeholder (review_cases_h_placeholder.py), 8 structure/safety
(here), 25 tricky-but-fine (review_cases_h_fine.py); case names start with hb8_.

Run ONCE, blind: `python bench/review_accuracy.py --part "held-back H"` on main at c84300d (the
branch review-h at 5d7e076 was main plus this batch, nothing else), every course built through the
full MCP client. First-sight figures:
    empty 4/4, ungradable 2/2, unsafe 2/2 (structure+safety 100%)
    chatter 8/23 (34.8%), placeholder 11/24 (45.8%); prose 19/47 (40.4%)
    fine courses passing 23/25 (92.0%)
    (create_task refused 35 of the briefs; those tasks were stored directly, as the harness does)
No rule or label was changed after the run. Misses at first sight (no finding at all unless noted):
    chatter_good_luck_with_the_appeal: closing "Hope this gives your volunteers a solid start, and good luck ..."
    chatter_note_to_course_owner_mid_page: "(Note to the course owner: I've gone with AP conventions ...)"
    chatter_could_make_a_cheat_sheet: closing "If it would help, I could also turn this into a one-page ..."
    chatter_what_this_version_changes: opening "This version keeps your three headings but trims the wording ..."
    chatter_sorry_about_my_previous_reply: opening "Sorry about the mix-up in my previous reply: ..."
    chatter_no_access_to_scheme_of_work: "I don't have access to your department's scheme of work, so ..."
    chatter_formal_do_not_hesitate: "Please do not hesitate to contact me should you require any further amendments ..."
    chatter_soll_ich_checkliste: "Soll ich Ihnen dazu noch eine Prüfcheckliste ... erstellen? Geben Sie mir ... Bescheid."
    chatter_dites_moi_si_quiz: "N'hésitez pas à me dire si vous souhaitez que j'ajoute un quiz ..."
    chatter_nota_para_el_profesor: "(Nota para el profesor: he dejado fuera ... dime si la añado.)"
    chatter_certo_ecco_la_lezione: opening "Certo! Ecco la lezione ..., pronta da inserire nel corso."
    chatter_fammi_sapere_quiz: closing "Fammi sapere se vuoi che aggiunga un quiz finale ..."
    chatter_natuurlijk_hieronder: opening "Natuurlijk! Hieronder vind je de les ..., zoals je vroeg."
    chatter_laat_gerust_weten: closing "Laat gerust weten als ik nog iets moet aanpassen of uitbreiden!"
    chatter_in_the_unit_title: unit title "Kerning, updated per your feedback"
    placeholder_link_in_angle_brackets: "from <link to shared drive>" (written &lt;...&gt;)
    placeholder_tk_in_a_fact: "limited those aged nine to thirteen to TK hours a day"
    placeholder_citation_needed: "... in cotton mills [citation needed]."
    placeholder_fuente_entre_corchetes: "... en las elecciones de 1933 [¿fuente?]."
    placeholder_insert_screenshot_here: "Insert screenshot of the queue here."
    placeholder_messwerte_ergaenzen: "Tabelle mit den Messwerten hier ergänzen."
    placeholder_colocar_link: "Colocar aqui o link do formulário interno de reclamações."
    placeholder_inserire_foto: "(inserire qui la foto del defibrillatore presente in sede)"
    placeholder_voorbeeld_toevoegen: "Hier nog een voorbeeldfactuur toevoegen."
    placeholder_latin_filler_without_lorem: "Consectetur adipiscing elit, sed do eiusmod tempor ..." as the page
    placeholder_keyboard_mash: "asdf asdf test" as the page
    placeholder_masked_phone_number: "bel dan de cursuslijn op 020-xxx xx xx"
    placeholder_stand_in_chart_image: <img src="/static/placeholder-640x360.png" alt="chart placeholder">
Fine courses blocked at first sight:
    fine_merge_field_first_name: placeholder, for the merge field "[First Name]" the unit teaches
    fine_dialogue_au_marche: chatter, for the stallholder's "Bien sûr ! Voici vos pommes." in an A2 dialogue
The ~length_unchecked warnings shown are on the typography base ("About eight hours, self-paced.") and
on the Italian and Dutch bases ("Dodici ore in totale ...", "Twee avonden van twee uur per week ..."):
a warning only, it blocks nothing, and this batch labels no length.

After the rule work on G (history; main at 333c0c2, H never read): chatter 12/23, placeholder 17/24
(prose 29/47), structure+safety 8/8, fine 23/25 (the same two blocked).

After first sight (second round): H was read and its remaining misses taken as classes, never as
phrases: the draft as correspondence (wishes to whoever runs the course, "my previous reply", no
access to the requester's material, formal sign-offs offering amendments, offers behind a condition
or a question, "this version keeps your…", revision notes in titles, notes to someone other than the
learners: guardrails/replies.py), dialogue turns quoted (guardrails/dialogue.py), gaps without slot
syntax (a gap word where a number goes, editorial queries, test filler, x-masked digits, stand-in
images, instructions after their object, angle brackets as text: guardrails/gaps.py), slots taught in
a sentence that names them, captions beside their image; and the learner-time reader for "About eight
hours, self-paced", Italian and Dutch totals. Each rule was tuned first on new cases of its own
(review_cases_replies.py, review_cases_gaps.py) and unit tests, then H was run again
(bench/review_accuracy.py --part H): chatter 23/23, placeholder 24/24 (prose 47/47), structure+safety
8/8, fine 25/25; the typography, Italian and Dutch bases no longer warn length_unchecked. H is now
reported as "H (tuned after first sight)", out of the held-back total, and tests/test_review_corpus.py
holds it to that: every defect caught (MISSED_AFTER_TUNING is empty), every fine course passing.
"""

from __future__ import annotations

from corpus.review_bases_h import PREFIX, h_defect
from corpus.review_cases_h_chatter import CHATTER_H
from corpus.review_cases_h_fine import FINE_H
from corpus.review_cases_h_placeholder import PLACEHOLDER_H
from corpus.review_model import Page, Unit, html, raw

_STRUCTURE_AND_SAFETY = [
    h_defect("empty_unit_without_pages", "typography", "empty", Unit("Grids", ())),
    h_defect(
        "empty_component_only_spaces",
        "nonprofit_comms",
        "empty",
        html("Reading the results", "<p>&nbsp;</p><p><br></p>"),
    ),
    h_defect(
        "empty_image_without_alt",
        "algebra",
        "empty",
        html("Number machines", '<img src="/static/number-machine.png" alt="">'),
    ),
    h_defect(
        "empty_video_without_address",
        "it_primo_soccorso",
        "empty",
        Unit("Video: la RCP", (Page(video="", title="RCP sul manichino"),)),
    ),
    h_defect(
        "ungradable_no_choice_marked_correct",
        "news_writing",
        "ungradable",
        raw(
            "Quiz: attribution",
            '<problem><multiplechoiceresponse><p>Which verb is neutral?</p><choicegroup type="MultipleChoice">'
            '<choice correct="false">claimed</choice><choice correct="false">admitted</choice>'
            '<choice correct="false">said</choice></choicegroup></multiplechoiceresponse></problem>',
        ),
    ),
    h_defect(
        "ungradable_number_question_without_answer",
        "nl_boekhouden",
        "ungradable",
        raw(
            "Toets: btw",
            "<problem><numericalresponse><p>Hoeveel btw betaalt u over 250 euro tegen 21 procent?</p>"
            "<formulaequationinput/></numericalresponse></problem>",
        ),
    ),
    h_defect(
        "unsafe_inline_script",
        "nl_boekhouden",
        "unsafe",
        raw(
            "Btw-rekenhulp",
            '<h3>Btw-rekenhulp</h3><p>Vul een bedrag in.</p><input id="bedrag"><script>'
            'document.getElementById("bedrag").oninput = function () { this.title = this.value * 1.21; };'
            "</script>",
        ),
    ),
    h_defect(
        "unsafe_javascript_link",
        "support_chat",
        "unsafe",
        raw(
            "Saved replies panel",
            '<h3>Saved replies</h3><p>Open the <a href="javascript:openMacros()">saved replies panel</a> and '
            "pick the reply that matches the customer's question.</p>",
        ),
    ),
]

#: Defects the review did not block at first sight; the test holds everything else to what it did then.
FIRST_SIGHT_MISSES: frozenset[str] = frozenset(
    PREFIX + name
    for name in (
        "chatter_good_luck_with_the_appeal",
        "chatter_note_to_course_owner_mid_page",
        "chatter_could_make_a_cheat_sheet",
        "chatter_what_this_version_changes",
        "chatter_sorry_about_my_previous_reply",
        "chatter_no_access_to_scheme_of_work",
        "chatter_formal_do_not_hesitate",
        "chatter_soll_ich_checkliste",
        "chatter_dites_moi_si_quiz",
        "chatter_nota_para_el_profesor",
        "chatter_certo_ecco_la_lezione",
        "chatter_fammi_sapere_quiz",
        "chatter_natuurlijk_hieronder",
        "chatter_laat_gerust_weten",
        "chatter_in_the_unit_title",
        "placeholder_link_in_angle_brackets",
        "placeholder_tk_in_a_fact",
        "placeholder_citation_needed",
        "placeholder_fuente_entre_corchetes",
        "placeholder_insert_screenshot_here",
        "placeholder_messwerte_ergaenzen",
        "placeholder_colocar_link",
        "placeholder_inserire_foto",
        "placeholder_voorbeeld_toevoegen",
        "placeholder_latin_filler_without_lorem",
        "placeholder_keyboard_mash",
        "placeholder_masked_phone_number",
        "placeholder_stand_in_chart_image",
    )
)

#: Fine courses the review blocked at first sight; no other fine course may be blocked.
FIRST_SIGHT_FALSE_BLOCKS: frozenset[str] = frozenset(
    PREFIX + name for name in ("fine_merge_field_first_name", "fine_dialogue_au_marche")
)

#: Defects still missed after the second round of rule work (none).
MISSED_AFTER_TUNING: frozenset[str] = frozenset()

HELD_BACK_H = CHATTER_H + PLACEHOLDER_H + _STRUCTURE_AND_SAFETY + FINE_H
