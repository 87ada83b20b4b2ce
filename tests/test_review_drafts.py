"""Placeholders without slot syntax: asset cues, status words, author instructions, kinds in brackets,
digit masks, stock Latin filler; and what a course shows on purpose in the same shapes."""

import pytest

from coursewright.guardrails.prose import prose_hits


def kinds(html: str, topic: str = "") -> set[tuple[str, bool]]:
    return {(h.kind, h.quoted) for h in prose_hits(html, topic=topic)}


@pytest.mark.parametrize(
    "text",
    [
        "[PHOTO: a welder in full PPE, side view]",
        "(Video - walk-through of the night shift handover)",
        "[ILUSTRACIÓN: ciclo del agua]",
        "[Abbildung des Schaltplans mit zwei Lampen]",
        "[Diagram showing the three lines of defence]",
        "(The closing summary goes here.)",
        "Um exemplo de e-mail vai aqui.",
        "Date de la sortie : à fixer.",
        "Zeitbedarf: noch offen.",
        "Fecha de entrega: por determinar.",
        "[TBC: the venue for day two]",
        "(a completar: lista de materiales)",
        "[yet to be written - check with legal]",
        "Pegar aquí la imagen del organigrama.",
        "Coller ici le lien vers le formulaire.",
        "Hier Tabelle mit den Messwerten einfügen.",
        "Inserire qui il grafico delle vendite.",
        "Hier foto van de opstelling invoegen.",
        "Photo à insérer : la chambre froide.",
        "As shown in [study name, journal] the effect was small.",
        "Laut [Quelle, Jahr] sinkt der Verbrauch.",
        "Call the helpdesk on ext. ####.",
        "Fax: +44 20 #### ####",
        "Neque porro quisquam est qui dolorem ipsum quia dolor sit amet.",
        "Vivamus sagittis lacus vel augue laoreet rutrum faucibus.",
    ],
)
def test_marks_of_an_unfinished_draft_are_placeholders(text):
    assert ("placeholder", False) in kinds(f"<p>Gloves protect your hands.</p><p>{text}</p>")


@pytest.mark.parametrize(
    "text",
    [
        "(Photo: Imperial War Museum)",
        "Subtitles show [Applause] or [Music playing] for sounds.",
        "See the diagram of the heart above.",
        "Invoice status: pending.",
        "Température du frigo : à vérifier chaque matin.",
        "Your initials go here, next to the date.",
        "Hier können Sie ein Foto einfügen.",
        "Hier klicken und Tabelle einfügen.",
        "Copiar la celda y pegar el valor en la columna B.",
        "The court in [1932] AC 562 found a duty of care.",
        "He said they [the owners] ignored the law.",
        "Answer [illegible] was crossed out.",
        "If a cell shows ####, widen the column.",
        "Press ### on the keypad to hear the menu again.",
        "Nemo dat quod non habet; caveat emptor.",
        "O tempora, o mores! Cicero was angry.",
        "Our room numbers run from 101 to 140.",
    ],
)
def test_the_same_shapes_shown_on_purpose_are_not_placeholders(text):
    assert ("placeholder", False) not in kinds(f"<p>{text}</p>")


def test_stock_latin_is_the_subject_when_the_unit_is_about_filler_text():
    body = "<p>Designers fill mock-ups with Sed ut perspiciatis unde omnis iste natus error.</p>"
    assert ("placeholder", False) not in kinds(body, topic="Mock-ups and placeholder text")


def test_a_cue_shown_in_a_script_lesson_is_only_quoted():
    body = "<p>A script marks the picture:</p><pre>[VIDEO: close-up of the login screen]</pre>"
    assert kinds(body) == {("placeholder", True)}
