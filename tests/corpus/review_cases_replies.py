"""Tuned cases for the draft as correspondence (guardrails/replies.py and guardrails/dialogue.py), written
after H was read: wishes to whoever runs the course, references to an earlier reply, no access to the
requester's material, formal sign-offs offering amendments, offers behind a condition or a question,
this version described for *your* text, revision notes in titles, notes to someone other than the
learners. None of H's sentences; each class has look-alikes said to learners, taught, or spoken in a
dialogue (dash turns or speaker labels).
"""

from __future__ import annotations

from corpus.review_model import Case, html, p
from corpus.tuned import defects_of, fine

_defect = defects_of("chatter")
_fine = fine


REPLY_CASES: list[Case] = [
    # ---- wishes to whoever runs the course ----
    _defect(
        "rep_hope_these_notes_new_starters",
        "safety_onboarding",
        html(
            "Forklift zones",
            p("Walk only inside the green lanes; forklifts have right of way everywhere else.")
            + p("Hope these notes give your new starters a clear picture of the yard."),
        ),
    ),
    _defect(
        "rep_es_espero_tus_voluntarios",
        "es_historia",
        html(
            "El exilio de 1939",
            p("En febrero de 1939 cerca de medio millón de personas cruzaron la frontera francesa.")
            + p(
                "Espero que la unidad resulte clara para tus alumnos de bachillerato. ¡Mucha suerte con el curso!"
            ),
        ),
    ),
    _defect(
        "rep_it_spero_che_serva",
        "ux_writing",
        html(
            "Empty states",
            p("An empty state says why the screen is empty and offers the first action.")
            + p("Spero che questa lezione sia utile al tuo gruppo di lavoro."),
        ),
    ),
    # ---- references to an earlier reply ----
    _defect(
        "rep_my_last_answer_wrong_date",
        "history_school",
        html(
            "The Great Reform Act",
            p("In my last answer I gave 1830 for the Great Reform Act; it was passed in 1832.")
            + p("The Act swept away rotten boroughs and gave seats to the new industrial towns."),
        ),
    ),
    _defect(
        "rep_de_vorherige_antwort",
        "de_physik",
        html(
            "Reihenschaltung",
            p("In meiner vorherigen Antwort fehlte die Formel für den Gesamtwiderstand.")
            + p("In der Reihenschaltung addieren sich die Widerstände: R = R1 + R2."),
        ),
    ),
    # ---- no access to the requester's material ----
    _defect(
        "rep_cannot_see_your_company_policy",
        "excel_hr",
        html(
            "Leave requests",
            p("Log each leave request in the register on the day it arrives.")
            + p("I can't see your company's leave policy, so the carry-over rule below is a common one."),
        ),
    ),
    _defect(
        "rep_fr_pas_acces_a_vos_procedures",
        "fr_securite",
        html(
            "Signaler un incident",
            p("Signalez tout courriel suspect au service informatique, sans cliquer sur ses liens.")
            + p("Je n'ai pas accès à vos procédures internes : j'ai donc gardé des exemples génériques."),
        ),
    ),
    # ---- formal sign-offs offering amendments ----
    _defect(
        "rep_should_you_need_further_changes",
        "leadership",
        html(
            "Delegating",
            p("Delegate the outcome, not the method, and agree when you will check in.")
            + p(
                "Should you need any further changes to the wording, I remain at your disposal. Best regards."
            ),
        ),
    ),
    _defect(
        "rep_pt_fico_a_disposicao_alteracoes",
        "pt_vendas",
        html(
            "Fechamento",
            p("Resuma o que foi combinado antes de pedir a assinatura.")
            + p("Fico à disposição para quaisquer outras alterações que julgue necessárias."),
        ),
    ),
    # ---- offers behind a condition or a question ----
    _defect(
        "rep_if_useful_i_can_make_flashcards",
        "python_bootcamp",
        html(
            "Dictionaries",
            p("A dictionary maps keys to values: <code>ages['ana']</code> reads one value.")
            + p("If that would be useful, I can also make a set of flashcards for the key methods."),
        ),
    ),
    _defect(
        "rep_es_dime_si_debo",
        "es_excel",
        html(
            "Formato condicional",
            p("Inicio &gt; Formato condicional resalta las celdas que cumplen una regla.")
            + p("Dime si debo cambiar los ejemplos por datos de vuestro almacén."),
        ),
    ),
    _defect(
        "rep_de_soll_ich_uebungsblatt",
        "de_kunden",
        html(
            "Beschwerden",
            p("Hören Sie zu, ohne zu unterbrechen, und fassen Sie das Anliegen zusammen.")
            + p(
                "Soll ich für die Schulung am Montag noch ein kurzes Übungsblatt mit Lösungen zusammenstellen?"
            ),
        ),
    ),
    _defect(
        "rep_nl_laat_maar_weten",
        "ux_writing",
        html(
            "Button labels",
            p("A button says what happens when you press it: Save draft, not OK.")
            + p("Laat maar weten of ik de voorbeelden nog moet vertalen."),
        ),
    ),
    # ---- the version described for your text; titles ----
    _defect(
        "rep_this_version_drops_your_intro",
        "ai_literacy",
        html(
            "Checking sources",
            p("This version drops your long introduction and starts with the checklist.")
            + p("Before you trust an answer, find the page it came from and read it yourself."),
        ),
    ),
    _defect(
        "rep_title_revised_following_your_comments",
        "python_bootcamp",
        html(
            "Loops (revised following your comments)",
            p("A <code>for</code> loop runs its body once for each item in a list."),
        ),
    ),
    _defect(
        "rep_fr_title_selon_vos_remarques",
        "fr_fle",
        html(
            "Le passé composé - corrigé selon vos remarques",
            p("On forme le passé composé avec avoir ou être et le participe passé."),
        ),
    ),
    # ---- notes to someone other than the learners ----
    _defect(
        "rep_note_for_the_trainer_first_person",
        "safety_onboarding",
        html(
            "Manual handling",
            p("Bend your knees, keep the load close and do not twist.")
            + p(
                "(Note for the trainer: I left out the team-lift section because I wasn't given your weights table.)"
            ),
        ),
    ),
    _defect(
        "rep_de_hinweis_fuer_die_kursleitung",
        "de_physik",
        html(
            "Spannung messen",
            p("Das Voltmeter wird parallel zum Bauteil geschaltet.")
            + p("Hinweis für die Kursleitung: Ich habe die Aufgabe mit dem Oszilloskop weggelassen."),
        ),
    ),
    # ---- look-alikes: said to learners, taught, or a dialogue ----
    _fine(
        "rep_fine_we_hope_you_good_luck_exam",
        "history_school",
        html(
            "Revision week",
            p("We hope this unit gives you a solid start on the exam questions. Good luck with the exam!")
            + p("Hope for the best, but plan each answer before you write it."),
        ),
    ),
    _fine(
        "rep_fine_contact_me_changes_to_your_booking",
        "leadership",
        html(
            "Coaching sessions",
            p("Book your coaching sessions in the calendar before the end of the month.")
            + p("Do not hesitate to contact me if you need any changes to your booking.")
            + p("Note for managers: this exercise works best in pairs."),
        ),
    ),
    _fine(
        "rep_fine_my_previous_job_story",
        "leadership",
        html(
            "Feedback that lands",
            p(
                "In my previous job I waited a month to tell a colleague about a mistake; by then it was a habit."
            )
            + p("Give feedback within a day, in private, about one thing."),
        ),
    ),
    _fine(
        "rep_fine_support_agent_dialogue_labels",
        "ux_writing",
        html(
            "Reading a support chat",
            p("Read this exchange and mark where the agent could have been clearer.")
            + p("Customer: I was charged twice this month.")
            + p(
                "Agent: Sorry about the mix-up! I don't have access to your card details, but I can see both charges."
            )
            + p("Customer: Can you refund one?")
            + p("Agent: Sure. Here is your refund reference."),
        ),
    ),
    _fine(
        "rep_fine_es_dialogo_con_rayas",
        "es_historia",
        html(
            "Una carta de 1936",
            p("Lee el diálogo entre dos milicianos y contesta las preguntas.")
            + p(
                "— ¿Tienes noticias de tu familia?<br>— Claro. Aquí tienes la carta de mi madre.<br>— Léela tú."
            )
            + p("¿Qué nos dice la carta sobre la vida en la retaguardia?"),
        ),
    ),
    _fine(
        "rep_fine_de_soll_ich_im_dialog",
        "de_kunden",
        html(
            "Rückfragen stellen",
            p("Üben Sie das Gespräch zu zweit.")
            + p("Kundin: Mein Drucker druckt nur leere Seiten.")
            + p("Mitarbeiter: Soll ich Ihnen eine Anleitung zum Reinigen der Düsen schicken?")
            + p("Kundin: Ja, gern."),
        ),
    ),
    _fine(
        "rep_fine_sure_what_time",
        "fr_fle",
        html(
            "Proposer un rendez-vous",
            p("Sure. What time works for you? (Traduisez en français.)")
            + p("On répond : « Bien sûr. Quelle heure vous convient ? »"),
        ),
    ),
    _fine(
        "rep_fine_version_of_the_essay_taught",
        "ux_writing",
        html(
            "Tightening copy",
            p("Compare two versions of the same onboarding screen.")
            + p("The second version keeps the headline but cuts the paragraph below it by half."),
        ),
    ),
    _fine(
        "rep_fine_updated_per_the_standard",
        "safety_onboarding",
        html(
            "Fire doors (updated for the 2024 standard)",
            p("Fire doors close by themselves; never wedge them open."),
        ),
    ),
]
