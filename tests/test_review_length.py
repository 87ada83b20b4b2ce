"""The review's length rule: total learner hours from the brief, in the forms people write them."""

import pytest

from coursewright.guardrails.study_time import read_study_time

FORMS = [
    ("~4 hours/week, 6 weeks total.", 24),
    ("Two evenings a week for a month.", 17.3),
    ("Employees promoted in the last six months. Two evenings a week for a month.", 17.3),
    ("Three 45-minute lessons a week for 8 weeks.", 18),
    ("One lunch break a week over six weeks.", 4.5),
    ("20 minutes a day for two weeks.", 3.3),
    ("Fifteen minutes a day for a fortnight.", 2.5),
    ("Half an hour a week for eight weeks.", 4),
    ("Once a week for an hour, for ten weeks.", 10),
    ("Every Tuesday evening for two months.", 17.3),
    ("A 90-minute workshop.", 1.5),
    ("A two-day workshop.", 14),
    ("12 hours in total.", 12),
    ("Dos tardes a la semana durante un mes.", 17.3),
    ("Tres clases de 45 minutos a la semana durante 6 semanas.", 13.5),
    ("Media hora al día durante tres semanas.", 7.5),
    ("Una hora a la semana durante dos meses.", 8.7),
    ("Deux soirées par semaine pendant un mois.", 17.3),
    ("Trois heures par semaine pendant huit semaines.", 24),
    ("Une pause déjeuner par semaine pendant deux mois.", 6.5),
    ("Un atelier d'une demi-journée.", 3.5),
    ("Drei 45-minütige Lektionen pro Woche, sechs Wochen lang.", 13.5),
    ("Drei 45-minütige Stunden pro Woche, vier Wochen lang.", 9),
    ("Eine Mittagspause pro Woche, acht Wochen lang.", 6),
    ("Ein eintägiger Workshop.", 7),
    ("Kurs mit insgesamt 12 Stunden.", 12),
    ("Duas noites por semana durante um mês.", 17.3),
    ("Uma hora por dia durante duas semanas.", 10),
    ("Quatro semanas, com duas aulas de uma hora por semana.", 8),
    ("Carga horária de 20 horas.", 20),
]


@pytest.mark.parametrize(("text", "hours"), FORMS)
def test_total_learner_hours_are_read_from_the_forms_people_write(text, hours):
    assert read_study_time(text).total_hours == pytest.approx(hours, rel=0.15)


def test_the_learners_past_is_not_the_course_length():
    assert read_study_time("Promoted in the last six months. 1 hour per week, 12 weeks.").weeks == 12
