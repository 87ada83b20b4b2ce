"""The learner-time reader: the forms people write study time in, in five languages."""

import pytest

from coursewright.guardrails.study_time import read_study_time


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("~4 hours/week", 4.0),
        ("2-3 hours per week", 2.5),
        ("three 45-minute lessons a week", 2.25),
        ("one lunch break a week", 0.75),
        ("two evenings a week", 4.0),
        ("one Saturday morning a week", 3.0),
        ("every Tuesday evening for about 3 hours", 3.0),
        ("2 sessions x 3h per week", 6.0),
        ("30 minutes a day", 2.5),
        ("full-time", 35.0),
        ("3 horas por semana", 3.0),
        ("dedicación de 10 horas semanales", 10.0),
        ("dos sesiones de 45 minutos a la semana", 1.5),
        ("3 heures par semaine", 3.0),
        ("4 Stunden pro Woche", 4.0),
        ("ein Abend pro Woche plus 15 Minuten tägliches Üben", 3.25),
        ("dois tempos de 50 minutos por semana", 1.67),
    ],
)
def test_weekly_time_is_read_in_the_forms_people_write(text, per_week):
    assert read_study_time(text).weekly_hours == pytest.approx(per_week, abs=0.01)


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("6 weeks total", 6),
        ("for a month", 4.33),
        ("over six weeks", 6),
        ("Duración: un trimestre.", 12),
        ("Five weekends.", 5),
        ("4 Module über 4 Wochen", 4),
        ("Week-long intensive", 1),
    ],
)
def test_course_length_in_weeks_is_read(text, weeks):
    assert read_study_time(text).weeks == pytest.approx(weeks, abs=0.01)


def test_a_rate_is_not_mistaken_for_the_length_and_a_plan_is_not_the_course():
    time = read_study_time("Build a two-week rota. 2 hours a week, 4 modules over 4 weeks.")
    assert (time.weekly_hours, time.weeks, time.total_hours) == (2.0, 4.0, 8.0)


def test_totals_and_sessions_with_a_usual_length_give_total_hours():
    assert read_study_time("Three parts, about 90 minutes total.").total_hours == 1.5
    assert read_study_time("Duration: 2 half-day workshops.").total_hours == 7.0
    assert read_study_time("trois après-midis de 3 heures").total_hours == 9.0


def test_text_without_learner_time_states_none():
    time = read_study_time("Nurses with two years on a ward.", "A course on wound care.")
    assert not time.stated and time.total_hours is None and time.read == []
    assert "neither" in (time.unread or "")


def test_the_audience_is_read_before_the_description():
    time = read_study_time("2 hours a week", "Meets 5 hours per week in the lab.")
    assert time.weekly_hours == 2.0 and time.read[0] == "2 hours a week"


@pytest.mark.parametrize(
    "text",
    [
        "Adultes A1, à leur rythme. Objectif : savoir raconter une journée.",
        "Learners describe a day in the life of a ward nurse.",
    ],
)
def test_a_day_as_the_topic_is_not_read_as_a_course_length(text):
    assert read_study_time(text).total_hours is None


@pytest.mark.parametrize(
    "text",
    ["A one-day workshop for new managers.", "Everything is covered in one day.", "Format : une journée."],
)
def test_a_day_as_the_course_length_is_seven_hours(text):
    assert read_study_time(text).total_hours == 7.0


@pytest.mark.parametrize(
    ("text", "per_week", "total"),
    [
        ("Twenty minutes a day, five days a week, for six weeks.", 1.67, 10.0),
        ("20 minutes a day, three days a week, for 6 weeks", 1.0, 6.0),
        ("Three days a week, one hour a day, over eight weeks.", 3.0, 24.0),
        ("45 minutes per day, Monday to Thursday, for 5 weeks", 3.0, 15.0),
        ("30 minutes, four days a week, for ten weeks", 2.0, 20.0),
        ("An hour a day on weekdays for 3 weeks", 5.0, 15.0),
        ("Veinte minutos al día, tres días por semana, durante seis semanas.", 1.0, 6.0),
        ("Une heure par jour, du lundi au mercredi, pendant quatre semaines.", 3.0, 12.0),
        ("Vingt minutes par jour, deux jours par semaine, pendant six semaines.", 0.67, 4.0),
        ("Dreißig Minuten am Tag, vier Tage pro Woche, acht Wochen lang.", 2.0, 16.0),
        ("Eine Stunde täglich, drei Tage wöchentlich, sechs Wochen.", 3.0, 18.0),
        ("Vinte minutos por dia, três dias por semana, durante seis semanas.", 1.0, 6.0),
        ("Uma hora por dia, de segunda a quarta, durante quatro semanas.", 3.0, 12.0),
    ],
)
def test_a_daily_time_counts_the_days_a_week_people_say_they_study(text, per_week, total):
    read = read_study_time(text)
    assert read.weekly_hours == pytest.approx(per_week, abs=0.01)
    assert read.total_hours == pytest.approx(total, abs=0.05)


def test_full_days_a_week_without_a_daily_time_are_still_days_of_study():
    read = read_study_time("Two days a week for three weeks.")
    assert read.weekly_hours == pytest.approx(14.0)
    assert read.total_hours == pytest.approx(42.0)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Junior designers; fluent English. About eight hours, self-paced.", 8.0),
        ("Eight hours, self-paced.", 8.0),
        ("Roughly 6 hours of reading.", 6.0),
        ("Environ huit heures, à leur rythme.", 8.0),
        ("Unas diez horas.", 10.0),
        ("Etwa zwölf Stunden.", 12.0),
        ("Cerca di otto ore, al proprio ritmo.", 8.0),
        ("Dodici ore in totale, in tre giornate da quattro ore.", 12.0),
        ("In tre giornate da quattro ore.", 12.0),
        ("Ongeveer acht uur, in eigen tempo.", 8.0),
        ("Twaalf uur in totaal.", 12.0),
    ],
)
def test_a_total_stated_alone_or_in_italian_and_dutch_is_read(text, total):
    assert read_study_time(text).total_hours == pytest.approx(total)


@pytest.mark.parametrize(
    "text",
    [
        "Each session lasts about two hours.",
        "Lessons last about 45 minutes.",
        "Module 1: about 2 hours. Module 2: about 3 hours.",
        "Raccontare una giornata tipo.",
    ],
)
def test_a_session_length_or_a_day_as_topic_is_not_a_total(text):
    assert read_study_time(text).total_hours is None


def test_portuguese_ordinals_before_a_noun_are_not_a_day_range():
    weeks = read_study_time("Uma hora por dia, da segunda à quinta semana do curso.")
    assert weeks.weekly_hours == pytest.approx(5.0)
    days = read_study_time("Uma hora por dia, de segunda a quinta, durante quatro semanas.")
    assert days.weekly_hours == pytest.approx(4.0)
