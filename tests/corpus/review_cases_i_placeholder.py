"""Held-back I, placeholders: slots, markers, notes and stand-ins an author meant to fill before publishing.

Each course is blocked for placeholder only: the rest of the page is a good lesson.
"""

from __future__ import annotations

from corpus.review_bases_i import i_defect, p
from corpus.review_model import html

PLACEHOLDER_I = [
    # --- slots in brackets, angle brackets and braces
    i_defect(
        "placeholder_square_bracket_contact",
        "kitchen_hygiene",
        "placeholder",
        html(
            "Reporting illness",
            "<h3>Reporting illness</h3>"
            + p(
                "If you have had vomiting or diarrhoea, do not come to work until you have been clear for 48 "
                "hours. Phone your manager before your shift starts: [site manager's name and mobile number]."
            ),
        ),
    ),
    i_defect(
        "placeholder_angle_bracket_supervisor",
        "nl_lab",
        "placeholder",
        html(
            "Een incident melden",
            "<h3>Een incident melden</h3>"
            + p(
                "Bij een gemorste stof of een snijwond meld je het incident direct bij &lt;naam "
                "labcoördinator&gt; en vul je dezelfde dag het meldformulier in."
            ),
        ),
    ),
    i_defect(
        "placeholder_unrendered_template_date",
        "beekeeping",
        "placeholder",
        html(
            "Your first hive visit",
            "<h3>Your first hive visit</h3>"
            + p(
                "Your first supervised visit is on {{first_visit_date}} at the club apiary. Wear your veil and "
                "gloves, and bring a notebook for the inspection record."
            ),
        ),
    ),
    i_defect(
        "placeholder_bracketed_unit_title",
        "it_rinascimento",
        "placeholder",
        html(
            "[Titolo dell'unità]",
            "<h3>La committenza medicea</h3>"
            + p(
                "Cosimo e poi Lorenzo de' Medici finanziarono chiese, palazzi e opere d'arte. Le commissioni "
                "mostravano la ricchezza della famiglia e la sua devozione."
            ),
        ),
    ),
    # --- markers: TK, TBC, XXX, ???, N/A to fill in, TODO
    i_defect(
        "placeholder_tk_in_moon_count",
        "astronomy",
        "placeholder",
        html(
            "Saturn's moons",
            "<h3>Saturn's moons</h3>"
            + p(
                "Saturn has TK known moons. The largest, Titan, is bigger than the planet Mercury and has a "
                "thick orange atmosphere."
            ),
        ),
    ),
    i_defect(
        "placeholder_room_tbc",
        "contracts",
        "placeholder",
        html(
            "Drafting workshop",
            "<h3>Drafting workshop</h3>"
            + p(
                "The live drafting workshop takes place in meeting room TBC. Bring a printed copy of the "
                "supply agreement precedent and two coloured pens."
            ),
        ),
    ),
    i_defect(
        "placeholder_masked_minutes_xxx",
        "kitchen_hygiene",
        "placeholder",
        html(
            "Cooling rice",
            "<h3>Cooling rice</h3>"
            + p(
                "Cooked rice must be cooled and put in the fridge within XXX minutes, because the spores that "
                "survive cooking grow quickly at room temperature."
            ),
        ),
    ),
    i_defect(
        "placeholder_question_marks_threshold",
        "beekeeping",
        "placeholder",
        html(
            "When to treat",
            "<h3>When to treat</h3>"
            + p(
                "Treat the colony when the natural mite drop in late summer exceeds ??? mites a day. Record "
                "the count and the treatment on the hive card."
            ),
        ),
    ),
    i_defect(
        "placeholder_na_fill_in_first_aider",
        "kitchen_hygiene",
        "placeholder",
        html(
            "Cuts and burns",
            "<h3>Cuts and burns</h3>"
            + p(
                "Cool a burn under running water for twenty minutes. Cover cuts with a blue plaster and a glove."
            )
            + "<table><tr><th>First-aider on shift</th><td>N/A – fill in before launch</td></tr>"
            "<tr><th>First-aid box</th><td>Next to the pass</td></tr></table>",
        ),
    ),
    i_defect(
        "placeholder_todo_second_example",
        "regex",
        "placeholder",
        html(
            "Lazy quantifiers",
            "<h3>Lazy quantifiers</h3>"
            + p(
                "<code>.*</code> grabs as much text as it can; <code>.*?</code> stops at the first chance. In "
                "<code>&lt;b&gt;one&lt;/b&gt; &lt;b&gt;two&lt;/b&gt;</code>, the lazy form matches each tag "
                "pair separately."
            )
            + p("todo: second worked example, on log timestamps"),
        ),
    ),
    # --- editorial notes and instructions to add something, in several languages and moods
    i_defect(
        "placeholder_nota_redazione",
        "it_rinascimento",
        "placeholder",
        html(
            "Le porte del Battistero",
            "<h3>Le porte del Battistero</h3>"
            + p(
                "Nel 1401 Ghiberti vinse il concorso per la porta nord del Battistero, battendo Brunelleschi "
                "[NB redazione: verificare l'anno sul catalogo]. Più tardi realizzò la Porta del Paradiso."
            ),
        ),
    ),
    i_defect(
        "placeholder_add_photo_chopping_boards",
        "kitchen_hygiene",
        "placeholder",
        html(
            "Colour-coded boards",
            "<h3>Colour-coded boards</h3>"
            + p(
                "Red boards are for raw meat, blue for raw fish, green for salad and fruit, yellow for cooked "
                "meat."
            )
            + p("Add a photo of the colour-coded chopping boards here."),
        ),
    ),
    i_defect(
        "placeholder_foto_einfuegen",
        "de_pflege",
        "placeholder",
        html(
            "Hilfsmittel",
            "<h3>Hilfsmittel</h3>"
            + p(
                "Eine Sturzmatte vor dem Bett dämpft einen Sturz in der Nacht. Hüftprotektoren schützen beim "
                "Gehen, wenn sie den ganzen Tag getragen werden."
            )
            + p("Hier Foto der Sturzmatte aus Haus 2 einfügen."),
        ),
    ),
    i_defect(
        "placeholder_a_completer_exemple",
        "fr_photo",
        "placeholder",
        html(
            "Surexposition",
            "<h3>Surexposition</h3>"
            + p(
                "Une photo surexposée a des blancs « brûlés » : aucun détail ne peut y être récupéré. "
                "L'histogramme collé à droite vous prévient."
            )
            + p("(à compléter : exemple de photo surexposée prise pendant la sortie)"),
        ),
    ),
    i_defect(
        "placeholder_anadir_calendario",
        "es_huerto",
        "placeholder",
        html(
            "¿Cuándo sembramos?",
            "<h3>¿Cuándo sembramos?</h3>"
            + p(
                "Cada planta tiene su época. Las lechugas se siembran en primavera y en otoño; los tomates, "
                "cuando ya no hiela."
            )
            + p("Añadir aquí el calendario de siembra del colegio."),
        ),
    ),
    i_defect(
        "placeholder_incluir_tabela",
        "pt_farmacia",
        "placeholder",
        html(
            "Interações comuns",
            "<h3>Interações comuns</h3>"
            + p(
                "Alguns remédios não combinam: anti-inflamatórios podem subir a pressão de quem já toma "
                "remédio para hipertensão."
            )
            + p("(incluir aqui a tabela de interações da rede)"),
        ),
    ),
    i_defect(
        "placeholder_wstaw_numer",
        "pl_hotel",
        "placeholder",
        html(
            "Gdy gość zgubi klucz",
            "<h3>Gdy gość zgubi klucz</h3>"
            + p(
                "Poproś o dokument, sprawdź nazwisko w systemie i wydaj nową kartę. Jeśli nie możesz "
                "zakodować karty, zadzwoń do kierownika zmiany: [wstaw numer wewnętrzny]."
            ),
        ),
    ),
    i_defect(
        "placeholder_lagg_in_bild_gantt",
        "sv_projekt",
        "placeholder",
        html(
            "Tidsplanen",
            "<h3>Tidsplanen</h3>"
            + p(
                "Bryt ner projektet i aktiviteter, uppskatta hur lång tid var och en tar och lägg dem i "
                "ordning. Markera de aktiviteter som måste vara klara innan nästa kan börja."
            )
            + p("Lägg in bild på ett exempel-Gantt här."),
        ),
    ),
    # --- status words, template text and filler as the page
    i_defect(
        "placeholder_content_to_follow",
        "drama",
        "placeholder",
        html("Using a stimulus", "<h3>Using a stimulus</h3>" + p("Content to follow.")),
    ),
    i_defect(
        "placeholder_en_construccion",
        "es_huerto",
        "placeholder",
        html("Los semilleros", "<h3>Los semilleros</h3>" + p("En construcción.")),
    ),
    i_defect(
        "placeholder_template_heading_and_text",
        "sv_projekt",
        "placeholder",
        html("Uppföljning", "<h3>Lesson title</h3>" + p("Lesson text goes here.")),
    ),
    i_defect(
        "placeholder_latin_filler",
        "pt_farmacia",
        "placeholder",
        html(
            "Medicamentos isentos de prescrição",
            "<h3>Medicamentos isentos de prescrição</h3>"
            + p(
                "Vestibulum id ligula porta felis euismod semper. Donec ullamcorper nulla non metus auctor "
                "fringilla. Maecenas faucibus mollis interdum."
            ),
        ),
    ),
    i_defect(
        "placeholder_sample_text_repeated",
        "forms",
        "placeholder",
        html(
            "Grouping fields",
            "<h3>Grouping fields</h3>"
            + p("This is sample text. This is sample text. This is sample text. This is sample text."),
        ),
    ),
    # --- masked numbers, stand-in links, images and figure numbers
    i_defect(
        "placeholder_masked_phone",
        "pl_hotel",
        "placeholder",
        html(
            "Nagłe wypadki",
            "<h3>Nagłe wypadki</h3>"
            + p(
                "Gdy gość źle się poczuje, zadzwoń pod 112 i powiadom kierownika. Lekarz dyżurny hotelu: "
                "+48 22 XXX XX XX."
            ),
        ),
    ),
    i_defect(
        "placeholder_dead_link",
        "kitchen_hygiene",
        "placeholder",
        html(
            "Cleaning schedule",
            "<h3>Cleaning schedule</h3>"
            + p(
                "Every area of the kitchen has a daily, weekly and monthly task. Tick and initial each task "
                "when it is done."
            )
            + p('<a href="#">Download the cleaning schedule template</a>'),
        ),
    ),
    i_defect(
        "placeholder_todo_image_url",
        "nl_lab",
        "placeholder",
        html(
            "Handschoenen kiezen",
            "<h3>Handschoenen kiezen</h3>"
            + p(
                "Nitril beschermt tegen de meeste waterige oplossingen; voor organische oplosmiddelen kijk "
                "je in de doorbraaktabel van de leverancier."
            )
            + '<img src="https://example.com/TODO/handschoenen.png" alt="handschoenen">',
        ),
    ),
    i_defect(
        "placeholder_figure_x",
        "fr_photo",
        "placeholder",
        html(
            "L'ouverture et la profondeur de champ",
            "<h3>L'ouverture et la profondeur de champ</h3>"
            + p(
                "Comme le montre la figure X, une grande ouverture (f/1,8) rend l'arrière-plan flou, alors "
                "qu'à f/11 tout le paysage reste net."
            ),
        ),
    ),
]
