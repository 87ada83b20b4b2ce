"""Held-back G, placeholders left in: written blind, in five languages (see review_cases_g.py)."""

from __future__ import annotations

from corpus.review_bases_g import g_defect as _defect
from corpus.review_model import html

PLACEHOLDER_G: list = [
    _defect(
        "hb7_placeholder_bracket_bleep_number",
        "nursing_meds",
        "placeholder",
        html(
            "Reporting an error",
            "<h3>Reporting a medication error</h3><p>Make the patient safe first, then tell the nurse in charge "
            "and the prescriber. Complete an incident report before the end of your shift.</p><p>Out of hours, "
            "contact the on-call pharmacist on [add hospital bleep number].</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_xx_percent_statistic",
        "nursing_meds",
        "placeholder",
        html(
            "Where errors happen",
            "<h3>Where errors happen</h3><p>About XX% of reported medication incidents on adult wards happen at "
            "the administration stage, which is why the checks in this module matter.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_single_brace_first_name",
        "nursing_meds",
        "placeholder",
        html(
            "Dose calculations",
            "<h3>Dose calculations</h3><p>Well done, {first_name}: you have finished the first section.</p><p>For "
            "tablets, divide the dose prescribed by the strength of one tablet: 500 mg prescribed, 250 mg tablets, "
            "give two.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_case_name_year",
        "contract_law",
        "placeholder",
        html(
            "Intention",
            "<h3>Intention to create legal relations</h3><p>Agreements within a family are presumed not to be "
            "binding; commercial agreements are presumed binding. In [case name, year] the court held that a "
            "promise made at a family dinner could not be enforced.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_escaped_angle_flowchart",
        "contract_law",
        "placeholder",
        html(
            "Formation in four steps",
            "<h3>Formation in four steps</h3><p>Offer, acceptance, consideration, intention: if one is missing, "
            "there is no contract.</p><p>&lt;add flowchart of the four steps&gt;</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_audio_marker",
        "music_theory",
        "placeholder",
        html(
            "Hearing intervals",
            "<h3>Hearing intervals</h3><p>A major third sounds bright; a minor third sounds darker. Listen to both "
            "and sing them back.</p><p>[AUDIO: major third then minor third, piano, 4 seconds each]</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_sed_ut_perspiciatis",
        "music_theory",
        "placeholder",
        html(
            "Key signatures",
            "<h3>Key signatures</h3><p>The sharps or flats at the start of each staff tell you the key. One sharp "
            "(F♯) means G major or E minor.</p><p>Sed ut perspiciatis unde omnis iste natus error sit voluptatem "
            "accusantium doloremque laudantium, totam rem aperiam.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_literal_insert_tag",
        "music_theory",
        "placeholder",
        html(
            "Reading rhythm",
            "<h3>Reading rhythm</h3><p>A crotchet is one beat, a minim two, a semibreve four.</p>"
            "<insert rhythm example image><p>Clap each line twice before you play it.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_double_brace_company",
        "excel_hr",
        "placeholder",
        html(
            "Cost centres",
            "<h3>Cost centres</h3><p>{{company_name}} books every invoice to one cost centre. The code is the first "
            "four characters of the cost-centre column, for example 4100 for facilities.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_todo_in_prose",
        "python_bootcamp",
        "placeholder",
        html(
            "Building lists",
            "<h3>Building lists</h3><p>You can build a new list from an old one with a loop and "
            "<code>append</code>.</p><p>TODO: explain list comprehensions with the weather data before week 2.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_extract_still_to_choose",
        "history_school",
        "placeholder",
        html(
            "Two views of Manchester",
            "<h3>Two views of Manchester</h3><p>Source A is from Engels, who described the workers' districts in "
            "1845. Source B: [extract still to be chosen — ask the department].</p><p>Compare what each author "
            "wanted their reader to feel.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_hash_extension",
        "safety_onboarding",
        "placeholder",
        html(
            "Reporting a near miss",
            "<h3>Reporting a near miss</h3><p>A near miss is an event that could have hurt someone but did not. "
            "Tell your supervisor the same shift, or call the safety desk on extension ####.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_paragraph_goes_here",
        "leadership",
        "placeholder",
        html(
            "Leading by our values",
            "<h3>Leading by our values</h3><p>(Paragraph on the company values goes here.)</p><p>In your next "
            "one-to-one, ask which value your report finds hardest to live by at work, and why.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_tbd_screenshots",
        "ux_writing",
        "placeholder",
        html(
            "Button labels",
            "<h3>Button labels</h3><p>Label a button with the action it performs: 'Save draft', not 'OK'.</p>"
            "<p>Before/after examples: TBD, waiting on screenshots from the design team.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_gasart_ergaenzen",
        "de_schweissen",
        "placeholder",
        html(
            "Parameter-Tabelle",
            "<h3>Parameter für 3-mm-Blech</h3><p>Spannung: 19 V, Drahtvorschub: 6 m/min, Schutzgas: [Gasart "
            "ergänzen], Durchfluss: XX l/min.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_hotline_xxx",
        "de_kunden",
        "placeholder",
        html(
            "Rückruf zusagen",
            "<h3>Einen Rückruf zusagen</h3><p>Nennen Sie einen konkreten Zeitraum und halten Sie ihn ein. Für "
            "dringende Fälle geben Sie dem Kunden die Hotline: +49 (0) XXX XXXX-XXX.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_foto_einfuegen",
        "de_physik",
        "placeholder",
        html(
            "Spannung messen",
            "<h3>Spannung messen</h3><p>Das Voltmeter wird parallel zum Bauteil angeschlossen.</p><p>Hier Foto vom "
            "Versuchsaufbau einfügen.</p><p>Achte darauf, dass der Messbereich groß genug gewählt ist.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_temps_a_completer",
        "fr_cuisine",
        "placeholder",
        html(
            "La béchamel",
            "<h3>La béchamel</h3><p>Faites un roux blanc avec le beurre et la farine, puis versez le lait froid en "
            "fouettant. Temps de cuisson : à compléter.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_prenom_nom_poste",
        "fr_securite",
        "placeholder",
        html(
            "Qui prévenir",
            "<h3>Qui prévenir en cas d'incident</h3><p>Débranchez le câble réseau sans éteindre le poste, puis "
            "appelez le responsable de la sécurité : Prénom NOM, poste XXXX.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_pendiente_tabla",
        "es_finanzas",
        "placeholder",
        html(
            "El coste de un préstamo",
            "<h3>El coste real de un préstamo</h3><p>Fíjate en la TAE, no solo en el TIN: la TAE incluye las "
            "comisiones y permite comparar ofertas.</p><p>[PENDIENTE: tabla comparativa de tres préstamos]</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_pegar_aqui",
        "es_historia",
        "placeholder",
        html(
            "Un discurso de Azaña",
            "<h3>Comentario: un discurso de Azaña</h3><p>(Pegar aquí el fragmento del discurso del 13 de octubre "
            "de 1931.)</p><p>Identifica la idea principal y relaciónala con la cuestión religiosa.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_proximamente_whole_unit",
        "es_excel",
        "placeholder",
        html("Gráficos mensuales", "<h3>Gráficos mensuales</h3><p>Contenido disponible próximamente.</p>"),
    ),
    _defect(
        "hb7_placeholder_dollar_brace_learner",
        "pt_vendas",
        "placeholder",
        html(
            "Fim da primeira seção",
            "<h3>Fim da primeira seção</h3><p>Parabéns, ${nome_aluno}! Você concluiu a seção de descoberta.</p>"
            "<p>Antes de seguir, revise as cinco perguntas abertas que você escreveu.</p>",
        ),
    ),
    _defect(
        "hb7_placeholder_inserir_artigo",
        "pt_consumidor",
        "placeholder",
        html(
            "Produto com defeito",
            "<h3>Produto com defeito</h3><p>O fornecedor tem 30 dias para consertar o produto. Se não resolver, o "
            "cliente escolhe entre a troca, o dinheiro de volta ou um abatimento no preço (ver art. [inserir "
            "artigo] do CDC).</p>",
        ),
    ),
]
