"""Test data for the brief checklist: weak, borderline and strong briefs in several subjects.

Each entry: (label, description, target_audience, sections, ready). Labels say why
the verdict is what it is, so a rule change that flips one shows what it broke.
"""

SEED_WEAK = ("A course on Python.", "Beginners.")
SEED_STRONG = (
    "A project-based introduction to Python 3.11 focused on data-wrangling for non-engineers. Cover variables, "
    "control flow, functions, file I/O, and the csv + json modules. Every section ends with a mini-project using a "
    "realistic dataset (airline delays, climate records). Exclude object-oriented programming, decorators, async, "
    "and type hints — a follow-up course covers those. Use an encouraging, low-jargon tone.",
    "Working analysts (marketing, ops, journalism) with spreadsheet fluency but no programming background. "
    "~4 hours/week, 6 weeks total.",
)

BRIEFS: list[tuple[str, str, str, int, bool]] = [
    # --- weak: one line, no audience detail, no shape -------------------------------------------
    ("seed weak", *SEED_WEAK, 4, False),
    ("topic only", "Excel.", "Office workers.", 4, False),
    ("marketing buzz", "A comprehensive, engaging course about digital marketing.", "Everyone.", 5, False),
    ("wish list", "Teach people machine learning, it should be fun and modern.", "Beginners", 6, False),
    ("vague audience", "Photography course covering cameras and light.", "Hobbyists.", 4, False),
    (
        "understand only",
        "Learners will understand the basics of personal finance and know about budgets.",
        "Adults.",
        4,
        False,
    ),
    ("one word", "Chemistry", "Students", 3, False),
    (
        "no outcomes no pedagogy",
        "Spanish for travellers: greetings, food, directions.",
        "Tourists.",
        3,
        False,
    ),
    (
        "advanced without meaning",
        "An advanced course on Kubernetes. Everything you need.",
        "Advanced engineers.",
        8,
        False,
    ),
    ("two lines of history", "World War II history. From 1939 to 1945.", "Readers of history.", 5, False),
    ("cooking no shape", "Cooking course. Knife skills and sauces.", "People who like food.", 4, False),
    ("sales pitch", "The best high-quality leadership training ever made.", "Managers.", 4, False),
    # --- borderline: some fields met, too many still vague ----------------------------------------
    (
        "scope and audience only",
        "Introduction to SQL for reporting: SELECT, JOIN, GROUP BY and window functions. Exclude database "
        "administration and stored procedures.",
        "Business analysts who know Excel pivot tables but have never written SQL; 3 hours per week.",
        4,
        False,
    ),
    (
        "outcomes without audience time",
        "By the end, learners can plan a vegetable bed, choose seeds for their climate, build compost, and "
        "diagnose common pests. Tutorial with weekly garden tasks. Excludes greenhouse growing. 8 weeks.",
        "Home gardeners.",
        4,
        False,
    ),
    (
        "pedagogy vague and no exclusions",
        "An interactive course on public speaking covering structure, voice and nerves.",
        "Early-career professionals with no presentation training, about 2 hours a week.",
        4,
        False,
    ),
    (
        "all fields vague",
        "A practical course on project management. Learners will learn about planning.",
        "Team leads, intermediate level.",
        4,
        False,
    ),
    (
        "too few sections and vague outcomes",
        "Git basics for designers: commits, branches and pull requests; not covering rebasing or submodules. "
        "Hands-on tutorial.",
        "Designers who have never used a terminal; 1 hour per week for 2 weeks.",
        2,
        False,
    ),
    (
        "strong but for vague words",
        "A simple, fun and engaging course about budgeting apps. Tutorial with exercises. Learners will "
        "compare apps, set up a budget, track spending and review a month. Excludes investing. 4 weeks.",
        "Young adults who have never kept a budget; 2 hours a week; plain English.",
        4,
        True,
    ),
    # --- ready with one vague field (still accepted, with questions) -----------------------------
    ("seed strong", *SEED_STRONG, 6, True),
    (
        "no exclusions but everything else",
        "A project-based course on woodworking joinery. By the end learners can measure and mark stock, cut "
        "a mortise and tenon, fit a dovetail, and finish a small box. Four weekend sessions.",
        "Hobbyists who own basic hand tools but have never cut a joint; about 5 hours per week; plain English.",
        4,
        True,
    ),
    (
        "length missing only",
        "A tutorial course on spreadsheets for small charities: formulas, lookups and simple charts. Excludes "
        "macros and VBA. Learners will build a donor list, calculate totals with SUMIF, plot monthly income "
        "and share a read-only report.",
        "Volunteers who use email and documents but have never written a formula; 2 hours per week; plain English.",
        4,
        True,
    ),
    # --- strong in several subjects and phrasings --------------------------------------------------
    (
        "statistics assessment-heavy",
        "Exam-prep course for introductory statistics: descriptive statistics, probability, sampling, "
        "confidence intervals and hypothesis tests. Not covering regression or Bayesian methods. Outcomes: "
        "learners can calculate summary statistics, interpret a confidence interval, choose the right test, "
        "and report a p-value correctly. Graded quizzes after every subsection. 10 weeks.",
        "First-year undergraduates who passed high-school algebra; English at B2; 5 hours per week.",
        5,
        True,
    ),
    (
        "nursing clinical",
        "A case-based course on medication safety for ward nurses. Scope: the five rights, high-alert "
        "medicines, reporting near misses. Out of scope: prescribing and pharmacology theory. By the end, "
        "nurses can identify high-alert medicines, apply the five rights, report an incident, and explain a "
        "near miss to a patient. 6 modules over 3 weeks.",
        "Registered nurses with at least one year on a ward; plain clinical English; 2 hours per week.",
        6,
        True,
    ),
    (
        "bullet outcomes",
        "Hands-on course on home networking. Covers routers, Wi-Fi placement, guest networks and basic "
        "security. Does not cover enterprise networking or VLANs.\nLearners will be able to:\n- configure a "
        "router\n- secure Wi-Fi with WPA3\n- troubleshoot a slow connection\n- set up a guest network\nFormat: "
        "4 sections, 3 weeks.",
        "Home users comfortable with a web browser but no networking background; about 2 hours a week; "
        "non-native English speakers welcome, low jargon.",
        4,
        True,
    ),
    (
        "language learning",
        "A tutorial course in conversational Portuguese for a first trip to Brazil. Scope: greetings, ordering "
        "food, directions, numbers and small talk. Excludes grammar tables and written exercises. By the end, "
        "learners can greet people, order a meal, ask for directions, and count money. Role-play dialogues in "
        "every unit. 6 weeks.",
        "English speakers with no Portuguese; CEFR A0; 3 hours per week.",
        4,
        True,
    ),
    (
        "software testing",
        "Project-based course on testing Python web APIs with pytest. Cover fixtures, parametrisation, mocking "
        "HTTP and contract tests. We will not cover load testing or UI testing. Students will write unit tests, "
        "mock an external API, measure coverage, and debug a flaky test. 5 sections, 5 weeks.",
        "Python developers with 1+ years of professional experience but no testing practice; English B2; "
        "4 hours per week.",
        5,
        True,
    ),
    (
        "history with essays",
        "A discussion-based course on the causes of the First World War: alliances, militarism, imperialism "
        "and the July Crisis. Leaves out the course of the war itself. By the end learners can compare "
        "historians' arguments, evaluate a primary source, and write a 1,000-word argument. 8 weeks.",
        "Adult learners who have finished secondary school; advanced English reading level; 3 hours per week.",
        4,
        True,
    ),
    (
        "cooking with projects",
        "A hands-on cooking course on weeknight vegetarian meals: knife skills, one-pan dishes, sauces and "
        "meal planning. Excludes baking and desserts. Learners can plan a week of meals, cook five dinners "
        "under 30 minutes, make three sauces, and shop to a budget. Each section ends with a cook-along "
        "project. 4 weeks.",
        "Busy adults who can boil pasta but rarely cook; plain English; 2-3 hours per week.",
        4,
        True,
    ),
    (
        "data visualisation",
        "A project-based course on data visualisation with matplotlib. Topics: chart choice, encoding, colour, "
        "annotation, small multiples. Excludes interactive dashboards and D3. By the end learners can choose "
        "a chart for a question, plot a clean line chart, annotate an outlier, and critique a misleading "
        "chart. Six sections over six weeks, each ending in a mini-project.",
        "Analysts who already load data with pandas; English B2; about 4 hours per week.",
        6,
        True,
    ),
    (
        "first aid",
        "A scenario-based first aid course for office workers: CPR, choking, bleeding, burns. Out of scope: "
        "medication and advanced life support. Outcomes: learners can perform CPR on an adult, treat a burn, "
        "control bleeding, and call emergency services with the right information. 3 sections, 2 weeks, "
        "quizzes after each scenario.",
        "Office staff with no first aid training; plain English; 2 hours per week.",
        3,
        True,
    ),
    (
        "law deep topic",
        "Assessment-heavy course on contract formation under English law: offer, acceptance, consideration, "
        "intention. Excludes remedies and tort. By the end learners can identify an offer, distinguish an "
        "invitation to treat, apply the postal rule, and analyse a problem question. 10 weeks.",
        "Second-year law undergraduates who have completed legal method; academic English; 6 hours per week.",
        5,
        True,
    ),
    (
        "pottery workshop",
        "A short workshop course on wheel-throwing pottery: centring, opening, pulling walls, trimming. "
        "Excludes glazing chemistry and kilns. By the end learners can centre clay, throw a cylinder, trim a "
        "foot ring, and diagnose a collapsed wall. Demonstrations and practice exercises. 3 sessions.",
        "Adults who have never used a wheel; plain English; 3 hours per week.",
        3,
        True,
    ),
]
