"""Tuned briefs, third set: written for the rule classes batch H showed missing, never copied from H.

Each class has briefs that should pass and look-alikes that should not: exclusions written as
"X and Y are out", "Only A, not B, not C", "outside this course", "Ausgeklammert", "Não abrange",
"Buiten de cursus"; numbered and lettered outcome lists, counted by their numbers; outcomes on
conjugated verbs of understanding ("que comprendan", "qu'ils connaissent", "che conoscano");
prior knowledge as what learners cannot do yet, a school qualification or a bare verb ("kennen
Excel", "manejan Word", "aucune notion"); teaching as simulators, supervised flights and field
days; the course length stated in the description, or as a total in the audience, never only as
weekly study time; Polish with ł, Polish future-tense outcomes, Italian "devono saper". Part of
BRIEFS (briefs.py imports it).
"""

from briefs import Case

_AUDIENCE = "Office staff who use spreadsheets daily but have never written a macro; plain English; 2 hours a week."

TUNED_3: list[Case] = [
    # --- exclusions -----------------------------------------------------------------------------------
    Case(
        "exclusions: 'pivot charts and Power Query are out' names what is out",
        "Spreadsheet lookups for office staff: VLOOKUP, XLOOKUP, INDEX/MATCH and error handling. Pivot charts and "
        "Power Query are out. By the end learners can join two price lists with XLOOKUP, trap a missing code with "
        "IFERROR, and rebuild an old VLOOKUP as INDEX/MATCH. Worked examples, then an exercise on their own files. "
        "Four sections of about an hour.",
        _AUDIENCE,
        4,
        True,
    ),
    Case(
        "exclusions: 'only X, not Y, not Z' in a chat is an exclusion",
        "can we do a quick course on expense claims for new starters? only domestic travel, not foreign currency, "
        "not mileage. after it they should be able to photograph a receipt into the app, pick the right cost "
        "code and submit a claim before the monthly cut-off. short walkthrough videos plus a quiz. 3 sections of "
        "20 minutes.",
        "New starters in the finance office, have used the expenses app once at most; plain English; 1 hour a week.",
        3,
        True,
        odd=True,
    ),
    Case(
        "exclusions look-alike: 'Not everyone has a laptop' excludes nothing",
        "Spreadsheet lookups for office staff: VLOOKUP, XLOOKUP, INDEX/MATCH and error handling. Not everyone "
        "has a laptop at home. By the end learners can join two price lists with XLOOKUP, trap a missing code "
        "with IFERROR, and rebuild an old VLOOKUP as INDEX/MATCH. Worked examples, then an exercise on their own "
        "files. Four sections of about an hour.",
        _AUDIENCE,
        4,
        False,
    ),
    Case(
        "exclusions: 'Tax returns are outside this course' names what is out",
        "Hi Sam,\n\nFor the youth centre we'd like household budgeting for young adults: tracking spending, a "
        "monthly budget, emergency savings and comparing current accounts. Tax returns, investing and pensions "
        "are outside this course. By the end learners can build a monthly budget from three months of "
        "statements, set a savings target and compare two bank accounts by their fees. Each session starts from "
        "a worked example and ends with their own figures. 5 sessions of 90 minutes.\n\nThanks, Ana",
        "Young adults in their first job, no finance training; plain English; 1.5 hours a week.",
        5,
        True,
        odd=True,
    ),
    Case(
        "de exclusions: 'Ausgeklammert bleiben' names what is out",
        "Grundlagen der Imkerei für Einsteiger: Aufbau des Bienenvolks, Durchsicht der Beute, Schwarmkontrolle "
        "und Honigernte. Ausgeklammert bleiben Königinnenzucht, Bienenkrankheiten und die Vermarktung. Lernziele: "
        "Die Teilnehmenden können eine Durchsicht planen und dokumentieren, Schwarmzellen erkennen und einen "
        "Ableger bilden. Methode: Vorführung am Lehrbienenstand, danach Übung in Kleingruppen. 4 Termine zu je "
        "3 Stunden.",
        "Hobbygärtner ohne eigene Bienenvölker, kennen Grundbegriffe der Botanik; Deutsch B1; 3 Stunden pro Woche.",
        4,
        True,
        lang="de",
    ),
    Case(
        "pt exclusions: 'Não abrange:' names what is out",
        "Atendimento ao cliente por telefone para operadores de call center. Abrange: abertura da chamada, "
        "escuta ativa, tratamento de reclamações e encerramento. Não abrange: vendas, cobrança e suporte "
        "técnico. Ao final, o operador será capaz de conduzir uma chamada de reclamação até a solução, registrar "
        "cada atendimento no sistema e transferir a chamada corretamente. Metodologia: simulações gravadas com "
        "feedback do supervisor. 4 módulos de 2 horas.",
        "Operadores recém-contratados, sem experiência em atendimento; português materno; 4 horas por semana.",
        4,
        True,
        lang="pt",
    ),
    Case(
        "nl exclusions: 'Buiten de cursus vallen' names what is out",
        "Snoeien van hagen en heesters voor vrijwilligers van een stadstuin. Buiten de cursus vallen: bomen "
        "vellen, gebruik van de motorzaag en bestrijdingsmiddelen. Na de cursus kunnen de deelnemers een haag in "
        "vorm snoeien; snoeiafval scheiden; hun gereedschap slijpen. Werkvorm: demonstratie in de tuin, daarna "
        "oefenen in tweetallen. 3 bijeenkomsten van 2 uur.",
        "Vrijwilligers zonder tuinopleiding; Nederlands B1; 2 uur per week.",
        3,
        True,
        lang="nl",
    ),
    Case(
        "exclusions look-alike: 'the rest is out' names nothing",
        "Spreadsheet lookups for office staff: VLOOKUP, XLOOKUP, INDEX/MATCH and error handling. The rest is "
        "out. By the end learners can join two price lists with XLOOKUP, trap a missing code with IFERROR, and "
        "rebuild an old VLOOKUP as INDEX/MATCH. Worked examples, then an exercise on their own files. Four "
        "sections of about an hour.",
        _AUDIENCE,
        4,
        False,
    ),
    # --- numbered and lettered outcome lists ----------------------------------------------------------
    Case(
        "outcomes: a '(1) ... (2) ... (3)' list counts its items",
        "Pallet wrapping for warehouse temps. Covers hand wrapping and the turntable wrapper; stretch-hood "
        "machines are not covered. Learners will: (1) wrap a mixed pallet so it survives a tilt test; (2) set the "
        "turntable wrapper's pre-stretch for light loads; (3) label the pallet for despatch. Demonstration, then "
        "supervised practice on the dock. 3 sessions of 45 minutes.",
        "Agency warehouse temps, no experience of wrapping machines; plain English; 3 hours a week.",
        3,
        True,
    ),
    Case(
        "outcomes: a lettered 'a) b) c) d)' list counts its items",
        "TOPIC: cash handling for weekend shop staff (opening float, payments, refunds, end-of-day count)\n"
        "OUT: card terminal setup is excluded\n"
        "GOALS: a) count a float and record it; b) give change without the till's help; c) process a refund "
        "with a receipt; d) balance the till at closing\n"
        "METHOD: role-plays at a practice till\n"
        "LENGTH: 4 sections of 30 minutes",
        "Students working weekends, no retail experience; plain English; 2 hours a week.",
        4,
        True,
        odd=True,
    ),
    Case(
        "outcomes look-alike: a numbered list of eight is more than seven",
        "Pallet wrapping for warehouse temps. Covers hand wrapping and the turntable wrapper; stretch-hood "
        "machines are not covered. Learners will: 1) wrap a mixed pallet; 2) position the film roll; 3) tension "
        "the film; 4) set the pre-stretch; 5) band the top layer; 6) label the pallet; 7) log the pallet; "
        "8) stage it for despatch. Demonstration, then supervised practice on the dock. 3 sessions of 45 minutes.",
        "Agency warehouse temps, no experience of wrapping machines; plain English; 3 hours a week.",
        3,
        False,
    ),
    # --- outcomes on conjugated verbs of understanding -------------------------------------------------
    Case(
        "es outcomes look-alike: 'que comprendan, conozcan y valoren' is not measurable",
        "Historia del flamenco para un aula de mayores: orígenes, cantes básicos, grandes figuras. No se "
        "incluye el baile ni la guitarra. Objetivos: que los participantes comprendan el origen de los palos, "
        "conozcan a los cantaores principales y valoren la riqueza del género. Metodología: audiciones comentadas "
        "y debate. Formato: 4 sesiones de 90 minutos.",
        "Personas mayores aficionadas, sin formación musical; español nativo; 2 horas a la semana.",
        4,
        False,
        lang="es",
    ),
    Case(
        "es outcomes: 'que identifiquen, describan y comparen' is measurable",
        "Historia del flamenco para un aula de mayores: orígenes, cantes básicos, grandes figuras. No se "
        "incluye el baile ni la guitarra. Objetivos: que los participantes identifiquen un palo por su compás, "
        "describan la estructura de una soleá y comparen dos grabaciones de épocas distintas. Metodología: "
        "audiciones comentadas y debate. Formato: 4 sesiones de 90 minutos.",
        "Personas mayores aficionadas, sin formación musical; español nativo; 2 horas a la semana.",
        4,
        True,
        lang="es",
    ),
    Case(
        "fr outcomes look-alike: 'qu'ils connaissent et comprennent' is not measurable",
        "Découverte du vin de Loire pour un comité d'entreprise : cépages, appellations, accords simples. "
        "Hors programme : la vinification et le commerce. Objectifs : qu'ils connaissent les cépages principaux, "
        "comprennent les appellations et apprécient les accords mets-vins. Méthode : dégustations commentées. "
        "3 séances de 2 heures.",
        "Salariés amateurs, sans connaissances en œnologie ; français courant ; 2 heures par semaine.",
        3,
        False,
        lang="fr",
    ),
    Case(
        "it outcomes look-alike: 'che conoscano e capiscano' is not measurable",
        "Storia del jazz per un circolo culturale: New Orleans, swing, bebop. Non tratta la teoria armonica né "
        "lo strumento. Obiettivi: che i soci conoscano i musicisti principali, capiscano le differenze tra gli "
        "stili e apprezzino l'improvvisazione. Metodo: ascolti guidati e discussione. 4 incontri di 2 ore.",
        "Soci adulti senza formazione musicale; italiano madrelingua; 2 ore a settimana.",
        4,
        False,
        lang="it",
    ),
    # --- prior knowledge as what learners cannot do, a qualification, a bare verb ---------------------
    Case(
        "audience: 'can't read a score yet, play by ear' is prior knowledge",
        "Reading lead sheets for ukulele club members: chord symbols, simple rhythms, repeats. Strumming "
        "technique and fingerpicking are not covered. By the end members can follow a lead sheet through two "
        "repeats, play a chord change on the beat and mark a song's structure on the sheet. Play-along drills "
        "each week. 4 sessions of 45 minutes.",
        "Ukulele club members who can't read a score yet and play by ear; plain English; 1 hour a week.",
        4,
        True,
    ),
    Case(
        "de audience: 'kennen Excel, ohne kaufmännische Ausbildung' is prior knowledge",
        "Kalkulation für kleine Handwerksbetriebe: Stundensatz, Materialaufschlag, Angebotspreis. Nicht "
        "behandelt werden Buchhaltung und Steuern. Lernziele: Die Teilnehmenden können einen Stundensatz "
        "berechnen, einen Materialaufschlag festlegen und ein Angebot kalkulieren. Methode: durchgerechnete "
        "Beispiele, danach ein eigenes Fallprojekt. 4 Abschnitte zu je 2 Stunden.",
        "Handwerksmeister ohne kaufmännische Ausbildung, kennen Excel; Deutsch B2; 2 Stunden pro Woche.",
        4,
        True,
        lang="de",
    ),
    Case(
        "fr audience: 'aucune notion de couture' is prior knowledge",
        "Retouches simples pour une ressourcerie : ourlets, boutons, petites déchirures. La couture à la machine "
        "n'est pas traitée. À la fin, les bénévoles savent coudre un ourlet invisible, recoudre un bouton à "
        "pied et repriser un accroc. Ateliers pratiques en binômes. 3 séances de 2 heures.",
        "Bénévoles de la ressourcerie, aucune notion de couture ; français courant ; 2 heures par semaine.",
        3,
        True,
        lang="fr",
    ),
    Case(
        "es audience: 'manejan el correo y entienden' is prior knowledge",
        "Videollamadas para personas mayores: unirse a una llamada, activar la cámara, compartir una foto. No se "
        "trata la instalación de programas. Al final podrán unirse a una videollamada desde un enlace, silenciar "
        "el micrófono y compartir una foto de la galería. Ejercicios guiados con voluntarios. 3 sesiones de 1 hora.",
        "Personas mayores del barrio, manejan el correo electrónico y entienden el móvil; español nativo; 2 horas "
        "a la semana.",
        3,
        True,
        lang="es",
    ),
    Case(
        "audience look-alike: learners named with no prior knowledge",
        "Reading lead sheets for ukulele club members: chord symbols, simple rhythms, repeats. Strumming "
        "technique and fingerpicking are not covered. By the end members can follow a lead sheet through two "
        "repeats, play a chord change on the beat and mark a song's structure on the sheet. Play-along drills "
        "each week. 4 sessions of 45 minutes.",
        "Ukulele club members; plain English; 1 hour a week.",
        4,
        False,
    ),
    # --- teaching as simulators, supervised flights, field days ----------------------------------------
    Case(
        "pedagogy: 'simulator first, then supervised flights' is a method",
        "- gliding basics for new club members\n- not: cross-country, aerobatics, winch driving\n- outcomes: carry "
        "out the daily inspection; fly a circuit; land within 50 m of the mark\n- simulator first, then supervised "
        "flights with an instructor\n- 3 sections, ~4 h each",
        "- club members who have never flown\n- English B1\n- 12 h total over 3 weekends",
        3,
        True,
        odd=True,
    ),
    Case(
        "pedagogy look-alike: the same bullets with no method line",
        "- gliding basics for new club members\n- not: cross-country, aerobatics, winch driving\n- outcomes: carry "
        "out the daily inspection; fly a circuit; land within 50 m of the mark\n- 3 sections, ~4 h each",
        "- club members who have never flown\n- English B1\n- 12 h total over 3 weekends",
        3,
        False,
        odd=True,
    ),
    # --- the course length: stated in the description, or as a total ------------------------------------
    Case(
        "format look-alike: only weekly study time in the audience, no length in the description",
        "Spreadsheet lookups for office staff: VLOOKUP, XLOOKUP, INDEX/MATCH and error handling. Pivot charts and "
        "Power Query are out. By the end learners can join two price lists with XLOOKUP, trap a missing code with "
        "IFERROR, and rebuild an old VLOOKUP as INDEX/MATCH. Worked examples, then an exercise on their own files.",
        "Office staff who use spreadsheets daily but have never written a macro; plain English; 2 hours a week "
        "for 5 weeks.",
        5,
        False,
    ),
    Case(
        "format: a total in the audience ('10 hours in total') is the course's length",
        "Spreadsheet lookups for office staff: VLOOKUP, XLOOKUP, INDEX/MATCH and error handling. Pivot charts and "
        "Power Query are out. By the end learners can join two price lists with XLOOKUP, trap a missing code with "
        "IFERROR, and rebuild an old VLOOKUP as INDEX/MATCH. Worked examples, then an exercise on their own files.",
        "Office staff who use spreadsheets daily but have never written a macro; plain English; 2 hours a week, "
        "10 hours in total.",
        5,
        True,
    ),
    Case(
        "it format and outcomes: 'devono saper' and '4 moduli di 2 ore'",
        "Corso di primo soccorso per allenatori di calcio giovanile: traumi, crampi, colpo di calore, chiamata al "
        "112. Non tratta la rianimazione avanzata né i farmaci. Risultati attesi: gli allenatori devono saper "
        "valutare un trauma alla caviglia; applicare il protocollo per il colpo di calore; compilare il modulo "
        "infortuni. Metodo: simulazioni in campo. 4 moduli di 2 ore.",
        "Allenatori volontari, senza formazione sanitaria; italiano madrelingua; 2 ore a settimana.",
        4,
        True,
        lang="it",
    ),
    Case(
        "pl: 'łącznie 10 godzin' and future-tense outcomes ('uczestnik oceni, zmierzy')",
        "Podstawy pszczelarstwa dla działkowców: budowa ula, przegląd rodziny, zapobieganie rojeniu. Kurs nie "
        "obejmuje hodowli matek ani chorób pszczół. Efekty: uczestnik oceni siłę rodziny; zmierzy zapas "
        "pokarmu; zaplanuje przegląd wiosenny. Metody: pokaz w pasiece i ćwiczenia w parach. 3 moduły po 3 "
        "godziny.",
        "Działkowcy bez doświadczenia z pszczołami; polski ojczysty; łącznie 10 godzin w trzy soboty.",
        3,
        True,
        lang="pl",
    ),
]
