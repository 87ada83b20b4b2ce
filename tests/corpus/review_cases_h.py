"""Held-back H: a second blind batch, written without reading the review's rules or earlier cases' texts.

FIRST-SIGHT FIGURES: filled in after the one run.
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
FIRST_SIGHT_MISSES: frozenset[str] = frozenset(PREFIX + name for name in ())

#: Fine courses the review blocked at first sight (none are allowed to be added later).
FIRST_SIGHT_FALSE_BLOCKS: frozenset[str] = frozenset(PREFIX + name for name in ())

HELD_BACK_H = CHATTER_H + PLACEHOLDER_H + _STRUCTURE_AND_SAFETY + FINE_H
