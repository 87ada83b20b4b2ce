"""Bases for held-back I in English, and the helpers that make I's cases (names start with hb9_).

Written for batch I only: beekeeping, kitchen hygiene, astronomy, magazine fact-checking, contract
drafting for paralegals, accessible forms, regular expressions, devised theatre, survey data
cleaning, mail merge and library chatbots. The bases in other languages are in
review_bases_i_intl.py; a few cases use the original bases in review_bases.py too.
"""

from __future__ import annotations

from corpus.review_bases import BASES, lesson
from corpus.review_bases_i_intl import BASES_INTL
from corpus.review_model import Base, Case, Unit, html, p  # noqa: F401 - p is shared with the I case files

BEEKEEPING = Base(
    key="beekeeping",
    language="en",
    brief_name="Beekeeping for Beginners",
    description=(
        "Course run by our county beekeepers' association for new members: the colony, equipment, hive "
        "inspections, swarm control, varroa and the first honey harvest. Not covered: queen rearing and "
        "selling honey. Outcomes: light a smoker and open a hive calmly; tell workers, drones and the queen "
        "apart; record an inspection; decide when to treat for varroa. Short talks and supervised visits "
        "to the club apiary. 3 sections."
    ),
    audience="Adults with no beekeeping experience. Ten hours in total, over five Saturday mornings.",
    size=10,
    section_titles=("The colony", "Inspections", "Pests and harvest"),
    units=(
        lesson(
            "Who lives in the hive",
            "<h3>Who lives in the hive</h3><p>A summer colony holds one queen, tens of thousands of female "
            "workers and a few hundred drones. Drones are larger, with eyes that meet at the top of the "
            "head, and they have no sting.</p>",
            "Which bees have no sting?",
            ["Workers", "Drones", "The queen"],
            1,
        ),
        html(
            "Lighting the smoker",
            "<h3>Lighting the smoker</h3><p>Start with a twist of newspaper, add dry wood shavings, and pump "
            "the bellows until the fuel glows. Top up with green grass so the smoke runs cool and white.</p>",
        ),
    ),
    practice=(
        "<h3>Apiary visit {n}</h3><p>At the club apiary, watch a mentor open one hive and note what they check "
        "on each frame. Afterwards, compare notes with another new member.</p>"
    ),
)

KITCHEN_HYGIENE = Base(
    key="kitchen_hygiene",
    language="en",
    brief_name="Food Hygiene for Kitchen Staff",
    description=(
        "Required training for cooks and kitchen porters in our three restaurants: personal hygiene, "
        "cross-contamination, temperature control, cleaning schedules and the fourteen allergens. Not "
        "covered: HACCP plan writing (for head chefs). Outcomes: wash hands correctly; store raw and ready "
        "foods apart; probe and record a temperature; answer an allergen question safely. Short videos "
        "and kitchen scenarios. 3 sections."
    ),
    audience="Kitchen staff, some with English as a second language (B1). Four hours, completed during paid shifts.",
    size=4,
    section_titles=("Hygiene", "Temperatures", "Allergens"),
    units=(
        lesson(
            "Storing raw meat",
            "<h3>Storing raw meat</h3><p>Raw meat goes on the bottom shelf of the fridge, covered and "
            "labelled, so it cannot drip onto food that will not be cooked again.</p>",
            "Where does raw chicken go in the fridge?",
            ["Top shelf", "Bottom shelf", "Next to the salad"],
            1,
        ),
        html(
            "Probing food",
            "<h3>Probing food</h3><p>Clean the probe with a wipe, push it into the thickest part, and wait "
            "until the reading settles. Hot food must reach 75 °C in the centre; write the reading in the log.</p>",
        ),
    ),
    practice=(
        "<h3>Kitchen scenario {n}</h3><p>Look at the photo of the walk-in fridge and find two storage "
        "mistakes. Tell your head chef how you would put them right.</p>"
    ),
)

ASTRONOMY = Base(
    key="astronomy",
    language="en",
    brief_name="Evening Astronomy: Reading the Night Sky",
    description=(
        "Adult education class: finding constellations, the Moon's phases, planets, star charts and using "
        "binoculars. Not covered: astrophotography and telescope building. Outcomes: find the Pole Star; "
        "explain why the Moon has phases; tell a planet from a star; read a monthly star chart. Short "
        "lectures and observing sessions when the sky is clear. 4 sections."
    ),
    audience="Curious adults, no science background needed. One 90-minute session a week for eight weeks.",
    size=12,
    section_titles=("Constellations", "The Moon", "Planets", "Star charts"),
    units=(
        lesson(
            "Finding the Pole Star",
            "<h3>Finding the Pole Star</h3><p>Find the Plough, then follow the two stars at the end of its "
            "pan upwards, about five times the gap between them. The fairly faint star you reach is Polaris.</p>",
            "Which stars point to Polaris?",
            ["The handle of the Plough", "The two end stars of the pan", "Orion's belt"],
            1,
        ),
        html(
            "Why the Moon has phases",
            "<h3>Why the Moon has phases</h3><p>The Sun always lights half of the Moon. As the Moon orbits the "
            "Earth we see more or less of that lit half, from a thin crescent to a full disc.</p>",
        ),
    ),
    practice=(
        "<h3>Observing {n}</h3><p>On the next clear evening, use this month's chart to find two "
        "constellations. Sketch what you see and bring the sketch to the next class.</p>"
    ),
)

MAGAZINE = Base(
    key="magazine",
    language="en",
    brief_name="Fact-Checking and Copy Editing for Magazine Staff",
    description=(
        "In-house course for new editorial assistants at a monthly magazine: our house style, checking "
        "names, numbers and quotes, working with writers' markup, corrections. Not covered: layout and "
        "print production. Outcomes: check a feature against its sources; apply the house style; flag "
        "unresolved copy before it goes to layout; write a correction. Worked examples from back issues. "
        "3 sections."
    ),
    audience="New editorial assistants with a degree in any subject. Six hours in total, self-paced.",
    size=6,
    section_titles=("House style", "Checking", "Corrections"),
    units=(
        lesson(
            "Numbers in copy",
            "<h3>Numbers in copy</h3><p>Our style spells out one to nine and uses figures from 10. Ages and "
            "percentages are always figures: a 7-year-old, 4 per cent.</p>",
            "How does the house style write a child's age?",
            ["a seven-year-old", "a 7-year-old", "a seven year old"],
            1,
        ),
        html(
            "Checking a quote",
            "<h3>Checking a quote</h3><p>Compare every quote with the writer's recording or notes. If the "
            "words differ, ask the writer before changing anything; never tidy a quote on your own.</p>",
        ),
    ),
    practice=(
        "<h3>Back issue {n}</h3><p>Take the feature from the practice pack and check five facts against the "
        "sources listed. Record what you checked and how in the checking sheet.</p>"
    ),
)

CONTRACTS = Base(
    key="contracts",
    language="en",
    brief_name="Contract Drafting Essentials for Paralegals",
    description=(
        "Firm training for paralegals: the anatomy of a commercial contract, defined terms, using the firm's "
        "precedents, boilerplate clauses and proofreading. Not covered: litigation and negotiation. "
        "Outcomes: label the parts of a contract; draft defined terms; adapt a precedent; catch common "
        "drafting errors. Annotated precedents and drafting exercises. 4 sections."
    ),
    audience="Paralegals in their first year at the firm. Two hours a week for five weeks.",
    size=10,
    section_titles=("Anatomy", "Defined terms", "Precedents", "Proofreading"),
    units=(
        lesson(
            "Recitals",
            "<h3>Recitals</h3><p>Recitals explain the background to the deal. They usually do not create "
            "obligations, so anything a party must do belongs in the operative clauses instead.</p>",
            "Where does a party's obligation belong?",
            ["In the recitals", "In the operative clauses", "In the title"],
            1,
        ),
        html(
            "Defined terms",
            "<h3>Defined terms</h3><p>Define a term once, in bold and in quotation marks, then use it with a "
            "capital letter every time. Two names for the same thing invite an argument about whether they "
            "mean the same.</p>",
        ),
    ),
    practice=(
        "<h3>Drafting exercise {n}</h3><p>Mark up the short agreement in the exercise pack: circle each "
        "defined term and check it is used consistently. Compare your mark-up with the model answer.</p>"
    ),
)

FORMS = Base(
    key="forms",
    language="en",
    brief_name="Designing Accessible Web Forms",
    description=(
        "Course for web designers and developers at a council: labels, hints, errors, grouping and testing "
        "forms with assistive technology. Not covered: visual branding. Outcomes: give every field a visible "
        "label; write a hint and an error message; group related fields; test a form with a screen reader. "
        "Before-and-after examples from council services. 3 sections."
    ),
    audience="Designers and front-end developers. A total of 5 hours, self-paced.",
    size=5,
    section_titles=("Labels", "Errors", "Testing"),
    units=(
        html(
            "One question per page",
            "<h3>One question per page</h3><p>Long forms are easier when each page asks one thing. People "
            "can focus, and errors are found page by page instead of all at the end.</p>",
        ),
    ),
    practice=(
        "<h3>Redesign {n}</h3><p>Pick a form from the council website and list three changes that would make "
        "it easier to complete. Share your list in the course forum.</p>"
    ),
)

REGEX = Base(
    key="regex",
    language="en",
    brief_name="Regular Expressions for Support Engineers",
    description=(
        "Internal course for the support team: searching logs and tickets with regular expressions and "
        "glob patterns. Not covered: writing parsers. Outcomes: match a ticket ID; use character classes "
        "and quantifiers; anchor a pattern; search logs with grep. Exercises on anonymised log extracts. "
        "3 sections."
    ),
    audience="Support engineers comfortable with the command line. An hour a week for six weeks.",
    size=6,
    section_titles=("Literals and classes", "Quantifiers", "Searching logs"),
    units=(
        lesson(
            "Character classes",
            "<h3>Character classes</h3><p><code>[0-9]</code> matches one digit; <code>\\d</code> is the "
            "short form. <code>[A-Z]{3}-\\d{4}</code> matches a ticket ID such as <code>SUP-2048</code>.</p>",
            "Which text does <code>[A-Z]{3}-\\d{4}</code> match?",
            ["sup-2048", "SUP-2048", "SUP-20"],
            1,
        ),
    ),
    practice=(
        "<h3>Log hunt {n}</h3><p>Use grep on the practice log extract to find every line that matches this "
        "week's pattern. Count the matches and compare with your teammate.</p>"
    ),
)

DRAMA = Base(
    key="drama",
    language="en",
    brief_name="Devising Theatre (Year 10 Drama)",
    description=(
        "GCSE Drama unit on devising: stimulus, improvisation, structuring scenes, characterisation and "
        "writing a devising log. Not covered: the written exam's set text. Outcomes: respond to a stimulus; "
        "build a scene from improvisation; use still images and thought-tracking; keep a devising log. "
        "Practical workshops with short written reflections. 3 sections."
    ),
    audience="Pupils aged 14-15 taking GCSE Drama. Two 50-minute lessons a week for six weeks.",
    size=10,
    section_titles=("Stimulus", "Building scenes", "The devising log"),
    units=(
        html(
            "Still images",
            "<h3>Still images</h3><p>A still image freezes one moment of the scene. Use levels, distance "
            "and eye-lines so the audience can read the relationships without a word being spoken.</p>",
        ),
    ),
    practice=(
        "<h3>Workshop {n}</h3><p>In your group, rehearse the scene from last lesson and add one new still "
        "image. Write three sentences in your devising log about why you chose it.</p>"
    ),
)

DATA_CLEANING = Base(
    key="data_cleaning",
    language="en",
    brief_name="Cleaning Survey Data in Spreadsheets",
    description=(
        "For monitoring and evaluation officers at an international NGO: importing survey exports, fixing "
        "types, handling missing values, removing duplicates and documenting changes. Not covered: "
        "statistics and dashboards. Outcomes: import a CSV without losing leading zeros; code missing "
        "values consistently; find duplicate respondents; keep a cleaning log. Exercises on a real, "
        "anonymised household survey. 3 sections."
    ),
    audience="M&E officers who use spreadsheets daily; working English. Three hours a week for two weeks.",
    size=6,
    section_titles=("Importing", "Missing values", "Duplicates"),
    units=(
        lesson(
            "Leading zeros",
            "<h3>Leading zeros</h3><p>Household IDs such as 004512 lose their zeros if the column is read as "
            "a number. Import the column as text so every ID keeps its six digits.</p>",
            "How should the household ID column be imported?",
            ["As a number", "As text", "As a date"],
            1,
        ),
    ),
    practice=(
        "<h3>Cleaning task {n}</h3><p>Open the survey extract for this task and apply the steps from the "
        "lesson. Record every change you make in your cleaning log.</p>"
    ),
)

MAIL_MERGE = Base(
    key="mail_merge",
    language="en",
    brief_name="Mail Merge and Standard Letters for Office Administrators",
    description=(
        "Short course for school office staff: standard letters, merge fields, data sources, conditional "
        "text and checking a merge before printing. Not covered: email marketing tools. Outcomes: connect a "
        "letter to a pupil list; insert merge fields; preview and check every record; print or save the "
        "merged letters. Step-by-step demonstrations. 2 sections."
    ),
    audience="School administrators who write letters to parents every week. Four hours in total.",
    size=4,
    section_titles=("Setting up", "Checking and printing"),
    units=(
        html(
            "The data source",
            "<h3>The data source</h3><p>A merge needs a list with one row per letter and one column per "
            "detail: parent's name, pupil's name, class. Give every column a short, clear heading.</p>",
        ),
    ),
    practice=(
        "<h3>Merge practice {n}</h3><p>Use the sample pupil list to merge this week's letter. Preview five "
        "records and check that every name and class is right.</p>"
    ),
)

LIBRARY_AI = Base(
    key="library_ai",
    language="en",
    brief_name="Chat Assistants and Chatbots for Library Staff",
    description=(
        "For public library staff: how chat assistants produce text, writing prompts for everyday tasks, "
        "checking and editing what they return, and scripting the library's own help chatbot. Not covered: "
        "programming. Outcomes: write a prompt with a role, a task and a format; edit an assistant's reply "
        "before publishing it; spot made-up references; write replies for the help chatbot. Real "
        "transcripts and editing exercises. 3 sections."
    ),
    audience="Library assistants and librarians, fluent English. Half an hour a week for ten weeks.",
    size=5,
    section_titles=("How they work", "Prompts and editing", "Our chatbot"),
    units=(
        html(
            "Predicting text",
            "<h3>Predicting text</h3><p>A chat assistant writes one likely word after another. That makes it "
            "fluent, and it also means it can produce a confident answer with no source behind it.</p>",
        ),
    ),
    practice=(
        "<h3>Exercise {n}</h3><p>Give the approved assistant the task on this week's card, then edit its "
        "answer until you would put your name to it. Keep both versions for the next session.</p>"
    ),
)

BASES_I = {
    b.key: b
    for b in (
        BEEKEEPING,
        KITCHEN_HYGIENE,
        ASTRONOMY,
        MAGAZINE,
        CONTRACTS,
        FORMS,
        REGEX,
        DRAMA,
        DATA_CLEANING,
        MAIL_MERGE,
        LIBRARY_AI,
    )
}

PREFIX = "hb9_"


def _base(key: str) -> Base:
    # I's own bases first; the original bases are shared with the tuned corpus.
    return BASES_I.get(key) or BASES_INTL.get(key) or BASES[key]


def i_defect(name: str, base: str, expect: str, *units: Unit, **kw) -> Case:
    """A held-back I course that must be blocked for `expect` (space-separated categories)."""
    return Case(PREFIX + name, _base(base), tuple(units), frozenset(expect.split()), held_back=True, **kw)


def i_fine(name: str, base: str, *units: Unit, **kw) -> Case:
    """A held-back I course that uses a defect's surface form legitimately and must pass."""
    return Case(PREFIX + name, _base(base), tuple(units), frozenset(), held_back=True, kind="tricky", **kw)
