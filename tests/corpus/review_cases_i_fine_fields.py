"""Held-back I, tricky but fine: slots, fields, data codes, patterns and blanks that are the lesson's subject.

Every course here must pass.
"""

from __future__ import annotations

from corpus.review_bases_i import i_fine, p
from corpus.review_model import html

FINE_I_FIELDS = [
    # --- slots and fields that are the subject
    i_fine(
        "fine_merge_fields_in_a_letter",
        "mail_merge",
        html(
            "Inserting merge fields",
            "<h3>Inserting merge fields</h3>"
            + p(
                "Place the cursor where the name should go and choose <strong>Insert Merge Field</strong>. The "
                "letter then reads:"
            )
            + "<blockquote>Dear «Parent_Name»,<br>«Pupil_First_Name» in class «Class» has been chosen for the "
            "county choir.</blockquote>"
            + p(
                "The chevrons show a field, not text: click <strong>Preview Results</strong> and each one is "
                "replaced by that row's details."
            ),
        ),
    ),
    i_fine(
        "fine_form_hint_not_placeholder",
        "forms",
        html(
            "Labels, not placeholder text",
            "<h3>Labels, not placeholder text</h3>"
            + p(
                "Some forms put grey text such as [Your name] or “e.g. jo@example.com” inside an empty field "
                "instead of a label. It disappears as soon as someone types, and many people take it for an "
                "answer already filled in."
            )
            + p(
                "Put the label above the field, and any hint between the label and the field, where it stays "
                "visible."
            ),
        ),
    ),
    i_fine(
        "fine_bracketed_parties_in_precedent",
        "contracts",
        html(
            "Using a precedent",
            "<h3>Using a precedent</h3>"
            + p(
                "The firm's precedents name the parties as [Party A] and [Party B] and mark choices in square "
                "brackets: “within [30] days”. Square brackets mean <em>decide and replace</em>."
            )
            + p(
                "When you adapt a precedent, search for “[” before the draft goes to the associate: a bracket "
                "left in a signed contract can leave a term open to argument."
            ),
        ),
    ),
    i_fine(
        "fine_latin_maxims",
        "contracts",
        html(
            "Three Latin maxims",
            "<h3>Three Latin maxims</h3>"
            + p(
                "<em>Pacta sunt servanda</em>: agreements must be kept. <em>Nemo dat quod non habet</em>: no one "
                "can give what they do not have, so a buyer from a thief gets no title. <em>Contra "
                "proferentem</em>: an unclear clause is read against the party who drafted it."
            )
            + p("The last one is why we draft so carefully: the ambiguity counts against our client."),
        ),
    ),
    i_fine(
        "fine_lorem_ipsum_in_a_mockup_lesson",
        "ux_writing",
        html(
            "Replacing lorem ipsum",
            "<h3>Replacing lorem ipsum</h3>"
            + p(
                "Mock-ups often arrive filled with “Lorem ipsum dolor sit amet”, scrambled Latin from Cicero "
                "that shows where text will go. It hides problems: real copy is longer, shorter, or needs a "
                "button the layout never planned."
            )
            + p("Take one screen of your mock-up and replace every line of filler with the real words."),
        ),
    ),
    # --- data and patterns
    i_fine(
        "fine_hashes_in_a_narrow_column",
        "excel_hr",
        html(
            "When a cell shows #####",
            "<h3>When a cell shows #####</h3>"
            + p(
                "A cell full of hash signs (#####) is not an error in your data: the column is too narrow for "
                "the number or date. Double-click the border between the column letters to widen it."
            ),
        ),
    ),
    i_fine(
        "fine_na_codes_in_survey",
        "data_cleaning",
        html(
            "Missing values",
            "<h3>Missing values</h3>"
            + p(
                "Our export codes a skipped question in four ways: N/A, n/a, a dash and an empty cell. Replace "
                "all four with one code before you count anything."
            )
            + "<table><tr><th>Raw</th><th>Clean</th></tr><tr><td>N/A</td><td>NA</td></tr>"
            "<tr><td>-</td><td>NA</td></tr><tr><td>(blank)</td><td>NA</td></tr></table>"
            + p("Write the rule in your cleaning log, so the next analyst knows what NA means."),
        ),
    ),
    i_fine(
        "fine_glob_question_marks",
        "regex",
        html(
            "Globs are not regexes",
            "<h3>Globs are not regexes</h3>"
            + p(
                "In a shell, <code>?</code> stands for exactly one character, so <code>ls ticket-???.log</code> "
                "lists <code>ticket-001.log</code> to <code>ticket-999.log</code> but not "
                "<code>ticket-1000.log</code>."
            )
            + p(
                "In a regular expression, <code>?</code> makes the item before it optional: <code>colou?r</code> "
                "matches both spellings."
            ),
        ),
    ),
    i_fine(
        "fine_test_card_numbers",
        "regex",
        html(
            "Masking card numbers",
            "<h3>Masking card numbers</h3>"
            + p(
                "Logs must never show a full card number. The pattern <code>\\b(\\d{4})\\d{8}(\\d{4})\\b</code> "
                "lets you print it as <code>4111 XXXX XXXX 1111</code>."
            )
            + p(
                "Practise on the test card number 4111111111111111, which is published for testing and "
                "belongs to no one."
            ),
        ),
    ),
    i_fine(
        "fine_planet_x_history",
        "astronomy",
        html(
            "The search for Planet X",
            "<h3>The search for Planet X</h3>"
            + p(
                "In the early 1900s Percival Lowell was sure an unseen “Planet X” was tugging on Uranus and "
                "Neptune. Clyde Tombaugh, searching photographic plates at Lowell's observatory, found Pluto in "
                "1930."
            )
            + p(
                "Pluto turned out far too small to pull anything; the tugging came from errors in the old "
                "measurements."
            ),
        ),
    ),
    i_fine(
        "fine_nvt_in_safety_data_sheet",
        "nl_lab",
        html(
            "Het veiligheidsinformatieblad",
            "<h3>Het veiligheidsinformatieblad</h3>"
            + p(
                "Elk veiligheidsinformatieblad heeft zestien rubrieken in een vaste volgorde. Staat er bij een "
                "rubriek \u201cn.v.t.\u201d (niet van toepassing), dan heeft de leverancier die rubriek bekeken "
                "en is er voor deze stof niets te melden."
            )
            + p(
                "Zoek voor ethanol op in rubriek 2 welke gevaren er zijn en in rubriek 8 welke bescherming je "
                "nodig hebt."
            ),
        ),
    ),
    # --- blank records and exercises for learners to fill in
    i_fine(
        "fine_inspection_record_to_fill",
        "beekeeping",
        html(
            "Your inspection record",
            "<h3>Your inspection record</h3>"
            + p("Copy this record into your notebook and fill it in at every visit:")
            + "<table><tr><th>Date</th><td>________</td></tr><tr><th>Queen seen?</th><td>yes / no</td></tr>"
            "<tr><th>Eggs seen?</th><td>yes / no</td></tr><tr><th>Frames of brood</th><td>____</td></tr></table>"
            + p("A short record kept every time is worth more than a long one kept now and then."),
        ),
    ),
    i_fine(
        "fine_ficha_de_observacion",
        "es_huerto",
        html(
            "Mi ficha de observación",
            "<h3>Mi ficha de observación</h3>"
            + p("Copia la ficha en tu cuaderno y complétala cada lunes:")
            + p("Fecha: ________ &nbsp; Altura de la planta: ____ cm &nbsp; Número de hojas: ____")
            + p("¿Ha cambiado el color de las hojas? Escríbelo con tus palabras."),
        ),
    ),
    i_fine(
        "fine_lettre_a_completer",
        "fr_fle",
        html(
            "Répondre à une amie",
            "<h3>Répondre à une amie</h3>"
            + p("Lisez le message de Léa, puis complétez la réponse avec vos mots.")
            + "<blockquote>Chère Léa,<br>Merci pour ton message ! Samedi, je ne suis pas libre parce que "
            "___. Est-ce que tu es libre ___ ?<br>À bientôt,<br>___</blockquote>"
            + p("Lisez votre réponse à votre binôme."),
        ),
    ),
]
