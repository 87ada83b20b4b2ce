"""The draft as correspondence (wishes, earlier replies, no access, sign-offs, conditional offers,
revision notes, notes to someone other than the learners) and dialogue turns a course shows."""

import pytest

from coursewright.guardrails.dialogue import dialogue_lines
from coursewright.guardrails.prose import prose_hits, title_hits


def kinds(html: str) -> set[tuple[str, bool]]:
    return {(h.kind, h.quoted) for h in prose_hits(html)}


@pytest.mark.parametrize(
    "body",
    [
        "<p>Hope this gets your apprentices off to a good start.</p>",
        "<p>I hope the module helps your nurses on the night shift.</p>",
        "<p>J'espère que cette leçon plaira à vos stagiaires.</p>",
        "<p>Ich hoffe, die Lektion hilft Ihren Auszubildenden beim Einstieg.</p>",
        "<p>Ik hoop dat deze les nuttig is voor de cursus.</p>",
        "<p>As I said in my earlier response, the deadline is Friday.</p>",
        "<p>Dans ma réponse précédente, j'ai oublié le subjonctif.</p>",
        "<p>Na minha resposta anterior faltou um exemplo.</p>",
        "<p>Mijn vorige antwoord was te lang.</p>",
        "<p>I haven't seen your school's behaviour policy, so the steps below are typical ones.</p>",
        "<p>No tengo acceso a vuestra programación, así que sigo el currículo oficial.</p>",
        "<p>Non ho accesso al vostro regolamento interno.</p>",
        "<p>Ik heb geen toegang tot jullie huisstijl.</p>",
        "<p>Please don't hesitate to contact me if any further revisions are required.</p>",
        "<p>Je reste à votre disposition pour toute autre modification.</p>",
        "<p>Für weitere Änderungen stehe ich Ihnen gern zur Verfügung.</p>",
        "<p>Resto a sua disposizione per altre modifiche.</p>",
        "<p>If it would help, I could draft a one-page summary of the unit.</p>",
        "<p>Let me know if I should shorten the examples.</p>",
        "<p>Soll ich die Aufgaben für die zweite Gruppe noch etwas einfacher formulieren?</p>",
        "<p>Dites-moi si vous voulez que j'ajoute des exercices.</p>",
        "<p>Fammi sapere se devo cambiare gli esempi.</p>",
        "<p>Laat het me weten als ik iets moet toevoegen.</p>",
        "<p>This version keeps your examples but moves the quiz to the end.</p>",
        "<p>Esta versión conserva tus ejemplos y acorta la introducción.</p>",
        "<p>(Note to the client: I've assumed UK spelling throughout.)</p>",
        "<p>(Nota per il docente: ho tolto l'esercizio 3.)</p>",
        "<p>Opmerking voor de redactie: ik heb de cijfers van 2022 gebruikt.</p>",
    ],
)
def test_a_reply_to_whoever_ordered_the_course_is_chatter(body):
    assert ("chatter", False) in kinds(body)


@pytest.mark.parametrize(
    "title",
    [
        "Kerning - amended per your comments",
        "Pivot tables (revised based on your feedback)",
        "Tablas dinámicas (actualizadas según tus comentarios)",
        "Widerstand - überarbeitet nach Ihrem Feedback",
        "Frazioni - aggiornate secondo i tuoi suggerimenti",
    ],
)
def test_a_title_carrying_a_revision_note_is_chatter(title):
    assert any(h.kind == "chatter" for h in title_hits(title))


@pytest.mark.parametrize(
    "body",
    [
        "<p>We hope this unit gives you a solid start. Good luck with the exam!</p>",
        "<p>Hope for the best and prepare for the worst.</p>",
        "<p>Cut stock openers. Hope this email finds you well adds nothing; start with the request.</p>",
        "<p>In my previous job I managed a team of six.</p>",
        "<p>My first draft of this essay was twice as long.</p>",
        "<p>Don't hesitate to contact me with questions about the assignment.</p>",
        "<p>Contact me if you need any changes to your timetable.</p>",
        "<p>Note for teachers: this activity works best in pairs.</p>",
        "<p>Note for learners: I will hold office hours on Friday.</p>",
        "<p>The second version keeps the headline and cuts the paragraph.</p>",
        "<p>If you like, ask a colleague to read your draft.</p>",
        "<p>N'hésitez pas à me dire si vous avez des questions.</p>",
        "<p>Je reste à votre disposition pour toute question.</p>",
        "<p>Fire doors (updated for the 2024 standard)</p>",
    ],
)
def test_the_same_shapes_said_to_learners_do_not_block(body):
    assert ("chatter", False) not in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "<p>— Bonjour, je voudrais du pain.<br>— Bien sûr ! Voici votre baguette.</p>",
        "<p>– ¿Me ayudas?<br>– ¡Claro! Aquí tienes.</p>",
        "<p>Guest: Could I have a late checkout?</p><p>Receptionist: Certainly! Here is your new key card.</p>",
        "<p>Kellner: Natürlich! Hier ist die Karte.</p><p>Gast: Danke schön.</p>",
        "<p>Sure. What time works for you?</p><p>Three o'clock is fine.</p>",
    ],
)
def test_turns_of_a_dialogue_are_quoted_not_said(body):
    assert ("chatter", False) not in kinds(body)


def test_a_course_note_label_is_not_a_speaker():
    said, shown = dialogue_lines("Note: I've kept the tone simple.\nTip: read it aloud.")
    assert shown == "" and "I've kept" in said
    assert ("chatter", False) in kinds("<p>Of course! Here's the lesson.</p><p>Tip: read it aloud.</p>")


def test_one_dash_line_is_not_a_dialogue():
    said, shown = dialogue_lines("— Sure! Here's the revised lesson.\nThe lesson starts here.")
    assert shown == ""
