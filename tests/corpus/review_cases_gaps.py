"""Tuned cases for gaps without slot syntax (guardrails/gaps.py, the taught-slot test and the caption
rule), written after H was read: a newsroom gap word where a number goes, editorial queries in brackets,
author instructions with "hier"/"noch"/"nog" after their object, test filler as a page, digits masked
with x, stand-in images, angle brackets around words written as text. None of H's sentences; each class
has look-alikes: TK the insurer, [sic] and puzzles, "check all that apply", a typing drill, merge fields
and f-string variables taught, a figure's caption beside its image, Roman numerals.
"""

from __future__ import annotations

from corpus.review_model import Case, html, p
from corpus.tuned import defects_of, fine

_defect = defects_of("placeholder")
_fine = fine


GAP_CASES: list[Case] = [
    # ---- a gap word where a number goes ----
    _defect(
        "gap_tk_percent_turnout",
        "history_school",
        html("The 1832 election", p("Turnout in the first reformed election was TK% of the new electorate.")),
    ),
    _defect(
        "gap_tbd_workers_strike",
        "history_school",
        html("The Plug Plot", p("In August 1842 the strikes spread to TBD workers across Lancashire.")),
    ),
    # ---- editorial queries in brackets ----
    _defect(
        "gap_source_query_petition",
        "history_school",
        html(
            "The Chartist petitions", p("The 1842 petition carried over three million signatures [source?].")
        ),
    ),
    _defect(
        "gap_fr_date_query",
        "fr_securite",
        html(
            "Le RGPD", p("Le RGPD s'applique depuis mai 2018 [date ?] à toutes les entreprises de l'Union.")
        ),
    ),
    _defect(
        "gap_de_pruefen_note",
        "de_physik",
        html("Elektrische Leistung", p("Ein Wasserkocher nimmt etwa 2000 W auf [prüfen: Typenschild].")),
    ),
    # ---- author instructions after their object ----
    _defect(
        "gap_de_schaltplan_hier_einfuegen",
        "de_physik",
        html(
            "Parallelschaltung",
            p("In der Parallelschaltung liegt an jedem Zweig dieselbe Spannung.")
            + p("Schaltplan der Parallelschaltung hier einfügen."),
        ),
    ),
    _defect(
        "gap_nl_voorbeeld_nog_toevoegen",
        "ux_writing",
        html(
            "Error messages",
            p("Say what went wrong and how to fix it, in plain words.")
            + p("Een voorbeeld van een foutmelding nog toevoegen."),
        ),
    ),
    # ---- test filler as a page ----
    _defect(
        "gap_test_test_123",
        "python_bootcamp",
        html("Sets and tuples", "<h3>Sets and tuples</h3>" + p("test test 123")),
    ),
    _defect("gap_es_qwerty", "es_excel", html("Gráficos", "<h3>Gráficos</h3>" + p("qwerty asdfg"))),
    # ---- digits masked with x ----
    _defect(
        "gap_de_hotline_masked",
        "de_kunden",
        html("Eskalation", p("Bei technischen Fragen rufen Sie die Hotline unter 0800 xxx xxx an.")),
    ),
    _defect(
        "gap_pt_telefone_mascarado",
        "pt_vendas",
        html("Suporte ao vendedor", p("Dúvidas sobre preços: ligue para o ramal xxxx.")),
    ),
    # ---- stand-in images ----
    _defect(
        "gap_image_service_stand_in",
        "leadership",
        html(
            "Team charters",
            p("A charter says what the team is for and how it decides.")
            + '<img src="https://picsum.photos/800/400" alt="A team at a whiteboard">',
        ),
    ),
    _defect(
        "gap_image_alt_says_placeholder",
        "excel_hr",
        html(
            "Headcount chart",
            p("The chart shows headcount by department.")
            + '<img src="/static/img/headcount.png" alt="image placeholder">',
        ),
    ),
    # ---- angle brackets written as text ----
    _defect(
        "gap_literal_angle_link_to_form",
        "safety_onboarding",
        html("Near misses", p("Report every near miss on &lt;link to the reporting form&gt; within a day.")),
    ),
    # ---- look-alikes ----
    _fine(
        "gap_fine_tk_the_insurer",
        "de_kunden",
        html(
            "Krankmeldung",
            p(
                "Ihre Krankenkasse, zum Beispiel die TK oder die AOK, bekommt die Krankmeldung direkt von der Praxis."
            )
            + p("Bei der TK dauert die Bearbeitung meist drei Tage."),
        ),
    ),
    _fine(
        "gap_fine_sic_puzzle_check_all",
        "safety_onboarding",
        html(
            "Spot the hazards",
            p('The 1970 notice read: "Fire exit to be kept clear at all tims [sic]."')
            + p("Which of these block a fire exit? [check all that apply]")
            + p("Two pallets plus [?] pallets make five: how many are in the corridor?"),
        ),
    ),
    _fine(
        "gap_fine_typing_drill",
        "ux_writing",
        html(
            "Touch typing: the home row",
            p("Rest your fingers on the home row and type each line twice.") + p("asdf jkl asdf jkl"),
        ),
    ),
    _fine(
        "gap_fine_es_campo_de_combinacion",
        "es_excel",
        html(
            "Cartas en serie",
            p(
                "En Word, inserta el campo de combinación [Nombre] donde debe aparecer el nombre del proveedor."
            )
            + p("Al combinar, Word escribe el nombre de cada proveedor en su carta."),
        ),
    ),
    _fine(
        "gap_fine_fstring_variable",
        "python_bootcamp",
        html(
            "f-strings",
            p("Inside an f-string, the variable {name} is replaced by its value when the line runs.")
            + "<pre>name = 'Ana'\nprint(f'Hello {name}')</pre>",
        ),
    ),
    _fine(
        "gap_fine_figure_caption_beside_image",
        "excel_hr",
        html(
            "Reading a chart",
            '<img src="/static/sales-by-region-1200x800.png" alt="Bar chart of sales by region">'
            + p("(Figure: sales by region, 2023)")
            + p("The tallest bar is the North region."),
        ),
    ),
    _fine(
        "gap_fine_roman_numerals",
        "pt_matematica",
        html(
            "Algarismos romanos",
            p("Em algarismos romanos, xx = 20 e xxx = 30; o século XXI começou em 2001.")
            + p("Escreva 2024 em algarismos romanos."),
        ),
    ),
    _fine(
        "gap_fine_banner_size",
        "ux_writing",
        html(
            "Image sizes",
            p("Export social banners at 1200x628 pixels and keep text inside the middle third.")
            + '<img src="/static/banner-example-1200x628.png" alt="A banner with its safe area marked">',
        ),
    ),
]
