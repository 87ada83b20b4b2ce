"""Held-back F: written before the general prose rules (assistant voice, placeholder shapes) were
run on it, with phrasings taken from none of the corpus's earlier cases nor the rules' examples.
It was run once; its first-run figures are in the commit that added it. Do not tune on it.
"""

from __future__ import annotations

from corpus.review_bases import BASES
from corpus.review_model import Case, Unit, html, p, raw


def _defect(name: str, base: str, expect: str, *units: Unit) -> Case:
    return Case(name, BASES[base], tuple(units), frozenset(expect.split()), held_back=True)


def _fine(name: str, base: str, *units: Unit) -> Case:
    return Case(name, BASES[base], tuple(units), frozenset(), held_back=True, kind="tricky")


HELD_BACK_F: list[Case] = [
    # ---- chatter, phrased in ways nothing in the corpus or the rules' examples says ----
    _defect(
        "hb6_chatter_went_ahead_trimmed",
        "excel_hr",
        "chatter",
        html(
            "Conditional formatting",
            p("I went ahead and trimmed the glossary so this unit fits in ten minutes.")
            + p("Conditional formatting colours a cell when its value meets a rule."),
        ),
    ),
    _defect(
        "hb6_chatter_want_slide_deck",
        "leadership",
        "chatter",
        html(
            "Giving feedback",
            p("Describe the behaviour, its impact, and what you would like to see next time.")
            + p("Want me to turn this into a slide deck for your workshop as well?"),
        ),
    ),
    _defect(
        "hb6_chatter_cannot_look_up",
        "safety_onboarding",
        "chatter",
        html(
            "Noise limits",
            p("Hearing protection is required above 85 dB.")
            + p("Note: I wasn't able to check the 2025 regulation because I can't look things up online."),
        ),
    ),
    _defect(
        "hb6_chatter_should_i_include",
        "python_bootcamp",
        "chatter",
        html(
            "Dictionaries",
            p("A dictionary maps keys to values.")
            + p("Should I also include a worked example that counts words in a file?"),
        ),
    ),
    _defect(
        "hb6_chatter_no_information_after",
        "ai_literacy",
        "chatter",
        html(
            "Regulation",
            p("I don't have information about events after 2023, so check the latest EU guidance yourself."),
        ),
    ),
    _defect(
        "hb6_chatter_es_tono_pediste",
        "es_historia",
        "chatter",
        html(
            "La Segunda República",
            p("He mantenido un tono cercano, tal como pediste, y he evitado las fechas menos importantes.")
            + p("La Segunda República se proclamó en abril de 1931."),
        ),
    ),
    _defect(
        "hb6_chatter_es_te_gustaria",
        "es_excel",
        "chatter",
        html(
            "Filtros",
            p("Los filtros ocultan las filas que no cumplen la condición.")
            + p("¿Te gustaría que añada un ejercicio práctico al final de la unidad?"),
        ),
    ),
    _defect(
        "hb6_chatter_fr_simplifie",
        "fr_fle",
        "chatter",
        html(
            "Au marché",
            p("J'ai volontairement simplifié le vocabulaire pour des apprenants de niveau A1.")
            + p("Au marché, on demande : « C'est combien ? »"),
        ),
    ),
    _defect(
        "hb6_chatter_fr_souhaitez_vous",
        "fr_securite",
        "chatter",
        html(
            "Les mots de passe",
            p("Un mot de passe long vaut mieux qu'un mot de passe compliqué.")
            + p("Souhaitez-vous que j'ajoute un exercice sur les gestionnaires de mots de passe ?"),
        ),
    ),
    _defect(
        "hb6_chatter_de_bewusst_kurz",
        "de_physik",
        "chatter",
        html(
            "Impuls",
            p("Ich habe die Beispiele bewusst kurz gehalten, damit sie in eine Doppelstunde passen.")
            + p("Der Impuls ist das Produkt aus Masse und Geschwindigkeit."),
        ),
    ),
    _defect(
        "hb6_chatter_de_moechtest_du",
        "de_kunden",
        "chatter",
        html(
            "Beschwerden",
            p("Hören Sie zu, fassen Sie zusammen, bieten Sie eine Lösung an.")
            + p("Möchtest du, dass ich noch ein Rollenspiel hinzufüge?"),
        ),
    ),
    _defect(
        "hb6_chatter_pt_mantive",
        "pt_vendas",
        "chatter",
        html(
            "Objeções",
            p("Mantive a linguagem simples, como você pediu, e cortei os exemplos de varejo.")
            + p("Uma objeção é um pedido de mais informação."),
        ),
    ),
    _defect(
        "hb6_chatter_pt_gostaria_que_eu",
        "pt_matematica",
        "chatter",
        html(
            "Frações",
            p("Para somar frações, iguale os denominadores.")
            + p("Gostaria que eu acrescentasse um glossário no final?"),
        ),
    ),
    # ---- placeholders by shape ----
    _defect(
        "hb6_placeholder_raw_angle_ext",
        "safety_onboarding",
        "placeholder",
        raw("First aid", p("Call the first-aid desk on extension <<FIRST_AID_EXT>> in an emergency.")),
    ),
    _defect(
        "hb6_placeholder_double_square",
        "leadership",
        "placeholder",
        html("Your plan", p("Your manager, [[manager_name]], signs off the plan in week two.")),
    ),
    _defect(
        "hb6_placeholder_tbc_slot",
        "ux_writing",
        "placeholder",
        html("Final critique", p("Submission deadline: TBC")),
    ),
    _defect(
        "hb6_placeholder_es_dollar_var",
        "es_excel",
        "placeholder",
        html("Soporte", p("Si tienes dudas, escribe a $EMAIL_SOPORTE$ antes del viernes.")),
    ),
    _defect(
        "hb6_placeholder_fr_whole_unit",
        "fr_securite",
        "placeholder",
        html("Étude de cas", "<h3>Étude de cas</h3><p>À venir</p>"),
    ),
    _defect(
        "hb6_placeholder_de_angle_slot",
        "de_kunden",
        "placeholder",
        raw("Ihr Trainer", p("Ihr Trainer in diesem Modul ist <Name einfügen>.")),
    ),
    _defect(
        "hb6_placeholder_pt_brace_lower",
        "pt_matematica",
        "placeholder",
        html("Plantão", p("O plantão de dúvidas acontece toda {dia_da_semana}, na sala 12.")),
    ),
    _defect(
        "hb6_placeholder_heading_coming_soon",
        "python_bootcamp",
        "placeholder",
        html("Testing", "<h2>Unit tests — coming soon</h2><p>pytest finds files named test_*.py.</p>"),
    ),
    _defect(
        "hb6_placeholder_put_here",
        "history_school",
        "placeholder",
        html("Sources", p("PUT PRIMARY SOURCE EXTRACT HERE") + p("Read the extract and list two claims.")),
    ),
    # ---- structure and safety, so the batch checks them too ----
    _defect("hb6_empty_spaces", "fr_fle", "empty", html("La boulangerie", "<p>&nbsp; </p><div></div>")),
    _defect(
        "hb6_unsafe_onload",
        "ux_writing",
        "unsafe",
        raw("Buttons", "<p>Label buttons with verbs.</p><svg onload=\"fetch('//x.example')\"></svg>"),
    ),
    # ---- tricky but fine ----
    _fine(
        "hb6_fine_first_person_story",
        "leadership",
        html(
            "My first team",
            p("I walked into my first team meeting with twelve slides. Nobody looked up.")
            + p(
                "I had written an agenda for me, not for them. The next week I asked each person one question."
            ),
        ),
    ),
    _fine(
        "hb6_fine_instructor_marked",
        "excel_hr",
        html(
            "Practice workbook",
            p("I recommend you practise with a copy of your own team's data.")
            + p("I've marked the harder exercises with a star; skip them on a first pass."),
        ),
    ),
    _fine(
        "hb6_fine_mail_merge_fields",
        "excel_hr",
        html(
            "Mail merge",
            p(
                "Word replaces each merge field with a value from your sheet: <code>{FirstName}</code>, "
                "<code>«Department»</code>. A field that shows up unchanged in the letter means a column name "
                "is misspelt."
            ),
        ),
    ),
    _fine(
        "hb6_fine_ai_openers_lesson",
        "ai_literacy",
        html(
            "Editing a chatbot's draft",
            p(
                "A chatbot's draft often starts with an opener such as <q>Sure! Here is your lesson</q> and ends "
                "with an offer like <q>Would you like me to add a quiz?</q>. Delete both before you share it."
            ),
        ),
    ),
    _fine(
        "hb6_fine_ticket_statuses",
        "ux_writing",
        html(
            "Tracking fixes",
            p("Each copy fix moves through To do, In progress, In review and Done.")
            + p("If a release date is unknown, write TBD in the tracker and revisit it on Friday."),
        ),
    ),
    _fine(
        "hb6_fine_es_recuerdo",
        "es_historia",
        html(
            "Testimonios",
            p("Cuando llegué a Madrid en 1936 yo tenía doce años. Recuerdo las colas del pan y los carteles.")
            + p("Este testimonio de una vecina de Lavapiés nos sirve para pensar en la vida cotidiana."),
        ),
    ),
    _fine(
        "hb6_fine_fr_formatrice",
        "fr_securite",
        html(
            "Organisation",
            p(
                "Je vous conseille de relire vos notes chaque soir. Je serai disponible le mardi à 17 h pour "
                "vos questions, et j'ai ajouté au dossier partagé les fiches de l'an dernier."
            ),
        ),
    ),
    _fine(
        "hb6_fine_de_erster_anruf",
        "de_kunden",
        html(
            "Mein erster Anruf",
            p(
                "Ich erinnere mich an meinen ersten Kundenanruf: Ich war nervös und habe zu schnell gesprochen."
            )
            + p("Was hätte mir geholfen? Eine Pause nach der Begrüßung."),
        ),
    ),
    _fine(
        "hb6_fine_pt_professora",
        "pt_matematica",
        html(
            "Revisão",
            p("Preparei esta revisão pensando nas dúvidas que vocês trouxeram na semana passada.")
            + p("Resolvam os exercícios 1 a 5 antes da aula de quinta."),
        ),
    ),
    _fine(
        "hb6_fine_form_placeholder_ux",
        "ux_writing",
        html(
            "Form fields",
            p(
                "Placeholder text inside a field, such as an example email address, disappears as soon as the "
                "user types, so never use it instead of a label."
            )
            + p("Avoid a page that only says that a feature is coming soon without a date."),
        ),
    ),
    _fine(
        "hb6_fine_es_estados",
        "es_excel",
        html(
            "Seguimiento",
            p("Usa una columna Estado con cuatro valores: Pendiente, En curso, Bloqueado y Hecho.")
            + p("Marca con TBD solo las fechas que aún no conoces."),
        ),
    ),
    _fine(
        "hb6_fine_template_lesson_en",
        "python_bootcamp",
        html(
            "String templates",
            p(
                'An f-string fills in names in braces: <code>f"Hello {name}"</code>. Jinja uses double braces, '
                "<code>{{ user }}</code>, and leaves the template unchanged until you render it."
            ),
        ),
    ),
]
