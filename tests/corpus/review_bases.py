"""Base courses for the review corpus, written the way their authors would write them.

Each base is a brief (with the learner time in its author's own words) and a few good
pages; cases add one defect, or one tricky-but-fine page, to a base, and pad it with
practice pages to the size its brief's time asks for.
"""

from __future__ import annotations

from corpus.review_model import Base, Page, Unit, html


def mcq(question: str, choices: list[str], correct: int) -> str:
    options = "".join(
        f'<choice correct="{"true" if i == correct else "false"}">{c}</choice>' for i, c in enumerate(choices)
    )
    return (
        f'<problem><multiplechoiceresponse><p>{question}</p><choicegroup type="MultipleChoice">{options}'
        "</choicegroup></multiplechoiceresponse></problem>"
    )


def lesson(title: str, body: str, question: str, choices: list[str], correct: int) -> Unit:
    return Unit(title, (Page(body), Page(mcq(question, choices, correct))))


EXCEL_HR = Base(
    key="excel_hr",
    language="en",
    brief_name="Spreadsheet Basics for New Finance Staff",
    description=(
        "Onboarding course for new accounts-payable clerks. Covers entering data, formulas (SUM, IF, VLOOKUP), "
        "sorting and filtering, and simple charts. Not covered: macros, Power Query, pivot tables (see the "
        "advanced course). Outcomes: enter and format an invoice log; write SUM and IF formulas; look up a "
        "supplier with VLOOKUP; build a bar chart of monthly spend. Short demos followed by guided exercises "
        "on our own invoice templates. 4 sections."
    ),
    audience=(
        "New hires in finance operations, comfortable with email and web forms but new to spreadsheets. "
        "Fluent English. Two hours a week during their first six weeks."
    ),
    size=12,
    section_titles=("Getting around", "Formulas", "Lookups", "Charts"),
    units=(
        lesson(
            "The invoice log",
            "<h3>The invoice log</h3><p>Every invoice we receive is entered on one row of the log: supplier, "
            "invoice number, date, amount and cost centre. Open the template from the shared drive and notice "
            "the frozen header row: it stays visible while you scroll.</p>",
            "Which row stays visible while you scroll?",
            ["The last row", "The frozen header row", "Row 100"],
            1,
        ),
        html(
            "Your first formula",
            "<h3>Your first formula</h3><p>A formula starts with an equals sign. Type <code>=SUM(E2:E40)</code> "
            "in the cell under the amounts and press Enter: the total of the column appears.</p>"
            "<p>Here is your checklist for the exercise: totals match the paper batch, no blank supplier "
            "names, dates in DD/MM/YYYY.</p>",
        ),
    ),
    practice=(
        "<h3>Practice {n}</h3><p>Open this week's practice file and repeat the steps from the demo on the second "
        "sheet. Compare your totals with the answer sheet and note any row that differs.</p>"
    ),
)

PYTHON_BOOTCAMP = Base(
    key="python_bootcamp",
    language="en",
    brief_name="Python for Data Analysis (Bootcamp Week Module)",
    description=(
        "Project-based module of our data bootcamp: variables, lists and dictionaries, functions, reading CSV "
        "files with the csv module and summarising data. Out of scope: classes, decorators, async. Outcomes: "
        "write a function with parameters; read a CSV file into a list of dictionaries; compute group totals; "
        "explain an error message. Each section ends with a mini-project. 5 sections."
    ),
    audience=(
        "Career changers with spreadsheet experience and no programming. English B2 or better. "
        "About 5 hours per week for 3 weeks, in the evening."
    ),
    size=14,
    section_titles=("Values", "Collections", "Functions", "Files", "Project"),
    units=(
        lesson(
            "Variables",
            "<h3>Variables</h3><p>A variable is a name for a value. <code>price = 12.5</code> stores a number; "
            "<code>city = 'Lyon'</code> stores text. Names are case-sensitive: <code>Price</code> is another "
            "variable.</p>",
            "Which line stores text?",
            ["price = 12.5", "city = 'Lyon'", "total = price * 2"],
            1,
        ),
        html(
            "Reading errors",
            "<h3>Reading an error message</h3><p>Read a traceback from the bottom up: the last line names the "
            "error, the line above it shows where it happened. <code>KeyError: 'city'</code> means the "
            "dictionary has no key called city.</p>",
        ),
    ),
    practice=(
        "<h3>Practice {n}</h3><p>Open the notebook for this exercise, run each cell, and change the data file "
        "to the weather records. Write down one thing that surprised you in the output.</p>"
    ),
)

HISTORY_SCHOOL = Base(
    key="history_school",
    language="en",
    brief_name="The Industrial Revolution (Year 9 History)",
    description=(
        "A four-week unit for Year 9 on the Industrial Revolution in Britain: steam power, factories, "
        "child labour, the growth of cities and the first reforms. We do not cover the Second Industrial "
        "Revolution. Pupils will be able to: describe three inventions; explain two causes of urban growth; "
        "compare two primary sources; write a short argued paragraph. Source-based lessons with a short quiz "
        "each week. 4 sections."
    ),
    audience=(
        "Pupils aged 13-14 who have studied the Tudors and Stuarts. Reading age 12+. "
        "Three 45-minute lessons a week for four weeks."
    ),
    size=10,
    section_titles=("Power", "Factories", "Cities", "Reform"),
    units=(
        lesson(
            "Steam power",
            "<h3>Steam power</h3><p>James Watt did not invent the steam engine, but his separate condenser made "
            "it far more efficient. Mill owners no longer had to build beside fast rivers.</p>",
            "What did Watt's separate condenser change?",
            ["Engines used less coal", "Engines ran on water", "Engines became smaller than a watch"],
            0,
        ),
        html(
            "Reading a source",
            "<h3>Reading a source</h3><p>Before you use a source, ask who made it, when, and why. A factory "
            "owner's letter and a child worker's testimony describe the same mill very differently.</p>",
        ),
    ),
    practice=(
        "<h3>Source work {n}</h3><p>Read the extract on the worksheet and underline two details that tell you "
        "when it was written. Then discuss with your partner whether the author can be trusted.</p>"
    ),
)

SAFETY_ONBOARDING = Base(
    key="safety_onboarding",
    language="en",
    brief_name="Warehouse Safety Induction",
    description=(
        "Mandatory induction for warehouse staff: manual handling, forklift zones, PPE, reporting near misses. "
        "Excludes forklift licensing (separate accredited course). Outcomes: demonstrate a safe lift; identify "
        "pedestrian routes on the floor plan; choose the right PPE; file a near-miss report. Short videos and "
        "scenario questions. 3 sections."
    ),
    audience=(
        "New warehouse operatives, many with English as a second language (A2-B1). "
        "One lunch break a week for a month."
    ),
    size=4,
    section_titles=("Lifting", "Moving around", "Reporting"),
    units=(
        lesson(
            "Safe lifting",
            "<h3>Safe lifting</h3><p>Feet apart, bend your knees, keep the load close, do not twist. If the box "
            "is over 25 kg, ask a colleague or use the trolley.</p>",
            "The box weighs 30 kg. What do you do?",
            ["Lift it quickly", "Ask a colleague or use the trolley", "Drag it"],
            1,
        ),
    ),
    practice=(
        "<h3>Scenario {n}</h3><p>Look at the photo from the loading bay. Point to one hazard and say what you "
        "would do about it. Talk it through with your supervisor at the next team briefing.</p>"
    ),
)

LEADERSHIP = Base(
    key="leadership",
    language="en",
    brief_name="First-Time Team Leads",
    description=(
        "Programme for newly promoted team leads: one-to-ones, giving feedback, delegating, running a team "
        "meeting. Not covered: hiring, performance improvement plans, pay. Outcomes: plan a one-to-one; give "
        "feedback with the SBI model; delegate a task with a clear outcome; run a 30-minute stand-up. Cohort "
        "workshops with role-play and a reflective journal. 4 sections."
    ),
    audience=(
        "Employees promoted in the last six months, no management training. Business English. "
        "Two evenings a week for a month."
    ),
    size=16,
    section_titles=("One-to-ones", "Feedback", "Delegation", "Meetings"),
    units=(
        html(
            "Why one-to-ones",
            "<h3>Why one-to-ones matter</h3><p>A one-to-one is your report's meeting, not yours. Let them set "
            "the agenda; your job is to listen, ask, and remove blockers. Feel free to ask your mentor for "
            "their own agenda template.</p>",
        ),
        lesson(
            "Feedback with SBI",
            "<h3>Situation, Behaviour, Impact</h3><p>Name the situation, describe the behaviour you saw, and "
            "say what its impact was. Keep it specific and recent.</p>",
            "Which is a behaviour, not a judgement?",
            ["You were rude", "You interrupted Sam twice", "You have a bad attitude"],
            1,
        ),
    ),
    practice=(
        "<h3>Journal {n}</h3><p>Write five lines in your journal about a conversation you had with your team "
        "this week: what went well, and what you would say differently next time.</p>"
    ),
)

UX_WRITING = Base(
    key="ux_writing",
    language="en",
    brief_name="Writing for Interfaces",
    description=(
        "A short course on UX writing for product designers: microcopy, error messages, empty states, "
        "placeholder text and mock-ups, tone. Out of scope: long-form content marketing and SEO. Outcomes: "
        "rewrite an error message; write an empty state; replace lorem ipsum in a mock-up with real copy; "
        "apply a tone guide. Critique-based, with before-and-after examples. 3 sections."
    ),
    audience=(
        "Product designers who write their own interface text; fluent English. "
        "A total of 6 hours, self-paced."
    ),
    size=6,
    section_titles=("Microcopy", "States", "Tone"),
    units=(
        html(
            "Error messages",
            "<h3>Error messages</h3><p>Say what happened and what to do next, in the user's words. "
            "&quot;Something went wrong&quot; tells nobody anything.</p>",
        ),
    ),
    practice=(
        "<h3>Critique {n}</h3><p>Take a screen from the app you work on and rewrite three labels. Post the "
        "before and after in the course forum and comment on two classmates' rewrites.</p>"
    ),
)

AI_LITERACY = Base(
    key="ai_literacy",
    language="en",
    brief_name="Working with AI Assistants at Work",
    description=(
        "For office staff: what chat assistants are good and bad at, writing prompts, checking answers, data "
        "protection. Not covered: building models, coding. Outcomes: write a prompt with context and a format; "
        "spot an invented citation; decide what data must not be pasted; recognise boilerplate assistant "
        "replies. Demonstrations with real transcripts. 3 sections."
    ),
    audience=(
        "Administrative and HR staff with no technical background; fluent English. "
        "Half an hour a week for eight weeks."
    ),
    size=4,
    section_titles=("What they are", "Prompting", "Checking"),
    units=(
        html(
            "What an assistant is",
            "<h3>What an assistant is</h3><p>A chat assistant predicts likely text. It is fluent, fast and "
            "often right, and it can be confidently wrong. Treat its answer as a first draft.</p>",
        ),
    ),
    practice=(
        "<h3>Try it {n}</h3><p>Ask the approved assistant to summarise the sample policy, then compare its "
        "summary with the policy itself. Note one thing it left out.</p>"
    ),
)

ES_EXCEL = Base(
    key="es_excel",
    language="es",
    brief_name="Excel básico para administración",
    description=(
        "Curso para el personal administrativo: fórmulas básicas, formato de tablas, filtros y gráficos "
        "sencillos. No incluye macros ni tablas dinámicas. Al terminar, cada participante sabrá crear una "
        "tabla de gastos, escribir fórmulas SUMA y SI, filtrar por proveedor y preparar un gráfico mensual. "
        "Demostraciones cortas y ejercicios guiados. 3 secciones."
    ),
    audience=(
        "Personal de administración sin experiencia en hojas de cálculo. Español nativo. "
        "Dos tardes a la semana durante un mes."
    ),
    size=16,
    section_titles=("Primeros pasos", "Fórmulas", "Gráficos"),
    units=(
        lesson(
            "La tabla de gastos",
            "<h3>La tabla de gastos</h3><p>Cada gasto ocupa una fila: fecha, proveedor, concepto e importe. "
            "Todo el equipo usa la misma plantilla, así los totales coinciden.</p>",
            "¿Qué ocupa cada gasto?",
            ["Una columna", "Una fila", "Una hoja"],
            1,
        ),
    ),
    practice=(
        "<h3>Práctica {n}</h3><p>Abre el archivo de práctica de esta semana y repite los pasos de la "
        "demostración en la segunda hoja. Compara tus totales con la hoja de soluciones.</p>"
    ),
)

ES_HISTORIA = Base(
    key="es_historia",
    language="es",
    brief_name="La Segunda República Española (Bachillerato)",
    description=(
        "Unidad didáctica de Historia de España para 2.º de Bachillerato sobre la Segunda República "
        "(1931-1936). Fuera del temario: la Guerra Civil. Objetivos: explicar las reformas del primer bienio; "
        "comparar dos fuentes primarias; situar cronológicamente diez hechos; redactar un comentario de texto. "
        "Clases expositivas y comentario de fuentes. 3 secciones."
    ),
    audience=(
        "Alumnado de 17-18 años que ya estudió la Restauración. "
        "Tres clases de 55 minutos a la semana durante tres semanas."
    ),
    size=8,
    section_titles=("Proclamación", "Reformas", "Crisis"),
    units=(
        html(
            "La proclamación",
            "<h3>La proclamación</h3><p>El 14 de abril de 1931 se proclamó la República tras las elecciones "
            "municipales. Próximamente veremos por qué aquellas elecciones tuvieron un valor de plebiscito.</p>",
        ),
    ),
    practice=(
        "<h3>Comentario {n}</h3><p>Lee el fragmento de la ficha y subraya las ideas principales. Después, "
        "escribe en tu cuaderno quién es el autor y cuál es su intención.</p>"
    ),
)

FR_SECURITE = Base(
    key="fr_securite",
    language="fr",
    brief_name="Cybersécurité au quotidien",
    description=(
        "Formation obligatoire pour tous les salariés : mots de passe, hameçonnage, mises à jour, données "
        "personnelles. Hors programme : sécurité des serveurs. Objectifs : créer une phrase de passe ; "
        "repérer un courriel d'hameçonnage ; signaler un incident ; appliquer les règles RGPD de base. "
        "Études de cas et quiz. 3 sections."
    ),
    audience=(
        "Tous les salariés, sans connaissances techniques ; français courant. "
        "Une pause déjeuner par semaine pendant un mois."
    ),
    size=4,
    section_titles=("Mots de passe", "Hameçonnage", "Signaler"),
    units=(
        lesson(
            "La phrase de passe",
            "<h3>La phrase de passe</h3><p>Quatre mots au hasard valent mieux qu'un mot compliqué. Une phrase "
            "de passe est longue, facile à retenir et difficile à deviner.</p>",
            "Quel est le meilleur choix ?",
            ["Azerty1!", "cheval-lampe-orage-piano", "motdepasse"],
            1,
        ),
    ),
    practice=(
        "<h3>Cas pratique {n}</h3><p>Lisez le courriel reproduit sur la fiche et relevez deux indices qui "
        "doivent vous alerter. Discutez-en avec votre responsable.</p>"
    ),
)

FR_FLE = Base(
    key="fr_fle",
    language="fr",
    brief_name="Français langue étrangère A2 : la vie quotidienne",
    description=(
        "Cours de FLE niveau A2 : se présenter, faire des courses, prendre rendez-vous, raconter sa journée. "
        "Nous ne traitons pas le subjonctif. Objectifs : se présenter en cinq phrases ; acheter au marché ; "
        "prendre un rendez-vous au téléphone ; raconter une journée au passé composé. Approche actionnelle, "
        "exercices à compléter. 4 sections."
    ),
    audience=(
        "Adultes ayant le niveau A1 validé. Trois séances de 45 minutes par semaine pendant six semaines."
    ),
    size=12,
    section_titles=("Se présenter", "Au marché", "Au téléphone", "Ma journée"),
    units=(
        html(
            "Phrases à compléter",
            "<h3>Phrases à compléter</h3><p>Complétez avec le bon verbe : « Je ___ Marie. J'___ trente ans. » "
            "Vérifiez ensuite avec votre binôme.</p>",
        ),
    ),
    practice=(
        "<h3>Entraînement {n}</h3><p>Écoutez l'enregistrement deux fois, puis répondez aux questions de la "
        "fiche. Comparez vos réponses avec celles de votre binôme.</p>"
    ),
)

DE_KUNDEN = Base(
    key="de_kunden",
    language="de",
    brief_name="Kundengespräche am Telefon",
    description=(
        "Schulung für das Serviceteam: Gesprächseröffnung, aktives Zuhören, Beschwerden, Gesprächsabschluss. "
        "Nicht enthalten: Vertragsrecht. Lernziele: ein Gespräch strukturiert eröffnen; Beschwerden mit der "
        "LAST-Methode beantworten; einen Rückruf zusagen und dokumentieren. Rollenspiele und kurze Videos. "
        "3 Abschnitte."
    ),
    audience=(
        "Neue Mitarbeitende im Kundenservice ohne Vorkenntnisse, Deutsch auf C1-Niveau. "
        "Zwei Abende pro Woche, einen Monat lang."
    ),
    size=16,
    section_titles=("Eröffnung", "Beschwerden", "Abschluss"),
    units=(
        lesson(
            "Die Begrüßung",
            "<h3>Die Begrüßung</h3><p>Nennen Sie Firma, Vornamen und Nachnamen und bieten Sie Hilfe an. "
            "Lächeln hört man am Telefon.</p>",
            "Was gehört in die Begrüßung?",
            ["Nur der Firmenname", "Firma, Name und ein Hilfsangebot", "Die Kundennummer"],
            1,
        ),
    ),
    practice=(
        "<h3>Übung {n}</h3><p>Hören Sie die Aufnahme und notieren Sie, wie die Mitarbeiterin das Gespräch "
        "eröffnet. Besprechen Sie Ihre Notizen mit Ihrer Kollegin.</p>"
    ),
)

DE_PHYSIK = Base(
    key="de_physik",
    language="de",
    brief_name="Elektrizitätslehre Klasse 8",
    description=(
        "Unterrichtseinheit Physik, Klasse 8: Stromkreis, Spannung, Stromstärke, Widerstand, ohmsches Gesetz. "
        "Nicht behandelt: Wechselstrom. Lernziele: einen Stromkreis zeichnen; Spannung und Stromstärke messen; "
        "mit U = R · I rechnen; Sicherheitsregeln nennen. Schülerexperimente und Übungsaufgaben. 3 Abschnitte."
    ),
    audience="Schülerinnen und Schüler der 8. Klasse. Drei 45-minütige Stunden pro Woche, vier Wochen lang.",
    size=9,
    section_titles=("Stromkreis", "Messen", "Ohmsches Gesetz"),
    units=(
        html(
            "Der Stromkreis",
            "<h3>Der Stromkreis</h3><p>Strom fließt nur in einem geschlossenen Kreis: Quelle, Leitung, "
            "Verbraucher, Leitung zurück. Ein offener Schalter unterbricht den Kreis.</p>",
        ),
    ),
    practice=(
        "<h3>Aufgabe {n}</h3><p>Zeichne den Schaltplan von der Tafel ab und beschrifte alle Bauteile. "
        "Vergleiche deine Zeichnung mit deinem Nachbarn.</p>"
    ),
)

PT_VENDAS = Base(
    key="pt_vendas",
    language="pt",
    brief_name="Técnicas de vendas consultivas",
    description=(
        "Curso para a equipe comercial: descoberta de necessidades, perguntas abertas, objeções e "
        "fechamento. Não inclui negociação de contratos. Objetivos: conduzir uma reunião de descoberta; "
        "formular cinco perguntas abertas; responder a três objeções comuns; propor o próximo passo. "
        "Estudos de caso e simulações. 3 seções."
    ),
    audience=(
        "Vendedores com até dois anos de experiência; português nativo. "
        "Duas noites por semana durante um mês."
    ),
    size=16,
    section_titles=("Descoberta", "Objeções", "Fechamento"),
    units=(
        lesson(
            "Perguntas abertas",
            "<h3>Perguntas abertas</h3><p>Uma pergunta aberta não se responde com sim ou não. "
            "Em breve, você vai praticar com um colega em uma simulação.</p>",
            "Qual é uma pergunta aberta?",
            ["Você gostou?", "Como vocês fazem isso hoje?", "É caro?"],
            1,
        ),
    ),
    practice=(
        "<h3>Prática {n}</h3><p>Leia o caso da ficha e escreva três perguntas que você faria ao cliente. "
        "Compare com as perguntas de um colega.</p>"
    ),
)

PT_MATEMATICA = Base(
    key="pt_matematica",
    language="pt",
    brief_name="Frações no 6.º ano",
    description=(
        "Sequência didática de Matemática para o 6.º ano: frações equivalentes, comparação, adição e "
        "subtração com denominadores diferentes. Fica de fora a divisão de frações. Objetivos: representar "
        "frações na reta; encontrar frações equivalentes; comparar frações; somar e subtrair frações. "
        "Material concreto e exercícios. 3 seções."
    ),
    audience="Alunos de 11-12 anos. Três aulas de 50 minutos por semana durante três semanas.",
    size=7,
    section_titles=("Representar", "Comparar", "Operar"),
    units=(
        html(
            "Frações na reta",
            "<h3>Frações na reta</h3><p>Divida o segmento de 0 a 1 em partes iguais. Cada parte é uma fração "
            "da unidade: com quatro partes, cada uma vale 1/4.</p>",
        ),
    ),
    practice=(
        "<h3>Exercício {n}</h3><p>Resolva as atividades da folha e confira com a dupla. Anote no caderno a "
        "estratégia que vocês usaram.</p>"
    ),
)

BASES = {
    b.key: b
    for b in (
        EXCEL_HR,
        PYTHON_BOOTCAMP,
        HISTORY_SCHOOL,
        SAFETY_ONBOARDING,
        LEADERSHIP,
        UX_WRITING,
        AI_LITERACY,
        ES_EXCEL,
        ES_HISTORIA,
        FR_SECURITE,
        FR_FLE,
        DE_KUNDEN,
        DE_PHYSIK,
        PT_VENDAS,
        PT_MATEMATICA,
    )
}
