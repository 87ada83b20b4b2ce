"""Held-back H, placeholders: a page an author or a generator left unfinished.

Slots in square, angle and curly brackets, newsroom and editorial markers (TK, XXX, ???, a
citation note, an unresolved figure number, FIXME), notes to insert something here in seven
languages, status words standing in for a page, dummy text with no "lorem ipsum" in it, keyboard
mash, a masked number, a stand-in image and a title still to be decided. Each is a defect in a
course about something else. See review_cases_h.py for how this batch was made.
"""

from __future__ import annotations

from corpus.review_bases_h import h_defect
from corpus.review_model import html

PLACEHOLDER_H = [
    h_defect(
        "placeholder_team_lead_in_brackets",
        "support_chat",
        "placeholder",
        html(
            "Refund requests",
            "<h3>Refund requests</h3><p>If a customer asks for a refund over $200, hand the chat to [team lead's "
            "name] with the escalation button and tell the customer who will reply, and by when.</p>",
        ),
    ),
    h_defect(
        "placeholder_link_in_angle_brackets",
        "typography",
        "placeholder",
        html(
            "Type specimens",
            "<h3>Type specimens</h3><p>Download the agency's specimen sheets from &lt;link to shared drive&gt; "
            "and print the two faces you will compare at 10 and 12 point.</p>",
        ),
    ),
    h_defect(
        "placeholder_dollar_brace_branch",
        "lettings",
        "placeholder",
        html(
            "Your first tenancy file",
            "<h3>Your first tenancy file</h3><p>At ${branch_name}, every new tenancy file starts with the "
            "referencing report and the signed receipt for the holding deposit.</p>",
        ),
    ),
    h_defect(
        "placeholder_single_brace_trainer",
        "fr_fle",
        "placeholder",
        html(
            "Bienvenue",
            "<h3>Bienvenue</h3><p>Votre formatrice, {prenom_formatrice}, vous accueille le lundi à 18 h en salle "
            "2. Apportez votre cahier et votre livre.</p>",
        ),
    ),
    h_defect(
        "placeholder_tk_in_a_fact",
        "history_school",
        "placeholder",
        html(
            "The 1833 Factory Act",
            "<h3>The 1833 Factory Act</h3><p>The Act banned children under nine from textile mills and limited "
            "those aged nine to thirteen to TK hours a day. Four inspectors were appointed for the whole "
            "country.</p>",
        ),
    ),
    h_defect(
        "placeholder_xxx_weeks_rent",
        "lettings",
        "placeholder",
        html(
            "Holding deposits",
            "<h3>Holding deposits</h3><p>A holding deposit reserves the property while references are checked. "
            "It is capped at XXX week's rent and must be returned within seven days of the tenancy agreement "
            "being signed.</p>",
        ),
    ),
    h_defect(
        "placeholder_question_marks_word_limit",
        "news_writing",
        "placeholder",
        html(
            "News briefs",
            "<h3>News briefs</h3><p>A brief covers one event in a single short paragraph. Our style guide allows "
            "??? words, so cut the background and keep only who, what, when and where.</p>",
        ),
    ),
    h_defect(
        "placeholder_citation_needed",
        "history_school",
        "placeholder",
        html(
            "Children in the mills",
            "<h3>Children in the mills</h3><p>By 1835 children under thirteen made up around a fifth of the "
            "workforce in cotton mills [citation needed]. Many were orphans sent from workhouses as "
            "apprentices.</p>",
        ),
    ),
    h_defect(
        "placeholder_fuente_entre_corchetes",
        "es_historia",
        "placeholder",
        html(
            "El voto femenino",
            "<h3>El voto femenino</h3><p>La Constitución de 1931 reconoció el voto de las mujeres, que votaron "
            "por primera vez en las elecciones de 1933 [¿fuente?]. Clara Campoamor lo defendió en las "
            "Cortes.</p>",
        ),
    ),
    h_defect(
        "placeholder_insert_screenshot_here",
        "support_chat",
        "placeholder",
        html(
            "The chat queue",
            "<h3>The chat queue</h3><p>New chats appear at the top of the queue with a yellow marker.</p>"
            "<p>Insert screenshot of the queue here.</p><p>Pick up the oldest chat first unless a colleague has "
            "flagged one as urgent.</p>",
        ),
    ),
    h_defect(
        "placeholder_messwerte_ergaenzen",
        "de_physik",
        "placeholder",
        html(
            "Messreihe",
            "<h3>Messreihe</h3><p>Wir haben die Spannung an einem Widerstand schrittweise erhöht und jeweils die "
            "Stromstärke gemessen.</p><p>Tabelle mit den Messwerten hier ergänzen.</p><p>Trage die Werte in ein "
            "U-I-Diagramm ein: Die Punkte liegen auf einer Geraden durch den Ursprung.</p>",
        ),
    ),
    h_defect(
        "placeholder_inserer_schema",
        "fr_cuisine",
        "placeholder",
        html(
            "Organiser son poste",
            "<h3>Organiser son poste</h3><p>Les denrées crues à gauche, les planches et couteaux au centre, les "
            "bacs de préparations finies à droite : on avance toujours du sale vers le propre.</p>"
            "<p>[Insérer ici le schéma du poste de travail]</p>",
        ),
    ),
    h_defect(
        "placeholder_colocar_link",
        "pt_consumidor",
        "placeholder",
        html(
            "Registrar a reclamação",
            "<h3>Registrar a reclamação</h3><p>Toda reclamação recebe um número de protocolo, que deve ser "
            "informado ao cliente no fim do atendimento.</p><p>Colocar aqui o link do formulário interno de "
            "reclamações.</p>",
        ),
    ),
    h_defect(
        "placeholder_inserire_foto",
        "it_primo_soccorso",
        "placeholder",
        html(
            "Il defibrillatore",
            "<h3>Il defibrillatore</h3><p>Accendete il DAE e seguite le istruzioni vocali: applicate le piastre "
            "sul torace nudo come mostrato nei disegni.</p><p>(inserire qui la foto del defibrillatore presente "
            "in sede)</p>",
        ),
    ),
    h_defect(
        "placeholder_voorbeeld_toevoegen",
        "nl_boekhouden",
        "placeholder",
        html(
            "Wat moet er op een factuur?",
            "<h3>Wat moet er op een factuur?</h3><p>Een factuur vermeldt onder meer uw naam en adres, uw "
            "btw-identificatienummer, een uniek factuurnummer, de datum en het btw-bedrag.</p><p>Hier nog een "
            "voorbeeldfactuur toevoegen.</p>",
        ),
    ),
    h_defect(
        "placeholder_to_be_confirmed_page",
        "algebra",
        "placeholder",
        html("End-of-unit test", "<h3>End-of-unit test</h3><p>To be confirmed.</p>"),
    ),
    h_defect(
        "placeholder_inhalt_folgt",
        "de_schweissen",
        "placeholder",
        html("Nahtfehler erkennen", "<h3>Nahtfehler erkennen</h3><p>Inhalt folgt in Kürze.</p>"),
    ),
    h_defect(
        "placeholder_latin_filler_without_lorem",
        "nursing_meds",
        "placeholder",
        html(
            "Insulin",
            "<h3>Insulin</h3><p>Consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
            "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut "
            "aliquip ex ea commodo consequat.</p>",
        ),
    ),
    h_defect(
        "placeholder_keyboard_mash",
        "algebra",
        "placeholder",
        html("Expanding brackets", "<h3>Expanding brackets</h3><p>asdf asdf test</p>"),
    ),
    h_defect(
        "placeholder_masked_phone_number",
        "nl_boekhouden",
        "placeholder",
        html(
            "Hulp bij de aangifte",
            "<h3>Hulp bij de aangifte</h3><p>Loopt u vast bij de aangifte, bel dan de cursuslijn op "
            "020-xxx xx xx. Houd uw btw-identificatienummer bij de hand.</p>",
        ),
    ),
    h_defect(
        "placeholder_unresolved_figure_number",
        "typography",
        "placeholder",
        html(
            "Leading",
            "<h3>Leading</h3><p>Compare the two settings in Figure ??: the left column is set solid, the right "
            "with two points of extra leading. The right is easier to follow from line to line.</p>",
        ),
    ),
    h_defect(
        "placeholder_title_tbc",
        "news_writing",
        "placeholder",
        html(
            "Lesson 7 – title TBC",
            "<h3>Interviewing</h3><p>Prepare five questions, but listen more than you ask. The best quote often "
            "comes after the question you did not plan.</p>",
        ),
    ),
    h_defect(
        "placeholder_stand_in_chart_image",
        "nonprofit_comms",
        "placeholder",
        html(
            "Reading the ratings",
            "<h3>Reading the ratings</h3><p>The chart below shows how supporters rated each section of the "
            'newsletter.</p><img src="/static/placeholder-640x360.png" alt="chart placeholder">',
        ),
    ),
    h_defect(
        "placeholder_fixme_note",
        "pt_vendas",
        "placeholder",
        html(
            "Próximo passo",
            "<h3>Próximo passo</h3><p>Nunca termine uma reunião sem um próximo passo com data marcada.</p>"
            "<p>FIXME: atualizar com o novo processo do CRM</p>",
        ),
    ),
]
