"""The review's editor: chatter and placeholders read as an editor would, in five languages."""

import pytest

from coursewright.guardrails.prose import fold, leaked_chatter, prose_hits, shows_something, title_hits


def kinds(html: str, topic: str = "") -> set[tuple[str, bool]]:
    return {(h.kind, h.quoted) for h in prose_hits(html, topic=topic)}


@pytest.mark.parametrize(
    "text",
    [
        "Here’s the lesson on fractions.",
        "Here's the lesson on fractions.",
        "HERE IS THE LESSON you asked for.",
        "Great question! Let's look at it.",
        "As of my last knowledge update, there were three versions.",
        "As an AI language model, I cannot know your policy.",
        "¡Claro! Aquí tienes la lección sobre filtros.",
        "Bien sûr ! Voici la leçon.",
        "Bien\u00a0sûr\u202f! Voici la leçon.",
        "Als KI-Sprachmodell… kann ich das nicht.",
        "Claro! Aqui está a aula sobre frações.",
        "Ótima pergunta! Vamos ver.",
    ],
)
def test_chatter_in_the_course_voice_is_found_in_any_case_quote_or_language(text):
    assert kinds(f"<p>{text}</p>") == {("chatter", False)}


@pytest.mark.parametrize(
    "text",
    [
        "TODO: write the intro.",
        "Welcome, {{learner_name}}!",
        "At [Company Name], we report near misses.",
        "Dates: TBD.",
        "Content coming soon.",
        "Lorem ipsum dolor sit amet.",
        "Contenido disponible próximamente.",
        "Contenu à venir.",
        "Inhalt folgt in Kürze.",
        "Conteúdo em breve.",
    ],
)
def test_placeholders_are_their_own_finding(text):
    assert kinds(f"<p>{text}</p>") == {("placeholder", False)}


@pytest.mark.parametrize(
    "text",
    [
        "Use a rhyme as an aid to memory.",
        "Here is your checklist for day one.",
        "Feel free to ask your mentor.",
        "Todo el equipo usa la misma plantilla.",
        "A good question to open a one-to-one is: what is blocking you?",
        "The order is to be determined by the team.",
        "Próximamente veremos la reforma agraria.",
        "Em breve, você vai praticar com um colega.",
    ],
)
def test_what_a_course_may_say_is_not_flagged(text):
    assert kinds(f"<p>{text}</p>") == set()


def test_matching_is_by_whole_words_not_substrings():
    assert kinds("<p>Mnemonics act as an aide-memoire.</p>") == set()
    assert kinds("<p>as an ai, I think</p>") == {("chatter", False)}


@pytest.mark.parametrize(
    "html",
    [
        "<pre>As an AI language model, I cannot help.</pre>",
        "<p>The bot replied: “Great question! As an AI language model, I…”</p>",
        "<blockquote>As of my last knowledge update, the limit was 20.</blockquote>",
        "<p>It said <q>As an AI, I cannot</q>.</p>",
        "<p>Press <kbd>Here is the lesson</kbd>.</p>",
        "<p>It answered 'Here's the lesson you asked for' and stopped.</p>",
    ],
)
def test_quoted_chatter_is_reported_as_quoted(html):
    assert kinds(html) == {("chatter", True)}


def test_lorem_ipsum_is_filler_unless_the_unit_is_about_it():
    assert kinds("<p>Lorem ipsum dolor sit amet.</p>") == {("placeholder", False)}
    assert kinds("<p>Lorem ipsum comes from Cicero.</p>") == set()
    assert kinds("<p>Lorem ipsum dolor sit amet.</p>", topic="Typesetting and mock-ups") == set()


def test_titles_are_checked_too():
    assert {h.kind for h in title_hits("[Insert title]")} == {"placeholder"}
    assert {h.kind for h in title_hits("Sure! Here is the unit on loops")} == {"chatter"}
    assert title_hits("Todo sobre filtros") == []


def test_an_html_page_is_empty_without_words_or_real_media():
    assert not shows_something('<p><img src="/static/x.png" alt=""></p>')
    assert not shows_something("<p>&nbsp;</p><div><br></div><!-- later -->")
    assert not shows_something("<p>…</p>")
    assert shows_something('<img src="/static/map.png" alt="Map of Manchester">')
    assert shows_something('<iframe src="https://www.youtube.com/embed/x"></iframe>')
    assert shows_something("<p>Hi</p>")


def test_folding_removes_case_accents_and_curly_quotes():
    assert fold("Aquí TIENES “la” lección’s") == 'aqui tienes "la" leccion\'s'


def test_the_generator_refuses_only_chatter_the_page_says_itself():
    assert leaked_chatter("<p>I hope this helps!</p>") == "i hope this helps"
    assert leaked_chatter("<pre>I hope this helps!</pre>") is None


@pytest.mark.parametrize(
    "body",
    [
        "<p>As requested, I've kept the reading level at Year 9.</p>",
        "<p>I deliberately simplified the examples for beginners.</p>",
        "<p>Please note that my knowledge only extends to early 2024.</p>",
        "<p>Do you want me to add a short quiz at the end?</p>",
        "<p>Shall I continue with unit 4?</p>",
        "<p>He simplificado el vocabulario, como pediste.</p>",
        "<p>¿Quieres que añada más ejercicios?</p>",
        "<p>J'ai raccourci les exemples pour tenir en une heure.</p>",
        "<p>Voulez-vous que je développe cette partie ?</p>",
        "<p>Ich habe die Fachbegriffe bewusst weggelassen.</p>",
        "<p>Soll ich noch ein Quiz ergänzen?</p>",
        "<p>Adaptei o vocabulário para o 6.º ano.</p>",
        "<p>Se quiser, posso incluir um glossário.</p>",
    ],
)
def test_the_assistant_speaking_to_its_requester_is_chatter(body):
    assert ("chatter", False) in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "<p>I walked to the market and bought three apples.</p>",
        "<p>I recommend you practise daily. I've marked the harder exercises with a star.</p>",
        "<p>Je vous conseille de relire vos notes ; j'ai ajouté les fiches au dossier partagé.</p>",
        "<p>Ich erinnere mich an meinen ersten Kundenanruf: Ich war nervös.</p>",
        "<p>Cuando llegué a Madrid yo tenía doce años.</p>",
    ],
)
def test_first_person_stories_and_an_instructors_voice_are_not_chatter(body):
    assert kinds(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "<p>Welcome to {site_name}.</p>",
        "<p>Your manager, [[manager]], signs the plan.</p>",
        "<p>Ask [Company Name] for a badge.</p>",
        "<p>Write to $SUPPORT_EMAIL$.</p>",
        "<p>Your coach is INSERT NAME HERE.</p>",
        "<p>Call the desk on <<SITE_PHONE>>.</p>",
        "<p>Ihr Trainer ist <Name einfügen>.</p>",
        "<h3>Étude de cas</h3><p>À venir</p>",
        "<h2>Unit tests — coming soon</h2><p>pytest finds tests.</p>",
        "<p>Quiz final : à venir.</p>",
        "<p>Termin: TBD</p>",
        "<p>Read the guide (link TBD) first.</p>",
    ],
)
def test_template_slots_and_unfinished_sections_are_placeholders_by_their_shape(body):
    assert ("placeholder", False) in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "<p>Give every action one status: Open, Blocked, TBD or Done.</p>",
        "<p>If a date is unknown, write TBD in the tracker.</p>",
        "<p>Use the &lt;p&gt; element for paragraphs; x &lt; 5 and y &gt; 3.</p>",
        "<p>In the years to come the market will grow.</p>",
        "<p>Avoid a page that only says a feature is coming soon.</p>",
    ],
)
def test_statuses_mentions_and_ordinary_brackets_are_not_placeholders(body):
    assert kinds(body) == set()


def test_an_angle_bracket_slot_written_through_edit_xblock_survives_cleaning_and_is_found():
    from coursewright.guardrails.sanitize import sanitize_html

    cleaned = sanitize_html("<p>Call us on <<SITE_PHONE>> for help.</p>").html
    assert "SITE_PHONE" in cleaned and "<SITE_PHONE" not in cleaned
