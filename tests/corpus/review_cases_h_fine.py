"""Held-back H, tricky but fine: pages that teach, quote or use the surface forms of chatter and placeholders.

A newsroom's TK and its correction notice, lorem ipsum's history, merge fields and piped answers,
an assistant's draft quoted to be edited, support and phone scripts, a tenancy template's bracketed
fields and an apology letter, missing-number puzzles, spreadsheet overflow and error values, a
market dialogue, a fill-in emergency-call script, a chatbot answer critiqued. Every one must pass.
See review_cases_h.py for how this batch was made.
"""

from __future__ import annotations

from corpus.review_bases_h import h_fine
from corpus.review_model import html

FINE_H = [
    h_fine(
        "fine_tk_explained_to_reporters",
        "news_writing",
        html(
            "Marking gaps in your copy",
            "<h3>Marking gaps in your copy</h3><p>When a fact is still missing as you write, type TK, newsroom "
            'shorthand for "to come", and keep going. The two letters almost never sit together in English, so '
            "a search finds every gap before the story is filed. A story with a TK still in it never goes to "
            "the desk.</p>",
        ),
    ),
    h_fine(
        "fine_correction_notice_model",
        "news_writing",
        html(
            "Running a correction",
            "<h3>Running a correction</h3><p>When we get something wrong, we fix it online and say so at the "
            "foot of the story, in this form:</p><blockquote>Correction: An earlier version of this article gave "
            "the wrong date for the council vote. It took place on 12 March, not 13 March. We apologise for the "
            "error.</blockquote><p>Say what was wrong and what is right, and do not repeat the error in the "
            "headline.</p>",
        ),
    ),
    h_fine(
        "fine_lorem_ipsum_origin",
        "typography",
        html(
            "Dummy text",
            "<h3>Where lorem ipsum comes from</h3><p>The dummy text that begins <em>Lorem ipsum dolor sit "
            "amet</em> is a scrambled passage from Cicero's <em>De finibus bonorum et malorum</em>. Typesetters "
            "used it because its word lengths look like real text without inviting anyone to read it.</p>"
            "<p>Use it to judge the texture of a grid, never in a mock-up a client signs off: they will approve "
            "a page that cannot hold the real words.</p>",
        ),
    ),
    h_fine(
        "fine_merge_field_first_name",
        "nonprofit_comms",
        html(
            "Personalising the greeting",
            "<h3>Personalising the greeting</h3><p>In the mailing tool, type the merge field [First Name] where "
            "the supporter's first name should appear, for example <em>Dear [First Name],</em>. When the email "
            "goes out, the tool puts each supporter's own name in its place.</p><p>Set a fallback such as "
            "<em>friend</em> for records with no first name, and always send a test to yourself first.</p>",
        ),
    ),
    h_fine(
        "fine_survey_piping",
        "nonprofit_comms",
        html(
            "Piping answers",
            "<h3>Piping answers into later questions</h3><p>Survey tools can repeat an earlier answer in a later "
            "question. If question 2 asks which project the supporter gives to, question 3 can read "
            "<code>How did you first hear about {{Q2}}?</code>, and each respondent sees the project they "
            "chose.</p>",
        ),
    ),
    h_fine(
        "fine_coming_soon_teaser_email",
        "nonprofit_comms",
        html(
            "Teaser emails",
            "<h3>Teaser emails</h3><p>A teaser goes out a week before a campaign opens. A subject line such as "
            "“Coming soon: our winter shelter appeal” tells supporters to watch for the launch without asking "
            "them for anything yet.</p>",
        ),
    ),
    h_fine(
        "fine_assistant_draft_to_edit",
        "ux_writing",
        html(
            "Editing an assistant's draft",
            "<h3>Editing an assistant's draft</h3><p>A colleague pasted this from a chat assistant straight into "
            "the onboarding screen:</p><blockquote>Certainly! Here's a friendly welcome message for your app: "
            "Welcome aboard! We're thrilled to have you. Let me know if you'd like a shorter version."
            "</blockquote><p>The first sentence and the last talk to the person who asked for the copy, not to "
            "the user, and <em>thrilled</em> promises a feeling no screen can deliver. Cut both ends and two "
            "words remain: <em>Welcome aboard</em>. Start from there.</p>",
        ),
    ),
    h_fine(
        "fine_support_apology_lines",
        "support_chat",
        html(
            "Apologising well",
            "<h3>Apologising well</h3><p>Apologise once, for the customer's experience, then move to the fix. "
            "Lines that work in our chats:</p><ul><li>“I'm sorry the export failed right before your "
            "deadline.”</li><li>“Let me check what happened on your account.”</li><li>“Is there anything else I "
            "can help you with today?”</li></ul><p>Avoid “Sorry for any inconvenience”: it apologises for "
            "nothing in particular.</p>",
        ),
    ),
    h_fine(
        "fine_saved_reply_variable",
        "support_chat",
        html(
            "Saved replies",
            "<h3>Saved replies</h3><p>A saved reply can greet the customer by name: the tool fills in "
            "<code>{{customer.first_name}}</code> when you insert it. Read the reply before sending and change "
            "at least one sentence so that it answers this customer, not the last one.</p>",
        ),
    ),
    h_fine(
        "fine_tenancy_template_fields",
        "lettings",
        html(
            "Completing the branch template",
            "<h3>Completing the branch template</h3><p>The tenancy template has a field in square brackets "
            "wherever the details change from one let to the next:</p><blockquote>This agreement is made on "
            "[date] between [landlord's full name] (the Landlord) and [tenant's full name] (the Tenant) for the "
            "property at [address].</blockquote><p>Fill every bracket from the landlord's instruction form and "
            "the tenant's application, and delete the brackets themselves. A printed agreement with a bracket "
            "left in it goes back to the negotiator.</p>",
        ),
    ),
    h_fine(
        "fine_deposit_delay_letter",
        "lettings",
        html(
            "Writing to a tenant about a delay",
            "<h3>Writing to a tenant about a delay</h3><p>When a deposit return runs late, write promptly and "
            "say why. A model letter:</p><blockquote>Dear Ms Okafor, I am sorry that the return of your deposit "
            "has taken longer than we promised. The landlord has disputed the cleaning charge, and the scheme's "
            "adjudicator will decide within 28 days. I will write to you as soon as we hear.</blockquote><p>One "
            "apology, the reason, and when the tenant will next hear from you.</p>",
        ),
    ),
    h_fine(
        "fine_missing_number_puzzles",
        "algebra",
        html(
            "Missing-number puzzles",
            "<h3>Missing-number puzzles</h3><p>Before letters, try boxes. What goes in the box: □ + 6 = 15? The "
            "box is 9.</p><p>Now write the same puzzle with a letter: x + 6 = 15, so x = ? Take 6 from both "
            "sides to find it.</p><p>Try these: 2 × ? = 18; ? − 4 = 10; 5 + ? = 12.</p>",
        ),
    ),
    h_fine(
        "fine_hash_overflow_and_error_values",
        "excel_hr",
        html(
            "When a cell shows ####",
            "<h3>When a cell shows ####</h3><p>A row of hash signs (#####) in a cell does not mean the number is "
            "lost: the column is too narrow to show it. Double-click the border to the right of the column "
            "letter to widen it.</p><p>Error values are different. #N/A from VLOOKUP means the supplier was not "
            "found in the list; #VALUE! means a formula tried to add text.</p>",
        ),
    ),
    h_fine(
        "fine_errores_nombre_y_almohadillas",
        "es_excel",
        html(
            "Errores frecuentes",
            "<h3>Errores frecuentes</h3><p>Si una celda muestra #¿NOMBRE?, Excel no reconoce la función: "
            "comprueba que escribiste SUMA y no SUM. Si aparece ########, la columna es demasiado estrecha; "
            "ensánchala con doble clic en el borde.</p>",
        ),
    ),
    h_fine(
        "fine_gegeben_gesucht",
        "de_physik",
        html(
            "Rechnen mit dem ohmschen Gesetz",
            "<h3>Rechnen mit dem ohmschen Gesetz</h3><p>Gegeben: R = 20 Ω, I = 0,5 A. Gesucht: U = ?</p>"
            "<p>Lösung: U = R · I = 20 Ω · 0,5 A = 10 V.</p><p>Schreibe bei jeder Aufgabe zuerst auf, was "
            "gegeben und was gesucht ist.</p>",
        ),
    ),
    h_fine(
        "fine_telefon_abschluss_saetze",
        "de_kunden",
        html(
            "Das Gespräch abschließen",
            "<h3>Das Gespräch abschließen</h3><p>Fassen Sie zusammen, was vereinbart ist, und fragen Sie: „Kann "
            "ich sonst noch etwas für Sie tun?“ Bedankt sich die Kundin, antworten Sie: „Gern geschehen! Ich "
            "wünsche Ihnen einen schönen Tag.“</p><p>Erst danach legen Sie auf.</p>",
        ),
    ),
    h_fine(
        "fine_dialogue_au_marche",
        "fr_fle",
        html(
            "Au marché",
            "<h3>Au marché</h3><p>Lisez le dialogue à voix haute avec votre binôme.</p><p>— Bonjour madame, je "
            "voudrais un kilo de pommes, s'il vous plaît.<br>— Bien sûr ! Voici vos pommes. Et avec ceci ?<br>"
            "— C'est tout, merci. Ça fait combien ?<br>— Trois euros vingt.</p>",
        ),
    ),
    h_fine(
        "fine_fracao_numero_que_falta",
        "pt_matematica",
        html(
            "Complete a fração",
            "<h3>Complete a fração</h3><p>Descubra o número que falta em cada igualdade: 1/2 = ?/8; 3/4 = 9/?; "
            "?/5 = 4/10.</p><p>Dica: pense por qual número o denominador foi multiplicado.</p>",
        ),
    ),
    h_fine(
        "fine_modelo_de_mensagem_ao_cliente",
        "pt_vendas",
        html(
            "Retomando o contato",
            "<h3>Retomando o contato</h3><p>Depois da reunião, envie um resumo no mesmo dia. Um modelo de "
            "abertura:</p><blockquote>Claro! Aqui está o resumo que combinamos, com os três pontos que você "
            "levantou sobre o prazo de implantação.</blockquote><p>Repare que a mensagem retoma as palavras do "
            "cliente e já propõe o próximo passo.</p>",
        ),
    ),
    h_fine(
        "fine_schema_della_chiamata",
        "it_primo_soccorso",
        html(
            "Lo schema della chiamata",
            "<h3>Lo schema della chiamata</h3><p>Tenete questo schema vicino al telefono e completatelo a voce, "
            "al momento della chiamata, con i vostri dati:</p><blockquote>Sono [nome e cognome], addetto al "
            "primo soccorso della ditta [nome della ditta], in via [indirizzo], piano [numero]. Una persona "
            "[che cosa è successo].</blockquote><p>Le parti tra parentesi quadre le dite voi: preparatele per "
            "la vostra sede prima dell'esercitazione.</p>",
        ),
    ),
    h_fine(
        "fine_mi_scusi_ai_passanti",
        "it_primo_soccorso",
        html(
            "Chiedere aiuto ai passanti",
            "<h3>Chiedere aiuto ai passanti</h3><p>Indicate una persona precisa e datele un compito: «Mi scusi, "
            "lei con la giacca blu: chiami il 112 e torni a dirmi che l'ha fatto.» Una richiesta generica a "
            "tutti di solito non la raccoglie nessuno.</p>",
        ),
    ),
    h_fine(
        "fine_chatbot_antwoord_gecontroleerd",
        "nl_boekhouden",
        html(
            "AI en belastingvragen",
            "<h3>AI en belastingvragen</h3><p>Een cursist vroeg een chatbot of hij btw moest rekenen over een "
            "dienst aan een Duitse klant. Het antwoord begon zo:</p><blockquote>Goede vraag! Als taalmodel kan "
            "ik geen belastingadvies geven, maar in het algemeen geldt…</blockquote><p>Juist dat 'in het "
            "algemeen' is het probleem: bij diensten aan ondernemers in een ander EU-land wordt de btw meestal "
            "verlegd. Controleer zulke antwoorden altijd op de site van de Belastingdienst.</p>",
        ),
    ),
    h_fine(
        "fine_factuursjabloon_velden",
        "nl_boekhouden",
        html(
            "Een factuursjabloon",
            "<h3>Een factuursjabloon</h3><p>In het sjabloon van de cursus staan velden tussen punthaken, zoals "
            "<code>&lt;klantnaam&gt;</code> en <code>&lt;factuurnummer&gt;</code>. Het boekhoudprogramma vult "
            "ze in zodra u een klant kiest.</p><p>Het IBAN NL00 BANK 0123 4567 89 in de oefenbestanden is "
            "verzonnen: zet op echte facturen uw eigen rekeningnummer.</p>",
        ),
    ),
    h_fine(
        "fine_knowledge_cutoff_example",
        "ai_literacy",
        html(
            "Out-of-date answers",
            "<h3>Out-of-date answers</h3><p>Assistants learn from text up to a certain date. Some say so, with "
            "a line like <q>As of my last knowledge update, the rate was 3.5%</q>. Treat any such figure as "
            "history and look up today's value at its source.</p>",
        ),
    ),
    h_fine(
        "fine_form_field_hint_text",
        "ux_writing",
        html(
            "Hints inside fields",
            "<h3>Hints inside fields</h3><p>The grey hint inside an empty field, such as <em>e.g. "
            "name@company.com</em>, disappears as soon as the user types. Never let it be the only label: people "
            "forget what the field asked for. Put the label above the field and keep the hint for a format "
            "example.</p>",
        ),
    ),
]
