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
]
