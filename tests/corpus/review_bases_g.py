"""Base courses written for held-back G, on subjects the earlier bases do not cover.

Same shape as review_bases.py: a brief with the learner time in its author's words, a few good
pages, a practice page; each size is about one unit per hour of learner time.
"""

from __future__ import annotations

from corpus.review_bases import BASES, lesson
from corpus.review_model import Base, Case, Unit, html

NURSING_MEDS = Base(
    key="nursing_meds",
    language="en",
    brief_name="Medication Safety for Newly Qualified Nurses",
    description=(
        "Preceptorship module on giving medicines safely on adult wards: the checks before administration, "
        "high-alert medicines, dose calculations, reporting errors. Not covered: prescribing, IV therapy "
        "(separate competency sign-off). Outcomes: apply the administration checks every time; calculate an "
        "oral dose from a prescription; name the medicines that need a second checker; complete an incident "
        "report. Case studies and calculation drills. 3 sections."
    ),
    audience=(
        "Registered nurses in their first year on adult wards; fluent English. Eight hours in total: four "
        "two-hour study sessions during preceptorship."
    ),
    size=8,
    section_titles=("Before you give", "Calculations", "When things go wrong"),
    units=(
        lesson(
            "The administration checks",
            "<h3>The administration checks</h3><p>Before giving any medicine, check the right patient, drug, "
            "dose, route and time against the chart and the wristband. Ask the patient to tell you their name "
            "and date of birth rather than reading it to them.</p>",
            "Which check confirms the right patient?",
            [
                "Reading their name to them",
                "Their own name and date of birth, checked with the wristband",
                "The bed number",
            ],
            1,
        ),
        html(
            "High-alert medicines",
            "<h3>High-alert medicines</h3><p>Insulin, anticoagulants, opioids and concentrated potassium cause "
            "the most serious harm when given wrongly. On our wards they need an independent second check by "
            "another registered nurse.</p>",
        ),
    ),
    practice=(
        "<h3>Case {n}</h3><p>Read the drug chart in the case pack and list every check you would make before "
        "the next round. Discuss your list with your preceptor at handover.</p>"
    ),
)

CONTRACT_LAW = Base(
    key="contract_law",
    language="en",
    brief_name="Contract Law Essentials for Paralegals",
    description=(
        "Introductory module for paralegals in a commercial firm: formation (offer, acceptance, consideration, "
        "intention), terms, breach and remedies. Not covered: litigation procedure, consumer law. Outcomes: "
        "decide from an email chain whether a contract was formed; tell conditions from warranties; summarise "
        "a breach for the supervising solicitor; check a signature block. Case summaries and drafting "
        "exercises. 3 sections."
    ),
    audience=(
        "Paralegals in their first year, no law degree; fluent English. One two-hour evening session a week "
        "for five weeks."
    ),
    size=10,
    section_titles=("Formation", "Terms", "Breach"),
    units=(
        lesson(
            "Offer and acceptance",
            "<h3>Offer and acceptance</h3><p>An offer is a definite promise to be bound on stated terms; goods "
            "on a shelf are only an invitation to treat. Acceptance must mirror the offer: a reply that changes "
            "the terms is a counter-offer, and it ends the original offer.</p>",
            "The buyer replies: 'Agreed, but delivery in March, not May.' What is this?",
            ["An acceptance", "A counter-offer", "An invitation to treat"],
            1,
        ),
        html(
            "Consideration",
            "<h3>Consideration</h3><p>Each side must give something of value in return for the other's promise: "
            "money, goods, work, or a promise to do one of these. A promise of a gift is not enforceable unless "
            "it is made by deed.</p>",
        ),
    ),
    practice=(
        "<h3>Exercise {n}</h3><p>Read the email chain in the exercise pack and mark the message where, in your "
        "view, a contract was formed. Write two sentences explaining why.</p>"
    ),
)

FR_CUISINE = Base(
    key="fr_cuisine",
    language="fr",
    brief_name="Les bases de la cuisine professionnelle",
    description=(
        "Module d'entrée pour les commis de cuisine : mise en place, taillages, fonds et sauces mères, hygiène "
        "(méthode HACCP). Hors programme : pâtisserie et service en salle. Objectifs : organiser son poste ; "
        "réaliser les taillages de base ; préparer un fond blanc et une béchamel ; appliquer les règles de "
        "température. Démonstrations filmées et fiches techniques. 3 sections."
    ),
    audience=(
        "Apprentis commis en première année, français courant. Six heures au total : deux matinées de trois "
        "heures."
    ),
    size=6,
    section_titles=("Mise en place", "Fonds et sauces", "Hygiène"),
    units=(
        lesson(
            "Les taillages",
            "<h3>Les taillages</h3><p>La brunoise est un cube de 2 à 3 mm ; la julienne, un bâtonnet fin de 1 à "
            "2 mm sur 4 à 5 cm. Un taillage régulier assure une cuisson homogène.</p>",
            "Quelle taille fait une brunoise ?",
            ["2 à 3 mm", "1 cm", "5 cm"],
            0,
        ),
    ),
    practice=(
        "<h3>Fiche technique {n}</h3><p>Lisez la fiche technique du jour et préparez la liste des denrées de "
        "votre poste. Faites-la valider par votre chef de partie avant le service.</p>"
    ),
)

DE_SCHWEISSEN = Base(
    key="de_schweissen",
    language="de",
    brief_name="MAG-Schweißen Grundlagen",
    description=(
        "Grundkurs für Auszubildende im Metallbau: Aufbau der MAG-Anlage, Schutzgase, Parameter, Nahtarten, "
        "Arbeitsschutz. Nicht enthalten: WIG- und Elektrodenschweißen. Lernziele: die Anlage sicher in Betrieb "
        "nehmen; Spannung und Drahtvorschub für 3-mm-Blech einstellen; eine Kehlnaht in Position PB "
        "schweißen; Nahtfehler erkennen. Kurze Videos und Übungen in der Lehrwerkstatt. 3 Abschnitte."
    ),
    audience=(
        "Auszubildende im ersten Lehrjahr, Deutsch als Arbeitssprache. Zwölf Stunden insgesamt: drei Samstage "
        "mit je vier Stunden."
    ),
    size=12,
    section_titles=("Die Anlage", "Parameter", "Nähte"),
    units=(
        lesson(
            "Schutzgas",
            "<h3>Schutzgas</h3><p>Für unlegierten Stahl verwenden wir ein Mischgas aus Argon und CO₂ (82/18). "
            "Der Durchfluss liegt bei etwa 10 bis 12 Litern pro Minute.</p>",
            "Welches Gas nutzen wir für unlegierten Stahl?",
            ["Reines Argon", "Argon-CO₂-Mischgas", "Sauerstoff"],
            1,
        ),
    ),
    practice=(
        "<h3>Werkstattübung {n}</h3><p>Schweißen Sie die Probe nach der Zeichnung im Übungsheft und prüfen Sie "
        "die Naht mit der Lehre. Tragen Sie das Ergebnis in Ihr Berichtsheft ein.</p>"
    ),
)

ES_FINANZAS = Base(
    key="es_finanzas",
    language="es",
    brief_name="Finanzas personales para jóvenes",
    description=(
        "Curso para jóvenes que empiezan a trabajar: la nómina, el presupuesto mensual, el ahorro, las deudas "
        "y los intereses. No incluye bolsa ni criptomonedas. Objetivos: leer una nómina; hacer un presupuesto "
        "50/30/20; calcular el coste real de un préstamo; crear un fondo de emergencia. Casos prácticos y "
        "hojas de cálculo sencillas. 3 secciones."
    ),
    audience="Jóvenes de 18 a 25 años con su primer contrato; español nativo. Una hora a la semana durante diez semanas.",
    size=10,
    section_titles=("La nómina", "El presupuesto", "Deudas"),
    units=(
        lesson(
            "Bruto y neto",
            "<h3>Bruto y neto</h3><p>El salario bruto es lo que pactas con la empresa; el neto es lo que llega "
            "a tu cuenta después de las retenciones del IRPF y las cotizaciones a la Seguridad Social.</p>",
            "¿Qué cantidad llega a tu cuenta?",
            ["El bruto", "El neto", "La base de cotización"],
            1,
        ),
    ),
    practice=(
        "<h3>Caso {n}</h3><p>Lee el caso de la ficha y completa la hoja de presupuesto con los gastos de Lucía. "
        "Compara tu resultado con el de tu compañero.</p>"
    ),
)

MUSIC_THEORY = Base(
    key="music_theory",
    language="en",
    brief_name="Music Theory for Adult Beginners",
    description=(
        "Online course for adults learning an instrument: reading notes on the treble and bass staves, rhythm "
        "and time signatures, major scales and keys, basic chords. Not covered: harmony beyond triads, "
        "composition. Outcomes: name notes on both staves; clap rhythms in 2/4, 3/4 and 4/4; build a major "
        "scale from any note; play the I, IV and V chords in C, G and F. Short lessons with listening and "
        "clapping exercises. 4 sections."
    ),
    audience=(
        "Adults who play or are learning an instrument, no theory background; fluent English. Twenty minutes "
        "a day, five days a week, for six weeks."
    ),
    size=10,
    section_titles=("Notes", "Rhythm", "Scales", "Chords"),
    units=(
        lesson(
            "The treble staff",
            "<h3>The treble staff</h3><p>The lines of the treble staff, from the bottom, are E, G, B, D and F; "
            "the spaces spell F, A, C, E. Middle C sits on a short ledger line just below the staff.</p>",
            "Which note sits on the bottom line of the treble staff?",
            ["F", "E", "C"],
            1,
        ),
    ),
    practice=(
        "<h3>Exercise {n}</h3><p>Play the exercise slowly, counting aloud, then record yourself once at the "
        "marked tempo. Listen back and circle one bar to practise again tomorrow.</p>"
    ),
)

PT_CONSUMIDOR = Base(
    key="pt_consumidor",
    language="pt",
    brief_name="Direito do consumidor para atendentes",
    description=(
        "Treinamento para a equipe de atendimento de uma rede varejista: direitos básicos do consumidor, trocas "
        "e devoluções, direito de arrependimento, garantia. Não inclui processos judiciais. Objetivos: explicar "
        "o direito de arrependimento em compras online; distinguir garantia legal e contratual; registrar uma "
        "reclamação corretamente; saber quando encaminhar ao jurídico. Estudos de caso e simulações. 3 seções."
    ),
    audience=(
        "Atendentes de loja e da central telefônica, sem formação jurídica; português nativo. Oito horas no "
        "total: quatro encontros de duas horas."
    ),
    size=8,
    section_titles=("Direitos básicos", "Trocas e garantia", "Reclamações"),
    units=(
        lesson(
            "Direito de arrependimento",
            "<h3>Direito de arrependimento</h3><p>Nas compras feitas fora da loja, pela internet ou por telefone, "
            "o consumidor pode desistir em até sete dias a contar do recebimento do produto, sem justificar.</p>",
            "Em quantos dias o cliente pode desistir de uma compra online?",
            ["Três dias", "Sete dias", "Trinta dias"],
            1,
        ),
    ),
    practice=(
        "<h3>Simulação {n}</h3><p>Leia a situação da ficha e escreva como você responderia ao cliente. Depois, "
        "compare sua resposta com a de um colega.</p>"
    ),
)

BASES_G = {
    b.key: b
    for b in (NURSING_MEDS, CONTRACT_LAW, FR_CUISINE, DE_SCHWEISSEN, ES_FINANZAS, MUSIC_THEORY, PT_CONSUMIDOR)
}


def g_defect(name: str, base: str, expect: str, *units: Unit, **kw) -> Case:
    """A held-back G course the review must block for each category in `expect`."""
    return Case(name, _base(base), tuple(units), frozenset(expect.split()), held_back=True, **kw)


def g_fine(name: str, base: str, *units: Unit, **kw) -> Case:
    """A held-back G course that looks suspicious and must pass."""
    return Case(name, _base(base), tuple(units), frozenset(), held_back=True, kind="tricky", **kw)


def _base(key: str) -> Base:
    return BASES_G[key] if key in BASES_G else BASES[key]
