"""Chatter addressed to whoever ordered the course: version notes, offers of more work, notes to the reviewer."""

import pytest

from coursewright.guardrails.prose import prose_hits


def kinds(html: str) -> set[tuple[str, bool]]:
    return {(h.kind, h.quoted) for h in prose_hits(html)}


@pytest.mark.parametrize(
    "body",
    [
        # the page presented as a version of itself
        "<p>Absolutely - below you'll find a tightened version of the welcome module.</p><p>Badges open doors.</p>",
        "<p>Edits made in this revision: shorter quiz, new glossary.</p>",
        "<p>Certainly.</p><p>Badges open every door on the ground floor.</p>",
        "<p>Gerne. Die Lektion beginnt jetzt mit dem Beispiel.</p>",
        "<p>Aquí tienes una versión más corta de la lección sobre filtros.</p>",
        "<p>Voici la version corrigée de la fiche sur les allergènes.</p>",
        "<p>Changements dans cette version : deux exercices en plus.</p>",
        "<p>Änderungen gegenüber der vorigen Fassung: kürzere Einleitung.</p>",
        "<p>Alterações nesta versão: introdução mais curta.</p>",
        "<p>Ecco la nuova versione della lezione sui verbi.</p>",
        "<p>Hier is een kortere versie van de les over btw.</p>",
        # offers of more work to the requester
        "<p>I'd be glad to add a short video script for each step.</p>",
        "<p>I could also draft a quiz for this unit if that helps.</p>",
        "<p>Let me know which printer model you use and I'll adjust the screenshots.</p>",
        "<p>Dime qué versión usáis y cambio los menús.</p>",
        "<p>Dites-moi quel logiciel vous utilisez et je modifie les captures.</p>",
        "<p>Bei Bedarf erstelle ich Ihnen gern ein Arbeitsblatt dazu.</p>",
        "<p>Ich schicke Ihnen gern eine kürzere Variante.</p>",
        "<p>Me diga qual sistema vocês usam que eu ajusto os exemplos.</p>",
        "<p>Se vuoi, posso aggiungere una verifica finale.</p>",
        "<p>Als je wilt, kan ik er nog een quiz bij maken.</p>",
        # notes to the reviewer, doubt about the requester's setting
        "<p>Note for the reviewer: the fire exit numbers come from the 2021 plan.</p>",
        "<p>I'm not entirely sure whether your warehouse still uses paper permits.</p>",
        "<p>I did not check the helpline number; please confirm it.</p>",
        "<p>No estoy segura de que tu empresa use SAP; conviene comprobarlo.</p>",
        "<p>Je ne suis pas sûr que votre établissement utilise Moodle.</p>",
        "<p>Anmerkung für die Redaktion: die Normnummer ist ungeprüft.</p>",
        "<p>Nota para o revisor: os valores são de 2022.</p>",
        "<p>Non sono sicuro che la tua azienda usi ancora questo modulo.</p>",
    ],
)
def test_the_writer_speaking_to_the_person_who_ordered_the_course_is_chatter(body):
    assert ("chatter", False) in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "<p>Here is a shorter version of the email, with the apology moved to the start.</p>",
        "<p>What changed in this version of Excel? The ribbon gained a Draw tab.</p>",
        "<p>Of course, not every near miss is reported.</p>",
        "<p>Sure enough, the second test failed too.</p>",
        "<p>I'm happy to report that every team met its target last year.</p>",
        "<p>If you are not sure whether your team has a first-aider, ask your supervisor.</p>",
        "<p>I wasn't sure what to say at first, so I listened.</p>",
        "<p>Note for the facilitator: pause the video after the first scene.</p>",
        "<p>Si quieres, te preparo un té y lo hablamos.</p>",
        "<p>Wenn ich Zeit habe, lese ich gern Krimis.</p>",
        "<p>Nesta versão do Word, o menu Revisão fica à direita.</p>",
        "<p>Claro que el tiempo importa: cuanto antes ahorres, mejor.</p>",
        "<blockquote><p>Certainly. I'll change your booking now.</p></blockquote>",
    ],
)
def test_the_same_words_said_to_learners_taught_or_quoted_do_not_block(body):
    assert ("chatter", False) not in kinds(body)
