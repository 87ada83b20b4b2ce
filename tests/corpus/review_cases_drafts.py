"""Tuned cases for placeholders without slot syntax (written with the rules in guardrails/drafts.py,
after held-back G showed the class): production cues for missing assets, status words where text
should be, author instructions in the infinitive, brackets naming the kind of thing missing, digit
masks and stock Latin filler. Each has fine look-alikes a course shows on purpose.
"""

from __future__ import annotations

from corpus.review_model import Case, html, p
from corpus.tuned import defects_of, fine

_defect = defects_of("placeholder")
_fine = fine


DRAFT_CASES: list[Case] = [
    # ---- production cues for an asset nobody made ----
    _defect(
        "draft_video_cue_caps",
        "safety_onboarding",
        html(
            "Reversing forklifts",
            p("A reversing forklift beeps, but the driver may still not see you.")
            + p("[VIDEO: forklift reversing in the loading bay, 20 s, no sound]"),
        ),
    ),
    _defect(
        "draft_diagram_cue_parentheses",
        "leadership",
        html(
            "The feedback model",
            p("(Diagram: the four quadrants of the feedback model, with one example in each)")
            + p("Start with what you saw, not what you think it means."),
        ),
    ),
    _defect(
        "draft_es_grafico_cue",
        "es_historia",
        html(
            "El paro",
            p("El paro agrícola creció durante el bienio.")
            + p("[GRÁFICO: evolución del paro 1930-1936 por provincias]"),
        ),
    ),
    _defect(
        "draft_fr_schema_of",
        "fr_securite",
        html(
            "Le trajet d'un courriel piégé",
            p("[Schéma du trajet d'un courriel piégé, de l'expéditeur au poste]")
            + p("Le lien mène vers une fausse page de connexion."),
        ),
    ),
    # ---- status words where text should be ----
    _defect(
        "draft_story_goes_here_line",
        "safety_onboarding",
        html(
            "Why near misses matter",
            p("The story of a real near miss from our warehouse goes here.")
            + p("Report every near miss the same shift."),
        ),
    ),
    _defect(
        "draft_es_captura_va_aqui",
        "es_excel",
        html(
            "Formato condicional",
            p("Selecciona el rango y pulsa Inicio &gt; Formato condicional.")
            + p("(La captura del cuadro de diálogo va aquí.)"),
        ),
    ),
    _defect(
        "draft_de_dauer_noch_offen",
        "de_physik",
        html(
            "Versuch: Reihenschaltung",
            p("Baue zwei Lampen in Reihe auf und miss die Spannung an jeder.")
            + p("Dauer des Versuchs: noch offen."),
        ),
    ),
    _defect(
        "draft_pt_exemplos_a_preencher",
        "pt_vendas",
        html(
            "Objeções comuns",
            p("As objeções mais comuns são preço, prazo e confiança.")
            + p("Exemplos de clientes reais: a preencher."),
        ),
    ),
    _defect(
        "draft_fr_message_a_rediger",
        "fr_fle",
        html(
            "Écrire un message",
            p("Un message court commence par une salutation et finit par une formule.")
            + p("Exemple de message : à rédiger."),
        ),
    ),
    _defect(
        "draft_to_come_bracket",
        "history_school",
        html(
            "The Mines Act",
            p("The Mines Act of 1842 banned women and children from working underground.")
            + p("[TO COME: quote from the 1842 report on children in the pits]"),
        ),
    ),
    _defect(
        "draft_pt_pendente_bracket",
        "pt_vendas",
        html(
            "Tabela de descontos",
            p("Descontos acima de 10 % precisam de aprovação do gerente.")
            + p("[PENDENTE: tabela de descontos por volume]"),
        ),
    ),
    # ---- instructions to the author, in the infinitive ----
    _defect(
        "draft_de_an_dieser_stelle_ergaenzen",
        "de_physik",
        html(
            "Parallelschaltung",
            p("In der Parallelschaltung liegt an jeder Lampe dieselbe Spannung.")
            + p("An dieser Stelle Schaltplan der Parallelschaltung ergänzen."),
        ),
    ),
    _defect(
        "draft_fr_inserer_ici",
        "fr_securite",
        html(
            "Évacuation",
            p("En cas d'alarme, quittez le bâtiment par l'escalier le plus proche.")
            + p("Insérer ici le plan des sorties de secours du deuxième étage."),
        ),
    ),
    _defect(
        "draft_pt_inserir_aqui",
        "pt_vendas",
        html(
            "Metas do trimestre",
            p("Inserir aqui o gráfico de vendas do trimestre.")
            + p("Compare a meta com o realizado de cada mês."),
        ),
    ),
    _defect(
        "draft_it_incollare_qui",
        "excel_hr",
        html(
            "Price list",
            p("The price list is updated every quarter.")
            + p("Incollare qui la tabella dei prezzi aggiornata."),
        ),
    ),
    # ---- a bracket naming the kind of thing missing ----
    _defect(
        "draft_author_title_bracket",
        "history_school",
        html(
            "A reformer's view",
            p("In [author, title of pamphlet] the writer argues that factory work ruined family life.")
            + p("Do you agree? Use one piece of evidence."),
        ),
    ),
    _defect(
        "draft_es_fuente_ano",
        "es_historia",
        html(
            "La reforma agraria",
            p("Según [fuente, año], solo se asentaron unas 12.000 familias en los dos primeros años."),
        ),
    ),
    _defect(
        "draft_fr_titre_du_poste",
        "fr_securite",
        html("Astreinte", p("En dehors des heures ouvrées, appelez le [titre du poste] d'astreinte.")),
    ),
    # ---- digit masks ----
    _defect(
        "draft_hash_phone_groups",
        "safety_onboarding",
        html("First aid", p("Call 0800 ### ### to reach the first-aid team at night.")),
    ),
    _defect(
        "draft_hash_room",
        "leadership",
        html("Where we meet", p("One-to-ones take place in room ### on the second floor.")),
    ),
    # ---- stock Latin filler ----
    _defect(
        "draft_latin_nam_libero",
        "ux_writing",
        html(
            "Error messages",
            p("Say what happened and what to do next.")
            + p("Nam libero tempore, cum soluta nobis est eligendi optio cumque nihil impedit."),
        ),
    ),
    _defect(
        "draft_latin_pellentesque",
        "python_bootcamp",
        html(
            "Tuples",
            p("A tuple cannot be changed once made.")
            + p("Pellentesque habitant morbi tristique senectus et netus."),
        ),
    ),
    # ---- fine: shown on purpose ----
    _fine(
        "draft_fine_excel_hashes",
        "excel_hr",
        html(
            "Column width",
            p("If a cell shows ##### the column is too narrow: double-click the border to widen it."),
        ),
    ),
    _fine(
        "draft_fine_photo_credit",
        "history_school",
        html(
            "A mill in 1835",
            p("Spinning mules filled the upper floors of the mill.")
            + '<img src="https://example.org/mill.jpg" alt="A cotton mill">'
            + p("(Photo: Science Museum Group)"),
        ),
    ),
    _fine(
        "draft_fine_caption_cues",
        "ux_writing",
        html(
            "Captions",
            p(
                "Captions name sounds in capitals, in brackets: <code>[MUSIC PLAYING]</code>, <code>[DOOR SLAMS]</code>."
            )
            + p("Keep each cue under five words."),
        ),
    ),
    _fine(
        "draft_fine_latin_maxim",
        "leadership",
        html(
            "Ownership",
            p(
                "Lawyers say nemo dat quod non habet: no one can give what they do not own. Delegation is the same."
            ),
        ),
    ),
    _fine(
        "draft_fine_editorial_bracket",
        "history_school",
        html(
            "Engels",
            p("Engels wrote that the workers [in Manchester] lived in cellars with no drains."),
        ),
    ),
    _fine(
        "draft_fine_status_pending",
        "es_excel",
        html(
            "Estados de factura",
            p("Cada factura tiene un estado. Estado: pendiente.")
            + p("Filtra la columna Estado para ver solo las pendientes."),
        ),
    ),
    _fine(
        "draft_fine_signature_goes_here",
        "excel_hr",
        html(
            "Expense forms",
            p("Your signature goes here, under your printed name; the manager signs beside it."),
        ),
    ),
    _fine(
        "draft_fine_de_hier_koennen_sie",
        "de_physik",
        html(
            "Protokoll",
            p("Hier können Sie ein eigenes Foto vom Aufbau einfügen.")
            + p("Text markieren, dann mit Strg+V einfügen."),
        ),
    ),
    _fine(
        "draft_fine_es_infinitive_steps",
        "es_excel",
        html(
            "Pegar valores",
            p("Copiar el rango. Pegar con Ctrl+Mayús+V para pegar solo los valores."),
        ),
    ),
    _fine(
        "draft_fine_fr_inserer_la_carte",
        "fr_fle",
        html(
            "Au distributeur",
            p("Vocabulaire du distributeur : insérer la carte, taper le code, retirer les billets."),
        ),
    ),
    _fine(
        "draft_fine_bracketed_year_and_list_index",
        "python_bootcamp",
        html(
            "Indexing",
            p("<code>names[0]</code> is the first name; in the report [2023] marks last year's figures.")
            + p("Last year's figures [in brackets] are for comparison only."),
        ),
    ),
    _fine(
        "draft_fine_video_cue_in_script_lesson_quoted",
        "ux_writing",
        html(
            "Writing a video script",
            p("A script marks what the viewer sees in brackets:")
            + "<pre>[VIDEO: close-up of the login screen]\nNARRATOR: Start by signing in.</pre>"
            + p("Write the script for a 30-second tour of your product."),
        ),
    ),
]
