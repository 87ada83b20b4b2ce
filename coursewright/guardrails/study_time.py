"""Learner time, read from a brief the way people write it.

"4 hours/week", "three 45-minute lessons a week", "one lunch break a week", "two evenings a week",
"every Tuesday evening for about 3 hours", "30 minutes a day" (five days, or as many as the sentence
says: `study_days`), "full-time", "for a month", "over six weeks", "a term", "2 sessions x 3h per week",
in English, Spanish, French, German and Portuguese. One reader for the whole project: the brief
checklist asks whether learner time is stated, the course size and the review's length rule
use the numbers ("about 90 minutes in total" too).
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from coursewright.guardrails.study_days import approximate_totals, day_specs, with_study_days
from coursewright.guardrails.study_words import NUMBER_WORDS, SESSIONS
from coursewright.guardrails.textfold import alternation, fold, nfkc, rx

__all__ = ["NUMBER_WORDS", "SESSIONS", "StudyTime", "number_pattern", "rate_spans", "read_study_time"]

_DAYS = (
    "monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes "
    "sabado domingo lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag segunda terca quarta quinta sexta"
    " lunedi martedi mercoledi giovedi venerdi sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag"
    " zondag poniedzialek wtorek sroda czwartek piatek sobota niedziela"
)
_HOURS = "h hr hrs hour hours hora horas heure heures stunde stunden std stundige stundigen stundiger ora ore uur uren godzina godziny godzin godz"
_MINUTES = (
    "min mins minute minutes minuto minutos minuten minutige minutigen minutiger minuti minuut minut minuty"
)
_WEEK = "week wk semana semaine woche settimana tydzien tygodni"
_WEEKLY = (
    "weekly semanal semanales semanais hebdomadaire hebdomadaires wochentlich wochentliche wochentlichen"
    " settimanale settimanali wekelijks tygodniowo"
)
_DAY = "day weekday working_day workday business_day dia jour werktag tag dia_util giorno dag dzien"
_DAILY = (
    "daily diario diaria diarios diarias diariamente quotidien quotidienne quotidiennement "
    "taglich tagliche taglichen tagliches"
    " giornaliero giornalieri dagelijks dziennie codziennie"
)
_PER = "per a an each every por a_la par pro je cada la in_the in_der ao al am by alla ogni in_de elke na w"
_FULL_TIME = (
    "full-time full_time vollzeit tiempo_completo jornada_completa temps_plein plein_temps tempo_integral"
)
_TOTAL_AFTER = (
    "in_total total altogether overall au_total en_total no_total insgesamt en_tout gesamt in_totale"
    " complessive complessivamente in_tutto in_totaal totaal in_het_totaal ao_todo em_total w_sumie lacznie"
)
_TOTAL_BEFORE = (
    "total insgesamt en_total au_total no_total carga_horaria duree_totale gesamtdauer umfang"
    " lacznie w_sumie in_totale in_totaal totaal em_total ao_todo"
)
_COURSE_NOUN = (
    "course programme program module workshop training curso cours formation kurs schulung treinamento "
    "seminar bootcamp webinar taller atelier oficina seminario seminaire"
    " corso cursus opleiding kurs szkolenie warsztaty"
)
_AMBIGUOUS_DAYS = frozenset({"day", "days", "journee", "journees", "jornada", "jornadas", "giornata", "giornate"})
_DAY_LEAD_IN = (
    r"(?:^|[:,;(\n-]|\b(?:in|over|during|across|within|for|takes?|lasts?|en|sur|pendant|dure|durant|durante"
    r"|em|por|dura|leva|toma|ist|is|es|est|e))\s*$"
)
_DAY_UNIT = "day days jour jours journee journees dia dias tag tage tagen giorno giorni dag dagen dzien dni"
#: "half an hour" and its kin, rewritten to digits (same length, so evidence still quotes the brief).
_ONCE_TWICE = {
    "once": 1.0,
    "twice": 2.0,
    "einmal": 1.0,
    "zweimal": 2.0,
    "dreimal": 3.0,
    "viermal": 4.0,
    "funfmal": 5.0,
}
#: "a couple of hours": a count written as a phrase, rewritten to digits like half an hour.
_COUPLE = r"\b(?:a couple of|un par de)(?=\s)"
_HALF_HOUR = (
    r"\b(?:half\s+an?\s+hour|media\s+hora|une\s+demi-heure|demi-heure|eine\s+halbe\s+stunde|meia\s+hora)\b"
)
_PAST = r"(?:last|past|previous|recent|ultimos|ultimas|derniers|dernieres|letzten|vergangenen)\s*$"
_WEEKS_UNIT = "week weeks wk wks semana semanas semaine semaines woche wochen weekend weekends settimana settimane weken tydzien tygodnie tygodni"
_MONTHS_UNIT = (
    "month months mes meses mois monat monate monaten mese mesi maand maanden miesiac miesiace miesiecy"
)
_TERMS = {
    "semester": 15, "semestre": 15, "term": 12, "quarter": 12, "trimestre": 12, "halbjahr": 20,
    "fortnight": 2, "quincena": 2, "quinzaine": 2, "quinzena": 2,
}  # fmt: skip
_LEAD_IN = r"(?:over|for|across|during|within|lasting|in|durante|durant|pendant|sur|en|uber|wahrend|em|ao longo de|duration|length|duracion|duree|dauer|duracao|per|gedurende|przez|durata|duur|:)\s*$"
WEEKS_PER_MONTH = 4.33
STUDY_DAYS_PER_WEEK = 5


def number_pattern() -> str:
    """A count as people write it: digits or a number word in one of the five languages."""
    return _num()


def _num() -> str:
    words = sorted(NUMBER_WORDS, key=len, reverse=True)
    return r"(?:\d+(?:[.,]\d+)?|\b(?:" + "|".join(re.escape(w) for w in words) + r")\b)"


def _range() -> str:
    return rf"{_num()}(?:\s*(?:-|to|a|bis|ate|or|o|ou|oder)\s*{_num()})?"


def _unit() -> str:
    return rf"(?:{alternation(_HOURS)}|{alternation(_MINUTES)})\b"


def _period() -> str:
    per = rf"(?:/|\b{alternation(_PER)}\b)"
    return (
        rf"(?:{per}\s*(?P<pw>{alternation(_WEEK)})\w*|{per}\s*(?P<pd>{alternation(_DAY)})\w*"
        rf"|(?P<ww>{alternation(_WEEKLY)})\b|(?P<dd>{alternation(_DAILY)})\b)"
    )


def _session() -> str:
    days = alternation(_DAYS)
    return rf"(?:{days}s?\s*)?(?P<s>{alternation(' '.join(SESSIONS))})\b"


def _value(text: str) -> float:
    """'3', '2,5', 'three', 'a', '2-3' (the middle), 'dois a tres'."""
    parts = re.findall(_num(), text.strip())
    if len(parts) > 1:
        parts = [p for p in parts if p not in ("a", "o")]
    values = [v for v in (_one(p) for p in parts) if v is not None]
    return sum(values) / len(values) if values else 0.0


def _one(token: str) -> float | None:
    token = token.strip()
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def _hours(amount: str, unit: str) -> float:
    value = _value(amount)
    return value / 60 if unit.startswith("min") else value


def _session_hours(word: str) -> float:
    return SESSIONS.get(re.sub(r"\s+", "_", word), 0.0)


def _per_week(match: re.Match[str]) -> float:
    daily = match.group("pd") or match.group("dd")
    return STUDY_DAYS_PER_WEEK if daily else 1.0


class StudyTime(BaseModel):
    """What a brief says about learner time; `total_hours` is None when no total can be worked out."""

    total_hours: float | None = Field(
        default=None, description="Total learner hours: stated, or weekly hours times weeks."
    )
    weekly_hours: float | None = None
    weeks: float | None = None
    sessions: int | None = Field(default=None, description="A count of sessions of unstated length.")
    read: list[str] = Field(default_factory=list, description="The phrases that were understood.")
    unread: str | None = Field(default=None, description="Why no total could be worked out.")

    @property
    def stated(self) -> bool:
        """True when the brief says how much time learners give (weekly or in total)."""
        return self.weekly_hours is not None or self.total_hours is not None


def _rates(folded: str) -> list[tuple[int, int, float]]:
    """(start, end, hours per week) for each rate the text states."""
    found: list[tuple[int, int, float]] = []
    # per-day rates, and "<time> … a week" rates: a "<n> days a week" in their sentence sets their days
    daily: set[tuple[int, int]] = set()
    timed: set[tuple[int, int]] = set()
    unit, period, number = _unit(), _period(), _range()
    filler = r"[^.;\n]{0,30}?"
    sessions = rx(
        rf"(?P<c>{number})\s*(?:x\s*)?(?:(?P<d>{number})\s*-?\s*(?P<du>{unit})\s*-?\s*)?{_session()}"
        rf"(?:\s*(?:of|de|von|a|x|for|lasting)?\s*(?:about\s*|ca\.?\s*)?(?P<d2>{number})\s*-?\s*(?P<du2>{unit}))?"
        rf"(?:{filler}{period})?"
    )
    for m in sessions.finditer(folded):
        count = _value(m.group("c"))
        if m.group("d"):
            each = _hours(m.group("d"), m.group("du"))
        elif m.group("d2"):
            each = _hours(m.group("d2"), m.group("du2"))
        else:
            each = _session_hours(m.group("s"))
        if m.group("pw") or m.group("ww") or m.group("pd") or m.group("dd"):
            found.append((m.start(), m.end(), count * (each or 1.0) * _per_week(m)))
            if _per_week(m) > 1:
                daily.add(m.span())
    plain = rx(
        rf"(?P<n>{number})\s*-?\s*(?:(?!of\b|and\b|or\b|to\b)[a-z-]{{3,}}\s+)?(?P<u>{unit}){filler}{period}"
    )
    for m in plain.finditer(folded):
        found.append((m.start(), m.end(), _hours(m.group("n"), m.group("u")) * _per_week(m)))
        (daily if _per_week(m) > 1 else timed).add(m.span())
    every = rx(
        rf"\b(?:every|each|on|cada|todos los|todas las|chaque|les|jeden|jede|am|todas as|todos os)\s+"
        rf"(?P<days>(?:{alternation(_DAYS)}s?(?:-feira)?\s*(?:,|\b(?:and|y|et|und|e)\b)?\s*)+)(?P<s>{alternation(' '.join(SESSIONS))})?"
        rf"(?:[^.;\n]{{0,25}}?\b(?:for|de|von|pendant|durante|por)\s*(?:about\s*)?(?P<d>{number})\s*(?P<du>{unit}))?"
    )
    for m in every.finditer(folded):
        days = len(rx(alternation(_DAYS)).findall(m.group("days")))
        each = _hours(m.group("d"), m.group("du")) if m.group("d") else _session_hours(m.group("s") or "")
        found.append((m.start(), m.end(), days * (each or 1.0)))
    frequency = rx(
        rf"\b(?P<c>once|twice|einmal|zweimal|dreimal|viermal|funfmal|{number}\s*(?:times|x|veces|fois|mal|vezes|volte|keer|razy))"
        rf"\s*(?:a|per|por|par|pro|la|a la|in der|alla|w)?\s*"
        rf"(?:{alternation(_WEEK)})\w*(?:[^.;\n]{{0,20}}?\b(?:(?:for|de|von|pendant|durante|je|jeweils|per|da|di|van|po)\s*)?"
        rf"(?P<d>{number})\s*(?P<du>{unit}))?"
    )
    for m in frequency.finditer(folded):
        word = m.group("c").split()[0]
        count = _ONCE_TWICE.get(word, _value(re.sub(r"\D+$", "", m.group("c")) or word))
        found.append(
            (m.start(), m.end(), count * (_hours(m.group("d"), m.group("du")) if m.group("d") else 1.0))
        )
    for m in rx(rf"\b{alternation(_FULL_TIME)}\b").finditer(folded):
        found.append((m.start(), m.end(), 35.0))
    specs = day_specs(folded, _num(), _value)
    return _disjoint(with_study_days(folded, found, daily, timed, specs, STUDY_DAYS_PER_WEEK))


def rate_spans(folded: str) -> list[tuple[int, int]]:
    """Where a folded text states a weekly or daily rate ("3 hours a week", "one lunch break a week")."""
    return [(start, end) for start, end, _ in _rates(folded)]


def _disjoint(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Keep the earliest, longest match where two overlap."""
    kept: list[tuple[int, int, float]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _totals(folded: str) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    number, unit = _range(), _unit()
    patterns = (
        rf"(?P<n>{number})\s*-?\s*(?P<u>{unit})[^.;\n]{{0,20}}?\b{alternation(_TOTAL_AFTER)}\b",
        rf"\b{alternation(_TOTAL_BEFORE)}\s*:?\s*(?:of\s*|de\s*)?(?:about\s*|environ\s*|ca\.?\s*)?(?P<n>{number})\s*-?\s*(?P<u>{unit})",
        rf"(?P<n>{number})[\s-]*(?P<u>{alternation(_HOURS)}|{alternation(_MINUTES)})[\s-]+(?:\w+\s+)?{alternation(_COURSE_NOUN)}\b",
        # "a couple of hours on their first shift": time given once, over a stated occasion.
        rf"(?P<n>{number})\s*-?\s*(?P<u>{unit})\s+(?:on|in|during|over|across|at)\s+(?:their|the|his|her|its)\b",
        *approximate_totals(number, unit),
    )
    for source in patterns:
        for m in rx(source).finditer(folded):
            found.append((m.start(), m.end(), _hours(m.group("n"), m.group("u"))))
    days = rx(
        rf"(?P<n>{number})[\s-]*(?:{alternation(_DAY_UNIT)}|(?P<g>tagig)\w*)[\s-]+(?:\w+\s+)?{alternation(_COURSE_NOUN)}\b"
    )
    for m in days.finditer(folded):
        found.append((m.start(), m.end(), _value(m.group("n")) * 7.0))
    compound = rx(
        rf"\b(?P<n>ein|zwei|drei|vier|funf|halb)-?tagig\w*\s+(?:\w+\s+)?{alternation(_COURSE_NOUN)}\b"
    )
    for m in compound.finditer(folded):
        days = 0.5 if m.group("n") == "halb" else _value(m.group("n"))
        found.append((m.start(), m.end(), days * 7.0))
    sessions = rx(
        rf"(?P<c>{number})\s*(?:x\s*)?{_session()}(?:\s*(?:of|de|von|a|x|da|di|van|z|po)\s*(?P<d>{number})\s*-?\s*"
        rf"(?P<du>{unit}))?"
    )
    for m in sessions.finditer(folded):
        if _day_as_topic(folded, m):
            continue
        each = _hours(m.group("d"), m.group("du")) if m.group("d") else _session_hours(m.group("s"))
        if each:
            found.append((m.start(), m.end(), _value(m.group("c")) * each))
    return _disjoint(found)


def _day_as_topic(folded: str, m: re.Match[str]) -> bool:
    """'raconter une journée', 'a day in the life': a day as the subject, not the course's length.

    A day written with a word ("a", "une", "one") counts only where a length is stated: after
    "in", "over", "sur", "en", "durante"…, a colon or a comma, or at the start of the text.
    """
    if m.group("s") not in _AMBIGUOUS_DAYS or re.search(r"\d", m.group("c")):
        return False
    before = folded[max(0, m.start() - 20) : m.start()]
    return not rx(_DAY_LEAD_IN).search(before)


def _weeks(folded: str) -> tuple[float, int, int] | None:
    number = _range()
    best: tuple[int, float, int, int] | None = None
    source = (
        rf"(?P<n>{number})[\s-]*(?:(?P<w>{alternation(_WEEKS_UNIT)})|(?P<m>{alternation(_MONTHS_UNIT)}))\b"
        rf"|\b(?P<t>{alternation(' '.join(_TERMS))})\b|\b(?P<one>week-long|weeklong)\b"
    )
    for m in rx(source).finditer(folded):
        if m.group("t"):
            value = float(_TERMS[m.group("t")])
        elif m.group("one"):
            value = 1.0
        else:
            value = _value(m.group("n")) * (WEEKS_PER_MONTH if m.group("m") else 1.0)
        before = folded[max(0, m.start() - 14) : m.start()]
        if re.search(_PAST, before):
            continue  # "promoted in the last six months" is the learners' past, not the course
        after = folded[m.end() : m.end() + 2]
        strong = bool(re.search(_LEAD_IN, before)) or not after.strip(" ") or after[:1] in ".;,)\n"
        rank = 0 if strong else 1
        if value > 0 and (best is None or rank < best[0]):
            best = (rank, value, m.start(), m.end())
    return (best[1], best[2], best[3]) if best else None


def _blank(text: str, spans: list[tuple[int, int, float]]) -> str:
    for start, end, _ in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _session_count(folded: str) -> int | None:
    m = rx(
        rf"(?P<c>{_num()})\s*(?P<s>{alternation(' '.join(k for k, v in SESSIONS.items() if v == 0))})\b"
    ).search(folded)
    return round(_value(m.group("c"))) if m else None


def states_a_total(folded: str) -> bool:
    """The text gives a length as a whole ("6 weeks total", "insgesamt 7,5 Stunden", "łącznie 12 godzin")."""
    return bool(rx(rf"\b{alternation(_TOTAL_AFTER + ' ' + _TOTAL_BEFORE)}\b").search(folded))


def read_study_time(*texts: str) -> StudyTime:
    """Learner time from the texts, first text first (pass the audience before the description)."""
    weekly = total = weeks = None
    sessions = None
    read: list[str] = []
    for text in texts:
        original = nfkc(text)
        folded = rx(_HALF_HOUR).sub(lambda m: "0.5 hour".ljust(len(m.group(0))), fold(text))
        folded = rx(_COUPLE).sub(lambda m: "2".ljust(len(m.group(0))), folded)
        rates = _rates(folded)
        if rates and weekly is None:
            first = rates[0]
            # Rates in the same sentence add up ("an evening a week plus 15 minutes a day").
            ends = (folded.find(c, first[0]) for c in ".;\n")
            clause_end = min((i for i in ends if i >= 0), default=len(folded))
            same = [r for r in rates if r[0] < clause_end]
            weekly = round(sum(r[2] for r in same), 2)
            read += [original[s:e].strip() for s, e, _ in same]
        rest = _blank(folded, rates)
        totals = _totals(rest)
        # Once an earlier text gave a rate and a length, a later one's "one day" is a topic, not a total.
        if totals and total is None and (weekly is None or weeks is None):
            total = round(totals[0][2], 2)
            read.append(original[totals[0][0] : totals[0][1]].strip())
        rest = _blank(rest, totals)
        found = _weeks(rest)
        if found and weeks is None:
            weeks = found[0]
            read.append(original[found[1] : found[2]].strip())
        if sessions is None:
            sessions = _session_count(rest)
    if total is None and weekly is not None and weeks is not None:
        total = round(weekly * weeks, 2)
    why = None
    if total is None:
        if weekly is not None:
            why = "it gives the weekly study time but not for how many weeks or months"
        elif weeks is not None:
            why = "it gives the number of weeks but not the hours a week"
        else:
            why = "it gives neither a weekly study time with a number of weeks nor a total number of hours"
    return StudyTime(
        total_hours=total,
        weekly_hours=weekly,
        weeks=weeks,
        sessions=sessions,
        read=list(dict.fromkeys(e for e in read if e)),
        unread=why,
    )
