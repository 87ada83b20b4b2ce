"""Bases for held-back I in German, French, Spanish, Portuguese, Italian, Dutch, Polish and Swedish.

Written for batch I only: care-home records, photography, a school garden, a pharmacy counter,
Renaissance art, lab safety, a hotel front desk and project management. Each brief states its
learner time in its author's words; `size` is the number of units that time holds.
"""

from __future__ import annotations

from corpus.review_bases import lesson
from corpus.review_model import Base, html

DE_PFLEGE = Base(
    key="de_pflege",
    language="de",
    brief_name="Pflegedokumentation und Sturzprophylaxe",
    description=(
        "Fortbildung für Pflegehilfskräfte in unseren drei Seniorenheimen: Pflegeberichte schreiben, "
        "Sturzrisiken erkennen, Maßnahmen dokumentieren, Übergaben. Nicht enthalten: Wundmanagement und "
        "Medikamentengabe. Lernziele: einen sachlichen Pflegebericht verfassen; das Sturzrisiko mit der "
        "hauseigenen Checkliste einschätzen; eine Übergabe strukturiert führen. Fallbeispiele aus dem "
        "Alltag und kurze Wissensfragen. 3 Abschnitte."
    ),
    audience="Pflegehilfskräfte und Auszubildende, Deutsch B2 oder besser. Zwei Stunden pro Woche, sechs Wochen lang.",
    size=12,
    section_titles=("Berichte", "Sturzrisiko", "Übergabe"),
    units=(
        lesson(
            "Sachlich berichten",
            "<h3>Sachlich berichten</h3><p>Ein Pflegebericht beschreibt, was Sie beobachtet haben, nicht was "
            "Sie vermuten. Statt „Frau K. war schlecht drauf“ schreiben Sie: „Frau K. hat das Frühstück "
            "abgelehnt und kaum gesprochen.“</p>",
            "Welcher Satz ist sachlich?",
            [
                "Herr B. war frech.",
                "Herr B. hat zweimal nach seiner Tochter gerufen.",
                "Herr B. ist wohl müde.",
            ],
            1,
        ),
        html(
            "Stolperfallen im Zimmer",
            "<h3>Stolperfallen im Zimmer</h3><p>Lose Teppiche, Kabel am Boden und schlechtes Licht in der "
            "Nacht sind die häufigsten Ursachen für Stürze. Prüfen Sie bei jedem Zimmerbesuch den Weg vom "
            "Bett zur Toilette.</p>",
        ),
    ),
    practice=(
        "<h3>Fallbeispiel {n}</h3><p>Lesen Sie die Beschreibung auf dem Arbeitsblatt und schreiben Sie dazu "
        "einen kurzen Pflegebericht. Besprechen Sie ihn mit Ihrer Praxisanleitung.</p>"
    ),
)

FR_PHOTO = Base(
    key="fr_photo",
    language="fr",
    brief_name="Initiation à la photographie numérique",
    description=(
        "Atelier de la maison de quartier : exposition, ouverture, vitesse, sensibilité, composition et "
        "lumière naturelle. Hors programme : retouche avancée et studio. Objectifs : régler une exposition "
        "en mode manuel ; choisir une ouverture selon le sujet ; composer avec la règle des tiers ; "
        "photographier à contre-jour. Sorties photo et analyse des images des participants. 3 sections."
    ),
    audience="Adultes débutants avec un appareil hybride ou reflex. Deux heures par semaine pendant cinq semaines.",
    size=10,
    section_titles=("Exposition", "Composition", "Lumière"),
    units=(
        lesson(
            "Le triangle d'exposition",
            "<h3>Le triangle d'exposition</h3><p>L'ouverture, la vitesse et la sensibilité règlent ensemble "
            "la quantité de lumière. Si vous fermez le diaphragme d'un cran, allongez le temps de pose d'un "
            "cran pour garder la même exposition.</p>",
            "Vous passez de f/4 à f/5,6. Que faites-vous pour garder la même exposition ?",
            ["Vitesse deux fois plus rapide", "Temps de pose deux fois plus long", "Rien"],
            1,
        ),
        html(
            "La règle des tiers",
            "<h3>La règle des tiers</h3><p>Divisez le cadre en neuf parts égales et placez le sujet sur "
            "l'une des intersections. L'horizon se place sur la ligne du haut ou du bas, rarement au "
            "milieu.</p>",
        ),
    ),
    practice=(
        "<h3>Sortie {n}</h3><p>Photographiez le même sujet avec trois réglages différents et notez-les. "
        "Apportez vos trois images à la prochaine séance pour les comparer en groupe.</p>"
    ),
)

ES_HUERTO = Base(
    key="es_huerto",
    language="es",
    brief_name="El huerto escolar (4.º de Primaria)",
    description=(
        "Proyecto de Ciencias de la Naturaleza: el suelo, las semillas, el riego, el compost y los "
        "insectos del huerto. Fuera del proyecto: el uso de pesticidas. Objetivos: describir las partes de "
        "una planta; sembrar y cuidar un semillero; medir y registrar el crecimiento; explicar para qué "
        "sirve el compost. Trabajo por parejas en el huerto y fichas de observación. 3 secciones."
    ),
    audience="Alumnado de 9 y 10 años. Dos sesiones de una hora a la semana durante cuatro semanas.",
    size=8,
    section_titles=("El suelo", "Sembrar", "Cuidar"),
    units=(
        lesson(
            "Las partes de la planta",
            "<h3>Las partes de la planta</h3><p>La raíz sujeta la planta y toma agua del suelo. El tallo "
            "lleva el agua hasta las hojas, y en las hojas la planta fabrica su alimento con la luz del "
            "sol.</p>",
            "¿Qué parte de la planta toma el agua del suelo?",
            ["La flor", "La raíz", "La hoja"],
            1,
        ),
        html(
            "Regar bien",
            "<h3>Regar bien</h3><p>Regamos a primera hora o al final de la tarde, cuando el sol no quema. "
            "Metemos un dedo en la tierra: si está húmeda, hoy no hace falta regar.</p>",
        ),
    ),
    practice=(
        "<h3>Observación {n}</h3><p>Con tu pareja, mide la planta de vuestro semillero y apunta la altura en "
        "el cuaderno del huerto. Dibuja también cuántas hojas tiene.</p>"
    ),
)

PT_FARMACIA = Base(
    key="pt_farmacia",
    language="pt",
    brief_name="Atendimento no balcão da farmácia",
    description=(
        "Treinamento para balconistas da rede: acolher o cliente, entender a receita, orientar sobre "
        "medicamentos isentos de prescrição e encaminhar ao farmacêutico. Não inclui a dispensação de "
        "controlados. Objetivos: fazer as perguntas certas antes de indicar um produto; reconhecer quando "
        "encaminhar ao farmacêutico; explicar a posologia com clareza. Simulações e estudos de caso. 3 seções."
    ),
    audience="Balconistas recém-contratados, ensino médio completo. Três horas por semana durante duas semanas.",
    size=6,
    section_titles=("Acolher", "Orientar", "Encaminhar"),
    units=(
        lesson(
            "Perguntar antes de indicar",
            "<h3>Perguntar antes de indicar</h3><p>Antes de sugerir um antigripal, pergunte para quem é, a "
            "idade, se a pessoa toma outros remédios e se tem pressão alta. A resposta muda a orientação.</p>",
            "Qual pergunta vem antes de indicar um antigripal?",
            ["Qual é a sua cor preferida?", "A pessoa toma outros remédios?", "Vai pagar no cartão?"],
            1,
        ),
        html(
            "Quando chamar o farmacêutico",
            "<h3>Quando chamar o farmacêutico</h3><p>Gestantes, bebês, febre há mais de três dias e dúvidas "
            "sobre receitas vão sempre para o farmacêutico. O balconista acolhe e chama, não decide.</p>",
        ),
    ),
    practice=(
        "<h3>Simulação {n}</h3><p>Em dupla, um faz o cliente e o outro o balconista, seguindo o caso da "
        "ficha. Depois troquem os papéis e anotem o que funcionou.</p>"
    ),
)

IT_RINASCIMENTO = Base(
    key="it_rinascimento",
    language="it",
    brief_name="Il Rinascimento a Firenze (Storia dell'arte)",
    description=(
        "Modulo di Storia dell'arte per il terzo anno del liceo: Brunelleschi, Masaccio, Donatello, "
        "Botticelli e la committenza medicea. Escluso il Rinascimento veneziano. Obiettivi: descrivere la "
        "prospettiva lineare; confrontare due opere; collocare le opere principali in una linea del tempo; "
        "scrivere un breve commento critico. Lezioni con immagini e analisi guidate. 3 sezioni."
    ),
    audience="Studenti di 16 anni del liceo. Due ore a settimana per cinque settimane.",
    size=10,
    section_titles=("Prospettiva", "Scultura", "Committenza"),
    units=(
        lesson(
            "La prospettiva lineare",
            "<h3>La prospettiva lineare</h3><p>Brunelleschi mostrò che le linee parallele sembrano "
            "convergere in un punto di fuga. Nella Trinità di Santa Maria Novella, Masaccio applicò il "
            "metodo a un affresco.</p>",
            "Chi dipinse la Trinità di Santa Maria Novella?",
            ["Botticelli", "Masaccio", "Giotto"],
            1,
        ),
        html(
            "Il David di Donatello",
            "<h3>Il David di Donatello</h3><p>Il David in bronzo è il primo nudo a tutto tondo dall'antichità. "
            "Osserva la posa: il peso poggia su una gamba sola, come nelle statue classiche.</p>",
        ),
    ),
    practice=(
        "<h3>Analisi {n}</h3><p>Osserva l'opera della scheda e descrivi in cinque righe la composizione e la "
        "luce. Confronta la tua analisi con quella del compagno di banco.</p>"
    ),
)

NL_LAB = Base(
    key="nl_lab",
    language="nl",
    brief_name="Veilig werken in het laboratorium",
    description=(
        "Module voor eerstejaars mbo-laboranten: gevarensymbolen, persoonlijke bescherming, werken in de "
        "zuurkast, afval scheiden en wat te doen bij een incident. Niet behandeld: stralingshygiëne. "
        "Leerdoelen: GHS-pictogrammen herkennen; de juiste handschoen kiezen; een eigen verdunning correct "
        "etiketteren; een incident melden. Korte instructies en praktijkopdrachten. 3 secties."
    ),
    audience="Eerstejaars studenten laboratoriumtechniek, 16 tot 19 jaar. Twee uur per week, vier weken lang.",
    size=8,
    section_titles=("Gevaren", "Bescherming", "Incidenten"),
    units=(
        lesson(
            "Gevarensymbolen",
            "<h3>Gevarensymbolen</h3><p>Een rode ruit met een vlam betekent: ontvlambaar. Een ruit met een "
            "hand en een reageerbuis betekent: bijtend. Lees altijd het etiket voordat je een fles opent.</p>",
            "Wat betekent de ruit met een vlam?",
            ["Giftig", "Ontvlambaar", "Milieugevaarlijk"],
            1,
        ),
        html(
            "Werken in de zuurkast",
            "<h3>Werken in de zuurkast</h3><p>Zet het raam zo laag als je werk toelaat en werk minstens "
            "vijftien centimeter achter de rand. Een volle zuurkast zuigt slecht af: zet er geen voorraad "
            "in.</p>",
        ),
    ),
    practice=(
        "<h3>Opdracht {n}</h3><p>Pak drie flessen uit de oefenkast en schrijf per fles op welke "
        "pictogrammen erop staan en welke bescherming je nodig hebt. Laat je docent meekijken.</p>"
    ),
)

PL_HOTEL = Base(
    key="pl_hotel",
    language="pl",
    brief_name="Obsługa recepcji hotelowej",
    description=(
        "Szkolenie dla nowych recepcjonistów: zameldowanie i wymeldowanie gościa, rezerwacje, rozmowa "
        "telefoniczna, obsługa reklamacji. Poza zakresem: rozliczenia z biurami podróży. Cele: przeprowadzić "
        "zameldowanie w pięć minut; przyjąć rezerwację telefoniczną; spokojnie odpowiedzieć na reklamację. "
        "Scenki i krótkie filmy. 3 sekcje."
    ),
    audience="Nowi pracownicy recepcji, bez doświadczenia w hotelarstwie. Dwie godziny tygodniowo przez cztery tygodnie.",
    size=8,
    section_titles=("Zameldowanie", "Telefon", "Reklamacje"),
    units=(
        lesson(
            "Powitanie gościa",
            "<h3>Powitanie gościa</h3><p>Gościa witamy, zanim podejdzie do lady: spojrzenie, uśmiech, "
            "„Dzień dobry”. Potem prosimy o nazwisko i dokument tożsamości.</p>",
            "Kiedy witamy gościa?",
            ["Gdy poda nazwisko", "Zanim podejdzie do lady", "Po wydaniu klucza"],
            1,
        ),
        html(
            "Karta meldunkowa",
            "<h3>Karta meldunkowa</h3><p>Sprawdź, czy gość wpisał adres i podpisał kartę. Numer pokoju "
            "mówimy cicho albo pokazujemy na kopercie z kartą, żeby nikt obok go nie usłyszał.</p>",
        ),
    ),
    practice=(
        "<h3>Scenka {n}</h3><p>W parach odegrajcie zameldowanie według karty z zadaniem. Osoba obserwująca "
        "zapisuje, co poszło dobrze, a co warto poprawić.</p>"
    ),
)

SV_PROJEKT = Base(
    key="sv_projekt",
    language="sv",
    brief_name="Projektledning för nybörjare",
    description=(
        "Kurs för medarbetare som ska leda sitt första interna projekt: mål, tidsplan, intressenter, risker "
        "och uppföljning. Utanför kursen: agila ramverk och certifiering. Lärandemål: formulera ett mätbart "
        "projektmål; göra en enkel tidsplan; göra en intressentanalys; föra en risklogg. Övningar på egna "
        "projekt. 3 avsnitt."
    ),
    audience="Medarbetare utan erfarenhet av projektledning. Två timmar i veckan under fem veckor.",
    size=10,
    section_titles=("Mål", "Planering", "Uppföljning"),
    units=(
        lesson(
            "Ett mätbart mål",
            "<h3>Ett mätbart mål</h3><p>Ett bra projektmål säger vad som ska vara klart, hur vi vet att det "
            "är klart och när. ”Bättre intranät” är en önskan; ”alla blanketter sökbara på intranätet senast "
            "30 juni” är ett mål.</p>",
            "Vilket är ett mätbart mål?",
            ["Nöjdare kunder", "Svarstid under två dagar från 1 mars", "Ett modernare kontor"],
            1,
        ),
        html(
            "Intressenter",
            "<h3>Intressenter</h3><p>Lista alla som påverkas av projektet eller kan påverka det. Placera dem "
            "efter inflytande och intresse, och bestäm hur ofta var och en ska få information.</p>",
        ),
    ),
    practice=(
        "<h3>Övning {n}</h3><p>Använd ditt eget projekt och fyll i övningsbladet. Diskutera resultatet med "
        "en kollega från kursen.</p>"
    ),
)

BASES_INTL = {
    b.key: b
    for b in (DE_PFLEGE, FR_PHOTO, ES_HUERTO, PT_FARMACIA, IT_RINASCIMENTO, NL_LAB, PL_HOTEL, SV_PROJEKT)
}
