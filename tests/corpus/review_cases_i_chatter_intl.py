"""Held-back I, chatter in German, French, Spanish, Portuguese, Italian, Dutch, Polish and Swedish.

Each course is blocked for chatter only: the rest of the page is a good lesson.
"""

from __future__ import annotations

from corpus.review_bases_i import i_defect, p
from corpus.review_model import html

CHATTER_I_INTL = [
    # --- German, French, Spanish
    i_defect(
        "chatter_gern_hier_ist",
        "de_pflege",
        "chatter",
        html(
            "Sturzrisiko einschätzen",
            p("Gern! Hier ist die überarbeitete Lerneinheit zur Sturzprophylaxe, direkt zum Einfügen.")
            + "<h3>Sturzrisiko einschätzen</h3>"
            + p(
                "Nutzen Sie bei jeder Neuaufnahme die Checkliste des Hauses: frühere Stürze, Medikamente, "
                "Gangbild, Sehvermögen und nächtliche Toilettengänge."
            ),
        ),
    ),
    i_defect(
        "chatter_einfache_sprache_angebot",
        "de_pflege",
        "chatter",
        html(
            "Die Übergabe",
            "<h3>Die Übergabe</h3>"
            + p(
                "Übergeben Sie Bewohner für Bewohner: Was ist heute passiert, was ist offen, worauf muss die "
                "nächste Schicht achten? Wichtiges steht zusätzlich im Bericht."
            )
            + p("Wenn Sie möchten, formuliere ich die Fallbeispiele auch noch in Leichter Sprache um."),
        ),
    ),
    i_defect(
        "chatter_pas_pu_verifier_reglages",
        "fr_photo",
        "chatter",
        html(
            "Le contre-jour",
            "<h3>Le contre-jour</h3>"
            + p(
                "Face au soleil, le sujet devient une silhouette. Mesurez la lumière sur le visage, ou "
                "corrigez l'exposition de +1 à +2 IL."
            )
            + p(
                "(Je n'ai pas pu vérifier les menus exacts de votre appareil ; j'ai donc pris un reflex "
                "courant comme exemple.)"
            )
            + p("Un réflecteur blanc tenu par un ami éclaire le visage sans flash."),
        ),
    ),
    i_defect(
        "chatter_jespere_mieux_que_precedente",
        "fr_photo",
        "chatter",
        html(
            "La balance des blancs",
            "<h3>La balance des blancs</h3>"
            + p(
                "Sous une ampoule, les photos tirent vers l'orange ; à l'ombre, vers le bleu. Choisissez le "
                "préréglage qui correspond à la lumière, ou photographiez une feuille blanche pour un réglage "
                "personnalisé."
            )
            + p("J'espère que cette version vous convient mieux que la précédente !"),
        ),
    ),
    i_defect(
        "chatter_claro_que_si_aqui_tienes",
        "es_huerto",
        "chatter",
        html(
            "El compost",
            p("¡Claro que sí! Aquí tienes la lección sobre el compost adaptada a niños de nueve años.")
            + "<h3>El compost</h3>"
            + p(
                "En el compostador echamos restos de fruta, verdura, hojas secas y cáscaras de huevo. Con el "
                "tiempo, los bichitos del suelo lo convierten en tierra buena para el huerto."
            ),
        ),
    ),
    i_defect(
        "chatter_parejas_o_grupos",
        "es_huerto",
        "chatter",
        html(
            "Los insectos amigos",
            "<h3>Los insectos amigos</h3>"
            + p(
                "Las mariquitas se comen los pulgones y las abejas llevan el polen de flor en flor. Por eso "
                "dejamos una esquina del huerto con flores."
            )
            + p(
                "¿Prefieres que los alumnos trabajen en parejas o en grupos de cuatro? Dímelo y ajusto la "
                "actividad."
            ),
        ),
    ),
    # --- Portuguese, Italian, Dutch, Polish, Swedish
    i_defect(
        "chatter_obrigado_pelo_retorno",
        "pt_farmacia",
        "chatter",
        html(
            "Explicar a posologia",
            p("Obrigado pelo retorno! Ajustei o texto como você pediu e tirei a parte sobre antibióticos.")
            + "<h3>Explicar a posologia</h3>"
            + p(
                "Diga a dose, o horário e por quantos dias, e peça para o cliente repetir. Escreva na caixa "
                "do remédio se ele preferir."
            ),
        ),
    ),
    i_defect(
        "chatter_se_quiser_roteiro",
        "pt_farmacia",
        "chatter",
        html(
            "Acolher o cliente",
            "<h3>Acolher o cliente</h3>"
            + p(
                "Cumprimente, olhe nos olhos e pergunte como pode ajudar. Se houver fila, avise quanto tempo "
                "falta para o atendimento."
            )
            + p("Se quiser, posso montar também um roteiro de atendimento para colar no balcão."),
        ),
    ),
    i_defect(
        "chatter_modello_ia_non_vedo_opere",
        "it_rinascimento",
        "chatter",
        html(
            "La Primavera di Botticelli",
            "<h3>La Primavera di Botticelli</h3>"
            + p(
                "Nel giardino di Venere, le figure si leggono da destra a sinistra: Zefiro insegue Clori, che "
                "diventa Flora."
            )
            + p(
                "In quanto modello di intelligenza artificiale non posso vedere l'opera dal vivo, ma la "
                "descrizione segue il catalogo degli Uffizi."
            )
            + p("Al centro, Venere accoglie lo spettatore con un gesto della mano."),
        ),
    ),
    i_defect(
        "chatter_spero_bozza_utile",
        "it_rinascimento",
        "chatter",
        html(
            "La cupola",
            "<h3>La cupola di Santa Maria del Fiore</h3>"
            + p(
                "Brunelleschi costruì la cupola senza centine, con due calotte e mattoni disposti a spina di "
                "pesce."
            )
            + p("Spero che questa bozza ti sia utile; se serve, la accorcio per una lezione di un'ora."),
        ),
    ),
    i_defect(
        "chatter_prima_aangepast_protocol",
        "nl_lab",
        "chatter",
        html(
            "Afval scheiden",
            p("Prima, ik heb de tekst aangepast aan jullie nieuwe labprotocol. Hieronder de herziene versie.")
            + "<h3>Afval scheiden</h3>"
            + p(
                "Halogeenhoudende oplosmiddelen gaan in het vat met de gele dop, overige oplosmiddelen in het "
                "vat met de witte dop. Gooi nooit iets door de gootsteen."
            ),
        ),
    ),
    i_defect(
        "chatter_oczywiscie_oto_lekcja",
        "pl_hotel",
        "chatter",
        html(
            "Wymeldowanie",
            p("Oczywiście! Oto lekcja o wymeldowaniu gościa, gotowa do wklejenia na platformę.")
            + "<h3>Wymeldowanie</h3>"
            + p(
                "Zapytaj, czy pobyt się udał, sprawdź minibar i wydruk rachunku. Podziękuj i zaproponuj "
                "zamówienie taksówki."
            ),
        ),
    ),
    i_defect(
        "chatter_daj_znac_scenka",
        "pl_hotel",
        "chatter",
        html(
            "Rezerwacja przez telefon",
            "<h3>Rezerwacja przez telefon</h3>"
            + p(
                "Zapisz daty przyjazdu i wyjazdu, liczbę osób, typ pokoju i numer telefonu. Na koniec "
                "powtórz wszystko gościowi."
            )
            + p("Daj znać, czy mam dopisać jeszcze scenkę z reklamacją gościa."),
        ),
    ),
    i_defect(
        "chatter_har_kommer_som_du_bad_om",
        "sv_projekt",
        "chatter",
        html(
            "Riskloggen",
            p("Här kommer den omarbetade lektionen om riskanalys, som du bad om.")
            + "<h3>Riskloggen</h3>"
            + p(
                "Skriv varje risk som en mening: orsak, händelse, följd. Bedöm sannolikhet och konsekvens från "
                "1 till 5 och bestäm vem som äger risken."
            ),
        ),
    ),
]
