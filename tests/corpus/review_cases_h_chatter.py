"""Held-back H, chatter: a page still carrying the assistant's talk to whoever asked for the course.

Openers, sign-offs, offers, notes to the author or the reviewer, talk about the draft itself,
apologies for an earlier reply and the model speaking of itself, at the start, middle or end of a
page (one in a unit title), in English, German, French, Spanish, Portuguese, Italian and Dutch.
Each page is otherwise a good page of its course. See review_cases_h.py for how this batch was made.
"""

from __future__ import annotations

from corpus.review_bases_h import h_defect
from corpus.review_model import html

CHATTER_H = [
    h_defect(
        "chatter_sure_thing_news_peg",
        "news_writing",
        "chatter",
        html(
            "The news peg",
            "<p>Sure thing! Below is the lesson on news pegs, rewritten for first-year reporters.</p>"
            "<h3>The news peg</h3><p>A news peg is the reason a story runs this week rather than any other: a "
            "vote, a report, an anniversary. If you cannot name the peg in one sentence, the editor will ask "
            "you to find one before the story gets space.</p>",
        ),
    ),
    h_defect(
        "chatter_good_luck_with_the_appeal",
        "nonprofit_comms",
        "chatter",
        html(
            "Testing before you send",
            "<h3>Testing before you send</h3><p>Send every campaign to yourself and one colleague first. Open it "
            "on a phone, click every link, and check that the greeting shows a real first name.</p>"
            "<p>Hope this gives your volunteers a solid start, and good luck with the spring appeal!</p>",
        ),
    ),
    h_defect(
        "chatter_note_to_course_owner_mid_page",
        "news_writing",
        "chatter",
        html(
            "Numbers in copy",
            "<h3>Numbers in copy</h3><p>Spell out one to nine and use figures from 10 upward. Ages and "
            "percentages always take figures.</p><p>(Note to the course owner: I've gone with AP conventions "
            "here since I don't know which stylebook your paper follows; swap in your house rules if they "
            "differ.)</p><p>Never start a sentence with a figure: spell the number out or rewrite the "
            "sentence.</p>",
        ),
    ),
    h_defect(
        "chatter_could_make_a_cheat_sheet",
        "typography",
        "chatter",
        html(
            "Pairing typefaces",
            "<h3>Pairing typefaces</h3><p>Pair faces that differ clearly in one way and agree in another: a "
            "humanist sans and an old-style serif share proportions but not structure. Two faces that are "
            "almost alike look like a mistake.</p><p>If it would help, I could also turn this into a one-page "
            "pairing cheat sheet for the studio wall.</p>",
        ),
    ),
    h_defect(
        "chatter_what_this_version_changes",
        "support_chat",
        "chatter",
        html(
            "Escalating a chat",
            "<p>This version keeps your three headings but trims the wording by about a third, and the "
            "practice question now comes after the reading instead of before it.</p><h3>Escalating a chat</h3>"
            "<p>Escalate when the fix needs access you do not have. Write a handover note: what the customer "
            "wants, what you tried, and what they were told to expect next.</p>",
        ),
    ),
    h_defect(
        "chatter_sorry_about_my_previous_reply",
        "lettings",
        "chatter",
        html(
            "Prescribed information",
            "<p>Sorry about the mix-up in my previous reply: the prescribed information is due within 30 days "
            "as well, not 14. The corrected lesson follows.</p><h3>Prescribed information</h3><p>With the "
            "deposit certificate, the tenant must receive the scheme's leaflet and the prescribed information, "
            "signed by the landlord or agent. Keep a copy signed by the tenant on file.</p>",
        ),
    ),
    h_defect(
        "chatter_no_access_to_scheme_of_work",
        "algebra",
        "chatter",
        html(
            "Collecting like terms",
            "<h3>Collecting like terms</h3><p>Terms with the same letter can be added: 3a + 2a = 5a. Terms with "
            "different letters cannot: 3a + 2b stays as it is.</p><p>I don't have access to your department's "
            "scheme of work, so the examples below follow a typical Year 8 sequence.</p><p>Simplify "
            "4y + 3 + 2y − 1: collect the y terms, then the numbers, to get 6y + 2.</p>",
        ),
    ),
    h_defect(
        "chatter_training_data_runs_to",
        "lettings",
        "chatter",
        html(
            "Right to rent",
            "<h3>Right to rent</h3><p>Before the tenancy starts, check the original identity documents of every "
            "adult who will live in the property, in their presence, and keep a dated copy.</p><p>Bear in mind "
            "that my training data only goes up to early 2023, so please double-check the current Home Office "
            "guidance before this goes live.</p>",
        ),
    ),
    h_defect(
        "chatter_formal_do_not_hesitate",
        "history_school",
        "chatter",
        html(
            "The Chartists",
            "<h3>The Chartists</h3><p>In 1838 the Chartists published the People's Charter, demanding a vote "
            "for every man over 21 and a secret ballot. Parliament rejected their three petitions.</p><p>Please "
            "do not hesitate to contact me should you require any further amendments to this unit. Kind "
            "regards.</p>",
        ),
    ),
    h_defect(
        "chatter_flag_for_whoever_signs_off",
        "nursing_meds",
        "chatter",
        html(
            "Reporting an error",
            "<h3>Reporting an error</h3><p>If a medicine is given wrongly, make the patient safe first: check "
            "observations and tell the nurse in charge and the prescriber. Then complete an incident report "
            "before the end of the shift.</p><p>One flag for whoever signs this off: I couldn't confirm which "
            "reporting system your trust uses, so I've kept the wording generic.</p>",
        ),
    ),
    h_defect(
        "chatter_gerne_ueberarbeitet",
        "de_physik",
        "chatter",
        html(
            "Der Widerstand",
            "<p>Gerne! Hier kommt die überarbeitete Lektion zum Widerstand, diesmal mit mehr "
            "Rechenbeispielen.</p><h3>Der Widerstand</h3><p>Der Widerstand R gibt an, wie stark ein Bauteil den "
            "Strom hemmt. Er wird in Ohm (Ω) gemessen. Ein langer, dünner Draht hat einen größeren Widerstand "
            "als ein kurzer, dicker.</p>",
        ),
    ),
    h_defect(
        "chatter_soll_ich_checkliste",
        "de_schweissen",
        "chatter",
        html(
            "Sichtprüfung",
            "<h3>Sichtprüfung der Naht</h3><p>Prüfen Sie die Naht auf Poren, Einbrandkerben und Risse. Eine "
            "gleichmäßige Schuppung zeigt, dass Sie mit konstanter Geschwindigkeit geschweißt haben.</p>"
            "<p>Soll ich Ihnen dazu noch eine Prüfcheckliste für die Lehrwerkstatt erstellen? Geben Sie mir "
            "einfach kurz Bescheid.</p>",
        ),
    ),
    h_defect(
        "chatter_avec_plaisir_version_courte",
        "fr_fle",
        "chatter",
        html(
            "Prendre rendez-vous",
            "<p>Avec plaisir ! Voici une version plus courte de la leçon, comme vous me l'avez demandé.</p>"
            "<h3>Prendre rendez-vous</h3><p>Au téléphone, on dit : « Bonjour, je voudrais prendre rendez-vous "
            "avec le docteur Martin, s'il vous plaît. » On précise ensuite le jour et l'heure qui nous "
            "conviennent.</p>",
        ),
    ),
    h_defect(
        "chatter_dites_moi_si_quiz",
        "fr_securite",
        "chatter",
        html(
            "Les mises à jour",
            "<h3>Les mises à jour</h3><p>Installez les mises à jour dès que votre poste vous le propose : elles "
            "corrigent des failles que les attaquants connaissent déjà. Ne les repoussez pas plus d'une "
            "journée.</p><p>N'hésitez pas à me dire si vous souhaitez que j'ajoute un quiz sur ce chapitre ou "
            "que j'adapte les exemples à vos outils internes.</p>",
        ),
    ),
    h_defect(
        "chatter_nota_para_el_profesor",
        "es_historia",
        "chatter",
        html(
            "La reforma agraria",
            "<h3>La reforma agraria</h3><p>La Ley de Bases de 1932 quiso repartir las grandes fincas del sur "
            "entre los jornaleros. Su aplicación fue lenta y dejó descontentos a propietarios y campesinos.</p>"
            "<p>(Nota para el profesor: he dejado fuera la reforma militar de Azaña porque no tenía claro si "
            "entra en vuestra programación; dime si la añado.)</p><p>Compara la ley con lo que esperaban los "
            "jornaleros de Andalucía.</p>",
        ),
    ),
    h_defect(
        "chatter_espero_que_te_sirva",
        "es_excel",
        "chatter",
        html(
            "Filtrar por proveedor",
            "<h3>Filtrar por proveedor</h3><p>Selecciona la fila de encabezados y pulsa Datos &gt; Filtro. En "
            "la columna Proveedor, desmarca Seleccionar todo y marca solo el que necesitas.</p><p>¡Espero que "
            "te sirva! Cualquier cosa me dices y lo vamos ajustando.</p>",
        ),
    ),
    h_defect(
        "chatter_perfeito_reescrevi",
        "pt_matematica",
        "chatter",
        html(
            "Frações equivalentes",
            "<p>Perfeito! Reescrevi a aula com uma linguagem mais simples, como você pediu:</p><h3>Frações "
            "equivalentes</h3><p>Frações equivalentes representam a mesma parte do inteiro. Multiplicando o "
            "numerador e o denominador pelo mesmo número, 1/2 vira 2/4, 3/6 ou 4/8.</p>",
        ),
    ),
    h_defect(
        "chatter_desculpe_se_ficou_longo",
        "pt_vendas",
        "chatter",
        html(
            "Objeção de preço",
            "<h3>Objeção de preço</h3><p>Quando o cliente diz que está caro, pergunte: caro em relação a quê? "
            "Muitas vezes ele compara com uma solução que não resolve o mesmo problema.</p><p>Desculpe se o "
            "texto ficou longo demais; se preferir, posso resumir tudo em tópicos.</p>",
        ),
    ),
    h_defect(
        "chatter_certo_ecco_la_lezione",
        "it_primo_soccorso",
        "chatter",
        html(
            "Posizione laterale di sicurezza",
            "<p>Certo! Ecco la lezione sulla posizione laterale di sicurezza, pronta da inserire nel corso.</p>"
            "<h3>La posizione laterale di sicurezza</h3><p>Se la persona respira ma non risponde, mettetela su "
            "un fianco con la testa estesa: la lingua non chiude le vie aeree e un eventuale vomito può uscire. "
            "Controllate il respiro ogni minuto.</p>",
        ),
    ),
    h_defect(
        "chatter_fammi_sapere_quiz",
        "it_primo_soccorso",
        "chatter",
        html(
            "Le ustioni",
            "<h3>Le ustioni</h3><p>Raffreddate l'ustione sotto acqua corrente tiepida per almeno venti minuti. "
            "Non usate ghiaccio, burro o creme e non staccate i vestiti attaccati alla pelle.</p><p>Fammi sapere "
            "se vuoi che aggiunga un quiz finale o che adatti gli esempi ai rischi del vostro magazzino.</p>",
        ),
    ),
    h_defect(
        "chatter_natuurlijk_hieronder",
        "nl_boekhouden",
        "chatter",
        html(
            "De btw-aangifte",
            "<p>Natuurlijk! Hieronder vind je de les over de btw-aangifte, in eenvoudige taal zoals je vroeg.</p>"
            "<h3>De btw-aangifte</h3><p>Elk kwartaal geeft u aan hoeveel btw u in rekening hebt gebracht en "
            "hoeveel u zelf hebt betaald. Het verschil betaalt u aan de Belastingdienst, of u krijgt het "
            "terug.</p>",
        ),
    ),
    h_defect(
        "chatter_laat_gerust_weten",
        "nl_boekhouden",
        "chatter",
        html(
            "Zakelijke kosten",
            "<h3>Zakelijke kosten</h3><p>Een laptop die u alleen voor uw werk gebruikt, is een zakelijke kost. "
            "Gebruikt u hem ook privé, dan trekt u alleen het zakelijke deel af.</p><p>Laat gerust weten als ik "
            "nog iets moet aanpassen of uitbreiden!</p>",
        ),
    ),
    h_defect(
        "chatter_in_the_unit_title",
        "typography",
        "chatter",
        html(
            "Kerning, updated per your feedback",
            "<h3>Kerning</h3><p>Kerning adjusts the space between two particular letters, such as A and V, "
            "whose shapes leave a gap that tracking cannot fix. Kern headlines by eye at the size they will be "
            "printed; leave body text to the font's own kerning.</p>",
        ),
    ),
]
