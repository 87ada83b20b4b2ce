"""Held-back G, the courses that must pass: each quotes, teaches or uses something that looks like
assistant chatter or a placeholder, on purpose. Written blind, with the defects in review_cases_g.py."""

from __future__ import annotations

from corpus.review_bases_g import g_fine as _fine
from corpus.review_model import html

FINE_G: list = [
    _fine(
        "hb7_fine_transcript_boilerplate_reply",
        "ai_literacy",
        html(
            "Spotting boilerplate",
            "<h3>Spotting boilerplate</h3><p>Here is a real exchange from our pilot, lightly anonymised:</p>"
            "<blockquote><p><strong>Staff member:</strong> Summarise the attached leave policy in five bullet "
            "points.</p><p><strong>Assistant:</strong> Sure! Here's a concise summary of the leave policy. [five "
            "bullet points] I hope this helps — let me know if you'd like me to shorten it further!</p></blockquote>"
            "<p>The first and last sentences of the reply are boilerplate. Delete them before you paste the "
            "summary into an email to a colleague.</p>",
        ),
    ),
    _fine(
        "hb7_fine_signs_of_an_unchecked_draft",
        "ai_literacy",
        html(
            "Signs of an unchecked draft",
            "<h3>Signs of an unchecked draft</h3><p>Some documents show they were pasted from an assistant without "
            "a read-through. Typical signs: a bracketed gap such as “[insert statistic]”, a sentence like “As an "
            "AI language model, I cannot…”, or a closing offer to “expand on any section”.</p><p>When you find "
            "one, send the document back to its author rather than fixing it silently.</p>",
        ),
    ),
    _fine(
        "hb7_fine_chatbot_greeting_copy",
        "ux_writing",
        html(
            "A bot's first line",
            "<h3>A bot's first line</h3><p>Compare two openings for a booking chatbot:</p><ul><li>“Hi! I'm Ava, "
            "the booking assistant. How can I help you today?”</li><li>“Hi, I'm Ava. I can book, move or cancel a "
            "table. What would you like to do?”</li></ul><p>The second tells people what the bot can do, so fewer "
            "of them ask it for things it cannot handle.</p>",
        ),
    ),
    _fine(
        "hb7_fine_lorem_ipsum_as_subject",
        "ux_writing",
        html(
            "Real copy in mock-ups",
            "<h3>Real copy in mock-ups</h3><p>A mock-up filled with lorem ipsum looks finished but hides the real "
            "problems: German labels that run 30% longer, a product name that wraps, an error message nobody "
            "wrote. Write draft copy before the first design review, even if it changes later.</p>",
        ),
    ),
    _fine(
        "hb7_fine_jinja_template_syntax",
        "python_bootcamp",
        html(
            "Filling a template",
            "<h3>Filling a template</h3><p>Reports are often made from templates. In the Jinja template "
            "<code>Dear {{ student_name }}, your score was {{ score }}.</code> each pair of double braces marks a "
            "slot that is filled when the template is rendered:</p><pre><code>from jinja2 import Template\n"
            "print(Template('Dear {{ student_name }}').render(student_name='Ana'))</code></pre><p>Run it, then "
            "render the same template with your own name.</p>",
        ),
    ),
    _fine(
        "hb7_fine_code_todo_comment_and_fstring",
        "python_bootcamp",
        html(
            "A function that replies",
            "<h3>A function that replies</h3><p>This function builds a chatbot-style reply from a city's total:</p>"
            "<pre><code>def reply(city, total):\n    # TODO: round the total to 2 decimals\n"
            '    return f"Sure! Here\'s what I found: {city} spent {total}."</code></pre><p>Do what the TODO '
            "comment asks, then call <code>reply('Lyon', 1234.567)</code> and check the output.</p>",
        ),
    ),
    _fine(
        "hb7_fine_todo_list_productivity",
        "leadership",
        html(
            "Tracking delegated work",
            "<h3>Tracking delegated work</h3><p>Keep one TODO list for the team, with three columns: To do, Doing, "
            "Done. When you delegate a task, move it to Doing with the person's name and the date you agreed to "
            "check in.</p><p>Review the list at the start of each stand-up, not in the middle of it.</p>",
        ),
    ),
    _fine(
        "hb7_fine_claro_in_bank_dialogue",
        "es_finanzas",
        html(
            "Abrir una cuenta",
            "<h3>Abrir una cuenta</h3><p>Lee este diálogo en una sucursal:</p><p>—¿Puedo abrir una cuenta sin "
            "tener la nómina domiciliada?<br>—Claro, pero la cuenta tendrá una comisión de mantenimiento de 5 euros "
            "al mes.</p><p>Antes de firmar, pregunta siempre qué comisiones tiene la cuenta y cómo evitarlas.</p>",
        ),
    ),
    _fine(
        "hb7_fine_x_percent_rule_of_72",
        "es_finanzas",
        html(
            "La regla del 72",
            "<h3>La regla del 72</h3><p>Si un depósito te da un X % anual, tu dinero se duplica en unos 72 / X "
            "años. Con un 4 %, unos 18 años; con un 8 %, unos 9.</p><p>Aplica la regla a las dos ofertas de la "
            "ficha.</p>",
        ),
    ),
    _fine(
        "hb7_fine_square_bracket_law_reports",
        "contract_law",
        html(
            "Unilateral offers",
            "<h3>Unilateral offers</h3><p>In <em>Carlill v Carbolic Smoke Ball Co</em> [1893] 1 QB 256 the company "
            "promised £100 to anyone who used its smoke ball and still caught flu. The court held this was an "
            "offer to the world, accepted by doing what it asked.</p><p>Compare <em>Partridge v Crittenden</em> "
            "[1968] 1 WLR 1204, where an advertisement was only an invitation to treat.</p>",
        ),
    ),
    _fine(
        "hb7_fine_signature_block_blanks",
        "contract_law",
        html(
            "The signature block",
            "<h3>The signature block</h3><p>A contract's last page usually looks like this before signing:</p>"
            "<pre>Signed for and on behalf of Northway Ltd\nName: ______________________\n"
            "Signature: _________________\nDate: ______________________</pre><p>Before a contract goes out, check "
            "that every blank belongs in the signature block: a blank anywhere else (a price, a date) must be "
            "filled in or queried with the supervising solicitor.</p>",
        ),
    ),
    _fine(
        "hb7_fine_sbar_script_with_slots",
        "nursing_meds",
        html(
            "Calling with SBAR",
            "<h3>Calling with SBAR</h3><p>Use the SBAR card when you phone a doctor about a deteriorating patient. "
            "Each line has a slot you fill from the observations chart:</p><ul><li><strong>Situation:</strong> “I "
            "am calling about [patient name] in bed [number]. I am concerned because…”</li><li><strong>Background:"
            "</strong> reason for admission, relevant history, current medicines.</li><li><strong>Assessment:"
            "</strong> the latest NEWS2 score and what you think is happening.</li><li><strong>Recommendation:"
            "</strong> what you want the doctor to do, and by when.</li></ul><p>Practise filling the card from the "
            "case in your pack before your next shift.</p>",
        ),
    ),
    _fine(
        "hb7_fine_dose_blanks_drill",
        "nursing_meds",
        html(
            "Calculation drill",
            "<h3>Calculation drill</h3><p>Prescribed: paracetamol 15 mg/kg. The child weighs 20 kg. Dose = ____ "
            "mg.</p><p>Stock is 120 mg in 5 mL. Volume to give = ____ mL.</p><p>Work each answer out on paper "
            "first, then check it with a colleague, as you would on the ward.</p>",
        ),
    ),
    _fine(
        "hb7_fine_lead_sheet_brackets",
        "music_theory",
        html(
            "Chords in a song",
            "<h3>Chords in a real song</h3><p>Lead sheets mark sections and chord changes in brackets. Play the "
            "chord at each bracket and hum the tune:</p><pre>[Verse]\n[C] Twinkle, twinkle, [F] little [C] star,\n"
            "[F] How I [C] wonder [G] what you [C] are.</pre><p>Only three chords: in C major, C is I, F is IV and "
            "G is V.</p>",
        ),
    ),
    _fine(
        "hb7_fine_missing_notes_exercise",
        "music_theory",
        html(
            "Fill in the scale",
            "<h3>Fill in the scale</h3><p>Write the missing notes of the G major scale: G – A – __ – C – D – __ – "
            "F♯ – G.</p><p>Check your answer: there should be exactly one sharp.</p>",
        ),
    ),
    _fine(
        "hb7_fine_bien_sur_and_variable_x",
        "fr_cuisine",
        html(
            "Les proportions du roux",
            "<h3>Les proportions du roux</h3><p>Pour X g de farine, comptez X g de beurre : le roux se fait à poids "
            "égal. Bien sûr, la quantité de lait dépend de la consistance voulue : un litre pour 100 g de roux "
            "donne une béchamel de nappage.</p><p>Sel, poivre et muscade : selon votre goût, à rectifier en fin de "
            "cuisson.</p>",
        ),
    ),
    _fine(
        "hb7_fine_merge_field_reveals_phishing",
        "fr_securite",
        html(
            "Un indice qui trahit",
            "<h3>Un indice qui trahit</h3><p>Les fraudeurs envoient des milliers de courriels avec un outil de "
            "publipostage. Quand l'outil se trompe, le message commence par « Bonjour {{prenom}}, » ou « Cher "
            "client XXXX ». Ce champ non rempli trahit un envoi de masse : ne cliquez sur rien et signalez le "
            "message.</p>",
        ),
    ),
    _fine(
        "hb7_fine_shop_dialogue_je_peux_vous_aider",
        "fr_fle",
        html(
            "Au marché",
            "<h3>Au marché</h3><p>— Bonjour madame, je peux vous aider ?<br>— Oui, je voudrais un kilo de tomates, "
            "s'il vous plaît.<br>— Voilà. Et avec ceci ?<br>— C'est tout, merci.</p><p>Jouez le dialogue avec "
            "votre binôme, puis changez les produits.</p>",
        ),
    ),
    _fine(
        "hb7_fine_gerne_taught_phrase",
        "de_kunden",
        html(
            "Weiterverbinden",
            "<h3>Weiterverbinden</h3><p>Sagen Sie, was Sie tun, bevor Sie es tun. Beispiel:</p><blockquote><p>"
            "„Gerne! Ich verbinde Sie mit der Buchhaltung. Falls die Verbindung abbricht, erreichen Sie die "
            "Kollegen direkt unter der Durchwahl 214. Kann ich sonst noch etwas für Sie tun?“</p></blockquote>"
            "<p>Üben Sie den Satz, bis er natürlich klingt.</p>",
        ),
    ),
    _fine(
        "hb7_fine_todo_liste_vor_dem_schweissen",
        "de_schweissen",
        html(
            "Vor dem Schweißen",
            "<h3>Vor dem Schweißen</h3><p>Hängen Sie die To-do-Liste an die Kabine und haken Sie jeden Punkt ab:"
            "</p><ul><li>Gasflasche gesichert, Ventil offen</li><li>Masseklemme auf blankem Metall</li><li>"
            "Schweißhelm und Handschuhe geprüft</li><li>Feuerlöscher in Reichweite</li></ul>",
        ),
    ),
    _fine(
        "hb7_fine_unknown_and_numbered_tasks",
        "de_physik",
        html(
            "Rechnen mit U = R · I",
            "<h3>Rechnen mit dem ohmschen Gesetz</h3><p>Gegeben: R = 40 Ω, I = 0,3 A. Gesucht: U = ? V.</p><p>"
            "Lösung: U = R · I = 40 Ω · 0,3 A = 12 V. Rechne die Aufgaben [1] bis [4] im Arbeitsheft nach demselben "
            "Schema.</p>",
        ),
    ),
    _fine(
        "hb7_fine_interval_brackets",
        "pt_matematica",
        html(
            "Frações entre 0 e 1",
            "<h3>Frações no intervalo [0, 1]</h3><p>Toda fração própria, como 3/4, está no intervalo [0, 1] da reta "
            "numérica. Já 5/4 fica entre 1 e 2.</p><p>Marque na reta as frações 1/3, 2/3 e 4/3.</p>",
        ),
    ),
    _fine(
        "hb7_fine_closing_script_posso_ajudar",
        "pt_vendas",
        html(
            "Encerrando a ligação",
            "<h3>Encerrando a ligação</h3><p>Use este roteiro no fim de toda ligação de vendas:</p><blockquote><p>"
            "“Posso te ajudar em mais alguma coisa? Então fico à disposição: vou te mandar o resumo por e-mail "
            "ainda hoje.”</p></blockquote><p>Cumpra o que prometeu: o resumo precisa chegar no mesmo dia.</p>",
        ),
    ),
    _fine(
        "hb7_fine_como_posso_ajudar_hoje",
        "pt_consumidor",
        html(
            "Atendendo uma reclamação",
            "<h3>Atendendo uma reclamação</h3><p>Abra o atendimento com: “Boa tarde, meu nome é Carla. Como posso "
            "ajudar você hoje?” Depois, ouça sem interromper e anote o número do pedido.</p><p>Registre a "
            "reclamação no sistema antes de desligar.</p>",
        ),
    ),
    _fine(
        "hb7_fine_quote_with_editorial_ellipsis",
        "es_historia",
        html(
            "La cuestión religiosa",
            "<h3>La cuestión religiosa</h3><p>En las Cortes, Azaña afirmó: «España ha dejado de ser católica "
            "[...]». La frase, sacada de contexto, se usó durante años contra la República.</p><p>Explica por qué "
            "una cita recortada puede cambiar el sentido de un discurso.</p>",
        ),
    ),
    _fine(
        "hb7_fine_illegible_transcription_mark",
        "history_school",
        html(
            "A child's testimony",
            "<h3>A child's testimony</h3><p>Evidence given to the Sadler Committee, 1832:</p><blockquote><p>“I was "
            "[illegible] years old when I went to the mill. We began at five in the morning and the overlooker "
            "strapped us if we were late.”</p></blockquote><p>The transcriber could not read the word in brackets. "
            "Why might the committee still have found this evidence useful?</p>",
        ),
    ),
    _fine(
        "hb7_fine_invoice_number_pattern",
        "excel_hr",
        html(
            "Invoice numbers",
            "<h3>Invoice numbers</h3><p>Our invoice numbers follow the pattern INV-YYYY-NNNN: the year, then a "
            "four-digit counter, for example INV-2024-0173. Use a custom number format so the counter always shows "
            "four digits.</p><p>If a lookup returns #N/A, the number in the log does not match the pattern "
            "exactly.</p>",
        ),
    ),
    _fine(
        "hb7_fine_time_in_other_words",
        "music_theory",
        audience_override="Adult learners, no theory background; fluent English. Ninety minutes a week over seven weeks.",
    ),
    _fine(
        "hb7_fine_unreadable_time_reported",
        "contract_law",
        audience_override="First-year paralegals; fluent English. They study whenever the caseload allows.",
        expect_warnings=frozenset({"length_unchecked"}),
    ),
]
