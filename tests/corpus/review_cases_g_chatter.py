"""Held-back G, leftover assistant chatter: written blind, in five languages (see review_cases_g.py)."""

from __future__ import annotations

from corpus.review_bases_g import g_defect as _defect
from corpus.review_model import Page, Unit, html

CHATTER_G: list = [
    _defect(
        "hb7_chatter_absolutely_revised_en",
        "nursing_meds",
        "chatter",
        html(
            "Checking the chart",
            "<p>Absolutely — below is a revised version of the chart-checking unit, now with the allergy check "
            "moved to the top.</p><h3>Checking the chart</h3><p>Read the allergy box first, then the prescription: "
            "drug, dose, route, frequency and the prescriber's signature. An unsigned entry is not a prescription.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_offer_to_adapt_jurisdiction",
        "contract_law",
        "chatter",
        html(
            "Remedies",
            "<h3>Remedies for breach</h3><p>Damages put the innocent party where they would have been had the "
            "contract been performed. Specific performance is rare: it is granted only where damages would not be "
            "adequate, for example for a unique painting.</p><p>Happy to adapt these examples to Scots law too if "
            "that would be useful for your team.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_kept_tone_as_requested",
        "music_theory",
        "chatter",
        html(
            "Time signatures",
            "<h3>Time signatures</h3><p>The top number says how many beats are in a bar; the bottom number says "
            "which note gets one beat. In 3/4 there are three crotchet beats per bar, which gives a waltz its "
            "lilt.</p><p>I've kept the tone informal as you requested; if your learners are younger, I can "
            "simplify the vocabulary further.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_note_to_you_mid_page",
        "excel_hr",
        "chatter",
        html(
            "Looking up suppliers",
            "<h3>Looking up a supplier</h3><p><code>=VLOOKUP(B2, Suppliers!A:D, 3, FALSE)</code> finds the supplier "
            "code in B2 and returns the third column of the supplier sheet.</p><p>(A note for you: I wasn't sure "
            "whether your team has XLOOKUP, so I stuck with VLOOKUP. Swap it in if your licence allows.)</p>"
            "<p>Always use FALSE as the last argument so that only exact matches count.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_draft_for_your_class",
        "history_school",
        "chatter",
        html(
            "The Factory Acts",
            "<p>Here's a draft of lesson 3 for your Year 9 class; feel free to tweak the extracts to suit your "
            "sets.</p><h3>The Factory Acts</h3><p>The 1833 Factory Act banned children under nine from working in "
            "textile mills and appointed four inspectors to enforce it. Four inspectors for thousands of mills "
            "meant that many owners ignored the law.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_as_an_ai_disclaimer",
        "safety_onboarding",
        "chatter",
        html(
            "Choosing PPE",
            "<h3>Choosing PPE</h3><p>Safety boots are worn at all times on the floor. Add gloves when handling "
            "pallets with loose wrapping, and a high-visibility vest in forklift zones.</p><p>As an AI model I "
            "can't check your site's own rules, so please confirm these items against your PPE policy before "
            "publishing.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_structured_as_you_suggested",
        "leadership",
        "chatter",
        html(
            "Delegating well",
            "<p>Below you'll find the delegation unit. I've split it into three parts, as you suggested in your "
            "last message.</p><h3>Delegating well</h3><p>Delegate the outcome, not the method: say what done looks "
            "like, by when, and what authority the person has. Agree when you will check in, then leave them to "
            "it.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_offer_checklist_in_ai_course",
        "ai_literacy",
        "chatter",
        html(
            "Checking answers",
            "<h3>Checking an answer</h3><p>Ask the assistant for its sources, then open each one. An invented "
            "citation often has a plausible title and a real journal, but no such article.</p><p>I can also "
            "produce a one-page checklist version of this unit for your staff intranet — just say the word.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_change_log_opening",
        "music_theory",
        "chatter",
        html(
            "Major scales",
            "<p>Certainly. Changes in this version: a shorter introduction, one clapping exercise added, and the "
            "quiz moved to the end.</p><h3>Major scales</h3><p>A major scale follows the pattern tone, tone, "
            "semitone, tone, tone, tone, semitone. Start on C and you play only white keys; start on G and you "
            "need one sharp, F♯.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_inside_quiz_question",
        "nursing_meds",
        "chatter",
        Unit(
            "Quiz: before you give",
            (
                Page(
                    "<problem><multiplechoiceresponse><p>Here are the quiz questions on the administration checks, as "
                    "requested. Question 1: the chart says 10 mg but the tablets are 5 mg. What do you give?</p>"
                    '<choicegroup type="MultipleChoice"><choice correct="false">One tablet</choice>'
                    '<choice correct="true">Two tablets, after checking the calculation</choice>'
                    '<choice correct="false">Nothing until the next round</choice></choicegroup>'
                    "</multiplechoiceresponse></problem>"
                ),
            ),
        ),
    ),
    _defect(
        "hb7_chatter_gerne_du_de",
        "de_schweissen",
        "chatter",
        html(
            "Drahtvorschub",
            "<p>Gerne! Hier ist die überarbeitete Lektion zum Drahtvorschub. Sag Bescheid, wenn ich sie noch "
            "kürzen soll.</p><h3>Drahtvorschub einstellen</h3><p>Der Drahtvorschub bestimmt die Stromstärke. Für "
            "3-mm-Blech beginnen Sie mit etwa 6 m/min und korrigieren nach dem Geräusch: ein gleichmäßiges "
            "Brutzeln ist richtig.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_formeller_wie_gewuenscht",
        "de_kunden",
        "chatter",
        html(
            "Beschwerden annehmen",
            "<h3>Beschwerden annehmen</h3><p>Lassen Sie den Kunden ausreden, fassen Sie sein Anliegen in eigenen "
            "Worten zusammen und entschuldigen Sie sich für die Unannehmlichkeit.</p><p>Ich habe die Einheit wie "
            "gewünscht etwas formeller formuliert. Möchten Sie zusätzlich Beispiele für besonders schwierige "
            "Anrufer?</p>",
        ),
    ),
    _defect(
        "hb7_chatter_zusatzaufgaben_angebot",
        "de_physik",
        "chatter",
        html(
            "Widerstand",
            "<h3>Der Widerstand</h3><p>Der Widerstand gibt an, wie stark ein Bauteil den Strom hemmt. Er wird in "
            "Ohm gemessen: R = U / I.</p><p>Falls Sie für schnellere Schülerinnen und Schüler noch Zusatzaufgaben "
            "brauchen, erstelle ich Ihnen gern ein paar.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_voici_la_fiche_fr",
        "fr_cuisine",
        "chatter",
        html(
            "Le fond blanc",
            "<p>Voici la fiche sur le fond blanc, comme vous me l'avez demandée.</p><h3>Le fond blanc</h3><p>Blanchissez "
            "les os de veau, rafraîchissez-les, puis mouillez à l'eau froide avec la garniture aromatique. Écumez "
            "souvent et laissez frémir trois à quatre heures sans faire bouillir.</p><p>N'hésitez pas à me dire "
            "si vous souhaitez une version simplifiée pour les débutants.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_bien_sur_reecrit",
        "fr_securite",
        "chatter",
        html(
            "Les pièces jointes",
            "<p>Bien sûr ! J'ai réécrit le module sur les pièces jointes en tenant compte de vos remarques.</p>"
            "<h3>Les pièces jointes</h3><p>N'ouvrez jamais une pièce jointe inattendue, même si l'expéditeur semble "
            "connu. Une facture en .zip ou un document qui demande d'activer les macros se signale au service "
            "informatique.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_dites_moi_audio",
        "fr_fle",
        "chatter",
        html(
            "Prendre rendez-vous",
            "<h3>Prendre rendez-vous</h3><p>— Cabinet du docteur Martin, bonjour.<br>— Bonjour, je voudrais "
            "prendre rendez-vous, s'il vous plaît.<br>— Mardi à dix heures, ça vous va ?</p><p>Dites-moi si vous "
            "voulez que je prépare aussi une version audio de ce dialogue pour vos apprenants.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_por_supuesto_tono",
        "es_finanzas",
        "chatter",
        html(
            "El presupuesto 50/30/20",
            "<p>¡Por supuesto! Aquí tienes la lección sobre el presupuesto, con un tono más cercano como me "
            "pediste.</p><h3>El presupuesto 50/30/20</h3><p>Destina el 50 % del sueldo neto a necesidades "
            "(alquiler, comida, transporte), el 30 % a deseos y el 20 % a ahorro o a pagar deudas.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_espero_que_se_ajuste",
        "es_historia",
        "chatter",
        html(
            "El bienio reformista",
            "<h3>El bienio reformista</h3><p>Entre 1931 y 1933 el gobierno de Azaña impulsó la reforma agraria, la "
            "reforma militar y la separación entre la Iglesia y el Estado. La reforma agraria avanzó con lentitud "
            "y defraudó a muchos jornaleros.</p><p>Espero que esta versión se ajuste mejor a lo que buscabas; si "
            "quieres, puedo añadir un par de fuentes primarias más.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_avisame_version",
        "es_excel",
        "chatter",
        html(
            "Filtrar por proveedor",
            "<h3>Filtrar por proveedor</h3><p>Selecciona la fila de encabezados y pulsa Datos &gt; Filtro. En la "
            "flecha de la columna Proveedor, marca solo el que quieras ver.</p><p>Nota: no sé qué versión de Excel "
            "usa tu equipo, así que he descrito los menús de la versión 2021. Avísame si es otra y lo cambio.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_claro_segue_ajustes_pt",
        "pt_vendas",
        "chatter",
        html(
            "Objeções de preço",
            "<p>Claro! Segue abaixo a unidade sobre objeções de preço, já com os ajustes que você pediu.</p>"
            "<h3>Objeções de preço</h3><p>Quando o cliente diz que está caro, pergunte: caro em comparação com o "
            "quê? Muitas vezes a objeção é sobre o valor percebido, não sobre o preço.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_se_preferir_refazer",
        "pt_matematica",
        "chatter",
        html(
            "Frações equivalentes",
            "<h3>Frações equivalentes</h3><p>Multiplicando o numerador e o denominador pelo mesmo número, obtemos "
            "uma fração equivalente: 1/2 = 2/4 = 3/6.</p><p>Se preferir, posso refazer os exercícios com números "
            "menores para a sua turma.</p>",
        ),
    ),
    _defect(
        "hb7_chatter_observacao_para_revisor",
        "pt_consumidor",
        "chatter",
        html(
            "Garantia legal",
            "<h3>Garantia legal</h3><p>Para produtos duráveis, como eletrodomésticos, o consumidor tem 90 dias para "
            "reclamar de um defeito aparente. A garantia do fabricante se soma a esse prazo.</p><p>Observação para "
            "quem for revisar: não consegui confirmar se esse prazo mudou recentemente; vale checar antes de "
            "publicar.</p>",
        ),
    ),
]
