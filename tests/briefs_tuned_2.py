"""Tuned briefs, second set: written for the rule classes batch G showed missing, never copied from G.

Each class has briefs that should pass and look-alikes that should not: the logic of the verdict
(every field met, 3-7 outcomes, 3-8 sections, a scope that is not open-ended, level words),
then phrasings (teaching methods as activities, headed lists, verb-final German, terse
exclusions, prior knowledge as time in a role, study time as days and evenings) and Italian,
Dutch and Polish. Part of BRIEFS (briefs.py imports it).
"""

from briefs import Case

COMPLETE_AUDIENCE = (
    "Office staff who use spreadsheets daily but have never written a macro; plain English; 2 hours a week."
)

TUNED_2: list[Case] = [
    # --- logic: every field met, counts inside their bounds ------------------------------------------
    Case(
        "logic: the seed's strong example with outcomes added is ready",
        "A project-based introduction to Python 3.11 focused on data-wrangling for non-engineers. Cover variables, "
        "control flow, functions, file I/O, and the csv + json modules. By the end learners can load a CSV of "
        "airline delays, clean its missing values, compute monthly averages and write the result to JSON. Every "
        "section ends with a mini-project using a realistic dataset (airline delays, climate records). Exclude "
        "object-oriented programming, decorators, async, and type hints — a follow-up course covers those. Use an "
        "encouraging, low-jargon tone.",
        "Working analysts (marketing, ops, journalism) with spreadsheet fluency but no programming background. "
        "~4 hours/week, 6 weeks total.",
        6,
        True,
    ),
    Case(
        "logic: nine outcomes, otherwise complete, is not ready",
        "Spreadsheet automation for office staff: recorded macros and simple scripts. Not covered: databases, "
        "Power BI. By the end learners can record a macro, edit a recorded macro, assign a macro to a button, "
        "loop over rows, read a cell value, write a cell value, format a report, email a report and schedule a "
        "script. Tutorial with exercises after each topic. 6 weeks.",
        COMPLETE_AUDIENCE,
        5,
        False,
    ),
    Case(
        "logic: eight numbered outcomes, otherwise complete, is not ready",
        "Bicycle maintenance for commuters. Out of scope: wheel building, suspension servicing.\n"
        "Outcomes:\n1. fix a puncture at the roadside\n2. adjust rim brakes\n3. index a rear derailleur\n"
        "4. replace a chain\n5. true a wheel by a millimetre\n6. set saddle height\n7. lube a drivetrain\n"
        "8. pack a repair kit\nWorkshop practice on your own bike each week. 8 weeks.",
        "Commuters who ride daily and have never repaired a bike; plain English; 2 hours per week.",
        6,
        False,
    ),
    Case(
        "logic: seven outcomes, the upper bound, is ready",
        "Bicycle maintenance for commuters. Out of scope: wheel building, suspension servicing.\n"
        "Outcomes:\n1. fix a puncture at the roadside\n2. adjust rim brakes\n3. index a rear derailleur\n"
        "4. replace a chain\n5. set saddle height\n6. lube a drivetrain\n7. pack a repair kit\n"
        "Workshop practice on your own bike each week. 8 weeks.",
        "Commuters who ride daily and have never repaired a bike; plain English; 2 hours per week.",
        6,
        True,
    ),
    Case(
        "logic: two outcomes, otherwise complete, is not ready",
        "Home composting. Not covered: worm farms, community schemes. Learners will build a compost bay and "
        "balance greens and browns. Hands-on demonstrations in the allotment. 4 weeks.",
        "Allotment holders who have grown vegetables for a season; plain English; 2 hours a week.",
        4,
        False,
    ),
    Case(
        "logic: two sections, otherwise complete, is not ready",
        "Knife skills for home cooks: the claw grip, dicing an onion, julienne, sharpening on a whetstone. "
        "Excludes butchery and fish filleting. By the end learners can dice an onion evenly, cut a julienne of "
        "carrot, hone a knife and sharpen it on a whetstone. Demonstrations followed by timed practice. 2 weeks.",
        "Home cooks who cook most days; plain English; 3 hours a week.",
        2,
        False,
    ),
    Case(
        "logic: nine sections, otherwise complete, is not ready",
        "Knife skills for home cooks: the claw grip, dicing an onion, julienne, sharpening on a whetstone. "
        "Excludes butchery and fish filleting. By the end learners can dice an onion evenly, cut a julienne of "
        "carrot, hone a knife and sharpen it on a whetstone. Demonstrations followed by timed practice. 9 weeks.",
        "Home cooks who cook most days; plain English; 3 hours a week.",
        9,
        False,
    ),
    Case(
        "logic: eight sections, the upper bound, is ready",
        "Knife skills for home cooks: the claw grip, dicing an onion, julienne, sharpening on a whetstone. "
        "Excludes butchery and fish filleting. By the end learners can dice an onion evenly, cut a julienne of "
        "carrot, hone a knife and sharpen it on a whetstone. Demonstrations followed by timed practice. 8 weeks.",
        "Home cooks who cook most days; plain English; 3 hours a week.",
        8,
        True,
    ),
    Case(
        "logic: open-ended scope with a named exclusion is not ready",
        "An open exploration of photography in all its aspects, going wherever the participants' curiosity "
        "takes us each week. Not covered: video and drone work. Learners will set exposure manually, compose "
        "with the rule of thirds, shoot a portrait in window light and edit a RAW file. Photo walks with "
        "critique. 6 weeks.",
        "Adults who own a camera but have only used auto mode; plain English; 3 hours a week.",
        4,
        False,
    ),
    Case(
        "logic: a named scope with the same exclusion is ready",
        "Manual exposure for portrait and street photography: aperture, shutter speed, ISO and window light. "
        "Not covered: video and drone work. Learners will set exposure manually, compose with the rule of "
        "thirds, shoot a portrait in window light and edit a RAW file. Photo walks with critique. 6 weeks.",
        "Adults who own a camera but have only used auto mode; plain English; 3 hours a week.",
        4,
        True,
    ),
    Case(
        "logic: a bare level word for the audience is not ready",
        "Watercolour landscapes: washes, skies, trees and water. Not covered: portraits, acrylics. Learners "
        "will lay a graded wash, paint a sky wet-in-wet, mix three greens and finish a small landscape. "
        "Demonstration then guided painting. 5 weeks.",
        "Intermediate painters; plain English; 2 hours a week.",
        5,
        False,
    ),
    Case(
        "logic: the same level word explained by what they know is ready",
        "Watercolour landscapes: washes, skies, trees and water. Not covered: portraits, acrylics. Learners "
        "will lay a graded wash, paint a sky wet-in-wet, mix three greens and finish a small landscape. "
        "Demonstration then guided painting. 5 weeks.",
        "Intermediate painters, meaning they have finished a basic drawing course and own a watercolour set; "
        "plain English; 2 hours a week.",
        5,
        True,
    ),
    Case(
        "logic: 'an expert' as a person to call and 'engaging' as praise do not block a complete brief",
        "Gas safety for landlords: appliance checks, certificates and what to do on a smell of gas. Not covered: "
        "installing appliances, electrical safety. Learners will book an annual check, read a gas safety record, "
        "spot three signs of a faulty boiler and decide when a job goes to an expert. Short engaging videos "
        "with a quiz after each. 3 weeks.",
        "Private landlords with one to three properties who have never read a gas certificate; plain English; "
        "1 hour a week.",
        3,
        True,
    ),
    Case(
        "logic: pedagogy only 'engaging and interactive' is not ready",
        "Gas safety for landlords: appliance checks, certificates and what to do on a smell of gas. Not covered: "
        "installing appliances, electrical safety. Learners will book an annual check, read a gas safety record, "
        "spot three signs of a faulty boiler and decide when a job goes to an expert. It should be engaging and "
        "interactive throughout. 3 weeks.",
        "Private landlords with one to three properties who have never read a gas certificate; plain English; "
        "1 hour a week.",
        3,
        False,
    ),
    # --- logic, written the way people send briefs (messages, forms) -----------------------------------
    Case(
        "logic (chat message): complete brief is ready",
        "hi! course request for the lab techs:\n"
        "- topic: pipetting accuracy - calibration checks, reverse pipetting, viscous liquids. NOT: automated "
        "liquid handlers, method validation\n"
        "- after it they can: run a gravimetric check on a P200, switch to reverse pipetting for glycerol, log a "
        "failed pipette and take it out of use\n"
        "- how: bench practice with a weigh-and-record sheet, a demo first each time\n"
        "- 3 sessions, 1 hour each over 3 weeks",
        "New lab technicians with a science degree who have used pipettes at university; plain English; 1 hour a week.",
        3,
        True,
        odd=True,
    ),
    Case(
        "logic (chat message): the same with ten sections is not ready",
        "hi! course request for the lab techs:\n"
        "- topic: pipetting accuracy - calibration checks, reverse pipetting, viscous liquids. NOT: automated "
        "liquid handlers, method validation\n"
        "- after it they can: run a gravimetric check on a P200, switch to reverse pipetting for glycerol, log a "
        "failed pipette and take it out of use\n"
        "- how: bench practice with a weigh-and-record sheet, a demo first each time\n"
        "- 10 sessions, 1 hour each over 10 weeks",
        "New lab technicians with a science degree who have used pipettes at university; plain English; 1 hour a week.",
        10,
        False,
        odd=True,
    ),
    Case(
        "logic (email): ready but for outcomes that are all 'understand' and 'be aware'",
        "Dear Sam,\nFor the data protection refresher for reception staff: it covers consent, subject access "
        "requests and what to do with a misdirected email. We won't cover CCTV or international transfers. "
        "The aim is that staff understand consent, are aware of their duties and appreciate why it matters. "
        "Each section is a short scenario quiz. Three sections over three weeks.\nBest, Jo",
        "Receptionists with at least a year in post; plain English; 30 minutes a week.",
        3,
        False,
        odd=True,
    ),
    Case(
        "logic (email): the same with measurable outcomes is ready",
        "Dear Sam,\nFor the data protection refresher for reception staff: it covers consent, subject access "
        "requests and what to do with a misdirected email. We won't cover CCTV or international transfers. "
        "By the end staff can log a subject access request, check consent on a record, and report a "
        "misdirected email within the hour. Each section is a short scenario quiz. Three sections over three "
        "weeks.\nBest, Jo",
        "Receptionists with at least a year in post; plain English; 30 minutes a week.",
        3,
        True,
        odd=True,
    ),
    Case(
        "logic (form): exclusion that only says 'anything not relevant' is not ready",
        "Course: Forklift refresher\nScope: pre-use checks, stacking at height, pedestrian zones\nExclude: "
        "anything not relevant to the warehouse\nOutcomes: complete the pre-use checklist; stack a pallet at "
        "3 m; reverse with an obstructed view\nMethod: supervised practice in the yard\nLength: 3 sessions "
        "of 2 hours",
        "Licensed forklift drivers with a year on the job; plain English; one session a week.",
        3,
        False,
        odd=True,
    ),
    Case(
        "logic (form): the same naming what is out is ready",
        "Course: Forklift refresher\nScope: pre-use checks, stacking at height, pedestrian zones\nExclude: "
        "reach trucks, battery changes\nOutcomes: complete the pre-use checklist; stack a pallet at "
        "3 m; reverse with an obstructed view\nMethod: supervised practice in the yard\nLength: 3 sessions "
        "of 2 hours",
        "Licensed forklift drivers with a year on the job; plain English; one session a week.",
        3,
        True,
        odd=True,
    ),
    # --- teaching described as activities, and under a method heading --------------------------------
    Case(
        "pedagogy: a session routine with a mentor and a debrief counts as pedagogy",
        "Night-shift handover for junior doctors: structure, escalation and the task list. Not covered: "
        "prescribing, consent. By the end doctors can give an ISBAR handover in two minutes, escalate a "
        "deteriorating patient by phone and write a task list a colleague can act on. Each session a senior "
        "registrar sits in on a real handover and the pair debrief afterwards. 4 weeks.",
        "Foundation-year doctors in their first month on nights; professional English; 1 hour a week.",
        4,
        True,
    ),
    Case(
        "pedagogy: the same with no word on how it is taught is not ready",
        "Night-shift handover for junior doctors: structure, escalation and the task list. Not covered: "
        "prescribing, consent. By the end doctors can give an ISBAR handover in two minutes, escalate a "
        "deteriorating patient by phone and write a task list a colleague can act on. 4 weeks.",
        "Foundation-year doctors in their first month on nights; professional English; 1 hour a week.",
        4,
        False,
    ),
    Case(
        "pedagogy (form): a Methode heading over concrete activities is ready",
        "Kurs: Erste Hilfe im Kindergarten\nInhalt: Verschlucken, Stürze, Fieberkrampf, Notruf\nNicht: "
        "Medikamentengabe, Pflege chronisch kranker Kinder\nZiele: einen Notruf korrekt absetzen; ein "
        "verschlucktes Kind mit Rückenschlägen versorgen; eine Platzwunde steril abdecken\nMethode: an der "
        "Übungspuppe, zuerst zeigt die Trainerin jeden Handgriff, dann üben alle zu zweit\nUmfang: 3 Termine "
        "zu je 2 Stunden",
        "Erzieherinnen ohne Sanitätsausbildung; Deutsch als Arbeitssprache (B2); ein Termin pro Woche, 2 Stunden.",
        3,
        True,
        "de",
        True,
    ),
    Case(
        "pedagogy (form): a Method heading that only says 'fun and interactive' is not ready",
        "Course: Paediatric first aid for nursery staff\nIn: choking, falls, febrile seizures, calling 999\nNOT: "
        "giving medicines, chronic conditions\nGoals: make a correct emergency call; treat a choking child "
        "with back blows; dress a cut with a sterile pad\nMethod: fun and interactive, lots of energy\n"
        "Length: 3 sessions of 2 hours",
        "Nursery staff with no first-aid certificate; plain English; one session a week.",
        3,
        False,
        odd=True,
    ),
    # --- outcomes after lead-ins, verb-final German, question headings ---------------------------------
    Case(
        "outcomes (question sheet): a list under 'What will they be able to do?' is counted",
        "Q: What is it about? Safe ladder use on building sites.\nQ: What is out? Scaffolding, MEWPs.\n"
        "Q: What will they be able to do afterwards? Inspect a ladder before use; set it at a 1-in-4 angle; "
        "tie it off at the top; decide when a ladder is the wrong tool.\nQ: How is it taught? Toolbox talks "
        "followed by supervised practice on site.\nQ: How long? 3 sessions of 45 minutes over 3 weeks.",
        "Site labourers with a CSCS card; plain English (A2 is enough); 45 minutes a week.",
        3,
        True,
        odd=True,
    ),
    Case(
        "outcomes (de): verb-final infinitives after 'können danach' are counted",
        "Fahrradreparatur für Pendler: Reifen, Bremsen, Schaltung. Nicht behandelt: E-Bike-Motoren, "
        "Federgabeln. Die Teilnehmenden können danach einen Schlauch am Straßenrand flicken; eine Felgenbremse "
        "nachstellen; die Kette reinigen und schmieren; einen Schaltzug spannen. Jede Einheit: vormachen, "
        "dann am eigenen Rad üben. 4 Abende zu 2 Stunden.",
        "Berufspendler, die täglich radeln und noch nie selbst repariert haben; Deutsch B1; ein Abend pro Woche.",
        4,
        True,
        "de",
    ),
    Case(
        "outcomes (de): two verb-final outcomes are not enough",
        "Fahrradreparatur für Pendler: Reifen und Bremsen. Nicht behandelt: E-Bike-Motoren. Die Teilnehmenden "
        "können danach einen Schlauch flicken und eine Felgenbremse nachstellen. Jede Einheit: vormachen, dann "
        "am eigenen Rad üben. 4 Abende zu 2 Stunden.",
        "Berufspendler, die täglich radeln und noch nie selbst repariert haben; Deutsch B1; ein Abend pro Woche.",
        4,
        False,
        "de",
    ),
    Case(
        "outcomes (es): a list after 'el alumno sabe:' is counted",
        "Curso de huerto urbano en balcón. No incluye: invernaderos, hidroponía. Al terminar, el alumno sabe: "
        "preparar un sustrato para macetas; sembrar lechugas escalonadas; regar por goteo con una botella; "
        "identificar pulgón y tratarlo con jabón potásico. Cada sesión: demostración y luego práctica con sus "
        "propias macetas. 5 semanas.",
        "Vecinos sin experiencia en cultivo; español sencillo (B1); 2 horas a la semana.",
        5,
        True,
        "es",
        True,
    ),
    # --- prior knowledge as time in a role, first-timers; study time as days and active hours ----------
    Case(
        "audience: time in the job and 'active hours per week' are read",
        "Escalation calls for help-desk staff: triage, scripts, handover to second line. Not covered: "
        "network diagnostics, billing. By the end agents can classify a call by impact, follow the escalation "
        "script, write a handover note and close the loop with the caller. Each week we replay a recorded "
        "call and agents redo it in pairs. 4 weeks.",
        "Help-desk agents at least 3 months in the job; plain English; about 2 focused hours per week.",
        4,
        True,
    ),
    Case(
        "audience: 'first-time' learners and one Saturday a week are read",
        "Sailing a dinghy: rigging, tacking, gybing, capsize recovery. Not covered: racing rules, spinnakers. "
        "By the end sailors can rig a dinghy, tack upwind, gybe safely and right a capsized boat. Each "
        "session: a briefing on shore, then sailing with an instructor in a safety boat alongside. 4 weeks.",
        "First-time sailors who can swim 50 m; plain English; one Saturday a week.",
        4,
        True,
    ),
    Case(
        "audience: the same with no study time at all is not ready",
        "Sailing a dinghy: rigging, tacking, gybing, capsize recovery. Not covered: racing rules, spinnakers. "
        "By the end sailors can rig a dinghy, tack upwind, gybe safely and right a capsized boat. Each "
        "session: a briefing on shore, then sailing with an instructor in a safety boat alongside. 4 weeks.",
        "First-time sailors who can swim 50 m; plain English.",
        4,
        False,
    ),
    # --- Italian, Dutch, Polish --------------------------------------------------------------------------
    Case(
        "it: complete brief is ready",
        "Corso di potatura degli ulivi: potatura di produzione, di ringiovanimento, attrezzi. Non trattiamo: "
        "innesti, malattie fungine. Alla fine il partecipante saprà: scegliere i rami da eliminare su una "
        "pianta adulta; eseguire un taglio di ritorno pulito; affilare e disinfettare le forbici; valutare "
        "la forma a vaso dopo la potatura. Ogni incontro si lavora in campo sotto la guida di un potatore "
        "esperto. 4 incontri da 3 ore.",
        "Piccoli proprietari di uliveti senza esperienza di potatura; italiano madrelingua; 3 ore a settimana "
        "per 4 settimane.",
        4,
        True,
        "it",
    ),
    Case(
        "it: the same with no exclusion is not ready",
        "Corso di potatura degli ulivi: potatura di produzione, di ringiovanimento, attrezzi. Alla fine il "
        "partecipante saprà: scegliere i rami da eliminare su una pianta adulta; eseguire un taglio di ritorno "
        "pulito; affilare e disinfettare le forbici; valutare la forma a vaso dopo la potatura. Ogni incontro "
        "si lavora in campo sotto la guida di un potatore esperto. 4 incontri da 3 ore.",
        "Piccoli proprietari di uliveti senza esperienza di potatura; italiano madrelingua; 3 ore a settimana "
        "per 4 settimane.",
        4,
        False,
        "it",
    ),
    Case(
        "nl: complete brief is ready",
        "Cursus EHBO voor sportclubs: verstuikingen, hoofdletsel, reanimatie met AED. Niet behandeld: "
        "medicatie, sportmassage. Na afloop kan de deelnemer een enkelverstuiking koelen en zwachtelen; een "
        "hersenschudding herkennen; een reanimatie met AED uitvoeren; een ongevalsrapport invullen. Elke les "
        "oefenen we in tweetallen op een oefenpop. 3 lessen van 2 uur.",
        "Trainers en vrijwilligers zonder EHBO-diploma; Nederlands op B1-niveau; 2 uur per week gedurende 3 weken.",
        3,
        True,
        "nl",
    ),
    Case(
        "nl: the same with no study time is not ready",
        "Cursus EHBO voor sportclubs: verstuikingen, hoofdletsel, reanimatie met AED. Niet behandeld: "
        "medicatie, sportmassage. Na afloop kan de deelnemer een enkelverstuiking koelen en zwachtelen; een "
        "hersenschudding herkennen; een reanimatie met AED uitvoeren; een ongevalsrapport invullen. Elke les "
        "oefenen we in tweetallen op een oefenpop. 3 lessen.",
        "Trainers en vrijwilligers zonder EHBO-diploma; Nederlands op B1-niveau.",
        3,
        False,
        "nl",
    ),
    Case(
        "pl: complete brief is ready",
        "Kurs obsługi kasy fiskalnej w małym sklepie: sprzedaż, zwroty, raport dobowy. Nie obejmuje: "
        "księgowości, terminali płatniczych. Po kursie uczestnik potrafi: nabić paragon z rabatem; "
        "przeprowadzić zwrot towaru; wydrukować raport dobowy; wymienić rolkę papieru. Każde zajęcia to "
        "ćwiczenia na prawdziwej kasie pod okiem instruktora. 3 spotkania po 2 godziny.",
        "Nowi sprzedawcy bez doświadczenia w handlu; język polski, prosty język; 2 godziny tygodniowo przez 3 tygodnie.",
        3,
        True,
        "pl",
    ),
    Case(
        "pl: the same with understand-only goals is not ready",
        "Kurs obsługi kasy fiskalnej w małym sklepie: sprzedaż, zwroty, raport dobowy. Nie obejmuje: "
        "księgowości, terminali płatniczych. Po kursie uczestnik będzie rozumieć zasady sprzedaży i znać "
        "przepisy. Każde zajęcia to ćwiczenia na prawdziwej kasie pod okiem instruktora. 3 spotkania po 2 godziny.",
        "Nowi sprzedawcy bez doświadczenia w handlu; język polski, prosty język; 2 godziny tygodniowo przez 3 tygodnie.",
        3,
        False,
        "pl",
    ),
    # --- more unusual shapes in the new languages ----------------------------------------------------
    Case(
        "it (chat message): complete brief with a 'Fuori programma' line is ready",
        "Ciao! ecco il corso per i nuovi baristi\n- cosa: espresso, cappuccino, pulizia della macchina\n- fuori "
        "programma: latte art avanzata, torrefazione\n- alla fine sanno: regolare la macinatura; montare il "
        "latte a 65 gradi; pulire il gruppo a fine turno; servire un cappuccino in 3 minuti\n- come: il "
        "capo barista mostra, poi ognuno prova alla macchina, a coppie\n- 3 lezioni da 2 ore",
        "Baristi al primo lavoro, senza esperienza al bancone; italiano semplice (B1); 2 ore a settimana per 3 settimane.",
        3,
        True,
        "it",
        True,
    ),
    Case(
        "nl (email): a method that is only 'leuk en interactief' is not ready",
        "Hoi Sanne,\nDe training kassasysteem voor nieuwe medewerkers: afrekenen, retouren, dagafsluiting. "
        "Niet: voorraadbeheer, boekhouding. Na afloop kan de medewerker een bon met korting aanslaan; een "
        "retour verwerken; de dagafsluiting uitvoeren. Werkwijze: leuk en interactief. 3 sessies van 1 uur.\nGroet, Bas",
        "Nieuwe medewerkers zonder kassa-ervaring; Nederlands B1; 1 uur per week gedurende 3 weken.",
        3,
        False,
        "nl",
        True,
    ),
    Case(
        "pl (form): complete otherwise, but two sections, is not ready",
        "Temat: bezpieczna obsługa wózka widłowego\nNie obejmuje: wózków wysokiego składowania, egzaminu UDT\n"
        "Cele: wykonać kontrolę przed jazdą; podnieść paletę na 3 m; zaparkować wózek zgodnie z zasadami\n"
        "Metoda: ćwiczenia na placu pod okiem instruktora\nFormat: 2 części po 3 godziny",
        "Magazynierzy z co najmniej rokiem pracy, bez uprawnień na wózki; język polski; 3 godziny tygodniowo przez 2 tygodnie.",
        2,
        False,
        "pl",
        True,
    ),
    # --- look-alikes the new readings must not take for a field ---------------------------------------
    Case(
        "look-alike: 'each week is a new topic' is structure, not a teaching method",
        "Budgeting for staff: income, spending, savings. Not covered: investing, pensions. By the end learners "
        "can build a budget, track spending and compare two loans. Each week is a new topic. 4 weeks.",
        "Office staff who use spreadsheets daily; plain English; 2 hours a week.",
        4,
        False,
    ),
    Case(
        "look-alike: 'we don't assume any background' is about the learner, not an exclusion",
        "Budgeting for staff: income, spending, savings. We don't assume any accounting background. By the end "
        "learners can build a budget, track spending and compare two loans. Tutorial with exercises. 4 weeks.",
        "Office staff who use spreadsheets daily; plain English; 2 hours a week.",
        4,
        False,
    ),
    Case(
        "look-alike (es): 'no necesitamos experiencia previa' is not an exclusion",
        "Presupuesto personal: ingresos, gastos, ahorro. No necesitamos experiencia previa en contabilidad. Al "
        "final los participantes sabrán elaborar un presupuesto, registrar gastos y comparar dos préstamos. "
        "Ejercicios prácticos. 4 semanas.",
        "Empleados que usan hojas de cálculo a diario; español claro; 2 horas a la semana.",
        4,
        False,
        "es",
    ),
    Case(
        "look-alike: 'will be familiar with' three tools is no outcome",
        "Budgeting for staff: income, spending, savings. Not covered: investing. By the end learners will be "
        "familiar with the budget template, the savings calculator and the loan comparison sheet. Tutorial "
        "with exercises. 4 weeks.",
        "Office staff who use spreadsheets daily; plain English; 2 hours a week.",
        4,
        False,
    ),
    Case(
        "look-alike: 'cover', 'consider', 'remember' before an article are not actions",
        "Budgeting for staff. Not covered: investing. Learners will cover the basics of a budget; consider "
        "their own spending habits; remember the key rules of saving. Tutorial with exercises. 4 weeks.",
        "Office staff who use spreadsheets daily; plain English; 2 hours a week.",
        4,
        False,
    ),
    Case(
        "look-alike (de): verb-final 'kennen', 'verstehen', 'wissen' are not measurable",
        "Haushaltsbuch für Mitarbeitende. Nicht behandelt: Geldanlage. Ziele: die wichtigsten Begriffe kennen; "
        "die eigenen Ausgaben verstehen; die Regeln des Sparens wissen. Übungen am PC. 4 Wochen.",
        "Mitarbeitende, die seit Jahren mit Excel arbeiten; Deutsch B1; 2 Stunden pro Woche.",
        4,
        False,
        "de",
    ),
    Case(
        "look-alike: 'Method: to be decided' is no method",
        "Incident review for ward nurses: timelines, causes, action plans. Not covered: legal liability. By the end nurses can build a timeline, list the causes and write an action plan.\nMethod: to be decided\n 4 weeks.",
        "Ward nurses with two years on a ward; professional English; 1 hour a week.",
        4,
        False,
    ),
    Case(
        "look-alike: a debrief named as an outcome is not the teaching method",
        "Incident review for ward nurses: timelines, causes, action plans. Not covered: legal liability. By the end nurses can build a timeline, list the causes, run a debrief with the team and write an action plan. 4 weeks.",
        "Ward nurses with two years on a ward; professional English; 1 hour a week.",
        4,
        False,
    ),
    Case(
        "look-alike: 'real patient data' as content is not a method",
        "Incident review for ward nurses: timelines, causes, action plans. Not covered: legal liability. By the end nurses can build a timeline, list the causes and write an action plan. The course also explains how to protect real patient data. 4 weeks.",
        "Ward nurses with two years on a ward; professional English; 1 hour a week.",
        4,
        False,
    ),
    Case(
        "look-alike: the same brief teaching through its own incidents is ready",
        "Incident review for ward nurses: timelines, causes, action plans. Not covered: legal liability. By the end nurses can build a timeline, list the causes and write an action plan. Each session we rebuild one of the ward's own incidents and nurses redo the timeline in pairs. 4 weeks.",
        "Ward nurses with two years on a ward; professional English; 1 hour a week.",
        4,
        True,
    ),
    Case(
        "look-alike: 'every day except Saturdays' leaves out a day, not a topic",
        "Touch typing for office staff: home row, numbers, speed drills. Practice runs every day except "
        "Saturdays. By the end learners can type 40 words a minute, use all ten fingers on the number row and "
        "format a letter without looking down. Timed drills with a weekly test. 4 weeks.",
        "Office staff who type with two fingers; plain English; 15 minutes a day.",
        4,
        False,
    ),
    Case(
        "look-alike (it): 'escluso il sabato' in the timetable is no exclusion",
        "Corso di dattilografia: tastiera, numeri, velocità. Esercizi ogni giorno escluso il sabato. Alla fine il "
        "partecipante saprà: scrivere 40 parole al minuto; usare dieci dita sulla fila dei numeri; impaginare "
        "una lettera senza guardare la tastiera. Test cronometrati ogni settimana. 4 settimane.",
        "Impiegati che scrivono con due dita; italiano madrelingua; 15 minuti al giorno.",
        4,
        False,
        "it",
    ),
    Case(
        "look-alike (pl): 'kurs nie będzie trudny' is no exclusion",
        "Kurs szybkiego pisania na klawiaturze: rząd podstawowy, cyfry, tempo. Kurs nie będzie trudny dla "
        "nikogo. Po kursie uczestnik potrafi: napisać 40 słów na minutę; używać dziesięciu palców; sformatować "
        "list bez patrzenia na klawiaturę. Ćwiczenia na czas co tydzień. 4 tygodnie.",
        "Pracownicy biurowi piszący dwoma palcami; język polski; 15 minut dziennie.",
        4,
        False,
        "pl",
    ),
    Case(
        "look-alike: 'native plants' in the audience is no language level",
        "Wildflower meadows for small gardens: soil, seed mixes, mowing. Not covered: lawns, ponds. By the end "
        "gardeners can strip turf from a plot, sow a seed mix at the right rate and plan a yearly mowing "
        "calendar. Each session we visit a meadow and then practise sowing in pairs. 4 weeks.",
        "Gardeners who already grow native plants in borders; 2 hours a week.",
        4,
        False,
    ),
]

#: The language level each language's twin adds to its audience.
_LANGUAGE_LEVEL = {
    "en": "plain English",
    "es": "español claro (B1)",
    "fr": "français courant",
    "de": "Deutsch auf B1-Niveau",
    "pt": "português claro",
}


def language_twins(cases: list[Case]) -> list[Case]:
    """Briefs refused only for a missing language level, each with one added: they become ready."""
    twins = []
    for case in cases:
        if case.label.endswith("(no language level: not ready)") and case.lang in _LANGUAGE_LEVEL:
            label = case.label.replace("(no language level: not ready)", "(language level added: ready)")
            audience = f"{case.audience.rstrip('. ')}; {_LANGUAGE_LEVEL[case.lang]}."
            twins.append(case._replace(label=label, audience=audience, ready=True))
    return twins
