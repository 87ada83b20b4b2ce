"""Tuned cases for chatter addressed to whoever ordered the course (written with the rules in
guardrails/requester.py, after held-back G showed the class): the writer presenting the page as a
version of itself, open offers of more work, and notes to the author or reviewer admitting doubt.
Each defect has fine look-alikes: the same words said to the learner, taught, or quoted.
"""

from __future__ import annotations

from corpus.review_model import Case, html, p
from corpus.tuned import defects_of, fine

_defect = defects_of("chatter")
_fine = fine


REQUESTER_CASES: list[Case] = [
    # ---- the page presented as a version of itself ----
    _defect(
        "req_sure_dash_updated_version",
        "safety_onboarding",
        html(
            "Fire drills",
            p(
                "Sure - here is an updated version of the onboarding module, with the fire-drill part shortened."
            )
            + p("When the alarm sounds, leave by the nearest green exit and gather at point B."),
        ),
    ),
    _defect(
        "req_what_changed_in_this_draft",
        "python_bootcamp",
        html(
            "Sets",
            p("What changed in this draft: the quiz now has five questions and the glossary is gone.")
            + p("A set keeps each value once: <code>set([1, 1, 2])</code> is <code>{1, 2}</code>."),
        ),
    ),
    _defect(
        "req_es_version_revisada",
        "es_excel",
        html(
            "Tablas dinámicas",
            p("Esta es una versión revisada de la unidad de tablas dinámicas, con menos capturas.")
            + p("Arrastra el campo Proveedor a Filas y el campo Importe a Valores."),
        ),
    ),
    _defect(
        "req_fr_nouvelle_version",
        "fr_securite",
        html(
            "Mots de passe",
            p("Voici une nouvelle version du module sur les mots de passe, plus courte.")
            + p("Une phrase de passe de quatre mots est plus sûre qu'un mot court et compliqué."),
        ),
    ),
    _defect(
        "req_de_ueberarbeitete_fassung",
        "de_kunden",
        html(
            "Rückfragen",
            p("Hier ist eine überarbeitete Fassung der Lektion, jetzt mit mehr Übungen.")
            + p("Fragen Sie nach, bis Sie das Anliegen in einem Satz wiedergeben können."),
        ),
    ),
    _defect(
        "req_pt_segue_versao",
        "pt_vendas",
        html(
            "Follow-up",
            p("Segue uma versão revisada da aula, agora com exemplos do varejo.")
            + p("Mande o resumo da reunião no mesmo dia, com os próximos passos e as datas."),
        ),
    ),
    _defect(
        "req_it_ecco_versione",
        "ux_writing",
        html(
            "Microcopy",
            p("Ecco una versione rivista della lezione, con esempi più brevi.")
            + p("Error messages say what happened and what to do next, in that order."),
        ),
    ),
    _defect(
        "req_opening_of_course_full_stop",
        "leadership",
        html(
            "One-to-ones",
            p("Of course. I moved the agenda template up and cut the second case study.")
            + p("Let your report set the agenda; your questions come last."),
        ),
    ),
    # ---- open offers of more work, to the requester ----
    _defect(
        "req_glad_to_turn_into_handout",
        "safety_onboarding",
        html(
            "Ladders",
            p("Keep three points of contact on a ladder at all times.")
            + p(
                "Glad to turn this into a printable handout as well, if your trainers would find that useful."
            ),
        ),
    ),
    _defect(
        "req_could_put_together_let_me_know",
        "excel_hr",
        html(
            "Pivot tables",
            p("A pivot table sums the invoice log by supplier in three clicks.")
            + p(
                "I could put together a Spanish version of this unit for your warehouse staff - just let me know."
            ),
        ),
    ),
    _defect(
        "req_tell_me_and_ill_update",
        "excel_hr",
        html(
            "Payroll codes",
            p("Each payroll line carries a cost code from the chart of accounts.")
            + p("Tell me if your payroll system uses different codes and I'll update the examples."),
        ),
    ),
    _defect(
        "req_es_con_gusto_para_tus_alumnos",
        "es_historia",
        html(
            "La Constitución de 1931",
            p("La Constitución de 1931 reconoció el voto femenino.")
            + p("Si te viene bien, con gusto preparo también una hoja de ejercicios para tus alumnos."),
        ),
    ),
    _defect(
        "req_fr_je_peux_volontiers_pour_votre_groupe",
        "fr_fle",
        html(
            "Les nasales",
            p("On distingue trois voyelles nasales : an, on, in.")
            + p("Je peux volontiers ajouter un exercice de phonétique pour votre groupe."),
        ),
    ),
    _defect(
        "req_de_formuliere_ich_gern_um",
        "de_kunden",
        html(
            "Rückruf",
            p("Nennen Sie eine Uhrzeit und halten Sie sie ein.")
            + p("Wenn es für Ihr Team passt, formuliere ich die Beispiele gern auch für den Außendienst um."),
        ),
    ),
    _defect(
        "req_pt_fico_a_disposicao_para_adaptar",
        "pt_vendas",
        html(
            "Perguntas abertas",
            p("Perguntas abertas começam com como, por que ou o que.")
            + p("Fico à disposição para adaptar os exercícios à realidade da sua equipe."),
        ),
    ),
    _defect(
        "req_nl_laat_weten_dan_pas_ik",
        "ux_writing",
        html(
            "Tone",
            p("Write the way your support team speaks on the phone.")
            + p("Laat me weten als je het anders wilt, dan pas ik het aan."),
        ),
    ),
    # ---- notes to the author or reviewer, admitting doubt ----
    _defect(
        "req_quick_note_not_sure_your_site",
        "safety_onboarding",
        html(
            "Hearing",
            p("Wear ear defenders in the press shop.")
            + p(
                "(Quick note: I'm not sure which version of the noise policy your site follows, so check the limit.)"
            ),
        ),
    ),
    _defect(
        "req_couldnt_verify_before_publishing",
        "history_school",
        html(
            "The Ten Hours Act",
            p("The Ten Hours Act of 1847 limited the working day of women and children in textile mills.")
            + p("I couldn't verify the number of inspectors in 1847; worth checking before this goes live."),
        ),
    ),
    _defect(
        "req_es_no_tengo_claro_vuestro_centro",
        "es_excel",
        html(
            "Gráficos",
            p("Selecciona los datos y pulsa Insertar &gt; Gráfico.")
            + p("No tengo claro si vuestro centro usa Office 365; si no, dímelo y adapto las capturas."),
        ),
    ),
    _defect(
        "req_fr_note_pour_la_personne_qui_relira",
        "fr_securite",
        html(
            "Signaler",
            p("Signalez tout courriel suspect avec le bouton prévu à cet effet.")
            + p("Note pour la personne qui relira : je n'ai pas pu vérifier le numéro de la hotline."),
        ),
    ),
    _defect(
        "req_de_nicht_sicher_ihre_firma",
        "de_kunden",
        html(
            "Weiterleiten",
            p("Kündigen Sie die Weiterleitung an, bevor Sie sie durchführen.")
            + p(
                "Ich war mir nicht sicher, welche Telefonanlage Ihre Firma nutzt - bitte vor dem Veröffentlichen prüfen."
            ),
        ),
    ),
    _defect(
        "req_pt_nao_tenho_certeza_sua_escola",
        "pt_matematica",
        html(
            "Decimais",
            p("0,5 e 1/2 são a mesma quantidade.")
            + p(
                "Não tenho certeza se a sua escola usa o livro novo; se não usar, me avise que eu troco os exemplos."
            ),
        ),
    ),
    # ---- fine look-alikes: said to the learner, taught, or quoted ----
    _fine(
        "req_fine_revised_version_of_paragraph",
        "ux_writing",
        html(
            "Active voice",
            p("Here is a revised version of the paragraph: every passive verb is now active.")
            + p("Compare the two and count the words you saved."),
        ),
    ),
    _fine(
        "req_fine_writing_course_revises_drafts",
        "ux_writing",
        html(
            "Revising a help article",
            p("Read the first draft of the help article, then the second.")
            + p("What changed in this draft: the steps are numbered and the warning comes first.")
            + p(
                "Here is a revised version of the draft, with the jargon removed. Which is easier to follow?"
            ),
        ),
    ),
    _fine(
        "req_fine_changes_in_this_version_of_python",
        "python_bootcamp",
        html(
            "Match statements",
            p(
                "Changes in this version of Python include the match statement, which compares a value with patterns."
            )
            + p("Rewrite the if/elif chain from last week as a match statement."),
        ),
    ),
    _fine(
        "req_fine_pt_nesta_versao_do_excel",
        "pt_vendas",
        html(
            "Planilha de metas",
            p("Nesta versão do Excel, a função PROCX substitui a PROCV.")
            + p("Use PROCX para buscar a meta de cada vendedor."),
        ),
    ),
    _fine(
        "req_fine_of_course_comma_opening",
        "history_school",
        html(
            "After 1833",
            p(
                "Of course, the law changed again in 1844, when the working day of children was cut to six and a half hours."
            )
            + p("Why did Parliament act again so soon?"),
        ),
    ),
    _fine(
        "req_fine_learner_not_sure_your_team",
        "excel_hr",
        html(
            "Before you start",
            p("If you're not sure which version of Excel your team uses, ask your manager before you start.")
            + p("The steps below work in Excel 2019 and later."),
        ),
    ),
    _fine(
        "req_fine_note_for_the_trainer",
        "leadership",
        html(
            "Role play",
            p("Note for the trainer: hand out the role cards before you start the video.")
            + p("Each pair plays the conversation twice, swapping roles."),
        ),
    ),
    _fine(
        "req_fine_agent_offer_quoted",
        "de_kunden",
        html(
            "Angebote machen",
            p("Bieten Sie etwas Konkretes an:")
            + "<blockquote><p>„Wenn Sie möchten, schicke ich Ihnen die Unterlagen gern noch einmal per E-Mail.“</p>"
            "</blockquote>" + p("Versprechen Sie nur, was Sie selbst erledigen können."),
        ),
    ),
    _fine(
        "req_fine_de_ich_schreibe_gerne",
        "de_physik",
        html(
            "Ein Lerntagebuch",
            p(
                "Ein Beispiel aus einem Lerntagebuch: Wenn ich Zeit habe, schreibe ich gern meine Messwerte ins Heft."
            )
            + p("Führe dein eigenes Lerntagebuch zu jedem Versuch."),
        ),
    ),
    _fine(
        "req_fine_es_dialogo_te_preparo",
        "es_historia",
        html(
            "Fuentes orales",
            p("Fragmento de una entrevista a una vecina de Madrid en 1936:")
            + p("—Si quieres, te preparo un café y te cuento cómo fue aquel verano.")
            + p("¿Qué ventajas y qué límites tienen las fuentes orales?"),
        ),
    ),
    _fine(
        "req_fine_fr_dites_moi_tuteur",
        "fr_fle",
        html(
            "Bilan",
            p(
                "Dites-moi si vous avez compris et je passerai à la leçon suivante lors de la prochaine séance."
            )
            + p("Relisez le dialogue à voix haute."),
        ),
    ),
    _fine(
        "req_fine_happy_to_help_in_script_quoted",
        "leadership",
        html(
            "Closing a meeting",
            p(
                'End with an offer your team can take up: "Happy to adapt the plan if anything changes this week."'
            )
            + p("Then stop talking and let them answer."),
        ),
    ),
    _fine(
        "req_fine_manager_anecdote",
        "leadership",
        html(
            "A first delegation",
            p(
                "When I first managed a team, I wasn't sure how much to delegate, so I kept every report myself."
            )
            + p("It took me a year to see that this slowed everyone down."),
        ),
    ),
]
