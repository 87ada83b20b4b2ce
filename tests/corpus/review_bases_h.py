"""Base courses written for held-back H, on subjects and in languages the earlier bases do not cover.

Same shape as review_bases.py: a brief with the learner time in its author's words, a few good
pages, a practice page; each size is about one unit per hour of learner time. Italian and Dutch
join the five earlier languages here.
"""

from __future__ import annotations

from corpus.review_bases import BASES, lesson
from corpus.review_bases_g import BASES_G
from corpus.review_model import Base, Case, Unit, html

NEWS_WRITING = Base(
    key="news_writing",
    language="en",
    brief_name="News Writing for the Student Paper",
    description=(
        "Workshop course for new reporters on a university newspaper: finding the lead, the inverted pyramid, "
        "attribution and quotes, checking facts, working with an editor. Not covered: photography, media law "
        "beyond the basics. Outcomes: write a lead of under 35 words; order a story by importance; attribute "
        "every claim; prepare copy that an editor can pass. Writing drills on real campus stories. 3 sections."
    ),
    audience=(
        "Undergraduates joining the paper, any major; fluent English. Two hours a week for six weeks, in the "
        "newsroom on Tuesday evenings."
    ),
    size=12,
    section_titles=("The lead", "Building the story", "Copy and the desk"),
    units=(
        lesson(
            "The lead",
            "<h3>The lead</h3><p>The first sentence tells the reader the most important new fact: who did what, "
            "and why it matters to them. Keep it under 35 words and leave the background for later "
            "paragraphs.</p>",
            "What belongs in the lead?",
            ["The history of the issue", "The most important new fact", "A quote from the press office"],
            1,
        ),
        html(
            "Attribution",
            "<h3>Attribution</h3><p>Every claim that is not common knowledge needs a source the reader can "
            "see. Use <em>said</em>: it is neutral and invisible. <em>Claimed</em> and <em>admitted</em> "
            "take sides.</p>",
        ),
    ),
    practice=(
        "<h3>Drill {n}</h3><p>Take the press release in this week's folder and write a lead of under 35 words. "
        "Swap with the reporter next to you and cut three more words from theirs.</p>"
    ),
)

TYPOGRAPHY = Base(
    key="typography",
    language="en",
    brief_name="Typography for Junior Designers",
    description=(
        "Studio course for junior designers at a branding agency: choosing typefaces, hierarchy, measure and "
        "leading, grids, and preparing layouts for client review. Not covered: type design, lettering. "
        "Outcomes: set body text with a comfortable measure; build a three-level hierarchy; pair two "
        "typefaces; prepare a mock-up a client can judge. Critique sessions on live briefs. 3 sections."
    ),
    audience=(
        "Junior designers in their first year at the agency; fluent English. About eight hours, self-paced."
    ),
    size=8,
    section_titles=("Reading", "Hierarchy", "Layouts"),
    units=(
        html(
            "Measure and leading",
            "<h3>Measure and leading</h3><p>A comfortable line holds 45 to 75 characters. The longer the line, "
            "the more leading it needs, so the eye can find the start of the next one.</p>",
        ),
    ),
    practice=(
        "<h3>Studio exercise {n}</h3><p>Reset the poster in the exercise folder with one typeface in two "
        "weights. Pin the before and after on the studio wall for Friday's critique.</p>"
    ),
)

NONPROFIT_COMMS = Base(
    key="nonprofit_comms",
    language="en",
    brief_name="Surveys and Supporter Emails for Small Charities",
    description=(
        "Practical course for charity staff and volunteers: writing survey questions, avoiding bias, sending "
        "personalised emails with the mailing tool, reading the results. Not covered: fundraising law, paid "
        "advertising. Outcomes: write a neutral survey question; set up a personalised email; test it before "
        "sending; summarise survey results for trustees. Worked examples from our own supporter surveys. "
        "3 sections."
    ),
    audience=(
        "Charity staff and volunteers, no marketing background; fluent English. A ninety-minute session "
        "every week for four weeks."
    ),
    size=6,
    section_titles=("Asking", "Sending", "Reading results"),
    units=(
        html(
            "Neutral questions",
            "<h3>Neutral questions</h3><p>A question that suggests its answer gets that answer. Ask 'How would "
            "you rate our newsletter?' rather than 'How much do you enjoy our newsletter?'.</p>",
        ),
    ),
    practice=(
        "<h3>Workshop {n}</h3><p>Rewrite two questions from last year's supporter survey so that neither "
        "suggests an answer. Bring them to the next session.</p>"
    ),
)

SUPPORT_CHAT = Base(
    key="support_chat",
    language="en",
    brief_name="Live Chat Support Essentials",
    description=(
        "Onboarding course for new live-chat agents at a software company: greeting, finding the real "
        "problem, writing clear answers, apologising well, escalating, closing the chat. Not covered: phone "
        "support, billing systems. Outcomes: open a chat warmly; ask two diagnostic questions; use a saved "
        "reply without sounding robotic; escalate with a complete handover note. Transcripts and role-play. "
        "3 sections."
    ),
    audience="New support agents, most with retail experience; fluent English. Ten hours in total, over two weeks.",
    size=10,
    section_titles=("Opening", "Solving", "Closing"),
    units=(
        lesson(
            "Finding the real problem",
            "<h3>Finding the real problem</h3><p>Customers describe what they see, not what is wrong. Ask what "
            "they were trying to do and what happened instead before you suggest a fix.</p>",
            "What do you ask first?",
            ["Have you restarted?", "What were you trying to do?", "What is your account number?"],
            1,
        ),
    ),
    practice=(
        "<h3>Transcript {n}</h3><p>Read the chat transcript in the training queue and mark the message where "
        "the agent found the real problem. Suggest one reply that would have got there sooner.</p>"
    ),
)

LETTINGS = Base(
    key="lettings",
    language="en",
    brief_name="Tenancy Paperwork for Lettings Negotiators",
    description=(
        "Workshop for lettings negotiators in England: the tenancy agreement, deposits and their protection, "
        "the prescribed information, right-to-rent checks, and letters to tenants. Not covered: evictions, "
        "commercial leases. Outcomes: complete a tenancy agreement from the branch template; protect a "
        "deposit on time; run a right-to-rent check; write a clear letter about a deposit. 2 sections."
    ),
    audience="Lettings negotiators in their first year; fluent English. One four-hour afternoon workshop.",
    size=4,
    section_titles=("Before the move", "During the tenancy"),
    units=(
        html(
            "Deposits",
            "<h3>Deposits</h3><p>A deposit for a let under £50,000 a year is capped at five weeks' rent. It must "
            "be protected in an approved scheme within 30 days of receipt, and the tenant given the prescribed "
            "information in the same period.</p>",
        ),
    ),
    practice=(
        "<h3>Case file {n}</h3><p>Open the case file from the branch drive and list each document the tenant "
        "must receive before moving in. Check your list against the branch checklist.</p>"
    ),
)

ALGEBRA = Base(
    key="algebra",
    language="en",
    brief_name="First Steps in Algebra (Year 8)",
    description=(
        "Maths unit for Year 8: letters for unknown numbers, simplifying expressions, solving one- and "
        "two-step equations, forming equations from word problems. Not covered: quadratics, inequalities. "
        "Pupils will be able to: simplify an expression; solve 3x + 5 = 20; check a solution by substitution; "
        "form an equation from a short story. Starter puzzles and practice sets. 3 sections."
    ),
    audience="Pupils aged 12-13. Four 50-minute lessons a week for three weeks.",
    size=10,
    section_titles=("Expressions", "Equations", "Word problems"),
    units=(
        lesson(
            "Balancing",
            "<h3>Balancing an equation</h3><p>An equation is a balance: whatever you do to one side, do to the "
            "other. To solve x + 4 = 11, take 4 from both sides: x = 7.</p>",
            "Solve x + 4 = 11.",
            ["x = 15", "x = 7", "x = 4"],
            1,
        ),
    ),
    practice=(
        "<h3>Practice set {n}</h3><p>Solve the equations on the sheet and check each answer by putting it "
        "back into the equation. Circle any you want to go through in class.</p>"
    ),
)

IT_PRIMO_SOCCORSO = Base(
    key="it_primo_soccorso",
    language="it",
    brief_name="Primo soccorso in azienda",
    description=(
        "Corso per gli addetti al primo soccorso di un'azienda di logistica: allertare i soccorsi, valutare "
        "la persona, posizione laterale di sicurezza, rianimazione e defibrillatore, ferite e ustioni. Non "
        "comprende la somministrazione di farmaci. Obiettivi: fare una chiamata al 112 completa; mettere una "
        "persona in posizione laterale di sicurezza; eseguire la RCP con il DAE; medicare una ferita. "
        "Video dimostrativi ed esercitazioni pratiche. 3 sezioni."
    ),
    audience=(
        "Lavoratori designati come addetti al primo soccorso, senza formazione sanitaria; italiano madrelingua. "
        "Dodici ore in totale, in tre giornate da quattro ore."
    ),
    size=12,
    section_titles=("Allertare", "Rianimare", "Ferite e ustioni"),
    units=(
        lesson(
            "La chiamata al 112",
            "<h3>La chiamata al 112</h3><p>Dite chi siete, dove vi trovate con indirizzo e piano, che cosa è "
            "successo e quante persone sono coinvolte. Non riattaccate finché non ve lo dice l'operatore.</p>",
            "Quando potete chiudere la chiamata?",
            ["Subito dopo l'indirizzo", "Quando lo dice l'operatore", "Dopo un minuto"],
            1,
        ),
    ),
    practice=(
        "<h3>Esercitazione {n}</h3><p>Leggete lo scenario della scheda e descrivete, passo per passo, che cosa "
        "fareste nei primi due minuti. Confrontate la vostra sequenza con quella del collega.</p>"
    ),
)

NL_BOEKHOUDEN = Base(
    key="nl_boekhouden",
    language="nl",
    brief_name="Boekhouden voor zzp'ers",
    description=(
        "Cursus voor startende zelfstandigen: facturen maken, btw berekenen en aangeven, kosten bijhouden, "
        "de urenadministratie. Niet inbegrepen: de inkomstenbelasting invullen, personeel. Leerdoelen: een "
        "factuur maken die aan de eisen voldoet; btw berekenen over een bedrag; de kwartaalaangifte "
        "voorbereiden; zakelijke kosten scheiden van privé. Rekenvoorbeelden en oefenbestanden. 3 onderdelen."
    ),
    audience=(
        "Zzp'ers in hun eerste jaar, zonder boekhoudkennis; Nederlands als moedertaal. Twee avonden van twee uur "
        "per week, drie weken lang."
    ),
    size=12,
    section_titles=("Facturen", "Btw", "Kosten"),
    units=(
        lesson(
            "Btw berekenen",
            "<h3>Btw berekenen</h3><p>Op de meeste diensten rekent u 21 procent btw. Een bedrag van 400 euro "
            "exclusief btw wordt dus 484 euro inclusief btw.</p>",
            "Hoeveel is 400 euro inclusief 21 procent btw?",
            ["421 euro", "484 euro", "500 euro"],
            1,
        ),
    ),
    practice=(
        "<h3>Oefening {n}</h3><p>Open het oefenbestand van deze week en verwerk de bonnetjes in het "
        "kostenoverzicht. Vergelijk uw totaal met het antwoordblad.</p>"
    ),
)

BASES_H = {
    b.key: b
    for b in (
        NEWS_WRITING,
        TYPOGRAPHY,
        NONPROFIT_COMMS,
        SUPPORT_CHAT,
        LETTINGS,
        ALGEBRA,
        IT_PRIMO_SOCCORSO,
        NL_BOEKHOUDEN,
    )
}

#: Every held-back H case name starts so; build.py sorts it into its own part by it.
PREFIX = "hb8_"


def h_defect(name: str, base: str, expect: str, *units: Unit, **kw) -> Case:
    """A held-back H course the review must block for each category in `expect`."""
    return Case(PREFIX + name, _base(base), tuple(units), frozenset(expect.split()), held_back=True, **kw)


def h_fine(name: str, base: str, *units: Unit, **kw) -> Case:
    """A held-back H course that looks suspicious and must pass."""
    return Case(PREFIX + name, _base(base), tuple(units), frozenset(), held_back=True, kind="tricky", **kw)


def _base(key: str) -> Base:
    return BASES_H.get(key) or BASES_G.get(key) or BASES[key]
